"""Sensitive data never leaves by accident (issue 15): a student is written with a
known ID number and mobile, then errors are forced on every path a core or
command-line user meets — a unique key the service refuses and one the database
refuses (with the row in its parameters), a full disk, a PostgreSQL server that
refuses the login, an unexpected failure — and the full ID number and mobile
must appear in no log line, error text, stderr or audit row.

The errors are real where a test can make them: the database's own unique
violation (on PostgreSQL its DETAIL line quotes the key), SQLite's own "disk is
full" (max_page_count), the test server's own refusal of an unknown login. The
desktop's paths (the crash dialog, its 复制详情, AppContext.message, the app's log
file) are in tests/gui/test_no_id_leaks_gui.py.
"""
from __future__ import annotations

import errno
import logging
import os
import re
import traceback
from dataclasses import dataclass
from datetime import date
from logging.handlers import RotatingFileHandler
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import event, select
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import IntegrityError, OperationalError

from jiarenbase.cli import run
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import AuditEntry, Student
from jiarenbase.core.domain.enums import Sex
from jiarenbase.core.domain.idcard import check_char, is_valid_id_number, mask_id
from jiarenbase.core.domain.text import is_valid_mobile
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.errors_plain import explain, scrub
from jiarenbase.core.paths import logs_dir
from jiarenbase.core.sensitive import masked
from jiarenbase.core.services import enrolment, roster_import
from jiarenbase.core.services.enrolment import StudentInput

ID = "310116200903030290"  # the number the issue saw leak (a valid one: born 2009-03-03, male)
PHONE = "13917654321"
GREP = re.compile(r"[1-9][0-9]{16}[0-9Xx]")  # the issue's `grep -rE` over the data folder
PG_URL = os.environ.get("JIARENBASE_TEST_PG_URL", "")
log = logging.getLogger("jiarenbase.tests.leaks")


def test_the_known_numbers_are_real_ones():
    assert is_valid_id_number(ID) and is_valid_mobile(PHONE)


def leaks(text: str) -> list[str]:
    """What of the student's numbers (or any 18-character ID shape) `text` shows in full."""
    return [n for n in (ID, PHONE) if n in text] + GREP.findall(text)


def assert_masked(text: str) -> None:
    assert not leaks(text), text


# ------------------------------------------------------------------------------ fixtures

@pytest.fixture
def log_file(data_dir):
    """A log file like the desktop's (gui/crash.configure_logging): a masked handler on the root logger."""
    path = logs_dir(data_dir) / "jiarenbase.log"
    handler = masked(RotatingFileHandler(path, encoding="utf-8"), "%(asctime)s %(levelname)s %(name)s: %(message)s")
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield path
    finally:
        root.removeHandler(handler)
        handler.close()


def logged(path: Path) -> str:
    for h in logging.getLogger().handlers:
        h.flush()
    return path.read_text(encoding="utf-8")


@pytest.fixture
def student(db, admin) -> enrolment.StudentDTO:
    return enrolment.create_student(db, admin, StudentInput(name="王芳", id_number=ID, phone=PHONE))


def refused_by_the_database(db) -> IntegrityError:
    """The database's own unique violation: a second row with the student's ID number,
    written past the service's check (as a concurrent writer would)."""
    with pytest.raises(IntegrityError) as info, db.transaction() as s:
        s.add(Student(name="王芳", sex=Sex.MALE, id_number=ID, birth_date=date(2009, 3, 3), phone=PHONE))
        s.flush()
    return info.value


def with_parameters() -> IntegrityError:
    """The same error as an engine without hide_parameters would word it (the row in
    "[parameters: …]"): what the scrubber still has to stop should one ever be made."""
    import sqlite3

    return IntegrityError("INSERT INTO student (name, id_number, phone) VALUES (?, ?, ?)", ("王芳", ID, PHONE),
                          sqlite3.IntegrityError("UNIQUE constraint failed: student.id_number"))


def every_text_of(exc: BaseException, db_url: str) -> list[str]:
    """What a person or a log may get of `exc`: the scrubbed line, the plain words, the masked traceback."""
    from jiarenbase.core.sensitive import mask_sensitive

    plain = explain(exc, database=db_url)
    return [scrub(str(exc)), mask_sensitive(str(exc)), *((plain.zh, plain.en) if plain else ()),
            mask_sensitive("".join(traceback.format_exception(exc)))]


# ------------------------------------------------------------------------------ engines

def test_engines_do_not_put_the_row_into_their_errors(db, student, backend):
    exc = refused_by_the_database(db)
    assert db.engine.hide_parameters
    assert "[SQL parameters hidden" in str(exc) and "[parameters:" not in str(exc)
    assert PHONE not in str(exc)  # the other values of the row never appear
    # SQLite names the column only; PostgreSQL's DETAIL line quotes the key itself —
    # hide_parameters cannot hide that, the scrubber below does
    assert (ID in str(exc)) is (backend == "postgres")


# ------------------------------------------------------------------------------ constraint

def test_a_second_student_with_the_id_is_refused_without_showing_it(db, admin, student, log_file):
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, StudentInput(name="王芳芳", id_number=ID, phone=PHONE))
    exc = info.value
    assert "已登记为学员“王芳”" in exc.zh
    for text in (exc.zh, exc.en, *(p.text("zh") for p in exc.problems)):
        assert_masked(text)
    log.warning("Enrolment refused: %s", exc.zh, exc_info=exc)
    assert "Enrolment refused" in logged(log_file)
    assert_masked(logged(log_file))


@pytest.mark.parametrize("made", ["by the database", "with parameters"])
def test_a_unique_key_the_database_refuses(db, student, log_file, made):
    exc = refused_by_the_database(db) if made == "by the database" else with_parameters()
    for text in every_text_of(exc, db.url):
        assert_masked(text)
    try:  # uncaught as far as the service goes: the desktop logs it with its traceback
        raise RuntimeError(f"saving the student failed: {exc}") from exc
    except RuntimeError:
        log.exception("Unexpected error in a background call")
    text = logged(log_file)
    assert "IntegrityError" in text and "Traceback" in text
    assert_masked(text)


# ------------------------------------------------------------------------------ connection

def refused_login(monkeypatch, backend) -> str:
    """A URL whose user name is the ID number, and a server that refuses it: the test
    server itself on PostgreSQL, else psycopg's own error raised where libpq would."""
    if backend == "postgres":
        return make_url(PG_URL).set(username=ID, password="wrong").render_as_string(hide_password=False)
    import psycopg

    def refuse(*_a, **_k):
        raise psycopg.OperationalError('connection failed: connection to server at "127.0.0.1", port 5432 failed: '
                                       f'FATAL:  password authentication failed for user "{ID}"')

    monkeypatch.setattr(psycopg, "connect", refuse)
    return f"postgresql://{ID}:wrong@127.0.0.1:5432/jiarenbase"


def test_a_refused_login_whose_text_holds_the_id(backend, monkeypatch, log_file):
    url = refused_login(monkeypatch, backend)
    engine = create_engine(url)
    try:
        with pytest.raises(OperationalError) as info:
            engine.connect().close()
    finally:
        engine.dispose()
    exc = info.value
    assert ID in str(exc)  # the driver's words quote the user name
    for text in every_text_of(exc, url):
        assert_masked(text)
    log.error("The database could not be opened", exc_info=exc)
    assert_masked(logged(log_file))


# ------------------------------------------------------------------------------ the command line

@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys, data_dir):
    """cli(db, *args) on the database `db` (a URL); debug=True: under --debug (the traceback on stderr)."""
    def call(db: str, *args, debug: bool = False) -> Result:
        capsys.readouterr()
        code = run(["--data-dir", str(data_dir), "--db", db, *(["--debug"] if debug else []),
                    *[str(a) for a in args]])
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


def roster(folder: Path, classmates: int = 0) -> Path:
    """A school's roster holding the student (its file named after the student, as schools do)
    and `classmates` more."""
    wb = Workbook()
    wb.active.append(["姓名", "身份证号", "手机"])
    wb.active.append(["王芳", ID, PHONE])
    for i in range(classmates):
        first17 = f"3101162003{1 + i % 12:02d}{1 + i % 28:02d}{i:03d}"
        wb.active.append(["同学" + "甲乙丙丁戊己庚辛壬癸"[i % 10] + "甲乙丙丁戊己庚辛壬癸"[i // 10 % 10],
                          first17 + check_char(first17), f"1380000{i:04d}"])
    path = folder / f"王芳{ID}.xlsx"
    wb.save(path)
    return path


@pytest.fixture
def full_disk(monkeypatch):
    """No finished file may be given its name: os.replace of a ".part" fails with ENOSPC."""
    real = os.replace

    def replace(src, dst, *a, **k):
        if str(src).endswith(".part"):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(src))
        return real(src, dst, *a, **k)

    monkeypatch.setattr(os, "replace", replace)


@pytest.fixture
def sqlite_full():
    """SQLite's own SQLITE_FULL on every new connection from now on: the database may not grow by a page."""
    def fn(dbapi_conn, _record):
        if type(dbapi_conn).__module__.startswith("sqlite3"):
            pages = dbapi_conn.execute("PRAGMA page_count").fetchone()[0]
            dbapi_conn.execute(f"PRAGMA max_page_count = {pages}")

    def fill() -> None:
        event.listen(Engine, "connect", fn)

    yield fill
    if event.contains(Engine, "connect", fn):
        event.remove(Engine, "connect", fn)


@pytest.mark.parametrize("debug", [False, True])
def test_import_roster_on_a_full_disk(cli, tmp_path, sqlite_full, debug):
    """SQLite only: a PostgreSQL server's full disk cannot be made here (the failures below cover it)."""
    db = "sqlite:///" + str(tmp_path / "full.sqlite3")
    assert cli(db, "import-roster", roster(tmp_path), "--school", "满盘院校", "--cohort", "F1", "--dry-run").code == 0
    sqlite_full()
    r = cli(db, "import-roster", roster(tmp_path, 400), "--school", "满盘院校", "--cohort", "F1", debug=debug)
    assert r.code == 2 and "磁盘空间已满" in r.err
    assert ("Traceback" in r.err) is debug
    assert_masked(r.err + r.out)


@pytest.mark.parametrize("debug", [False, True])
def test_import_roster_that_fails(db, db_url, student, cli, tmp_path, monkeypatch, debug):
    """A concurrent import's unique violation (on PostgreSQL the DETAIL quotes the ID) and
    an unexpected failure whose text holds the row."""
    raced = refused_by_the_database(db)
    for failure in (raced, with_parameters(), RuntimeError(f"第 2 行（{ID}，{PHONE}）写入失败")):
        def fail(*_a, _exc=failure, **_k):
            raise _exc

        monkeypatch.setattr(roster_import, "import_roster", fail)
        r = cli(db_url, "import-roster", roster(tmp_path), "--school", "某院校", "--cohort", "C1", debug=debug)
        assert r.code != 0 and r.err
        assert ("Traceback" in r.err) is debug
        assert_masked(r.err + r.out)


@pytest.mark.parametrize("debug", [False, True])
def test_export_and_backup_on_a_full_disk(db_url, student, cli, tmp_path, full_disk, debug):
    out = tmp_path / f"学员{ID}.xlsx"
    r = cli(db_url, "export", "students", "--out", out, debug=debug)
    assert r.code != 0 and "磁盘空间已满" in r.err and mask_id(ID) in r.err  # the file named, masked
    assert_masked(r.err + r.out)
    r = cli(db_url, "backup", "--out", tmp_path / ID / "backup.sqlite3", debug=debug)
    assert r.code != 0 and "备份失败" in r.err
    assert_masked(r.err + r.out)
    assert not out.exists()


@pytest.mark.parametrize("debug", [False, True])
def test_a_server_that_refuses_the_login(cli, backend, monkeypatch, debug):
    r = cli(refused_login(monkeypatch, backend), "summary", debug=debug)
    assert r.code != 0 and "拒绝登录" in r.err
    assert_masked(r.err + r.out)


def test_a_student_not_found_by_the_number_typed(db_url, student, cli, tmp_path):
    other = "110105199001010010"  # typed, and not enrolled: the message repeats what was typed
    assert is_valid_id_number(other)
    r = cli(db_url, "report", "student", "--student", other, "--out", tmp_path / "r.pdf")
    assert r.code != 0 and "找不到学员" in r.err and mask_id(other) in r.err
    assert other not in r.err


# ------------------------------------------------------------------------------ audit rows

def test_the_audit_rows_hold_no_full_number(db, admin, student, log_file):
    enrolment.update_student(db, admin, student.id, student.version,
                             StudentInput(name="王芳", id_number=ID, phone="13812345678", note=f"原手机 {PHONE}"))
    with pytest.raises(ValidationError):
        enrolment.create_student(db, admin, StudentInput(name="王芳芳", id_number=ID, phone=PHONE))
    enrolment.delete_student(db, admin, student.id)
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).where(AuditEntry.entity == Student.__tablename__)).all()
        text = "\n".join(f"{e.before}\n{e.after}" for e in rows)
    assert len(rows) >= 3 and "王芳" in text
    assert_masked(text)
    assert "13812345678" not in text
