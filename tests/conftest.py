"""Qt-free fixtures: a temporary data directory and a database per test.

Every test that takes `opened`/`db` runs on SQLite; when JIARENBASE_TEST_PG_URL
names a PostgreSQL server (CI starts one), it runs a second time on PostgreSQL,
in a schema of its own that is dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from keyring.errors import PasswordDeleteError
from sqlalchemy import create_engine as sa_create_engine, text

from jiarenbase.core.bootstrap import OpenedDatabase, open_database
from jiarenbase.core.services.context import Actor, Database

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")


class MemoryKeyring(KeyringBackend):
    """An in-memory stand-in for the system's credential store (keyring.set_keyring)."""

    priority = 1  # viable; keyring never picks it by itself: the tests install it

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def _no_real_keystore():
    """No test reads or writes the computer's real credential store: keyring's fail
    backend (what a headless Linux has) unless a test installs `memory_keyring`."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def memory_keyring(_no_real_keystore):
    """A working, empty in-memory keystore; `.passwords` maps (service, key) to the password."""
    store = MemoryKeyring()
    keyring.set_keyring(store)
    return store


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Never touch a real user directory (rule 7): data dir and HOME are temporary."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("JIARENBASE_HOME", str(home / "data"))
    monkeypatch.delenv("JIARENBASE_DB", raising=False)


def pytest_generate_tests(metafunc):
    if "backend" in metafunc.fixturenames:
        # The core and command-line tests run on both databases; the GUI tests only
        # on SQLite (they exercise widgets; the services under them are covered twice).
        both = PG_URL and "tests/gui" not in str(metafunc.definition.path).replace("\\", "/")
        metafunc.parametrize("backend", ["sqlite", "postgres"] if both else ["sqlite"], indirect=True)


@pytest.fixture
def backend(request):
    return request.param


def _pg_schema_url(schema: str) -> str:
    sep = "&" if "?" in PG_URL else "?"
    return f"{PG_URL}{sep}options=-csearch_path%3D{schema}"


@pytest.fixture
def db_url(backend, tmp_path):
    if backend == "sqlite":
        yield "sqlite:///" + str(tmp_path / "test.sqlite3")
        return
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = sa_create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield _pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def opened(db_url, tmp_path) -> OpenedDatabase:
    result = open_database(db_url, tmp_path / "data")
    yield result
    result.db.dispose()


@pytest.fixture
def db(opened) -> Database:
    return opened.db


@pytest.fixture
def admin() -> Actor:
    return Actor.system()


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir(exist_ok=True)
    return path
