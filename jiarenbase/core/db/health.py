"""Is the database server still there? (数据库连接状态)

Several desktops share one PostgreSQL server. When it restarts (an update, a
power cut, the network between the live rooms drops), the desktops must neither
show a raw driver error nor stay broken until they are closed:

- `pool_pre_ping` (engine.py) tests a pooled connection before each use; a
  connection the restart killed is thrown away and a new one opened, so the next
  service call after the server is back simply works.
- `translate_disconnects(engine)` turns what cannot be healed that way — the
  server is still down, or it went away in the middle of a transaction — into
  `ConnectionLost`, a JiarenError with a Chinese message, instead of
  psycopg's `OperationalError`. Errors met before the engine ever reached the
  server (wrong password, no such database) are left alone: config.connection_error
  explains those better.
- `check_connection(db)` is the small probe the desktop runs on a timer (off the
  GUI thread) to tell the user when the connection was lost and when it is back.

Qt-free, like the rest of the core.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, OperationalError

from ..errors import JiarenError


def server_of(engine: Engine) -> str:
    """host:port of a PostgreSQL engine (the SQLite file's name otherwise)."""
    u = engine.url
    if u.get_backend_name() == "sqlite":
        return str(u.database or "")
    return f"{u.host or 'localhost'}:{u.port or 5432}"


def first_line(exc: BaseException) -> str:
    orig = getattr(exc, "orig", None) if isinstance(exc, DBAPIError) else None
    body = str(orig or exc).strip()
    return next((line.strip() for line in body.splitlines() if line.strip()), type(exc).__name__)[:200]


class ConnectionLost(JiarenError):
    """The database server went away while the app was using it (与数据库服务器的连接中断).

    The engine reconnects by itself once the server answers again; what was being
    saved at that moment may not have been saved, so the user is asked to look and
    try again rather than told it failed for certain (a commit cut off half-way
    cannot be known)."""

    def __init__(self, server: str = "", reason: str = "") -> None:
        where = f"（{server}）" if server else ""
        where_en = f" ({server})" if server else ""
        super().__init__(
            f"与数据库服务器的连接中断，正在重新连接…{where}刚才的操作可能没有保存，请稍后刷新查看后再试。",
            f"The connection to the database server was lost; reconnecting…{where_en} What you just did may "
            "not have been saved; refresh in a moment and try again.",
        )
        self.server = server
        self.reason = reason


def translate_disconnects(engine: Engine) -> None:
    """Raise ConnectionLost instead of the driver's error when a server this engine
    has already reached goes away (a dropped connection, or a refused reconnect).

    SQLAlchemy still invalidates the dead connection (and the pool) first, so the
    next call connects afresh. A disconnect met by the pre-ping is left to
    SQLAlchemy, which reconnects at once and never shows it."""
    reached = {"yes": False}

    @event.listens_for(engine, "connect")
    def _reached(_dbapi_conn: Any, _record: Any) -> None:
        reached["yes"] = True

    @event.listens_for(engine, "handle_error")
    def _lost(ctx: Any) -> BaseException | None:
        if ctx.is_pre_ping or not reached["yes"]:
            return None
        refused = ctx.connection is None and isinstance(ctx.sqlalchemy_exception, OperationalError)
        if ctx.is_disconnect or refused:
            return ConnectionLost(server_of(engine), first_line(ctx.original_exception))
        return None


@dataclass(frozen=True)
class Health:
    """The result of one probe: reachable or not, and what to tell the user."""

    ok: bool
    zh: str
    en: str
    server: str = ""
    latency_ms: float | None = None

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


def check_connection(db: Any) -> Health:
    """Probe the database once (`SELECT 1` on a pooled connection, which the
    pre-ping heals after a restart). `db` is a Database or an Engine. Never raises
    for a database problem: a failure comes back as Health(ok=False)."""
    engine: Engine = getattr(db, "engine", db)
    server = server_of(engine)
    started = time.perf_counter()
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except (DBAPIError, JiarenError) as exc:
        reason = exc.reason if isinstance(exc, ConnectionLost) else first_line(exc)
        return Health(False,
                      f"与数据库服务器的连接中断，正在重新连接…（{server}）恢复之前无法读取或保存记录。原因：{reason}",
                      f"The connection to the database server was lost; reconnecting… ({server}) Records cannot "
                      f"be read or saved until it is back. Reason: {reason}",
                      server)
    return Health(True, f"已连接数据库服务器 {server}。", f"Connected to the database server {server}.", server,
                  (time.perf_counter() - started) * 1000)
