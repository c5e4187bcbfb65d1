"""Every failure a person can cause or meet is one plain sentence (issue 14, item 8
and 12): which file, what is wrong, what to do — Chinese, English with --lang en.
No SQL, no parameters, no driver or exception names, no name, ID number or phone;
and the live data is exactly as it was (per-table row counts and checksums).

The failures are the real ones where a test can make them: a folder as --db, a
truncated copy, a server port nobody listens on, SQLite's own "disk is full"
(max_page_count) and "read-only" (the file's mode; as root, who may write any file,
PRAGMA query_only, which fails the same way). A refused PostgreSQL password (the
test server trusts every login) and a file open in Excel (Windows only) are the
driver's and the OS's real exceptions, raised where they would be.
"""
from __future__ import annotations

import errno
import os
import re
import shutil
import socket
import stat
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import event
from sqlalchemy.engine import Engine

from jiarenbase.cli import run
from jiarenbase.core import output_files
from jiarenbase.core.db.backup import content_digests
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.paths import DB_FILENAME

RAW = re.compile(r"sqlite3\.|\(sqlite3|psycopg|OperationalError|DatabaseError|IntegrityError|PermissionError|"
                 r"OSError|Errno|Traceback|\[SQL|parameters|SELECT |INSERT |UPDATE |malformed|readonly|"
                 r"Background on this error")


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, tmp_path):
    def call(*args) -> Result:
        capsys.readouterr()
        code = run(["--data-dir", str(tmp_path / "data"), *[str(a) for a in args]])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("plain-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        assert run(["--data-dir", str(folder / "data"), "demo", "--students", "12", "--seed", "5"]) == 0
    return folder / "data" / DB_FILENAME


@pytest.fixture
def live(demo_file, tmp_path) -> Path:
    """This test's own copy of the demo database."""
    path = tmp_path / "live" / DB_FILENAME
    path.parent.mkdir()
    shutil.copy2(demo_file, path)
    return path


def digests(path: Path) -> dict:
    engine = create_engine("sqlite:///" + str(path))
    try:
        return content_digests(engine)
    finally:
        engine.dispose()


def roster(path: Path, n: int = 5) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "手机"])
    for i in range(n):
        first17 = f"3101162003{1 + i % 12:02d}{1 + i % 28:02d}{i:03d}"
        ws.append(["新生" + "甲乙丙丁戊己庚辛壬癸"[i % 10] + "甲乙丙丁戊己庚辛壬癸"[i // 10 % 10],
                   first17 + check_char(first17), f"1380000{i:04d}"])
    wb.save(path)
    return path


def assert_plain(r: Result, *needles: str, english: bool = False) -> None:
    assert r.code != 0
    assert not RAW.search(r.err), r.err
    lines = [line for line in r.err.splitlines() if line.strip()]
    assert len(lines) == 1, r.err  # one sentence, no "--debug" hint, no traceback
    assert lines[0].startswith("Error: " if english else "错误：")
    for needle in needles:
        assert needle in r.err, r.err


@pytest.fixture
def on_every_sqlite_connection():
    """Run a statement on every new SQLite connection (after the app's own pragmas)."""
    added = []

    def add(sql: str):
        def fn(dbapi_conn, _record):
            if type(dbapi_conn).__module__.startswith("sqlite3"):
                dbapi_conn.execute(sql)
        event.listen(Engine, "connect", fn)
        added.append(fn)

    yield add
    for fn in added:
        event.remove(Engine, "connect", fn)


# --------------------------------------------------------------------------- --db is wrong

def test_a_folder_as_db(cli, tmp_path):
    folder = tmp_path / "备份#1"
    folder.mkdir()
    r = cli("--db", folder, "summary")
    assert_plain(r, f"“{folder}”是一个文件夹", "请指定数据库文件本身")
    assert list(folder.iterdir()) == []  # nothing made inside it
    en = cli("--lang", "en", "--db", folder, "summary")
    assert_plain(en, f"'{folder}' is a folder", english=True)


def test_a_truncated_copy_as_db(cli, live):
    data = live.read_bytes()
    live.write_bytes(data[: len(data) // 3])
    before = live.read_bytes()
    r = cli("--db", live, "summary")
    assert_plain(r, f"“{live}”", "已损坏、不完整", "请换用完好的备份")
    assert live.read_bytes() == before  # the file is not touched
    en = cli("--lang", "en", "--db", live, "check")
    assert_plain(en, f"'{live}'", "damaged", english=True)


def test_a_read_only_database(cli, live, tmp_path, on_every_sqlite_connection):
    before = digests(live)
    live.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    if os.geteuid() == 0:  # root writes a 0444 file anyway: make SQLite refuse as for a read-only file
        on_every_sqlite_connection("PRAGMA query_only = ON")
    try:
        r = cli("--db", live, "import-roster", roster(tmp_path / "名单.xlsx"), "--school", "只读院校", "--cohort", "R1")
        assert_plain(r, f"数据库文件“{live}”是只读的", "本次操作没有保存", "可写的位置")
    finally:
        live.chmod(stat.S_IRUSR | stat.S_IWUSR)
    assert digests(live) == before
    assert "甲" not in r.err and "3101162003" not in r.err


def test_a_full_disk_under_the_database(cli, live, tmp_path, on_every_sqlite_connection):
    """SQLite's real SQLITE_FULL: the database may not grow by a single page."""
    before = digests(live)
    pages = live.stat().st_size // 4096
    on_every_sqlite_connection(f"PRAGMA max_page_count = {pages}")
    r = cli("--db", live, "import-roster", roster(tmp_path / "名单.xlsx", 400), "--school", "满盘院校", "--cohort",
            "F1")
    assert_plain(r, f"磁盘空间已满，无法写入数据库文件“{live}”", "本次操作没有保存", "请清理")
    en = cli("--lang", "en", "--db", live, "import-roster", tmp_path / "名单.xlsx", "--school", "满盘院校",
             "--cohort", "F1")
    assert_plain(en, f"The disk holding the database file '{live}' is full", english=True)
    assert digests(live) == before


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_a_postgresql_server_that_is_down(cli):
    port = _free_port()
    r = cli("--db", f"postgresql://jiaren:s3cret@127.0.0.1:{port}/jiarenbase", "summary")
    assert_plain(r, f"无法连接 PostgreSQL 服务器 127.0.0.1:{port}", "服务器拒绝连接", "防火墙")
    assert "s3cret" not in r.err
    en = cli("--lang", "en", "--db", f"postgresql://jiaren:s3cret@127.0.0.1:{port}/jiarenbase", "summary")
    assert_plain(en, f"Cannot reach the PostgreSQL server 127.0.0.1:{port}", english=True)


def test_a_postgresql_server_that_refuses_the_password(cli, monkeypatch):
    import psycopg

    def refuse(*_a, **_k):  # what libpq says for a wrong password (the test server trusts every login)
        raise psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", port 5432 failed: '
                                       'FATAL:  password authentication failed for user "jiaren"')

    monkeypatch.setattr(psycopg, "connect", refuse)
    r = cli("--db", "postgresql://jiaren:wrong@127.0.0.1:5432/jiarenbase", "summary")
    assert_plain(r, "PostgreSQL 服务器 127.0.0.1:5432 拒绝登录：用户名或密码不正确")
    assert "wrong" not in r.err and "FATAL" not in r.err


# --------------------------------------------------------------------------- output files

@pytest.fixture
def open_elsewhere(monkeypatch):
    """Windows: os.replace onto a file open in Excel or a PDF reader is refused."""
    def refuse(tmp, target):
        raise PermissionError(errno.EACCES, "Access is denied", str(tmp), None, str(target))

    monkeypatch.setattr(output_files, "replace_file", refuse)


def test_an_export_over_a_workbook_open_in_excel(cli, live, tmp_path, open_elsewhere):
    out = tmp_path / "学员.xlsx"
    out.write_bytes(b"the file Excel has open")
    before = digests(live)
    r = cli("--db", live, "export", "students", "--out", out)
    assert_plain(r, f"无法保存“{out}”", "正被其他程序打开", "请关闭它后重试")
    assert out.read_bytes() == b"the file Excel has open"
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("学员")) == ["学员.xlsx"]  # no .part
    en = cli("--lang", "en", "--db", live, "export", "students", "--out", out)
    assert_plain(en, "open in another program", "Close it and try again", english=True)
    assert digests(live) == before


def test_a_report_over_a_pdf_open_in_a_reader(cli, live, tmp_path, open_elsewhere):
    out = tmp_path / "年度总结.pdf"
    out.write_bytes(b"%PDF- the reader has it open")
    before = digests(live)
    r = cli("--db", live, "report", "annual", "--year", "2025", "--out", out)
    assert_plain(r, f"无法保存“{out}”", "正被其他程序打开", "请关闭它后重试")
    assert out.read_bytes() == b"%PDF- the reader has it open"
    assert not list(tmp_path.glob("*.part"))
    assert digests(live) == before


def test_an_errors_workbook_open_in_excel_writes_nothing(cli, live, tmp_path, open_elsewhere):
    bad = tmp_path / "名单.xlsx"
    wb = Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["坏行", "12345"])
    wb.save(bad)
    errors = tmp_path / "错误清单.xlsx"
    errors.write_bytes(b"open in Excel")
    before = digests(live)
    r = cli("--db", live, "import-roster", bad, "--school", "某院校", "--cohort", "E1", "--errors", errors)
    assert r.code == 2 and "正被其他程序打开" in r.err and not RAW.search(r.err), r.err
    assert errors.read_bytes() == b"open in Excel" and not list(tmp_path.glob("*.part"))
    assert digests(live) == before


def test_a_full_disk_under_the_export(cli, live, tmp_path, monkeypatch):
    """The OS's ENOSPC half-way through writing the workbook."""
    def full(self, filename):
        Path(filename).write_bytes(b"PK half a workbook")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(filename))

    monkeypatch.setattr(Workbook, "save", full)
    out = tmp_path / "学员.xlsx"
    before = digests(live)
    r = cli("--db", live, "export", "students", "--out", out)
    assert_plain(r, f"无法保存“{out}”：磁盘空间已满", "请清理")
    assert not out.exists() and not list(tmp_path.glob("*.part"))
    assert digests(live) == before


def test_an_export_into_a_read_only_folder(cli, live, tmp_path, monkeypatch):
    folder = tmp_path / "只读"
    folder.mkdir()
    if os.geteuid() == 0:  # root may write anywhere: the OS's EROFS where the file is written
        def read_only(self, filename):
            raise OSError(errno.EROFS, os.strerror(errno.EROFS), str(filename))
        monkeypatch.setattr(Workbook, "save", read_only)
    before = digests(live)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        r = cli("--db", live, "export", "students", "--out", folder / "学员.xlsx")
    finally:
        folder.chmod(stat.S_IRWXU)
    assert_plain(r, f"无法保存“{folder / '学员.xlsx'}”")
    assert "只读" in r.err or "没有读写权限" in r.err
    assert list(folder.iterdir()) == []
    assert digests(live) == before


def test_the_export_still_works(cli, live, tmp_path):
    out = tmp_path / "学员.xlsx"
    r = cli("--db", live, "export", "students", "--out", out)
    assert r.code == 0, r.err
    assert load_workbook(out).active.max_row == 13 and not list(tmp_path.glob("*.part"))
