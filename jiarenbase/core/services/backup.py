"""Backups as a service: who may back up, restore and check, with the audit trail."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..db import backup as backups
from ..db.check import Finding, check_database
from ..domain.enums import Role
from .common import STAFF, audit, require_role
from .context import Actor, Database

DEFAULT_KEEP = 10


def backup_now(db: Database, actor: Actor, folder: Path, reason: str = "manual",
               keep: int = DEFAULT_KEEP, progress: Callable[[int, int], None] | None = None) -> Path:
    """A backup in `folder`, keeping the newest `keep` there. Staff and admin.
    `progress` may raise to cancel; then no backup file is left behind."""
    require_role(actor, *STAFF, action_zh="备份数据库", action_en="back up the database")
    path = backups.backup(db.engine, Path(folder) / backups.default_backup_name(db.engine, reason), progress)
    backups.rotate(Path(folder), keep)
    with db.transaction() as s:
        audit(s, actor, "backup", "database", None, after={"file": str(path)})
    return path


def restore_from(db: Database, actor: Actor, source: Path, safety_folder: Path) -> Path:
    """Replace the database with a backup; the current data is saved first.
    Admin only. Returns the safety copy's path."""
    require_role(actor, Role.ADMIN, action_zh="恢复数据库", action_en="restore the database")
    safety = backups.backup(db.engine, Path(safety_folder) / backups.default_backup_name(db.engine,
                                                                                         "before-restore"))
    backups.restore(db.engine, Path(source))
    with db.transaction() as s:
        audit(s, actor, "restore", "database", None, after={"file": str(source), "safety_copy": str(safety)})
    return safety


def check(db: Database, actor: Actor) -> list[Finding]:
    require_role(actor, *STAFF, action_zh="检查数据库", action_en="check the database")
    return check_database(db.engine)
