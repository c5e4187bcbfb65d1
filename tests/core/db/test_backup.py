"""Backups (SQLite online backup API), restore and rotation."""
from __future__ import annotations

import os
import re
import time

import pytest
from sqlalchemy import text

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db import backup as backups
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import Base
from jiarenbase.core.domain.enums import Sex
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import cohorts, enrolment, organisations
from jiarenbase.core.services.context import Actor

ADMIN = Actor.system()


def _id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


def _counts(engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {name: conn.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()
                for name in [*Base.metadata.tables, "alembic_version"]}


@pytest.fixture
def live(tmp_path):
    result = open_database("sqlite:///" + str(tmp_path / "live.sqlite3"), tmp_path / "data")
    db = result.db
    school = organisations.create_school(db, ADMIN, organisations.SchoolInput(name="金山食品工业学校"))
    cohort = cohorts.create_cohort(db, ADMIN, cohorts.CohortInput(code="C1", name="一班", school_id=school.id))
    for i in range(1, 4):
        enrolment.create_student(db, ADMIN, enrolment.StudentInput(
            name=f"学员{i}", id_number=_id(i), school_id=school.id, cohort_id=cohort.id))
    yield result
    result.db.dispose()


def test_backup_and_restore_round_trip(live, tmp_path):
    db = live.db
    before = _counts(db.engine)
    assert before["student"] == 3 and before["live_room"] == 10 and before["audit_entry"] > 0
    out = backups.backup(db.engine, tmp_path / "bk" / "copy.sqlite3")
    assert out.is_file() and not list(out.parent.glob("*.part"))
    assert out.read_bytes()[:16] == b"SQLite format 3\x00"

    # change things after the backup: edit a row, add one, delete one
    [school] = organisations.list_schools(db, ADMIN).rows
    organisations.update_school(db, ADMIN, school.id, school.version,
                                organisations.SchoolInput(name="改过的名字", address="金山卫"))
    enrolment.create_student(db, ADMIN, enrolment.StudentInput(name="新来的", id_number=_id(9)))
    enrolment.delete_student(db, ADMIN, enrolment.list_students(db, ADMIN).rows[0].id)
    assert _counts(db.engine) != before

    backups.restore(db.engine, out)
    assert _counts(db.engine) == before
    [restored] = organisations.list_schools(db, ADMIN).rows
    assert (restored.name, restored.address, restored.version) == ("金山食品工业学校", "", 1)
    assert enrolment.list_students(db, ADMIN).total == 3
    # the restored database is fully usable and still has its pragmas
    enrolment.create_student(db, ADMIN, enrolment.StudentInput(name="恢复后", id_number=_id(9), sex=Sex.MALE))
    with db.engine.connect() as conn:
        assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"


def test_backup_is_a_consistent_standalone_copy(live, tmp_path):
    """Rows still only in the WAL file are in the backup too."""
    out = backups.backup(live.db.engine, tmp_path / "copy.sqlite3")
    copy = create_engine("sqlite:///" + str(out))
    try:
        assert _counts(copy) == _counts(live.db.engine)
    finally:
        copy.dispose()


def test_default_backup_name(live):
    name = backups.default_backup_name(live.db.engine, "manual")
    assert re.fullmatch(r"jiarenbase-\d{8}-\d{6}-\d{6}-manual\.sqlite3", name)
    pg = create_engine("postgresql://u:p@localhost/x")
    assert backups.default_backup_name(pg, "before-upgrade").endswith("-before-upgrade.pgdump")


def test_restore_refuses_missing_and_foreign_files(live, tmp_path):
    with pytest.raises(JiarenError) as info:
        backups.restore(live.db.engine, tmp_path / "nope.sqlite3")
    assert "找不到备份文件" in info.value.zh
    bogus = tmp_path / "bogus.sqlite3"
    bogus.write_bytes(b"PK\x03\x04 this is a zip, not a database")
    with pytest.raises(JiarenError) as info:
        backups.restore(live.db.engine, bogus)
    assert "不是 JiarenBase 的 SQLite 备份文件" in info.value.zh
    assert _counts(live.db.engine)["student"] == 3


def test_in_memory_database_cannot_be_backed_up(tmp_path):
    engine = create_engine("sqlite://")
    with pytest.raises(JiarenError) as info:
        backups.backup(engine, tmp_path / "x.sqlite3")
    assert "内存数据库" in info.value.zh
    assert not (tmp_path / "x.sqlite3").exists()


def test_rotate_keeps_the_newest(tmp_path):
    now = time.time()
    names = [f"jiarenbase-2025010{i}-manual.sqlite3" for i in range(1, 7)]
    for age, name in enumerate(reversed(names)):  # names[-1] is the newest
        p = tmp_path / name
        p.write_bytes(b"x")
        os.utime(p, (now - age * 60, now - age * 60))
    (tmp_path / "jiarenbase-unfinished.sqlite3.part").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("keep me")
    gone = backups.rotate(tmp_path, 3)
    assert sorted(p.name for p in gone) == sorted(names[:3])
    left = sorted(p.name for p in tmp_path.iterdir())
    assert left == sorted(names[3:] + ["jiarenbase-unfinished.sqlite3.part", "notes.txt"])
    # keep=0 still keeps the newest one
    backups.rotate(tmp_path, 0)
    assert sorted(p.name for p in tmp_path.glob("jiarenbase-*.sqlite3")) == [names[-1]]


def _unstamped(path):
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.commit()
    con.close()
    return path


def test_upgrade_safety_copies_are_kept_apart_and_never_rotated(tmp_path):
    """The copy before an upgrade goes to backups/safety; rotating the daily backups
    (10 by default) never touches it, nor a before-* copy an older version left in
    the backup folder itself."""
    from jiarenbase.core.config import AppConfig

    keep = AppConfig().keep_backups
    folder = tmp_path / "data" / "backups"
    folder.mkdir(parents=True)
    now = time.time()
    for i in range(keep + 3):
        p = folder / f"jiarenbase-2025010{i:02d}-000000-000000-daily.sqlite3"
        p.write_bytes(b"x")
        os.utime(p, (now - 1000 + i, now - 1000 + i))
    old_style = folder / "jiarenbase-20240101-000000-000000-before-restore.sqlite3"
    old_style.write_bytes(b"x")
    os.utime(old_style, (now - 5000, now - 5000))
    result = open_database("sqlite:///" + str(_unstamped(tmp_path / "old.sqlite3")), tmp_path / "data")
    result.db.dispose()
    assert result.backup_path.parent == folder / "safety" and "before-upgrade" in result.backup_path.name
    gone = backups.rotate(folder, keep)
    assert len(gone) == 3 and old_style not in gone
    assert result.backup_path.is_file() and old_style.is_file()
    assert len([p for p in folder.glob("*-daily.sqlite3")]) == keep


def test_upgrade_safety_copies_go_to_the_configured_folder_and_stay(tmp_path):
    from jiarenbase.core import config

    data = tmp_path / "data"
    data.mkdir()
    config.save(data, config.AppConfig(backup_folder=str(tmp_path / "elsewhere"), keep_backups=2))
    for i in range(3):
        open_database("sqlite:///" + str(_unstamped(tmp_path / f"old{i}.sqlite3")), data).db.dispose()
    assert len(list((tmp_path / "elsewhere" / "safety").glob("jiarenbase-*-before-upgrade.sqlite3"))) == 3
    assert not (data / "backups").exists() or not list((data / "backups").rglob("jiarenbase-*"))


def test_backup_reports_progress_and_a_cancel_leaves_no_file(tmp_path):
    """SQLite's backup API copies page by page (PostgreSQL backups go through pg_dump)."""
    from jiarenbase.core.demo import build_demo
    from jiarenbase.core.services import backup as backup_svc
    from jiarenbase.core.services.context import Actor

    opened = open_database("sqlite:///" + str(tmp_path / "p.sqlite3"), tmp_path / "data")
    build_demo(opened.db, students=40, seed=1)
    seen = []
    path = backup_svc.backup_now(opened.db, Actor.system(), tmp_path / "b", progress=lambda d, t: seen.append((d, t)))
    assert path.exists() and seen and seen[-1][0] == seen[-1][1] > 0

    class Stop(Exception):
        pass

    def cancel(done, total):
        raise Stop

    with pytest.raises(Stop):
        backup_svc.backup_now(opened.db, Actor.system(), tmp_path / "c", progress=cancel)
    assert not list((tmp_path / "c").glob("*"))
    opened.db.dispose()
