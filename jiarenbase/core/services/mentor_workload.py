"""导师工作量: how many students each mentor guides, how many sessions they have in a
week against their weekly capacity, and a round-robin proposal that shares a cohort's
students among mentors so that the load stays balanced.

The numbers, as the workload page and the assignment dialogs show them:

* A mentor's **students** (学员数) are the live students with an open assignment to
  that mentor (no end date) who are still in training: stage 认知/项目/实战 and status
  在训 or 暂停. They are counted under the student's *current* stage. Students who
  completed (结业) or withdrew do not load a mentor. This is also the load the
  round-robin proposal balances.
* A mentor's **sessions in a week** (本周带训场次), the week running from Monday 00:00
  to the next Monday 00:00, are
    - the room bookings starting in the week that name the mentor (one booking is one
      session however many students share it), plus
    - the practice sessions logged with that mentor and started in the week that no
      booking of the same mentor covers (logged without a booking, or their booking
      was cancelled or names another mentor).
  A session logged from its booking is therefore counted once, in its booking's week.
* **load ratio** = sessions / weekly capacity (None when the capacity is 0 and there
  are no sessions); **over capacity** = more sessions than the weekly capacity;
  **near capacity** (接近满负荷) = not over, but a load ratio of NEAR_CAPACITY (80 %) or more.

Over a period (the printed workload report, `workload_between`), both days included:
* a mentor's students are those with an assignment to the mentor that overlaps the
  period (an assignment's end date is the first day without it), each counted once,
  under the stage they were in on their last day with the mentor in the period;
  students who completed before the period do not count;
* sessions are counted as for a week, over the period;
* logged sessions and their average rubric score are the practice sessions logged with
  the mentor that started in the period.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import and_, func, or_, select

from ..db.models import Cohort, Mentor, MentorAssignment, PracticeSession, RoomBooking, StageRecord, Student
from ..domain.enums import TRAINING_STAGES, Stage, StudentStatus
from ..errors import ValidationError
from .common import EVERYONE, STAFF, in_chunks, load_versioned, require_role
from .context import Actor, Database

IN_TRAINING = (StudentStatus.ENROLLED, StudentStatus.SUSPENDED)
NEAR_CAPACITY = 0.8  # a week booked to 80 % of the capacity or more is near capacity (接近满负荷)


@dataclass(frozen=True)
class MentorWorkloadDTO:
    """One row of the workload view."""

    mentor_id: int
    mentor_name: str
    cognitive: int
    project: int
    live: int
    booked_sessions: int  # room bookings of the week naming the mentor
    unbooked_sessions: int  # logged sessions of the week no booking of the mentor covers
    weekly_capacity: int

    @property
    def students(self) -> int:
        return self.cognitive + self.project + self.live

    @property
    def sessions(self) -> int:
        return self.booked_sessions + self.unbooked_sessions

    @property
    def load_ratio(self) -> float | None:
        if self.weekly_capacity <= 0:
            return None if self.sessions == 0 else float("inf")
        return self.sessions / self.weekly_capacity

    @property
    def over_capacity(self) -> bool:
        return self.sessions > self.weekly_capacity

    @property
    def near_capacity(self) -> bool:
        ratio = self.load_ratio
        return not self.over_capacity and ratio is not None and ratio >= NEAR_CAPACITY

    @property
    def spare(self) -> int:
        """Sessions still free this week (negative: how far over)."""
        return self.weekly_capacity - self.sessions


@dataclass(frozen=True)
class ProposedAssignment:
    """One student of the proposal: who guides them now and who would."""

    student_id: int
    student_name: str
    student_number: str
    stage: Stage  # the stage the assignment is for
    current_mentor_id: int | None
    current_mentor_name: str
    mentor_id: int
    mentor_name: str

    @property
    def changes(self) -> bool:
        return self.mentor_id != self.current_mentor_id


@dataclass(frozen=True)
class MentorShare:
    """A mentor's students outside the proposal (`before`) and from it (`added`)."""

    mentor_id: int
    mentor_name: str
    weekly_capacity: int
    before: int
    added: int

    @property
    def after(self) -> int:
        return self.before + self.added


@dataclass(frozen=True)
class CohortProposal:
    cohort_id: int
    cohort_name: str
    rows: tuple[ProposedAssignment, ...]
    shares: tuple[MentorShare, ...]  # the mentors sharing the cohort, in tie-break order
    kept: int  # students of the cohort who keep the mentor they have


def week_of(day: date) -> tuple[date, date]:
    """Monday and Sunday of `day`'s week."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def _student_counts(s, mentor_ids: Sequence[int] | None = None) -> dict[int, dict[Stage, int]]:
    """mentor id → {stage: students in training with an open assignment to them}."""
    stmt = (select(MentorAssignment.mentor_id, Student.stage, func.count(func.distinct(Student.id)))
            .join(Student, Student.id == MentorAssignment.student_id)
            .where(MentorAssignment.end_date.is_(None), MentorAssignment.deleted_at.is_(None),
                   Student.deleted_at.is_(None), Student.stage.in_(TRAINING_STAGES),
                   Student.status.in_(IN_TRAINING))
            .group_by(MentorAssignment.mentor_id, Student.stage))
    if mentor_ids is not None:
        stmt = stmt.where(MentorAssignment.mentor_id.in_(list(mentor_ids)))
    out: dict[int, dict[Stage, int]] = {}
    for mid, stage, n in s.execute(stmt):
        out.setdefault(mid, {})[Stage(stage)] = n
    return out


def _session_counts(s, mentor_ids: list[int], start: datetime, end: datetime) -> tuple[dict, dict]:
    booked = dict(s.execute(
        select(RoomBooking.mentor_id, func.count()).where(
            RoomBooking.deleted_at.is_(None), RoomBooking.mentor_id.in_(mentor_ids),
            RoomBooking.start >= start, RoomBooking.start < end).group_by(RoomBooking.mentor_id)).all())
    covering = and_(RoomBooking.id == PracticeSession.booking_id, RoomBooking.deleted_at.is_(None),
                    RoomBooking.mentor_id == PracticeSession.mentor_id)
    unbooked = dict(s.execute(
        select(PracticeSession.mentor_id, func.count()).outerjoin(RoomBooking, covering).where(
            PracticeSession.deleted_at.is_(None), PracticeSession.mentor_id.in_(mentor_ids),
            PracticeSession.started_at >= start, PracticeSession.started_at < end,
            RoomBooking.id.is_(None)).group_by(PracticeSession.mentor_id)).all())
    return booked, unbooked


def mentor_workload(db: Database, actor: Actor, day: date | None = None) -> list[MentorWorkloadDTO]:
    """Per active mentor (by name): students per stage, sessions in `day`'s week and
    the weekly capacity. A mentor sees only their own row."""
    require_role(actor, *EVERYONE)
    monday, _sunday = week_of(day or date.today())
    start = datetime.combine(monday, datetime.min.time())
    end = start + timedelta(days=7)
    stmt = select(Mentor).where(Mentor.deleted_at.is_(None)).order_by(Mentor.name, Mentor.id)
    stmt = stmt.where(Mentor.id == (actor.mentor_id or -1) if actor.is_mentor else Mentor.active.is_(True))
    with db.read() as s:
        mentors = list(s.scalars(stmt))
        ids = [m.id for m in mentors]
        if not ids:
            return []
        students = _student_counts(s, ids)
        booked, unbooked = _session_counts(s, ids, start, end)
        return [MentorWorkloadDTO(
            m.id, m.name, *(students.get(m.id, {}).get(st, 0) for st in TRAINING_STAGES),
            booked.get(m.id, 0), unbooked.get(m.id, 0), m.weekly_capacity) for m in mentors]


@dataclass(frozen=True)
class PeriodWorkloadDTO:
    """One mentor over a period (see the module docstring)."""

    mentor_id: int
    mentor_name: str
    specialties: str
    cognitive: int
    project: int
    live: int
    booked_sessions: int
    unbooked_sessions: int
    weekly_capacity: int
    logged: int  # practice sessions logged with the mentor
    rubric_sum: float  # over the logged sessions with a rubric score
    rubric_count: int

    @property
    def sessions(self) -> int:
        return self.booked_sessions + self.unbooked_sessions


def _period_students(s, ids: list[int], first: date, last: date) -> dict[int, dict[Stage, int]]:
    """mentor id → {stage: students guided in the period}."""
    MA = MentorAssignment
    rows = s.execute(select(MA.mentor_id, MA.student_id, MA.stage, MA.start_date, MA.end_date)
                     .join(Student, Student.id == MA.student_id)
                     .where(MA.deleted_at.is_(None), Student.deleted_at.is_(None), MA.mentor_id.in_(ids),
                            MA.start_date <= last, or_(MA.end_date.is_(None), MA.end_date > first))
                     .order_by(MA.start_date, MA.id)).all()
    history: dict[int, list[tuple[date, Stage]]] = {}
    for chunk in in_chunks(sorted({r.student_id for r in rows})):
        for sid, stage, entered in s.execute(
                select(StageRecord.student_id, StageRecord.stage, StageRecord.entered_on)
                .where(StageRecord.student_id.in_(chunk), StageRecord.deleted_at.is_(None))
                .order_by(StageRecord.entered_on, StageRecord.id)):
            history.setdefault(sid, []).append((entered, Stage(stage)))
    seen: dict[tuple[int, int], tuple[date, Stage]] = {}
    for mid, sid, assigned, _start, end in rows:
        records = history.get(sid, [])
        if any(stage is Stage.COMPLETED and on <= first for on, stage in records):
            continue
        day = min(last, end - timedelta(days=1)) if end else last
        stage = next((st for on, st in reversed(records) if on <= day and st is not Stage.COMPLETED),
                     Stage(assigned))
        if stage is not Stage.COMPLETED and ((mid, sid) not in seen or day >= seen[mid, sid][0]):
            seen[mid, sid] = (day, stage)
    out: dict[int, dict[Stage, int]] = {}
    for (mid, _sid), (_day, stage) in seen.items():
        counts = out.setdefault(mid, {})
        counts[stage] = counts.get(stage, 0) + 1
    return out


def workload_between(s, first: date, last: date, mentor_id: int | None = None) -> list[PeriodWorkloadDTO]:
    """Every live mentor's workload from `first` to `last` (both included), by name:
    the active mentors, and inactive ones with students or sessions in the period.
    Reads in the caller's session (the report builder checks the role)."""
    start = datetime.combine(first, datetime.min.time())
    end = datetime.combine(last + timedelta(days=1), datetime.min.time())
    stmt = select(Mentor).where(Mentor.deleted_at.is_(None)).order_by(Mentor.name, Mentor.id)
    if mentor_id is not None:
        stmt = stmt.where(Mentor.id == mentor_id)
    mentors = list(s.scalars(stmt))
    ids = [m.id for m in mentors]
    if not ids:
        return []
    students = _period_students(s, ids, first, last)
    booked, unbooked = _session_counts(s, ids, start, end)
    P = PracticeSession
    logged = {mid: (n, total or 0.0, scored) for mid, n, total, scored in s.execute(
        select(P.mentor_id, func.count(), func.sum(P.rubric_average), func.count(P.rubric_average))
        .where(P.deleted_at.is_(None), P.mentor_id.in_(ids), P.started_at >= start, P.started_at < end)
        .group_by(P.mentor_id))}
    out = []
    for m in mentors:
        counts = students.get(m.id, {})
        row = PeriodWorkloadDTO(m.id, m.name, m.specialties or "", *(counts.get(st, 0) for st in TRAINING_STAGES),
                                booked.get(m.id, 0), unbooked.get(m.id, 0), m.weekly_capacity,
                                *logged.get(m.id, (0, 0.0, 0)))
        if m.active or mentor_id is not None or counts or row.sessions or row.logged:
            out.append(row)
    return out


def _chosen_mentors(s, mentor_ids: Sequence[int] | None) -> list[Mentor]:
    if mentor_ids is None:
        chosen = list(s.scalars(select(Mentor).where(Mentor.deleted_at.is_(None), Mentor.active.is_(True))
                                .order_by(Mentor.name, Mentor.id)))
        if not chosen:
            raise ValidationError.of("导师", "没有在岗的导师，请先在“导师”页新建或启用导师。",
                                     "there is no active mentor; add or activate one on the Mentors page.",
                                     "mentors")
        return chosen
    ids = list(dict.fromkeys(int(i) for i in mentor_ids))
    if not ids:
        raise ValidationError.of("导师", "请至少选择一名导师来分担该批次的学员。",
                                 "choose at least one mentor to share the cohort.", "mentors")
    found = {m.id: m for m in s.scalars(select(Mentor).where(Mentor.id.in_(ids)))}
    bad = [found[i].name if i in found else f"#{i}" for i in ids
           if i not in found or found[i].deleted_at is not None or not found[i].active]
    if bad:
        names = "、".join(bad)
        raise ValidationError.of("导师", f"导师“{names}”不存在或已停用，请取消勾选后再分配。",
                                 f"mentor(s) {', '.join(bad)} do not exist or are inactive; untick them.",
                                 "mentors")
    return [found[i] for i in ids]


def _water_fill(order: list[int], before: dict[int, int], n: int) -> dict[int, int]:
    """How many of `n` new students each mentor gets so the totals end as even as
    they can: each goes to the least loaded mentor, ties to the earlier in `order`."""
    added = dict.fromkeys(order, 0)
    rank = {mid: i for i, mid in enumerate(order)}
    for _ in range(n):
        mid = min(order, key=lambda m: (before[m] + added[m], rank[m]))
        added[mid] += 1
    return added


def suggest_cohort_assignment(db: Database, actor: Actor, cohort_id: int, mentor_ids: Sequence[int] | None = None,
                              stage: Stage | None = None, only_unassigned: bool = True) -> CohortProposal:
    """A round-robin proposal (student → mentor) for a cohort's students in training
    (only those in `stage` when given) that balances each mentor's load: their
    current students plus the proposal. Students who already have an active mentor
    are kept unless `only_unassigned` is False; then everyone is shared out again and
    a student stays with their mentor wherever the balance allows. Inactive or deleted
    mentors are never proposed; `mentor_ids` None = every active mentor, by name.
    Ties go to the mentor listed first, so the same input gives the same proposal."""
    require_role(actor, *STAFF, action_zh="分配导师", action_en="assign mentors")
    if stage is Stage.COMPLETED:
        raise ValidationError.of("阶段", "结业学员不再分配导师，请选择认知、项目或实战实训。",
                                 "completed students get no mentor; choose the cognitive, project or live stage.",
                                 "stage")
    with db.read() as s:
        cohort = load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        mentors = _chosen_mentors(s, mentor_ids)
        order = [m.id for m in mentors]
        active = {m.id: m for m in s.scalars(select(Mentor).where(Mentor.deleted_at.is_(None),
                                                                  Mentor.active.is_(True)))}
        stmt = (select(Student).where(Student.cohort_id == cohort.id, Student.deleted_at.is_(None),
                                      Student.stage.in_([stage] if stage else TRAINING_STAGES),
                                      Student.status.in_(IN_TRAINING)))
        students = sorted(s.scalars(stmt), key=lambda st: (list(Stage).index(st.stage), st.id))
        current: dict[int, int] = {}  # student → their active mentor
        for sid, mid in s.execute(select(MentorAssignment.student_id, MentorAssignment.mentor_id).where(
                MentorAssignment.student_id.in_([st.id for st in students]), MentorAssignment.end_date.is_(None),
                MentorAssignment.deleted_at.is_(None)).order_by(MentorAssignment.id)):
            if mid in active:
                current[sid] = mid
        if only_unassigned:
            kept = sum(1 for st in students if st.id in current)
            students = [st for st in students if st.id not in current]
        else:
            kept = 0
        totals = _student_counts(s, order)
        before = {mid: sum(totals.get(mid, {}).values()) for mid in order}
        for st in students:  # the students shared out again do not count twice
            if current.get(st.id) in before:
                before[current[st.id]] -= 1
        quota = _water_fill(order, before, len(students))
        chosen: dict[int, int] = {}
        taken = dict.fromkeys(order, 0)
        for st in students:  # keep a student with their mentor while the quota allows
            mid = current.get(st.id)
            if mid in quota and taken[mid] < quota[mid]:
                chosen[st.id], taken[mid] = mid, taken[mid] + 1
        rank = {mid: i for i, mid in enumerate(order)}
        for st in students:  # the rest round robin: least loaded first, ties by order
            if st.id in chosen:
                continue
            mid = min((m for m in order if taken[m] < quota[m]), key=lambda m: (before[m] + taken[m], rank[m]))
            chosen[st.id], taken[mid] = mid, taken[mid] + 1
        rows = tuple(ProposedAssignment(
            st.id, st.name, st.student_number, stage or st.stage, current.get(st.id),
            active[current[st.id]].name if st.id in current else "", chosen[st.id], active[chosen[st.id]].name)
            for st in students)
        shares = tuple(MentorShare(m.id, m.name, m.weekly_capacity, before[m.id], quota[m.id]) for m in mentors)
        return CohortProposal(cohort.id, cohort.name, rows, shares, kept)
