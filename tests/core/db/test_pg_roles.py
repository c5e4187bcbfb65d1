"""PostgreSQL with the README's two roles (issue 15): the schema belongs to an owner
role, the desktops connect as an application role that owns nothing. The app works
fully as that role; it cannot DELETE, UPDATE or TRUNCATE the audit log, disable or
drop its triggers, or drop tables. An app role facing a schema that must be created
or upgraded is told, in plain words, to ask IT to do it with the owner's account.

Every test runs on SQLite as well (the `backend` fixture; PostgreSQL when
JIARENBASE_TEST_PG_URL is set): SQLite has no accounts, so there grant-app-role
refuses plainly and an old schema is simply upgraded. On PostgreSQL each test makes
a database and two roles of its own (unique names: roles are cluster-wide) through
the test URL's role, which has CREATEDB and CREATEROLE, and drops them afterwards."""
from __future__ import annotations

import os
import secrets
import shutil
import subprocess
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import create_engine as sa_create_engine, make_url, text
from sqlalchemy.exc import DBAPIError

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import SchemaNeedsOwner, current_revision, head_revision
from jiarenbase.core.db.pg_roles import RoleSetupRefused, check_role_name, grant_app_role
from jiarenbase.core.domain.compliance import BannedTerm
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import audit, auto_backup, backup as backup_svc, enrolment, rooms, scripts
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")
REPO = Path(__file__).resolve().parents[3]
FIXTURES = REPO / "tests" / "fixtures" / "schema"
SCRIPTS = REPO / "packaging" / "postgres"
ID_FIRST17 = "31011620050228007"
ID_NUMBER = ID_FIRST17 + check_char(ID_FIRST17)

# What the application role must not be able to do to the audit log (or the schema).
FORBIDDEN = [
    "DELETE FROM audit_entry",
    "UPDATE audit_entry SET action = 'forged'",
    "TRUNCATE audit_entry",
    "ALTER TABLE audit_entry DISABLE TRIGGER USER",
    "ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_change",
    "DROP TRIGGER audit_entry_no_change ON audit_entry",
    "DROP TABLE audit_entry",
    "DROP TABLE student",
    "ALTER TABLE student ADD COLUMN forged text",
    "CREATE TABLE forged (id int)",
    "UPDATE alembic_version SET version_num = 'forged'",
    "CREATE TRIGGER forged BEFORE INSERT ON audit_entry FOR EACH ROW EXECUTE FUNCTION audit_entry_append_only()",
]
DENIED = ("permission denied", "must be owner")


@dataclass(frozen=True)
class Cluster:
    """A database owned by `owner`, and `app`, a role that owns nothing."""

    owner: str
    app: str
    database: str
    owner_url: str
    app_url: str


@contextmanager
def separate_roles() -> Iterator[Cluster]:
    tag = uuid.uuid4().hex[:10]
    owner, app, database = f"jb_owner_{tag}", f"jb_app_{tag}", f"jb_roles_{tag}"
    passwords = {owner: secrets.token_hex(12), app: secrets.token_hex(12)}
    base = make_url(PG_URL)
    admin = sa_create_engine(base, isolation_level="AUTOCOMMIT")

    def url(role: str) -> str:
        return base.set(username=role, password=passwords[role], database=database).render_as_string(
            hide_password=False)

    try:
        with admin.connect() as conn:
            for role, password in passwords.items():
                conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD '{password}'")
            # PostgreSQL 15: to give a database to a role (and to end its sessions) one must belong to it
            conn.exec_driver_sql(f"GRANT {owner}, {app} TO CURRENT_USER")
            conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {owner} TEMPLATE template0 ENCODING 'UTF8'")
        yield Cluster(owner, app, database, url(owner), url(app))
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {app}, {owner}")
        admin.dispose()


@contextmanager
def opened_as(url: str, data: Path):
    opened = open_database(url, data)
    try:
        yield opened
    finally:
        opened.db.dispose()


def _entries(url: str) -> list[tuple]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return [tuple(r) for r in conn.execute(text("SELECT * FROM audit_entry ORDER BY id"))]
    finally:
        engine.dispose()


def _assert_denied(url: str, statements: list[str]) -> None:
    engine = create_engine(url)
    try:
        for sql in statements:
            with pytest.raises(DBAPIError) as info, engine.begin() as conn:
                conn.exec_driver_sql(sql)
                pytest.fail(f"the application role may: {sql}")
            message = str(info.value.orig)
            assert any(d in message for d in DENIED), (sql, message)  # the privileges, not the triggers
    finally:
        engine.dispose()


def _can_write(url: str, table: str) -> None:
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            conn.exec_driver_sql(f"INSERT INTO {table} (note) VALUES ('a')")
            conn.exec_driver_sql(f"UPDATE {table} SET note = 'b'")
            conn.exec_driver_sql(f"DELETE FROM {table}")
    finally:
        engine.dispose()


def test_role_names_are_checked():
    assert check_role_name(" jiaren ") == "jiaren" and check_role_name("_app_2") == "_app_2"
    for odd in ("", "Jiaren", "jia-ren", "jiaren; DROP TABLE audit_entry", 'a"b', "1app", "x" * 64, "贾人"):
        with pytest.raises(RoleSetupRefused) as info:
            check_role_name(odd)
        assert "应用账号（grant-app-role 的 ROLE）" in info.value.zh and "小写英文字母" in info.value.zh
        assert "application role" in info.value.en


def _refused_on_sqlite(tmp_path: Path) -> None:
    """SQLite has no accounts: grant-app-role says so (its audit log is guarded by the hash chain)."""
    with opened_as(f"sqlite:///{tmp_path / 'x.sqlite3'}", tmp_path) as o, pytest.raises(RoleSetupRefused) as info:
        grant_app_role(o.db.engine, "jiaren")
    assert "只用于 PostgreSQL" in info.value.zh and "Windows 账号" in info.value.zh
    assert "PostgreSQL databases only" in info.value.en


def test_the_app_role_works_but_cannot_change_the_audit_log(backend, tmp_path):
    if backend == "sqlite":
        return _refused_on_sqlite(tmp_path)
    with separate_roles() as c:
        with opened_as(c.owner_url, tmp_path / "owner") as o:
            assert o.schema == "created"
            done = grant_app_role(o.db.engine, c.app)
        assert f"REVOKE UPDATE, DELETE ON TABLE public.audit_entry FROM {c.app}" in done
        with opened_as(c.app_url, tmp_path / "desk") as desk:  # the desktop's start: revision check, seeding
            assert desk.schema == "current"
            db, admin = desk.db, Actor.system()
            student = enrolment.create_student(db, admin, enrolment.StudentInput(name="小李", id_number=ID_NUMBER))
            enrolment.update_student(db, admin, student.id, student.version, enrolment.StudentInput(
                name="李小丽", id_number=None))
            enrolment.delete_student(db, admin, student.id)  # to the trash: ordinary rows may change
            enrolment.restore_student(db, admin, student.id)
            assert [s.name for s in enrolment.list_students(db, admin, ListQuery()).rows] == ["李小丽"]
            assert len(audit.list_audit(db, admin, entity="student")) == 4
            scripts.set_compliance_terms(db, admin, [BannedTerm("最便宜", "绝对化用语", "很实惠")])  # the setting table
            room = rooms.list_rooms(db, admin)[0]  # booking takes an advisory lock
            rooms.book_room(db, admin, rooms.BookingInput(room.id, datetime(2025, 5, 6, 9), datetime(2025, 5, 6, 11)))
            daily = auto_backup.daily_backup(db, tmp_path / "desk")  # pg_dump as the app role
            assert daily.problem is None and daily.path is not None and daily.path.stat().st_size > 0
        before = _entries(c.owner_url)
        assert len(before) >= 6
        _assert_denied(c.app_url, FORBIDDEN)
        assert _entries(c.owner_url) == before


def test_grants_are_idempotent_cover_later_tables_and_survive_a_restore(backend, tmp_path):
    if backend == "sqlite":
        return _refused_on_sqlite(tmp_path)
    with separate_roles() as c:
        with opened_as(c.owner_url, tmp_path / "owner") as o:
            first = grant_app_role(o.db.engine, c.app)
            assert grant_app_role(o.db.engine, c.app) == first
            with o.db.engine.begin() as conn:  # a later upgrade adds a table
                conn.exec_driver_sql("CREATE TABLE later_table (id serial PRIMARY KEY, note text)")
                # and something (a restore recreating the table, a careless GRANT) gives too much again
                conn.exec_driver_sql(f"GRANT UPDATE, DELETE, TRUNCATE, TRIGGER ON audit_entry TO {c.app}, PUBLIC")
        _can_write(c.app_url, "later_table")
        with opened_as(c.owner_url, tmp_path / "owner"):  # the owner opening it takes the extra rights back
            pass
        _assert_denied(c.app_url, FORBIDDEN[:4])

        # a restore as the owner recreates every table (pg_restore --clean), then the owner's open tidies up
        with opened_as(c.app_url, tmp_path / "desk") as desk:
            enrolment.create_student(desk.db, Actor.system(), enrolment.StudentInput(name="小李", id_number=ID_NUMBER))
            made = backup_svc.backup_now(desk.db, Actor.system(), tmp_path / "backups")
        with opened_as(c.owner_url, tmp_path / "owner") as o:
            backup_svc.restore_from(o.db, Actor.system(), made, tmp_path / "owner" / "backups")
        with opened_as(c.app_url, tmp_path / "desk") as desk:
            assert [s.name for s in enrolment.list_students(desk.db, Actor.system(), ListQuery()).rows] == ["小李"]
            enrolment.create_student(desk.db, Actor.system(), enrolment.StudentInput(
                name="小王", id_number="31011620050228015" + check_char("31011620050228015")))
        _assert_denied(c.app_url, FORBIDDEN)


def test_grant_app_role_refuses_an_unsafe_setup(backend, tmp_path):
    if backend == "sqlite":
        return _refused_on_sqlite(tmp_path)
    with separate_roles() as c:
        owner, app = create_engine(c.owner_url), create_engine(c.app_url)
        try:
            with pytest.raises(RoleSetupRefused, match="还没有 JiarenBase 的表"):
                grant_app_role(owner, c.app)
            with opened_as(c.owner_url, tmp_path / "owner"):
                pass
            with pytest.raises(RoleSetupRefused, match="服务器上没有角色“nobody_here_x”"):
                grant_app_role(owner, "nobody_here_x")
            with pytest.raises(RoleSetupRefused, match="就是数据库结构的所有者"):
                grant_app_role(owner, c.owner)
            with pytest.raises(RoleSetupRefused, match=f"不是数据库结构的所有者.*“{c.owner}”"):
                grant_app_role(app, c.app)
            admin = sa_create_engine(PG_URL)  # an application role that belongs to the owner could act as it
            with admin.begin() as conn:
                conn.exec_driver_sql(f"GRANT {c.owner} TO {c.app}")
            admin.dispose()
            with pytest.raises(RoleSetupRefused) as info:
                grant_app_role(owner, c.app)
            assert f"“{c.app}”拥有或属于 数据库 {c.database}、模式 public、角色 {c.owner}、表 alembic_version" in \
                info.value.zh
            assert f"REASSIGN OWNED BY {c.app} TO {c.owner}" in info.value.zh
        finally:
            owner.dispose()
            app.dispose()


def test_an_app_role_facing_an_old_or_empty_schema_is_told_to_ask_it(backend, tmp_path):
    if backend == "sqlite":  # no accounts: an old SQLite file is simply upgraded
        path = tmp_path / "old.sqlite3"
        shutil.copyfile(FIXTURES / "jiarenbase_0006.sqlite3", path)
        with opened_as("sqlite:///" + str(path), tmp_path / "data") as o:
            assert o.schema == "upgraded"
        return
    with separate_roles() as c:
        with pytest.raises(SchemaNeedsOwner) as empty:
            open_database(c.app_url, tmp_path / "desk")
        assert "还没有建表" in empty.value.zh
        with opened_as(c.owner_url, tmp_path / "owner") as o:
            grant_app_role(o.db.engine, c.app)
            with o.db.engine.begin() as conn:  # as if this program were newer than the schema
                conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0006'")
        with pytest.raises(SchemaNeedsOwner) as old:
            open_database(c.app_url, tmp_path / "desk")
        u = make_url(c.app_url)
        command = f"jiarenbase --db postgresql://{c.owner}@{u.host}:{u.port}/{c.database}"
        zh, en = old.value.zh, old.value.en
        assert f"需要升级（结构版本 0006 → {head_revision()}）" in zh
        assert f"账号“{c.app}”不是结构所有者，无权建表或升级" in zh
        assert f"{command} check" in zh and f"{command} grant-app-role {c.app}" in zh
        assert f"{command} check" in en and "needs upgrading" in en
        assert "permission denied" not in zh + en and u.password not in zh + en
        assert not (tmp_path / "desk" / "backups").exists()  # refused before any safety copy was taken
        engine = create_engine(c.owner_url)
        try:
            assert current_revision(engine) == "0006"
        finally:
            engine.dispose()


# --------------------------------------------------------------------------- the scripts IT runs

def _psql(script: str, connect_to: str, **variables: str) -> None:
    """The README's psql line, as the superuser postgres (trust on the test server)."""
    u = make_url(PG_URL)
    psql = shutil.which("psql")
    assert psql, "psql is needed (Debian: apt install postgresql-client)"
    args = [psql, "-X", "-q", "-h", u.host or "127.0.0.1", "-p", str(u.port or 5432), "-U", "postgres",
            "-d", connect_to]
    for name, value in variables.items():
        args += ["-v", f"{name}={value}"]
    env = {k: v for k, v in os.environ.items() if not k.startswith("PG")}
    done = subprocess.run([*args, "-f", str(SCRIPTS / script)], env=env, capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=60)
    assert done.returncode == 0, done.stderr


@contextmanager
def _cleanup_as_postgres(database: str, *roles: str) -> Iterator[None]:
    try:
        yield
    finally:
        admin = sa_create_engine(make_url(PG_URL).set(username="postgres", password=None, database="postgres"),
                                 isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {database} WITH (FORCE)")
            conn.exec_driver_sql(f"DROP ROLE IF EXISTS {', '.join(roles)}")
        admin.dispose()


def _url(role: str, password: str, database: str) -> str:
    return make_url(PG_URL).set(username=role, password=password, database=database).render_as_string(
        hide_password=False)


def test_the_setup_script_then_check_and_grant_give_the_guarantees(backend, tmp_path):
    if backend == "sqlite":
        return _refused_on_sqlite(tmp_path)
    tag = uuid.uuid4().hex[:10]
    owner, app, database = f"jb_owner_{tag}", f"jb_app_{tag}", f"jb_setup_{tag}"
    owner_pw, app_pw = secrets.token_hex(12), secrets.token_hex(12)
    with _cleanup_as_postgres(database, app, owner):
        _psql("setup_roles.sql", "postgres", owner=owner, app=app, database=database,
              owner_password=owner_pw, app_password=app_pw)
        owner_url, app_url = _url(owner, owner_pw, database), _url(app, app_pw, database)
        with opened_as(owner_url, tmp_path / "owner") as o:  # jiarenbase --db <owner> check
            assert o.schema == "created"
            grant_app_role(o.db.engine, app)  # jiarenbase --db <owner> grant-app-role <app>
        with opened_as(app_url, tmp_path / "desk") as desk:
            enrolment.create_student(desk.db, Actor.system(), enrolment.StudentInput(name="小李", id_number=ID_NUMBER))
        _assert_denied(app_url, FORBIDDEN)


def test_an_existing_database_owned_by_the_app_role_is_moved_to_an_owner(backend, tmp_path):
    if backend == "sqlite":
        return _refused_on_sqlite(tmp_path)
    tag = uuid.uuid4().hex[:10]
    owner, app, database = f"jb_owner_{tag}", f"jb_app_{tag}", f"jb_moved_{tag}"
    owner_pw, app_pw = secrets.token_hex(12), secrets.token_hex(12)
    with _cleanup_as_postgres(database, app, owner):
        admin = sa_create_engine(make_url(PG_URL).set(username="postgres", password=None, database="postgres"),
                                 isolation_level="AUTOCOMMIT")
        with admin.connect() as conn:  # the setup before issue 15: the desktops' role owns the database
            conn.exec_driver_sql(f"CREATE ROLE {app} LOGIN PASSWORD '{app_pw}'")
            conn.exec_driver_sql(f"CREATE DATABASE {database} OWNER {app} TEMPLATE template0 ENCODING 'UTF8'")
        admin.dispose()
        app_url = _url(app, app_pw, database)
        with opened_as(app_url, tmp_path / "desk") as desk:
            enrolment.create_student(desk.db, Actor.system(), enrolment.StudentInput(name="小李", id_number=ID_NUMBER))
        engine = create_engine(app_url)
        try:
            with engine.connect() as conn:  # the hole: the owner may switch the triggers off
                conn.exec_driver_sql("ALTER TABLE audit_entry DISABLE TRIGGER USER")
                conn.rollback()
        finally:
            engine.dispose()
        before = _entries(app_url)

        _psql("move_to_owner_role.sql", database, owner=owner, app=app, owner_password=owner_pw)
        with pytest.raises(SchemaNeedsOwner) as info:  # before grant-app-role: told what IT must do
            open_database(app_url, tmp_path / "desk")
        assert "尚未给本程序的数据库账号授权" in info.value.zh and f"grant-app-role {app}" in info.value.zh
        owner_url = _url(owner, owner_pw, database)
        with opened_as(owner_url, tmp_path / "owner") as o:
            assert o.schema == "current"
            grant_app_role(o.db.engine, app)
        with opened_as(app_url, tmp_path / "desk") as desk:
            assert [s.name for s in enrolment.list_students(desk.db, Actor.system(), ListQuery()).rows] == ["小李"]
        assert _entries(owner_url) == before
        _assert_denied(app_url, FORBIDDEN)
