"""The command line says who is acting (issue 15): every audit entry a command writes
keeps "cli <OS user>@<machine>"; `--as USERNAME` (password from stdin or a prompt,
checked like the desktop's sign-in) names the person; `report --unmasked` needs an
administrator's --as; stderr never shows a full ID number or mobile; `grant-app-role`
is for PostgreSQL only. Run in-process through `jiarenbase.cli.run`."""
from __future__ import annotations

import io
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from jiarenbase import commands
from jiarenbase.cli import run
from jiarenbase.core import origin as origin_mod
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import AuditEntry, Student, User
from jiarenbase.core.demo import DEMO_LOGINS
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.paths import DB_FILENAME
from jiarenbase.core.services.users import MAX_FAILED_LOGINS

WHERE = "cli alice@DESK-01"
ADMIN, STAFF = DEMO_LOGINS[0][0], DEMO_LOGINS[1][0]
PASSWORD = DEMO_LOGINS[0][1]
REASON = "报送区人社局补贴申请"
NEW_PASSWORD = "Str0ng!pass"


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


class Cli:
    """cli(*args, stdin="…") → Result, in the test's data directory, on `cli.db` (--db) when set."""

    def __init__(self, capsys, data: Path) -> None:
        self.capsys, self.data, self.db = capsys, data, None

    def __call__(self, *args, stdin: str | None = None) -> Result:
        self.capsys.readouterr()
        argv = ["--data-dir", str(self.data)] + (["--db", self.db] if self.db else []) + [str(a) for a in args]
        with pytest.MonkeyPatch.context() as mp:
            if stdin is not None:
                mp.setattr(sys, "stdin", io.StringIO(stdin))
            code = run(argv)
        out, err = self.capsys.readouterr()
        return Result(code, out, err)

    @property
    def url(self) -> str:
        return self.db or "sqlite:///" + str(self.data / DB_FILENAME)


REAL_LOOKUP = origin_mod.os_user_and_machine


@pytest.fixture(autouse=True)
def at_desk(monkeypatch):
    """Every command runs as the OS user alice on the machine DESK-01."""
    monkeypatch.setattr(origin_mod, "os_user_and_machine", lambda: ("alice", "DESK-01"))


@pytest.fixture
def cli(capsys, tmp_path) -> Cli:
    return Cli(capsys, tmp_path / "data")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    """A 15-student demo database (SQLite), copied into the tests that use it."""
    folder = tmp_path_factory.mktemp("demo15")
    assert run(["--data-dir", str(folder), "demo", "--students", "15", "--seed", "1"]) == 0
    return folder / DB_FILENAME


@pytest.fixture
def demo(cli, demo_file) -> Cli:
    cli.data.mkdir(parents=True)
    shutil.copy2(demo_file, cli.data / DB_FILENAME)
    return cli


def entries(url: str, *actions: str) -> list[AuditEntry]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(select(AuditEntry).where(AuditEntry.action.in_(actions)).order_by(AuditEntry.id))
            return list(rows)
    finally:
        engine.dispose()


def user_id(url: str, name: str) -> int:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return conn.scalar(select(User.id).where(User.username == name))
    finally:
        engine.dispose()


def a_student(url: str) -> tuple[int, str]:
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            return tuple(conn.execute(select(Student.id, Student.id_number).where(Student.deleted_at.is_(None))
                                      .order_by(Student.id)).first())
    finally:
        engine.dispose()


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def make_id(seq: int) -> str:
    """A valid ID number (odd sequence: male)."""
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


def roster(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "性别", "手机"])
    ws.append(["张三", make_id(1), "男", "13800000001"])
    ws.append(["李四", make_id(2), "女", "13800000002"])
    wb.save(path)
    return path


# ----------------------------------------------------------------------------- origin

def test_origin_names_the_os_user_and_the_machine(monkeypatch):
    monkeypatch.setattr(origin_mod, "os_user_and_machine", REAL_LOOKUP)  # the real lookup, its parts patched
    monkeypatch.setattr(origin_mod.getpass, "getuser", lambda: "zhang.wei")
    monkeypatch.setattr(origin_mod.socket, "gethostname", lambda: "JIAOWU-PC")
    assert origin_mod.origin("cli") == "cli zhang.wei@JIAOWU-PC"

    def no_user():  # Windows without the variables, a container without a passwd entry
        raise OSError("no user")

    monkeypatch.setattr(origin_mod.getpass, "getuser", no_user)
    monkeypatch.setenv("USERNAME", "wangfang")
    assert origin_mod.origin("cli") == "cli wangfang@JIAOWU-PC"
    monkeypatch.delenv("USERNAME")
    monkeypatch.delenv("USER", raising=False)
    monkeypatch.setattr(origin_mod.socket, "gethostname", lambda: "")
    monkeypatch.setattr(origin_mod.platform, "node", lambda: "")
    assert origin_mod.origin("cli") == "cli ?@?"
    monkeypatch.setattr(origin_mod.getpass, "getuser", lambda: "x\n" * 200)
    long = origin_mod.origin("desktop")
    assert len(long) == origin_mod.MAX_ORIGIN and "\n" not in long and long.startswith("desktop x")


def test_every_data_changing_command_records_the_os_user_and_machine(cli, db_url, tmp_path):
    """demo, import-roster, user add, backup, restore and report --unmasked, on SQLite and PostgreSQL."""
    cli.db = db_url
    assert cli("demo", "--students", "15", "--seed", "1").code == 0
    r = cli("import-roster", roster(tmp_path / "r.xlsx"), "--school", "学校A", "--cohort", "C1")
    assert r.code == 0, r.err
    r = cli("user", "add", "zhanglaoshi", "--role", "staff", "--password-stdin", stdin=NEW_PASSWORD + "\n")
    assert r.code == 0, r.err
    backup = tmp_path / ("b.sqlite3" if db_url.startswith("sqlite") else "b.pgdump")
    assert cli("backup", "--out", backup).code == 0
    student, _ = a_student(cli.url)
    r = cli("report", "student", "--student", student, "--unmasked", REASON, "--as", ADMIN, "--password-stdin",
            "--out", tmp_path / "full.pdf", stdin=PASSWORD + "\n")
    assert r.code == 0, r.err

    made = entries(cli.url, "demo", "import", "create", "backup", "print_unmasked", "login")
    assert {e.action for e in made} == {"demo", "import", "create", "backup", "print_unmasked", "login"}
    assert {e.origin for e in made} == {WHERE}
    assert {e.username for e in made if e.action != "print_unmasked" and e.action != "login"} == {"system"}

    assert cli("restore", backup).code == 0
    [restored] = entries(cli.url, "restore")
    assert restored.origin == WHERE and restored.username == "system"


# --------------------------------------------------------------------- report --unmasked

def test_unmasked_without_as_is_refused_and_writes_nothing(demo, tmp_path):
    student, full = a_student(demo.url)
    out = tmp_path / "x.pdf"
    r = demo("report", "student", "--student", student, "--unmasked", REASON, "--out", out)
    assert r.code == 1
    assert r.err.startswith("错误：--as：") and "--as 管理员用户名" in r.err and "--password-stdin" in r.err
    assert not out.exists() and entries(demo.url, "print_unmasked") == []
    en = demo("--lang", "en", "report", "student", "--student", student, "--unmasked", REASON, "--out", out)
    assert en.code == 1 and "--as ADMIN_USERNAME" in en.err and not out.exists()


def test_unmasked_with_a_wrong_password_is_refused(demo, tmp_path):
    student, _ = a_student(demo.url)
    out = tmp_path / "x.pdf"
    r = demo("report", "student", "--student", student, "--unmasked", REASON, "--as", ADMIN, "--password-stdin",
             "--out", out, stdin="wrong-password\n")
    assert r.code == 1
    assert r.err.startswith(f"错误：--as {ADMIN}：用户名或密码不正确。") and "请检查 --as" in r.err
    r = demo("report", "student", "--student", student, "--unmasked", REASON, "--as", "nobody", "--password-stdin",
             "--out", out, stdin=PASSWORD + "\n")
    assert r.code == 1 and "用户名或密码不正确" in r.err
    assert not out.exists() and entries(demo.url, "print_unmasked") == []


def test_wrong_passwords_lock_the_account_as_at_the_desktop(demo, tmp_path):
    student, _ = a_student(demo.url)
    out = tmp_path / "x.pdf"
    args = ("report", "student", "--student", student, "--unmasked", REASON, "--as", ADMIN, "--password-stdin",
            "--out", out)
    for _ in range(MAX_FAILED_LOGINS):
        assert demo(*args, stdin="wrong\n").code == 1
    r = demo(*args, stdin=PASSWORD + "\n")
    assert r.code == 1 and "已锁定" in r.err and "--as" in r.err
    assert not out.exists()
    [locked] = entries(demo.url, "locked")
    assert locked.username == ADMIN and locked.origin == WHERE


def test_unmasked_as_a_staff_account_is_refused(demo, tmp_path):
    student, full = a_student(demo.url)
    out = tmp_path / "x.pdf"
    r = demo("report", "student", "--student", student, "--unmasked", REASON, "--as", STAFF, "--password-stdin",
             "--out", out, stdin=PASSWORD + "\n")
    assert r.code == 1
    assert f"--as {STAFF}：该账号不是管理员" in r.err and "去掉 --unmasked" in r.err
    assert not out.exists() and entries(demo.url, "print_unmasked") == []
    # the same account prints the masked report: the full number is not in it
    r = demo("report", "student", "--student", student, "--as", STAFF, "--password-stdin", "--out", out,
             stdin=PASSWORD + "\n")
    assert r.code == 0, r.err
    text = pdf_text(out)
    assert full not in text and f"{full[:6]}********{full[-4:]}" in text


def test_unmasked_as_an_admin_prints_the_full_id_and_names_the_admin(demo, tmp_path, monkeypatch):
    student, full = a_student(demo.url)
    asked = []
    monkeypatch.setattr("getpass.getpass", lambda prompt="": asked.append(prompt) or PASSWORD)
    out = tmp_path / "full.pdf"
    r = demo("report", "student", "--student", student, "--unmasked", REASON, "--as", ADMIN, "--out", out)
    assert r.code == 0, r.err
    assert asked == [f"账号“{ADMIN}”的密码："]
    assert full in pdf_text(out)
    [entry] = entries(demo.url, "print_unmasked")
    assert (entry.username, entry.user_id, entry.origin) == (ADMIN, user_id(demo.url, ADMIN), WHERE)
    assert REASON in entry.after and full not in entry.after


def test_a_short_reason_is_refused_before_any_password_is_asked(demo, tmp_path, monkeypatch):
    student, _ = a_student(demo.url)

    def no_prompt(prompt=""):
        raise AssertionError("asked for a password")

    monkeypatch.setattr("getpass.getpass", no_prompt)
    r = demo("report", "student", "--student", student, "--unmasked", "报送", "--as", ADMIN, "--out", tmp_path / "x")
    assert r.code == 1 and "用途说明" in r.err and "至少" in r.err
    assert entries(demo.url, "login") == []


# ------------------------------------------------------------------- --as on other commands

def test_as_names_the_person_on_import_user_add_and_restore(demo, tmp_path):
    r = demo("import-roster", roster(tmp_path / "r.xlsx"), "--school", "学校A", "--cohort", "C1", "--as", STAFF,
             "--password-stdin", stdin=PASSWORD + "\n")
    assert r.code == 0, r.err
    [imported] = entries(demo.url, "import")
    assert (imported.username, imported.user_id, imported.origin) == (STAFF, user_id(demo.url, STAFF), WHERE)

    # user add: stdin's first line is the acting admin's password, the second the new user's
    r = demo("user", "add", "lilaoshi", "--role", "staff", "--as", ADMIN, "--password-stdin",
             stdin=f"{PASSWORD}\n{NEW_PASSWORD}\n")
    assert r.code == 0, r.err
    created = [e for e in entries(demo.url, "create") if '"lilaoshi"' in e.after]
    assert [(e.username, e.origin) for e in created] == [(ADMIN, WHERE)]
    assert NEW_PASSWORD not in created[0].after

    backup = tmp_path / "b.sqlite3"
    assert demo("backup", "--out", backup, "--as", STAFF, "--password-stdin", stdin=PASSWORD + "\n").code == 0
    assert entries(demo.url, "backup")[-1].username == STAFF
    r = demo("restore", backup, "--as", STAFF, "--password-stdin", stdin=PASSWORD + "\n")
    assert r.code == 1 and "无权恢复数据库" in r.err
    assert entries(demo.url, "restore") == []


# ------------------------------------------------------------------------------ stderr

ID, PHONE = make_id(7), "13912345678"


@pytest.mark.parametrize("debug", [False, True])
def test_stderr_never_shows_a_full_id_or_mobile(demo, monkeypatch, debug):
    from jiarenbase.core.errors import JiarenError

    def unexpected(o, args):
        raise RuntimeError(f"UNIQUE failed [parameters: ('{ID}', '{PHONE}')]")

    def plain(o, args):
        raise JiarenError(f"身份证号 {ID} 已登记（手机 {PHONE}）。", f"ID {ID} exists (mobile {PHONE}).")

    flag = ("--debug",) if debug else ()
    for fail in (unexpected, plain):
        monkeypatch.setitem(commands.COMMANDS, "summary", fail)
        r = demo(*flag, "summary")
        assert r.code in (1, 2) and r.err
        assert ID not in r.err and PHONE not in r.err, r.err
        assert ("Traceback" in r.err) is debug
    assert f"身份证号 {ID[:6]}********{ID[-4:]} 已登记" in r.err  # said, masked (the plain error came last)


def test_argparse_errors_mask_the_value_they_repeat(capsys):
    with pytest.raises(SystemExit) as exited:  # "invalid choice: '…'" names what was typed
        run(["export", ID, "--out", "x.xlsx"])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and "invalid choice" in err
    assert ID not in err and f"{ID[:6]}********{ID[-4:]}" in err


# ---------------------------------------------------------------------------- grant-app-role

def test_grant_app_role_on_sqlite_says_it_is_for_postgresql_and_opens_nothing(cli, tmp_path):
    r = cli("grant-app-role", "jiaren_app")
    assert r.code == 1
    assert "grant-app-role 只用于 PostgreSQL" in r.err and "Windows 账户" in r.err and "--db postgresql://" in r.err
    assert not cli.data.exists()
    r = cli("--lang", "en", "grant-app-role", "jiaren_app")
    assert r.code == 1 and "PostgreSQL only" in r.err


def test_grant_app_role_prints_what_was_granted(cli, db_url, monkeypatch):
    from jiarenbase.core.db import pg_roles

    calls = []

    def grant(engine, role):
        calls.append((engine.url.get_backend_name(), role))
        return [f'GRANT SELECT, INSERT ON audit_entry TO "{role}"', f'GRANT USAGE ON SCHEMA public TO "{role}"']

    monkeypatch.setattr(pg_roles, "grant_app_role", grant)
    cli.db = db_url
    r = cli("grant-app-role", "jiaren_app")
    if db_url.startswith("sqlite"):
        assert r.code == 1 and "只用于 PostgreSQL" in r.err and calls == []
        return
    assert r.code == 0, r.err
    assert calls == [("postgresql", "jiaren_app")]
    assert "已给角色“jiaren_app”授权（共 2 条语句）：" in r.out
    assert '  GRANT SELECT, INSERT ON audit_entry TO "jiaren_app"' in r.out
