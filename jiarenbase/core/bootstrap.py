"""Opening a database the way the app and the command line both do: resolve the
location, refuse bad ones, migrate (after a safety copy) or create, seed the rooms.

A read-only caller passes create=False: a SQLite file that is not there is then
refused (DatabaseMissing) and nothing is created — a typo in --db must not give
an empty database that a scheduled backup would "successfully" back up.

A PostgreSQL address without a password gets it from the system's credential store
(core/credentials.py); when the server refuses, `ask_password` is asked — the
terminal by default (nothing without one), the desktop passes its dialog."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from . import config, credentials
from .credentials import AskPassword
from .db import safety
from .db.engine import create_engine, describe, sqlite_path
from .db.migrate import SchemaTooNew, ensure_schema, head_revision
from .errors import JiarenError
from .paths import data_dir, database_url
from .services.context import Database
from .services.rooms import seed_rooms
from .services.sessions import seed_criteria

log = logging.getLogger(__name__)


class DatabaseMissing(JiarenError):
    """A command that only reads was pointed at a SQLite file that does not exist."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(f"找不到数据库文件 {path}。请检查 --db（或 JIARENBASE_DB、数据目录）是否写错；"
                         "新建数据库请打开桌面程序，或运行 jiarenbase demo / import-roster / user add。",
                         f"Database file not found: {path}. Check --db (or JIARENBASE_DB, the data directory) "
                         "for a typo; to create a database open the desktop app or run jiarenbase demo / "
                         "import-roster / user add.")


class UpgradeFailed(JiarenError):
    def __init__(self, revision: str | None, copy: Path) -> None:
        head = head_revision()
        super().__init__(f"数据库结构升级失败（从结构版本 {revision or '无'} 升到 {head}）：数据库保持原样，未作改动。"
                         f"升级前的安全副本：{copy}。请把数据目录 logs 下的日志发给技术支持。",
                         f"The schema upgrade (from revision {revision or 'none'} to {head}) failed: the database "
                         f"was left as it was. The safety copy from before the upgrade: {copy}. Send the log in "
                         "the data directory's logs folder to support.")


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    data_dir: Path
    schema: str  # "created", "upgraded" or "current"
    backup_path: Path | None  # the safety copy taken before an upgrade

    @property
    def created(self) -> bool:
        return self.schema == "created"


def backup_folder(base: Path, create: bool = True) -> Path:
    """The backup folder chosen in 设置 (created unless `create` is False)."""
    settings = config.load(base)
    if create:
        return settings.backup_path(base)
    chosen = settings.backup_folder.strip()
    return Path(chosen).expanduser() if chosen else base / "backups"


def open_database(db_url: str | None = None, data: str | Path | None = None, create: bool = True,
                  ask_password: AskPassword | None = credentials.ask_on_terminal) -> OpenedDatabase:
    base = data_dir(data, create=create)
    credentials.move_plaintext_password(base)  # a settings file from before the keystore
    url = database_url(db_url, base)
    return credentials.open_with_password(url, ask_password, lambda u: _open(u, base, create))


def _open(url: str, base: Path, create: bool) -> OpenedDatabase:
    path = sqlite_path(url)
    if path is not None and not create and not path.exists():
        raise DatabaseMissing(path)
    engine = create_engine(url)
    where = str(path) if path is not None else describe(engine)
    made: list[tuple[str | None, Path]] = []

    def before_upgrade(revision: str | None) -> None:
        made.append((revision, safety.before_upgrade(engine, backup_folder(base), revision)))

    try:
        schema = ensure_schema(engine, before_upgrade, where)
    except SchemaTooNew as exc:
        engine.dispose()
        raise SchemaTooNew(exc.revision, where, safety.describe_copies(backup_folder(base, create=False))) from None
    except Exception as exc:
        engine.dispose()
        if not made:
            raise
        log.exception("Schema upgrade from %s failed", made[0][0])
        safety.start_failed(backup_folder(base), *made[0])
        raise UpgradeFailed(*made[0]) from exc
    if schema == "upgraded":
        safety.upgrade_done(backup_folder(base, create=False))
    elif schema == "created":
        log.info("Created a new database: %s", engine.url.render_as_string(hide_password=True))
    db = Database(engine)
    with db.transaction() as s:
        seed_rooms(s)
        seed_criteria(s)
    return OpenedDatabase(db, base, schema, made[0][1] if made else None)
