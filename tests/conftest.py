"""Qt-free fixtures: a temporary data directory and a database per test.

Every test that takes `opened`/`db` runs on SQLite; when JIARENBASE_TEST_PG_URL
names a PostgreSQL server (CI starts one), it runs a second time on PostgreSQL,
in a schema of its own that is dropped afterwards.
"""
from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine as sa_create_engine, text

from jiarenbase.core.bootstrap import OpenedDatabase, open_database
from jiarenbase.core.services.context import Actor, Database

PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")


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
