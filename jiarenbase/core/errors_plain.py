"""Plain words for the failures a person meets outside the program's own rules
(一句话说明：哪个文件、出了什么问题、怎么办).

A database file that is a folder, read-only, damaged or on a full disk; a
PostgreSQL server that is down or refuses the login; two imports writing the same
record at once; a file that cannot be written. `explain(exc, …)` turns the
driver's or the operating system's exception into a JiarenError whose Chinese (and
English) text names the file, says what is wrong and what to do.

The text never carries SQL, bound parameters or an exception's class name: it is
built from the kind of failure only (SQLite's error code, psycopg's message
category, errno), never from the driver's text, which may quote a statement or
the row (names, ID numbers, phones) that failed. `scrub()` cleans the one text
that still reaches a person unexplained: an unexpected error's first line.
`mask_sensitive()` (core/sensitive.py) is the last line of defence for any text:
every ID number and mobile number in it masked, every line kept.
"""
from __future__ import annotations

import errno
import shutil
import sqlite3
from pathlib import Path

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError

from .errors import JiarenError
from .sensitive import mask_sensitive

# --------------------------------------------------------------------------- what the driver said


def _driver_error(exc: BaseException) -> BaseException | None:
    """The DBAPI exception under a SQLAlchemy error (or `exc` itself when it is one)."""
    if isinstance(exc, DBAPIError):
        return exc.orig
    if isinstance(exc, sqlite3.Error) or type(exc).__module__.startswith("psycopg"):
        return exc
    return None


def _first_line(exc: BaseException) -> str:
    return next((line.strip() for line in str(exc).splitlines() if line.strip()), "")


def _sqlite_kind(err: BaseException) -> str:
    """FULL, READONLY, CANTOPEN, CORRUPT, BUSY, IOERR, CONSTRAINT or OTHER."""
    name = getattr(err, "sqlite_errorname", "") or ""
    for kind in ("FULL", "READONLY", "CANTOPEN", "CORRUPT", "NOTADB", "BUSY", "LOCKED", "IOERR", "CONSTRAINT",
                 "PERM"):
        if name.startswith(f"SQLITE_{kind}"):
            return {"NOTADB": "CORRUPT", "LOCKED": "BUSY", "PERM": "READONLY"}.get(kind, kind)
    text = _first_line(err).lower()
    for needle, kind in (("disk is full", "FULL"), ("readonly", "READONLY"), ("read-only", "READONLY"),
                         ("unable to open", "CANTOPEN"), ("malformed", "CORRUPT"), ("not a database", "CORRUPT"),
                         ("is locked", "BUSY"), ("disk i/o", "IOERR"), ("constraint failed", "CONSTRAINT")):
        if needle in text:
            return kind
    if isinstance(err, sqlite3.IntegrityError):
        return "CONSTRAINT"
    return "OTHER"


# --------------------------------------------------------------------------- SQLite

def sqlite_error(err: BaseException, path: Path | str | None) -> JiarenError:
    """What went wrong with the SQLite database file `path`, in plain words."""
    kind = _sqlite_kind(err)
    f = str(path or "")
    if kind == "IOERR" and f and _nearly_full(Path(f)):  # in WAL mode a full disk often fails as an I/O error
        kind = "FULL"
    if kind == "CONSTRAINT":
        return concurrent_write()
    if kind == "FULL":
        return JiarenError(
            f"磁盘空间已满，无法写入数据库文件“{f}”，本次操作没有保存。"
            "请清理这块磁盘（删除不需要的文件或旧备份）后重试。",
            f"The disk holding the database file '{f}' is full; nothing was saved. Free some space on it "
            "(delete unneeded files or old backups) and try again.")
    if kind == "READONLY":
        return JiarenError(
            f"数据库文件“{f}”是只读的（或所在的文件夹、磁盘不允许写入），本次操作没有保存。请取消文件的只读属性、"
            "检查文件夹的写入权限，或把数据库放到可写的位置。",
            f"The database file '{f}' is read-only (or its folder or disk cannot be written); nothing was saved. "
            "Clear the file's read-only flag, check the folder's permissions, or move the database somewhere "
            "writable.")
    if kind == "CANTOPEN":
        return _cannot_open(Path(f) if f else None)
    if kind == "CORRUPT":
        return JiarenError(
            f"无法打开 SQLite 数据库文件“{f}”：文件已损坏、不完整（例如复制中断的备份）或不是数据库。"
            "请换用完好的备份，或联系管理员。",
            f"Cannot open the SQLite database file '{f}': it is damaged, incomplete (e.g. a backup whose copy was "
            "cut off) or not a database. Use a sound backup, or ask your administrator.")
    if kind == "BUSY":
        return JiarenError(
            f"数据库文件“{f}”正被另一个程序长时间占用（例如另一个导入或备份正在写入），"
            "本次操作没有保存。请稍后重试。",
            f"The database file '{f}' is kept busy by another program (another import or a backup is writing); "
            "nothing was saved. Try again in a moment.")
    if kind == "IOERR":
        return JiarenError(
            f"读写数据库文件“{f}”时磁盘出错（U 盘或移动硬盘可能已拔出），本次操作没有保存。"
            "请检查磁盘后重试。",
            f"A disk error occurred reading or writing the database file '{f}' (a USB disk may have been "
            "removed); nothing was saved. Check the disk and try again.")
    return JiarenError(
        f"数据库文件“{f}”出错，本次操作没有保存。请运行 jiarenbase check 检查数据库，"
        "或联系管理员（加 --debug 可查看详情）。",
        f"The database file '{f}' reported an error; nothing was saved. Run jiarenbase check on it, or ask "
        "your administrator (--debug shows the details).")


NEARLY_FULL_BYTES = 4 * 1024 * 1024


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _cannot_open(path: Path | None) -> JiarenError:
    f = str(path or "")
    if path is not None and path.is_dir():
        return JiarenError(f"“{f}”是一个文件夹，不是数据库文件。"
                           f"请指定数据库文件本身（例如 {path / 'jiarenbase.sqlite3'}）。",
                           f"'{f}' is a folder, not a database file. Name the database file itself "
                           f"(e.g. {path / 'jiarenbase.sqlite3'}).")
    if path is not None and not path.parent.is_dir():
        return JiarenError(f"找不到数据库文件“{f}”所在的文件夹，请检查路径是否写错。",
                           f"The folder of the database file '{f}' does not exist; check the path.")
    return JiarenError(f"无法打开数据库文件“{f}”：没有读写这个文件或它所在文件夹的权限。"
                       "请检查权限，或把数据库放到可写的位置。",
                       f"Cannot open the database file '{f}': no permission to read and write it or its folder. "
                       "Check the permissions, or move the database somewhere writable.")


def concurrent_write() -> JiarenError:
    """A unique key taken by another desktop or import between our check and our write."""
    return JiarenError("另一位用户或另一个导入刚刚写入了相同的记录，本次操作没有保存。请刷新后重试。",
                       "Another user or import has just saved the same record; nothing was saved. "
                       "Refresh and try again.")


# --------------------------------------------------------------------------- PostgreSQL

_REFUSED = ("服务器拒绝连接（服务未启动，或端口不对）",
            "the connection was refused (the server is not running, or the port is wrong)")
_TIMEOUT = ("连接超时（服务器没有响应，或防火墙拦住了连接）",
            "the connection timed out (no answer, or a firewall blocks it)")
_PG_REASONS = (  # (words in psycopg's message, Chinese, English): why a connection failed
    ("password authentication failed", "", ""),
    ("connection refused", *_REFUSED),
    ("timeout expired", *_TIMEOUT),
    ("timed out", *_TIMEOUT),
    ("could not translate host name", "找不到这个服务器名称", "the server name is unknown"),
    ("name or service not known", "找不到这个服务器名称", "the server name is unknown"),
    ("no route to host", "网络不通，到不了这台服务器", "the network cannot reach the server"),
    ("network is unreachable", "网络不通，到不了这台服务器", "the network cannot reach the server"),
    ("the database system is starting up", "服务器正在启动，请稍等片刻", "the server is still starting up"),
    ("the database system is shutting down", "服务器正在关闭", "the server is shutting down"),
    ("too many clients", "服务器的连接数已满", "the server has too many connections"),
    ("ssl", "加密连接（SSL）设置不符", "the encrypted connection (SSL) settings do not match"),
)


def pg_reason(text: str) -> tuple[str, str]:
    """(Chinese, English) words for why a connection to PostgreSQL failed ("" when unknown)."""
    low = text.lower()
    for needle, zh, en in _PG_REASONS:
        if needle in low:
            return zh, en
    return "", ""


def _is_connection_failure(text: str) -> bool:
    low = text.lower()
    return any(w in low for w in ("connection failed", "could not connect", "connection refused",
                                  "connection to server", "password authentication", "timeout expired",
                                  "could not translate host name", "does not exist", "no route to host",
                                  "network is unreachable", "starting up", "shutting down", "too many clients",
                                  "server closed the connection"))


def postgres_error(err: BaseException, where: str, database: str, *, connecting: bool = False) -> JiarenError:
    """A PostgreSQL failure: a connection that was refused (`connecting`: the error
    was met while connecting), or a statement that failed."""
    text = _first_line(err)
    if type(err).__name__ in ("UniqueViolation", "IntegrityError", "ForeignKeyViolation") or \
            "violates unique constraint" in text:
        return concurrent_write()
    low = text.lower()
    if "password" in low or "authentication" in low:
        return JiarenError(f"PostgreSQL 服务器 {where} 拒绝登录：用户名或密码不正确。"
                           "请在 设置 → 数据库连接 中核对，或请管理员确认账号。",
                           f"The PostgreSQL server {where} refused the login: wrong user name or password. Check "
                           "them in Settings → Database, or ask your administrator.")
    if f'database "{database}" does not exist' in low:
        return JiarenError(f"PostgreSQL 服务器 {where} 上没有名为“{database}”的数据库，请先请管理员建好。",
                           f"The PostgreSQL server {where} has no database '{database}'; ask the admin to create it.")
    if connecting or _is_connection_failure(text):
        zh, en = pg_reason(text)
        return JiarenError(f"无法连接 PostgreSQL 服务器 {where}" + (f"：{zh}" if zh else "")
                           + "。请检查服务器地址和端口、服务器是否已开启、防火墙是否允许本机连接。",
                           f"Cannot reach the PostgreSQL server {where}" + (f": {en}" if en else "") + ". Check the "
                           "address and port, that the server is running and that its firewall lets this computer in.")
    return JiarenError(f"PostgreSQL 服务器 {where} 上的数据库出错，本次操作没有保存。"
                       "请重试；仍不行请联系管理员（加 --debug 可查看详情）。",
                       f"The database on the PostgreSQL server {where} reported an error; nothing was saved. Try "
                       "again, or ask your administrator (--debug shows the details).")


# --------------------------------------------------------------------------- files

def os_error(exc: OSError, path: Path | str | None = None, *, name: Path | str | None = None,
             saving: bool = False) -> JiarenError:
    """A file that could not be read or written (`saving`: could not be saved), in plain
    words: `name` if given, else the file the error names, else `path`."""
    f = str(name or exc.filename or path or "")
    zh, en, fix_zh, fix_en = _os_reason(exc)
    if saving:
        return JiarenError(f"无法保存“{f}”：{zh}。{fix_zh}。", f"Cannot save '{f}': {en}. {fix_en}.")
    return JiarenError(f"无法读写“{f}”：{zh}。{fix_zh}。", f"Cannot read or write '{f}': {en}. {fix_en}.")


def _os_reason(exc: OSError) -> tuple[str, str, str, str]:
    code = exc.errno
    if code == errno.ENOSPC:
        return ("磁盘空间已满", "the disk is full", "请清理这块磁盘（删除不需要的文件）后重试，或换一个位置",
                "free some space and try again, or choose another place")
    if code == errno.EROFS:
        return ("所在的磁盘是只读的（例如写保护的 U 盘或光盘）", "the disk is read-only (such as a write-protected USB "
                "disk or a CD)", "请换一个可写的位置（例如“文档”文件夹或桌面）",
                "choose a writable place (such as Documents or the desktop)")
    if isinstance(exc, IsADirectoryError):
        return "这是一个文件夹", "it is a folder", "请在路径后面加上文件名", "add a file name to the path"
    if isinstance(exc, FileExistsError):  # e.g. a folder to create where a file of that name is
        if exc.filename and Path(str(exc.filename)).is_file():
            return ("这是一个已有的文件，不是文件夹", "it is an existing file, not a folder",
                    "请另选一个文件夹名，或把这个文件改名", "choose another folder name, or rename that file")
        return ("已有同名的文件或文件夹", "a file or folder of that name exists", "请另选一个名称",
                "choose another name")
    if isinstance(exc, NotADirectoryError):
        return ("路径中有一段是文件而不是文件夹", "part of the path is a file, not a folder", "请检查路径",
                "check the path")
    if isinstance(exc, FileNotFoundError):
        return ("文件或它所在的文件夹不存在", "it or its folder does not exist",
                "请检查路径，或先建好文件夹", "check the path, or create the folder first")
    if isinstance(exc, PermissionError):
        return ("没有读写权限（文件可能是只读的，或正被其他程序打开）",
                "no permission (the file may be read-only or open in another program)",
                "请检查权限、关闭占用它的程序后重试，或换一个位置",
                "check the permissions, close the other program and try again, or choose another place")
    if code == errno.EIO:
        return ("磁盘出错（U 盘或移动硬盘可能已拔出）", "a disk error occurred (a USB disk may have been removed)",
                "请检查磁盘后重试", "check the disk and try again")
    return "读写时出错", "an error occurred", "请检查磁盘和路径后重试", "check the disk and the path, and try again"


# --------------------------------------------------------------------------- one entry point

def database_error(exc: BaseException, url: str, *, connecting: bool = False) -> JiarenError | None:
    """A database driver's error for the database at `url`, in plain words (None when
    `exc` is no driver error). `connecting`: met while opening the connection."""
    err = _driver_error(exc)
    if err is None:
        return None
    try:
        u = make_url(url) if url else None
    except ArgumentError:
        u = None
    if isinstance(err, sqlite3.Error) or (u is not None and u.get_backend_name() == "sqlite"):
        return sqlite_error(err, u.database if u is not None and u.get_backend_name() == "sqlite" else None)
    where = f"{u.host or 'localhost'}:{u.port or 5432}" if u is not None else ""
    connecting = connecting or (isinstance(exc, DBAPIError) and exc.statement is None)
    return postgres_error(err, where, (u.database or "") if u is not None else "", connecting=connecting)


def explain(exc: BaseException, *, database: str = "", output: Path | str | None = None) -> JiarenError | None:
    """`exc` in plain words, or None when it is not a failure a person can meet
    (a bug: the caller says it was unexpected). `database`: the database URL the
    command works on; `output`: the file it writes, for errors that name none."""
    if isinstance(exc, JiarenError):
        return exc
    if isinstance(exc, ImportError) and "psycopg" in str(exc):
        from .config import _psycopg_missing

        return _psycopg_missing()
    err = _driver_error(exc)
    if err is not None:
        if isinstance(err, sqlite3.Error) and not isinstance(exc, DBAPIError) and output and _sqlite_kind(err) in (
                "FULL", "READONLY", "CANTOPEN", "IOERR"):
            # raw sqlite3 is used to copy to or from files (backups): the file is the output
            return sqlite_error(err, output)
        return database_error(exc, database)
    if isinstance(exc, OSError):
        return os_error(exc, output, saving=_on_the_way_to(exc, output))
    return None


def _on_the_way_to(exc: OSError, output: Path | str | None) -> bool:
    """The error names the output file or a folder above it: it could not be saved."""
    if not output or not exc.filename:
        return False
    out = Path(output)
    return Path(str(exc.filename)) in (out, *out.parents)


# --------------------------------------------------------------------------- what is left

def scrub(text: str) -> str:
    """`text` cut to its first line, without SQL, parameters, ID numbers or phones:
    what an unexpected error may still say to a person."""
    line = next((x.strip() for x in text.splitlines() if x.strip()), "")
    for marker in ("[SQL:", "[parameters:", "[SQL parameters hidden", "(Background on this error"):
        line = line.split(marker)[0].strip()
    return mask_sensitive(line)[:300]
