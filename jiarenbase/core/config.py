"""The per-desktop settings file (本机设置): `config.json` in the data directory.

What one desktop remembers for itself — which database to open, where backups go
and how many to keep, the report font, when an idle desktop locks (the desktop
settings: admin only, changed through services/desktop_settings.py) — and the look
of the sign-in window (theme, language, font size: the last signed-in person's own
settings, services/personal_settings.py). Settings shared by every desktop live in
the database (`Setting`); these do not, because they decide *which* database.

The PostgreSQL password is never written here: it lives in the operating system's
credential store (core/credentials.py), and `save` refuses an address that holds one.

The file is written atomically (a temporary file in the same folder, then a
rename), so a crash mid-save leaves the old settings intact. A missing or broken
file gives the defaults; the start never fails on it.
"""
from __future__ import annotations

import importlib
import json
import logging
import os
import tempfile
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from . import errors_plain
from .db.engine import create_engine, describe, is_network_path, refuse_network_sqlite, sqlite_path
from .errors import JiarenError, Problem, ValidationError
from .paths import CONFIG_FILENAME, DB_FILENAME, backups_dir

log = logging.getLogger(__name__)

THEMES = ("light", "dark")
LANGUAGES = ("zh", "en")
FONT_SIZES = ("small", "standard", "large", "xlarge")  # 小 / 标准 / 大 / 特大 (gui/theme.py: pixels)
KEEP_MIN, KEEP_MAX = 1, 100
CONNECT_TIMEOUT_S = 5

# The fields' Chinese labels, as ValidationError.problems name them (the settings
# page puts each message under its field).
FIELD_THEME = "主题"
FIELD_LANG = "界面语言"
FIELD_DB = "数据库连接"
FIELD_BACKUP_FOLDER = "备份文件夹"
FIELD_KEEP = "保留备份数"
FIELD_BACKUP_AGE = "备份最长间隔天数"
BACKUP_AGE_MIN, BACKUP_AGE_MAX = 1, 365
FIELD_REPORT_FONT = "报表字体文件"
FIELD_FONT_SIZE = "字号"
FIELD_IDLE_LOCK = "无操作自动锁定"
IDLE_LOCK_MIN, IDLE_LOCK_MAX = 0, 240


@dataclass(frozen=True)
class AppConfig:
    theme: str = "light"  # light | dark
    lang: str = "zh"  # zh | en
    db_url: str = ""  # "" = the SQLite file in the data directory; a file path or an SQLAlchemy URL
    backup_folder: str = ""  # "" = <data dir>/backups
    keep_backups: int = 10
    backup_max_age_days: int = 7  # `jiarenbase check` fails when the last good backup is older
    report_font: str = ""  # "" = found automatically (core/reports/fonts.py); else a .ttf/.ttc file
    idle_lock_minutes: int = 30  # the desktop locks to the sign-in window after this long idle; 0 = never
    font_size: str = "standard"  # of the sign-in window: the last signed-in person's (FONT_SIZES)

    def with_(self, **changes: Any) -> AppConfig:
        return replace(self, **changes)

    def database_url(self, data_dir: Path) -> str:
        """The URL this configuration opens (without the --db / JIARENBASE_DB overrides)."""
        return normalise_url(self.db_url) or default_database_url(data_dir)

    def backup_path(self, data_dir: Path) -> Path:
        """The backup folder, created if missing."""
        if self.backup_folder.strip():
            path = Path(self.backup_folder.strip()).expanduser()
            path.mkdir(parents=True, exist_ok=True)
            return path
        return backups_dir(Path(data_dir))


def config_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / CONFIG_FILENAME


def default_database_url(data_dir: Path | str) -> str:
    return "sqlite:///" + str(Path(data_dir) / DB_FILENAME)


def normalise_url(raw: str) -> str:
    """"" stays ""; a bare file path becomes an sqlite URL; a URL is kept."""
    raw = (raw or "").strip()
    if not raw:
        return ""
    if "://" in raw:
        return raw
    if is_network_path(raw):  # resolve() would make //server/share local on POSIX
        return "sqlite:///" + raw
    return "sqlite:///" + str(Path(raw).expanduser().resolve())


def is_postgres(url: str) -> bool:
    try:
        return make_url(normalise_url(url)).get_backend_name() == "postgresql"
    except ArgumentError:
        return False


def split_password(url: str) -> tuple[str, str]:
    """(address without the password, password) — the settings page shows the
    password in a masked field of its own. An unparsable text is returned as is."""
    try:
        u = make_url(url)
    except ArgumentError:
        return url, ""
    return u._replace(password=None).render_as_string(hide_password=False), u.password or ""


def join_password(url: str, password: str) -> str:
    """The address with `password` put in (unchanged when there is none or the
    address cannot be parsed)."""
    if not password:
        return url
    try:
        return make_url(url).set(password=password).render_as_string(hide_password=False)
    except ArgumentError:
        return url


def password_in(url: str) -> bool:
    """True when the address carries a password."""
    try:
        return bool(make_url(normalise_url(url)).password) if "://" in (url or "") else False
    except ArgumentError:
        return False


def same_database(a: str, b: str) -> bool:
    """The same server, user and database (a password makes no difference)."""
    try:
        return make_url(normalise_url(a))._replace(password=None) == make_url(normalise_url(b))._replace(password=None)
    except ArgumentError:
        return a == b


# --------------------------------------------------------------------------- load / save

def load(data_dir: Path | str) -> AppConfig:
    """The saved settings; defaults for a missing or unreadable file and for any
    value that is not valid (each such value is logged)."""
    path = config_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return AppConfig()
    except (OSError, ValueError) as exc:
        log.warning("Settings file %s unreadable (%s); using the defaults.", path, exc)
        return AppConfig()
    if not isinstance(raw, dict):
        log.warning("Settings file %s does not hold an object; using the defaults.", path)
        return AppConfig()
    config = AppConfig()
    for f in fields(AppConfig):
        if f.name not in raw:
            continue
        candidate = config.with_(**{f.name: raw[f.name]})
        if _field_problems(candidate, f.name):
            log.warning("Settings file %s: %s=%r is not valid; using the default.", path, f.name, raw[f.name])
        else:
            config = candidate
    return config


def save(data_dir: Path | str, config: AppConfig) -> Path:
    """Validate, then write atomically. Raises ValidationError naming each bad field,
    and for a database address that holds a password (it belongs in the keystore).

    A low-level writer: who may change which setting is decided by the services
    (desktop_settings for the admin's, personal_settings for everyone's look)."""
    validate(config)
    if password_in(config.db_url):
        raise ValidationError(Problem(
            FIELD_DB, "数据库密码不写入设置文件，请在 设置 → 数据库连接 的“密码”栏填写（保存在系统密码库中）。",
            "the database password is not written to the settings file; enter it in Settings → Database "
            "connection → Password (it is kept in the system's credential store).", "database"))
    return write_atomic(config_path(data_dir), asdict(config))


def update(data_dir: Path | str, **changes: Any) -> Path:
    """Change only `changes` in the settings file and keep every other entry as it is
    (the look of the sign-in window after a person changed theme or language)."""
    validate_fields(load(data_dir).with_(**changes), changes)
    path = config_path(data_dir)
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    raw = raw if isinstance(raw, dict) else {}
    raw.update(changes)
    return write_atomic(path, raw)


def write_atomic(path: Path, content: dict[str, Any]) -> Path:
    """`content` as JSON into `path`: a temporary file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    data = json.dumps(content, ensure_ascii=False, indent=2) + "\n"
    fd, tmp = tempfile.mkstemp(prefix=".config-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


# --------------------------------------------------------------------------- validation

def validate(config: AppConfig) -> None:
    validate_fields(config, [f.name for f in fields(AppConfig)])


def validate_fields(config: AppConfig, names: Iterable[str]) -> None:
    """ValidationError naming each of `names` whose value is not valid."""
    problems = [p for name in names for p in _field_problems(config, name)]
    if problems:
        raise ValidationError(problems)


def _field_problems(config: AppConfig, name: str) -> list[Problem]:
    value = getattr(config, name)
    if name == "theme" and value not in THEMES:
        return [Problem(FIELD_THEME, "请选择浅色或深色。", "choose light or dark.", "theme")]
    if name == "lang" and value not in LANGUAGES:
        return [Problem(FIELD_LANG, "请选择中文或 English。", "choose 中文 or English.", "language")]
    if name == "db_url":
        return _db_url_problems(value)
    if name == "backup_folder":
        return _backup_folder_problems(value)
    if name == "keep_backups" and not _whole_number_in(value, KEEP_MIN, KEEP_MAX):
        return [Problem(FIELD_KEEP, f"应为 {KEEP_MIN}–{KEEP_MAX} 之间的整数。",
                        f"must be a whole number from {KEEP_MIN} to {KEEP_MAX}.", "backups to keep")]
    if name == "backup_max_age_days" and not _whole_number_in(value, BACKUP_AGE_MIN, BACKUP_AGE_MAX):
        return [Problem(FIELD_BACKUP_AGE, f"应为 {BACKUP_AGE_MIN}–{BACKUP_AGE_MAX} 之间的整数。",
                        f"must be a whole number from {BACKUP_AGE_MIN} to {BACKUP_AGE_MAX}.",
                        "maximum days between backups")]
    if name == "report_font":
        return _report_font_problems(value)
    if name == "font_size" and value not in FONT_SIZES:
        return [Problem(FIELD_FONT_SIZE, "请选择小、标准、大或特大。", "choose small, standard, large or extra large.",
                        "font size")]
    if name == "idle_lock_minutes" and not _whole_number_in(value, IDLE_LOCK_MIN, IDLE_LOCK_MAX):
        return [Problem(FIELD_IDLE_LOCK, f"应为 {IDLE_LOCK_MIN}–{IDLE_LOCK_MAX} 之间的整数（分钟，0 表示从不锁定）。",
                        f"must be a whole number of minutes from {IDLE_LOCK_MIN} to {IDLE_LOCK_MAX} (0 = never).",
                        "lock when idle")]
    return []


def _whole_number_in(value: Any, low: int, high: int) -> bool:
    """An int (not a bool, which is an int in Python) from low to high."""
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _report_font_problems(value: Any) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(FIELD_REPORT_FONT, "应为字体文件的路径。", "must be a font file's path.", "report font")]
    if not value.strip():
        return []
    path = Path(value.strip()).expanduser()
    if path.suffix.lower() not in (".ttf", ".ttc"):
        return [Problem(FIELD_REPORT_FONT, "请选择 TrueType 字体文件（.ttf 或 .ttc，如 C:\\Windows\\Fonts\\msyh.ttc）；"
                        ".otf 字体无法嵌入 PDF。", "choose a TrueType font file (.ttf or .ttc); .otf fonts cannot "
                        "be embedded.", "report font")]
    if not path.is_file():
        return [Problem(FIELD_REPORT_FONT, f"找不到文件 {path}，请重新选择或留空（自动选择）。",
                        f"{path} does not exist; choose another file or leave it empty (automatic).", "report font")]
    return []


def _db_url_problems(value: Any) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(FIELD_DB, "数据库地址应为文字。", "must be text.", "database")]
    url = normalise_url(value)
    if not url:
        return []
    try:
        u = make_url(url)
    except ArgumentError:
        return [Problem(FIELD_DB, "地址格式不正确，应为 SQLite 文件路径或 postgresql://用户名@服务器:5432/数据库名。",
                        "not a valid address: use an SQLite file path or postgresql://user@server:5432/database.",
                        "database")]
    backend = u.get_backend_name()
    if backend not in ("sqlite", "postgresql"):
        return [Problem(FIELD_DB, f"不支持“{backend}”数据库，请使用 SQLite 或 PostgreSQL。",
                        f"'{backend}' is not supported; use SQLite or PostgreSQL.", "database")]
    if backend == "postgresql" and not (u.host and u.database):
        return [Problem(FIELD_DB, "PostgreSQL 地址缺少服务器或数据库名，例如 postgresql://jiaren@192.168.1.10:5432/jiarenbase。",
                        "the PostgreSQL address needs a server and a database, "
                        "e.g. postgresql://jiaren@192.168.1.10:5432/jiarenbase.", "database")]
    if backend == "sqlite":
        if sqlite_path(url) is None:
            return [Problem(FIELD_DB, "请填写数据库文件的路径。", "enter the database file's path.", "database")]
        try:
            refuse_network_sqlite(url)
        except JiarenError as exc:
            return [Problem(FIELD_DB, exc.zh, exc.en, "database")]
    return []


def _backup_folder_problems(value: Any) -> list[Problem]:
    if not isinstance(value, str):
        return [Problem(FIELD_BACKUP_FOLDER, "应为文件夹路径。", "must be a folder path.", "backup folder")]
    if not value.strip():
        return []
    path = Path(value.strip()).expanduser()
    if not path.is_absolute():
        return [Problem(FIELD_BACKUP_FOLDER, "请填写完整路径（例如 D:\\备份\\实训基地），或点“浏览…”选择。",
                        "enter a full path (e.g. D:\\Backups\\JiarenBase) or choose one with Browse….",
                        "backup folder")]
    if path.exists() and not path.is_dir():
        return [Problem(FIELD_BACKUP_FOLDER, f"“{path}”是一个文件，不是文件夹。", f"'{path}' is a file, not a folder.",
                        "backup folder")]
    return []


# --------------------------------------------------------------------------- connection test

def test_connection(url: str, lang: str = "zh") -> str:
    """Open the database at `url` and run SELECT 1. Returns what was reached (e.g.
    "PostgreSQL: server:5432/jiarenbase (16.2)"); raises JiarenError saying in plain
    words why not. A SQLite file that does not exist yet is not created."""
    url = normalise_url(url)
    problems = _db_url_problems(url)
    if not url:
        raise JiarenError("请先填写数据库地址。", "Enter the database address first.")
    if problems:  # the message alone: the button sits beside the field already
        raise JiarenError(problems[0].zh, problems[0].en)
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        return _test_sqlite(url, lang)
    _require_psycopg()
    engine = create_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            version = conn.execute(text("SHOW server_version")).scalar() or ""
    except Exception as exc:  # turned into a message below
        raise connection_error(exc, url) from exc
    finally:
        engine.dispose()
    return f"{describe(engine)} ({version.split()[0]})" if version else describe(engine)


test_connection.__test__ = False  # type: ignore[attr-defined] # not a pytest test when imported


def _test_sqlite(url: str, lang: str) -> str:
    path = sqlite_path(url)
    assert path is not None  # checked by _db_url_problems
    if not path.exists():
        folder = next((p for p in (path.parent, *path.parent.parents) if p.exists()), None)
        if folder is None or not folder.is_dir() or not os.access(folder, os.W_OK):
            raise JiarenError(f"无法在“{path.parent}”中新建数据库文件：文件夹不存在或没有写入权限。",
                              f"Cannot create the database file in '{path.parent}': the folder is missing "
                              "or not writable.")
        note = ("文件尚不存在，下次启动时将新建空数据库" if lang != "en"
                else "the file does not exist yet; an empty database is created at the next start")
        return f"SQLite: {path} — {note}"
    if path.is_dir():
        raise JiarenError(f"“{path}”是一个文件夹，请选择数据库文件。",
                          f"'{path}' is a folder; choose the database file.")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
            tables = conn.execute(text("SELECT count(*) FROM sqlite_master WHERE type = 'table'")).scalar() or 0
    except Exception as exc:
        raise connection_error(exc, url) from exc
    finally:
        engine.dispose()
    return describe(engine) + (f" — {tables} 个表" if lang != "en" else f" — {tables} tables")


def _require_psycopg() -> None:
    try:
        importlib.import_module("psycopg")
    except ImportError as exc:
        raise _psycopg_missing() from exc


def _psycopg_missing() -> JiarenError:
    return JiarenError("本机没有安装 PostgreSQL 驱动（psycopg），无法连接 PostgreSQL。请安装完整版 JiarenBase，"
                       "或执行 pip install \"psycopg[binary]\"。",
                       "The PostgreSQL driver (psycopg) is not installed; install the full JiarenBase "
                       "package or run pip install \"psycopg[binary]\".")


def connection_error(exc: BaseException, url: str) -> JiarenError:
    """A database error met while connecting, said in plain words. The app uses it
    for a database that cannot be opened at start-up."""
    if isinstance(exc, JiarenError):
        return exc
    if isinstance(exc, ImportError):
        return _psycopg_missing()
    try:
        u = make_url(normalise_url(url))
    except ArgumentError:
        return JiarenError(f"数据库地址格式不正确：{url}", f"Not a valid database address: {url}")
    # plain words from the kind of failure (errors_plain), never the driver's English text
    connecting = getattr(exc, "statement", None) is None  # not yet running a statement of ours
    plain = errors_plain.database_error(exc, u.render_as_string(hide_password=True), connecting=connecting)
    if plain is not None:
        return plain
    if u.get_backend_name() == "sqlite":
        return errors_plain.sqlite_error(exc, u.database)
    where = f"{u.host or 'localhost'}:{u.port or 5432}"
    return errors_plain.postgres_error(exc, where, u.database or "", connecting=connecting)
