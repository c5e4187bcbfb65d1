"""Fixtures for the several-desktops tests (PostgreSQL only): a demo database in
a schema of its own on the shared server, and a private server to restart."""
from __future__ import annotations

import uuid

import pytest
from sqlalchemy import create_engine as sa_create_engine, text

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.demo import build_demo

from .support import PG_URL, PrivateServer, pg_schema_url


@pytest.fixture
def pg_url():
    """A fresh schema on the shared server (dropped afterwards), as its URL."""
    schema = "d_" + uuid.uuid4().hex[:12]
    admin = sa_create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f"CREATE SCHEMA {schema}"))
    try:
        yield pg_schema_url(schema)
    finally:
        with admin.begin() as conn:
            conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture
def demo_pg(pg_url, tmp_path):
    """The demo base (40 students, users admin/jiaowu/mentor) on PostgreSQL; yields its URL."""
    opened = open_database(pg_url, tmp_path / "data")
    try:
        build_demo(opened.db, students=40, seed=3)
    finally:
        opened.db.dispose()
    return pg_url


@pytest.fixture
def private_server():
    """A PostgreSQL server only this test uses; always removed afterwards, even
    when the test failed with the server stopped."""
    server = PrivateServer()
    try:
        server.start()
        yield server
    finally:
        server.remove()
