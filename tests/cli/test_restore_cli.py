"""`jiarenbase restore`, `backup`, `check` and the missing database at the command
line (issue 14, items 1–5 and 7), on SQLite and PostgreSQL (`--db`), run in-process
through `jiarenbase.cli.run`.

Every refused or failed restore exits non-zero with one Chinese sentence, leaves
the live database exactly as it was (rows and content checksum of every table)
and `check` clean."""
from __future__ import annotations

import io
import re
import sqlite3
import sys
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import text

from jiarenbase.cli import run
from jiarenbase.core.db import audit_chain, backup as backups
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import head_revision
from jiarenbase.core.db.models import AuditEntry, utcnow
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services.context import Database

CJK = re.compile(r"[\u4e00-\u9fff]")
RAW = ("Traceback", "Error", "SELECT", "INSERT", "sqlite3.", "psycopg")
AWKWARD = ["nightly#2", "what?now", "a%20b", "with space", "备份 #1?%20 夜间"]


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


class Terminal(io.StringIO):
    """stdin as a person at a terminal: isatty() is true."""

    def isatty(self) -> bool:
        return True


class Cli:
    """cli(*args, stdin=…) → Result, in the test's data directory, on `cli.db` (--db) when set."""

    def __init__(self, capsys, data: Path) -> None:
        self.capsys, self.data, self.db = capsys, data, None

    def __call__(self, *args, stdin: io.StringIO | None = None, db: str | None = None) -> Result:
        self.capsys.readouterr()
        db = db or self.db
        argv = ["--data-dir", str(self.data)] + (["--db", db] if db else []) + [str(a) for a in args]
        with pytest.MonkeyPatch.context() as mp:
            if stdin is not None:
                mp.setattr(sys, "stdin", stdin)
            code = run(argv)
        out, err = self.capsys.readouterr()
        return Result(code, out, err)


@pytest.fixture
def cli(capsys, tmp_path) -> Cli:
    return Cli(capsys, tmp_path / "data")


@pytest.fixture
def demo(cli, db_url) -> str:
    """A 15-student demo database on this test's backend; `cli` uses it from now on."""
    cli.db = db_url
    r = cli("demo", "--students", "15", "--seed", "1")
    assert r.code == 0, r.err
    return db_url


def _digests(url: str, last_audit: int | None = None) -> dict:
    engine = create_engine(url)
    try:
        where = {"audit_entry": lambda t: t.c.id <= last_audit} if last_audit is not None else None
        return backups.content_digests(engine, where=where)
    finally:
        engine.dispose()


def _last_audit(url: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT max(id) FROM audit_entry")).scalar()
    finally:
        engine.dispose()


def _backup(cli, path: Path) -> Path:
    r = cli("backup", "--out", path)
    assert r.code == 0, r.err
    return path


def _suffix(url: str) -> str:
    return ".sqlite3" if url.startswith("sqlite") else ".pgdump"


def _plain_chinese(err: str) -> None:
    assert CJK.search(err), err
    assert not any(word in err for word in RAW), err


# --------------------------------------------------------------------------- restoring

def test_restore_shows_what_the_backup_holds_then_swaps(cli, demo, tmp_path):
    at_backup, last = _digests(demo), _last_audit(demo)  # the backup's own audit entry comes after it
    path = _backup(cli, tmp_path / "keep" / f"before{_suffix(demo)}")
    assert cli("user", "add", "zhanglaoshi", "--role", "staff", "--password-stdin", stdin=io.StringIO(
        "Str0ng!pass\n")).code == 0
    r = cli("restore", path)
    assert r.code == 0, r.err
    assert f"结构版本 {head_revision()}" in r.out and "各表行数（备份 / 当前）" in r.out
    assert re.search(r"^\s+student\s+15 / 15$", r.out, re.M), r.out
    assert re.search(r"^\s+app_user\s+3 / 4$", r.out, re.M), r.out
    [copy] = (tmp_path / "data" / "backups" / "safety").glob("*-before-restore*")
    assert str(copy) in r.out
    assert _digests(demo, last) == at_backup
    assert cli("check").code == 0


def test_at_a_terminal_restore_asks_first(cli, demo, tmp_path):
    path = _backup(cli, tmp_path / f"b{_suffix(demo)}")
    cli("user", "add", "zhanglaoshi", "--role", "staff", "--password-stdin", stdin=io.StringIO("Str0ng!pass\n"))
    before = _digests(demo)
    r = cli("restore", path, stdin=Terminal("n\n"))
    assert r.code == 1 and "确认用此备份替换当前数据库" in r.out and "已取消，数据库未作任何改动" in r.out
    assert _digests(demo) == before
    assert not (tmp_path / "data" / "backups" / "safety").exists()
    r = cli("restore", path, stdin=Terminal("y\n"))
    assert r.code == 0 and "已从" in r.out
    r = cli("restore", "--yes", path, stdin=Terminal(""))  # --yes: no question, e.g. in a script
    assert r.code == 0 and "确认用此备份替换" not in r.out


def _newer_backup(cli, url: str, tmp_path: Path) -> Path:
    engine = create_engine(url)
    try:
        if url.startswith("sqlite"):
            path = _backup(cli, tmp_path / "newer.sqlite3")
            con = sqlite3.connect(path)
            con.execute("UPDATE alembic_version SET version_num = '0099'")
            con.commit()
            con.close()
            return path
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
        try:  # pg_dump of the live database (backup --out would refuse to open it: it is "newer")
            return backups.backup(engine, tmp_path / "newer.pgdump")
        finally:
            with engine.begin() as conn:
                conn.execute(text(f"UPDATE alembic_version SET version_num = '{head_revision()}'"))
    finally:
        engine.dispose()


@pytest.mark.parametrize("kind", ["foreign", "truncated", "newer"])
def test_a_bad_backup_exits_non_zero_in_chinese_and_changes_nothing(kind, cli, demo, tmp_path):
    if kind == "foreign":
        path = tmp_path / f"foreign{_suffix(demo)}"
        if demo.startswith("sqlite"):
            con = sqlite3.connect(path)
            con.execute("CREATE TABLE foo (a)")
            con.commit()
            con.close()
        else:
            path.write_bytes(b"PGDMP" + bytes(range(256)) * 4)  # a dump pg_restore cannot read
        words = ("不是 JiarenBase 的", "已损坏或不完整")
    elif kind == "truncated":
        good = _backup(cli, tmp_path / f"good{_suffix(demo)}")
        path = tmp_path / f"cut{_suffix(demo)}"
        # a dump keeps its table of contents and loses data (before: the tables dropped, 0 rows left)
        path.write_bytes(good.read_bytes()[: good.stat().st_size * (9 if good.suffix == ".pgdump" else 6) // 10])
        words = ("已损坏或不完整",)
    else:
        path = _newer_backup(cli, demo, tmp_path)
        words = ("此备份来自更新版本的 JiarenBase（结构版本 0099），请先升级程序",)
    before = _digests(demo)
    r = cli("restore", "--yes", path)
    assert r.code != 0
    assert any(w in r.err for w in words), r.err
    _plain_chinese(r.err)
    assert _digests(demo) == before
    check = cli("check")
    assert check.code == 0 and all(line.startswith("✔ ") for line in check.out.splitlines() if line.strip())


def test_awkward_paths_round_trip_through_the_command_line(cli, demo, tmp_path):
    folder = tmp_path / "D 盘 #备份?%20"
    for stem in AWKWARD:
        at_backup, last = _digests(demo), _last_audit(demo)
        path = _backup(cli, folder / f"{stem}{_suffix(demo)}")
        cli("user", "add", f"u{abs(hash(stem)) % 10_000}", "--role", "staff", "--password-stdin",
            stdin=io.StringIO("Str0ng!pass\n"))
        listing = sorted(p.name for p in folder.iterdir())
        r = cli("restore", path)
        assert r.code == 0, (stem, r.err)
        assert _digests(demo, last) == at_backup, stem
        assert sorted(p.name for p in folder.iterdir()) == listing, stem


# --------------------------------------------------------------------------- a missing database

@pytest.mark.parametrize("command", [("summary",), ("export", "students", "--out", "{tmp}/x.xlsx"),
                                     ("report", "annual", "--year", "2025", "--out", "{tmp}/x.pdf"),
                                     ("backup",), ("backup", "--out", "{tmp}/x.sqlite3"), ("check",)])
def test_read_only_commands_refuse_a_missing_database_and_create_nothing(command, cli, tmp_path):
    typo = tmp_path / "jiarenbsae.sqlite3"
    r = cli(*[part.replace("{tmp}", str(tmp_path)) for part in command], db=str(typo))
    assert r.code != 0 and f"找不到数据库文件 {typo}" in r.err
    _plain_chinese(r.err)
    assert sorted(p.name for p in tmp_path.iterdir()) == []  # no database, no output, no data directory


def test_creating_commands_create_the_database_and_say_so(cli, tmp_path):
    roster = tmp_path / "roster.csv"
    first17 = "31011620040506001"
    roster.write_text(f"姓名,身份证号\n张三,{first17 + check_char(first17)}\n", encoding="utf-8")
    for i, args in enumerate([("demo", "--students", "5"),
                              ("import-roster", roster, "--school", "金山食品工业学校", "--cohort", "C1"),
                              ("user", "add", "jiaowu", "--role", "staff", "--password-stdin")]):
        path = tmp_path / f"new{i}.sqlite3"
        r = cli(*args, db=str(path), stdin=io.StringIO("Str0ng!pass\n"))
        assert f"已新建数据库：SQLite: {path}" in r.out, r.err
        assert path.is_file()


# --------------------------------------------------------------------------- check and newer databases

def test_check_fails_when_the_last_good_backup_is_too_old(cli, demo, tmp_path):
    r = cli("check")
    assert r.code == 0 and "✔ 最近一次成功备份：从未备份（数据库已使用 0 天）" in r.out
    engine = create_engine(demo)
    db = Database(engine)
    try:
        with db.transaction() as s:  # a backup made ten days ago (the audit log only grows), chained as any entry
            audit_chain.append(s, AuditEntry(at=utcnow() - timedelta(days=10), username="system", action="backup",
                                             entity="database", after='{"file": "nightly.pgdump"}'))
    finally:
        engine.dispose()
    r = cli("check")
    assert r.code == 1
    assert re.search(r"^✘ 最近一次成功备份：\S+ \S+（10 天前，超过 7 天）。请立即备份", r.out, re.M), r.out
    assert cli("check", "--max-backup-age", "30").code == 0
    assert cli("backup").code == 0
    r = cli("check")
    assert r.code == 0 and "（0 天前）" in r.out


def test_a_database_from_a_newer_version_is_explained_at_the_command_line(cli, demo, tmp_path):
    engine = create_engine(demo)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    finally:
        engine.dispose()
    before = _digests(demo)
    for command in ("check", "summary", "backup"):
        r = cli(command)
        assert r.code != 0
        assert "结构版本为 0099" in r.err and f"结构版本 {head_revision()}" in r.err and "安全副本" in r.err
        _plain_chinese(r.err)
    assert _digests(demo) == before
    backups_folder = tmp_path / "data" / "backups"
    assert not backups_folder.exists() or not list(backups_folder.rglob("jiarenbase-*"))
