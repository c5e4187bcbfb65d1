"""Engine creation: SQLite pragmas, refusal of network shares, PostgreSQL driver."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from jiarenbase.core.db.engine import BUSY_TIMEOUT_MS, create_engine, describe, refuse_network_sqlite, sqlite_path
from jiarenbase.core.errors import DatabaseLocationError, JiarenError

UNC_URLS = [
    "sqlite:////" + "//server/share/x.sqlite3",  # four slashes (absolute path) + a UNC path
    "sqlite:///" + "//server/share/x.sqlite3",
    "sqlite:///" + "\\\\server\\share\\x.sqlite3",
    "sqlite:////" + "\\\\server\\share\\x.sqlite3",
    "sqlite:///" + "//192.168.1.20/jiaren/jiarenbase.sqlite3",
]


@pytest.mark.parametrize("url", UNC_URLS)
def test_sqlite_on_a_network_share_is_refused(url):
    with pytest.raises(DatabaseLocationError) as info:
        create_engine(url)
    err = info.value
    assert isinstance(err, JiarenError)
    assert "网络共享" in err.zh and "PostgreSQL" in err.zh
    assert "PostgreSQL" in err.en and "network share" in err.en


@pytest.mark.parametrize("url", ["sqlite:///relative.sqlite3", "sqlite:////tmp/x/local.sqlite3", "sqlite://",
                                 "sqlite:///:memory:", "postgresql://u:p@server/db"])
def test_local_files_and_postgres_are_allowed(url):
    refuse_network_sqlite(url)  # does not raise


def test_sqlite_pragmas_are_set_on_every_connection(tmp_path):
    engine = create_engine("sqlite:///" + str(tmp_path / "sub" / "x.sqlite3"))
    try:
        assert (tmp_path / "sub").is_dir()  # the folder is created
        for _ in range(2):
            with engine.connect() as conn:
                assert conn.execute(text("PRAGMA foreign_keys")).scalar() == 1
                assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"
                assert conn.execute(text("PRAGMA busy_timeout")).scalar() == BUSY_TIMEOUT_MS
                assert conn.execute(text("PRAGMA synchronous")).scalar() == 1  # NORMAL
            engine.dispose()  # a brand-new connection next time round
    finally:
        engine.dispose()


def test_foreign_keys_are_enforced(tmp_path):
    from sqlalchemy.exc import IntegrityError

    engine = create_engine("sqlite:///" + str(tmp_path / "x.sqlite3"))
    try:
        with engine.begin() as conn:
            conn.execute(text("CREATE TABLE parent (id INTEGER PRIMARY KEY)"))
            conn.execute(text("CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER REFERENCES parent(id))"))
        with pytest.raises(IntegrityError), engine.begin() as conn:
            conn.execute(text("INSERT INTO child (parent_id) VALUES (99)"))
    finally:
        engine.dispose()


def test_postgresql_urls_use_psycopg_3():
    engine = create_engine("postgresql://u:secret@db.example:5433/jiaren")
    assert engine.url.drivername == "postgresql+psycopg"
    assert describe(engine) == "PostgreSQL: db.example:5433/jiaren"
    assert "secret" not in describe(engine)
    explicit = create_engine("postgresql+psycopg://u@h/d")
    assert explicit.url.drivername == "postgresql+psycopg"


def test_sqlite_path_and_describe(tmp_path):
    url = "sqlite:///" + str(tmp_path / "x.sqlite3")
    assert sqlite_path(url) == tmp_path / "x.sqlite3"
    assert sqlite_path("sqlite://") is None and sqlite_path("sqlite:///:memory:") is None
    assert sqlite_path("postgresql://h/d") is None
    engine = create_engine(url)
    assert describe(engine) == f"SQLite: {tmp_path / 'x.sqlite3'}"
    engine.dispose()


def test_database_describes_itself(db, backend):
    assert db.is_sqlite == (backend == "sqlite")
    assert db.describe().startswith("SQLite: " if backend == "sqlite" else "PostgreSQL: ")
    assert "jiarenbase:jiarenbase@" not in db.url


@pytest.mark.parametrize("raw", ["//server/share/jb.sqlite3", "\\\\server\\share\\jb.sqlite3"])
def test_a_network_path_given_as_db_is_kept_and_refused(raw):
    from jiarenbase.core.errors import DatabaseLocationError
    from jiarenbase.core.paths import database_url

    url = database_url(raw)
    assert raw in url
    with pytest.raises(DatabaseLocationError):
        create_engine(url)


def test_every_engine_hides_the_parameters_of_a_failed_statement(db, backend):
    """hide_parameters on SQLite and PostgreSQL alike, whatever the caller asks: the row's
    values never reach an error text (or a log that echoes statements)."""
    from sqlalchemy.exc import IntegrityError

    assert db.engine.hide_parameters
    assert create_engine("postgresql://u@h/d", hide_parameters=False).hide_parameters
    number, phone = "310116200903030290", "13917654321"
    with db.engine.begin() as conn:
        conn.execute(text("CREATE TABLE leak_probe (n VARCHAR(18) UNIQUE, phone VARCHAR(11))"))
    try:
        with pytest.raises(IntegrityError) as info, db.engine.begin() as conn:
            for _ in range(2):
                conn.execute(text("INSERT INTO leak_probe VALUES (:n, :p)"), {"n": number, "p": phone})
        said = str(info.value)
        assert "[SQL parameters hidden due to hide_parameters=True]" in said and "[parameters:" not in said
        assert phone not in said
        # PostgreSQL's own DETAIL line quotes the key ("Key (n)=(…) already exists"): hide_parameters
        # cannot hide the server's words, errors_plain.mask_sensitive does (tests/core/test_sensitive.py)
        assert (number in said) is (backend == "postgres")
    finally:
        with db.engine.begin() as conn:
            conn.execute(text("DROP TABLE leak_probe"))
