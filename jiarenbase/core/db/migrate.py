"""Schema management: create a fresh database and stamp it, or upgrade an older
one to the newest revision (after a backup taken by the caller)."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect
from sqlalchemy.engine import Engine

from .models import Base

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config(engine: Engine | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if engine is not None:  # '%' must be doubled for configparser
        url = engine.url.render_as_string(hide_password=False).replace("%", "%%")
        cfg.set_main_option("sqlalchemy.url", url)
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def is_fresh(engine: Engine) -> bool:
    """No JiarenBase tables and no Alembic version yet."""
    names = set(inspect(engine).get_table_names())
    return not (names & set(Base.metadata.tables)) and "alembic_version" not in names


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config(engine)
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def ensure_schema(engine: Engine, before_upgrade: Callable[[], object] | None = None) -> str:
    """Bring the database to head. Returns what was done: "created", "upgraded" or
    "current". `before_upgrade` (the automatic backup) runs only when an existing
    database is about to be migrated."""
    if is_fresh(engine):
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
