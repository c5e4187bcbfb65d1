"""Mentor workload (导师工作量) and assigning a whole cohort: the round-robin
proposal, the all-or-nothing batch write and its history, the weekly figures."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import event

from jiarenbase.core.db.models import AuditEntry, MentorAssignment, PracticeSession, Student
from jiarenbase.core.domain.enums import Role, Stage, StudentStatus
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import cohorts, enrolment, mentors, rooms
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.mentor_workload import (
    NEAR_CAPACITY,
    MentorWorkloadDTO,
    mentor_workload,
    suggest_cohort_assignment,
    week_of,
)

MONDAY = date(2025, 5, 5)  # a Monday; the world's sessions are logged in May 2025


def make_id(seq: int) -> str:
    first17 = f"310116200406{1 + seq // 1000 % 28:02d}{seq % 1000:03d}"
    return first17 + check_char(first17)


def new_cohort(world, code: str, n: int, seq0: int = 100) -> tuple[int, list[int]]:
    db, admin = world.db, world.admin
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(code=code, name=f"{code}班",
                                                                  school_id=world.school.id))
    ids = [enrolment.create_student(db, admin, enrolment.StudentInput(
        name=f"学员{seq0 + i}", id_number=make_id(seq0 + i), school_id=world.school.id, cohort_id=cohort.id)).id
        for i in range(n)]
    return cohort.id, ids


def new_mentors(world, *names: str, capacity: int = 10) -> list[int]:
    return [mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name=n, weekly_capacity=capacity)).id
            for n in names]


def loads(world, ids: list[int]) -> dict[int, int]:
    rows = {r.mentor_id: r.students for r in mentor_workload(world.db, world.admin, MONDAY)}
    return {i: rows.get(i, 0) for i in ids}


def set_student(world, sid: int, **values) -> None:
    with world.db.transaction() as s:
        row = s.get(Student, sid)
        for k, v in values.items():
            setattr(row, k, v)


# --- the round-robin proposal ---------------------------------------------------------

def test_round_robin_from_equal_loads_is_even_and_in_turn(world):
    cohort_id, students = new_cohort(world, "RR-01", 10)
    m = new_mentors(world, "甲导师", "乙导师", "丙导师")
    proposal = suggest_cohort_assignment(world.db, world.staff, cohort_id, mentor_ids=m)
    assert [r.student_id for r in proposal.rows] == students
    assert [r.mentor_id for r in proposal.rows] == [m[0], m[1], m[2]] * 3 + [m[0]]
    assert [(sh.before, sh.added, sh.after) for sh in proposal.shares] == [(0, 4, 4), (0, 3, 3), (0, 3, 3)]
    assert all(r.stage is Stage.COGNITIVE and r.current_mentor_id is None and r.changes for r in proposal.rows)
    mentors.assign_cohort(world.db, world.staff, [(r.student_id, r.mentor_id) for r in proposal.rows])
    after = loads(world, m)
    assert max(after.values()) - min(after.values()) <= 1 and sum(after.values()) == 10
    # the same input gives the same proposal (stable), now that nobody is unassigned: empty
    again = suggest_cohort_assignment(world.db, world.staff, cohort_id, mentor_ids=m)
    assert again.rows == () and again.kept == 10


def test_proposal_respects_existing_load(world):
    # 王导师 (A) guides 2 students in training, 陈导师 (B) 1
    cohort_id, students = new_cohort(world, "RR-02", 5)
    a, b = world.mentor_a.id, world.mentor_b.id
    proposal = suggest_cohort_assignment(world.db, world.staff, cohort_id, mentor_ids=[a, b])
    share = {sh.mentor_id: (sh.before, sh.added, sh.after) for sh in proposal.shares}
    assert share == {a: (2, 2, 4), b: (1, 3, 4)}
    # B, being lighter, gets the first student; then they alternate from the tie
    assert [r.mentor_id for r in proposal.rows] == [b, a, b, a, b]


def test_inactive_and_deleted_mentors_are_never_proposed(world):
    cohort_id, _ = new_cohort(world, "RR-03", 4)
    retired = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="退休导师", active=False))
    gone = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="离职导师"))
    mentors.delete_mentor(world.db, world.admin, gone.id)
    proposal = suggest_cohort_assignment(world.db, world.staff, cohort_id)  # every active mentor, by name
    assert {sh.mentor_name for sh in proposal.shares} == {"王导师", "陈导师"}  # by name (the database's collation)
    assert {r.mentor_id for r in proposal.rows} <= {world.mentor_a.id, world.mentor_b.id}
    for bad in ([retired.id], [world.mentor_a.id, gone.id], [9999]):
        with pytest.raises(ValidationError) as info:
            suggest_cohort_assignment(world.db, world.staff, cohort_id, mentor_ids=bad)
        assert info.value.fields == ["导师"] and "停用" in info.value.zh
    with pytest.raises(ValidationError) as info:
        suggest_cohort_assignment(world.db, world.staff, cohort_id, mentor_ids=[])
    assert "至少选择一名导师" in info.value.zh
    with pytest.raises(NotFound):
        suggest_cohort_assignment(world.db, world.staff, 9999)


def test_assigned_students_are_kept_unless_asked(world):
    cid = world.cohort.id
    a, b = world.mentor_a.id, world.mentor_b.id
    kept = suggest_cohort_assignment(world.db, world.staff, cid)
    assert [r.student_id for r in kept.rows] == world.unassigned and kept.kept == 3
    everyone = suggest_cohort_assignment(world.db, world.staff, cid, mentor_ids=[a, b], only_unassigned=False)
    assert everyone.kept == 0 and len(everyone.rows) == 4
    # the balance is 2 + 2 whatever happens, so nobody who has a mentor is moved
    moved = [r for r in everyone.rows if r.current_mentor_id is not None and r.changes]
    assert moved == []
    assert {r.student_id: r.mentor_id for r in everyone.rows}[world.unassigned[0]] == b
    assert [(sh.before, sh.after) for sh in everyone.shares] == [(0, 2), (0, 2)]


def test_a_student_whose_mentor_retired_counts_as_unassigned(world):
    a = world.mentor_a
    mentors.update_mentor(world.db, world.admin, a.id, None, mentors.MentorInput(name=a.name, active=False))
    proposal = suggest_cohort_assignment(world.db, world.staff, world.cohort.id)
    assert sorted(r.student_id for r in proposal.rows) == sorted(world.mine + world.unassigned)
    assert all(r.mentor_id == world.mentor_b.id for r in proposal.rows)


def test_stage_filter_and_students_out_of_training(world):
    cohort_id, students = new_cohort(world, "RR-04", 4)
    set_student(world, students[0], stage=Stage.PROJECT)
    set_student(world, students[1], stage=Stage.COMPLETED)
    set_student(world, students[2], status=StudentStatus.WITHDRAWN)
    proposal = suggest_cohort_assignment(world.db, world.staff, cohort_id, stage=Stage.PROJECT)
    assert [(r.student_id, r.stage) for r in proposal.rows] == [(students[0], Stage.PROJECT)]
    every = suggest_cohort_assignment(world.db, world.staff, cohort_id)
    # in stage order: the cognitive student first, then the project one
    assert [r.student_id for r in every.rows] == [students[3], students[0]]
    with pytest.raises(ValidationError) as info:
        suggest_cohort_assignment(world.db, world.staff, cohort_id, stage=Stage.COMPLETED)
    assert info.value.fields == ["阶段"]


# --- writing a batch ---------------------------------------------------------------------

def test_assign_cohort_is_all_or_nothing(world, count_rows):
    cohort_id, students = new_cohort(world, "RR-05", 3)
    retired = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="退休导师", active=False))
    before, audits = count_rows(MentorAssignment), count_rows(AuditEntry)
    pairs = [(students[0], world.mentor_a.id), (students[1], retired.id), (students[2], world.mentor_b.id)]
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(world.db, world.staff, pairs)
    assert info.value.fields == ["导师"] and "学员101" in info.value.zh
    with pytest.raises(ValidationError) as info:  # every problem at once
        mentors.assign_cohort(world.db, world.staff, pairs[:1] + pairs[:1] + [(9999, world.mentor_a.id)])
    assert info.value.fields == ["学员", "学员"]
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(world.db, world.staff, [])
    assert info.value.fields == ["学员"]
    assert count_rows(MentorAssignment) == before and count_rows(AuditEntry) == audits
    done = mentors.assign_cohort(world.db, world.staff, [pairs[0], pairs[2]], note="开班分配")
    assert [(d.student_id, d.mentor_id, d.stage, d.note) for d in done] == [
        (students[0], world.mentor_a.id, Stage.COGNITIVE, "开班分配"),
        (students[2], world.mentor_b.id, Stage.COGNITIVE, "开班分配")]
    assert count_rows(MentorAssignment) == before + 2


def test_assign_cohort_keeps_history_when_a_student_changes_mentor(world):
    sid = world.mine[0]
    mentors.assign_cohort(world.db, world.staff, [(sid, world.mentor_b.id), (world.unassigned[0], world.mentor_a.id)],
                          stage=Stage.PROJECT, on=date(2025, 4, 1))
    history = mentors.assignment_history(world.db, world.staff, sid)
    assert [(h.mentor_name, h.stage, h.start_date, h.end_date) for h in history] == [
        ("王导师", Stage.COGNITIVE, date(2025, 3, 1), date(2025, 4, 1)),
        ("陈导师", Stage.PROJECT, date(2025, 4, 1), None)]
    # the same mentor and stage again changes nothing
    again = mentors.assign_cohort(world.db, world.staff, [(sid, world.mentor_b.id)], stage=Stage.PROJECT,
                                  on=date(2025, 5, 1))
    assert again[0].id == history[-1].id
    both = mentors.assignment_histories(world.db, world.staff, [sid, world.unassigned[0], sid])
    assert [(x.student_name, len(x.history), x.current.mentor_name) for x in both] == [
        ("李小明", 2, "陈导师"), ("赵婷婷", 1, "王导师")]


def test_a_new_mentor_cannot_start_before_the_current_one(world, count_rows):
    before = count_rows(MentorAssignment)
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(world.db, world.staff, [(world.mine[0], world.mentor_b.id),
                                                      (world.mine[1], world.mentor_b.id)], on=date(2025, 2, 1))
    assert info.value.fields == ["开始日期", "开始日期"] and "2025-03-01" in info.value.zh
    with pytest.raises(ValidationError):
        mentors.assign_mentor(world.db, world.admin, world.mine[0], world.mentor_b.id, on=date(2025, 2, 1))
    assert count_rows(MentorAssignment) == before


def test_assignment_is_staff_only_and_histories_are_scoped(world):
    with pytest.raises(PermissionDenied):
        suggest_cohort_assignment(world.db, world.mentor, world.cohort.id)
    with pytest.raises(PermissionDenied):
        mentors.assign_cohort(world.db, world.mentor, [(world.mine[0], world.mentor_a.id)])
    assert [x.student_id for x in mentors.assignment_histories(world.db, world.mentor, world.mine)] == world.mine
    with pytest.raises(PermissionDenied):
        mentors.assignment_histories(world.db, world.mentor, [world.theirs[0]])


def selects(db, fn, *args):
    """(fn's result, how many SELECT statements it ran)."""
    statements: list[str] = []

    def count(_conn, _cursor, statement, *_args):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        return fn(*args), len(statements)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)


def test_a_batch_reads_in_a_fixed_number_of_queries(world):
    """Checking and writing a cohort, and reading the histories, take a few queries
    for the whole set — not a few per student."""
    m = new_mentors(world, "甲导师", "乙导师")
    _, small = new_cohort(world, "Q-01", 3, seq0=300)
    _, large = new_cohort(world, "Q-02", 12, seq0=400)
    for ids in (small, large):  # everyone gets a first mentor
        mentors.assign_cohort(world.db, world.staff, [(sid, m[0]) for sid in ids], on=date(2025, 3, 1))
    queries = {}
    for ids in (small, large):  # and is moved to another: history is kept
        done, queries[len(ids)] = selects(world.db, mentors.assign_cohort, world.db, world.staff,
                                          [(sid, m[1]) for sid in ids], None, date(2025, 4, 1))
        assert [d.mentor_id for d in done] == [m[1]] * len(ids)
    # students, mentors, open assignments; + the audit chain: its lock (PostgreSQL) and the newest hash
    assert queries[3] == queries[12] <= 5
    reads = {}
    for ids in (small, large):
        both, reads[len(ids)] = selects(world.db, mentors.assignment_histories, world.db, world.staff, ids)
        assert [x.student_id for x in both] == ids and all(x.cohort_name.startswith("Q-0") for x in both)
        assert all([(h.mentor_id, h.end_date) for h in x.history] == [(m[0], date(2025, 4, 1)), (m[1], None)]
                   for x in both)
    assert reads[3] == reads[12] <= 2  # students with their cohort, histories
    own, mentor_reads = selects(world.db, mentors.assignment_histories, world.db, world.mentor, world.mine)
    assert [x.student_id for x in own] == world.mine and mentor_reads <= 3


# --- the weekly workload ---------------------------------------------------------------------

def book(world, room: int, day: date, hour: int, mentor_id: int | None, student_id: int) -> int:
    start = datetime.combine(day, datetime.min.time()).replace(hour=hour)
    room_id = rooms.list_rooms(world.db, world.admin)[room].id
    return rooms.book_room(world.db, world.admin, rooms.BookingInput(
        room_id=room_id, start=start, end=start + timedelta(hours=2), mentor_id=mentor_id,
        student_ids=(student_id,))).id


def test_week_of():
    assert week_of(date(2025, 5, 8)) == (MONDAY, date(2025, 5, 11))
    assert week_of(MONDAY) == (MONDAY, date(2025, 5, 11))
    assert week_of(date(2025, 5, 11)) == (MONDAY, date(2025, 5, 11))


def test_workload_counts_students_per_stage_and_sessions_of_the_week(world):
    a, b = world.mentor_a.id, world.mentor_b.id
    set_student(world, world.mine[1], stage=Stage.PROJECT)
    # bookings: two of A in the week (one shared by two students is still one), one the week before,
    # one on the next Monday, one without a mentor
    shared = book(world, 0, MONDAY, 9, a, world.mine[0])
    book(world, 1, date(2025, 5, 7), 14, a, world.mine[1])
    book(world, 2, date(2025, 5, 4), 14, a, world.mine[0])
    book(world, 3, date(2025, 5, 12), 0, a, world.mine[0])
    book(world, 4, date(2025, 5, 6), 9, None, world.unassigned[0])
    # logged sessions: one from A's booking (not counted twice), one without a booking (counted),
    # one of B's without a booking, one outside the week
    world.log(world.mine[0], day=6, hour=10, mentor_id=a)  # 2025-05-06, no booking
    world.log(world.mine[1], day=9, hour=10, mentor_id=a)
    from_booking = world.log(world.mine[0], day=5, hour=9, mentor_id=a)
    with world.db.transaction() as s:  # logged from A's booking
        s.get(PracticeSession, from_booking.id).booking_id = shared
    world.log(world.theirs[0], day=8, mentor_id=b)
    world.log(world.theirs[0], day=12, mentor_id=b)  # the next week
    rows = {r.mentor_name: r for r in mentor_workload(world.db, world.staff, date(2025, 5, 9))}
    wang, chen = rows["王导师"], rows["陈导师"]
    assert (wang.cognitive, wang.project, wang.live, wang.students) == (1, 1, 0, 2)
    assert (wang.booked_sessions, wang.unbooked_sessions, wang.sessions) == (2, 2, 4)
    assert (chen.cognitive, chen.students, chen.booked_sessions, chen.unbooked_sessions) == (1, 1, 0, 1)
    assert wang.weekly_capacity == 10 and wang.load_ratio == pytest.approx(0.4) and not wang.over_capacity
    # a completed or withdrawn student no longer loads their mentor
    set_student(world, world.mine[0], status=StudentStatus.WITHDRAWN)
    set_student(world, world.theirs[0], stage=Stage.COMPLETED)
    rows = {r.mentor_name: r for r in mentor_workload(world.db, world.staff, date(2025, 5, 9))}
    assert rows["王导师"].students == 1 and rows["陈导师"].students == 0


def test_over_capacity_and_zero_capacity(world):
    a = world.mentor_a
    mentors.update_mentor(world.db, world.admin, a.id, None, mentors.MentorInput(name=a.name, weekly_capacity=2))
    for i in range(3):
        book(world, i, MONDAY + timedelta(days=i), 9, a.id, world.mine[0])
    mentors.update_mentor(world.db, world.admin, world.mentor_b.id, None,
                          mentors.MentorInput(name="陈导师", weekly_capacity=0))
    rows = {r.mentor_name: r for r in mentor_workload(world.db, world.admin, MONDAY)}
    wang, chen = rows["王导师"], rows["陈导师"]
    assert wang.sessions == 3 and wang.over_capacity and wang.load_ratio == pytest.approx(1.5) and wang.spare == -1
    assert chen.sessions == 0 and chen.load_ratio is None and not chen.over_capacity
    assert not wang.near_capacity and not chen.near_capacity  # over is not "near"; no capacity is neither


@pytest.mark.parametrize(("sessions", "capacity", "near"), [(7, 10, False), (8, 10, True), (10, 10, True),
                                                            (11, 10, False), (0, 0, False), (1, 0, False)])
def test_near_capacity_is_the_cores_rule(sessions, capacity, near):
    row = MentorWorkloadDTO(1, "王导师", 0, 0, 0, sessions, 0, capacity)
    assert row.near_capacity is near
    assert NEAR_CAPACITY == 0.8


def test_workload_lists_active_mentors_and_a_mentor_sees_only_their_own_row(world):
    retired = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="退休导师", active=False))
    names = [r.mentor_name for r in mentor_workload(world.db, world.staff, MONDAY)]
    assert sorted(names) == sorted(["王导师", "陈导师"]) and "退休导师" not in names and retired.id
    mine = mentor_workload(world.db, world.mentor, MONDAY)
    assert [(r.mentor_id, r.students) for r in mine] == [(world.mentor_a.id, 2)]
    assert [r.mentor_id for r in mentor_workload(world.db, world.other_mentor, MONDAY)] == [world.mentor_b.id]
    nobody = Actor(user_id=None, username="m", role=Role.MENTOR, mentor_id=None)
    assert mentor_workload(world.db, nobody, MONDAY) == []
