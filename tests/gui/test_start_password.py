"""The desktop's start with a PostgreSQL database: the password comes from the system's
credential store (config.json holds none); without a keystore, or when the server
refuses the kept one, the password dialog asks; an old plain-text password moves into
the keystore. Run through run_app itself, on the real PostgreSQL server (scram auth)."""
from __future__ import annotations

import argparse
import json
import os
import uuid

import pytest
from sqlalchemy import create_engine as sa_create_engine, text
from sqlalchemy.engine import make_url

from jiarenbase.core import config, credentials
from jiarenbase.core.credentials import SERVICE, PasswordAnswer, Secret

pytestmark = [pytest.mark.gui, pytest.mark.postgres,
              pytest.mark.skipif(not os.environ.get("JIARENBASE_TEST_PG_URL"),
                                 reason="JIARENBASE_TEST_PG_URL names no PostgreSQL server")]
PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")


@pytest.fixture
def server():
    """(the address of a schema of its own, without the password; the password)."""
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


@pytest.fixture
def start(qapp, tmp_path, monkeypatch):
    """start(asked=...) runs run_app up to the sign-in window (then quits there);
    returns (exit code, [messages shown], [password requests])."""
    from jiarenbase.gui import app as app_module

    data = tmp_path / "data"

    def run(answers=()):
        shown, requests, reached = [], [], []
        pending = list(answers)

        def ask(request, lang="zh"):
            requests.append(request)
            return pending.pop(0) if pending else None

        monkeypatch.setattr(app_module, "ask_database_password", ask)
        monkeypatch.setattr(app_module.QMessageBox, "critical", staticmethod(lambda *a: shown.append(a[2])))
        for dialog in (app_module.LoginDialog, app_module.FirstAdminDialog):
            monkeypatch.setattr(dialog, "exec", lambda d: reached.append(d.db.describe()) or 0)  # quit at sign-in
        code = app_module.run_app(argparse.Namespace(db=None, data_dir=str(data), lang="zh"))
        return code, shown, requests, reached

    run.data = data
    return run


def test_the_desktop_connects_with_the_password_from_the_keystore(server, memory_keyring, start):
    address, password = server
    config.save(start.data, config.AppConfig(db_url=address))
    credentials.store_password(address, password)
    assert not config.password_in(config.load(start.data).db_url)
    code, shown, requests, reached = start()
    assert (code, shown, requests) == (0, [], [])
    assert reached and reached[0].startswith("PostgreSQL")  # connected: the sign-in window came up


def test_a_wrong_kept_password_ends_in_the_plain_message(server, memory_keyring, start):
    address, _password = server
    config.save(start.data, config.AppConfig(db_url=address))
    credentials.store_password(address, "not-the-password")
    code, shown, requests, reached = start()  # the dialog is asked, the person chooses Quit
    assert code == 1 and reached == []
    assert [r.reason for r in requests] == [credentials.REFUSED]
    [message] = shown
    assert "拒绝登录：用户名或密码不正确" in message and "not-the-password" not in message


def test_a_refused_password_is_asked_for_and_the_new_one_kept(server, memory_keyring, start):
    address, password = server
    config.save(start.data, config.AppConfig(db_url=address))
    credentials.store_password(address, "changed-on-the-server")
    code, shown, requests, reached = start([PasswordAnswer(Secret(password), store=True)])
    assert (code, shown) == (0, []) and reached and len(requests) == 1
    assert memory_keyring.passwords[(SERVICE, credentials.credential_key(address))] == password


def test_without_a_keystore_the_password_is_asked_at_start_for_this_run_only(server, start):
    address, password = server
    config.save(start.data, config.AppConfig(db_url=address))
    code, shown, requests, reached = start([PasswordAnswer(Secret(password), store=True)])
    assert (code, shown) == (0, []) and reached
    [request] = requests
    assert request.reason == credentials.NO_KEYSTORE and not request.can_store
    assert "本机没有可用的系统密码库，请输入数据库密码" in request.zh
    assert f":{password}@" not in (start.data / "config.json").read_text(encoding="utf-8")  # this run only
    assert credentials.credential_key(address) and not config.password_in(config.load(start.data).db_url)
    log_text = (start.data / "logs" / "jiarenbase.log").read_text(encoding="utf-8")
    assert "No OS keystore available" in log_text and f":{password}@" not in log_text


def test_an_old_plain_text_password_moves_into_the_keystore_at_start(server, memory_keyring, start):
    address, password = server
    start.data.mkdir(parents=True)
    (start.data / "config.json").write_text(json.dumps({"db_url": config.join_password(address, password)}),
                                            encoding="utf-8")
    code, shown, requests, reached = start()
    assert (code, shown, requests) == (0, [], []) and reached
    assert json.loads((start.data / "config.json").read_text(encoding="utf-8"))["db_url"] == address
    assert memory_keyring.passwords == {(SERVICE, credentials.credential_key(address)): password}
    log_text = (start.data / "logs" / "jiarenbase.log").read_text(encoding="utf-8")
    assert "Moved the database password" in log_text and f":{password}@" not in log_text
