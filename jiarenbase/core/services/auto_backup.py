"""Automatic backups (自动备份): the first start of each day makes one, and a
backup that fails is said loudly.

Qt-free: the desktop calls `daily_backup` once the database is open (the safety
copy before a schema upgrade is bootstrap's). The backup goes to the folder chosen
in 设置 (AppConfig.backup_path) and rotation keeps the newest AppConfig.keep_backups
there. It never stops the start, but it is never silent either: the outcome is
written to `backup-status.json` in the data directory, so that the next start can
say "最近一次自动备份失败：…，上次成功备份：日期" even after the app was closed,
and `jiarenbase check` reports the age of the last good backup (from the audit log,
shared by every desktop, and this file) and fails once it is older than
AppConfig.backup_max_age_days.
"""
from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from .. import config
from ..db import backup as backups
from ..db.check import Finding
from ..db.models import AuditEntry, LiveRoom
from ..errors import JiarenError
from .common import audit
from .context import Actor, Database

log = logging.getLogger(__name__)

DAILY = "daily"
STATUS_FILE = "backup-status.json"


@dataclass(frozen=True)
class BackupFailure:
    """The last automatic backup that failed: when, and why (zh/en)."""

    at: datetime
    zh: str
    en: str

    def text(self, lang: str = "zh") -> str:
        return self.en if lang == "en" else self.zh


@dataclass(frozen=True)
class DailyBackup:
    path: Path | None  # the backup made now; None when there was one today already or it failed
    problem: JiarenError | None = None  # why it could not be made (zh/en), for the status bar
    previous_failure: BackupFailure | None = None  # the automatic backup before this start had failed
    last_success: datetime | None = None  # the newest good backup before this start's (local time)

    @property
    def made(self) -> bool:
        return self.path is not None


def _when(at: datetime | None, lang: str) -> str:
    if at is None:
        return "无" if lang != "en" else "none"
    return at.strftime("%Y-%m-%d %H:%M")


def _split(text: str, lang: str) -> tuple[str, str]:
    """(what went wrong, what to do): the first sentence without its "备份失败：" lead, and the rest."""
    stop = "。" if lang != "en" else ". "
    head, _, rest = text.partition(stop)
    for lead in ("自动备份未能完成：", "备份失败：", "The automatic backup failed: ", "The backup failed: "):
        head = head.removeprefix(lead)
    return head.rstrip("。."), rest.strip()


def failure_notice(result: DailyBackup, lang: str = "zh") -> str | None:
    """The next start's message about the automatic backup that failed before it:
    "最近一次自动备份失败：…，上次成功备份：日期", then what to do."""
    failed = result.previous_failure
    if failed is None:
        return None
    reason, advice = _split(failed.text(lang), lang)
    if lang == "en":
        return (f"The last automatic backup failed: {reason} ({failed.at:%Y-%m-%d %H:%M}); last good backup: "
                f"{_when(result.last_success, lang)}.\n{advice}").strip()
    return (f"最近一次自动备份失败：{reason}（{failed.at:%Y-%m-%d %H:%M}），"
            f"上次成功备份：{_when(result.last_success, lang)}。\n{advice}").strip()


def failure_warning(result: DailyBackup, lang: str = "zh") -> str | None:
    """The status bar's lasting warning when this start's backup failed (the whole
    message, with what to do, is its tooltip: `result.problem`)."""
    if result.problem is None:
        return None
    reason, _advice = _split(result.problem.text(lang), lang)
    if lang == "en":
        return f"Automatic backup failed: {reason}. Last good backup: {_when(result.last_success, lang)}"
    return f"自动备份失败：{reason}。上次成功备份：{_when(result.last_success, lang)}"


# --------------------------------------------------------------------------- the status file

def _status_path(data_dir: Path | str) -> Path:
    return Path(data_dir) / STATUS_FILE


def _read_status(data_dir: Path | str) -> dict:
    try:
        raw = json.loads(_status_path(data_dir).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _write_status(data_dir: Path | str, status: dict) -> None:
    path = _status_path(data_dir)
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_text(json.dumps(status, ensure_ascii=False, indent=2), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:  # the disk that refused the backup may refuse this too: the log has it
        log.warning("Could not write %s", path, exc_info=True)
        tmp.unlink(missing_ok=True)


def _parse(text: object) -> datetime | None:
    try:
        return datetime.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def last_failure(data_dir: Path | str) -> BackupFailure | None:
    failed = _read_status(data_dir).get("last_failure")
    if not isinstance(failed, dict) or _parse(failed.get("at")) is None:
        return None
    return BackupFailure(_parse(failed["at"]), str(failed.get("zh", "")), str(failed.get("en", "")))


def _local(utc_naive: datetime | None) -> datetime | None:
    if utc_naive is None:
        return None
    return utc_naive.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def last_good_backup(db: Database, data_dir: Path | str | None = None) -> datetime | None:
    """When the newest good backup was made (local time): the audit log's newest
    backup (any desktop, any kind) or this desktop's status file, whichever is newer."""
    with db.read() as s:
        audited = _local(s.scalar(select(func.max(AuditEntry.at)).where(AuditEntry.action == "backup")))
    noted = _parse(_read_status(data_dir).get("last_success")) if data_dir is not None else None
    return max((t for t in (audited, noted) if t is not None), default=None)


# --------------------------------------------------------------------------- the daily backup

def made_today(folder: Path, suffix: str, now: datetime) -> Path | None:
    """Today's automatic backup in `folder`, if there is one."""
    return next(iter(sorted(Path(folder).glob(f"jiarenbase-{now:%Y%m%d}-*-{DAILY}{suffix}"))), None)


def daily_backup(db: Database, data_dir: Path | str, now: datetime | None = None) -> DailyBackup:
    """Back up the database unless today's automatic backup exists; rotate. Safe to
    run on a worker thread while the app is in use (SQLite's online backup API;
    pg_dump takes a consistent snapshot). Never raises: a failure is the result's
    `problem`, and is remembered for the next start."""
    now = now or datetime.now()
    previous = last_failure(data_dir)
    try:
        last_success = last_good_backup(db, data_dir)
    except Exception:  # noqa: BLE001 - only for the message; the backup below says what is wrong
        last_success = None
    try:
        settings = config.load(data_dir)
        folder = settings.backup_path(Path(data_dir))
        if made_today(folder, backups.backup_suffix(db.engine), now) is not None:
            return DailyBackup(None, None, previous, last_success)
        path = backups.backup(db.engine, folder / backups.default_backup_name(db.engine, DAILY, now))
        backups.rotate(folder, settings.keep_backups)
        with db.transaction() as s:
            audit(s, Actor.system(), "backup", "database", None, after={"file": str(path), "reason": DAILY})
    except Exception as exc:  # noqa: BLE001 - every failure is said, none stops the start
        problem = _problem(exc, data_dir)
        _write_status(data_dir, {**_read_status(data_dir), "last_failure": {
            "at": now.isoformat(timespec="seconds"), "zh": problem.zh, "en": problem.en}})
        return DailyBackup(None, problem, previous, last_success)
    _write_status(data_dir, {"last_success": now.isoformat(timespec="seconds"), "last_file": str(path)})
    log.info("Automatic backup %s", path)
    return DailyBackup(path, None, previous, last_success)


def _problem(exc: Exception, data_dir: Path | str) -> JiarenError:
    if isinstance(exc, JiarenError):
        log.warning("Automatic backup not made: %s", exc.en)
        return exc
    log.warning("Automatic backup not made", exc_info=True)
    if isinstance(exc, OSError):  # e.g. the backup folder cannot be made
        folder = Path(getattr(exc, "filename", None) or Path(data_dir) / "backups")
        return backups.BackupFailed(folder / "backup", exc)
    return JiarenError("自动备份未能完成（详见数据目录 logs 下的日志）。请在 文件 → 立即备份 中再试一次。",
                       "The automatic backup failed (see the log in the data directory's logs folder). "
                       "Try File → Back up now.")


# --------------------------------------------------------------------------- for `jiarenbase check`

def backup_age(db: Database, data_dir: Path | str, max_days: int | None = None,
               now: datetime | None = None) -> Finding:
    """How old the last good backup is; not ok once older than `max_days`
    (AppConfig.backup_max_age_days). A database younger than that which was never
    backed up yet is fine; an older one is not."""
    now = now or datetime.now()
    limit = max_days if max_days is not None else config.load(data_dir).backup_max_age_days
    last = last_good_backup(db, data_dir)
    if last is None:  # how long the database has been in use: its first audit entry or its rooms (seeded at once)
        with db.read() as s:
            first = min((t for t in (_local(s.scalar(select(func.min(AuditEntry.at)))),
                                     _local(s.scalar(select(func.min(LiveRoom.created_at))))) if t is not None),
                        default=None)
        days = max((now.date() - first.date()).days, 0) if first is not None else 0
        ok = days <= limit
        return Finding(ok, f"最近一次成功备份：从未备份（数据库已使用 {days} 天" + ("）" if ok else
                           f"，超过 {limit} 天）。请立即备份：jiarenbase backup，或在桌面程序中 文件 → 立即备份"),
                       f"Last good backup: never (the database is {days} days old" + (")" if ok else
                           f", more than {limit}). Back up now: jiarenbase backup, or File → Back up now"))
    age = now - last
    days = max((now.date() - last.date()).days, 0)
    ok = age <= timedelta(days=limit)
    return Finding(ok, f"最近一次成功备份：{last:%Y-%m-%d %H:%M}（{days} 天前" + ("）" if ok else
                       f"，超过 {limit} 天）。请立即备份：jiarenbase backup，并检查自动备份或计划任务"),
                   f"Last good backup: {last:%Y-%m-%d %H:%M} ({days} days ago" + (")" if ok else
                       f", more than {limit}). Back up now: jiarenbase backup, and check the automatic or "
                       "scheduled backups"))
