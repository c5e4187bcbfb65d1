"""Automatic backups: the first start of a day makes one (in the configured folder,
keeping the configured number); later starts that day make none; a backup that
was killed half-way never counts as a backup and is cleared once stale."""
from __future__ import annotations

import os
import sqlite3
import time
from datetime import datetime, timedelta

from sqlalchemy import text

from jiarenbase.core import config
from jiarenbase.core.db import backup as backups
from jiarenbase.core.services.auto_backup import daily_backup


def test_first_start_of_a_day_backs_up_once(db, backend, data_dir):
    day = datetime(2025, 6, 2, 8, 30)
    first = daily_backup(db, data_dir, day)
    assert first.made and first.problem is None
    assert first.path.parent == data_dir / "backups" and "-daily" in first.path.name
    assert not daily_backup(db, data_dir, day + timedelta(hours=9)).made  # same day: nothing
    second = daily_backup(db, data_dir, day + timedelta(days=1, minutes=1))
    assert second.made and second.path != first.path
    with db.engine.connect() as conn:
        audited = conn.execute(text("SELECT count(*) FROM audit_entry WHERE action = 'backup'")).scalar()
    assert audited == 2


def test_daily_backups_rotate_in_the_configured_folder(db, backend, tmp_path, data_dir):
    folder = tmp_path / "elsewhere"
    config.save(data_dir, config.AppConfig(backup_folder=str(folder), keep_backups=3))
    made = []
    for i in range(5):
        result = daily_backup(db, data_dir, datetime(2025, 6, 1) + timedelta(days=i))
        made.append(result.path)
        os.utime(result.path, (time.time() - 100 + i, time.time() - 100 + i))  # file times in order
    assert sorted(folder.glob("jiarenbase-*")) == sorted(made[-3:])
    assert not list((data_dir / "backups").glob("jiarenbase-*")) if (data_dir / "backups").exists() else True
    for path in made[-3:] if backend == "sqlite" else []:  # each a complete database
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        finally:
            con.close()


def test_half_written_backups_never_count_and_are_cleared_when_stale(tmp_path):
    old = time.time() - 2 * backups.STALE_PART_SECONDS
    for i in range(3):
        p = tmp_path / f"jiarenbase-2025060{i}-000000-000000-daily.sqlite3"
        p.write_bytes(b"x")
        os.utime(p, (old + i, old + i))
    stale = [tmp_path / "jiarenbase-20250601-000000-000000-daily.sqlite3.part",
             tmp_path / "jiarenbase-20250601-000000-000000-daily.sqlite3.part-journal"]
    fresh = tmp_path / "jiarenbase-20250609-000000-000000-daily.sqlite3.part"
    for p in [*stale, fresh]:
        p.write_bytes(b"half")
    for p in stale:
        os.utime(p, (old, old))
    gone = backups.rotate(tmp_path, 2)
    # the journal of a killed backup is not mistaken for a backup (it would push a real one out)
    assert sorted(gone) == sorted([*stale, tmp_path / "jiarenbase-20250600-000000-000000-daily.sqlite3"])
    assert fresh.exists()  # may still be being written


def test_no_backup_before_creating_a_new_database(tmp_path):
    """Only an existing database is backed up before its schema is upgraded (tested
    in tests/core/db/test_backup.py); a new one has nothing to back up."""
    from jiarenbase.core.bootstrap import open_database

    opened = open_database("sqlite:///" + str(tmp_path / "new.sqlite3"), tmp_path / "data")
    try:
        assert opened.schema == "created" and opened.backup_path is None
        assert not list((tmp_path / "data").rglob("jiarenbase-*"))
    finally:
        opened.db.dispose()
