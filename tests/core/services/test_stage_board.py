"""The stage board (阶段看板): columns, cards, batched evidence, mentor scope, and
sign-off / override (特批) through the services."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import event, select

from jiarenbase.core.db.models import Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import AttendanceStatus, SessionKind, Stage, StageResult, StudentStatus
from jiarenbase.core.domain.stages import StageCriteria
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import attendance, audit, cohorts, stage_board, stages
from jiarenbase.core.services.attendance import AttendanceEntry, ModuleInput

REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"
DAY = date(2025, 3, 3)


def lessons(world, n: int, present: dict[int, int]) -> None:
    """n lessons; present[student_id] = at how many of them the student was present."""
    for i in range(n):
        m = attendance.create_module(world.db, world.staff, world.cohort.id,
                                     ModuleInput(f"认知课{i + 1}", date(2025, 3, i + 1)))
        entries = [AttendanceEntry(sid, AttendanceStatus.PRESENT if i < k else AttendanceStatus.ABSENT,
                                   "" if i < k else "病假") for sid, k in present.items()]
        attendance.record_attendance(world.db, world.staff, m.id, entries)


def card_of(board, sid):
    return next(c for col in board.columns for c in col.cards if c.student_id == sid)


def test_board_has_four_columns_with_cards_and_checks(world):
    a, b = world.mine
    lessons(world, 8, {a: 6, b: 8})
    board = stage_board.stage_board(world.db, world.staff, world.cohort.id)
    assert [c.stage for c in board.columns] == list(Stage)
    assert board.cohort_name == "2025春季主播班" and board.students == 4
    assert len(board.column(Stage.COGNITIVE).cards) == 4
    ca, cb = card_of(board, a), card_of(board, b)
    [check] = ca.checks
    assert (check.key, check.actual, check.required, check.met) == ("module_attendance", "6/8（75%）", "≥80%", False)
    assert (check.value, check.target, check.maximum) == (6, 7, 8)  # 7 of 8 lessons reach 80 %
    assert cb.ready and not ca.ready
    assert ca.mentor_name == "王导师" and card_of(board, world.unassigned[0]).mentor_name == ""
    assert board.column(Stage.COGNITIVE).cards[0].student_id == b  # ready first
    assert board.column(Stage.COGNITIVE).ready == 1
    assert ca.entered_on is not None


def test_project_and_live_checks_show_counts_and_averages(world):
    sid = world.mine[0]
    lessons(world, 1, {sid: 1})
    stages.sign_off_stage(world.db, world.staff, sid)
    for day, score in enumerate((70, 80, 90, 72), start=1):
        world.log(sid, score=score, day=day)
    card = card_of(stage_board.stage_board(world.db, world.staff, world.cohort.id), sid)
    assert card.stage is Stage.PROJECT
    drills, avg = card.checks
    assert (drills.actual, drills.required, drills.met, drills.value, drills.target) == ("4", "≥5", False, 4, 5)
    assert (avg.actual, avg.required, avg.met, avg.value, avg.maximum) == ("78.0", "≥70.0", True, 78.0, 100.0)
    world.log(sid, score=70, day=5)
    stages.sign_off_stage(world.db, world.mentor, sid)
    world.log(sid, kind=SessionKind.LIVE_SESSION, score=60, day=9)
    card = stage_board.stage_card(world.db, world.mentor, sid)
    assert card.stage is Stage.LIVE
    assert [(c.key, c.actual, c.met) for c in card.checks] == [("live_sessions", "1", False),
                                                               ("live_avg_rubric", "60.0", False)]


def test_batched_evidence_equals_per_student_on_demo_data(db, admin):
    build_demo(db, students=40, seed=3)
    with db.read() as s:
        students = list(s.scalars(select(Student)))
        batched = stages.evidence_for_many(s, students)
        assert len(batched) == 40
        for st in students:
            one = stages.evidence_for(s, st)
            got = batched[st.id]
            assert (got.modules_total, got.modules_attended, got.mock_drills, got.live_sessions) == \
                (one.modules_total, one.modules_attended, one.mock_drills, one.live_sessions)
            for x, y in ((got.mock_avg_rubric, one.mock_avg_rubric), (got.live_avg_rubric, one.live_avg_rubric)):
                assert (x is None) == (y is None) and (x is None or x == pytest.approx(y, abs=1e-9))
        assert any(e.mock_drills for e in batched.values()) and any(e.modules_attended for e in batched.values())
        assert stages.evidence_for_many(s, []) == {}


def test_board_counts_in_a_fixed_number_of_queries(db, admin):
    build_demo(db, students=40, seed=3)
    biggest = max(stage_board.board_cohorts(db, admin), key=lambda c: c.students)
    statements = []

    def count(*_args):
        statements.append(1)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        board = stage_board.stage_board(db, admin, biggest.id)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert board.students == biggest.students >= 10
    assert len(statements) <= 8  # cohort, students, modules, attendance, sessions, mentors, stage records


def test_demo_cohorts_fill_the_right_columns(db, admin):
    build_demo(db, students=40, seed=3)
    seen = {}
    for cohort in stage_board.board_cohorts(db, admin):
        board = stage_board.stage_board(db, admin, cohort.id)
        with db.read() as s:
            truth = dict(s.execute(select(Student.id, Student.stage).where(Student.cohort_id == cohort.id)).all())
        for col in board.columns:
            for card in col.cards:
                assert truth[card.student_id] is col.stage
                seen[col.stage] = seen.get(col.stage, 0) + 1
                assert (col.stage is Stage.COMPLETED) == (card.checks == ())
    assert set(seen) == set(Stage)


def test_mentor_sees_only_their_students_and_cohorts(world, id_number):
    board = stage_board.stage_board(world.db, world.mentor, world.cohort.id)
    assert sorted(c.student_id for c in board.column(Stage.COGNITIVE).cards) == sorted(world.mine)
    assert [c.students for c in stage_board.board_cohorts(world.db, world.mentor)] == [2]
    assert [c.students for c in stage_board.board_cohorts(world.db, world.staff)] == [4]
    other = cohorts.create_cohort(world.db, world.staff, cohorts.CohortInput(code="2025-SP-02", name="二班"))
    assert other.id not in [c.id for c in stage_board.board_cohorts(world.db, world.mentor)]
    assert other.id in [c.id for c in stage_board.board_cohorts(world.db, world.staff)]
    with pytest.raises(PermissionDenied):
        stage_board.stage_card(world.db, world.mentor, world.theirs[0])
    with pytest.raises(NotFound):
        stage_board.stage_board(world.db, world.staff, 9999)


def test_withdrawn_students_are_not_on_the_board(world):
    sid = world.unassigned[0]
    with world.db.transaction() as s:
        s.get(Student, sid).status = StudentStatus.WITHDRAWN
    board = stage_board.stage_board(world.db, world.staff, world.cohort.id)
    assert sid not in [c.student_id for col in board.columns for c in col.cards]


def test_gate_refuses_then_staff_override_is_audited_and_moves_the_card(world):
    sid = world.mine[0]
    lessons(world, 5, {sid: 2})
    for actor in (world.mentor, world.staff):
        with pytest.raises(ValidationError) as info:
            stages.sign_off_stage(world.db, actor, sid, expected_stage=Stage.COGNITIVE)
        assert "特批理由" in info.value.fields
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.mentor, sid, override_reason=REASON)
    assert "导师不能特批" in info.value.zh
    result = stages.sign_off_stage(world.db, world.staff, sid, override_reason=REASON,
                                   expected_stage=Stage.COGNITIVE)
    assert result.result is StageResult.OVERRIDDEN
    board = stage_board.stage_board(world.db, world.staff, world.cohort.id)
    assert sid in [c.student_id for c in board.column(Stage.PROJECT).cards]
    overrides = [e for e in audit.list_audit(world.db, world.admin, entity="stage_record") if e.action == "override"]
    assert len(overrides) == 1 and overrides[0].after["reason"] == REASON
    assert overrides[0].username == "jiaowu"


def test_stale_board_cannot_sign_off_twice(world):
    sid = world.mine[0]
    lessons(world, 1, {sid: 1})
    stages.sign_off_stage(world.db, world.staff, sid, expected_stage=Stage.COGNITIVE)
    with pytest.raises(ValidationError) as info:  # a second person still had the old board open
        stages.sign_off_stage(world.db, world.mentor, sid, expected_stage=Stage.COGNITIVE)
    assert info.value.fields == ["阶段"] and "项目实训" in info.value.zh and "刷新" in info.value.zh
    assert stage_board.stage_card(world.db, world.staff, sid).stage is Stage.PROJECT


def test_cohort_criteria_change_the_cards(world):
    sid = world.mine[0]
    lessons(world, 10, {sid: 6})
    assert not stage_board.stage_card(world.db, world.staff, sid).ready
    cohorts.set_criteria(world.db, world.staff, world.cohort.id, StageCriteria(min_module_attendance=0.6))
    board = stage_board.stage_board(world.db, world.mentor, world.cohort.id)
    assert board.criteria.min_module_attendance == 0.6
    card = card_of(board, sid)
    assert card.ready and card.checks[0].required == "≥60%" and card.checks[0].target == 6
