"""Schema management: create a fresh database and stamp it, or upgrade an older
one to the newest revision (after a backup taken by the caller)."""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from sqlalchemy import inspect, text
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError

from .models import Base

MIGRATIONS = Path(__file__).with_name("migrations")


# Alembic (and Mako, which it brings) is imported only to create or upgrade a schema:
# the everyday start reads the revision with one SELECT (alembic: ~150 ms of imports).

def alembic_config(engine: Engine | None = None):
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:  # '%' must be doubled for configparser
        url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision: the one no other revision names as its down_revision (read
    from the revision files; a test checks it against Alembic's own answer)."""
    revisions, downs = set(), set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
        if rev:
            revisions.add(rev.group(1))
            down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", source, re.M)
            if down:
                downs.add(down.group(1))
    heads = revisions - downs
    if len(heads) != 1:
        raise RuntimeError(f"expected one head revision, found {sorted(heads)}")
    return heads.pop()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:  # no alembic_version table (yet)
            return None


def is_fresh(engine: Engine) -> bool:
    """No JiarenBase tables and no Alembic version yet."""
    names = set(inspect(engine).get_table_names())
    return not (names & set(Base.metadata.tables)) and "alembic_version" not in names


def upgrade(engine: Engine, revision: str = "head") -> None:
    from alembic import command

    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_schema(engine: Engine, before_upgrade: Callable[[], object] | None = None) -> str:
    """Bring the database to head. Returns what was done: "created", "upgraded" or
    "current". `before_upgrade` (the automatic backup) runs only when an existing
    database is about to be migrated."""
    if is_fresh(engine):
        from alembic import command

        Base.metadata.create_all(engine)
        cfg = alembic_config(engine)
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.stamp(cfg, "head")
        return "created"
    if current_revision(engine) == head_revision():
        return "current"
    if before_upgrade is not None:
        before_upgrade()
    upgrade(engine)
    return "upgraded"
