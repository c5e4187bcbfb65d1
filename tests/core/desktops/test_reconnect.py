"""The desktop survives the PostgreSQL server restarting (PostgreSQL).

- A connection the server dropped (restart, idle-killer, network) is replaced
  by the pool's pre-ping: the next service call just works.
- While the server is down, a service call fails with ConnectionLost — a
  JiarenError with the Chinese message "与数据库服务器的连接中断，正在重新连接…",
  not psycopg's OperationalError — and writes nothing; the first call after the
  server is back succeeds.
- The health probe the desktop runs on a timer says "lost" and then "back".

The restarts happen on a private server of the test's own (see support.py for
why not the shared one); dropping a single connection is tried on the shared
server CI started, where it disturbs no one else.
"""
from __future__ import annotations

import pytest
from sqlalchemy import create_engine as sa_create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.health import ConnectionLost, check_connection
from jiarenbase.core.db.models import AuditEntry, PartnerSchool
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import organisations
from jiarenbase.core.services.context import Actor, Database
from jiarenbase.core.services.listing import ListQuery

from .support import PG_ONLY, PG_URL

pytestmark = PG_ONLY

LOST = "与数据库服务器的连接中断，正在重新连接…"


def _names(db, actor) -> list[str]:
    return sorted(r.name for r in organisations.list_schools(db, actor, ListQuery(limit=50)).rows)


def _school(db, actor, name: str) -> organisations.SchoolDTO:
    return organisations.create_school(db, actor, organisations.SchoolInput(name=name))


@pytest.mark.slow
def test_the_next_call_after_a_server_restart_works_and_an_outage_is_said_in_chinese(private_server, tmp_path):
    opened = open_database(private_server.url, tmp_path / "data")
    db, admin = opened.db, Actor.system()
    try:
        _school(db, admin, "重启前的院校")
        assert db.engine.pool.checkedin() >= 1  # a pooled connection the restart will kill

        private_server.stop()
        private_server.start_again()
        # The pre-ping finds the dead connection and opens a new one: nothing to see.
        assert _names(db, admin) == ["重启前的院校"]
        _school(db, admin, "重启后的院校")
        assert check_connection(db).ok

        private_server.stop()
        with pytest.raises(ConnectionLost) as info:
            _school(db, admin, "停机时的院校")
        err = info.value
        assert isinstance(err, JiarenError) and not isinstance(err, DBAPIError)
        assert err.zh.startswith(LOST) and "请稍后" in err.zh
        assert err.text("en").startswith("The connection to the database server was lost")
        assert err.server.startswith("127.0.0.1:")
        with pytest.raises(ConnectionLost):  # reads say the same
            _names(db, admin)
        health = check_connection(db)
        assert not health.ok and health.zh.startswith(LOST) and health.server == err.server

        private_server.start_again()
        _school(db, admin, "恢复后的院校")  # the first call after the server is back
        assert _names(db, admin) == ["恢复后的院校", "重启前的院校", "重启后的院校"]  # nothing from the outage
        assert check_connection(db).ok
    finally:
        db.dispose()


def test_a_transaction_cut_off_by_the_server_writes_nothing(private_server, tmp_path):
    """The server shuts down in the middle of a save (after the school's INSERT,
    before its audit entry): the call fails with ConnectionLost, nothing of it is
    stored, and the same save works once the server is back."""
    opened = open_database(private_server.url, tmp_path / "data")
    db, admin = opened.db, Actor.system()
    armed = {"on": False}

    def stop_before_the_audit(_conn, _cursor, statement: str, *_args) -> None:
        if armed["on"] and statement.lstrip().upper().startswith("INSERT INTO AUDIT_ENTRY"):
            armed["on"] = False
            private_server.stop()

    event.listen(db.engine, "before_cursor_execute", stop_before_the_audit)
    try:
        _school(db, admin, "首个院校")
        armed["on"] = True
        with pytest.raises(ConnectionLost) as info:
            _school(db, admin, "半路断线的院校")
        assert info.value.zh.startswith(LOST)
        private_server.start_again()
        assert _names(db, admin) == ["首个院校"]
        with db.read() as s:
            assert s.scalar(select(PartnerSchool.id).where(PartnerSchool.name == "半路断线的院校")) is None
            assert [a for a in s.scalars(select(AuditEntry.after)) if "半路断线" in a] == []
        _school(db, admin, "半路断线的院校")  # saved again, once
        assert _names(db, admin) == ["半路断线的院校", "首个院校"]
    finally:
        db.dispose()


def test_a_connection_dropped_by_the_shared_server_is_replaced_unseen(pg_url, tmp_path):
    """On the server CI started: our pooled connection is terminated (as a restart,
    an idle-connection killer or a network blip would); the next calls work."""
    opened = open_database(pg_url, tmp_path / "data")
    db, admin = opened.db, Actor.system()
    other = sa_create_engine(pg_url)
    try:
        _school(db, admin, "甲院校")
        with db.engine.connect() as conn:
            pid = conn.execute(text("SELECT pg_backend_pid()")).scalar()
        assert db.engine.pool.checkedin() == 1
        with other.begin() as conn:
            assert conn.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid}).scalar() is True
        _school(db, admin, "乙院校")
        assert _names(db, admin) == ["乙院校", "甲院校"]
        with db.engine.connect() as conn:
            assert conn.execute(text("SELECT pg_backend_pid()")).scalar() != pid
    finally:
        db.dispose()
        other.dispose()


def test_wrong_logins_are_not_called_a_lost_connection(tmp_path):
    """An engine that never reached the server keeps the driver's error, which
    config.connection_error turns into "wrong password" / "no such database"."""
    bad = make_url(PG_URL).set(database="no_such_database_here").render_as_string(hide_password=False)
    db = Database(create_engine(bad))
    try:
        with pytest.raises(DBAPIError) as info:
            organisations.list_schools(db, Actor.system())
        assert not isinstance(info.value, ConnectionLost)
        assert "no_such_database_here" in str(info.value)
        assert not check_connection(db).ok
    finally:
        db.dispose()
