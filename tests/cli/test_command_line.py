"""The command line (`jiarenbase …`), run in-process through `jiarenbase.cli.run`.

Each test gets its own data directory (`--data-dir`); a 40-student demo database
is built once per module and copied into the tests that need one.
"""
from __future__ import annotations

import importlib.util
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook

import jiarenbase
from jiarenbase.cli import run
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.demo import DEMO_LOGINS
from jiarenbase.core.demo.vocabulary import MENTORS
from jiarenbase.core.domain.enums import PlacementOutcome, SessionKind
from jiarenbase.core.exporting import PLACEMENT_HEADERS, SESSION_HEADERS, STUDENT_HEADERS
from jiarenbase.core.importing.errors_workbook import ERROR_COLUMN
from jiarenbase.core.paths import DB_FILENAME
from jiarenbase.core.services import cohorts, enrolment, organisations, users
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.enrolment import StudentInput
from jiarenbase.core.services.listing import ListQuery


def _load_workbook_builders():
    """tests/core/importing/workbooks.py, loaded by path under a name of our own."""
    path = Path(__file__).resolve().parents[1] / "core" / "importing" / "workbooks.py"
    name = "jiarenbase_cli_tests_workbooks"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


wb_builders = _load_workbook_builders()
make_id, messy_workbook, simple_workbook = wb_builders.make_id, wb_builders.messy_workbook, wb_builders.simple_workbook

CJK = re.compile(r"[\u4e00-\u9fff]")
PROBLEM_LINE = re.compile(r"^第(\d+)行：([^：]+)：(.+)$")
SYSTEM = Actor.system()
STRONG = "Str0ng!pass\n"
EMPTY_AFTER_DEMO: set[str] = {"student_photo"}  # photos are the base's own (学员 → 导入照片…)


@dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str

    @property
    def lines(self) -> list[str]:
        return [line for line in self.out.splitlines() if line.strip()]


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def cli(capsys, data):
    """cli(*args, data_dir=…, stdin=…) → Result; --data-dir is the test's own unless given."""

    def call(*args: str, data_dir: Path | None = data, stdin: str | None = None) -> Result:
        capsys.readouterr()
        argv = (["--data-dir", str(data_dir)] if data_dir is not None else []) + [str(a) for a in args]
        if stdin is not None:
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(sys, "stdin", io.StringIO(stdin))
                code = run(argv)
        else:
            code = run(argv)
        out, err = capsys.readouterr()
        return Result(code, out, err)

    return call


def summary_json(cli, *options: str, **kw) -> dict:
    r = cli(*options, "summary", "--json", **kw)
    assert r.code == 0, r.err
    return json.loads(r.out)


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory) -> Path:
    """A data directory holding `demo --students 40 --seed 1` (copy it before changing it)."""
    folder = tmp_path_factory.mktemp("demo40")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        assert run(["--data-dir", str(folder / "data"), "demo", "--students", "40", "--seed", "1"]) == 0
    return folder / "data"


@pytest.fixture
def demo(demo_db, data) -> Path:
    """This test's own copy of the demo database, in its --data-dir."""
    data.mkdir(parents=True, exist_ok=True)
    shutil.copy2(demo_db / DB_FILENAME, data / DB_FILENAME)
    return data


def _open(data: Path):
    return open_database(None, data)


def _rows(path: Path) -> tuple[list[str], list[list[object]], object]:
    wb = load_workbook(path)
    ws = wb.active
    values = [list(r) for r in ws.iter_rows(values_only=True)]
    return [str(h) for h in values[0]], values[1:], ws


# ---------------------------------------------------------------- version ---

def test_version_in_a_subprocess(tmp_path):
    done = subprocess.run([sys.executable, "-m", "jiarenbase", "--version"], capture_output=True, text=True,
                          timeout=60, cwd=Path(__file__).resolve().parents[2])
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"JiarenBase {jiarenbase.__version__}"


# ------------------------------------------------------------------- demo ---

def test_demo_prints_the_logins_and_a_second_run_adds_nothing(cli):
    first = cli("demo", "--students", "40", "--seed", "1")
    assert first.code == 0, first.err
    assert "已写入演示数据：40 名学员" in first.out
    for user, password, _ in DEMO_LOGINS:
        assert f"  {user} / {password} / " in first.out
    assert first.err == ""
    before = summary_json(cli)

    again = cli("demo", "--students", "40", "--seed", "1")
    assert again.code == 0, again.err
    assert "演示数据已存在，未重复写入。" in again.out
    for user, password, _ in DEMO_LOGINS:
        assert f"  {user} / {password} / " in again.out
    after = summary_json(cli)
    assert after["tables"] == before["tables"]

    assert after["students"]["total"] == 40
    assert after["enterprise_clients"] == {"total": 21, "served": 21}
    assert after["live_rooms"] == 10
    assert after["users"] == 3
    assert all(n > 0 for n in after["sessions"]["by_kind"].values())


def test_default_demo_fills_every_table_and_every_outcome(cli, tmp_path):
    url = "sqlite:///" + str(tmp_path / "full.sqlite3")
    r = cli("--db", url, "demo", data_dir=tmp_path / "d")
    assert r.code == 0, r.err
    assert "已写入演示数据：240 名学员" in r.out
    d = summary_json(cli, "--db", url, data_dir=tmp_path / "d")
    empty = {name for name, n in d["tables"].items() if n == 0}
    assert empty <= EMPTY_AFTER_DEMO, f"tables the demo leaves empty: {sorted(empty)}"
    assert d["students"]["total"] == 240
    assert d["enterprise_clients"] == {"total": 21, "served": 21}
    assert d["live_rooms"] == 10
    assert set(d["placements"]["by_outcome"]) == {o.value for o in PlacementOutcome}
    assert all(n > 0 for n in d["placements"]["by_outcome"].values()), d["placements"]
    assert set(d["sessions"]["by_kind"]) == {k.value for k in SessionKind}
    assert all(n > 0 for n in d["sessions"]["by_kind"].values()), d["sessions"]
    assert d["sessions"]["total"] == sum(d["sessions"]["by_kind"].values()) == d["tables"]["practice_session"]


def test_summary_text_is_chinese(cli, demo):
    r = cli("summary")
    assert r.code == 0, r.err
    assert r.lines[0] == "学员：40"
    assert "企业客户：21（已服务 21 家）" in r.lines
    assert "直播间：10" in r.lines
    assert any(line.startswith("实训记录：") for line in r.lines)
    assert any(line.startswith("就业去向：") for line in r.lines)
    assert all(CJK.search(line) for line in r.lines)


def test_summary_text_in_english(cli, demo):
    r = cli("--lang", "en", "summary")
    assert r.code == 0, r.err
    assert r.lines[0] == "Students: 40"
    assert "Enterprise clients: 21 (served 21)" in r.lines


def test_check_is_clean_after_demo(cli, demo):
    r = cli("check")
    assert r.code == 0, r.err
    assert r.lines and all(line.startswith("✔ ") for line in r.lines)


def test_demo_refuses_a_database_with_real_data(cli, tmp_path):
    roster = simple_workbook(tmp_path / "r.xlsx", [["张三", make_id(1), "", "13800000001", ""]])
    assert cli("import-roster", roster, "--school", "某学校", "--cohort", "C1").code == 0
    r = cli("demo", "--students", "40")
    assert r.code == 1
    assert "正式数据" in r.err and r.err.startswith("错误：")
    assert "Traceback" not in r.err
    assert "Jiaren@2025" not in r.out
    assert summary_json(cli)["students"]["total"] == 1


def test_demo_refuses_before_writing_when_a_demo_login_name_is_taken(cli):
    assert cli("user", "add", "admin", "--role", "admin", "--password-stdin", stdin=STRONG).code == 0
    r = cli("demo", "--students", "7")
    assert r.code == 1
    assert "admin" in r.err and CJK.search(r.err)
    d = summary_json(cli)
    assert d["students"]["total"] == 0 and d["cohorts"] == 0 and d["users"] == 1


# ---------------------------------------------------------- import-roster ---

def _clean_roster(path: Path) -> Path:
    return simple_workbook(path, [
        ["张三", make_id(1), "男", "13800000001", "2025-06-30"],
        ["李四", make_id(2), "女", "13800000002", "2025-06-30"],
        ["王五", make_id(3), "", "13800000003", ""],
    ])


def test_import_clean_roster_creates_school_and_cohort(cli, tmp_path):
    roster = _clean_roster(tmp_path / "clean.xlsx")
    r = cli("import-roster", roster, "--school", "上海中侨职业技术大学", "--cohort", "ZB2025-01")
    assert r.code == 0, r.err
    assert "已新建合作院校“上海中侨职业技术大学”。" in r.out
    assert "已新建批次“ZB2025-01”。" in r.out
    assert "新增 3 人" in r.out
    assert r.err == ""
    d = summary_json(cli)
    assert d["students"]["total"] == 3
    assert d["partner_schools"] == 1 and d["cohorts"] == 1

    again = cli("import-roster", roster, "--school", "上海中侨职业技术大学", "--cohort", "ZB2025-01")
    assert again.code == 0, again.err
    assert "已新建" not in again.out
    assert "新增 0 人" in again.out and "已在册跳过 3 人" in again.out
    d = summary_json(cli)
    assert d["students"]["total"] == 3
    assert d["partner_schools"] == 1 and d["cohorts"] == 1


def test_import_messy_roster_reports_each_bad_row_and_imports_the_good(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    r = cli("import-roster", messy.path, "--school", "学校A", "--cohort", "C1")
    assert r.code == 1
    problems = [PROBLEM_LINE.match(line) for line in r.lines if line.startswith("第")]
    assert all(problems), r.out
    by_row: dict[int, set[str]] = {}
    for m in problems:
        by_row.setdefault(int(m.group(1)), set()).add(m.group(2))
    # every rejected Excel row is reported, with the column at fault
    assert set(messy.rejected_rows) <= set(by_row)
    assert set(by_row) <= set(messy.rejected_rows) | set(messy.accepted_rows)
    assert "身份证号" in by_row[8]
    assert "性别" in by_row[9]
    assert "身份证号" in by_row[10]
    assert "手机" in by_row[11] and "手机" in by_row[12]
    assert "导入完成：新增 4 人，已在册跳过 0 人，有问题未导入 4 行。" in r.out

    o = _open(tmp_path / "data")
    try:
        names = sorted(s.name for s in enrolment.list_students(o.db, SYSTEM).rows)
    finally:
        o.db.dispose()
    assert names == sorted(["张三", "赵六", "周八", "郑十"])  # 赵六, 周八: imported with a warning


def test_import_dry_run_writes_nothing(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    r = cli("import-roster", messy.path, "--school", "学校A", "--cohort", "C1", "--dry-run")
    assert r.code == 1
    assert "检查完成（未写入）：可导入 4 人，已在册 0 人，有问题 4 行。" in r.out
    assert "已新建合作院校" not in r.out and "已新建批次" not in r.out
    assert any(line.startswith("第8行：") for line in r.lines)
    d = summary_json(cli)
    assert d["students"]["total"] == 0 and d["partner_schools"] == 0 and d["cohorts"] == 0

    clean = cli("import-roster", _clean_roster(tmp_path / "clean.xlsx"), "--school", "学校A", "--cohort", "C1",
                "--dry-run")
    assert clean.code == 0, clean.err
    assert "可导入 3 人" in clean.out
    d = summary_json(cli)
    assert d["students"]["total"] == 0 and d["partner_schools"] == 0 and d["cohorts"] == 0


def test_import_writes_the_error_workbook(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    out = tmp_path / "errors" / "错误清单.xlsx"
    out.parent.mkdir()
    r = cli("import-roster", messy.path, "--school", "学校A", "--cohort", "C1", "--dry-run", "--errors", out)
    assert r.code == 1
    assert f"错误清单已保存：{out}（4 行）" in r.out
    headers, rows, ws = _rows(out)
    assert headers[-1] == ERROR_COLUMN and headers[0] == "原行号"
    assert len(rows) == 4
    name_col = next(i for i, h in enumerate(headers) if "姓名" in h)
    assert [row[name_col] for row in rows] == ["李四", "王五", "孙七", "吴九"]
    assert all(row[-1] for row in rows)
    assert any("手机" in str(row[-1]) for row in rows)
    # the formula typed into 吴九's phone comes back as text, never as a formula
    formula_cells = [c for r_ in ws.iter_rows(min_row=2) for c in r_ if str(c.value or "").startswith("=")]
    assert formula_cells and all(c.data_type == "s" for c in formula_cells)


def test_import_with_errors_workbook_imports_the_good_rows(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    out = tmp_path / "err.xlsx"
    r = cli("import-roster", messy.path, "--school", "学校A", "--cohort", "C1", "--errors", out)
    assert r.code == 1
    assert "错误清单已保存" in r.out and "新增 4 人" in r.out
    _, rows, _ = _rows(out)
    assert len(rows) == 4
    assert summary_json(cli)["students"]["total"] == 4


def test_import_whose_errors_workbook_cannot_be_saved_writes_nothing(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    r = cli("import-roster", messy.path, "--school", "学校A", "--cohort", "C1",
            "--errors", tmp_path / "no-such-folder" / "err.xlsx")
    assert r.code == 2
    assert "无法在" in r.err and "Traceback" not in r.err
    d = summary_json(cli)
    assert d["students"]["total"] == 0 and d["partner_schools"] == 0 and d["cohorts"] == 0


def test_import_corrupt_file_is_refused_with_exit_2(cli, tmp_path):
    bad = tmp_path / "名单.xlsx"
    bad.write_bytes(bytes(range(256)) * 12)
    r = cli("import-roster", bad, "--school", "学校A", "--cohort", "C1")
    assert r.code == 2
    assert r.err.startswith("错误：") and "名单.xlsx" in r.err
    assert "Traceback" not in r.err and "--debug" not in r.err
    d = summary_json(cli)
    assert d["students"]["total"] == 0 and d["partner_schools"] == 0 and d["cohorts"] == 0


def test_import_missing_file_exits_2(cli, tmp_path):
    r = cli("import-roster", tmp_path / "nowhere.xlsx", "--school", "学校A", "--cohort", "C1")
    assert r.code == 2
    assert "找不到文件" in r.err
    assert "Traceback" not in r.err
    assert summary_json(cli)["partner_schools"] == 0


# ----------------------------------------------------------------- export ---

def _export(cli, what: str, out: Path, *extra: str) -> tuple[Result, list[str], list[list[object]]]:
    r = cli("export", what, "--out", out, *extra)
    assert r.code == 0, r.err
    headers, rows, _ = _rows(out)
    assert f"已导出 {len(rows)} 行" in r.out
    return r, headers, rows


def test_export_students_whole_base_by_cohort_and_by_school(cli, demo, tmp_path):
    _, headers, rows = _export(cli, "students", tmp_path / "all.xlsx")
    assert headers == list(STUDENT_HEADERS) and all(CJK.search(h) for h in headers)
    assert len(rows) == 40
    sex = headers.index("性别")
    assert {row[sex] for row in rows} <= {"男", "女"}

    cohort_col, school_col = headers.index("批次"), headers.index("合作院校")
    o = _open(demo)
    try:
        listed = cohorts.list_cohorts(o.db, SYSTEM).rows
        schools = organisations.list_schools(o.db, SYSTEM).rows
        sizes = {c.code: enrolment.list_students(o.db, SYSTEM, ListQuery(filters={"cohort_id": c.id})).total
                 for c in listed}
    finally:
        o.db.dispose()
    assert len(sizes) == 7 and sum(sizes.values()) == 40
    biggest = max(sizes, key=sizes.get)
    _, _, in_cohort = _export(cli, "students", tmp_path / "cohort.xlsx", "--cohort", biggest)
    assert len(in_cohort) == sizes[biggest]
    assert {row[cohort_col] for row in in_cohort} == {biggest}

    school = schools[0].name
    _, _, at_school = _export(cli, "students", tmp_path / "school.xlsx", "--school", school)
    assert len(at_school) == sum(1 for row in rows if row[school_col] == school) > 0
    assert {row[school_col] for row in at_school} == {school}


def test_export_sessions_and_placements(cli, demo, tmp_path):
    summary = summary_json(cli)
    _, headers, sessions = _export(cli, "sessions", tmp_path / "sessions.xlsx")
    assert headers == list(SESSION_HEADERS)
    assert len(sessions) == summary["sessions"]["total"]

    _, headers, placements = _export(cli, "placements", tmp_path / "placements.xlsx")
    assert headers == list(PLACEMENT_HEADERS) and all(CJK.search(h) for h in headers)
    assert len(placements) == summary["tables"]["placement"] > 0

    cohort_col = headers.index("批次")
    code = max({row[cohort_col] for row in placements}, key=lambda c: sum(r[cohort_col] == c for r in placements))
    _, _, filtered = _export(cli, "placements", tmp_path / "p1.xlsx", "--cohort", code)
    assert len(filtered) == sum(1 for row in placements if row[cohort_col] == code)
    assert {row[cohort_col] for row in filtered} == {code}

    with sqlite3.connect(demo / DB_FILENAME) as conn:
        (expected,) = conn.execute(
            "SELECT count(*) FROM practice_session p JOIN student s ON s.id = p.student_id "
            "JOIN cohort c ON c.id = s.cohort_id WHERE c.code = ? AND p.deleted_at IS NULL", (code,)).fetchone()
    conn.close()
    _, _, cohort_sessions = _export(cli, "sessions", tmp_path / "s1.xlsx", "--cohort", code)
    assert len(cohort_sessions) == expected > 0

    r = cli("export", "sessions", "--out", tmp_path / "s2.xlsx", "--school", "上海中侨职业技术大学")
    assert r.code == 1 and "只能按批次" in r.err
    assert not (tmp_path / "s2.xlsx").exists()


def test_export_writes_formula_like_text_as_text(cli, demo, tmp_path):
    formula = '=HYPERLINK("http://x","y")'
    o = _open(demo)
    try:
        enrolment.create_student(o.db, SYSTEM, StudentInput(name="公式测试", id_number=make_id(901), major=formula,
                                                            class_name="=1+1"))
    finally:
        o.db.dispose()
    out = tmp_path / "students.xlsx"
    cli_result = cli("export", "students", "--out", out)
    assert cli_result.code == 0, cli_result.err
    ws = load_workbook(out).active
    headers = [c.value for c in ws[1]]
    row = next(r for r in ws.iter_rows(min_row=2) if r[0].value == "公式测试")
    major, klass = row[headers.index("专业")], row[headers.index("班级")]
    assert major.value == formula and major.data_type == "s"
    assert klass.value == "=1+1" and klass.data_type == "s"
    assert not any(c.data_type == "f" for r in ws.iter_rows() for c in r)


def test_export_unknown_cohort_or_school_is_refused(cli, demo, tmp_path):
    out = tmp_path / "x.xlsx"
    r = cli("export", "students", "--out", out, "--cohort", "NO-SUCH")
    assert r.code == 1
    assert r.err.strip() == "错误：找不到批次“NO-SUCH”。"
    assert not out.exists()
    r = cli("export", "placements", "--out", out, "--school", "没有这所学校")
    assert r.code == 1 and "找不到合作院校" in r.err
    assert not out.exists()


# -------------------------------------------------------- backup, restore ---

def test_backup_then_restore_undoes_a_change(cli, demo, tmp_path):
    backup = tmp_path / "keep" / "before.sqlite3"
    r = cli("backup", "--out", backup)
    assert r.code == 0, r.err
    assert backup.is_file() and f"已备份到 {backup}" in r.out

    assert cli("user", "add", "zhanglaoshi", "--role", "staff", "--password-stdin", stdin=STRONG).code == 0
    assert summary_json(cli)["users"] == 4

    r = cli("restore", backup)
    assert r.code == 0, r.err
    assert "已从" in r.out and "恢复" in r.out
    safety = list((demo / "backups" / "safety").glob("*before-restore*"))
    assert len(safety) == 1
    assert str(safety[0]) in r.out
    with sqlite3.connect(safety[0]) as conn:  # the safety copy still has the change
        assert conn.execute("SELECT count(*) FROM app_user WHERE username = 'zhanglaoshi'").fetchone() == (1,)
    conn.close()

    d = summary_json(cli)
    assert d["users"] == 3 and d["students"]["total"] == 40
    o = _open(demo)
    try:
        assert "zhanglaoshi" not in {u.username for u in users.list_users(o.db, SYSTEM)}
    finally:
        o.db.dispose()
    check = cli("check")
    assert check.code == 0 and all(line.startswith("✔ ") for line in check.lines)


def test_backup_without_out_goes_to_the_backups_folder(cli, demo):
    r = cli("backup")
    assert r.code == 0, r.err
    made = list((demo / "backups").glob("jiarenbase-*-manual.sqlite3"))
    assert len(made) == 1 and str(made[0]) in r.out


def test_restore_of_a_missing_or_foreign_file_is_refused(cli, demo, tmp_path):
    r = cli("restore", tmp_path / "nothing.sqlite3")
    assert r.code == 1 and "找不到备份文件" in r.err
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all")
    r = cli("restore", junk)
    assert r.code == 1 and "不是 JiarenBase 的 SQLite 备份文件" in r.err
    assert summary_json(cli)["students"]["total"] == 40


# ------------------------------------------------------------------ users ---

def test_user_add_with_password_from_stdin(cli):
    r = cli("user", "add", "jiaowu2", "--role", "staff", "--password-stdin", stdin=STRONG)
    assert r.code == 0, r.err
    assert "已新建用户“jiaowu2”（教务）。" in r.out
    assert summary_json(cli)["users"] == 1

    dup = cli("user", "add", "JiaoWu2", "--role", "staff", "--password-stdin", stdin=STRONG)
    assert dup.code == 1 and "用户名" in dup.err and "已存在" in dup.err
    assert summary_json(cli)["users"] == 1


def test_user_add_refuses_a_weak_password(cli):
    r = cli("user", "add", "weakling", "--role", "staff", "--password-stdin", stdin="abc\n")
    assert r.code == 1
    assert r.err.startswith("错误：密码：")
    assert summary_json(cli)["users"] == 0


def test_user_add_mentor_needs_its_mentor(cli, demo):
    r = cli("user", "add", "daoshi", "--role", "mentor", "--password-stdin", stdin=STRONG)
    assert r.code == 1 and "关联导师" in r.err
    r = cli("user", "add", "daoshi", "--role", "mentor", "--mentor", "不存在的导师", "--password-stdin", stdin=STRONG)
    assert r.code == 1 and "找不到导师" in r.err
    r = cli("user", "add", "daoshi", "--role", "mentor", "--mentor", MENTORS[0][0], "--password-stdin", stdin=STRONG)
    assert r.code == 0, r.err
    assert "（导师）" in r.out


# ----------------------------------------------------------------- errors ---

def test_english_messages_with_lang_en(cli, demo, tmp_path):
    r = cli("--lang", "en", "export", "students", "--out", tmp_path / "x.xlsx", "--cohort", "NO-SUCH")
    assert r.code == 1
    assert r.err.strip() == "Error: No cohort 'NO-SUCH'."
    r = cli("--lang", "en", "user", "add", "weakling", "--role", "staff", "--password-stdin", stdin="abc\n")
    assert r.code == 1 and r.err.startswith("Error: password: ") and not CJK.search(r.err)
    r = cli("--lang", "en", "import-roster", tmp_path / "nowhere.xlsx", "--school", "S", "--cohort", "C")
    assert r.code == 2 and "not found" in r.err


def test_english_import_problems(cli, tmp_path):
    messy = messy_workbook(tmp_path / "messy.xlsx")
    r = cli("--lang", "en", "import-roster", messy.path, "--school", "S", "--cohort", "C", "--dry-run")
    assert r.code == 1
    assert any(line.startswith("row 8: ") for line in r.lines)
    assert "Checked (nothing written): 4 importable, 0 already enrolled, 4 rejected." in r.out


def test_debug_shows_a_traceback_and_the_default_does_not(cli, demo, tmp_path):
    args = ("export", "students", "--out", tmp_path / "x.xlsx", "--cohort", "NO-SUCH")
    plain = cli(*args)
    assert plain.code == 1 and "Traceback" not in plain.err
    debug = cli("--debug", *args)
    assert debug.code == 1
    assert "Traceback (most recent call last)" in debug.err and "找不到批次“NO-SUCH”" in debug.err


def test_unexpected_errors_are_said_plainly(cli, data, monkeypatch):
    from jiarenbase import commands

    _open(data).db.dispose()  # summary only reads an existing database

    def boom(o, args):
        raise RuntimeError("disk on fire")

    monkeypatch.setitem(commands.COMMANDS, "summary", boom)
    plain = cli("summary")
    assert plain.code == 2
    assert "发生意外错误：RuntimeError: disk on fire" in plain.err
    assert "--debug" in plain.err and "Traceback" not in plain.err
    debug = cli("--debug", "summary")
    assert debug.code == 2 and "Traceback (most recent call last)" in debug.err
    en = cli("--lang", "en", "summary")
    assert en.code == 2 and "Unexpected error: RuntimeError: disk on fire" in en.err


# --- report ------------------------------------------------------------------------

def test_report_school_pack_and_per_student_certificates(cli, demo, tmp_path):
    with _open(demo).db.read() as s:
        from sqlalchemy import select

        from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
        from jiarenbase.core.domain.enums import Stage

        school = s.scalar(select(PartnerSchool.name).order_by(PartnerSchool.id))
        code, done = s.execute(select(Cohort.code, Cohort.id).join(Student, Student.cohort_id == Cohort.id)
                               .where(Student.stage == Stage.COMPLETED)).first()
    r = cli("report", "school", "--school", school, "--out", tmp_path / "pack.pdf")
    assert r.code == 0, r.err
    assert "已生成" in r.out and (tmp_path / "pack.pdf").read_bytes().startswith(b"%PDF")
    r = cli("report", "certificate", "--cohort", code, "--per-student", "--out", tmp_path / "certs")
    assert r.code == 0, r.err
    assert len(list((tmp_path / "certs").glob("结业证书_*.pdf"))) >= 1
    r = cli("report", "annual", "--year", "2025", "--out", tmp_path / "annual.pdf")
    assert r.code == 0 and (tmp_path / "annual.pdf").exists()


def test_report_with_an_unknown_scope_says_so(cli, demo, tmp_path):
    r = cli("report", "cohort", "--cohort", "没有这个批次", "--out", tmp_path / "x.pdf")
    assert r.code == 1 and "找不到批次“没有这个批次”" in r.err
    r = cli("report", "student", "--out", tmp_path / "x.pdf")
    assert r.code == 1 and "学员：请选择一名学员" in r.err
    r = cli("report", "student", "--student", "000", "--out", tmp_path / "x.pdf")
    assert r.code == 1 and "找不到学员" in r.err
    assert not (tmp_path / "x.pdf").exists()


def test_selftest_opens_the_window_builds_a_pdf_and_exits_0(tmp_path):
    """`jiarenbase --selftest` (what the bundle's smoke test and IT run), in a fresh interpreter."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "jiarenbase", "--selftest"], capture_output=True, text=True,
                         env=env, timeout=300)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "main window:" in out.stdout and "report:" in out.stdout and "self-test passed" in out.stdout
