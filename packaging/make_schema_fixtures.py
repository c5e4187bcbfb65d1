"""Write tests/fixtures/schema/jiarenbase_<revision>.sqlite3: a small database saved
at every schema revision, filled with demo data valid at that revision. The
migration test (tests/core/db/test_migration_fixtures.py) upgrades a copy of each
to head and checks that no row and no value was lost.

Run after adding a migration: `python packaging/make_schema_fixtures.py` (only the
missing files are written; `--all` rewrites every one — the old ones should stay
as they were, since they stand for databases already out there).

How: the demo is built at head, then for each revision an empty database is
upgraded to that revision with Alembic and the demo's rows are copied in, table by
table, for the columns that exist at that revision.
"""
from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "tests" / "fixtures" / "schema"
STUDENTS, SEED, TODAY = 30, 7, date(2025, 6, 16)  # fixed: the same data every time


def fixture_path(revision: str, folder: Path = OUT) -> Path:
    return folder / f"jiarenbase_{revision}.sqlite3"


def revisions() -> list[str]:
    """Every Alembic revision, oldest first."""
    from alembic.script import ScriptDirectory

    from jiarenbase.core.db.migrate import alembic_config

    script = ScriptDirectory.from_config(alembic_config())
    return [rev.revision for rev in reversed(list(script.walk_revisions("base", "heads")))]


def build_head_demo(path: Path) -> None:
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.demo import build_demo

    opened = open_database("sqlite:///" + str(path), path.parent / "data")
    try:
        build_demo(opened.db, students=STUDENTS, seed=SEED, today=TODAY)
    finally:
        opened.db.dispose()


def columns(con: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [row[1] for row in con.execute(f'PRAGMA {schema}.table_info("{table}")')]


def write_fixture(revision: str, source: Path, out: Path) -> Path:
    from jiarenbase.core.db.engine import create_engine
    from jiarenbase.core.db.migrate import upgrade

    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".part")
    tmp.unlink(missing_ok=True)
    engine = create_engine("sqlite:///" + str(tmp))
    try:
        upgrade(engine, revision)
    finally:
        engine.dispose()
    con = sqlite3.connect(tmp)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        con.execute("ATTACH DATABASE ? AS src", (str(source),))
        tables = [r[0] for r in con.execute("SELECT name FROM main.sqlite_master WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' AND name != 'alembic_version'")]
        for table in tables:
            mine, theirs = columns(con, table), set(columns(con, table, "src"))
            if not theirs:
                raise SystemExit(f"table {table} exists at {revision} but not at head: extend this script")
            common = ", ".join(f'"{c}"' for c in mine if c in theirs)
            con.execute(f'INSERT INTO main."{table}" ({common}) SELECT {common} FROM src."{table}"')
        con.commit()
        con.execute("DETACH DATABASE src")
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise SystemExit(f"{revision}: foreign keys broken after the copy: {problems[:5]}")
        con.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        con.execute("VACUUM")
    finally:
        con.close()
    tmp.replace(out)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--all", action="store_true", help="rewrite the fixtures that exist too")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    wanted = [r for r in revisions() if args.all or not fixture_path(r, args.out).exists()]
    if not wanted:
        print("every revision has its fixture")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        head = Path(tmp) / "head.sqlite3"
        build_head_demo(head)
        for revision in wanted:
            path = write_fixture(revision, head, fixture_path(revision, args.out))
            print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
