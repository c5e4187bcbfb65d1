"""`jiarenbase check`: integrity, orphaned rows, schema revision, the audit log's guard and chain
(broken chains: tests/core/security/test_audit_chain.py)."""
from __future__ import annotations

import sqlite3
from datetime import datetime

from sqlalchemy import text

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.check import ORPHAN_CHECKS, check_database
from jiarenbase.core.db.migrate import head_revision
from jiarenbase.core.domain.enums import SessionKind
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import enrolment, sessions
from jiarenbase.core.services.context import Actor

ADMIN = Actor.system()


def _id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


def test_a_good_database_is_clean(db):
    findings = check_database(db.engine)
    assert findings and all(f.ok for f in findings), [f.zh for f in findings if not f.ok]
    assert len(findings) == len(ORPHAN_CHECKS) + (3 if db.is_sqlite else 2) + 2  # + the audit log's guard and chain
    assert findings[-3].zh == f"数据库结构版本：{head_revision()}（最新 {head_revision()}）"
    assert findings[-2].zh == "操作日志防改触发器：正常" and findings[-1].zh.startswith("操作日志校验链：完整")
    if db.is_sqlite:
        assert findings[0].zh == "数据库完整性：正常" and findings[1].zh == "外键检查：正常"


def test_sessions_of_a_deleted_student_are_reported(db):
    student = enrolment.create_student(db, ADMIN, enrolment.StudentInput(name="小李", id_number=_id(1)))
    start = datetime(2025, 5, 6, 14)
    sessions.log_session(db, ADMIN, sessions.SessionInput(
        kind=SessionKind.MOCK_DRILL, student_id=student.id, started_at=start, ended_at=start.replace(hour=15)))
    assert all(f.ok for f in check_database(db.engine))
    enrolment.delete_student(db, ADMIN, student.id)
    bad = [f for f in check_database(db.engine) if not f.ok]
    assert [f.zh for f in bad] == ["实训记录的学员不存在或已删除：1 条"]
    assert bad[0].en == "sessions of a missing or deleted student: 1"


def test_an_orphan_inserted_with_foreign_keys_off_is_reported(tmp_path):
    """SQLite only: PostgreSQL cannot switch its foreign keys off for one insert."""
    path = tmp_path / "x.sqlite3"
    opened = open_database("sqlite:///" + str(path), tmp_path / "data")
    opened.db.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("INSERT INTO placement (student_id, outcome, employer_name, position, evidence, "
                    "first_shanghai_job, insured_pension_medical, subsidy_months_used, note, version) "
                    "VALUES (4242, 'talent_pool', '', '', 'self_reported', 1, 0, 0, '', 1)")
        con.commit()
    finally:
        con.close()
    findings = check_database(opened.db.engine)
    bad = {f.zh for f in findings if not f.ok}
    assert bad == {"外键检查：1 处违反", "就业记录的学员不存在：1 条"}
    # the engine's own connections enforce foreign keys, so this cannot happen through the app
    with opened.db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
    opened.db.dispose()


def test_wrong_schema_revision_is_reported(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'zzzz'"))
    last = check_database(db.engine)[-1]
    assert not last.ok and "zzzz" in last.zh and head_revision() in last.zh
