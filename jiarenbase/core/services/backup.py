"""Backups as a service: who may back up, restore and check, with the audit trail."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..db import backup as backups, restore as restoring, safety
from ..db.check import Finding, check_database
from ..db.migrate import ensure_schema
from ..db.restore import BackupContents
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


def backup_to(db: Database, actor: Actor, out: Path) -> Path:
    """A backup to a file of the caller's choosing (e.g. the nightly task's). Staff and admin."""
    require_role(actor, *STAFF, action_zh="备份数据库", action_en="back up the database")
    path = backups.backup(db.engine, Path(out))
    with db.transaction() as s:
        audit(s, actor, "backup", "database", None, after={"file": str(path)})
    return path


def restore_from(db: Database, actor: Actor, source: Path, backup_folder: Path,
                 confirm: Callable[[BackupContents], bool] | None = None) -> Path | None:
    """Replace the database with a verified backup. Admin only.

    The backup is checked first (restore.prepare: readable to the end, a JiarenBase
    database, a revision this version knows); `confirm(contents)` then sees what it
    holds (revision, rows per table) and may say no (→ None, nothing changed). The
    current data is saved as a safety copy in `backup_folder`/safety before the
    swap; the safety copy's path is returned. A failed swap leaves the database as
    it was and names the safety copy."""
    require_role(actor, Role.ADMIN, action_zh="恢复数据库", action_en="restore the database")
    with restoring.prepare(db.engine, Path(source)) as candidate:
        if confirm is not None and not confirm(candidate.contents):
            return None
        copy = safety.take(db.engine, backup_folder, safety.BEFORE_RESTORE)
        try:
            candidate.swap_in(db.engine)
        except restoring.RestoreFailed as exc:
            raise restoring.RestoreFailed(f"{exc.zh}恢复前的安全副本：{copy}",
                                          f"{exc.en} The safety copy from before the restore: {copy}") from exc
    # a backup from an older version is brought to this version's schema now (its own safety copy first)
    ensure_schema(db.engine, lambda _rev: safety.take(db.engine, backup_folder, safety.BEFORE_UPGRADE))
    with db.transaction() as s:
        audit(s, actor, "restore", "database", None, after={"file": str(source), "safety_copy": str(copy)})
    return copy


def check(db: Database, actor: Actor) -> list[Finding]:
    require_role(actor, *STAFF, action_zh="检查数据库", action_en="check the database")
    return check_database(db.engine)
