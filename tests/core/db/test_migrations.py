"""Alembic migrations produce exactly the ORM schema; opening a database creates,
keeps or upgrades it."""
from __future__ import annotations

import sqlite3

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import current_revision, ensure_schema, head_revision, is_fresh, upgrade
from jiarenbase.core.db.models import Base
from jiarenbase.core.services import rooms, sessions


def _differences(engine) -> list:
    with engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def test_migrations_produce_exactly_the_orm_schema(db_url):
    engine = create_engine(db_url)
    try:
        assert is_fresh(engine)
        upgrade(engine)
        assert current_revision(engine) == head_revision()
        tables = set(inspect(engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert tables - set(Base.metadata.tables) == {"alembic_version"}
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_the_comparison_is_not_vacuous(db_url):
    engine = create_engine(db_url)
    try:
        upgrade(engine)
        with engine.begin() as conn:
            conn.execute(text("DROP INDEX ix_audit_entry_at"))
        diffs = _differences(engine)
        assert [d[0] for d in diffs] == ["add_index"] and diffs[0][1].name == "ix_audit_entry_at"
    finally:
        engine.dispose()


def test_create_all_and_migrations_agree(db_url):
    """A fresh database is made with create_all + stamp; it must equal the migrated one."""
    engine = create_engine(db_url)
    try:
        assert ensure_schema(engine) == "created"
        assert current_revision(engine) == head_revision()
        assert _differences(engine) == []
    finally:
        engine.dispose()


def test_there_is_one_head():
    assert head_revision() == "0009"


def test_open_database_fresh_then_current(db_url, tmp_path):
    first = open_database(db_url, tmp_path / "data")
    try:
        assert first.schema == "created" and first.backup_path is None
        assert len(rooms.list_rooms(first.db, _admin())) == 10
    finally:
        first.db.dispose()
    second = open_database(db_url, tmp_path / "data")
    try:
        assert second.schema == "current" and second.backup_path is None
        # seeding is idempotent: still 10 rooms and 6 criteria
        assert len(rooms.list_rooms(second.db, _admin())) == 10
        assert len(sessions.list_criteria(second.db, _admin())) == len(sessions.DEFAULT_CRITERIA)
    finally:
        second.db.dispose()


def test_database_made_by_migrations_opens_as_current(db_url, tmp_path):
    engine = create_engine(db_url)
    upgrade(engine)
    engine.dispose()
    opened = open_database(db_url, tmp_path / "data")
    try:
        assert opened.schema == "current" and opened.backup_path is None
    finally:
        opened.db.dispose()


def test_unstamped_database_is_backed_up_then_upgraded(tmp_path):
    """A database whose version table names no revision (older than the first
    migration) is upgraded, and a backup is taken first (SQLite: the file copy)."""
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()
    opened = open_database("sqlite:///" + str(path), tmp_path / "data")
    try:
        assert opened.schema == "upgraded"
        assert opened.backup_path is not None and opened.backup_path.is_file()
        assert opened.backup_path.parent == tmp_path / "data" / "backups" / "safety"
        assert "before-upgrade" in opened.backup_path.name
        assert current_revision(opened.db.engine) == head_revision()
        assert _differences(opened.db.engine) == []
        # the backup is the database as it was: only the empty version table
        old = sqlite3.connect(opened.backup_path)
        try:
            names = {r[0] for r in old.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        finally:
            old.close()
        assert names == {"alembic_version"}
    finally:
        opened.db.dispose()


def test_migrated_database_accepts_service_writes(db_url, tmp_path):
    """The migrated schema works for real writes (server defaults, constraints)."""
    engine = create_engine(db_url)
    upgrade(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO partner_school (name, short_name, contact_person, contact_phone, "
                          "address, in_shanghai, note) VALUES ('甲校', '', '', '', '', true, '')"))
        row = conn.execute(text("SELECT version, created_at, deleted_at FROM partner_school")).one()
    engine.dispose()
    assert row.version == 1 and row.created_at is not None and row.deleted_at is None


def _admin():
    from jiarenbase.core.services.context import Actor

    return Actor.system()


def test_the_quick_head_revision_is_alembics_own():
    """The start reads the head from the revision files without importing Alembic."""
    from alembic.script import ScriptDirectory

    from jiarenbase.core.db.migrate import alembic_config

    assert head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()


def test_an_everyday_start_does_not_import_alembic(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from jiarenbase.core.bootstrap import open_database; "
            f"open_database(None, {str(tmp_path / 'a')!r}).db.dispose(); "  # created: Alembic stamps it
            "[sys.modules.pop(m) for m in list(sys.modules) if m.split('.')[0] in ('alembic', 'mako')]; "
            f"o = open_database(None, {str(tmp_path / 'a')!r}); assert o.schema == 'current', o.schema; "
            "print(sorted({m.split('.')[0] for m in sys.modules} & {'alembic', 'mako'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
