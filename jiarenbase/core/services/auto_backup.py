"""Automatic backups (自动备份): the first start of each day makes one.

Qt-free: the desktop calls `daily_backup` once the database is open (the backup
before a schema upgrade is bootstrap's). The backup goes to the folder chosen in
设置 (AppConfig.backup_path) and rotation keeps the newest AppConfig.keep_backups
there. It never stops the start: when it cannot be made (e.g. pg_dump is not
installed for a PostgreSQL database, or the folder is not writable) the result
carries the reason for the status bar and the log.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import config
from ..db import backup as backups
from ..errors import JiarenError
from .common import audit
from .context import Actor, Database

log = logging.getLogger(__name__)

DAILY = "daily"


@dataclass(frozen=True)
class DailyBackup:
    path: Path | None  # the backup made now; None when there was one today already or it failed
    problem: JiarenError | None = None  # why it could not be made (zh/en), for the status bar

    @property
    def made(self) -> bool:
        return self.path is not None


def made_today(folder: Path, suffix: str, now: datetime) -> Path | None:
    """Today's automatic backup in `folder`, if there is one."""
    return next(iter(sorted(Path(folder).glob(f"jiarenbase-{now:%Y%m%d}-*-{DAILY}{suffix}"))), None)


def daily_backup(db: Database, data_dir: Path | str, now: datetime | None = None) -> DailyBackup:
    """Back up the database unless today's automatic backup exists; rotate. Safe to
    run on a worker thread while the app is in use (SQLite's online backup API;
    pg_dump takes a consistent snapshot)."""
    now = now or datetime.now()
    settings = config.load(data_dir)
    try:
        folder = settings.backup_path(Path(data_dir))
        if made_today(folder, backups.backup_suffix(db.engine), now) is not None:
            return DailyBackup(None)
        path = backups.backup(db.engine, folder / backups.default_backup_name(db.engine, DAILY, now))
        backups.rotate(folder, settings.keep_backups)
        with db.transaction() as s:
            audit(s, Actor.system(), "backup", "database", None, after={"file": str(path), "reason": DAILY})
    except JiarenError as exc:
        log.warning("Automatic backup not made: %s", exc.en)
        return DailyBackup(None, exc)
    except OSError as exc:
        log.warning("Automatic backup not made: %s", exc)
        return DailyBackup(None, JiarenError(f"自动备份未能完成：无法写入备份文件夹（{exc.strerror or exc}）。"
                                             "请在 设置 → 备份文件夹 中选择一个可写的文件夹。",
                                             f"The automatic backup failed: the backup folder is not writable "
                                             f"({exc.strerror or exc}). Choose another folder in Settings."))
    log.info("Automatic backup %s", path)
    return DailyBackup(path)
