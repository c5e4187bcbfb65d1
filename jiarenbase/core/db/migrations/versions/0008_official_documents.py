"""official documents: the completion-certificate register, student photos, appraisals

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-08 10:00:00.000000

1. Three tables: completion_certificate (结业证书登记), student_photo, student_appraisal.
2. Every student who has completed gets a register entry now. The serial is the
   student's place among the cohort's completed students by id: the rule by which
   the earlier program numbered the certificates it printed, so paper already handed
   out keeps its number. From here on numbers are stored and never recomputed.
   The issue date is the live stage's completion date (the COMPLETED stage record),
   or the cohort's end date, or the day of this upgrade when neither is known.
3. The verification key is derived from the database's secret (the audit key of
   0007, made here when the database has none): domain/certificate_code.certificate_key.
   The codes use the program's own function, so what this revision writes is what
   `jiarenbase verify` checks.
"""
from __future__ import annotations

import json
import secrets
from datetime import date

import sqlalchemy as sa
from alembic import op

from jiarenbase.core.domain.certificate_code import certificate_key, verification_code

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None

KEY_SETTING = "secret.audit_hmac_key"  # as core/services/audit_masking.SECRET_KEY_SETTING


def upgrade() -> None:
    op.create_table(
        "completion_certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("cohort_id", sa.Integer(), nullable=True),
        sa.Column("serial", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=60), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("holder_name", sa.String(length=60), nullable=False),
        sa.Column("code", sa.String(length=16), nullable=False),
        sa.Column("revoked_at", sa.DateTime(), nullable=True),
        sa.Column("revoked_by", sa.Integer(), nullable=True),
        sa.Column("revoke_reason", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["cohort_id"], ["cohort.id"], name="fk_completion_certificate_cohort_id_cohort"),
        sa.ForeignKeyConstraint(["revoked_by"], ["app_user.id"], name="fk_completion_certificate_revoked_by_app_user"),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], name="fk_completion_certificate_student_id_student"),
        sa.PrimaryKeyConstraint("id", name="pk_completion_certificate"),
        sa.UniqueConstraint("cohort_id", "serial", name="uq_completion_certificate_cohort_serial"),
        sa.UniqueConstraint("number", name="uq_completion_certificate_number"),
        sa.UniqueConstraint("student_id", name="uq_completion_certificate_student_id"),
    )
    op.create_index("ix_completion_certificate_cohort_id", "completion_certificate", ["cohort_id"])
    op.create_table(
        "student_photo",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("source_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], name="fk_student_photo_student_id_student"),
        sa.PrimaryKeyConstraint("student_id", name="pk_student_photo"),
    )
    op.create_table(
        "student_appraisal",
        sa.Column("student_id", sa.Integer(), nullable=False),
        sa.Column("opinion", sa.Text(), nullable=False),
        sa.Column("written_by", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.Column("updated_at", sa.DateTime(), server_default=sa.text("(CURRENT_TIMESTAMP)"), nullable=False),
        sa.ForeignKeyConstraint(["student_id"], ["student.id"], name="fk_student_appraisal_student_id_student"),
        sa.ForeignKeyConstraint(["written_by"], ["app_user.id"], name="fk_student_appraisal_written_by_app_user"),
        sa.PrimaryKeyConstraint("student_id", name="pk_student_appraisal"),
    )
    _register_completed_students(op.get_bind())


def _register_completed_students(conn) -> None:
    students = conn.execute(sa.text(
        "SELECT s.id, s.name, s.cohort_id, c.code, c.end_date FROM student s LEFT JOIN cohort c ON c.id = s.cohort_id "
        "WHERE s.stage = 'completed' AND s.deleted_at IS NULL ORDER BY s.cohort_id, s.id")).all()
    if not students:
        return
    key = _key(conn)
    completed = dict(conn.execute(sa.text(
        "SELECT student_id, MAX(entered_on) FROM stage_record WHERE stage = 'completed' AND deleted_at IS NULL "
        "GROUP BY student_id")).all())
    serials: dict[int | None, int] = {}
    table = sa.table("completion_certificate", *(sa.column(c) for c in (
        "student_id", "cohort_id", "serial", "number", "issued_on", "holder_name", "code", "revoke_reason")))
    rows = []
    for sid, name, cohort_id, code, end_date in students:
        serials[cohort_id] = serials.get(cohort_id, 0) + 1
        number = f"JRB-{code or 'X'}-{serials[cohort_id]:03d}"
        issued = _as_date(completed.get(sid)) or _as_date(end_date) or date.today()
        rows.append({"student_id": sid, "cohort_id": cohort_id, "serial": serials[cohort_id], "number": number,
                     "issued_on": issued, "holder_name": name, "code": verification_code(key, number, name, issued),
                     "revoke_reason": ""})
    op.bulk_insert(table, rows)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _key(conn) -> bytes:
    stored = conn.execute(sa.text("SELECT value FROM setting WHERE key = :k"), {"k": KEY_SETTING}).scalar()
    if not stored:
        stored = json.dumps(secrets.token_hex(32))
        conn.execute(sa.text("INSERT INTO setting (key, value) VALUES (:k, :v)"), {"k": KEY_SETTING, "v": stored})
    return certificate_key(bytes.fromhex(json.loads(stored)))


def downgrade() -> None:
    op.drop_table("student_appraisal")
    op.drop_table("student_photo")
    op.drop_index("ix_completion_certificate_cohort_id", table_name="completion_certificate")
    op.drop_table("completion_certificate")
