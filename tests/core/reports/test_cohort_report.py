"""The cohort report: its title once (not again in a 批次 line), the cohort's mentors,
the pass rate of each stage, and the figures on the school pack's basis (the same
rates, from the same code). Leaves tests/output/reports/cohort_report.png (100 dpi)."""
from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import Cohort, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role, Stage
from jiarenbase.core.services import group_figures as gf
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
TODAY = date(2026, 11, 20)
RATE = re.compile(r"\d+\.\d%（\d+/\d+）")


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    opened = open_database(None, tmp_path_factory.mktemp("cohort-db"))
    build_demo(opened.db, students=40, seed=11, today=TODAY)
    yield opened.db
    opened.db.dispose()


@pytest.fixture(scope="module")
def cohort(base):
    """A cohort some of whose students completed (every stage reached by someone)."""
    with base.read() as s:
        cid = s.scalar(select(Student.cohort_id).where(Student.stage == Stage.COMPLETED)
                       .group_by(Student.cohort_id).order_by(func.count().desc()))
        row = s.get(Cohort, cid)
        return {"id": cid, "code": row.code, "name": row.name, "school": row.school_id,
                "mentors": gf.cohort_mentors(s, cid)}


def test_names_its_mentors_and_each_stages_pass_rate(base, cohort, tmp_path):
    out = tmp_path / "cohort.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.COHORT, cohort_id=cohort["id"]), out, today=TODAY)
    first = pages_of(out)[0]
    assert first.count(cohort["name"]) == 1  # in the title only: no 批次 line repeating it
    assert cohort["code"] in first
    assert cohort["mentors"] and all(name in first for name, _n in cohort["mentors"])
    assert "各阶段通过率" in first
    for stage in ("认知实训", "项目实训", "实战实训"):
        assert re.search(stage + r"\s+\d+\s+\d+\s+\d+\s+(\d+\.\d%|—)", first), stage
    OUTPUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", "1", "-l", "1", str(out),
                    str(OUTPUT / "cohort_report")], check=True)
    assert (OUTPUT / "cohort_report.png").stat().st_size > 10_000


def test_figures_match_the_school_packs_for_the_same_cohort(base, cohort, tmp_path):
    report, pack = tmp_path / "cohort.pdf", tmp_path / "pack.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.COHORT, cohort_id=cohort["id"]), report, today=TODAY)
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=cohort["school"], cohort_id=cohort["id"]),
                 pack, today=TODAY)
    in_report = RATE.findall(pages_of(report)[0])
    pack_pages = pages_of(pack)
    in_pack = RATE.findall(next(p for p in pack_pages if "主要指标" in p))
    assert in_report and in_report[:3] == in_pack[:3]  # 结业率, 取证率, 落实率 with their bases


def test_the_group_reads_agree_on_every_backend(db):
    """Activity, live-session sums and mentors are plain SQL: the same on SQLite and PostgreSQL."""
    build_demo(db, students=16, seed=5, today=TODAY)
    with db.read() as s:
        all_cohorts = list(s.scalars(select(Cohort.id)))
        started = gf.active_cohorts(s, all_cohorts)
        ids = list(s.scalars(select(Student.id)))
        live = gf.live_totals(s, ids)
        mentors = gf.cohort_mentors(s, all_cohorts[0])
    assert started and started <= set(all_cohorts)
    assert live and all(v[2] >= v[3] >= 0 for v in live.values())  # viewers ≥ buyers, live sessions only
    assert mentors and all(n > 0 for _name, n in mentors)
