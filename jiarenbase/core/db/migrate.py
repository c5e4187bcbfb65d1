"""Schema management: create a fresh database and stamp it, or upgrade an older
one to the newest revision (after a backup taken by the caller).

Whatever changes the schema runs in ONE transaction that also takes a lock
(SQLite: BEGIN IMMEDIATE; PostgreSQL: an advisory lock), so a new database killed
while it is being created is complete or empty, an upgrade that fails leaves the
old revision as it was, and two desktops starting at once do not both create or
upgrade. A database at a revision this version does not know (written by a newer
JiarenBase) is refused before anything is touched (SchemaTooNew)."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import URL, Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..errors import JiarenError
from .models import Base

MIGRATIONS = Path(__file__).with_name("migrations")
# SQLite's header field `application_id` (PRAGMA application_id) marks a file as a
# JiarenBase database: "JRBN". Set in every new database and by revision 0006.
APPLICATION_ID = 0x4A52424E
SCHEMA_LOCK = APPLICATION_ID  # PostgreSQL advisory lock held while the schema changes


class SchemaTooNew(JiarenError):
    """The database was written by a newer JiarenBase (its revision is unknown here)."""

    def __init__(self, revision: str, where: str = "", safety: str = "") -> None:
        from ... import __version__

        head = head_revision()
        place = f"“{where}”" if where else ""
        self.revision, self.where, self.safety = revision, where, safety
        super().__init__(
            f"数据库{place}的结构版本为 {revision}，比本程序（JiarenBase {__version__}，结构版本 {head}）新："
            "它已被更新版本的 JiarenBase 使用过，或是从更新版本的备份恢复的。本程序没有改动它。"
            "请安装更新版本的 JiarenBase 后再打开。"
            + (f"安全副本（恢复前/升级前的数据）在：{safety}" if safety else ""),
            f"The database {where + ' ' if where else ''}is at schema revision {revision}, newer than this program "
            f"(JiarenBase {__version__}, schema revision {head}): a newer JiarenBase has used it, or it was restored "
            "from a newer version's backup. This program did not change it. Install the newer JiarenBase to open "
            "it." + (f" The safety copies (data before a restore or upgrade) are in: {safety}" if safety else ""))


class SchemaNeedsOwner(JiarenError):
    """PostgreSQL: the schema must be created or upgraded, and the account the
    desktops use (the application role) may not change it — by design (pg_roles.py)."""

    def __init__(self, engine: Engine, revision: str | None, user: str, owner: str, where: str = "",
                 fresh: bool = False) -> None:
        head = head_revision()
        self.revision, self.user, self.owner = revision, user, owner
        u = engine.url  # the owner's URL without any password (URL.set cannot remove one)
        url = URL.create("postgresql", owner, None, u.host, u.port, u.database, u.query)
        command = f"jiarenbase --db {url.render_as_string(hide_password=False)}"
        place = f"“{where}”" if where else ""
        if fresh:
            zh_what, en_what = "还没有建表", "has no tables yet"
        elif revision is None:  # tables, but the revision cannot be read: no rights granted yet
            zh_what = "尚未给本程序的数据库账号授权（读不到结构版本）"
            en_what = "has not been opened to this program's account yet (its revision cannot be read)"
        else:
            zh_what = f"需要升级（结构版本 {revision} → {head}）"
            en_what = f"needs upgrading (revision {revision} → {head})"
        super().__init__(
            f"数据库{place}{zh_what}。本程序使用的数据库账号“{user}”不是结构所有者，无权建表或升级"
            "（这是有意的：这样它也改不了操作日志）。数据库未作任何改动。"
            f"请 IT 用数据库所有者账号（{owner}）运行一次：{command} check，"
            f"然后运行：{command} grant-app-role {user}。之后再打开本程序。",
            f"The database {where + ' ' if where else ''}{en_what}. The account this program uses, '{user}', does "
            "not own the schema and may not create or upgrade it (by design: so it cannot change the audit log "
            f"either). Nothing was changed. IT: run once with the owner account ({owner}): {command} check, then: "
            f"{command} grant-app-role {user}. Then open this program again.")


def _refuse_unless_may_change(engine: Engine, revision: str | None, where: str, fresh: bool = False) -> None:
    """On PostgreSQL, before a safety copy is taken: an application role that may not
    create or upgrade the schema gets SchemaNeedsOwner, not the server's permission error."""
    if engine.dialect.name != "postgresql":
        return
    from .pg_roles import schema_rights

    rights = schema_rights(engine)
    if not rights.may_change:
        raise SchemaNeedsOwner(engine, revision, rights.user, rights.owner, where, fresh)


class ForeignDatabase(JiarenError):
    """An SQLite file holding another program's tables."""

    def __init__(self, where: str) -> None:
        super().__init__(f"“{where}”是其他程序的数据库，不是 JiarenBase 的数据库；本程序没有改动它。"
                         "请检查 --db 或 设置 → 数据库连接 中的路径。",
                         f"'{where}' is another program's database, not JiarenBase's; it was not changed. "
                         "Check the path given with --db or in Settings → Database.")


# Alembic (and Mako, which it brings) is imported only to create or upgrade a schema:
# the everyday start reads the revision with one SELECT (alembic: ~150 ms of imports).

def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:  # '%' must be doubled for configparser
        url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


@lru_cache(maxsize=1)
def _revision_graph() -> tuple[frozenset[str], frozenset[str]]:
    """(every revision, every revision some other names as its down_revision), read
    from the revision files (a test checks the head against Alembic's own answer)."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if rev:
            revisions.add(rev.group(1))
            down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
            if down:
                downs.add(down.group(1))
    return frozenset(revisions), frozenset(downs)


def head_revision() -> str:
    """The newest revision: the one no other revision names as its down_revision."""
    revisions, downs = _revision_graph()
    heads = revisions - downs
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision, found {sorted(heads)}")
    return next(iter(heads))


def known_revisions() -> frozenset[str]:
    """Every revision this version can open (and upgrade from)."""
    return _revision_graph()[0]


def current_revision(engine: Engine | Connection) -> str | None:
    if isinstance(engine, Connection):
        return _revision(engine)
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # no alembic_version table (yet)
            return None


def _revision(conn: Connection) -> str | None:
    """The revision read inside a transaction (no failing SELECT: on PostgreSQL it
    would abort the transaction)."""
    if "alembic_version" not in inspect(conn).get_table_names():
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def is_fresh(engine: Engine | Connection) -> bool:
    """No JiarenBase tables and no Alembic version yet."""
    names = set(inspect(engine).get_table_names())
    return not (names & set(Base.metadata.tables)) and "alembic_version" not in names


def _is_foreign(conn: Connection) -> bool:
    """An SQLite file with tables, none of them ours (PostgreSQL databases may be shared)."""
    if conn.dialect.name != "sqlite":
        return False
    names = {n for n in inspect(conn).get_table_names() if not n.startswith("sqlite_")}
    return bool(names) and is_fresh(conn)


@contextmanager
def schema_transaction(engine: Engine) -> Iterator[Connection]:
    """One transaction for a schema change, holding the schema lock.

    SQLite: the driver (pysqlite) would run DDL outside any transaction; here it is
    told to leave transactions alone and BEGIN IMMEDIATE is issued, so CREATE TABLE
    and the rest commit or vanish together."""
    with engine.connect() as conn:
        if conn.dialect.name != "sqlite":
            with conn.begin():
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": SCHEMA_LOCK})
                yield conn
            return
        raw = conn.connection.dbapi_connection
        saved = raw.isolation_level
        raw.isolation_level = None
        try:
            conn.exec_driver_sql("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.rollback()
                raise
            conn.commit()
        finally:
            raw.isolation_level = saved


def _set_application_id(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA application_id = {APPLICATION_ID}")


def _alembic(conn: Connection, action: str, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    cfg.attributes["connection"] = conn
    getattr(command, action)(cfg, revision)


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate to `revision` in one transaction."""
    with schema_transaction(engine) as conn:
        _alembic(conn, "upgrade", revision)


def check_known(revision: str | None, where: str = "") -> None:
    """Refuse a revision written by a newer JiarenBase."""
    if revision is not None and revision not in known_revisions():
        raise SchemaTooNew(revision, where)


def ensure_schema(engine: Engine, before_upgrade: Callable[[str | None], object] | None = None,
                  where: str = "") -> str:
    """Bring the database to head. Returns what was done: "created", "upgraded" or
    "current". `before_upgrade(revision)` (the safety copy) runs only when an existing
    database is about to be migrated; a database at an unknown revision raises
    SchemaTooNew, and on PostgreSQL an account that may not change the schema
    SchemaNeedsOwner, before anything is copied or changed. On PostgreSQL the
    schema's owner also takes back rights beyond SELECT and INSERT on audit_entry
    and beyond SELECT on alembic_version (pg_roles.keep_restrictions)."""
    done = _bring_to_head(engine, before_upgrade, where)
    if engine.dialect.name == "postgresql":
        from .pg_roles import tidy_grants

        tidy_grants(engine)
    return done


def _bring_to_head(engine: Engine, before_upgrade: Callable[[str | None], object] | None, where: str) -> str:
    fresh = is_fresh(engine)
    if fresh:
        _refuse_unless_may_change(engine, None, where, fresh=True)
    else:
        revision = current_revision(engine)
        if revision == head_revision():
            return "current"
        check_known(revision, where)
        _refuse_unless_may_change(engine, revision, where)
        if before_upgrade is not None:  # outside the lock: a backup can take a while
            before_upgrade(revision)
    with schema_transaction(engine) as conn:  # look again under the lock: another desktop may have done it
        if _is_foreign(conn):
            raise ForeignDatabase(where or str(engine.url.database))
        if is_fresh(conn):
            Base.metadata.create_all(conn)
            _set_application_id(conn)
            _alembic(conn, "stamp", "head")
            return "created"
        revision = _revision(conn)
        if revision == head_revision():
            return "current"
        check_known(revision, where)  # (created meanwhile by an older desktop: new, nothing to copy)
        _alembic(conn, "upgrade", "head")
        return "upgraded"
