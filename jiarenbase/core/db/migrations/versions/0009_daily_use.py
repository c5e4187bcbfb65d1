"""daily use: exam registration (报名), subsidy material ticks, versioned shared settings

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-08 12:00:00.000000

1. exam_registration: the candidates on an exam's list before the exam, with a
   status of their own (报名 / 缴费 / 参考 / 缺考).
2. subsidy_materials: which application materials a graduate has ready (the
   ticks on 补贴), one row per graduate, versioned.
3. setting.version: shared settings carry a version, so a stale save from a
   second desktop is caught instead of silently overwriting.
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None

def _editable_columns() -> list[sa.Column]:
    return [
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("version", sa.Integer(), server_default="1", nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "exam_registration",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("exam_id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=200), nullable=False),
        *_editable_columns(),
        sa.ForeignKeyConstraint(["exam_id"], ["exam.id"], name="fk_exam_registration_exam_id_exam"),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], name="fk_exam_registration_student_id_student"),
        sa.PrimaryKeyConstraint("id", name="pk_exam_registration"),
        sa.UniqueConstraint("exam_id", "student_id", name="uq_exam_registration_exam_student"),
    )
    op.create_index("ix_exam_registration_student_id", "exam_registration", ["student_id"])
    op.create_table(
        "subsidy_materials",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("ticked", sa.Text(), nullable=False),
        *_editable_columns(),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], name="fk_subsidy_materials_student_id_student"),
        sa.PrimaryKeyConstraint("student_id", name="pk_subsidy_materials"),
    )
    with op.batch_alter_table("setting") as batch:
        batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("setting") as batch:
        batch.drop_column("version")
    op.drop_table("subsidy_materials")
    op.drop_index("ix_exam_registration_student_id", table_name="exam_registration")
    op.drop_table("exam_registration")
