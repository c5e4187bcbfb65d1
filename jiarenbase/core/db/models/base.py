"""Declarative base, naming conventions (Alembic batch mode needs named
constraints on SQLite) and the columns most tables share."""
from __future__ import annotations

from datetime import UTC, datetime
from enum import Enum as PyEnum

from sqlalchemy import DateTime, Enum, Integer, MetaData, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


def enum_col(enum_cls: type[PyEnum]) -> Enum:
    """Store an enum as its English code in a VARCHAR (no native ENUM type, so
    adding a member needs no migration of the type)."""
    return Enum(
        enum_cls,
        native_enum=False,
        length=40,
        values_callable=lambda e: [m.value for m in e],
        validate_strings=True,
        create_constraint=False,
    )


class Timestamps:
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, server_default=func.now())
    updated_at: Mapped[datetime] = mapped_column(
        DateTime, default=utcnow, onupdate=utcnow, server_default=func.now()
    )


class Editable(Timestamps):
    """A record people edit: version counter for optimistic locking (the second
    of two concurrent saves fails instead of silently overwriting) and soft delete."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        # SQLAlchemy bumps `version` on every UPDATE and raises StaleDataError when
        # the row changed underneath; services turn that into ConflictError.
        return {"version_id_col": cls.__table__.c.version}
