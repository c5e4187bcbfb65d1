"""an index for the sessions list: sessions by deleted_at, then date

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 19:30:00.000000

The sessions list counts and pages the live (not deleted) sessions by date. At city
scale (2,000,000 sessions) the count was a table scan (90–130 ms warm), a page deep
in the list walked the date index with a row lookup each (seconds) and the last page
the whole of it (6 s cold). With (deleted_at, started_at, id) a page anywhere is one
covering range ("SEARCH practice_session USING COVERING INDEX … (deleted_at=?)", 22 ms
at offset 900,000) and the deleted sessions, counted to subtract, are a short range
(see services/sessions.py list_sessions).
"""
from __future__ import annotations

from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_practice_session_live_started', 'practice_session', ['deleted_at', 'started_at', 'id'],
                    unique=False)


def downgrade() -> None:
    op.drop_index('ix_practice_session_live_started', table_name='practice_session')
