"""Restore is a round trip: back up the demo database, change and delete data,
restore — every table has the same rows and the same content checksum as at the
backup. SQLite through the online backup API; PostgreSQL through pg_dump and
pg_restore (against the server CI starts), in the test's own schema."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from jiarenbase.core.db import backup as backups
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.demo import build_demo
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import backup as backup_service, enrolment, sessions
from jiarenbase.core.services.auto_backup import daily_backup


def test_restore_gives_back_every_row_and_checksum(db, admin, backend, tmp_path):
    build_demo(db, students=25, seed=11)
    before = backups.content_digests(db.engine)
    assert before["student"][0] == 25 and before["practice_session"][0] > 0
    last_audit = max_audit_id(db)
    path = backup_service.backup_now(db, admin, tmp_path / "backups")  # audited after the copy is made
    assert path.suffix == (".sqlite3" if backend == "sqlite" else ".pgdump")

    # change, add and delete: through the services and behind their back
    first = enrolment.list_students(db, admin).rows[0]
    enrolment.delete_student(db, admin, first.id)
    s = sessions.list_sessions(db, admin).rows[0]
    sessions.delete_session(db, admin, s.id, s.version)
    with db.engine.begin() as conn:
        conn.execute(text("DELETE FROM session_score"))
        conn.execute(text("UPDATE student SET name = '改名' WHERE id IN (SELECT id FROM student LIMIT 3)"))
    changed = backups.content_digests(db.engine)
    assert changed["session_score"][0] == 0 and changed["student"] != before["student"]

    safety = backup_service.restore_from(db, admin, path, tmp_path / "safety")
    assert safety.is_file()
    # every table exactly as at the backup, plus the restore's own audit row
    after = backups.content_digests(db.engine)
    assert after["audit_entry"][0] == before["audit_entry"][0] + 1
    assert backups.content_digests(db.engine, where={"audit_entry": lambda t: t.c.id <= last_audit}) == before
    # and the restored database is usable
    enrolment.create_student(db, admin, enrolment.StudentInput(name="恢复后新生", id_number=_an_id()))


def max_audit_id(db) -> int:
    with db.engine.connect() as conn:
        return conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()


def _an_id() -> str:
    from jiarenbase.core.domain.idcard import check_char

    first17 = "31011619990909123"
    return first17 + check_char(first17)


def test_pg_tools_missing_gives_a_clear_message(monkeypatch, tmp_path):
    """No pg_dump on PATH nor in an install folder: the message names what to install."""
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    monkeypatch.setattr(backups, "PG_TOOL_DIRS", [])
    engine = create_engine("postgresql://u:p@127.0.0.1:9/nowhere")
    with pytest.raises(JiarenError) as info:
        backups.backup(engine, tmp_path / "b" / "x.pgdump")
    assert "pg_dump" in info.value.zh and "PostgreSQL 客户端工具" in info.value.zh
    assert "apt install postgresql-client" in info.value.zh and "Command Line Tools" in info.value.zh
    assert not list((tmp_path / "b").glob("*"))  # no half file either
    with pytest.raises(JiarenError) as info:
        source = tmp_path / "x.pgdump"
        source.write_bytes(b"PGDMP")
        backups.restore(engine, source)
    assert "pg_restore" in info.value.zh
    # at start the automatic backup reports it and the start goes on
    from jiarenbase.core.services.context import Database

    result = daily_backup(Database(engine), tmp_path / "data")
    assert not result.made and "pg_dump" in result.problem.zh


def test_pg_tools_are_found_in_the_install_folder(monkeypatch, tmp_path):
    """Debian's /usr/lib/postgresql/<version>/bin (Windows: Program Files\\PostgreSQL\\<v>\\bin)
    is searched when the tools are not on PATH, newest version first."""
    found = backups.pg_tool_dirs()
    if not any((d / "pg_dump").is_file() for d in found):
        pytest.skip("no PostgreSQL install folder on this machine")
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    assert backups._pg_tool("pg_dump").endswith("/bin/pg_dump")
    fake = [tmp_path / "postgresql" / v / "bin" for v in ("9.6", "15", "13")]
    assert [p.parent.name for p in sorted(fake, key=backups._version_key, reverse=True)] == ["15", "13", "9.6"]
