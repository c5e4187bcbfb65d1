"""Users, the audit log and settings."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

from sqlalchemy import DDL, Boolean, DateTime, ForeignKey, Index, Integer, Numeric, String, Text, event
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
    """Append-only: no service updates or deletes these rows, and the database
    refuses to (triggers, see APPEND_ONLY_DDL). Each entry is chained to the one
    before it: entry_hash = SHA-256 over its content and prev_hash (core/db/audit_chain.py),
    so an edited, deleted or reordered entry shows in `jiarenbase check`."""

    __tablename__ = "audit_entry"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    user_id: Mapped[int | None] = mapped_column(Integer)  # no FK: users may be deleted, history stays
    username: Mapped[str] = mapped_column(String(40), default="")
    origin: Mapped[str] = mapped_column(String(120), default="", server_default="")  # "desktop alice@DESK-01"
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str] = mapped_column(Text, default="")  # JSON
    after: Mapped[str] = mapped_column(Text, default="")  # JSON
    prev_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")  # the previous entry's
    entry_hash: Mapped[str] = mapped_column(String(64), default="", server_default="")  # hex SHA-256
    __table_args__ = (Index("ix_audit_entry_entity", "entity", "entity_id"), Index("ix_audit_entry_at", "at"))


# The database itself refuses UPDATE and DELETE on audit_entry, for every role and
# every program (审计日志只能追加). Migration 0004 creates the same triggers in
# existing databases (keep the two in step); a new database gets them here, from
# create_all. NOTE for future migrations: an Alembic batch operation on SQLite
# copies audit_entry into a new table and drops these triggers — create them again.
APPEND_ONLY_MESSAGE = "审计日志只能追加，不能修改或删除"
APPEND_ONLY_TRIGGERS = {"sqlite": ("audit_entry_no_update", "audit_entry_no_delete"),
                        "postgresql": ("audit_entry_no_change", "audit_entry_no_truncate")}
APPEND_ONLY_DDL: dict[str, tuple[str, ...]] = {
    "sqlite": tuple(
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY_MESSAGE}'); END"
        for verb in ("UPDATE", "DELETE")),
    "postgresql": (
        "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
        f"$$ BEGIN RAISE EXCEPTION '{APPEND_ONLY_MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$",
        "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
        "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
        "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
        "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
    ),
}
for _dialect, _statements in APPEND_ONLY_DDL.items():
    for _statement in _statements:
        event.listen(AuditEntry.__table__, "after_create", DDL(_statement).execute_if(dialect=_dialect))


class Setting(Timestamps, Base):
    """Key/value settings stored in the database (shared by every desktop)."""

    __tablename__ = "setting"
    key: Mapped[str] = mapped_column(String(60), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")  # JSON
    # Bumped by every write (services/shared_settings.write_setting), so a desktop
    # saving over a value another desktop changed meanwhile gets the conflict dialog.
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1, server_default="1")


class SubsidyRate(Editable, Base):
    """The year's minimum contribution base and rate for the flexible-employment subsidy."""

    __tablename__ = "subsidy_rate"
    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    minimum_base: Mapped[Decimal] = mapped_column(Numeric(10, 2))
    contribution_rate: Mapped[Decimal] = mapped_column(Numeric(6, 4))
    share: Mapped[Decimal] = mapped_column(Numeric(4, 3), default=Decimal("0.5"))
