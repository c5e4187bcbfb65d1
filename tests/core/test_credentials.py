"""The PostgreSQL password in the system's credential store: keys, storing, the move
of a plain-text password out of an old config.json, opening with the kept password
(and asking when the server refuses), without a keystore, and on the real server."""
from __future__ import annotations

import json
import logging
import os
import uuid

import pytest
from sqlalchemy import create_engine as sa_create_engine, text
from sqlalchemy.engine import make_url

from jiarenbase.core import config, credentials
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.credentials import SERVICE, PasswordAnswer, Secret
from jiarenbase.core.errors import JiarenError

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")
ADDRESS = "postgresql://jiaren@10.0.0.5:5432/jiarenbase"
KEY = "postgresql://jiaren@10.0.0.5:5432/jiarenbase"


def test_the_key_names_user_server_port_and_database():
    assert credentials.credential_key("postgresql+psycopg://jiaren:pw@10.0.0.5/jiarenbase?sslmode=require") == KEY
    assert credentials.credential_key("postgresql://jiaren@db.local:6543/x") == "postgresql://jiaren@db.local:6543/x"
    assert credentials.credential_key("sqlite:///C:/data/jiarenbase.sqlite3") is None
    assert credentials.credential_key("/tmp/jiarenbase.sqlite3") is None
    assert credentials.where(ADDRESS) == "jiaren@10.0.0.5:5432/jiarenbase"


def test_a_secret_says_nothing_about_itself():
    secret = Secret("S3cret!")
    assert "S3cret" not in repr(secret) and "S3cret" not in str(secret) and "S3cret" not in f"{secret}"
    assert secret and not Secret("") and secret == Secret("S3cret!")


def test_store_read_back_and_forget(memory_keyring):
    assert credentials.keystore_available()
    assert credentials.stored_password(ADDRESS) is None
    credentials.store_password(ADDRESS, Secret("S3cret!"))
    assert memory_keyring.passwords == {(SERVICE, KEY): "S3cret!"}
    assert credentials.stored_password("postgresql+psycopg://jiaren@10.0.0.5/jiarenbase") == Secret("S3cret!")
    credentials.forget_password(ADDRESS)
    assert memory_keyring.passwords == {}
    credentials.forget_password(ADDRESS)  # nothing kept: nothing to do


def test_without_a_keystore_nothing_is_stored_and_it_says_why():
    assert not credentials.keystore_available()  # keyring's fail backend, as on a headless Linux
    with pytest.raises(credentials.KeystoreUnavailable) as info:
        credentials.store_password(ADDRESS, "S3cret!")
    assert "本机没有可用的系统密码库" in info.value.zh and "S3cret" not in info.value.zh
    with pytest.raises(credentials.KeystoreUnavailable):
        credentials.stored_password(ADDRESS)


def test_a_failing_keystore_counts_as_none(memory_keyring, monkeypatch):
    from keyring.errors import KeyringLocked

    def locked(*_args):
        raise KeyringLocked("the keyring is locked")

    monkeypatch.setattr(memory_keyring, "get_password", locked)
    with pytest.raises(credentials.KeystoreUnavailable) as info:
        credentials.stored_password(ADDRESS)
    assert info.value.reason == "KeyringLocked"


# --------------------------------------------------------------------------- moving an old plain-text password

def _old_config(data_dir, url: str) -> None:
    (data_dir / "config.json").write_text(json.dumps({"theme": "dark", "db_url": url, "keep_backups": 12}),
                                          encoding="utf-8")


def test_a_plain_text_password_moves_into_the_keystore(data_dir, memory_keyring, caplog):
    _old_config(data_dir, "postgresql://jiaren:S3cret!@10.0.0.5:5432/jiarenbase")
    with caplog.at_level(logging.INFO, logger="jiarenbase.core.credentials"):
        assert credentials.move_plaintext_password(data_dir)
    file_text = (data_dir / "config.json").read_text(encoding="utf-8")
    assert "S3cret" not in file_text
    assert json.loads(file_text) == {"theme": "dark", "db_url": ADDRESS, "keep_backups": 12}
    assert memory_keyring.passwords == {(SERVICE, KEY): "S3cret!"}
    assert "Moved the database password" in caplog.text and "S3cret" not in caplog.text
    assert [p.name for p in data_dir.iterdir()] == ["config.json"]  # no temporary file left
    assert not credentials.move_plaintext_password(data_dir)  # once only


def test_without_a_keystore_the_only_copy_stays_and_the_log_says_so(data_dir, caplog):
    old = "postgresql://jiaren:S3cret!@10.0.0.5:5432/jiarenbase"
    _old_config(data_dir, old)
    before = (data_dir / "config.json").read_text(encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="jiarenbase.core.credentials"):
        assert not credentials.move_plaintext_password(data_dir)
    assert (data_dir / "config.json").read_text(encoding="utf-8") == before
    assert "plain text" in caplog.text and "no OS keystore" in caplog.text and "S3cret" not in caplog.text


def test_nothing_to_move(data_dir, memory_keyring):
    assert not credentials.move_plaintext_password(data_dir)  # no file
    _old_config(data_dir, ADDRESS)
    assert not credentials.move_plaintext_password(data_dir)
    (data_dir / "config.json").write_text("{broken", encoding="utf-8")
    assert not credentials.move_plaintext_password(data_dir)
    assert memory_keyring.passwords == {}


def test_opening_a_database_moves_the_password_first(tmp_path, memory_keyring):
    data = tmp_path / "data"
    data.mkdir()
    _old_config(data, "postgresql://jiaren:S3cret!@10.0.0.5:5432/jiarenbase")
    opened = open_database("sqlite:///" + str(tmp_path / "x.sqlite3"), data)
    opened.db.dispose()
    assert "S3cret" not in (data / "config.json").read_text(encoding="utf-8")


# --------------------------------------------------------------------------- opening with the password

def refusing(accepted: str):
    """An open function standing in for the server: it takes only `accepted`."""
    tried = []

    def open_fn(url: str) -> str:
        password = make_url(url).password or ""
        tried.append(password)
        if password != accepted:
            raise RuntimeError('FATAL:  password authentication failed for user "jiaren"' if password
                               else "fe_sendauth: no password supplied")
        return "opened"

    return open_fn, tried


def test_the_kept_password_is_used(memory_keyring):
    credentials.store_password(ADDRESS, "S3cret!")
    open_fn, tried = refusing("S3cret!")
    assert credentials.open_with_password(ADDRESS, None, open_fn) == "opened"
    assert tried == ["S3cret!"]


def test_a_password_in_the_address_or_a_sqlite_file_is_opened_as_it_is(memory_keyring):
    credentials.store_password(ADDRESS, "other")
    open_fn, tried = refusing("typed")
    assert credentials.open_with_password("postgresql://jiaren:typed@10.0.0.5:5432/jiarenbase", None, open_fn)
    assert tried == ["typed"]
    assert credentials.open_with_password("sqlite:///x.sqlite3", None, lambda url: url) == "sqlite:///x.sqlite3"


def test_a_refused_kept_password_is_asked_for_again_and_the_new_one_kept(memory_keyring):
    credentials.store_password(ADDRESS, "old")
    open_fn, tried = refusing("new")
    asked = []

    def ask(request):
        asked.append(request)
        return PasswordAnswer(Secret("new"), store=True)

    assert credentials.open_with_password(ADDRESS, ask, open_fn) == "opened"
    assert tried == ["old", "new"]
    [request] = asked
    assert request.reason == credentials.REFUSED and request.can_store
    assert "拒绝了密码" in request.zh and "jiaren@10.0.0.5:5432/jiarenbase" in request.zh
    assert "用户名或密码不正确" in request.error.zh
    assert memory_keyring.passwords[(SERVICE, KEY)] == "new"


def test_without_a_keystore_it_asks_and_keeps_nothing():
    open_fn, tried = refusing("S3cret!")
    asked = []

    def ask(request):
        asked.append(request)
        return PasswordAnswer(Secret("S3cret!"), store=True)  # (nowhere to keep it)

    assert credentials.open_with_password(ADDRESS, ask, open_fn) == "opened"
    assert tried == ["", "S3cret!"]  # first as PostgreSQL itself would (PGPASSWORD, pgpass), then asked
    assert asked[0].reason == credentials.NO_KEYSTORE and not asked[0].can_store
    assert asked[0].zh.startswith("本机没有可用的系统密码库，请输入数据库密码") and "只用于本次运行" in asked[0].zh


def test_no_answer_gives_the_servers_refusal():
    open_fn, _tried = refusing("S3cret!")
    with pytest.raises(RuntimeError, match="no password supplied"):
        credentials.open_with_password(ADDRESS, lambda request: None, open_fn)
    with pytest.raises(RuntimeError, match="no password supplied"):
        credentials.open_with_password(ADDRESS, None, open_fn)


def test_other_failures_are_not_asked_about(memory_keyring):
    def unreachable(url):
        raise RuntimeError("connection refused")

    with pytest.raises(RuntimeError, match="connection refused"):
        credentials.open_with_password(ADDRESS, lambda r: pytest.fail("asked"), unreachable)


def test_the_terminal_asks_only_when_there_is_one(monkeypatch, capsys):
    request = credentials.PasswordRequest("jiaren@h:5432/db", credentials.NO_KEYSTORE, False, JiarenError("x"))
    assert credentials.ask_on_terminal(request) is None  # pytest's stdin is no terminal

    class Tty:
        def isatty(self):
            return True

    monkeypatch.setattr(credentials.sys, "stdin", Tty())
    monkeypatch.setattr(credentials.getpass, "getpass", lambda prompt: "S3cret!")
    answer = credentials.terminal_prompt("zh")(request)
    assert answer == PasswordAnswer(Secret("S3cret!"))
    err = capsys.readouterr().err
    assert "本机没有可用的系统密码库" in err and "S3cret" not in err


# --------------------------------------------------------------------------- the real server (scram)

@pytest.fixture
def pg_schema():
    """A schema of its own on the test server; (address without the password, password)."""
    if not PG_URL:
        pytest.skip("JIARENBASE_TEST_PG_URL is not set")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa_create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    url = make_url(PG_URL).update_query_dict({"options": f"-csearch_path={schema}"})
    try:
        yield url._replace(password=None).render_as_string(hide_password=False), url.password
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.mark.postgres
def test_the_cli_opens_postgresql_with_the_kept_password(pg_schema, memory_keyring, tmp_path):
    address, password = pg_schema
    credentials.store_password(address, password)
    opened = open_database(address, tmp_path / "data")
    try:
        with opened.db.read() as s:
            assert s.execute(text("SELECT 1")).scalar() == 1
    finally:
        opened.db.dispose()


@pytest.mark.postgres
def test_a_wrong_kept_password_is_a_plain_message(pg_schema, memory_keyring, tmp_path):
    address, _password = pg_schema
    credentials.store_password(address, "not-the-password")
    with pytest.raises(Exception) as info:
        open_database(address, tmp_path / "data", ask_password=None)
    plain = config.connection_error(info.value, address)
    assert "拒绝登录：用户名或密码不正确" in plain.zh and "not-the-password" not in plain.zh
