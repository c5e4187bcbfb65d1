"""partial index for the sessions list: live sessions by date

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23 19:30:00.000000

The sessions list counts and pages the live (not deleted) sessions by date. At city
scale (2,000,000 sessions) the count was a table scan (90–130 ms warm) and the last
page walked the whole date index (6 s cold); with this index both read only it
(see services/sessions.py list_sessions).
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index('ix_practice_session_live_started', 'practice_session', ['started_at', 'id'], unique=False,
                    sqlite_where=sa.text('deleted_at IS NULL'), postgresql_where=sa.text('deleted_at IS NULL'))


def downgrade() -> None:
    op.drop_index('ix_practice_session_live_started', table_name='practice_session')
