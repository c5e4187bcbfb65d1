"""Users, the audit log and settings."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import Boolean, DateTime, ForeignKey, Index, Integer, Numeric, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import Role
from .base import Base, Editable, Timestamps, enum_col, utcnow


class User(Editable, Base):
    __tablename__ = "app_user"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(40), unique=True)
    display_name: Mapped[str] = mapped_column(String(60), default="")
    role: Mapped[Role] = mapped_column(enum_col(Role))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("mentor.id"))
    password_hash: Mapped[str] = mapped_column(String(200))
    failed_logins: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(DateTime)
    last_login_at: Mapped[datetime | None] = mapped_column(DateTime)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class AuditEntry(Base):
    """Append-only: no service updates or deletes these rows."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: users may be deleted, history stays
    username: Mapped[str] = mapped_column(String(40), default="")
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str] = mapped_column(Text, default="")  # JSON
    after: Mapped[str] = mapped_column(Text, default="")  # JSON
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"), Index("ix_audit_entry_at", "at"))


class Setting(Timestamps, Base):
    """Key/value settings stored in the database (shared by every desktop)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")  # JSON


class SubsidyRate(Editable, Base):
    """The year's minimum contribution base and rate for the flexible-employment subsidy."""

    __tablename__ = "subsidy_rate"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    minimum_base: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    contribution_rate: Mapped[Decimal] = mapped_column(Numeric(6, 4))
    share: Mapped[Decimal] = mapped_column(Numeric(4, 3), default=Decimal("0.5"))
