"""本机设置 through the service: administrators only, audited without the password,
the PostgreSQL password kept in the keystore and never in config.json."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from jiarenbase.core import config
from jiarenbase.core.credentials import SERVICE, Secret
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import desktop_settings

PG = "postgresql://jiaren@10.0.0.5:5432/jiarenbase"
KEY = "postgresql://jiaren@10.0.0.5:5432/jiarenbase"


def desktop_entries(db):
    """The audit entries about desktop settings (action, username, entity_id, before, after)."""
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.entity_id, AuditEntry.before,
                                     AuditEntry.after).where(AuditEntry.entity == "setting:desktop")
                              .order_by(AuditEntry.id)))


@pytest.mark.parametrize("who", ["mentor", "staff"])
def test_mentors_and_staff_cannot_repoint_the_database_or_shrink_backups(world, data_dir, who):
    actor = getattr(world, who)
    config.save(data_dir, config.AppConfig(keep_backups=6))
    before = (data_dir / "config.json").read_text(encoding="utf-8")
    for change in ({"db_url": "postgresql://evil@10.6.6.6/x"}, {"keep_backups": 1}, {"backup_folder": str(data_dir)},
                   {"idle_lock_minutes": 0}, {"backup_max_age_days": 365}):
        with pytest.raises(PermissionDenied) as info:
            desktop_settings.save_desktop_settings(world.db, actor, data_dir, config.load(data_dir).with_(**change))
        assert "仅限管理员" in info.value.zh
    with pytest.raises(PermissionDenied):
        desktop_settings.kept_password(actor, PG)
    assert (data_dir / "config.json").read_text(encoding="utf-8") == before
    assert desktop_entries(world.db) == []


def test_an_admin_saves_and_the_change_is_audited(world, data_dir, tmp_path):
    config.save(data_dir, config.AppConfig(theme="dark", keep_backups=6))
    wanted = config.AppConfig(theme="light", lang="en", keep_backups=20, backup_folder=str(tmp_path / "bk"),
                              backup_max_age_days=3, idle_lock_minutes=15)
    saved = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, wanted)
    on_disk = config.load(data_dir)
    assert (on_disk.keep_backups, on_disk.backup_folder, on_disk.backup_max_age_days, on_disk.idle_lock_minutes) \
        == (20, str(tmp_path / "bk"), 3, 15)
    assert (on_disk.theme, on_disk.lang) == ("dark", "zh")  # the look is each person's, not the desktop's
    assert saved.config == on_disk and saved.password == desktop_settings.KEPT
    [entry] = desktop_entries(world.db)
    assert entry.action == "update" and entry.username == world.admin.username
    before, after = json.loads(entry.before), json.loads(entry.after)
    assert before == {"keep_backups": 6, "backup_folder": "", "backup_max_age_days": 7, "idle_lock_minutes": 30}
    assert after == {"keep_backups": 20, "backup_folder": str(tmp_path / "bk"), "backup_max_age_days": 3,
                     "idle_lock_minutes": 15}
    desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, wanted)
    assert len(desktop_entries(world.db)) == 1  # nothing changed: no entry


def test_validation_names_each_field_and_writes_nothing(world, data_dir):
    bad = config.AppConfig(keep_backups=0, idle_lock_minutes=999, db_url="mysql://a@b/c")
    with pytest.raises(ValidationError) as info:
        desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, bad)
    assert info.value.fields == [config.FIELD_DB, config.FIELD_KEEP, config.FIELD_IDLE_LOCK]
    assert not (data_dir / "config.json").exists() and desktop_entries(world.db) == []


def test_a_postgresql_password_goes_to_the_keystore_not_the_file(world, data_dir, memory_keyring):
    saved = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir,
                                                   config.AppConfig(db_url=PG), Secret("S3cret!"))
    assert saved.password == desktop_settings.STORED and saved.note() == ""
    file_text = (data_dir / "config.json").read_text(encoding="utf-8")
    assert "S3cret" not in file_text and json.loads(file_text)["db_url"] == PG
    assert memory_keyring.passwords == {(SERVICE, KEY): "S3cret!"}
    [entry] = desktop_entries(world.db)
    assert "S3cret" not in entry.before + entry.after
    assert json.loads(entry.after) == {"db_url": PG, "db_password": "（已更改）"}
    assert desktop_settings.kept_password(world.admin, PG) == desktop_settings.KeptPassword(Secret("S3cret!"), True)


def test_a_password_typed_into_the_address_is_taken_out_of_it(world, data_dir, memory_keyring):
    desktop_settings.save_desktop_settings(world.db, world.admin, data_dir,
                                           config.AppConfig(db_url="postgresql://jiaren:pa55@10.0.0.5/jiarenbase"))
    assert "pa55" not in (data_dir / "config.json").read_text(encoding="utf-8")
    assert config.load(data_dir).db_url == "postgresql://jiaren@10.0.0.5/jiarenbase"
    assert memory_keyring.passwords == {(SERVICE, KEY): "pa55"}
    assert all("pa55" not in e.before + e.after for e in desktop_entries(world.db))


def test_the_same_password_again_is_no_change_and_an_empty_one_removes_it(world, data_dir, memory_keyring):
    cfg = config.AppConfig(db_url=PG)
    desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, cfg, Secret("S3cret!"))
    again = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, cfg, Secret("S3cret!"))
    assert again.password == desktop_settings.KEPT and len(desktop_entries(world.db)) == 1
    kept = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, cfg, None)
    assert kept.password == desktop_settings.KEPT and memory_keyring.passwords
    removed = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, cfg, Secret(""))
    assert removed.password == desktop_settings.REMOVED and memory_keyring.passwords == {}
    assert json.loads(desktop_entries(world.db)[-1].after) == {"db_password": "（已删除）"}


def test_without_a_keystore_the_password_is_not_saved_and_it_says_so(world, data_dir):
    saved = desktop_settings.save_desktop_settings(world.db, world.admin, data_dir,
                                                   config.AppConfig(db_url=PG), Secret("S3cret!"))
    assert saved.password == desktop_settings.NOT_STORED
    assert "本机没有可用的系统密码库" in saved.note() and "每次启动时会询问" in saved.note()
    assert "S3cret" not in (data_dir / "config.json").read_text(encoding="utf-8")
    assert config.load(data_dir).db_url == PG
    assert desktop_settings.kept_password(world.admin, PG) == desktop_settings.KeptPassword(None, False)


def test_a_settings_file_that_cannot_be_written_is_a_plain_message(world, data_dir, monkeypatch):
    def full(*_a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(config.os, "replace", full)
    with pytest.raises(Exception) as info:
        desktop_settings.save_desktop_settings(world.db, world.admin, data_dir, config.AppConfig(keep_backups=3))
    assert "config.json" in info.value.zh and "磁盘" in info.value.zh
    assert desktop_entries(world.db) == []  # no entry for a change that did not happen
