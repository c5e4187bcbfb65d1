"""Opening a database the way the app and the command line both do: resolve the
location, refuse bad ones, migrate (after a backup) or create, seed the rooms."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from . import config
from .db import backup as backups
from .db.engine import create_engine
from .db.migrate import ensure_schema
from .paths import data_dir, database_url
from .services.context import Database
from .services.rooms import seed_rooms
from .services.sessions import seed_criteria


@dataclass(frozen=True)
class OpenedDatabase:
    db: Database
    data_dir: Path
    schema: str  # "created", "upgraded" or "current"
    backup_path: Path | None


def open_database(db_url: str | None = None, data: str | Path | None = None) -> OpenedDatabase:
    base = data_dir(data)
    engine = create_engine(database_url(db_url, base))
    made: list[Path] = []

    def before_upgrade() -> None:
        settings = config.load(base)  # the backup folder and count staff chose in 设置
        folder = settings.backup_path(base)
        made.append(backups.backup(engine, folder / backups.default_backup_name(engine, "before-upgrade")))
        backups.rotate(folder, settings.keep_backups)

    schema = ensure_schema(engine, before_upgrade)
    db = Database(engine)
    with db.transaction() as s:
        seed_rooms(s)
        seed_criteria(s)
    return OpenedDatabase(db, base, schema, made[0] if made else None)
