"""Two roster imports at once (issue 14, item 6), as two `jiarenbase import-roster`
processes on the same database — SQLite, and PostgreSQL when JIARENBASE_TEST_PG_URL
is set.

Left to the scheduler, the second import usually starts after the first committed
and nothing races. So each child process waits at a gate (two files in a shared
folder) just before its first write: both have read "no such school" / "nobody
enrolled yet" when they go on, which is the race the issue met.

- Both create the same new school: one creates it, the other finds it — the school
  exists once, every student once, both exit 0 or 1, stderr holds no IntegrityError
  and no name, ID number or phone.
- The same people into two cohorts at once: on PostgreSQL the second import waits
  for the first and then skips whom it enrolled ("已在册跳过"), as on SQLite.
"""
from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from sqlalchemy import text

from jiarenbase.core.db.backup import content_digests
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import organisations
from jiarenbase.core.services.organisations import SchoolInput

REPO = Path(__file__).resolve().parents[3]
PEOPLE = 60
SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许"
GIVEN = "一二三四五六七八九十明华"

# The child: a gate in front of one function of roster_import (the first write of
# the school race, the students' INSERT of the cohort race), then the real CLI.
CHILD = r"""
import os, sys, time
from pathlib import Path
import jiarenbase.core.services.roster_import as ri

gate, me, where = Path(os.environ["GATE_DIR"]), os.environ["GATE_NAME"], os.environ["GATE_AT"]
original, passed = getattr(ri, where), []

def gated(*args, **kwargs):
    if not passed:  # once: a re-run of the import goes straight on
        passed.append(True)
        (gate / me).write_text("ready")
        deadline = time.monotonic() + 30
        while len(list(gate.iterdir())) < 2 and time.monotonic() < deadline:
            time.sleep(0.005)
    return original(*args, **kwargs)

setattr(ri, where, gated)
from jiarenbase.cli import run
sys.exit(run(sys.argv[1:]))
"""


@dataclass(frozen=True)
class Person:
    name: str
    id_number: str
    phone: str


def people(n: int = PEOPLE) -> list[Person]:
    out = []
    for i in range(n):
        first17 = f"310116{date(2003, 1, 1 + i % 28):%Y%m%d}{i:03d}"
        out.append(Person(SURNAMES[i % 20] + GIVEN[(i // 20) % 12] + GIVEN[i % 12], first17 + check_char(first17),
                          f"139{i:08d}"))
    return out


def roster(path: Path, who: list[Person]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "手机"])
    for p in who:
        ws.append([p.name, p.id_number, p.phone])
    wb.save(path)
    return path


def start(db_url: str, data: Path, gate: Path, name: str, where: str, *args: str) -> subprocess.Popen:
    env = {**os.environ, "GATE_DIR": str(gate), "GATE_NAME": name, "GATE_AT": where, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen([sys.executable, "-c", CHILD, "--db", db_url, "--data-dir", str(data), "import-roster",
                             *args], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            encoding="utf-8")


def finish(proc: subprocess.Popen) -> tuple[int, str, str]:
    out, err = proc.communicate(timeout=180)
    return proc.returncode, out, err


def scalar(db, sql: str, **params):
    with db.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar()


def assert_private(err: str, who: list[Person]) -> None:
    assert "IntegrityError" not in err and "Traceback" not in err and "SQL" not in err, err
    for p in who:
        assert p.id_number not in err and p.phone not in err and p.name not in err, err


def test_two_imports_creating_the_same_school(opened, admin, db_url, tmp_path):
    """Both processes read "no such school", then both create it."""
    db, who = opened.db, people()
    organisations.create_school(db, admin, SchoolInput(name="早已在册的院校"))  # earlier data, left alone
    before = content_digests(db.engine)
    db.dispose()
    file = roster(tmp_path / "名单.xlsx", who)
    gate = tmp_path / "gate"
    gate.mkdir()
    procs = [start(db_url, tmp_path / "data", gate, name, "insert_row", str(file), "--school", "新合作院校",
                   "--cohort", "XB2025-01") for name in ("a", "b")]
    results = [finish(p) for p in procs]

    for code, _out, err in results:
        assert code in (0, 1), err
        assert_private(err, who)
    outs = "".join(out for _c, out, _e in results)
    assert outs.count("已新建合作院校“新合作院校”") == 1  # one created it, the other found it
    assert f"新增 {PEOPLE} 人" in outs and f"已在册跳过 {PEOPLE} 人" in outs
    assert scalar(db, "SELECT count(*) FROM partner_school WHERE name = :n", n="新合作院校") == 1
    assert scalar(db, "SELECT count(*) FROM cohort WHERE code = 'XB2025-01'") == 1
    assert_each_student_once(db, who)
    # what was there before is untouched
    after = content_digests(db.engine, where={"partner_school": lambda t: t.c.name == "早已在册的院校"})
    assert after["partner_school"] == before["partner_school"]


def test_the_same_people_into_two_cohorts_at_once(opened, admin, db_url, backend, tmp_path):
    """Both have looked who is enrolled (nobody) when they write; the second skips the
    people the first enrolled: "已在册跳过" on both backends, no IntegrityError."""
    db, who = opened.db, people()
    organisations.create_school(db, admin, SchoolInput(name="同一院校"))
    db.dispose()
    file = roster(tmp_path / "名单.xlsx", who)
    gate = tmp_path / "gate"
    gate.mkdir()
    # SQLite has one writer: the gate must come before the first write of either, or the
    # second would wait for the first's lock while the first waits at the gate.
    where = "_insert_students" if backend == "postgres" else "insert_row"
    procs = [start(db_url, tmp_path / "data", gate, name, where, str(file), "--school", "同一院校", "--cohort",
                   cohort) for name, cohort in (("a", "XB2025-01"), ("b", "XB2025-02"))]
    results = [finish(p) for p in procs]

    for code, _out, err in results:
        assert code in (0, 1), err
        assert_private(err, who)
    outs = "".join(out for _c, out, _e in results)
    assert f"新增 {PEOPLE} 人，已在册跳过 0 人" in outs
    assert f"新增 0 人，已在册跳过 {PEOPLE} 人" in outs
    assert scalar(db, "SELECT count(*) FROM partner_school") == 1
    assert_each_student_once(db, who)
    # every student is in one of the two cohorts, all in the same one
    assert scalar(db, "SELECT count(DISTINCT cohort_id) FROM student") == 1


def assert_each_student_once(db, who: list[Person]) -> None:
    assert scalar(db, "SELECT count(*) FROM student") == len(who)
    assert scalar(db, "SELECT count(DISTINCT id_number) FROM student") == len(who)
    # one first stage record each: the skipped rows got none of their own
    assert scalar(db, "SELECT count(*) FROM stage_record") == len(who)
    assert scalar(db, "SELECT count(DISTINCT student_id) FROM stage_record") == len(who)

