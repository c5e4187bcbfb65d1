"""Backups: SQLite through its online backup API (safe while the app runs),
PostgreSQL through pg_dump/pg_restore when they are installed; rotation."""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from sqlalchemy import MetaData, select
from sqlalchemy.engine import Engine

from ..errors import JiarenError
from .engine import sqlite_path

SQLITE_SUFFIX = ".sqlite3"
PG_SUFFIX = ".pgdump"


def _stamp() -> str:
    return datetime.now().strftime("%Y%m%d-%H%M%S-%f")


def backup_suffix(engine: Engine) -> str:
    return SQLITE_SUFFIX if engine.url.get_backend_name() == "sqlite" else PG_SUFFIX


def default_backup_name(engine: Engine, reason: str = "manual", at: datetime | None = None) -> str:
    """jiarenbase-<YYYYmmdd-HHMMSS-micro>-<reason>.sqlite3 (or .pgdump), local time."""
    stamp = at.strftime("%Y%m%d-%H%M%S-%f") if at else _stamp()
    return f"jiarenbase-{stamp}-{reason}{backup_suffix(engine)}"


def backup(engine: Engine, out: Path, progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy of the database to `out` (via a temp file + rename).

    `progress(done, total)` is called as pages are copied (SQLite); an exception it
    raises (e.g. the user pressed Cancel) stops the backup and leaves no file."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    sqlite = engine.url.get_backend_name() == "sqlite"
    src_path = sqlite_path(str(engine.url)) if sqlite else None
    if sqlite and src_path is None:
        raise JiarenError("内存数据库无法备份。", "An in-memory database cannot be backed up.")
    try:
        if src_path is not None:
            _sqlite_copy(sqlite3.connect(src_path), tmp, progress)
        else:
            _pg_dump(engine, tmp)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    # only a complete copy ever gets the final name (a kill before this line leaves a ".part")
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


BACKUP_SUFFIXES = (SQLITE_SUFFIX, PG_SUFFIX)
STALE_PART_SECONDS = 3600  # a ".part" this old is left over from a backup that was killed


def rotate(folder: Path, keep: int, pattern: str = "jiarenbase-*") -> list[Path]:
    """Delete all but the newest `keep` backups in `folder`; returns what was deleted.
    Only finished backups count (".sqlite3"/".pgdump"); the half-written files of a
    backup that was killed (".part", ".part-journal") are deleted once an hour old."""
    now = time.time()
    files: list[tuple[float, Path]] = []
    gone: list[Path] = []
    for p in Path(folder).glob(pattern):
        try:
            mtime = p.stat().st_mtime
        except FileNotFoundError:  # rotated away by another desktop meanwhile
            continue
        if p.name.endswith(BACKUP_SUFFIXES):
            files.append((mtime, p))
        elif ".part" in p.name and now - mtime > STALE_PART_SECONDS:
            gone.append(p)
    files.sort(key=lambda item: item[0], reverse=True)
    gone += [p for _, p in files[max(keep, 1):]]
    for p in gone:
        p.unlink(missing_ok=True)
    return gone


def _pg_env(engine: Engine) -> tuple[list[str], dict[str, str]]:
    u = engine.url
    env = dict(os.environ)
    if u.password:
        env["PGPASSWORD"] = str(u.password)
    args = ["-h", u.host or "localhost", "-p", str(u.port or 5432), "-U", u.username or "postgres"]
    schema = pg_schema(engine)
    if schema:  # a database kept in a schema of its own: back up and restore only that schema
        args += ["-n", schema]
    return args, env


def pg_schema(engine: Engine) -> str | None:
    """The schema named by `options=-csearch_path=...` in the URL, if any."""
    options = engine.url.query.get("options", "")
    for part in ([options] if isinstance(options, str) else list(options)):
        for word in part.split():
            if word.startswith("-csearch_path="):
                return word.split("=", 1)[1].split(",")[0].strip() or None
    return None


def _version_key(folder: Path) -> tuple[int, ...]:
    digits = "".join(ch if ch.isdigit() else " " for ch in folder.parent.name)
    return tuple(int(n) for n in digits.split()) or (0,)


def pg_tool_dirs() -> list[Path]:
    """Where PostgreSQL's installers put pg_dump when it is not on PATH, newest version first."""
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        roots = {Path(os.environ[v]) / "PostgreSQL" for v in ("ProgramFiles", "ProgramW6432") if os.environ.get(v)}
        found = [d / "bin" for r in roots if r.is_dir() for d in r.iterdir()]
    else:
        found = [*Path("/usr/lib/postgresql").glob("*/bin"), *Path("/usr/pgsql").glob("*/bin"),
                 *Path("/opt/homebrew/opt").glob("postgresql*/bin")]
    return sorted(found, key=_version_key, reverse=True)


PG_TOOL_DIRS: list[Path] | None = None  # None: pg_tool_dirs(); a test sets [] to find nothing there


def _pg_tool(name: str) -> str:
    """pg_dump / pg_restore: on PATH, else in a PostgreSQL install folder."""
    path = shutil.which(name)
    if path is None:
        exe = name + (".exe" if sys.platform == "win32" else "")
        dirs = pg_tool_dirs() if PG_TOOL_DIRS is None else PG_TOOL_DIRS
        path = next((str(d / exe) for d in dirs if (d / exe).is_file()), None)
    if path is None:
        raise JiarenError(
            f"本机找不到 PostgreSQL 工具 {name}，无法备份/恢复 PostgreSQL 数据库。请安装 PostgreSQL 客户端工具"
            "（版本不低于服务器）：Windows 上运行 PostgreSQL 安装程序并勾选“Command Line Tools”，"
            "Debian/Ubuntu 上执行 apt install postgresql-client；或请管理员在服务器上用 pg_dump 备份。",
            f"The PostgreSQL tool {name} was not found, so the PostgreSQL database cannot be backed up or "
            "restored. Install the PostgreSQL client tools (at least the server's version): on Windows run the "
            "PostgreSQL installer with \"Command Line Tools\", on Debian/Ubuntu apt install postgresql-client; "
            "or ask the admin to back up on the server with pg_dump.")
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


def content_digests(engine: Engine, columns: dict[str, list[str]] | None = None,
                    where: dict[str, Callable] | None = None) -> dict[str, tuple[int, str]]:
    """{table: (row count, sha256 of the rows ordered by primary key)} for every table
    in the database as it is — to prove a restore or an upgrade kept every row intact.
    `columns[table]` limits the columns hashed; `where[table](table)` filters rows."""
    meta = MetaData()
    meta.reflect(engine)
    out: dict[str, tuple[int, str]] = {}
    with engine.connect() as conn:
        for name, table in sorted(meta.tables.items()):
            cols = [table.c[c] for c in (columns or {}).get(name, table.c.keys())]
            query = select(*cols).order_by(*(list(table.primary_key.columns) or cols))
            if where and name in where:
                query = query.where(where[name](table))
            digest, n = hashlib.sha256(), 0
            for row in conn.execute(query):
                digest.update(repr(tuple(row)).encode("utf-8"))
                n += 1
            out[name] = (n, digest.hexdigest())
    return out
