"""the audit log is append-only: the database refuses UPDATE and DELETE on audit_entry

SQLite: BEFORE UPDATE / BEFORE DELETE triggers that RAISE(ABORT, ...).
PostgreSQL: a trigger function raising an exception, fired before UPDATE or DELETE
(each row) and before TRUNCATE. A new database gets the same triggers from
create_all (models/security.py APPEND_ONLY_DDL) — the statements are copied here
on purpose, so this revision stays as it was written whatever the models become.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24 10:00:00.000000
"""
from __future__ import annotations

from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

MESSAGE = "审计日志只能追加，不能修改或删除"

SQLITE_UP = (
    "CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
    "CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry "
    f"BEGIN SELECT RAISE(ABORT, '{MESSAGE}'); END",
)
SQLITE_DOWN = (
    "DROP TRIGGER IF EXISTS audit_entry_no_update",
    "DROP TRIGGER IF EXISTS audit_entry_no_delete",
)
POSTGRES_UP = (
    "CREATE OR REPLACE FUNCTION audit_entry_append_only() RETURNS trigger LANGUAGE plpgsql AS "
    f"$$ BEGIN RAISE EXCEPTION '{MESSAGE}' USING ERRCODE = 'insufficient_privilege'; END $$",
    "CREATE TRIGGER audit_entry_no_change BEFORE UPDATE OR DELETE ON audit_entry "
    "FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
    "CREATE TRIGGER audit_entry_no_truncate BEFORE TRUNCATE ON audit_entry "
    "FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_append_only()",
)
POSTGRES_DOWN = (
    "DROP TRIGGER IF EXISTS audit_entry_no_truncate ON audit_entry",
    "DROP TRIGGER IF EXISTS audit_entry_no_change ON audit_entry",
    "DROP FUNCTION IF EXISTS audit_entry_append_only()",
)


def _run(statements: dict[str, tuple[str, ...]]) -> None:
    for statement in statements.get(op.get_bind().dialect.name, ()):
        op.execute(statement)


def upgrade() -> None:
    _run({"sqlite": SQLITE_UP, "postgresql": POSTGRES_UP})


def downgrade() -> None:
    _run({"sqlite": SQLITE_DOWN, "postgresql": POSTGRES_DOWN})
