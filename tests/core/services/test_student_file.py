"""The student file (学员档案): profile header, timeline of every kind of event in
order, growth curves and the cohort median by session number, mentor scope,
deleted rows left out."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from jiarenbase.core.db.models import (
    Attendance,
    PracticeSession,
    ShortVideo,
    StageRecord,
    Student,
    TrainingModule,
    utcnow,
)
from jiarenbase.core.domain.enums import (
    AttendanceStatus,
    CertificateKind,
    Occupation,
    PlacementOutcome,
    Platform,
    SessionKind,
    SkillLevel,
    Stage,
    StageResult,
)
from jiarenbase.core.domain.growth import median_by_session_number
from jiarenbase.core.domain.metrics import SessionCounts, derive_metrics
from jiarenbase.core.errors import NotFound, PermissionDenied
from jiarenbase.core.services import (
    certificates,
    enrolment,
    exam_results,
    mentors,
    placements,
    scripts,
    sessions,
    videos,
)
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.student_file import EventKind, student_file


def _counts(buyers: int, viewers: int = 100) -> SessionCounts:
    return SessionCounts(viewers=viewers, orders=buyers, buyers=buyers)


# --- the median, by hand -------------------------------------------------------------

def test_median_by_session_number_odd_even_and_short_curves():
    curves = [
        [10, 20, 30, 40],
        [20, 40, 60],
        [30, 60],
        [40, None, 90],  # no value at session 2 (not scored): left out there
    ]
    assert median_by_session_number(curves, min_students=1) == [25, 40, 60, 40]
    # at least 3 students needed: session 1 has 4 (even: mean of 20 and 30), session 2 has
    # 3 values, session 3 has 3, session 4 has 1 -> the line ends after session 3
    assert median_by_session_number(curves) == [25, 40, 60]
    assert median_by_session_number(curves, min_students=4) == [25]
    assert median_by_session_number([]) == []
    # a gap in the middle stays a gap (None), only trailing gaps are dropped
    assert median_by_session_number([[1, None, 3], [2, None, 4], [3, 5, 5]]) == [2, None, 4]


# --- a hand-made cohort --------------------------------------------------------------

def _cohort_sessions(world):
    """Four students of one cohort with different numbers of sessions.
    rubric by session:   s0: 60 70 80 90 | s1: 50 60 70 | s2: 40 80 | s3: 70 50 60 100 100
    conversion (%):      s0: 1  2  3  4  | s1: 5  0  6  | s2: 2  4  | s3: 3  3  3  3   3"""
    s = [st.id for st in world.students]
    plan = {
        s[0]: [(60, 1), (70, 2), (80, 3), (90, 4)],
        s[1]: [(50, 5), (60, 0), (70, 6)],
        s[2]: [(40, 2), (80, 4)],
        s[3]: [(70, 3), (50, 3), (60, 3), (100, 3), (100, 3)],
    }
    for sid, values in plan.items():
        for day, (score, buyers) in enumerate(values, start=1):
            world.log(sid, score=score, day=day, counts=_counts(buyers))
    return s


def test_growth_and_cohort_median_on_a_hand_made_cohort(world):
    s = _cohort_sessions(world)
    f = student_file(world.db, world.admin, s[0])
    assert [p.number for p in f.growth] == [1, 2, 3, 4]
    assert [p.rubric for p in f.growth] == [60, 70, 80, 90]
    assert [round(p.conversion, 4) for p in f.growth] == [0.01, 0.02, 0.03, 0.04]
    m = f.cohort_median
    assert m.students == 4
    # n=1: 60 50 40 70 -> (50+60)/2 = 55 (even count); n=2: 70 60 80 50 -> 65;
    # n=3: 80 70 60 -> 70 (odd, s2 has only two sessions); n=4: 90 100 -> only 2 students: no median
    assert m.rubric == pytest.approx((55, 65, 70))
    assert m.conversion == pytest.approx((0.025, 0.025, 0.03))
    # the same median from every student's page of the cohort
    assert student_file(world.db, world.admin, s[2]).cohort_median == m
    k = f.kpis
    assert (k.sessions, k.mock_drills, k.live_sessions) == (4, 4, 0)
    assert k.average_rubric == pytest.approx(75)
    assert k.best_conversion == pytest.approx(0.04)


def test_conversion_is_the_metrics_definition(world):
    sid = world.students[0].id
    counts = SessionCounts(viewers=373, orders=12, buyers=11)
    world.log(sid, counts=counts)
    world.log(sid, day=2, counts=SessionCounts())  # no viewers: no conversion, still session 2
    f = student_file(world.db, world.admin, sid)
    assert f.growth[0].conversion == derive_metrics(counts).conversion_rate
    assert f.growth[1].conversion is None and f.growth[1].number == 2


def test_unscored_sessions_count_in_the_numbering_but_not_in_the_median(world):
    s = [st.id for st in world.students]
    for sid in s[:3]:
        world.log(sid, score=60, day=1)
    for sid in s[:3]:  # session 2 without scores
        start = datetime(2025, 5, 2, 10)
        sessions.log_session(world.db, world.admin, sessions.SessionInput(
            kind=SessionKind.MOCK_DRILL, student_id=sid, started_at=start, ended_at=start + timedelta(hours=1),
            counts=_counts(2)))
    for sid, score in zip(s[:3], (70, 80, 90), strict=False):
        world.log(sid, score=score, day=3)
    f = student_file(world.db, world.admin, s[0])
    assert [p.rubric for p in f.growth] == [60, None, 70]
    assert f.cohort_median.rubric == pytest.approx((60, None, 80))
    assert f.kpis.average_rubric == pytest.approx(65)


def test_no_cohort_no_sessions_gives_an_empty_page(world):
    sid = world.students[3].id
    with world.db.transaction() as s:
        s.get(Student, sid).cohort_id = None
    f = student_file(world.db, world.admin, sid)
    assert f.growth == () and f.cohort_median.rubric == () and f.cohort_median.students == 0
    assert f.kpis.sessions == 0 and f.kpis.average_rubric is None and f.kpis.best_conversion is None
    assert f.cohort_code == "" and f.mentor_name == "" and f.mentor_id is None
    assert [e.kind for e in f.timeline] == [EventKind.STAGE]  # entered 认知实训 at enrolment


# --- header and timeline -------------------------------------------------------------

def _full_history(world) -> int:
    """Student 0 with one event of every kind, on known dates."""
    db, admin, sid = world.db, world.admin, world.students[0].id
    with db.transaction() as s:
        module = TrainingModule(cohort_id=world.cohort.id, title="直播行业认知", scheduled_on=date(2025, 3, 3))
        absent = TrainingModule(cohort_id=world.cohort.id, title="广告法与合规", scheduled_on=date(2025, 3, 6))
        s.add_all([module, absent])
        s.flush()
        s.add(Attendance(module_id=module.id, student_id=sid, status=AttendanceStatus.PRESENT))
        s.add(Attendance(module_id=absent.id, student_id=sid, status=AttendanceStatus.ABSENT, reason="病假"))
        s.add(StageRecord(student_id=sid, stage=Stage.PROJECT, entered_on=date(2025, 4, 1)))
        first = s.query(StageRecord).filter_by(student_id=sid, stage=Stage.COGNITIVE).one()
        first.entered_on = date(2025, 3, 1)
        first.signed_off_at = datetime(2025, 4, 1, 7, 30)
        first.result = StageResult.OVERRIDDEN
        first.override_reason = "病假缺课两次，已补课并通过考核"
    world.log(sid, score=72, day=5, counts=_counts(3))  # 2025-05-05 10:00
    script = scripts.create_script(db, admin, sid, "兴塔大米直播话术", "兴塔大米", "家人们好")
    scripts.add_script_version(db, admin, script.id, "家人们好，今天给大家带来", "开场更自然了")
    videos.add_video(db, admin, videos.VideoInput(sid, "大米开箱", Platform.DOUYIN, date(2025, 6, 2), 1200, 80, 9))
    exam = certificates.create_exam(db, admin, certificates.ExamInput(
        Occupation.STREAMER, SkillLevel.INTERMEDIATE, date(2025, 7, 1), evaluating_org="上海市职业技能鉴定中心"))
    exam_results.record_results(db, admin, exam.id, [ResultEntry(sid, 85)], issued_on=date(2025, 7, 20))
    placements.record_placement(db, admin, placements.PlacementInput(
        sid, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT, employer_name="上海某某电商", position="主播",
        start_date=date(2025, 8, 1)))
    mentors.assign_mentor(db, admin, sid, world.mentor_b.id, on=date(2025, 4, 2), note="换到食品品类")
    return sid


def test_header_and_timeline_with_every_kind_newest_first(world):
    sid = _full_history(world)
    f = student_file(world.db, world.admin, sid)
    assert (f.name, f.school_name, f.cohort_code, f.cohort_name) == ("李小明", "金山食品工业学校", "2025-SP-01",
                                                                     "2025春季主播班")
    assert "*" in f.id_number_masked and len(f.id_number_masked) == 18
    assert (f.mentor_name, f.mentor_id, f.mentor_is_current) == ("陈导师", world.mentor_b.id, True)
    assert f.stage is Stage.COGNITIVE  # the stage rows were written by hand, the student row not
    assert {e.kind for e in f.timeline} == set(EventKind)
    keys = [(e.at if e.has_time else datetime.combine(e.at.date(), datetime.max.time())) for e in f.timeline]
    assert keys == sorted(keys, reverse=True)

    def one(kind, word):
        found = [e for e in f.timeline if e.kind is kind and word in e.title]
        assert len(found) == 1, (kind, word, [e.title for e in f.timeline])
        return found[0]

    assert one(EventKind.STAGE, "进入认知实训").at == datetime(2025, 3, 1)
    override = one(EventKind.STAGE, "特批通过")
    assert override.notable and "病假缺课两次" in override.detail and override.has_time
    assert "override" in override.title_en.lower()
    # the sign-off and the next stage on the same day: the stage entered shows above (later)
    entered = one(EventKind.STAGE, "进入项目实训")
    assert f.timeline.index(entered) < f.timeline.index(override)
    lesson = one(EventKind.ATTENDANCE, "广告法与合规")
    assert lesson.at == datetime(2025, 3, 6) and lesson.notable and "缺勤（病假）" in lesson.detail
    assert not one(EventKind.ATTENDANCE, "直播行业认知").notable
    drill = one(EventKind.SESSION, "第1场")
    assert drill.at == datetime(2025, 5, 5, 10) and "评分 72.0" in drill.detail and "转化率 3.0%" in drill.detail
    assert one(EventKind.SCRIPT, "第2版").detail == "导师点评：开场更自然了"
    assert one(EventKind.VIDEO, "大米开箱").at == datetime(2025, 6, 2)
    assert one(EventKind.CERTIFICATE, "职业技能等级证书").at == datetime(2025, 7, 20)
    assert one(EventKind.PLACEMENT, "签约企业项目").at == datetime(2025, 8, 1)
    due = one(EventKind.PLACEMENT, "30天回访")
    assert due.at == datetime(2025, 8, 31) and "待完成" in due.title and due.notable  # overdue by now
    changed = one(EventKind.MENTOR, "更换导师")
    assert "王导师 → 陈导师" in changed.title and "换到食品品类" in changed.detail
    assert changed.at == datetime(2025, 4, 2)
    assert one(EventKind.MENTOR, "指派导师").at == datetime(2025, 3, 1)
    assert all(e.title_en and e.text("en")[0] == e.title_en for e in f.timeline)


def test_deleted_rows_are_left_out(world):
    sid = _full_history(world)
    other = world.students[1].id
    for day in (1, 2):
        world.log(sid, day=10 + day, score=90)
    world.log(other, score=50)
    gone = world.log(sid, day=20, score=99)
    sessions.delete_session(world.db, world.admin, gone.id)
    with world.db.transaction() as s:
        s.query(ShortVideo).filter_by(student_id=sid).one().deleted_at = utcnow()
        s.query(Attendance).filter_by(student_id=sid, status=AttendanceStatus.ABSENT).one().deleted_at = utcnow()
    before = student_file(world.db, world.admin, sid)
    assert gone.id not in {p.session_id for p in before.growth}
    assert len(before.growth) == 3
    assert not [e for e in before.timeline if e.kind is EventKind.VIDEO]
    assert not [e for e in before.timeline if "广告法与合规" in e.title]
    assert not [e for e in before.timeline if e.ref_id == gone.id and e.kind is EventKind.SESSION]
    # a deleted student of the cohort no longer counts in the median
    third = world.students[2].id
    world.log(third, score=70)
    assert student_file(world.db, world.admin, sid).cohort_median.students == 3
    enrolment.delete_student(world.db, world.admin, third)
    after = student_file(world.db, world.admin, sid)
    assert after.cohort_median.students == 2 and after.cohort_median.rubric == ()


# --- who may see it ------------------------------------------------------------------

def test_mentor_sees_only_own_students(world):
    mine = world.mine[0]
    world.log(world.theirs[0], score=60, mentor_id=world.mentor_b.id)
    f = student_file(world.db, world.mentor, mine)
    assert f.student_id == mine and f.mentor_name == "王导师"
    for other in (world.theirs[0], world.unassigned[0]):
        with pytest.raises(PermissionDenied) as info:
            student_file(world.db, world.mentor, other)
        assert "不是您指导的学员" in info.value.zh
    assert student_file(world.db, world.staff, world.theirs[0]).kpis.sessions == 1
    enrolment.delete_student(world.db, world.admin, world.unassigned[0])
    with pytest.raises(NotFound):
        student_file(world.db, world.staff, world.unassigned[0])


def test_last_mentor_is_shown_after_the_assignment_closed(world):
    sid = world.mine[0]
    with world.db.transaction() as s:
        from jiarenbase.core.db.models import MentorAssignment

        s.query(MentorAssignment).filter_by(student_id=sid).one().end_date = date(2025, 9, 1)
    f = student_file(world.db, world.admin, sid)
    assert (f.mentor_name, f.mentor_is_current) == ("王导师", False)


def test_certificate_kinds_counted(world):
    sid = _full_history(world)
    f = student_file(world.db, world.admin, sid)
    certs = [e for e in f.timeline if e.kind is EventKind.CERTIFICATE]
    assert f.kpis.certificates == len(certs) == 1
    assert CertificateKind.SKILL_LEVEL.zh in certs[0].title


def test_many_sessions_take_few_queries(world, db):
    """Column-only reads: the number of statements does not grow with the sessions."""
    from sqlalchemy import event, insert

    sid = world.students[0].id
    start = datetime(2024, 1, 1, 9)
    rows = [dict(kind=SessionKind.MOCK_DRILL, student_id=sid, started_at=start + timedelta(hours=i),
                 ended_at=start + timedelta(hours=i, minutes=30), platform=Platform.DOUYIN, viewers=50,
                 buyers=i % 7, orders=i % 7, rubric_average=50 + i % 40) for i in range(500)]
    with db.transaction() as s:
        s.execute(insert(PracticeSession), rows)
    statements = []
    listener = lambda *args: statements.append(args[2])  # noqa: E731
    event.listen(db.engine, "before_cursor_execute", listener)
    try:
        f = student_file(db, world.admin, sid)
    finally:
        event.remove(db.engine, "before_cursor_execute", listener)
    assert len(f.growth) == 500
    assert len(statements) <= 14, statements
