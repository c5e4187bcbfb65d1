"""mark SQLite files as JiarenBase databases: PRAGMA application_id = "JRBN"

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 09:00:00.000000

Restore checks that a file is a JiarenBase database before it replaces anything
(core/db/restore.py); the header field application_id says so without reading a
table. New databases get it from migrate.ensure_schema; this revision sets it in
existing ones. PostgreSQL has no such field (nothing to do). The value is copied
here on purpose (migrate.APPLICATION_ID), so this revision stays as written.
"""
from __future__ import annotations

from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None

APPLICATION_ID = 0x4A52424E  # "JRBN"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"PRAGMA application_id = {APPLICATION_ID}")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("PRAGMA application_id = 0")
