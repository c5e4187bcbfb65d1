"""Safety copies (安全副本): the data as it was just before a restore or a schema
upgrade replaced it.

They live in a folder of their own, `safety/` inside the backup folder, apart from
the rotating daily and manual backups: rotation never looks there (and never
deletes a `before-*` copy left in the backup folder by older versions either).
A start whose upgrade fails leaves a marker naming its copy, so later starts at
the same revision reuse that copy instead of piling up one per attempt; the
marker goes when an upgrade succeeds.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

from sqlalchemy.engine import Engine

from . import backup as backups

log = logging.getLogger(__name__)

SAFETY_DIR = "safety"
BEFORE_RESTORE = "before-restore"
BEFORE_UPGRADE = "before-upgrade"
REASONS = (BEFORE_RESTORE, BEFORE_UPGRADE)


def safety_folder(backup_folder: Path, create: bool = True) -> Path:
    folder = Path(backup_folder) / SAFETY_DIR
    if create:
        folder.mkdir(parents=True, exist_ok=True)
    return folder


def is_safety_copy(path: Path) -> bool:
    return any(f"-{reason}" in path.name for reason in REASONS)


def copies(backup_folder: Path) -> list[Path]:
    """Every safety copy, newest first (the safety folder, and the backup folder of older versions)."""
    found = [p for folder in (safety_folder(backup_folder, create=False), Path(backup_folder)) if folder.is_dir()
             for p in folder.glob("jiarenbase-*") if is_safety_copy(p) and p.name.endswith(backups.BACKUP_SUFFIXES)]
    return sorted(found, key=lambda p: p.name.split("-", 1)[1], reverse=True)


def describe_copies(backup_folder: Path) -> str:
    """Where the safety copies are, for a message: the folder and the newest copy."""
    found = copies(backup_folder)
    folder = safety_folder(backup_folder, create=False)
    return f"{folder}（最新：{found[0].name}）" if found else str(folder)


def take(engine: Engine, backup_folder: Path, reason: str) -> Path:
    """A safety copy of the database as it is now."""
    folder = safety_folder(backup_folder)
    return backups.backup(engine, folder / backups.default_backup_name(engine, reason))


def _marker(backup_folder: Path, revision: str | None) -> Path:
    return safety_folder(backup_folder, create=False) / f"failed-start-{revision or 'base'}.txt"


def before_upgrade(engine: Engine, backup_folder: Path, revision: str | None) -> Path:
    """The copy before upgrading from `revision`: the one an earlier failed start at the
    same revision took, when there is one; else a new one."""
    marker = _marker(backup_folder, revision)
    try:
        earlier = marker.parent / marker.read_text(encoding="utf-8").strip()
    except OSError:
        earlier = None
    if earlier is not None and earlier.name and earlier.is_file():
        log.info("Upgrade from %s failed before; its safety copy %s is kept and reused", revision, earlier)
        return earlier
    return take(engine, backup_folder, BEFORE_UPGRADE)


def start_failed(backup_folder: Path, revision: str | None, copy: Path) -> None:
    """Remember that the upgrade from `revision` failed after `copy` was taken."""
    marker = _marker(backup_folder, revision)
    tmp = marker.with_name(marker.name + ".part")
    try:
        tmp.write_text(copy.name, encoding="utf-8")
        os.replace(tmp, marker)
    except OSError:
        log.warning("Could not note the failed start in %s", marker, exc_info=True)


def upgrade_done(backup_folder: Path) -> None:
    folder = safety_folder(backup_folder, create=False)
    for marker in folder.glob("failed-start-*.txt") if folder.is_dir() else ():
        marker.unlink(missing_ok=True)
