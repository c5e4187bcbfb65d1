"""The audit log proves itself (操作日志校验链): every entry is chained to the one before
it, appends from two writers at once do not fork the chain, and an entry changed,
deleted or moved directly in the database is named by verify_chain and by
`jiarenbase check` — on SQLite and on PostgreSQL."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from jiarenbase import cli
from jiarenbase.core.db.audit_chain import GENESIS, entry_digest, verify_chain
from jiarenbase.core.db.check import check_database
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import audit_integrity, organisations
from jiarenbase.core.services.common import audit
from jiarenbase.core.services.context import Actor, Database


def _rows(engine) -> list:
    with engine.connect() as conn:
        return conn.execute(text("SELECT * FROM audit_entry ORDER BY id")).fetchall()


def _lift_guard(engine) -> None:
    """What the issue saw done: the append-only triggers out of the way."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            conn.execute(text("DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DROP TRIGGER audit_entry_no_delete"))
        else:
            conn.execute(text("ALTER TABLE audit_entry DISABLE TRIGGER USER"))


def _tamper(engine, *statements: str) -> None:
    _lift_guard(engine)
    with engine.begin() as conn:
        for sql in statements:
            conn.execute(text(sql))


def _schools(db: Database, admin: Actor, n: int, prefix: str = "学校") -> None:
    for i in range(n):
        organisations.create_school(db, admin, organisations.SchoolInput(name=f"{prefix}{i}"))


def test_each_entry_is_chained_to_the_one_before(db: Database, admin):
    desk = Actor(user_id=None, username="system", role=Role.ADMIN, origin="desktop alice@DESK-01")
    _schools(db, desk, 3)
    rows = _rows(db.engine)
    assert len(rows) >= 3 and rows[-1].origin == "desktop alice@DESK-01"
    prev = GENESIS
    for row in rows:
        assert row.prev_hash == prev and len(row.entry_hash) == 64
        # the stored `at` is what was hashed (it round-trips on both databases)
        assert row.entry_hash == entry_digest(_at(row.at), row.user_id, row.username, row.origin, row.action,
                                              row.entity, row.entity_id, row.before, row.after, row.prev_hash)
        prev = row.entry_hash
    check = verify_chain(db.engine)
    assert check.ok and check.entries == len(rows) and check.first_broken_id is None
    assert check.zh == f"操作日志校验链：完整（{len(rows)} 条）"


def _at(value):
    from datetime import datetime

    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def test_many_entries_in_one_transaction_keep_their_order(db: Database, admin):
    """The entries of one transaction chain in memory; the ids the database gives them
    must follow the same order (one flush inserts them all)."""
    with db.transaction() as s:
        for i in range(120):
            audit(s, admin, "note", "test", i, after={"n": i})
    with db.transaction() as s:
        audit(s, admin, "note", "test", 999)
    assert verify_chain(db.engine).ok
    assert [r.entity_id for r in _rows(db.engine)[-121:]] == [*range(120), 999]


def test_a_rolled_back_savepoint_does_not_break_the_chain(db: Database, admin):
    with db.transaction() as s:
        audit(s, admin, "note", "test", 1)
        savepoint = s.begin_nested()
        audit(s, admin, "note", "test", 2)
        s.flush()
        savepoint.rollback()
        audit(s, admin, "note", "test", 3)
    assert verify_chain(db.engine).ok
    assert [r.entity_id for r in _rows(db.engine)[-2:]] == [1, 3]


def test_an_edited_entry_is_named(db: Database, admin):
    _schools(db, admin, 4)
    rows = _rows(db.engine)
    target = rows[2].id
    _tamper(db.engine, f"UPDATE audit_entry SET username = 'nobody' WHERE id = {target}")
    check = verify_chain(db.engine)
    assert not check.ok and check.first_broken_id == target
    assert f"操作日志第 {target} 条" in check.zh and "被改动过" in check.zh
    assert f"Audit entry {target}" in check.en


def test_a_deleted_entry_in_the_middle_is_named_by_the_next_one(db: Database, admin):
    _schools(db, admin, 4)
    rows = _rows(db.engine)
    _tamper(db.engine, f"DELETE FROM audit_entry WHERE id = {rows[1].id}")
    check = verify_chain(db.engine)
    assert not check.ok and check.first_broken_id == rows[2].id
    assert f"第 {rows[0].id} 条与第 {rows[2].id} 条之间的条目被删除" in check.zh


def test_swapped_entries_are_named(db: Database, admin):
    """Two entries' contents swapped (hashes and all): each still matches its own hash,
    but the links no longer follow the ids."""
    _schools(db, admin, 4)
    a, b = _rows(db.engine)[1:3]
    columns = ("at", "username", "action", "entity", "entity_id", "before", "after", "prev_hash", "entry_hash")

    def assign(row) -> str:
        return ", ".join(f"{c} = :{c}" for c in columns)

    _lift_guard(db.engine)
    with db.engine.begin() as conn:
        for target, source in ((a, b), (b, a)):
            conn.execute(text(f"UPDATE audit_entry SET {assign(source)} WHERE id = :id"),
                         {**{c: getattr(source, c) for c in columns}, "id": target.id})
    check = verify_chain(db.engine)
    assert not check.ok and check.first_broken_id == a.id


def test_an_entry_without_a_hash_is_named(db: Database, admin):
    """A row inserted by hand (or by a program that bypassed the chain) breaks it."""
    _schools(db, admin, 2)
    with db.engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_entry (at, username, action, entity, before, after) "
                          "VALUES (CURRENT_TIMESTAMP, 'x', 'note', 'test', '', '')"))
    forged = _rows(db.engine)[-1].id
    check = verify_chain(db.engine)
    assert not check.ok and check.first_broken_id == forged and "没有校验值" in check.zh


def test_the_honest_limit_deleting_the_newest_entries_leaves_a_whole_chain(db: Database, admin):
    """Stated in the README: a shorter chain is still a whole one. Backups (and, on
    PostgreSQL, the application role's INSERT/SELECT-only rights) are the defence."""
    _schools(db, admin, 4)
    n = len(_rows(db.engine))
    _tamper(db.engine, "DELETE FROM audit_entry WHERE id = (SELECT max(id) FROM audit_entry)")
    check = verify_chain(db.engine)
    assert check.ok and check.entries == n - 1


def test_two_writers_at_once_do_not_fork_the_chain(db: Database, admin):
    """Two desktops (PostgreSQL) or two programs (SQLite) appending at the same time:
    each thread has its own connections, so the database's own locking decides."""
    start = threading.Barrier(3)
    errors: list[BaseException] = []

    def writer(prefix: str) -> None:
        try:
            start.wait()
            _schools(db, admin, 25, prefix)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(p,)) for p in ("甲校", "乙校", "丙校")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors
    check = verify_chain(db.engine)
    assert check.ok, check.zh
    assert check.entries == len(_rows(db.engine)) >= 75


def test_an_append_waits_for_the_transaction_that_holds_the_chain(db: Database, admin):
    """The serialisation itself: a second append cannot read the newest hash while a
    first transaction has appended and not yet committed (else both would chain onto
    the same entry)."""
    _schools(db, admin, 1)
    appended, second_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def second() -> None:
        try:
            appended.wait(30)
            with db.transaction() as s:
                audit(s, admin, "note", "test", 2)
            second_done.set()
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    worker = threading.Thread(target=second)
    worker.start()
    with db.transaction() as s:
        audit(s, admin, "note", "test", 1)
        appended.set()
        assert not second_done.wait(0.5), "the second append did not wait for the first transaction"
    worker.join(30)
    assert not errors and second_done.is_set()
    assert verify_chain(db.engine).ok
    assert [r.entity_id for r in _rows(db.engine)[-2:]] == [1, 2]


def test_only_an_admin_may_check_the_chain(db: Database, admin):
    staff = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
    assert audit_integrity.check_audit_chain(db, admin).ok
    with pytest.raises(PermissionDenied):
        audit_integrity.check_audit_chain(db, staff)


def test_check_reports_a_disabled_or_dropped_guard_and_a_broken_chain(db: Database, admin):
    _schools(db, admin, 3)
    target = _rows(db.engine)[1].id
    _tamper(db.engine, f"UPDATE audit_entry SET after = '{{}}' WHERE id = {target}")
    bad = [f for f in check_database(db.engine) if not f.ok]
    assert len(bad) == 2 and bad[0].zh.startswith("操作日志防改触发器：缺少或被停用")
    assert bad[1].zh.startswith(f"操作日志第 {target} 条的内容与它的校验值不符")
    missing = bad[0].zh
    if db.is_sqlite:
        assert "audit_entry_no_update" in missing and "audit_entry_no_delete" in missing
    else:
        assert "audit_entry_no_change (disabled)" in missing


@pytest.mark.parametrize("tampering", ["delete", "edit"])
def test_jiarenbase_check_exits_non_zero_naming_the_entry(tmp_path, capsys, admin, tampering):
    """The issue's done-when, on SQLite: DROP TRIGGER, then DELETE or UPDATE an entry."""
    url = "sqlite:///" + str(tmp_path / "base.sqlite3")
    assert cli.run(["--db", url, "demo", "--students", "12"]) == 0
    assert cli.run(["--db", url, "check"]) == 0
    capsys.readouterr()
    from jiarenbase.core.db.engine import create_engine

    engine = create_engine(url)
    try:
        rows = _rows(engine)
        victim, named = (rows[1], rows[2]) if tampering == "delete" else (rows[1], rows[1])
        with engine.begin() as conn:
            conn.execute(text("DROP TRIGGER audit_entry_no_delete" if tampering == "delete"
                              else "DROP TRIGGER audit_entry_no_update"))
            conn.execute(text("DELETE FROM audit_entry WHERE id = :id" if tampering == "delete"
                              else "UPDATE audit_entry SET action = 'forged' WHERE id = :id"), {"id": victim.id})
    finally:
        engine.dispose()
    assert cli.run(["--db", url, "check"]) != 0
    out = capsys.readouterr().out
    assert f"✘ 操作日志第 {named.id} 条" in out
    assert "✘ 操作日志防改触发器：缺少或被停用" in out
    assert cli.run(["--db", url, "--lang", "en", "check"]) != 0
    assert f"Audit entry {named.id}" in capsys.readouterr().out
