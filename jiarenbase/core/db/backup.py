"""Backups: SQLite through its online backup API (safe while the app runs),
PostgreSQL through pg_dump/pg_restore when they are installed; rotation."""
from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy.engine import Engine

from ..errors import JiarenError
from .engine import sqlite_path

SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def default_backup_name(engine: Engine, reason: str = "manual") -> str:
    suffix = SQLITE_SUFFIX if engine.url.get_backend_name() == "sqlite" else PG_SUFFIX
    return f"jiarenbase-{_stamp()}-{reason}{suffix}"


def backup(engine: Engine, out: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy of the database to `out` (via a temp file + rename).

    `progress(done, total)` is called as pages are copied (SQLite); an exception it
    raises (e.g. the user pressed Cancel) stops the backup and leaves no file."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    if engine.url.get_backend_name() == "sqlite":
        src_path = sqlite_path(str(engine.url))
        if src_path is None:
            raise JiarenError("内存数据库无法备份。", "An in-memory database cannot be backed up.")
        try:
            _sqlite_copy(sqlite3.connect(src_path), tmp, progress)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
    else:
        _pg_dump(engine, tmp)
    os.replace(tmp, out)
    return out


def restore(engine: Engine, source: Path) -> None:
    """Replace the database's contents with a backup file's."""
    source = Path(source)
    if not source.is_file():
        raise JiarenError(f"找不到备份文件“{source}”。", f"Backup file '{source}' not found.")
    if engine.url.get_backend_name() == "sqlite":
        _check_sqlite_file(source)
        engine.dispose()  # no pooled connection may hold the old file open
        dst_path = sqlite_path(str(engine.url))
        _sqlite_copy(sqlite3.connect(f"file:{source}?mode=ro", uri=True), dst_path)
    else:
        _pg_restore(engine, source)


def _sqlite_copy(src: sqlite3.Connection, dst_path: Path,
                 progress: Callable[[int, int], None] | None = None) -> None:
    """Copy a whole SQLite database page by page (consistent even while in use)."""

    def report(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(total - remaining, total)

    try:
        dst = sqlite3.connect(dst_path)
        try:
            src.backup(dst, pages=256 if progress else -1, progress=report if progress else None)
        finally:
            dst.close()
    finally:
        src.close()


def _check_sqlite_file(path: Path) -> None:
    with open(path, "rb") as fh:
        if fh.read(16) != b"SQLite format 3\x00":
            raise JiarenError(f"“{path.name}”不是 JiarenBase 的 SQLite 备份文件。",
                              f"'{path.name}' is not a JiarenBase SQLite backup.")


def rotate(folder: Path, keep: int, pattern: str = "jiarenbase-*") -> list[Path]:
    """Delete all but the newest `keep` backups in `folder`; returns what was deleted."""
    files = sorted((p for p in Path(folder).glob(pattern) if not p.name.endswith(".part")),
                   key=lambda p: p.stat().st_mtime, reverse=True)
    gone = files[max(keep, 1):]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def _pg_env(engine: Engine) -> tuple[list[str], dict[str, str]]:
    u = engine.url
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    args = ["-h", u.host or "localhost", "-p", str(u.port or 5432), "-U", u.username or "postgres"]
    return args, env


def _pg_tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        raise JiarenError(f"本机没有安装 PostgreSQL 工具 {name}，无法备份/恢复 PostgreSQL 数据库。"
                          "请在服务器上用 pg_dump 备份，或安装 PostgreSQL 客户端工具。",
                          f"The PostgreSQL tool {name} is not installed here; install the PostgreSQL "
                          "client tools or back up on the server with pg_dump.")
    return path


def _pg_dump(engine: Engine, out: Path) -> None:
    args, env = _pg_env(engine)
    cmd = [_pg_tool("pg_dump"), *args, "-Fc", "-f", str(out), engine.url.database or ""]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode:
        raise JiarenError("pg_dump 备份失败：" + done.stderr.strip(), "pg_dump failed: " + done.stderr.strip())


def _pg_restore(engine: Engine, source: Path) -> None:
    engine.dispose()
    args, env = _pg_env(engine)
    cmd = [_pg_tool("pg_restore"), *args, "--clean", "--if-exists", "--no-owner", "-d",
           engine.url.database or "", str(source)]
    done = subprocess.run(cmd, env=env, capture_output=True, text=True)
    if done.returncode:
        raise JiarenError("pg_restore 恢复失败：" + done.stderr.strip(), "pg_restore failed: " + done.stderr.strip())
