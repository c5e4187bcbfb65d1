"""Engine creation: SQLite pragmas, network-share refusal, PostgreSQL via psycopg 3.

PostgreSQL engines are built for several desktops sharing one server that may
restart: every pooled connection is pinged before use (a connection the restart
killed is replaced silently), a connection attempt gives up after
CONNECT_TIMEOUT_S instead of hanging, TCP keepalives notice a dead network on an
idle connection, and a server that is gone mid-call raises health.ConnectionLost
(a Chinese message) rather than the driver's OperationalError.

Every engine hides bound parameters (`hide_parameters=True`): a failed statement's
error text and any SQL echo say "[SQL parameters hidden …]" instead of the row's
values (names, ID numbers, phones). A caller cannot turn that off."""
from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine, create_engine as sa_create_engine, make_url

from ..errors import DatabaseLocationError
from .health import translate_disconnects

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
# libpq options for every PostgreSQL connection unless the URL or the caller sets them:
# give up connecting after 10 s; probe an idle connection after 30 s, every 10 s,
# 3 times (a silently dropped network is noticed in about a minute, not hours);
# drop a connection whose sent data stays unacknowledged for 30 s (Linux; ignored elsewhere).
PG_CONNECT_DEFAULTS = {
    "connect_timeout": CONNECT_TIMEOUT_S,
    "keepalives": 1,
    "keepalives_idle": 30,
    "keepalives_interval": 10,
    "keepalives_count": 3,
    "tcp_user_timeout": 30_000,
}


def sqlite_path(url: str) -> Path | None:
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def is_network_path(path: Path | str) -> bool:
    """True for UNC paths (\\\\server\\share, //server/share) and, on Windows,
    mapped network drives."""
    text = str(path)
    # Two or more leading separators of either kind: "sqlite:////" + "//server/share"
    # gives "///server/share", and "/\\\\server\\share" on Windows is a UNC path too.
    if re.match(r"^[\\/]{2,}[^\\/]+[\\/]", text):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(text)[0]
        if drive:
            DRIVE_REMOTE = 4
            return ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE
    return False


def refuse_network_sqlite(url: str) -> None:
    path = sqlite_path(url)
    # the raw string: Path("///server/share") would collapse the leading slashes to one
    if path is not None and is_network_path(make_url(url).database or ""):
        raise DatabaseLocationError(
            f"数据库文件“{path}”位于网络共享上。SQLite 在网络盘上会损坏数据，"
            "请把数据库放在本机硬盘；多台电脑共用一个数据库时请改用 PostgreSQL（设置 → 数据库连接）。",
            f"The database file '{path}' is on a network share, where SQLite corrupts data. "
            "Keep it on a local disk; for several desktops sharing one database use PostgreSQL.",
        )


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def create_engine(url: str, **kwargs) -> Engine:
    """An engine for `url`; SQLite files get WAL, foreign keys and a busy timeout.
    Bound parameters never appear in its errors or logs (hide_parameters)."""
    refuse_network_sqlite(url)
    kwargs["hide_parameters"] = True
    u = make_url(url)
    backend = u.get_backend_name()
    if backend == "postgresql" and u.drivername == "postgresql":
        u = u.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = sa_create_engine(u, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    kwargs.setdefault("pool_pre_ping", True)
    if u.drivername == "postgresql+psycopg":
        given = dict(kwargs.get("connect_args") or {})
        kwargs["connect_args"] = {**{k: v for k, v in PG_CONNECT_DEFAULTS.items() if k not in u.query},
                                  **given}
    engine = sa_create_engine(u, **kwargs)
    if backend == "postgresql":
        translate_disconnects(engine)
    return engine


def describe(engine: Engine) -> str:
    """What the status bar shows: the SQLite path, or PostgreSQL host/db."""
    u = engine.url
    if u.get_backend_name() == "sqlite":
        return f"SQLite: {u.database}"
    return f"PostgreSQL: {u.host or 'localhost'}:{u.port or 5432}/{u.database}"
