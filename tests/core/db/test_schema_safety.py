"""Opening a database never loses the data it holds, nor its safety copies (issue 14,
items 4, 7 and 11), on SQLite and PostgreSQL.

- a database at a revision this version does not know (a newer JiarenBase wrote
  it) is refused with a message naming both versions and the safety copies;
  nothing is copied, changed or rotated, however often it is tried;
- a start whose upgrade fails takes one safety copy for that revision, not one
  per attempt, and the database keeps its old revision and rows;
- the schema of a new database is created in one transaction: a failure (or a
  kill: tests/core/faults/test_sigkill_create.py) leaves it empty, and the next
  start creates it;
- SQLite files carry JiarenBase's application_id, new or migrated;
- a read-only caller (create=False) never creates a database file.
"""
from __future__ import annotations

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from jiarenbase import __version__
from jiarenbase.core.bootstrap import DatabaseMissing, UpgradeFailed, open_database
from jiarenbase.core.db import backup as backups, migrate
from jiarenbase.core.db.check import check_database
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import APPLICATION_ID, SchemaTooNew, head_revision
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services.auto_backup import daily_backup

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"


def _digests(url: str) -> dict:
    engine = create_engine(url)
    try:
        return backups.content_digests(engine)
    finally:
        engine.dispose()


def _as_revision_0007(url: str) -> None:
    """The database as revision 0007 left it: without the tables and columns of 0008 and later."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            for table in ("exam_registration", "subsidy_materials",
                          "student_appraisal", "student_photo", "completion_certificate"):
                conn.execute(text(f"DROP TABLE {table}"))
            conn.execute(text("ALTER TABLE setting DROP COLUMN version"))
    finally:
        engine.dispose()
    _set_revision(url, "0007")


def _set_revision(url: str, revision: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()


@pytest.fixture
def filled(db_url, tmp_path) -> str:
    """A database with demo data, closed."""
    opened = open_database(db_url, tmp_path / "data")
    build_demo(opened.db, students=10, seed=5)
    opened.db.dispose()
    return db_url


def test_a_database_from_a_newer_version_is_refused_and_its_safety_copies_survive(filled, tmp_path):
    data = tmp_path / "data"
    opened = open_database(filled, data)
    for day in range(1, 12):  # a rotating folder full of daily backups, and the one copy of the real data
        daily_backup(opened.db, data, now=datetime(2025, 1, day, 9))
    suffix = backups.backup_suffix(opened.db.engine)
    opened.db.dispose()
    safety = data / "backups" / "safety"
    safety.mkdir()
    real = safety / f"jiarenbase-20250111-100000-000000-before-restore{suffix}"
    real.write_bytes(b"the only copy of the real data")
    _set_revision(filled, "0099")
    before = _digests(filled)
    files = sorted(p for p in (data / "backups").rglob("*"))

    for _attempt in range(11):  # the desktop started again and again
        with pytest.raises(SchemaTooNew) as info:
            open_database(filled, data)
        message = info.value.zh
        assert "0099" in message and head_revision() in message and __version__ in message
        assert "请安装更新版本的 JiarenBase" in message and str(safety) in message and real.name in message
        assert "Traceback" not in message and "alembic" not in message.lower()

    assert sorted(p for p in (data / "backups").rglob("*")) == files  # no copy taken, none rotated away
    assert real.read_bytes() == b"the only copy of the real data"
    assert _digests(filled) == before


def test_a_failing_upgrade_takes_one_safety_copy_per_revision(filled, tmp_path, monkeypatch):
    data = tmp_path / "data"
    _as_revision_0007(filled)  # 0008 is still to be applied
    before = _digests(filled)
    real_alembic = migrate._alembic

    def broken(conn, action, revision):
        if action == "upgrade":
            real_alembic(conn, action, revision)  # really migrates, inside the transaction …
            raise RuntimeError("the power went at the end of the upgrade")  # … which then fails
        real_alembic(conn, action, revision)

    monkeypatch.setattr(migrate, "_alembic", broken)
    copies = []
    for _attempt in range(4):
        with pytest.raises(UpgradeFailed) as info:
            open_database(filled, data)
        copies = sorted((data / "backups" / "safety").glob("*-before-upgrade*"))
        assert len(copies) == 1 and str(copies[0]) in info.value.zh and "未作改动" in info.value.zh
        assert _digests(filled) == before  # still at 0005, every row as it was
    monkeypatch.setattr(migrate, "_alembic", real_alembic)

    opened = open_database(filled, data)  # fixed: the upgrade goes through, with the same copy
    try:
        assert opened.schema == "upgraded" and opened.backup_path == copies[0]
        assert [f.zh for f in check_database(opened.db.engine) if not f.ok] == []
    finally:
        opened.db.dispose()
    assert not list((data / "backups" / "safety").glob("failed-start-*"))
    engine = create_engine(filled)
    try:  # 0009 added setting.version: the rows are compared on the columns they had
        after = backups.content_digests(engine, columns={"setting": ["key", "value", "created_at", "updated_at"]})
    finally:
        engine.dispose()
    assert {t: v for t, v in after.items() if t in before and t != "alembic_version"} == \
        {t: v for t, v in before.items() if t != "alembic_version"}
    assert after["completion_certificate"][0] > 0  # 0008 registered the demo's completed students


def test_a_new_database_is_created_whole_or_not_at_all(db_url, tmp_path, monkeypatch):
    real_alembic = migrate._alembic

    def stamp_fails(conn, action, revision):
        if action == "stamp":
            raise OSError("killed while the schema was being created")
        real_alembic(conn, action, revision)

    monkeypatch.setattr(migrate, "_alembic", stamp_fails)
    with pytest.raises(OSError):
        open_database(db_url, tmp_path / "data")
    engine = create_engine(db_url)
    try:
        assert inspect(engine).get_table_names() == []  # nothing of the half-made schema is left
    finally:
        engine.dispose()
    monkeypatch.setattr(migrate, "_alembic", real_alembic)
    opened = open_database(db_url, tmp_path / "data")
    try:
        assert opened.schema == "created"
        assert [f.zh for f in check_database(opened.db.engine) if not f.ok] == []
    finally:
        opened.db.dispose()


def test_sqlite_files_carry_jiarenbase_s_application_id(tmp_path):
    new = open_database("sqlite:///" + str(tmp_path / "new.sqlite3"), tmp_path / "data")
    new.db.dispose()
    old = tmp_path / "old.sqlite3"
    shutil.copyfile(FIXTURES / "jiarenbase_0005.sqlite3", old)
    upgraded = open_database("sqlite:///" + str(old), tmp_path / "data")
    upgraded.db.dispose()
    assert upgraded.schema == "upgraded"
    for path in (tmp_path / "new.sqlite3", old):
        con = sqlite3.connect(path)
        try:
            assert con.execute("PRAGMA application_id").fetchone() == (APPLICATION_ID,)
        finally:
            con.close()


def test_another_program_s_sqlite_file_is_not_taken_over(tmp_path):
    path = tmp_path / "other.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE foo (a)")
    con.commit()
    con.close()
    with pytest.raises(migrate.ForeignDatabase) as info:
        open_database("sqlite:///" + str(path), tmp_path / "data")
    assert "其他程序的数据库" in info.value.zh
    con = sqlite3.connect(path)
    try:
        assert [r[0] for r in con.execute("SELECT name FROM sqlite_master")] == ["foo"]
    finally:
        con.close()


def test_a_read_only_caller_never_creates_a_database(tmp_path):
    typo = tmp_path / "jiarenbsae.sqlite3"
    with pytest.raises(DatabaseMissing) as info:
        open_database(str(typo), tmp_path / "no-such-data-dir", create=False)
    assert info.value.zh.startswith(f"找不到数据库文件 {typo}")
    assert not typo.exists() and not (tmp_path / "no-such-data-dir").exists()
    opened = open_database(str(typo), tmp_path / "data")  # a creating caller makes it, and knows it did
    try:
        assert opened.created and typo.is_file()
    finally:
        opened.db.dispose()
