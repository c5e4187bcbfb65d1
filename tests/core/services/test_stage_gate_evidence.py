"""Gates need evidence, through the services: a cohort with nothing to measure yet
shows 无数据 (never 可签核) and refuses the sign-off; a waiver (豁免) is stored in
the cohort's criteria, versioned and audited, and lets the student through; the
awaiting-sign-off counts follow the board's rule; inactive mentors are not named."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import Cohort, Mentor, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import AttendanceStatus, CohortStatus, Stage, StageResult, StudentStatus
from jiarenbase.core.domain.stages import CheckState, StageCriteria
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import attendance, audit, cohorts, enrolment, stage_board, stages
from jiarenbase.core.services.attendance import AttendanceEntry, ModuleInput

WAIVER = "本批次为企业定向班，出勤由企业考核"


def new_cohort(world, code: str, n: int, id_number, start: date | None = None) -> tuple[int, list[int]]:
    """A cohort created today with `n` students and no lessons or sessions yet."""
    cohort = cohorts.create_cohort(world.db, world.staff, cohorts.CohortInput(code=code, name=f"{code}班",
                                                                              start_date=start))
    ids = [enrolment.create_student(world.db, world.staff, enrolment.StudentInput(
        name=f"新学员{i}", id_number=id_number(500 + 10 * int(code[-2:]) + i), cohort_id=cohort.id)).id
        for i in range(n)]
    return cohort.id, ids


def lesson(world, cohort_id: int, present: list[int], day: int = 1) -> None:
    m = attendance.create_module(world.db, world.staff, cohort_id, ModuleInput(f"认知课{day}", date(2025, 3, day)))
    attendance.record_attendance(world.db, world.staff, m.id,
                                 [AttendanceEntry(sid, AttendanceStatus.PRESENT, "") for sid in present])


def awaiting(db) -> dict[Stage, int]:
    with db.read() as s:
        return stage_board.awaiting_sign_off_counts(s)


def test_a_cohort_created_today_awaits_no_sign_off(world, id_number):
    before = awaiting(world.db)
    assert before == {Stage.COGNITIVE: 0, Stage.PROJECT: 0, Stage.LIVE: 0}  # the world has no lessons either
    cohort_id, ids = new_cohort(world, "ZB202609-01", 5, id_number)
    assert awaiting(world.db)[Stage.COGNITIVE] == 0
    board = stage_board.stage_board(world.db, world.staff, cohort_id)
    cards = board.column(Stage.COGNITIVE).cards
    assert len(cards) == 5 and board.column(Stage.COGNITIVE).ready == 0
    assert all(not c.ready and c.no_data and c.checks[0].state is CheckState.NO_DATA for c in cards)
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.staff, ids[0], expected_stage=Stage.COGNITIVE)
    assert "无数据" in info.value.zh and "认知模块出勤" in info.value.fields
    # the first lesson: those present now meet the gate, the others do not
    lesson(world, cohort_id, ids[:3])
    assert awaiting(world.db)[Stage.COGNITIVE] == 3
    assert stage_board.stage_board(world.db, world.staff, cohort_id).column(Stage.COGNITIVE).ready == 3


def test_importing_a_roster_whose_cohort_has_no_lessons_awaits_no_sign_off(db, admin, tmp_path, id_number):
    from openpyxl import Workbook

    from jiarenbase.core.services import roster_import

    wb = Workbook()
    ws = wb.active
    ws.append(["2026年秋季直播实训班学员名单"])
    ws.append(["姓名", "身份证号", "手机号", "专业"])
    for i, name in enumerate(("林小雨", "何晓东", "陆一", "莫勇", "周婷", "吴昊")):
        ws.append([name, id_number(700 + i), "", "电子商务"])
    wb.save(tmp_path / "roster.xlsx")
    preview = roster_import.preview_roster(db, admin, tmp_path / "roster.xlsx")
    outcome = roster_import.import_roster(db, admin, preview, "上海中侨职业技术大学", "ZB202609-01")
    assert outcome.added == 6 and outcome.cohort_created
    assert awaiting(db) == {Stage.COGNITIVE: 0, Stage.PROJECT: 0, Stage.LIVE: 0}


def test_awaiting_counts_only_active_students_of_each_stage(world, id_number):
    cohort_id, ids = new_cohort(world, "ZB202609-02", 4, id_number)
    lesson(world, cohort_id, ids)
    assert awaiting(world.db)[Stage.COGNITIVE] == 4
    enrolment.delete_student(world.db, world.staff, ids[0])
    with world.db.transaction() as s:
        s.get(Student, ids[1]).status = StudentStatus.SUSPENDED
    assert awaiting(world.db)[Stage.COGNITIVE] == 2
    stages.sign_off_stage(world.db, world.staff, ids[2])
    assert awaiting(world.db) == {Stage.COGNITIVE: 1, Stage.PROJECT: 0, Stage.LIVE: 0}  # no drills yet
    for day in range(1, 6):
        world.log(ids[2], score=80, day=day)
    assert awaiting(world.db) == {Stage.COGNITIVE: 1, Stage.PROJECT: 1, Stage.LIVE: 0}


def test_awaiting_counts_equal_the_boards_ready_cards_on_demo_data(db, admin):
    build_demo(db, students=24, seed=3)
    expected = dict.fromkeys((Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE), 0)
    with db.read() as s:
        enrolled = set(s.scalars(select(Student.id).where(Student.status == StudentStatus.ENROLLED)))
    for cohort in stage_board.board_cohorts(db, admin):
        board = stage_board.stage_board(db, admin, cohort.id)
        for stage in expected:
            expected[stage] += sum(1 for c in board.column(stage).cards if c.ready and c.student_id in enrolled)
    some = board.column(Stage.COGNITIVE).cards + board.column(Stage.PROJECT).cards
    for card in some[:4]:  # the board says what the gate says
        assert card.ready == stages.gate_for(db, admin, card.student_id).met
    got = awaiting(db)
    assert got == expected and sum(got.values()) > 0


def test_a_waiver_is_stored_versioned_audited_and_lets_the_student_through(world, id_number):
    cohort_id, ids = new_cohort(world, "ZB202609-03", 2, id_number)
    read = cohorts.criteria_for_edit(world.db, world.staff, cohort_id)
    waived = StageCriteria(waivers={"module_attendance": WAIVER})
    cohorts.set_criteria(world.db, world.staff, cohort_id, waived, read.version)
    again = cohorts.criteria_for_edit(world.db, world.staff, cohort_id)
    assert again.criteria == waived and again.version == read.version + 1
    with world.db.read() as s:
        stored = json.loads(s.get(Cohort, cohort_id).criteria_json)
    assert stored["waivers"] == {"module_attendance": WAIVER}
    entries = [e for e in audit.list_audit(world.db, world.admin, entity="cohort", entity_id=cohort_id)
               if e.action == "update"]
    assert entries and WAIVER in json.dumps(entries[0].after, ensure_ascii=False)
    card = stage_board.stage_card(world.db, world.staff, ids[0])
    [check] = card.checks
    assert card.ready and check.waiver == WAIVER and check.state is CheckState.WAIVED
    assert awaiting(world.db)[Stage.COGNITIVE] == 2
    result = stages.sign_off_stage(world.db, world.staff, ids[0], expected_stage=Stage.COGNITIVE)
    assert result.result is StageResult.PASSED and result.verdict.checks[0].waiver == WAIVER
    # a stale editor cannot drop the waiver silently; a waiver without a reason is refused
    with pytest.raises(ValidationError) as info:
        cohorts.set_criteria(world.db, world.staff, cohort_id, StageCriteria(waivers={"mock_drills": "好"}))
    assert info.value.fields == ["模拟演练次数豁免理由"]
    assert cohorts.get_criteria(world.db, world.staff, cohort_id) == waived


def test_old_criteria_json_without_waivers_still_reads(world):
    with world.db.transaction() as s:
        s.get(Cohort, world.cohort.id).criteria_json = json.dumps({"min_module_attendance": 0.5, "min_mock_drills": 2})
    got = cohorts.get_criteria(world.db, world.staff, world.cohort.id)
    assert (got.min_module_attendance, got.min_mock_drills, got.waivers) == (0.5, 2, ())


def test_inactive_or_deleted_mentors_are_not_named_on_the_board(world):
    a, b = world.mine[0], world.theirs[0]
    names = {c.student_id: c.mentor_name for c in stage_board.stage_board(
        world.db, world.staff, world.cohort.id).column(Stage.COGNITIVE).cards}
    assert (names[a], names[b]) == ("王导师", "陈导师")
    with world.db.transaction() as s:
        s.get(Mentor, world.mentor_a.id).active = False
        s.get(Mentor, world.mentor_b.id).deleted_at = s.get(Mentor, world.mentor_b.id).created_at
    names = {c.student_id: c.mentor_name for c in stage_board.stage_board(
        world.db, world.staff, world.cohort.id).column(Stage.COGNITIVE).cards}
    assert (names[a], names[b]) == ("", "")


def test_the_board_opens_on_the_most_recent_active_cohort(world, id_number):
    older, _ = new_cohort(world, "ZB202601-01", 1, id_number, start=date.today() - timedelta(days=30))
    newer, _ = new_cohort(world, "ZB202609-04", 1, id_number)  # no start date yet: created today
    newest, _ = new_cohort(world, "ZB202609-05", 1, id_number)
    closed, _ = new_cohort(world, "ZB202609-06", 1, id_number, start=date.today())
    with world.db.transaction() as s:
        s.get(Cohort, closed).status = CohortStatus.CLOSED
    order = [c.id for c in stage_board.board_cohorts(world.db, world.staff)]
    assert order == [newest, newer, older, world.cohort.id, closed]
