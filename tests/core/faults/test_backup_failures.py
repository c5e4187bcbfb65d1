"""Backups that fail are loud (issue 14, item 5), on SQLite and PostgreSQL.

- an automatic backup that fails says why in Chinese, leaves no ".part" or
  ".part-journal", and is remembered: the next start's result carries it, with the
  date of the last good backup, for the dialog "最近一次自动备份失败：…，上次成功备份：…";
- a real full disk (the file-size limit of the process, so that writes fail as on a
  full disk) fails the backup in plain words and leaves the live data as it was;
- `check` reports the age of the last good backup and fails once it is older than
  the setting (7 days by default).
"""
from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jiarenbase.core import config
from jiarenbase.core.db import backup as backups
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import auto_backup
from jiarenbase.core.services.auto_backup import backup_age, daily_backup, failure_notice, failure_warning


def _unwritable_folder(tmp_path: Path) -> Path:
    """A backup folder that cannot be made: its parent is a file (root can write anywhere else)."""
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    return blocker / "backups"


def test_a_failed_automatic_backup_is_said_now_and_at_the_next_start(db, backend, data_dir, tmp_path):
    build_demo(db, students=8, seed=2)
    good = daily_backup(db, data_dir, datetime(2025, 6, 2, 8, 0))
    assert good.made and good.previous_failure is None
    good_at = auto_backup.last_good_backup(db, data_dir)
    before = backups.content_digests(db.engine)

    config.save(data_dir, config.AppConfig(backup_folder=str(_unwritable_folder(tmp_path))))
    failed = daily_backup(db, data_dir, datetime(2025, 6, 3, 8, 0))
    assert not failed.made and failed.problem is not None
    assert "备份失败" in failed.problem.zh and "设置 → 备份文件夹" in failed.problem.zh
    assert "directory" not in failed.problem.zh  # not the operating system's English
    warning = failure_warning(failed, "zh")
    last_good = f"上次成功备份：{good_at:%Y-%m-%d %H:%M}"  # the audit log's time of the good backup
    assert warning.startswith("自动备份失败：") and last_good in warning
    assert backups.content_digests(db.engine) == before  # a failed backup changes nothing

    status = json.loads((data_dir / auto_backup.STATUS_FILE).read_text(encoding="utf-8"))
    assert status["last_failure"]["at"] == "2025-06-03T08:00:00"

    # the next start (the folder was fixed): the earlier failure is said, with the last good backup's date
    config.save(data_dir, config.AppConfig())
    later = daily_backup(db, data_dir, datetime(2025, 6, 4, 8, 0))
    assert later.made and later.previous_failure is not None
    notice = failure_notice(later, "zh")
    assert notice.startswith("最近一次自动备份失败：") and last_good in notice and "2025-06-03 08:00" in notice
    assert f"last good backup: {good_at:%Y-%m-%d %H:%M}" in failure_notice(later, "en")
    # … and once a backup worked again, the start after that is quiet
    assert daily_backup(db, data_dir, datetime(2025, 6, 5, 8, 0)).previous_failure is None


def test_an_unexpected_backup_error_never_escapes_the_start(db, data_dir, monkeypatch):
    """Before, a raw sqlite3.OperationalError (a full disk) went past daily_backup, and
    the half-written copy's journal stayed behind."""
    import errno
    import sqlite3

    def sqlite_disk_full(src, dst, progress=None):
        src.close()
        for name in (dst, Path(str(dst) + "-journal")):
            Path(name).write_bytes(b"half")
        raise sqlite3.OperationalError("database or disk is full")

    def pg_disk_full(engine, out):
        Path(out).write_bytes(b"PGDMP half")
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(backups, "_sqlite_copy", sqlite_disk_full)
    monkeypatch.setattr(backups, "_pg_dump", pg_disk_full)
    result = daily_backup(db, data_dir, datetime(2025, 6, 3, 8, 0))
    assert not result.made and "磁盘空间不足" in result.problem.zh
    assert [p.name for p in (data_dir / "backups").iterdir()] == []  # no .part, no .part-journal


FULL_DISK_CHILD = r"""
import json, resource, signal, sys
from datetime import datetime
from jiarenbase.core.services.context import Database
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.services.auto_backup import daily_backup
db = Database(create_engine(sys.argv[1]))
limit = int(sys.argv[3])
signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails (EFBIG), as on a full disk
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
result = daily_backup(db, sys.argv[2], datetime(2025, 6, 3, 8, 0))
print(json.dumps({"made": result.made, "problem": result.problem.zh if result.problem else None}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX; CI runs on Linux")
def test_a_full_disk_leaves_no_part_files_and_says_so(opened, backend, data_dir):
    db = opened.db
    build_demo(db, students=60, seed=4)
    before = backups.content_digests(db.engine)
    url = db.engine.url.render_as_string(hide_password=False)
    done = subprocess.run([sys.executable, "-c", FULL_DISK_CHILD, url, str(data_dir), str(48 * 1024)],
                          capture_output=True, text=True, timeout=120, encoding="utf-8")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout.strip().splitlines()[-1])
    assert not result["made"]
    assert "备份" in result["problem"] and "Error" not in result["problem"]
    folder = data_dir / "backups"
    assert not folder.exists() or [p.name for p in folder.iterdir()] == []  # no .part, no .part-journal
    assert backups.content_digests(db.engine) == before
    assert auto_backup.last_failure(data_dir) is not None


def test_check_reports_the_age_of_the_last_good_backup(db, admin, data_dir, tmp_path):
    now = datetime.now()
    fresh = backup_age(db, data_dir, now=now)
    assert fresh.ok and fresh.zh.startswith("最近一次成功备份：从未备份")
    # a database in use for a month that was never backed up fails
    assert not backup_age(db, data_dir, now=now + timedelta(days=30)).ok

    from jiarenbase.core.services import backup as backup_service

    backup_service.backup_now(db, admin, tmp_path / "b")
    ok = backup_age(db, data_dir, now=now)
    assert ok.ok and "（0 天前）" in ok.zh
    late = backup_age(db, data_dir, now=now + timedelta(days=8))
    assert not late.ok and "8 天前，超过 7 天" in late.zh and "jiarenbase backup" in late.zh
    assert backup_age(db, data_dir, max_days=30, now=now + timedelta(days=8)).ok
    config.save(data_dir, config.AppConfig(backup_max_age_days=10))
    assert backup_age(db, data_dir, now=now + timedelta(days=8)).ok
