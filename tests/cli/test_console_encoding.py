"""The command line on consoles that cannot show everything (issue 14, item 9).

`JiarenBase.exe check > log.txt` on a Chinese Windows writes GBK, which has no ✔,
✘ or 𠮷; a server with LANG=C writes ASCII. The CLI runs as a real subprocess with
such a console (PYTHONIOENCODING=gbk; LANG=C LC_ALL=C PYTHONUTF8=0): `check`,
`summary` and an import with problem rows finish with their normal exit codes, ✔/✘
become OK/FAIL, what the console cannot show becomes "?", and the import writes its
rows. A reader that goes away (`| head`) ends the output, not the import.
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from jiarenbase.cli import run
from jiarenbase.console import ConsoleWriter, fit, safe_streams
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.paths import DB_FILENAME

REPO = Path(__file__).resolve().parents[2]
GBK = {"PYTHONIOENCODING": "gbk"}
ASCII_C = {"LANG": "C", "LC_ALL": "C", "PYTHONUTF8": "0"}
CONSOLES = {"gbk": (GBK, "gbk"), "C": (ASCII_C, "ascii")}


def an_id(i: int) -> str:
    first17 = f"3101162004{1 + i % 12:02d}{1 + i % 28:02d}{i:03d}"
    return first17 + check_char(first17)


def unicode_roster(path: Path, good: int = 3, bad_extra: int = 0) -> Path:
    """Good rows, and problem rows whose messages quote 𠮷 (not in GBK) and ✔."""
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "性别", "手机"])
    for i in range(good):
        ws.append(["吉田" + "一二三四五六七八九"[i % 9], an_id(i), "", f"1390000{i:04d}"])
    ws.append(["王𠮷", "𠮷12345", "", "13900001111"])  # ID number quoted in the message
    ws.append(["张三", an_id(500), "𠮷", "139𠮷"])  # sex and phone quoted
    ws.append(["李四", an_id(501), "", "✔123"])
    for i in range(bad_extra):
        ws.append(["赵钱孙李"[i % 4] + "甲乙丙"[i % 3], f"𠮷{i:05d}", "", ""])
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def demo_data(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("console-demo")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        assert run(["--data-dir", str(folder / "data"), "demo", "--students", "12", "--seed", "3"]) == 0
    return folder / "data"


@pytest.fixture
def data(demo_data, tmp_path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy2(demo_data / DB_FILENAME, folder / DB_FILENAME)
    return folder


def jiarenbase(console: dict, data: Path, *args: str, stdout=subprocess.PIPE) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONIOENCODING", "PYTHONUTF8", "LC_ALL", "LANG")}
    env.update(console)
    return subprocess.run([sys.executable, "-m", "jiarenbase", "--data-dir", str(data), *args], env=env, cwd=REPO,
                          stdout=stdout, stderr=subprocess.PIPE, timeout=180)


def students(data: Path) -> int:
    out = jiarenbase({"PYTHONIOENCODING": "utf-8"}, data, "summary", "--json")
    assert out.returncode == 0, out.stderr.decode("utf-8", "replace")
    return json.loads(out.stdout.decode("utf-8"))["students"]["total"]


@pytest.mark.parametrize("console", sorted(CONSOLES))
def test_check_summary_and_import_on_a_narrow_console(console, data, tmp_path):
    env, encoding = CONSOLES[console]
    check = jiarenbase(env, data, "check")
    assert check.returncode == 0, check.stderr
    assert check.stderr == b""
    lines = check.stdout.decode(encoding).splitlines()
    assert lines and all(line.startswith("OK ") for line in lines), lines  # ✔ cannot be shown: OK
    if console == "gbk":
        assert any("数据库完整性" in line for line in lines)

    summary = jiarenbase(env, data, "summary")
    assert summary.returncode == 0 and summary.stderr == b"", summary.stderr
    text = summary.stdout.decode(encoding)
    assert ("学员：12" if console == "gbk" else ":12") in text

    as_json = jiarenbase(env, data, "summary", "--json")
    assert as_json.returncode == 0 and as_json.stderr == b""
    assert json.loads(as_json.stdout.decode(encoding))["students"]["total"] == 12  # \u escapes, not "?"

    imported = jiarenbase(env, data, "import-roster", str(unicode_roster(tmp_path / "名单.xlsx")), "--school",
                          "𠮷祥职业学院", "--cohort", "JX-01")
    assert imported.returncode == 1, imported.stderr  # problem rows: the normal exit code
    assert imported.stderr == b""
    out = imported.stdout.decode(encoding)
    assert out.count("?") >= 3  # 𠮷 (and, in ASCII, every Chinese character) shown as "?"
    if console == "gbk":
        assert "第5行：身份证号：“?12345”" in out
        assert "导入完成：新增 4 人，已在册跳过 0 人，有问题未导入 2 行。" in out  # a bad phone is a warning
        assert "已新建合作院校“?祥职业学院”。" in out
    assert students(data) == 16  # the rows were written


def test_failures_on_a_narrow_console_are_said_not_crashed(data, tmp_path):
    folder = tmp_path / "备份"
    folder.mkdir()
    for console, (env, encoding) in CONSOLES.items():
        r = jiarenbase(env, data, "--db", str(folder), "summary")
        assert r.returncode == 2
        err = r.stderr.decode(encoding, "replace")
        assert "Traceback" not in err and "UnicodeEncodeError" not in err, err
        if console == "gbk":
            assert "是一个文件夹" in err


def test_a_reader_that_goes_away_ends_the_output_not_the_import(data, tmp_path):
    """`jiarenbase import-roster … | head -1`: the pipe closes at once; the import still runs."""
    roster = unicode_roster(tmp_path / "名单.xlsx", bad_extra=300)  # far more than a pipe buffer of messages
    read_end, write_end = os.pipe()
    os.close(read_end)  # nobody will read: every write is EPIPE
    try:
        r = jiarenbase({"PYTHONIOENCODING": "utf-8"}, data, "import-roster", str(roster), "--school", "管道院校",
                       "--cohort", "P-01", stdout=write_end)
    finally:
        os.close(write_end)
    assert r.returncode == 1, r.stderr.decode("utf-8", "replace")
    assert r.stderr == b""
    assert students(data) == 16


# --------------------------------------------------------------------------- in process

def test_fit_keeps_what_the_console_shows_and_replaces_the_rest():
    assert fit("✔ 数据库完整性：正常", "utf-8") == "✔ 数据库完整性：正常"
    assert fit("✔ 数据库完整性：正常", "gbk") == "OK 数据库完整性：正常"
    assert fit("✘ 王𠮷", "gbk") == "FAIL 王?"
    assert fit("✔ 学员：“王𠮷”（3）", "ascii") == 'OK ??:"??"(3)'
    assert fit("lone \udc80 surrogate", "utf-8") == "lone ? surrogate"
    assert fit("x", "no-such-encoding") == "x"


def test_the_writer_never_raises(tmp_path):
    raw = open(tmp_path / "out.txt", "w", encoding="gbk")  # noqa: SIM115 - closed below
    writer = ConsoleWriter(raw)
    assert writer.write("✔ 𠮷 ok\n") == len("✔ 𠮷 ok\n")
    writer.flush()
    raw.close()
    assert writer.write("after the stream closed\n") > 0  # dropped, not raised
    writer.flush()
    assert (tmp_path / "out.txt").read_text(encoding="gbk") == "OK ? ok\n"


def test_safe_streams_restore_the_streams(capsys):
    before = sys.stdout, sys.stderr
    with safe_streams():
        assert isinstance(sys.stdout, ConsoleWriter) and isinstance(sys.stderr, ConsoleWriter)
        print("王𠮷 ✔")
    assert (sys.stdout, sys.stderr) == before
    assert capsys.readouterr().out == "王𠮷 ✔\n"  # a UTF-8 console shows everything


def test_roster_messages_and_the_errors_workbook_carry_any_unicode(capsys, data, tmp_path):
    errors = tmp_path / "错误清单.xlsx"
    code = run(["--data-dir", str(data), "import-roster", str(unicode_roster(tmp_path / "名单.xlsx")), "--school",
                "𠮷祥职业学院", "--cohort", "JX-01", "--errors", str(errors)])
    out = capsys.readouterr().out
    assert code == 1
    assert "第5行：身份证号：“𠮷12345”" in out and "“139𠮷”" in out and "已新建合作院校“𠮷祥职业学院”。" in out
    rows = [[str(v or "") for v in r] for r in load_workbook(errors).active.iter_rows(values_only=True)]
    assert any("𠮷12345" in r for r in rows) and any("王𠮷" in r for r in rows)


def test_stderr_is_masked_and_stdout_is_not(capsys):
    """Whoever writes to stderr while a command runs (an error, a --debug traceback, a
    warning, a log record) cannot show a full ID number or mobile; stdout is the command's own output."""
    import io
    import logging
    import traceback

    number, phone = "310116200903030290", "13917654321"
    with safe_streams():
        print(f"导出：{number}")
        print(f"错误：学员 {number}（{phone}）", file=sys.stderr)
        try:
            raise ValueError(f"UNIQUE failed [parameters: ('{number}', '{phone}')]")
        except ValueError:
            traceback.print_exc()
            logger = logging.getLogger("jiarenbase.tests.console")
            handler = logging.StreamHandler()  # sys.stderr now: what a console log handler gets
            logger.addHandler(handler)
            try:
                logger.warning("row %s failed", number, exc_info=True)
            finally:
                logger.removeHandler(handler)
    out, err = capsys.readouterr()
    assert out == f"导出：{number}\n"
    assert "错误：学员 310116********0290（139****4321）" in err and "Traceback" in err
    assert "row 310116********0290 failed" in err
    assert number not in err and phone not in err
    assert ConsoleWriter(io.StringIO(), masked=True).write(number) == len(number)
