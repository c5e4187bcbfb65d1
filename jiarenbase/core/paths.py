"""Where JiarenBase keeps its data: --data-dir > JIARENBASE_HOME > the platform's
user data directory (%LOCALAPPDATA%\\JiarenBase on Windows)."""
from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "JiarenBase"
DB_FILENAME = "jiarenbase.sqlite3"
CONFIG_FILENAME = "config.json"  # this desktop's settings (core/config.py)


def data_dir(override: str | os.PathLike[str] | None = None, create: bool = True) -> Path:
    """The data directory, created if missing (unless `create` is False)."""
    if override:
        path = Path(override)
    elif os.environ.get("JIARENBASE_HOME"):
        path = Path(os.environ["JIARENBASE_HOME"])
    else:
        path = user_data_path(APP_NAME, appauthor=False, roaming=False)
    path = path.expanduser().resolve()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path


def backups_dir(base: Path) -> Path:
    path = base / "backups"
    path.mkdir(parents=True, exist_ok=True)
    return path


def logs_dir(base: Path) -> Path:
    path = base / "logs"
    path.mkdir(parents=True, exist_ok=True)
    return path


def database_url(db: str | None = None, data: Path | None = None) -> str:
    """--db > JIARENBASE_DB > an SQLite file in the data directory.

    A bare file path is accepted for --db and turned into an sqlite URL.
    """
    raw = db or os.environ.get("JIARENBASE_DB")
    if raw:
        if "://" in raw:
            return raw
        if raw[:1] in "/\\" and raw[1:2] in "/\\" and raw[1:2]:
            return "sqlite:///" + raw  # a network path: keep it as typed, so it can be refused
        return "sqlite:///" + str(Path(raw).expanduser().resolve())
    base = data or data_dir()
    return "sqlite:///" + str(base / DB_FILENAME)
