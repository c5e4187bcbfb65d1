"""The per-desktop settings file: defaults, round trip, validation, atomic save,
and the connection test."""
from __future__ import annotations

import json
import os
import socket
import sys

import pytest

from jiarenbase.core import config
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.errors import JiarenError, ValidationError


def test_missing_file_gives_defaults(data_dir):
    cfg = config.load(data_dir)
    assert cfg == config.AppConfig()
    assert (cfg.theme, cfg.lang, cfg.db_url, cfg.backup_folder, cfg.keep_backups) == ("light", "zh", "", "", 10)
    assert cfg.database_url(data_dir) == "sqlite:///" + str(data_dir / "jiarenbase.sqlite3")
    assert cfg.backup_path(data_dir) == data_dir / "backups"


def test_save_and_load_round_trip(data_dir, tmp_path):
    backups = tmp_path / "外置备份"
    cfg = config.AppConfig(theme="dark", lang="en", db_url="postgresql://jiaren@10.0.0.5:5432/jiarenbase",
                           backup_folder=str(backups), keep_backups=30, backup_max_age_days=3, idle_lock_minutes=0,
                           font_size="xlarge")
    path = config.save(data_dir, cfg)
    assert path == data_dir / "config.json"
    assert json.loads(path.read_text(encoding="utf-8"))["theme"] == "dark"
    assert config.load(data_dir) == cfg
    assert cfg.backup_path(data_dir) == backups and backups.is_dir()


def test_the_settings_file_never_takes_a_password(data_dir):
    with pytest.raises(ValidationError) as info:
        config.save(data_dir, config.AppConfig(db_url="postgresql://jiaren:S3cret@10.0.0.5:5432/jiarenbase"))
    assert info.value.fields == [config.FIELD_DB] and "系统密码库" in info.value.zh
    assert not (data_dir / "config.json").exists()


def test_idle_lock_and_font_size_are_checked():
    config.validate(config.AppConfig(idle_lock_minutes=0))
    config.validate(config.AppConfig(idle_lock_minutes=240))
    for bad in (-1, 241, "30", True):
        with pytest.raises(ValidationError) as info:
            config.validate(config.AppConfig(idle_lock_minutes=bad))
        assert info.value.fields == [config.FIELD_IDLE_LOCK] and "0 表示从不" in info.value.zh
    with pytest.raises(ValidationError) as info:
        config.validate(config.AppConfig(font_size="huge"))
    assert info.value.fields == [config.FIELD_FONT_SIZE] and "特大" in info.value.zh
    assert config.AppConfig().idle_lock_minutes == 30


def test_update_changes_only_the_named_entries(data_dir):
    (data_dir / "config.json").write_text(json.dumps(
        {"db_url": "postgresql://jiaren:old@10.0.0.5/jiarenbase", "keep_backups": 12}), encoding="utf-8")
    config.update(data_dir, theme="dark", lang="en")
    raw = json.loads((data_dir / "config.json").read_text(encoding="utf-8"))
    assert raw == {"db_url": "postgresql://jiaren:old@10.0.0.5/jiarenbase", "keep_backups": 12, "theme": "dark",
                   "lang": "en"}  # (a password from an older version stays until it can be moved)
    with pytest.raises(ValidationError):
        config.update(data_dir, theme="purple")


def test_save_refuses_every_bad_field_with_chinese_messages(data_dir):
    bad = config.AppConfig(theme="purple", lang="fr", db_url="mysql://a@b/c", backup_folder="relative/folder",
                           keep_backups=0)
    with pytest.raises(ValidationError) as info:
        config.save(data_dir, bad)
    fields = info.value.fields
    assert fields == [config.FIELD_THEME, config.FIELD_LANG, config.FIELD_DB, config.FIELD_BACKUP_FOLDER,
                      config.FIELD_KEEP]
    assert "浅色或深色" in info.value.zh and "1–100" in info.value.zh and "mysql" in info.value.zh
    assert not (data_dir / "config.json").exists()


@pytest.mark.parametrize("db_url, ok", [
    ("", True),
    ("D:/数据/jiarenbase.sqlite3" if sys.platform == "win32" else "/srv/jiaren/jiarenbase.sqlite3", True),
    ("postgresql://jiaren@192.168.1.10:5432/jiarenbase", True),
    ("postgresql://", False),
    ("postgresql://jiaren@192.168.1.10", False),  # no database name
    ("//server/share/jiarenbase.sqlite3", False),
    ("sqlite:///" + "//192.168.1.20/jiaren/jiarenbase.sqlite3", False),
    ("oracle://x@y/z", False),
])
def test_database_setting_validation(data_dir, db_url, ok):
    cfg = config.AppConfig(db_url=db_url)
    if ok:
        config.validate(cfg)
    else:
        with pytest.raises(ValidationError) as info:
            config.validate(cfg)
        assert info.value.fields == [config.FIELD_DB]


def test_network_share_message_points_to_postgresql():
    with pytest.raises(ValidationError) as info:
        config.validate(config.AppConfig(db_url=r"\\server\share\jiarenbase.sqlite3"))
    assert "网络共享" in info.value.zh and "PostgreSQL" in info.value.zh


@pytest.mark.parametrize("keep", [1, 100])
def test_keep_backups_bounds_accepted(keep):
    config.validate(config.AppConfig(keep_backups=keep))


@pytest.mark.parametrize("keep", [0, 101, "10", True, 2.5])
def test_keep_backups_must_be_a_whole_number_in_range(keep):
    with pytest.raises(ValidationError):
        config.validate(config.AppConfig(keep_backups=keep))


def test_backup_folder_that_is_a_file_is_refused(tmp_path):
    a_file = tmp_path / "not-a-folder.txt"
    a_file.write_text("x")
    with pytest.raises(ValidationError) as info:
        config.validate(config.AppConfig(backup_folder=str(a_file)))
    assert "不是文件夹" in info.value.zh


def test_broken_file_gives_defaults(data_dir):
    (data_dir / "config.json").write_text("{not json", encoding="utf-8")
    assert config.load(data_dir) == config.AppConfig()
    (data_dir / "config.json").write_text("[1, 2]", encoding="utf-8")
    assert config.load(data_dir) == config.AppConfig()


def test_bad_values_in_the_file_fall_back_one_by_one(data_dir):
    (data_dir / "config.json").write_text(json.dumps(
        {"theme": "dark", "lang": "klingon", "keep_backups": -3, "unknown": 1}), encoding="utf-8")
    assert config.load(data_dir) == config.AppConfig(theme="dark")


def test_save_is_atomic_the_old_file_survives_a_failed_write(data_dir, monkeypatch):
    config.save(data_dir, config.AppConfig(theme="dark"))

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(config.os, "replace", broken_replace)
    with pytest.raises(OSError):
        config.save(data_dir, config.AppConfig(theme="light", keep_backups=20))
    monkeypatch.undo()
    assert config.load(data_dir) == config.AppConfig(theme="dark")
    assert [p.name for p in data_dir.iterdir()] == ["config.json"]  # no temporary file left behind


def test_save_replaces_through_a_temporary_file(data_dir, monkeypatch):
    seen = []
    real = os.replace

    def spy(src, dst):
        seen.append((os.path.basename(src), os.path.basename(dst)))
        real(src, dst)

    monkeypatch.setattr(config.os, "replace", spy)
    config.save(data_dir, config.AppConfig(lang="en"))
    assert len(seen) == 1 and seen[0][1] == "config.json" and seen[0][0].endswith(".tmp")


def test_normalise_url():
    assert config.normalise_url("") == ""
    assert config.normalise_url("postgresql://a@b/c") == "postgresql://a@b/c"
    assert config.normalise_url("x.sqlite3").startswith("sqlite:///")


def test_same_database_ignores_the_password():
    assert config.same_database("postgresql://a:x@h/d", "postgresql://a@h/d")
    assert not config.same_database("postgresql://a@h/d", "postgresql://b@h/d")
    assert config.password_in("postgresql://a:x@h/d") and not config.password_in("postgresql://a@h/d")
    assert not config.password_in("") and not config.password_in("/tmp/x.sqlite3")


def test_password_split_and_join():
    address, password = config.split_password("postgresql://jiaren:s3cret@db.local:5432/jiarenbase")
    assert address == "postgresql://jiaren@db.local:5432/jiarenbase" and password == "s3cret"
    assert config.join_password(address, password) == "postgresql://jiaren:s3cret@db.local:5432/jiarenbase"
    assert config.join_password(address, "") == address
    assert config.is_postgres(address) and not config.is_postgres("/tmp/x.sqlite3")


# --------------------------------------------------------------------------- test_connection

def test_connection_to_an_existing_sqlite_database(tmp_path):
    opened = open_database("sqlite:///" + str(tmp_path / "real.sqlite3"), tmp_path / "data")
    opened.db.dispose()
    text = config.test_connection(str(tmp_path / "real.sqlite3"))
    assert text.startswith("SQLite: ") and "real.sqlite3" in text and "个表" in text


def test_connection_to_a_new_sqlite_file_does_not_create_it(tmp_path):
    target = tmp_path / "new" / "jiarenbase.sqlite3"
    text = config.test_connection("sqlite:///" + str(target), lang="en")
    assert "does not exist yet" in text
    assert not target.exists() and not target.parent.exists()


def test_connection_to_a_file_that_is_not_a_database(tmp_path):
    junk = tmp_path / "notes.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(JiarenError) as info:
        config.test_connection(str(junk))
    assert "无法打开 SQLite 数据库文件" in info.value.zh


def test_connection_to_sqlite_on_a_network_share_is_refused():
    with pytest.raises(JiarenError) as info:
        config.test_connection("//server/share/jiarenbase.sqlite3")
    assert "网络共享" in info.value.zh and "PostgreSQL" in info.value.zh


def _unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_connection_to_an_unreachable_postgresql_server():
    port = _unused_port()
    with pytest.raises(JiarenError) as info:
        config.test_connection(f"postgresql://jiaren:pw@127.0.0.1:{port}/jiarenbase")
    err = info.value
    assert f"无法连接 PostgreSQL 服务器 127.0.0.1:{port}" in err.zh and "防火墙" in err.zh
    assert "Cannot reach the PostgreSQL server" in err.en
    assert "pw@" not in err.zh  # the password is never echoed


def test_connection_without_psycopg_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "psycopg", None)  # import psycopg -> ImportError
    with pytest.raises(JiarenError) as info:
        config.test_connection("postgresql://jiaren@127.0.0.1:5432/jiarenbase")
    assert "psycopg" in info.value.zh and "安装" in info.value.zh


def test_connection_needs_an_address():
    with pytest.raises(JiarenError):
        config.test_connection("  ")
    with pytest.raises(JiarenError) as info:
        config.test_connection("oracle://x@y/z")
    assert "oracle" in info.value.zh


@pytest.mark.skipif(not os.environ.get("JIARENBASE_TEST_PG_URL"), reason="no PostgreSQL server named")
@pytest.mark.postgres
def test_connection_to_the_test_postgresql_server():
    text = config.test_connection(os.environ["JIARENBASE_TEST_PG_URL"])
    assert text.startswith("PostgreSQL: ")


def test_connection_error_for_a_wrong_password():
    err = config.connection_error(Exception('FATAL:  password authentication failed for user "x"'),
                                  "postgresql://x:y@db.local/jiarenbase")
    assert "用户名或密码不正确" in err.zh
    missing = config.connection_error(Exception('FATAL:  database "jiarenbase" does not exist'),
                                      "postgresql://x@db.local/jiarenbase")
    assert "没有名为“jiarenbase”的数据库" in missing.zh


def test_report_font_must_be_an_existing_truetype_file(data_dir, tmp_path):
    otf = tmp_path / "NotoSansCJK.otf"
    otf.write_bytes(b"x")
    with pytest.raises(ValidationError) as info:
        config.save(data_dir, config.AppConfig(report_font=str(otf)))
    assert info.value.fields == [config.FIELD_REPORT_FONT] and ".ttf" in info.value.zh
    with pytest.raises(ValidationError) as info:
        config.save(data_dir, config.AppConfig(report_font=str(tmp_path / "gone.ttc")))
    assert "找不到文件" in info.value.zh
    font = tmp_path / "msyh.ttc"
    font.write_bytes(b"x")
    config.save(data_dir, config.AppConfig(report_font=str(font)))
    assert config.load(data_dir).report_font == str(font)
