"""The partner-school pack as the school reads it: a cover with the base's profile
and a signature/seal block, rates with "%" on one stated basis, a roster with
专业/班级; the default scope leaves out cohorts that have not started, ticking
one in includes it, another school's cohort is refused, and "（" finds "(".
Leaves tests/output/reports/school_pack_{cover,summary,roster}.png (100 dpi)."""
from __future__ import annotations

import shutil
import subprocess
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.cli import run
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import PlacementOutcome, Role, Stage
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import cohorts, enrolment, group_figures as gf, organisations, report_data as rd
from jiarenbase.core.services.base_profile import PROFILE_SETTING
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report, find_school
from jiarenbase.core.services.shared_settings import write_setting

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
ADMIN = Actor.system()
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
TODAY = date(2026, 11, 20)
PROFILE = {"address": "上海市宝山区沪太路1234号数字产业园3号楼5层", "phone": "021-5566 7788",
           "contact": "陈晓燕", "director": "王建国"}


def with_check(first17: str) -> str:
    return first17 + check_char(first17)


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return text.split("\f")


def png(pdf: Path, page: int, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = OUTPUT / name
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)
    return stem.with_suffix(".png")


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("pack-db")


@pytest.fixture(scope="module")
def base(data_dir):
    opened = open_database(None, data_dir)
    build_demo(opened.db, students=40, seed=7, today=TODAY)
    with opened.db.transaction() as s:
        write_setting(s, ADMIN, PROFILE_SETTING, PROFILE)
    yield opened.db
    opened.db.dispose()


@pytest.fixture(scope="module")
def school(base):
    with base.read() as s:
        row = s.scalars(select(PartnerSchool).order_by(PartnerSchool.id)).first()
        mine = [c.id for c in gf.school_cohorts(s, row.id)]
        return {"id": row.id, "name": row.name, "teacher": row.contact_person, "cohorts": mine}


def test_cover_summary_and_roster_read_as_a_document(base, school, tmp_path):
    out = tmp_path / "pack.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=school["id"]), out, today=TODAY)
    pages = pages_of(out)
    cover = pages[0]
    for text in (PROFILE["address"], PROFILE["phone"], PROFILE["contact"], "基地负责人（签字）", "盖章处", "年",
                 "出具单位", "自家人数字产业人才产学研基地", "2026年11月20日"):
        assert text in cover, text
    assert school["teacher"] not in cover  # the contact is the base's, not the school's own teacher
    roster_page = next(i for i, p in enumerate(pages) if "学员名单" in p)
    summary = "".join(pages[1:roster_page])
    assert "结业率" in summary and "取证率" in summary and "落实率" in summary and "%" in summary
    assert "职业技能等级证书（按职业与等级）" in summary and "企业认证证书" in summary and "口径说明" in summary
    assert "专业" in pages[roster_page] and "班级" in pages[roster_page]
    for i, name in ((1, "school_pack_cover"), (2, "school_pack_summary"), (roster_page + 1, "school_pack_roster")):
        assert png(out, i, name).stat().st_size > 10_000


def test_default_scope_leaves_out_a_cohort_not_started_and_ticking_it_in_includes_it(base, school, tmp_path):
    fresh = cohorts.create_cohort(base, ADMIN, cohorts.CohortInput("ZB202612-99", "2026冬季新导入班",
                                                                   school_id=school["id"]))
    newcomer = enrolment.create_student(base, ADMIN, enrolment.StudentInput(
        "欧阳新来", with_check("11010520050101002"), school_id=school["id"], cohort_id=fresh.id, major="电子商务"))
    out = tmp_path / "default.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=school["id"]), out, today=TODAY)
    text = "".join(pages_of(out))
    assert newcomer.name not in text and "未列入" in text and "ZB202612-99" in text
    ticked = tuple(school["cohorts"]) + (fresh.id,)
    out = tmp_path / "ticked.pdf"
    build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=school["id"], cohort_ids=ticked), out,
                 today=TODAY)
    assert newcomer.name in "".join(pages_of(out))
    with pytest.raises(ValidationError) as nothing:
        build_report(base, STAFF, ReportRequest(ReportKind.SCHOOL, school_id=school["id"], cohort_ids=()),
                     tmp_path / "none.pdf")
    assert "请至少勾选一个批次" in nothing.value.zh


def test_another_schools_cohort_is_refused_naming_both(base, school, tmp_path):
    with base.read() as s:
        other = s.scalars(select(PartnerSchool).where(PartnerSchool.id != school["id"]).order_by(PartnerSchool.id)
                          ).first()
        theirs = s.scalars(select(Cohort).where(Cohort.school_id == other.id)).first()
        other_name, code, theirs_id = other.name, theirs.code, theirs.id
    for request in (ReportRequest(ReportKind.SCHOOL, school_id=school["id"], cohort_id=theirs_id),
                    ReportRequest(ReportKind.SCHOOL, school_id=school["id"], cohort_ids=(school["cohorts"][0],
                                                                                         theirs_id))):
        with pytest.raises(ValidationError) as refused:
            build_report(base, STAFF, request, tmp_path / "x.pdf")
        message = refused.value.zh
        assert code in message and other_name in message and school["name"] in message and "不能列入" in message
    assert not (tmp_path / "x.pdf").exists()


def test_a_full_width_bracket_finds_the_stored_half_width_name(base, data_dir, school, tmp_path, capsys):
    made = organisations.create_school(base, ADMIN, organisations.SchoolInput("上海南湖职业学校(浦东校区)"))
    assert find_school(base, STAFF, "上海南湖职业学校（浦东校区）").id == made.id
    assert find_school(base, STAFF, "上海南湖职业学校") is None
    # the command line: --school with "（" and --cohorts ticking one cohort in
    with base.read() as s:
        first = s.get(Cohort, school["cohorts"][0]).code
    name = school["name"]
    out = tmp_path / "cli.pdf"
    rc = run(["--data-dir", str(data_dir), "report", "school", "--school", name.replace("(", "（"),
              "--cohorts", first, "--out", str(out)])
    assert rc == 0, capsys.readouterr().err
    assert first in pages_of(out)[0]
    rc = run(["--data-dir", str(data_dir), "report", "school", "--school", "上海南湖职业学校（浦东校区）",
              "--out", str(tmp_path / "empty.pdf")])
    err = capsys.readouterr().err
    assert rc == 1 and "还没有批次" in err and "找不到合作院校" not in err


def test_an_unknown_outcome_is_waiting_not_unemployed(base, school):
    with base.read() as s:
        ids = list(s.scalars(select(Student.id).where(Student.school_id == school["id"],
                                                      Student.stage == Stage.COMPLETED)))[:4]
        reports = rd.student_reports(s, ids, False)
    placed = [replace(r, placement=rd.dto.PlacementLine(PlacementOutcome.FLEXIBLE_EMPLOYMENT.zh, "", "", None, ""))
              for r in reports[:2]]
    unknown = [replace(reports[2], placement=rd.dto.PlacementLine(PlacementOutcome.UNKNOWN.zh, "", "", None, "")),
               replace(reports[3], placement=None)]
    f = gf.figures("X", "", placed + unknown, {})
    assert (f.completed, f.unconfirmed, f.confirmed, f.placed) == (4, 2, 2, 2)
    assert f.placement.value == 1.0  # the two waiting are out of the basis, not counted as unemployed
    assert any("待确认" in line for line in gf.sentences(f))
