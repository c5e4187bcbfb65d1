"""practice_session covering index for the dashboard (kind, started_at, deleted_at, viewers, buyers)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 17:10:00.000000
"""
from __future__ import annotations

from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('practice_session', schema=None) as batch_op:
        batch_op.create_index('ix_practice_session_kind_started',
                              ['kind', 'started_at', 'deleted_at', 'viewers', 'buyers'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('practice_session', schema=None) as batch_op:
        batch_op.drop_index('ix_practice_session_kind_started')
