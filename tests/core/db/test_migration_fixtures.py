"""A database saved at every schema revision upgrades to head with no loss.

tests/fixtures/schema/jiarenbase_<revision>.sqlite3 (made by
packaging/make_schema_fixtures.py) holds demo data as it was stored at that
revision. A copy of each is opened the way the app opens it (bootstrap.open_database:
backup, then Alembic upgrade); afterwards the schema is at head, every table has
the rows it had, and the columns that existed before hold the same values
(sha256 over the rows ordered by primary key)."""
from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db import backup as backups
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import current_revision, head_revision

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "schema"
GENERATE = "python packaging/make_schema_fixtures.py"


def all_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    from jiarenbase.core.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions("base", "heads")))]


def fixture(revision: str) -> Path:
    return FIXTURES / f"jiarenbase_{revision}.sqlite3"


def test_every_schema_revision_has_a_fixture():
    missing = [rev for rev in all_revisions() if not fixture(rev).is_file()]
    assert not missing, (f"no database saved at schema revision(s) {', '.join(missing)} in {FIXTURES}: "
                         f"run `{GENERATE}` and commit the new file(s) — they prove that databases at those "
                         "revisions upgrade without loss")


def test_fixtures_are_small_and_at_their_revision():
    for path in sorted(FIXTURES.glob("jiarenbase_*.sqlite3")):
        assert path.stat().st_size < 1_000_000, f"{path.name} is too big to commit"
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            [(rev,)] = con.execute("SELECT version_num FROM alembic_version").fetchall()
            assert path.name == f"jiarenbase_{rev}.sqlite3"
            assert con.execute("SELECT count(*) FROM student").fetchone()[0] >= 20
        finally:
            con.close()


def _digests(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, tuple[int, str]]:
    engine = create_engine("sqlite:///" + str(path))
    try:
        return backups.content_digests(engine, columns)
    finally:
        engine.dispose()


@pytest.mark.parametrize("revision", [r for r in all_revisions() if fixture(r).is_file()])
def test_database_saved_at_revision_upgrades_to_head_without_loss(revision, tmp_path):
    db_path = tmp_path / "saved.sqlite3"
    shutil.copyfile(fixture(revision), db_path)
    con = sqlite3.connect(db_path)
    old_columns = {t: [r[1] for r in con.execute(f'PRAGMA table_info("{t}")')]
                   for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'")}
    secrets_before = {k for (k,) in con.execute("SELECT key FROM setting WHERE key LIKE 'secret.%'")}
    con.close()
    old_columns.pop("alembic_version")
    before = _digests(db_path, old_columns)
    before.pop("alembic_version")

    opened = open_database("sqlite:///" + str(db_path), tmp_path / "data")
    try:
        assert opened.schema == ("current" if revision == head_revision() else "upgraded")
        assert current_revision(opened.db.engine) == head_revision()
        if opened.schema == "upgraded":  # the automatic backup before the upgrade
            assert opened.backup_path is not None and opened.backup_path.is_file()
    finally:
        opened.db.dispose()

    # An upgrade may add the database's secret (0008 derives the certificate codes'
    # key from it); every other row must be as it was.
    compared = tmp_path / "compared.sqlite3"
    shutil.copyfile(db_path, compared)
    con = sqlite3.connect(compared)
    added = [k for (k,) in con.execute("SELECT key FROM setting WHERE key LIKE 'secret.%'") if k not in secrets_before]
    con.executemany("DELETE FROM setting WHERE key = ?", [(k,) for k in added])
    con.commit()
    con.close()
    after = _digests(compared, old_columns)
    assert set(old_columns) <= set(after)
    lost = {t: (before[t][0], after[t][0]) for t in before if before[t][0] != after[t][0]}
    assert not lost, f"row counts changed by the upgrade from {revision} (before, after): {lost}"
    changed = [t for t in before if before[t] != after[t]]
    assert not changed, f"values changed by the upgrade from {revision} in: {changed}"
    con = sqlite3.connect(db_path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    finally:
        con.close()
