"""The annual summary (基地年度总结) on one stated basis: the students of the cohorts
that ended in the year and their outcomes, the year's activity, the change from the
year before, charts; an empty year said plainly; the years from the first cohort's
to next year accepted, any other refused with the range. Pages left as PNGs in
tests/output/reports/ (annual_page1.png, annual_page2.png, annual_empty.png)."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import Certificate, Cohort, PartnerSchool, Placement, PracticeSession, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import (
    CertificateKind,
    CohortStatus,
    Occupation,
    PlacementOutcome,
    Role,
    SessionKind,
    Sex,
    SkillLevel,
    Stage,
    StudentStatus,
)
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.reports.annual_report import count_change, points_change
from jiarenbase.core.services import annual_builder
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report, check_request

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
TODAY = date(2026, 12, 7)


def text_of(pdf: Path, page: int | None = None) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return subprocess.run(["pdftotext", "-enc", "UTF-8", *pages, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def page_png(pdf: Path, page: int, name: str) -> Path:
    OUTPUT.mkdir(parents=True, exist_ok=True)
    stem = OUTPUT / name
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", str(page), "-l", str(page), str(pdf),
                    str(stem)], check=True)
    return stem.with_suffix(".png")


def annual(db, year: int, out: Path):
    return build_report(db, STAFF, ReportRequest(ReportKind.ANNUAL, year=year), out, today=TODAY)


# --------------------------------------------------------------------------- a small base made by hand

def _student(s, cohort: Cohort, seq: int, *, stage=Stage.COMPLETED, status=StudentStatus.COMPLETED) -> Student:
    first17 = f"310116200405{seq % 100:02d}{seq:03d}"[:17]
    st = Student(name=f"学员{seq}", sex=Sex.FEMALE, id_number=first17 + check_char(first17),
                 birth_date=date(2004, 5, 6), cohort_id=cohort.id, school_id=cohort.school_id, stage=stage,
                 status=status)
    s.add(st)
    s.flush()
    return st


@pytest.fixture
def small(db):
    """2022: a cohort opened and closed (nobody in it); 2023: nothing at all;
    2024: A ended (1 student, placed); 2025: B ended (4 students: 2 completed — one
    employed, one of unknown outcome —, 1 still training, 1 withdrawn) and C began,
    which ends in 2026 (not counted in 2025)."""
    with db.transaction() as s:
        school = PartnerSchool(name="金山食品工业学校")
        s.add(school)
        s.flush()

        def cohort(code, start, end):
            c = Cohort(code=code, name=f"{code}班", school_id=school.id, start_date=start, end_date=end,
                       status=CohortStatus.CLOSED)
            s.add(c)
            s.flush()
            return c

        cohort("X2022", date(2022, 1, 10), date(2022, 6, 30))
        a = cohort("A2024", date(2024, 3, 1), date(2024, 7, 15))
        b = cohort("B2025", date(2024, 10, 8), date(2025, 3, 20))
        c = cohort("C2025", date(2025, 9, 1), date(2026, 2, 1))
        placed = _student(s, a, 1)
        s.add(Placement(student_id=placed.id, outcome=PlacementOutcome.EMPLOYED_ON_GRADUATION,
                        start_date=date(2024, 8, 1)))
        employed, unknown = _student(s, b, 2), _student(s, b, 3)
        _student(s, b, 4, stage=Stage.LIVE, status=StudentStatus.ENROLLED)
        _student(s, b, 5, stage=Stage.PROJECT, status=StudentStatus.WITHDRAWN)
        # an earlier placement then a later one: the latest counts
        s.add(Placement(student_id=employed.id, outcome=PlacementOutcome.TALENT_POOL, start_date=date(2025, 4, 1)))
        s.flush()
        s.add(Placement(student_id=employed.id, outcome=PlacementOutcome.SIGNED_ENTERPRISE_PROJECT,
                        start_date=date(2026, 1, 5)))  # found in 2026: still the 2025 graduates' outcome
        s.add(Placement(student_id=unknown.id, outcome=PlacementOutcome.UNKNOWN))
        s.add(Certificate(student_id=employed.id, kind=CertificateKind.SKILL_LEVEL,
                          occupation=Occupation.STREAMER, level=SkillLevel.JUNIOR, number="JN-1",
                          issued_on=date(2025, 3, 1)))
        later = _student(s, c, 6, stage=Stage.LIVE, status=StudentStatus.ENROLLED)  # C ends in 2026
        s.add(Certificate(student_id=later.id, kind=CertificateKind.SKILL_LEVEL, occupation=Occupation.STREAMER,
                          level=SkillLevel.JUNIOR, number="JN-2", issued_on=date(2025, 12, 1)))
        for month, kind, viewers, buyers in ((3, SessionKind.MOCK_DRILL, 0, 0), (10, SessionKind.LIVE_SESSION, 200, 5),
                                             (10, SessionKind.MOCK_DRILL, 50, 50)):
            at = datetime(2025, month, 12, 14)
            s.add(PracticeSession(kind=kind, student_id=later.id, started_at=at, ended_at=at.replace(hour=15),
                                  viewers=viewers, buyers=buyers))
    return db


def test_the_basis_is_the_cohorts_that_ended_in_the_year(small):
    with small.read() as s:
        a = annual_builder.annual_summary(s, 2025, TODAY)
    t = a.this
    assert [c.code for c in a.cohorts] == ["B2025"]  # C began in 2025 but ends in 2026: not counted
    assert (t.cohorts_ended, t.students, t.withdrawn, t.completed) == (1, 4, 1, 2)
    assert t.completion_rate == pytest.approx(2 / 3)  # withdrawn left out of the base
    assert (t.certified, t.certification_rate) == (1, pytest.approx(1 / 3))  # C's certificate is not B's
    # the latest outcome counts (signed in 2026); unknown is neither placed nor in the base
    assert (t.placed, t.outcome_known, t.placement_rate) == (1, 1, 1.0)
    outcomes = {c.label: c.value for c in a.outcomes}
    assert outcomes["签约企业项目"] == 1 and outcomes["未知"] == 1 and outcomes["人才库"] == 0
    assert outcomes["未登记"] == 0
    # activity is the calendar year; conversion from live sessions only
    assert (t.drills, t.live, t.practised, t.cohorts_started) == (2, 1, 1, 1)
    assert t.conversion == pytest.approx(5 / 200)
    assert [m.drills for m in a.months][2] == 1 and a.months[9].live == 1
    assert (a.previous.cohorts_ended, a.previous.students, a.previous.placed) == (1, 1, 1)


def test_the_page_states_its_basis_and_the_change(small, tmp_path):
    out = tmp_path / "annual.pdf"
    result = annual(small, 2025, out)
    text = text_of(out)
    flat = "".join(text.split())
    assert result.title == "2025 年度基地工作总结" and result.pages >= 2
    assert "统计口径" in text and "2025年内结业的批次" in flat
    assert "不计入落实率的分母" in flat and "不算作未就业" in flat
    assert "B2025" in text and "C2025" not in text
    assert "结业率66.7%" in flat and "-33.3个百分点" in flat  # 2024: 1 of 1
    assert "较上年" in text and "学员（人）41+300%" in flat  # 4 against 1


def test_an_empty_year_says_so(small, tmp_path):
    out = tmp_path / "empty.pdf"
    assert annual(small, 2023, out).pages == 1
    flat = "".join(text_of(out).split())
    assert "2023年没有任何记录" in flat and "上年（2022年）有记录" in flat
    assert "主要指标" not in flat  # no page of zeros
    out = tmp_path / "next.pdf"
    assert annual(small, 2027, out).pages == 1  # next year is accepted
    assert "2027年尚未开始" in "".join(text_of(out).split())


def test_a_year_out_of_range_is_refused_with_the_range(small, tmp_path):
    for year in (1999, 2021, 2028, 3000):
        request = ReportRequest(ReportKind.ANNUAL, year=year)
        check_request(request, STAFF)  # the range needs the database: not a missing year
        with pytest.raises(ValidationError) as info:
            build_report(small, STAFF, request, tmp_path / "x.pdf", today=TODAY)
        assert info.value.fields == ["年份"]
        assert "年份须在 2022 至 2027 之间" in info.value.zh and "between 2022 and 2027" in info.value.en
        assert not list(tmp_path.glob("x.pdf*"))


def test_no_year_is_still_asked_for():
    with pytest.raises(ValidationError) as info:
        check_request(ReportRequest(ReportKind.ANNUAL), STAFF)
    assert info.value.fields == ["年份"] and "请填写年份" in info.value.zh


def test_room_hours_count_as_the_domain_rule_does():
    """The annual builder's faster count of booked hours within opening time agrees with
    domain.booking.open_hours_booked (overlaps, midnight crossings, spans outside the days)."""
    import random
    from datetime import timedelta

    from jiarenbase.core.domain.booking import open_hours_booked

    rng, first = random.Random(16), datetime(2025, 1, 1)
    for _ in range(200):
        days = rng.choice([0, 1, 7, 40])
        spans = []
        for _ in range(rng.randint(0, 15)):
            start = first + timedelta(minutes=rng.randint(-2000, 60 * 24 * (days + 2)))
            spans.append((start, start + timedelta(minutes=rng.randint(-30, 720))))
        assert annual_builder.booked_in_opening(spans, first, days, 8, 22) == pytest.approx(
            open_hours_booked(spans, first, days, 8, 22))


def test_changes_in_words():
    assert points_change(0.52, 0.47) == "+5.0 个百分点" and points_change(0.4, 0.5) == "-10.0 个百分点"
    assert points_change(0.5, None) == "—" and points_change(0.5, 0.5) == "持平"
    assert count_change(112, 100) == "+12%" and count_change(3, 0) == "上年为 0" and count_change(0, 0) == "—"


# --------------------------------------------------------------------------- a demo base, looked at

@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    opened = open_database(None, tmp_path_factory.mktemp("annual-db"))
    build_demo(opened.db, students=28, seed=2025, today=TODAY)
    yield opened.db
    opened.db.dispose()


def test_a_demo_year_reads_as_a_summary_with_charts(demo, tmp_path):
    out = tmp_path / "年度总结.pdf"
    result = annual(demo, 2025, out)
    assert result.pages >= 2 and not list(tmp_path.glob("*.part"))
    fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True, check=True).stdout.splitlines()[2:]
    assert fonts and all(row.split()[-5:-3] == ["yes", "yes"] for row in fonts), fonts  # embedded, subset
    first = "".join(text_of(out, 1).split())
    for words in ("统计口径", "概要", "主要指标", "2025年", "2024年", "较上年", "结业率", "取证率", "去向落实率",
                  "个百分点", "结业学员去向", "主要比率与上年对比"):
        assert words in first, words
    assert "截至打印日" not in first
    second = "".join(text_of(out, 2).split())
    for words in ("每月实训场次", "模拟演练", "实战直播", "转化率", "直播间使用", "企业培训", "考试"):
        assert words in second, words
    assert page_png(out, 1, "annual_page1").stat().st_size > 20_000
    assert page_png(out, 2, "annual_page2").stat().st_size > 20_000
    if result.pages >= 3:  # the cohorts that ended, when they do not fit on page 2
        page_png(out, 3, "annual_page3")
    empty = tmp_path / "2027.pdf"
    annual(demo, 2027, empty)
    page_png(empty, 1, "annual_empty")


def test_the_command_line_refuses_1999_with_the_range(tmp_path, capsys):
    from jiarenbase.cli import run

    data = tmp_path / "data"
    opened = open_database(None, data)
    with opened.db.transaction() as s:
        s.add(Cohort(code="A2024", name="2024春季班", start_date=date(2024, 3, 1), end_date=date(2024, 7, 15)))
    opened.db.dispose()
    capsys.readouterr()
    code = run(["--data-dir", str(data), "report", "annual", "--year", "1999", "--out", str(tmp_path / "a.pdf")])
    err = capsys.readouterr().err
    assert code != 0 and f"年份须在 2024 至 {date.today().year + 1} 之间" in err and "请填写年份" not in err
    assert not (tmp_path / "a.pdf").exists()
