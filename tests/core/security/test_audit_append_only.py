"""The audit log is append-only for every role (审计日志只能追加): no service updates
or deletes audit rows, and the database itself refuses UPDATE, DELETE (and, on
PostgreSQL, TRUNCATE) on audit_entry — whichever path made the database (create_all
for a new one, migration 0004 for an existing one) and after a restore."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from jiarenbase.core.db import backup as backups
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import current_revision, ensure_schema, upgrade
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import AuthenticationError, JiarenError
from jiarenbase.core.services import audit, enrolment, organisations, trash, users
from jiarenbase.core.services.context import Actor, Database

MESSAGE = "审计日志只能追加，不能修改或删除"
REFUSED = [
    "UPDATE audit_entry SET action = 'forged'",
    "UPDATE audit_entry SET username = 'nobody' WHERE id = (SELECT min(id) FROM audit_entry)",
    "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)",
    "DELETE FROM audit_entry",
]


def _entries(engine) -> list[tuple]:
    with engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text("SELECT * FROM audit_entry ORDER BY id"))]


def _assert_guarded(engine) -> None:
    before = _entries(engine)
    assert before, "the test needs audit rows"
    statements = list(REFUSED)
    if engine.dialect.name == "postgresql":
        statements.append("TRUNCATE audit_entry")
    for sql in statements:
        with pytest.raises(DBAPIError, match=MESSAGE), engine.begin() as conn:
            conn.execute(text(sql))
    assert _entries(engine) == before


def _triggers(engine) -> set[str]:
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            sql = "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_entry'"
        else:
            sql = ("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal "
                   "AND tgrelid = to_regclass('audit_entry')")
        return set(conn.execute(text(sql)).scalars())


EXPECTED = {"sqlite": {"audit_entry_no_update", "audit_entry_no_delete"},
            "postgresql": {"audit_entry_no_change", "audit_entry_no_truncate"}}


def test_raw_update_and_delete_are_refused_and_insert_still_works(db: Database, admin):
    organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    _assert_guarded(db.engine)
    n = len(_entries(db.engine))
    organisations.create_school(db, admin, organisations.SchoolInput(name="奉贤中专"))
    with db.engine.begin() as conn:  # a plain INSERT is fine too
        conn.execute(text("INSERT INTO audit_entry (at, username, action, entity, before, after) "
                          "VALUES (CURRENT_TIMESTAMP, 'x', 'note', 'test', '', '')"))
    assert len(_entries(db.engine)) == n + 2


def test_the_orm_cannot_change_or_delete_an_entry_either(db: Database, admin):
    organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    before = _entries(db.engine)
    with pytest.raises(DBAPIError, match=MESSAGE), db.transaction() as s:
        s.scalars(select(AuditEntry)).first().after = "{}"
    with pytest.raises(DBAPIError, match=MESSAGE), db.transaction() as s:
        s.delete(s.scalars(select(AuditEntry)).first())
    assert _entries(db.engine) == before


def test_every_role_working_through_the_services_only_appends(db: Database, admin):
    """Admin, staff and a mentor create, edit, delete, restore, sign in (and fail
    to), unlock and back up: the entries that were there stay exactly as they were,
    and every action adds entries. (The whole test suite runs on databases with the
    triggers, so any service that touched old entries would fail there as well.)"""
    staff = users.add_user(db, admin, "jiaowu", "Jiaren#2025", Role.STAFF, "教务老师").actor()
    school = organisations.create_school(db, staff, organisations.SchoolInput(name="金山食品工业学校"))
    st = enrolment.create_student(db, staff, enrolment.StudentInput(name="李小明", id_number="310116200405060016"))
    seen = _entries(db.engine)

    def still_there() -> None:
        nonlocal seen
        now = _entries(db.engine)
        assert now[:len(seen)] == seen and len(now) > len(seen)
        seen = now

    organisations.update_school(db, staff, school.id, school.version,
                                organisations.SchoolInput(name="金山食品工业学校", address="金山卫"))
    still_there()
    enrolment.delete_student(db, staff, st.id)
    still_there()
    trash.restore_record(db, admin, "student", st.id)
    still_there()
    enrolment.reveal_id_number(db, admin, st.id)
    still_there()
    for _ in range(users.MAX_FAILED_LOGINS):
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "jiaowu", "wrong password")
    still_there()  # the lockout is audited
    users.unlock_user(db, admin, _user_id(db, admin, "jiaowu"))
    still_there()
    mentor = Actor(user_id=None, username="wang", role=Role.MENTOR, mentor_id=None)
    with pytest.raises(JiarenError):
        audit.list_audit(db, mentor)  # a mentor may not even read it
    assert _entries(db.engine) == seen
    _assert_guarded(db.engine)


def _user_id(db, admin, username: str) -> int:
    return next(u.id for u in users.list_users(db, admin) if u.username == username)


def test_new_and_migrated_databases_both_get_the_triggers(db_url, admin):
    engine = create_engine(db_url)
    try:
        assert ensure_schema(engine) == "created"  # a new database: create_all + stamp
        assert _triggers(engine) == EXPECTED[engine.dialect.name]
    finally:
        engine.dispose()


def test_migration_0004_guards_an_existing_log_and_downgrades(db_url, admin):
    engine = create_engine(db_url)
    try:
        upgrade(engine, "0003")
        assert _triggers(engine) == set()
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO audit_entry (at, username, action, entity, before, after) "
                              "VALUES (CURRENT_TIMESTAMP, 'system', 'create', 'student', '', '{}')"))
        old = _entries(engine)
        upgrade(engine, "0004")
        assert current_revision(engine) == "0004"
        assert _entries(engine) == old
        assert _triggers(engine) == EXPECTED[engine.dialect.name]
        _assert_guarded(engine)
        from alembic import command

        from jiarenbase.core.db.migrate import alembic_config

        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003")
        assert _triggers(engine) == set()
    finally:
        engine.dispose()


def test_a_restored_sqlite_database_keeps_the_guard(tmp_path, admin):
    """Restore copies a whole SQLite file (pages, triggers included). Audit entries
    written after the backup are gone after a restore — the restore replaces the
    database wholesale; the before-restore safety copy (services.backup) keeps them."""
    from jiarenbase.core.bootstrap import open_database

    opened = open_database("sqlite:///" + str(tmp_path / "live.sqlite3"), tmp_path / "data")
    db = opened.db
    try:
        organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
        copy = backups.backup(db.engine, tmp_path / "bk" / "copy.sqlite3")
        organisations.create_school(db, admin, organisations.SchoolInput(name="奉贤中专"))
        backups.restore(db.engine, copy)
        assert _triggers(db.engine) == EXPECTED["sqlite"]
        _assert_guarded(db.engine)
    finally:
        db.dispose()


def test_no_service_code_writes_to_the_audit_table_except_by_adding():
    """A static check beside the triggers: the only use of AuditEntry that writes is
    session.add (services/common.audit through db/audit_chain.append); no SQL outside
    the migrations changes the table, drops its triggers or disables them."""
    import re
    from pathlib import Path

    import jiarenbase

    writes = re.compile(r"\b(update|delete\s+from|truncate(\s+table)?|alter\s+table|drop\s+trigger)\s+\"?audit_entry",
                        re.IGNORECASE)
    assert writes.search('DELETE FROM audit_entry') and writes.search("alter table audit_entry disable trigger")
    assert not writes.search("GRANT INSERT, SELECT ON audit_entry")
    root = Path(jiarenbase.__file__).parent
    offenders = []
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if rel.startswith(("core/db/migrations/", "core/db/models/")):
            continue
        source = path.read_text(encoding="utf-8")
        offenders += [(rel, needle) for needle in ("update(AuditEntry", "delete(AuditEntry") if needle in source]
        offenders += [(rel, m.group(0)) for m in writes.finditer(source)]
    assert offenders == []
