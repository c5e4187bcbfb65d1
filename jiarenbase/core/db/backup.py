"""Backups: SQLite through its online backup API (safe while the app runs),
PostgreSQL through pg_dump/pg_restore when they are installed; rotation."""
from __future__ import annotations

import contextlib
import errno
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
    raises (e.g. the user pressed Cancel) stops the backup and leaves no file. A
    backup that cannot be written (full or read-only disk, …) raises BackupFailed
    in plain words and leaves no file either (no ".part", no ".part-journal")."""
    out = Path(out)
    tmp = out.with_name(out.name + ".part")
    sqlite = engine.url.get_backend_name() == "sqlite"
    src_path = sqlite_path(str(engine.url)) if sqlite else None
    if sqlite and src_path is None:
        raise JiarenError("内存数据库无法备份。", "An in-memory database cannot be backed up.")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        if src_path is not None:
            _sqlite_copy(sqlite3.connect(src_path), tmp, progress)
        else:
            _pg_dump(engine, tmp)
        # only a complete copy ever gets the final name (a kill before this line leaves a ".part")
        os.replace(tmp, out)
    except BaseException as exc:
        remove_part(tmp)
        if isinstance(exc, (OSError, sqlite3.Error)):
            raise BackupFailed(out, exc) from exc
        raise
    return out


def remove_part(tmp: Path) -> None:
    """A half-written copy and the journal SQLite may have left beside it."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(OSError):  # e.g. the disk went away: rotate() clears it once stale
            Path(str(tmp) + suffix).unlink(missing_ok=True)


class BackupFailed(JiarenError):
    """A backup (or safety copy) could not be written; says why in plain words."""

    def __init__(self, out: Path, exc: BaseException) -> None:
        folder = Path(out).parent
        low = str(exc).lower()
        errno_ = getattr(exc, "errno", None)
        if errno_ in (errno.ENOSPC, errno.EFBIG) or "disk is full" in low:
            zh, en = f"“{folder}”所在的磁盘空间不足", f"the disk of '{folder}' is full"
        elif isinstance(exc, PermissionError) or errno_ == errno.EROFS or "readonly" in low or "read-only" in low:
            zh = f"没有写入“{folder}”的权限，或该磁盘是只读的"
            en = f"'{folder}' is not writable (no permission or read-only)"
        elif "disk i/o error" in low or errno_ == errno.EIO:
            zh = f"写入“{folder}”时磁盘读写出错（磁盘可能已满或已损坏）"
            en = f"a disk error while writing to '{folder}'"
        else:
            zh, en = f"无法在“{folder}”中写入备份文件", f"the backup file cannot be written in '{folder}'"
        super().__init__(f"备份失败：{zh}。没有留下不完整的文件。"
                         "请腾出磁盘空间，或在 设置 → 备份文件夹 中换一个可写的位置。",
                         f"The backup failed: {en}. No partial file was left. Free some disk space or choose a "
                         "writable folder in Settings → Backup folder.")


def restore(engine: Engine, source: Path) -> None:
    """Replace the database's contents with a backup file's, after checking it (restore.py)."""
    from .restore import restore as verified_restore

    verified_restore(engine, Path(source))


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
            # the copy took the source's WAL flag with page 1: make it one self-contained file that
            # opens anywhere, even read-only, without -wal/-shm files beside it
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()


BACKUP_SUFFIXES = (SQLITE_SUFFIX, PG_SUFFIX)
STALE_PART_SECONDS = 3600  # a ".part" this old is left over from a backup that was killed
SAFETY_REASONS = ("before-restore", "before-upgrade")  # safety copies: never rotated (db/safety.py)


def rotate(folder: Path, keep: int, pattern: str = "jiarenbase-*") -> list[Path]:
    """Delete all but the newest `keep` backups in `folder`; returns what was deleted.
    Only finished backups count (".sqlite3"/".pgdump"); the half-written files of a
    backup that was killed (".part", ".part-journal") are deleted once an hour old.
    Safety copies (before-restore, before-upgrade) are never deleted: they normally
    live in the safety/ subfolder, which is not looked at."""
    now = time.time()
    files: list[tuple[float, Path]] = []
    gone: list[Path] = []
    for p in Path(folder).glob(pattern):
        try:
            mtime = p.stat().st_mtime
        except FileNotFoundError:  # rotated away by another desktop meanwhile
            continue
        if p.name.endswith(BACKUP_SUFFIXES):
            if not any(f"-{reason}" in p.name for reason in SAFETY_REASONS):
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
        err = done.stderr.strip()
        if any(s in err for s in ("could not write", "No space left", "File too large", "could not open output")):
            raise BackupFailed(out, OSError(errno.ENOSPC if "could not open" not in err else errno.EACCES, err))
        raise JiarenError("pg_dump 备份失败：" + err, "pg_dump failed: " + err)


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
