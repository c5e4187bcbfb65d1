"""PostgreSQL roles (数据库账号): the schema belongs to an owner role, the desktops
connect as an application role that owns nothing.

Why: whoever owns a table may ALTER TABLE … DISABLE TRIGGER, DROP TRIGGER, DROP
or TRUNCATE it, whatever is granted. So the append-only triggers on audit_entry
hold only against a role that does not own it. IT creates the schema once with
the owner's account (opening the database creates or upgrades it) and then runs
`jiarenbase --db <owner URL> grant-app-role ROLE`, which calls grant_app_role():
the application role gets SELECT, INSERT, UPDATE, DELETE on every table, but on
audit_entry only SELECT and INSERT, and on alembic_version only SELECT.

An owner that opens the database also takes back anything more than SELECT and
INSERT on audit_entry (SELECT on alembic_version) that someone else holds
(keep_restrictions): a restore with pg_restore recreates the tables, and the
default privileges would otherwise hand the application role UPDATE and DELETE
on them again.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..errors import JiarenError

log = logging.getLogger(__name__)

# What PostgreSQL folds an unquoted name to; anything else is refused rather than quoted blindly.
ROLE_NAME = re.compile(r"[a-z_][a-z0-9_]{0,62}")
APPEND_ONLY = "audit_entry"  # SELECT and INSERT only
READ_ONLY = "alembic_version"  # SELECT only: the schema's revision is the owner's business
ORDINARY = "SELECT, INSERT, UPDATE, DELETE"
HELD_ZH = {"database": "数据库", "schema": "模式", "role": "角色", "table": "表", "sequence": "序列"}
ROLE_FIELD_ZH, ROLE_FIELD_EN = "应用账号（grant-app-role 的 ROLE）", "application role (ROLE of grant-app-role)"


class RoleSetupRefused(JiarenError):
    """grant_app_role would not give the safety it promises; says what to do instead."""


def check_role_name(name: str) -> str:
    """The role name as given, when it is a plain lower-case PostgreSQL name."""
    name = (name or "").strip()
    if not ROLE_NAME.fullmatch(name):
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}“{name}”无效：只能用小写英文字母、数字和下划线，以字母或下划线开头，"
            "最长 63 个字符，例如 jiaren。",
            f"{ROLE_FIELD_EN} '{name}' is not valid: use lower-case letters, digits and underscores, starting "
            "with a letter or underscore, at most 63 characters, e.g. jiaren.")
    return name


@dataclass(frozen=True)
class SchemaRights:
    """Who is connected, whether they may create or upgrade the schema, and who may."""

    user: str
    may_change: bool
    owner: str


def schema_rights(conn: Connection | Engine) -> SchemaRights:
    """For migrate.ensure_schema: the current user may upgrade the schema when it
    (or a role it belongs to) owns alembic_version; may create it in an empty
    database when it has CREATE on the schema. `owner` is whom IT should use."""
    if isinstance(conn, Engine):
        with conn.connect() as c:
            return schema_rights(c)
    row = conn.execute(text(
        "SELECT current_user, c.relowner::regrole::text, pg_has_role(c.relowner, 'USAGE'), "
        "  has_schema_privilege(n.oid, 'CREATE'), n.nspowner::regrole::text, d.datdba::regrole::text "
        "FROM pg_namespace n CROSS JOIN pg_database d "
        "LEFT JOIN pg_class c ON c.oid = to_regclass(:table) "
        "WHERE n.nspname = current_schema() AND d.datname = current_database()"), {"table": READ_ONLY}).first()
    if row is None:  # no schema on the search path: creating the tables will say so
        return SchemaRights("", True, "")
    user, table_owner, owns, may_create, schema_owner, db_owner = row
    if table_owner is not None:
        return SchemaRights(user, bool(owns), table_owner)
    # PostgreSQL 15's public schema belongs to pg_database_owner: the database's owner
    return SchemaRights(user, bool(may_create), db_owner if schema_owner == "pg_database_owner" else schema_owner)


def keep_restrictions(conn: Connection | Engine) -> list[str]:
    """Revoke from every role but the owner whatever it holds beyond SELECT and INSERT
    on audit_entry and beyond SELECT on alembic_version. Does something only when
    the current user owns those tables; returns the statements run."""
    if isinstance(conn, Engine):
        with conn.begin() as c:
            return keep_restrictions(c)
    rows = conn.execute(text(
        "SELECT k.name, CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END, "
        "  string_agg(DISTINCT a.privilege_type, ', ' ORDER BY a.privilege_type) "
        "FROM (VALUES (:append_only, ARRAY['SELECT', 'INSERT']), (:read_only, ARRAY['SELECT'])) AS k(name, allowed) "
        "JOIN pg_class c ON c.oid = to_regclass(k.name) CROSS JOIN LATERAL aclexplode(c.relacl) a "
        "WHERE pg_has_role(c.relowner, 'USAGE') AND a.grantee <> c.relowner AND a.privilege_type <> ALL(k.allowed) "
        "GROUP BY 1, 2 ORDER BY 1, 2"), {"append_only": APPEND_ONLY, "read_only": READ_ONLY}).all()
    statements = [f"REVOKE {privileges} ON TABLE {table} FROM {grantee}" for table, grantee, privileges in rows]
    for statement in statements:
        conn.exec_driver_sql(statement)
    return statements


def tidy_grants(engine: Engine) -> None:
    """keep_restrictions at start-up; a failure (another desktop revoking at the same
    moment) is logged, never stops the start: the triggers still hold."""
    try:
        done = keep_restrictions(engine)
    except DBAPIError:
        log.warning("Could not revoke the extra rights on audit_entry and alembic_version", exc_info=True)
        return
    if done:
        log.warning("Took back rights the application must not have: %s", "; ".join(done))


@dataclass(frozen=True)
class _Facts:
    user: str
    database: str
    schema: str
    owner: str | None  # of alembic_version: the schema's owner role
    caller_is_owner: bool
    caller_owns_database: bool
    caller_owns_schema: bool
    app_exists: bool
    app_is_superuser: bool
    app_holds: tuple[tuple[str, str], ...]  # (kind, name) the application role owns or belongs to


def _facts(conn: Connection, app: str) -> _Facts:
    user, database, schema, owner, caller_is_owner, owns_db, owns_schema = conn.execute(text(
        "SELECT current_user, current_database(), current_schema(), c.relowner::regrole::text, "
        "  pg_has_role(c.relowner, 'USAGE'), pg_has_role(d.datdba, 'USAGE'), pg_has_role(n.nspowner, 'USAGE') "
        "FROM pg_database d CROSS JOIN pg_namespace n LEFT JOIN pg_class c ON c.oid = to_regclass(:table) "
        "WHERE d.datname = current_database() AND n.nspname = current_schema()"), {"table": READ_ONLY}).one()
    role = conn.execute(text("SELECT oid, rolsuper FROM pg_roles WHERE rolname = :app"), {"app": app}).first()
    holds: list[str] = []
    if role is not None and owner is not None:
        holds = [tuple(r) for r in conn.execute(text(
            "SELECT 'database', d.datname FROM pg_database d "
            "  WHERE d.datname = current_database() AND pg_has_role(:app, d.datdba, 'MEMBER') "
            "UNION ALL SELECT 'schema', n.nspname FROM pg_namespace n "
            "  WHERE n.nspname = current_schema() AND pg_has_role(:app, n.nspowner, 'MEMBER') "
            "UNION ALL SELECT 'role', r.rolname FROM pg_roles r "
            "  WHERE r.oid = (SELECT relowner FROM pg_class WHERE oid = to_regclass(:table)) "
            "  AND pg_has_role(:app, r.oid, 'MEMBER') "
            "UNION ALL (SELECT CASE c.relkind WHEN 'S' THEN 'sequence' ELSE 'table' END, c.relname FROM pg_class c "
            "  WHERE c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = current_schema()) "
            "  AND c.relkind IN ('r', 'p', 'S', 'v', 'm') AND pg_has_role(:app, c.relowner, 'MEMBER') "
            "  ORDER BY c.relname LIMIT 5)"), {"app": app, "table": READ_ONLY})]
    return _Facts(user, database, schema, owner, bool(caller_is_owner), bool(owns_db), bool(owns_schema),
                  role is not None, bool(role and role.rolsuper), tuple(holds))


def _refuse_unsafe(f: _Facts, app: str) -> None:
    if f.owner is None:
        raise RoleSetupRefused(
            "数据库里还没有 JiarenBase 的表，无法授权。请先用数据库所有者账号打开一次数据库（建表），例如："
            f"jiarenbase --db postgresql://所有者@服务器/{f.database} check，再运行 grant-app-role。",
            "The database has no JiarenBase tables yet, so there is nothing to grant. Open it once with the owner "
            f"account first (this creates the tables), e.g. jiarenbase --db postgresql://OWNER@SERVER/{f.database} "
            "check, then run grant-app-role.")
    if not f.caller_is_owner:
        raise RoleSetupRefused(
            f"当前账号“{f.user}”不是数据库结构的所有者，无法授权。请用所有者账号“{f.owner}”运行 grant-app-role。",
            f"The account '{f.user}' does not own the schema and cannot grant rights. Run grant-app-role with "
            f"the owner account '{f.owner}'.")
    if not f.app_exists:
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}：服务器上没有角色“{app}”。请先在 psql 中创建：CREATE ROLE {app} LOGIN PASSWORD '…';",
            f"{ROLE_FIELD_EN}: the server has no role '{app}'. Create it first in psql: "
            f"CREATE ROLE {app} LOGIN PASSWORD '…';")
    if f.app_is_superuser:
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}：“{app}”是超级用户，任何权限限制对它都无效。请为桌面程序另建一个普通角色。",
            f"{ROLE_FIELD_EN}: '{app}' is a superuser, which no restriction binds. Create an ordinary role for "
            "the desktops.")
    if app in (f.owner, f.user):
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}：“{app}”就是数据库结构的所有者（或当前账号）。桌面程序要用另一个不拥有任何表的角色："
            f"在 psql 中 CREATE ROLE jiaren LOGIN PASSWORD '…';，再运行 grant-app-role jiaren。",
            f"{ROLE_FIELD_EN}: '{app}' is the schema's owner (or the current account). The desktops need another "
            "role that owns no table: in psql, CREATE ROLE jiaren LOGIN PASSWORD '…'; then run grant-app-role jiaren.")
    if f.app_holds:
        held = "、".join(f"{HELD_ZH[kind]} {name}" for kind, name in f.app_holds)
        held_en = ", ".join(f"{kind} {name}" for kind, name in f.app_holds)
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}：“{app}”拥有或属于 {held}，因而能停用触发器、删除操作日志。请让所有者账号拥有一切"
            f"（以 postgres 连接该数据库运行：REASSIGN OWNED BY {app} TO {f.owner}; "
            f"ALTER DATABASE {f.database} OWNER TO {f.owner};，并撤销 {app} 在 {f.owner} 中的成员资格），"
            "再运行 grant-app-role。",
            f"{ROLE_FIELD_EN}: '{app}' owns or belongs to {held_en}, so it could disable the "
            f"triggers and delete the audit log. Give everything to the owner (as postgres, connected to the "
            f"database: REASSIGN OWNED BY {app} TO {f.owner}; ALTER DATABASE {f.database} OWNER TO {f.owner}; and "
            f"revoke {app}'s membership in {f.owner}), then run grant-app-role again.")


def _statements(conn: Connection, f: _Facts, app: str) -> list[str]:
    q = conn.dialect.identifier_preparer.quote
    role, owner, schema, database = q(app), q(f.owner or ""), q(f.schema), q(f.database)
    audit, version = f"{schema}.{q(APPEND_ONLY)}", f"{schema}.{q(READ_ONLY)}"
    out: list[str] = []
    if f.caller_owns_database:  # every role may connect to a new database and make temporary tables
        out += [f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
                f"REVOKE ALL ON DATABASE {database} FROM {role}",
                f"GRANT CONNECT ON DATABASE {database} TO {role}"]
    if f.caller_owns_schema:  # PostgreSQL 14 and older: PUBLIC may create in the public schema
        out += [f"REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC",
                f"REVOKE ALL ON SCHEMA {schema} FROM {role}",
                f"GRANT USAGE ON SCHEMA {schema} TO {role}"]
    out += [
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL TABLES IN SCHEMA {schema} FROM {role}",
        f"GRANT {ORDINARY} ON ALL TABLES IN SCHEMA {schema} TO {role}",
        f"REVOKE UPDATE, DELETE ON TABLE {audit} FROM {role}",
        f"REVOKE INSERT, UPDATE, DELETE ON TABLE {version} FROM {role}",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM PUBLIC",
        f"REVOKE ALL ON ALL SEQUENCES IN SCHEMA {schema} FROM {role}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA {schema} TO {role}",  # USAGE is enough for nextval
        # tables a later upgrade creates get the ordinary rights (keep_restrictions guards the two others)
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT {ORDINARY} ON TABLES TO {role}",
        f"ALTER DEFAULT PRIVILEGES FOR ROLE {owner} IN SCHEMA {schema} GRANT USAGE, SELECT ON SEQUENCES TO {role}",
    ]
    return out


def _refuse_if_still_open(conn: Connection, app: str, schema: str) -> None:
    """After granting: the role must not be able to create objects in the schema (a
    PostgreSQL 14 public schema owned by postgres keeps PUBLIC's CREATE)."""
    if conn.execute(text("SELECT has_schema_privilege(:app, current_schema(), 'CREATE')"), {"app": app}).scalar():
        raise RoleSetupRefused(
            f"{ROLE_FIELD_ZH}：“{app}”仍可在模式 {schema} 中建表（PostgreSQL 14 及更早版本的默认设置），"
            f"未作任何授权。请以 postgres 连接该数据库运行：REVOKE CREATE ON SCHEMA {schema} FROM PUBLIC; "
            "再运行 grant-app-role。",
            f"{ROLE_FIELD_EN}: '{app}' could still create tables in the schema {schema} (the default before "
            f"PostgreSQL 15); nothing was granted. As postgres, connected to the database, run: REVOKE CREATE ON "
            f"SCHEMA {schema} FROM PUBLIC; then run grant-app-role again.")


def grant_app_role(engine: Engine, app_role: str) -> list[str]:
    """Give `app_role` what the desktops need and no more (run as the schema's owner,
    after the schema was created or upgraded). Idempotent: it first revokes what the
    role held, then grants, all in one transaction. Returns the statements run."""
    if engine.dialect.name != "postgresql":
        raise RoleSetupRefused(
            "grant-app-role 只用于 PostgreSQL 数据库。SQLite 数据库没有数据库账号，无需授权："
            "它的保护就是存放数据库文件的 Windows 账号。",
            "grant-app-role is for PostgreSQL databases only. An SQLite database has no database accounts and "
            "needs no grants: its protection is the Windows account that holds the file.")
    app = check_role_name(app_role)
    with engine.begin() as conn:
        facts = _facts(conn, app)
        _refuse_unsafe(facts, app)
        statements = _statements(conn, facts, app)
        for statement in statements:
            conn.exec_driver_sql(statement)
        statements += keep_restrictions(conn)  # and from anyone else who was given more
        _refuse_if_still_open(conn, app, facts.schema)
    return statements
