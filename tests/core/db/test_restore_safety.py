"""Restore verifies the candidate before it swaps (issue 14, items 1–3), on SQLite
and PostgreSQL.

Each refusal or failure leaves the live database exactly as it was: the same rows
in every table with the same content checksum (backup.content_digests), and
`check` clean. A restore that goes through gives back every row of the backup,
whatever characters the backup's path holds."""
from __future__ import annotations

import os
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine as sa_create_engine, text

from jiarenbase.core.db import backup as backups, restore as restoring
from jiarenbase.core.db.check import check_database
from jiarenbase.core.db.engine import create_engine, sqlite_path
from jiarenbase.core.db.migrate import APPLICATION_ID, head_revision
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import backup as backup_service, organisations

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"
# '#' and '?' once ended the SQLite URI (SQLite opened, and created, "nightly");
# '%20' was decoded to a space; spaces and Chinese are ordinary on Windows.
AWKWARD = ["nightly#2", "what?now", "a%20b", "with space", "备份 #1?%20 夜间"]


@pytest.fixture
def live(opened):
    build_demo(opened.db, students=12, seed=3)
    return opened


def _check_clean(engine) -> None:
    assert [f.zh for f in check_database(engine) if not f.ok] == []


def _change(db, admin) -> None:
    organisations.create_school(db, admin, organisations.SchoolInput(name=f"恢复后应消失的学校{uuid.uuid4().hex[:4]}"))


def _max_audit(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()


def _untouched(engine, before) -> None:
    assert backups.content_digests(engine) == before
    _check_clean(engine)


def _backup(engine, folder: Path, stem: str) -> Path:
    return backups.backup(engine, folder / (stem + backups.backup_suffix(engine)))


# --------------------------------------------------------------------------- round trips

def test_restoring_from_awkward_paths_round_trips_exactly(live, admin, tmp_path):
    db = live.db
    folder = tmp_path / "备份 #1 ?%20"
    for stem in AWKWARD:
        path = _backup(db.engine, folder, stem)
        at_backup = backups.content_digests(db.engine)
        last = _max_audit(db.engine)
        _change(db, admin)
        assert backups.content_digests(db.engine) != at_backup
        listing = sorted(p.name for p in folder.iterdir())
        backup_service.restore_from(db, admin, path, tmp_path / "safety-here")
        # exactly the backup's rows (the restore's own audit entry aside), and no stray file was opened or made
        assert backups.content_digests(db.engine, where={"audit_entry": lambda t, last=last: t.c.id <= last}) \
            == at_backup, stem
        assert sorted(p.name for p in folder.iterdir()) == listing
    _check_clean(db.engine)


def test_a_copy_of_the_live_file_restores(tmp_path, admin):
    """The issue's own steps: cp jiarenbase.sqlite3 'nightly#2.sqlite3'; restore it."""
    from jiarenbase.core.bootstrap import open_database

    live = tmp_path / "jiarenbase.sqlite3"
    opened = open_database("sqlite:///" + str(live), tmp_path / "data")
    build_demo(opened.db, students=12, seed=3)
    opened.db.dispose()
    copy = tmp_path / "nightly#2.sqlite3"
    shutil.copyfile(live, copy)
    (tmp_path / "nightly").unlink(missing_ok=True)
    opened = open_database("sqlite:///" + str(live), tmp_path / "data")
    try:
        at_copy = backups.content_digests(opened.db.engine)
        last = _max_audit(opened.db.engine)
        _change(opened.db, admin)
        backup_service.restore_from(opened.db, admin, copy, tmp_path / "backups")
        assert backups.content_digests(opened.db.engine,
                                       where={"audit_entry": lambda t: t.c.id <= last}) == at_copy
        assert not (tmp_path / "nightly").exists()
        with opened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    finally:
        opened.db.dispose()


def test_the_person_sees_the_counts_first_and_no_changes_nothing(live, admin, tmp_path):
    db = live.db
    path = _backup(db.engine, tmp_path / "b", "copy")
    at_backup = backups.content_digests(db.engine)
    _change(db, admin)
    before = backups.content_digests(db.engine)
    seen = []
    result = backup_service.restore_from(db, admin, path, tmp_path / "b",
                                         confirm=lambda contents: seen.append(contents) or False)
    assert result is None
    [contents] = seen
    assert contents.revision == head_revision() and contents.source == path
    assert contents.counts == {t: n for t, (n, _digest) in at_backup.items() if t != "alembic_version"}
    assert contents.counts["student"] == 12
    _untouched(db.engine, before)
    assert not (tmp_path / "b" / "safety").exists()  # no safety copy for a restore that did not happen


# --------------------------------------------------------------------------- refusals

def _foreign_backup(backend: str, db_url: str, tmp_path: Path) -> Path:
    """A file of the right kind that is not a JiarenBase database: a table foo(a)."""
    if backend == "sqlite":
        path = tmp_path / "foreign.sqlite3"
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE foo (a)")
        con.execute("INSERT INTO foo VALUES (1)")
        con.commit()
        con.close()
        return path
    schema = "t_foreign_" + uuid.uuid4().hex[:8]  # the same schema name as the live one would be refused as such
    admin = sa_create_engine(PG_URL)
    engine = create_engine(db_url.replace(backups.pg_schema(create_engine(db_url)) or "", schema))
    try:
        with admin.begin() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
            conn.execute(text(f"CREATE TABLE {schema}.foo (a int)"))
        return backups.backup(engine, tmp_path / "foreign.pgdump")
    finally:
        engine.dispose()
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _cut(data: bytes, pgdump: bool) -> bytes:
    """A copy cut short. A dump keeps its table of contents (at the start) and loses data
    at the end: before, pg_restore --clean then dropped the tables and failed (0 rows left)."""
    return data[: len(data) * (9 if pgdump else 6) // 10]


def _truncated(path: Path) -> Path:
    cut = path.with_name("cut-" + path.name)
    cut.write_bytes(_cut(path.read_bytes(), path.suffix == ".pgdump"))
    return cut


def _newer(db, tmp_path: Path) -> Path:
    """A backup whose schema revision this version does not know."""
    if db.is_sqlite:
        path = _backup(db.engine, tmp_path, "newer")
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num = '0099'")
        con.commit()
        con.close()
        return path
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    try:
        return _backup(db.engine, tmp_path, "newer")
    finally:
        with db.engine.begin() as conn:
            conn.execute(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))


@pytest.mark.parametrize("kind", ["foreign", "truncated", "newer", "other-format", "missing"])
def test_a_bad_candidate_is_refused_and_nothing_changes(kind, live, admin, backend, db_url, tmp_path):
    db = live.db
    if kind == "foreign":
        path, words = _foreign_backup(backend, db_url, tmp_path), "不是 JiarenBase 的"
    elif kind == "truncated":
        path, words = _truncated(_backup(db.engine, tmp_path, "good")), "已损坏或不完整"
    elif kind == "newer":
        path, words = _newer(db, tmp_path), "此备份来自更新版本的 JiarenBase（结构版本 0099），请先升级程序"
    elif kind == "other-format":  # a PostgreSQL dump given to SQLite and the other way round
        path = tmp_path / ("x.pgdump" if backend == "sqlite" else "x.sqlite3")
        path.write_bytes(b"PGDMP\x01\x0e" if backend == "sqlite" else b"SQLite format 3\x00" + b"\x00" * 100)
        words = "不是 JiarenBase 的"
    else:
        path, words = tmp_path / "nothing.sqlite3", "找不到备份文件"
    _change(db, admin)
    before = backups.content_digests(db.engine)
    with pytest.raises(restoring.RestoreRefused) as info:
        backup_service.restore_from(db, admin, path, tmp_path / "b")
    assert words in info.value.zh and "数据库未作任何改动" in info.value.zh or kind == "missing"
    assert "SELECT" not in info.value.zh and "Error" not in info.value.zh
    _untouched(db.engine, before)
    assert not (tmp_path / "b" / "safety").exists()  # refused before any safety copy
    assert not list(tmp_path.rglob("*.part"))  # no staging file left behind


# --------------------------------------------------------------------------- a swap that fails

def test_a_swap_that_fails_leaves_the_database_and_names_the_safety_copy(live, admin, backend, tmp_path,
                                                                         monkeypatch):
    """The candidate passed every check, then the swap itself fails: PostgreSQL — the
    dump is cut short after it was checked (pg_restore runs in one transaction);
    SQLite — another connection holds the write lock."""
    db = live.db
    path = _backup(db.engine, tmp_path, "good")
    _change(db, admin)
    before = backups.content_digests(db.engine)
    holder: list[sqlite3.Connection] = []

    def sabotage(_contents) -> bool:
        if backend == "sqlite":
            monkeypatch.setattr(restoring, "SWAP_BUSY_TIMEOUT_S", 0.2)
            con = sqlite3.connect(str(sqlite_path(str(db.engine.url))), isolation_level=None)
            con.execute("BEGIN IMMEDIATE")
            holder.append(con)
        else:
            path.write_bytes(_cut(path.read_bytes(), pgdump=True))  # fails half-way through the restore
        return True

    try:
        with pytest.raises(restoring.RestoreFailed) as info:
            backup_service.restore_from(db, admin, path, tmp_path / "b", confirm=sabotage)
    finally:
        for con in holder:
            con.rollback()
            con.close()
    [copy] = list((tmp_path / "b" / "safety").glob("*-before-restore*"))
    assert str(copy) in info.value.zh and "未作改动" in info.value.zh
    assert backend != "sqlite" or "请先关闭它再恢复" in info.value.zh
    _untouched(db.engine, before)
    if backend == "postgres":  # and a desktop still connected: the restore gives up instead of waiting
        _a_connected_desktop_stops_a_pg_restore(db, admin, _backup(db.engine, tmp_path, "good2"), tmp_path,
                                                monkeypatch, before)


def _a_connected_desktop_stops_a_pg_restore(db, admin, path, tmp_path, monkeypatch, before) -> None:
    monkeypatch.setattr(restoring, "PG_LOCK_WAIT_S", 1)
    other = create_engine(db.engine.url.render_as_string(hide_password=False))
    conn = other.connect()
    try:
        def desktop_reads(_contents) -> bool:
            conn.execute(text("SELECT count(*) FROM student"))  # an open transaction holding its lock
            return True

        with pytest.raises(restoring.RestoreFailed) as info:
            backup_service.restore_from(db, admin, path, tmp_path / "c", confirm=desktop_reads)
        assert "请先关闭所有电脑上的 JiarenBase" in info.value.zh
    finally:
        conn.close()
        other.dispose()
    _untouched(db.engine, before)


# --------------------------------------------------------------------------- older backups

def test_a_backup_from_an_older_revision_is_restored_and_brought_up_to_date(tmp_path, admin):
    from jiarenbase.core.bootstrap import open_database

    old = tmp_path / "jiarenbase_0005.sqlite3"
    shutil.copyfile(FIXTURES / "jiarenbase_0005.sqlite3", old)
    con = sqlite3.connect(old)
    counts = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
              for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert con.execute("PRAGMA application_id").fetchone() == (0,)  # written before the mark existed
    con.close()
    opened = open_database("sqlite:///" + str(tmp_path / "live.sqlite3"), tmp_path / "data")
    try:
        copy = backup_service.restore_from(opened.db, admin, old, tmp_path / "backups")
        assert copy is not None and copy.is_file()
        after = backups.content_digests(opened.db.engine)
        assert after["alembic_version"][0] == 1
        # every table the backup had keeps its rows (the upgrade adds the database's secret
        # to `setting` and 0008's register of the completed students)
        assert {t: n for t, (n, _) in after.items() if t in counts and t not in ("audit_entry", "setting")} == \
            {t: n for t, n in counts.items() if t not in ("audit_entry", "setting")}
        assert after["setting"][0] - counts["setting"] in (0, 1)
        assert after["audit_entry"][0] == counts["audit_entry"] + 1
        with opened.db.engine.connect() as conn:
            assert conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar() == head_revision()
            assert conn.exec_driver_sql("PRAGMA application_id").scalar() == APPLICATION_ID
        _check_clean(opened.db.engine)
    finally:
        opened.db.dispose()
