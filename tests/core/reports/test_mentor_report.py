"""导师工作量报告 over a period: --from/--to honoured, the last full calendar month by
default, the period named in the title and the PDF metadata, students by the stage they
were in with the mentor, sessions booked + logged, capacity over the period, the average
rubric score, and an empty period said in words. Leaves tests/output/reports/mentor_report.png."""
from __future__ import annotations

import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import (
    Cohort,
    LiveRoom,
    Mentor,
    MentorAssignment,
    PracticeSession,
    RoomBooking,
    StageRecord,
    Student,
)
from jiarenbase.core.domain.enums import Role, SessionKind, Sex, Stage
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services.context import Actor, Database
from jiarenbase.core.services.mentor_workload import workload_between
from jiarenbase.core.services.reports import ReportKind, ReportRequest, build_report, check_request
from jiarenbase.core.services.training_base_report_builders import mentor_period

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
TODAY = date(2026, 12, 7)  # a Monday: the old report showed this week only, near zero
STAFF = Actor(user_id=None, username="jiaowu", role=Role.STAFF)


def populate(db: Database) -> dict[str, int]:
    """王导师 (7 a week) and 陈导师 (14 a week) in November 2026; 赵导师 active but idle;
    李导师 inactive and idle (not listed)."""
    with db.transaction() as s:
        wang, chen, zhao, li = (Mentor(name=n, weekly_capacity=c, active=a, specialties="带货主播")
                                for n, c, a in (("王导师", 7, True), ("陈导师", 14, True), ("赵导师", 7, True),
                                                ("李导师", 7, False)))
        room = LiveRoom(code="R1", name="一号直播间")
        cohort = Cohort(code="M2026-01", name="2026秋季直播实训1班", start_date=date(2026, 8, 1))
        s.add_all([wang, chen, zhao, li, room, cohort])
        s.flush()
        students = []
        for seq in range(1, 5):
            first17 = f"310116{date(2005, 3, 4):%Y%m%d}{seq:03d}"
            students.append(Student(name=f"学员{seq}", sex=Sex.FEMALE, id_number=first17 + check_char(first17),
                                    birth_date=date(2005, 3, 4), cohort_id=cohort.id))
        s.add_all(students)
        s.flush()
        s1, s2, s3, s4 = (st.id for st in students)
        for sid, stage, on in ((s1, Stage.COGNITIVE, date(2026, 8, 1)), (s1, Stage.PROJECT, date(2026, 9, 1)),
                               (s2, Stage.COGNITIVE, date(2026, 10, 1)), (s2, Stage.PROJECT, date(2026, 11, 10)),
                               (s3, Stage.LIVE, date(2026, 6, 1)), (s3, Stage.COMPLETED, date(2026, 10, 15)),
                               (s4, Stage.COGNITIVE, date(2026, 11, 20))):
            s.add(StageRecord(student_id=sid, stage=stage, entered_on=on))
        for sid, mentor, stage, start, end in (
                (s1, wang, Stage.COGNITIVE, date(2026, 8, 1), None),  # moved on to 项目 with the same mentor
                (s2, wang, Stage.COGNITIVE, date(2026, 10, 1), date(2026, 11, 10)),
                (s2, chen, Stage.PROJECT, date(2026, 11, 10), None),
                (s3, chen, Stage.LIVE, date(2026, 6, 1), None),  # completed in October: not November's load
                (s4, wang, Stage.COGNITIVE, date(2026, 11, 20), None)):
            s.add(MentorAssignment(student_id=sid, mentor_id=mentor.id, stage=stage, start_date=start, end_date=end))

        def book(mentor: Mentor, at: datetime) -> RoomBooking:
            b = RoomBooking(room_id=room.id, start=at, end=at + timedelta(hours=2), mentor_id=mentor.id)
            s.add(b)
            s.flush()
            return b

        def log(mentor: Mentor, at: datetime, score: float, booking: RoomBooking | None = None) -> None:
            s.add(PracticeSession(kind=SessionKind.MOCK_DRILL, student_id=s1, mentor_id=mentor.id, started_at=at,
                                  ended_at=at + timedelta(hours=1), rubric_average=score,
                                  booking_id=booking.id if booking else None))

        first = book(wang, datetime(2026, 11, 3, 10))
        book(wang, datetime(2026, 11, 10, 10))
        book(wang, datetime(2026, 11, 17, 10))
        log(wang, datetime(2026, 11, 3, 10), 80, first)  # logged from its booking: one session
        log(wang, datetime(2026, 11, 20, 14), 70)  # logged without a booking
        book(wang, datetime(2026, 12, 1, 10))  # December
        book(chen, datetime(2026, 10, 31, 23))  # October
        log(chen, datetime(2026, 11, 30, 22), 90)  # the last evening of November
        return {"wang": wang.id, "chen": chen.id}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    opened = open_database(None, tmp_path_factory.mktemp("mentor-db"))
    ids = populate(opened.db)
    yield opened.db, ids
    opened.db.dispose()


def layout(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def row(text: str, name: str) -> list[str]:
    return next(line.split() for line in text.splitlines() if line.strip().startswith(name))


def pdf_title(pdf: Path) -> str:
    out = subprocess.run(["pdfinfo", "-enc", "UTF-8", str(pdf)], capture_output=True, text=True, check=True).stdout
    return next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Title:"))


def build(db: Database, tmp_path: Path, name: str = "m.pdf", **kw):
    out = tmp_path / name
    return build_report(db, STAFF, ReportRequest(ReportKind.MENTOR, **kw), out, today=TODAY), out


def test_defaults_to_the_last_full_month_and_names_it(base, tmp_path):
    db, _ = base
    result, out = build(db, tmp_path)
    title = "导师工作量报告 2026年11月1日—11月30日"
    assert result.title == title and pdf_title(out) == title
    text = layout(out)
    assert title in text and "统计期间共 30 天" in text and "场次 = 期间内开始的直播间预约" in text
    # 导师 擅长 认知 项目 实战 学员合计 场次 上限 负荷 实训记录 平均评分
    assert row(text, "王导师")[2:] == ["2", "1", "0", "3", "4", "30", "13%", "2", "75.0"]
    assert row(text, "陈导师")[2:] == ["0", "1", "0", "1", "1", "60", "2%", "1", "90.0"]
    assert row(text, "赵导师")[2:] == ["0", "0", "0", "0", "0", "30", "0%", "0", "—"]
    assert "李导师" not in text  # inactive, nothing in the period
    assert "期间内没有带训的导师：赵导师" in text
    OUTPUT.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", "100", "-png", "-singlefile", "-f", "1", "-l", "1", str(out),
                    str(OUTPUT / "mentor_report")], check=True)


def test_honours_from_and_to(base, tmp_path):
    db, _ = base
    result, out = build(db, tmp_path, date_from=date(2026, 12, 1), date_to=date(2026, 12, 7))
    assert result.title == "导师工作量报告 2026年12月1日—12月7日" == pdf_title(out)
    wang = row(layout(out), "王导师")
    assert wang[2:9] == ["1", "1", "0", "2", "1", "7", "14%"]  # 学员2 left 王导师 on 10 November
    result, out = build(db, tmp_path, "year.pdf", date_from=date(2026, 10, 1), date_to=date(2027, 1, 31))
    assert result.title == "导师工作量报告 2026年10月1日—2027年1月31日"


def test_one_mentor(base, tmp_path):
    db, ids = base
    _, out = build(db, tmp_path, mentor_id=ids["chen"])
    text = layout(out)
    assert "陈导师" in text and "王导师" not in text


def test_an_empty_period_says_so(base, tmp_path):
    db, _ = base
    result, out = build(db, tmp_path, date_from=date(2020, 1, 1), date_to=date(2020, 1, 31))
    text = layout(out)
    assert result.pages == 1 and "2020年1月1日—1月31日没有带训记录" in text and "王导师" not in text


def test_the_period_rule():
    def period(today, first=None, last=None):
        return mentor_period(ReportRequest(ReportKind.MENTOR, date_from=first, date_to=last), today)

    assert period(date(2027, 1, 15)) == (date(2026, 12, 1), date(2026, 12, 31))
    assert period(date(2028, 3, 1)) == (date(2028, 2, 1), date(2028, 2, 29))
    assert period(TODAY, date(2026, 11, 15)) == (date(2026, 11, 15), TODAY)
    assert period(TODAY, None, date(2026, 10, 20)) == (date(2026, 10, 1), date(2026, 10, 20))
    with pytest.raises(ValidationError) as info:
        period(TODAY, date(2027, 2, 1))
    assert info.value.fields == ["结束日期"] and "--to" in info.value.zh
    with pytest.raises(ValidationError) as info:
        check_request(ReportRequest(ReportKind.MENTOR, date_from=date(2026, 11, 30), date_to=date(2026, 11, 1)),
                      STAFF)
    assert info.value.fields == ["结束日期"]


def test_period_read_on_every_backend(db):
    """SQLite, and PostgreSQL when CI provides it."""
    ids = populate(db)
    with db.read() as s:
        rows = {r.mentor_id: r for r in workload_between(s, date(2026, 11, 1), date(2026, 11, 30))}
    wang, chen = rows[ids["wang"]], rows[ids["chen"]]
    assert (wang.cognitive, wang.project, wang.live, wang.booked_sessions, wang.unbooked_sessions) == (2, 1, 0, 3, 1)
    assert (wang.logged, wang.rubric_sum, wang.rubric_count) == (2, 150, 2)
    assert (chen.cognitive, chen.project, chen.live, chen.sessions, chen.logged) == (0, 1, 0, 1, 1)
    assert len(rows) == 3  # 李导师 is inactive and idle
