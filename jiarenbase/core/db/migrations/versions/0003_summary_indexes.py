"""covering indexes for the dashboard's student counts, latest placements and open follow-ups

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 17:30:00.000000
"""
from __future__ import annotations

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('student', schema=None) as batch_op:
        batch_op.create_index('ix_student_counts', ['deleted_at', 'stage', 'status', 'in_talent_pool'],
                              unique=False)
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.create_index('ix_placement_student_latest', ['student_id', 'deleted_at', 'id'], unique=False)
    with op.batch_alter_table('placement_follow_up', schema=None) as batch_op:
        batch_op.create_index('ix_follow_up_open', ['done_on', 'due_on', 'deleted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('placement_follow_up', schema=None) as batch_op:
        batch_op.drop_index('ix_follow_up_open')
    with op.batch_alter_table('placement', schema=None) as batch_op:
        batch_op.drop_index('ix_placement_student_latest')
    with op.batch_alter_table('student', schema=None) as batch_op:
        batch_op.drop_index('ix_student_counts')
