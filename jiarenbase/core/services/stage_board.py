"""The stage board (阶段看板) of a cohort: its students in the columns 认知 / 项目 /
实战 / 结业, each card showing progress against the cohort's gate criteria.

The checks come from the same domain rule as the sign-off (`evaluate_gate`), so a
card marked ready is one the gate lets through: every criterion met with evidence
(无数据 is not met) or waived by the cohort. Evidence for the whole cohort is
counted in a few GROUP BY queries (`stages.evidence_for_many`).
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date
from fractions import Fraction

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..db.models import Cohort, Mentor, MentorAssignment, StageRecord, Student
from ..domain.enums import CohortStatus, Stage, StudentStatus
from ..domain.stages import CheckState, CriterionCheck, StageCriteria, StageEvidence, evaluate_gate
from .cohorts import criteria_of
from .common import EVERYONE, ensure_student_access, in_chunks, load_versioned, mentor_student_ids, require_role
from .context import Actor, Database
from .stages import evidence_for_many


@dataclass(frozen=True)
class BoardCheck:
    """One criterion on a card: the gate's check plus numbers for a progress bar
    (`value` out of `maximum`; `target` is where the requirement sits)."""

    key: str
    label_zh: str
    label_en: str
    actual: str  # as the gate shows it, e.g. "6/8（75%）", "78.5", "—"
    required: str  # e.g. "≥80%", "≥5", "≥70.0"
    met: bool  # measured and reached
    value: float
    target: float
    maximum: float
    missing_zh: str = ""  # what is missing when there is nothing to measure yet (无数据)
    missing_en: str = ""
    waiver: str = ""  # the cohort's reason when it waives the criterion (豁免)

    @property
    def no_data(self) -> bool:
        return bool(self.missing_zh)

    @property
    def passes(self) -> bool:
        return bool(self.waiver) or (self.met and not self.no_data)

    @property
    def state(self) -> CheckState:
        if self.waiver:
            return CheckState.WAIVED
        if self.no_data:
            return CheckState.NO_DATA
        return CheckState.MET if self.met else CheckState.UNMET


@dataclass(frozen=True)
class StageCard:
    student_id: int
    name: str
    student_number: str
    status: StudentStatus
    stage: Stage
    mentor_name: str  # the current mentor ("" when none is assigned)
    entered_on: date | None  # when the student entered the current stage
    checks: tuple[BoardCheck, ...]  # empty in the 结业 column

    @property
    def ready(self) -> bool:
        """Every criterion of the current stage met with evidence, or waived: a mentor
        may sign it off (可签核)."""
        return bool(self.checks) and all(c.passes for c in self.checks)

    @property
    def unmet(self) -> tuple[BoardCheck, ...]:
        """The criteria holding the student back (unmet or without data, not waived)."""
        return tuple(c for c in self.checks if not c.passes)

    @property
    def no_data(self) -> bool:
        """Some criterion has nothing to measure yet (and is not waived)."""
        return any(c.state is CheckState.NO_DATA for c in self.checks)


@dataclass(frozen=True)
class BoardColumn:
    stage: Stage
    cards: tuple[StageCard, ...]

    @property
    def ready(self) -> int:
        return sum(1 for c in self.cards if c.ready)


@dataclass(frozen=True)
class StageBoard:
    cohort_id: int
    cohort_name: str
    criteria: StageCriteria
    columns: tuple[BoardColumn, ...]  # one per Stage, in order

    def column(self, stage: Stage) -> BoardColumn:
        return next(c for c in self.columns if c.stage is stage)

    @property
    def students(self) -> int:
        return sum(len(c.cards) for c in self.columns)


@dataclass(frozen=True)
class BoardCohort:
    """A cohort the actor can open on the board, with how many of its students they see."""

    id: int
    code: str
    name: str
    status: CohortStatus
    start_date: date | None
    students: int


# -- numbers for the progress bars ----------------------------------------------------

def _bar(check: CriterionCheck, c: StageCriteria, e: StageEvidence) -> BoardCheck:
    if check.key == "module_attendance":
        total = e.modules_total
        needed = math.ceil(Fraction(str(c.min_module_attendance)) * total)
        value, target, maximum = e.modules_attended, needed, max(total, 1)
    elif check.key in ("mock_drills", "live_sessions"):
        target = c.min_mock_drills if check.key == "mock_drills" else c.min_live_sessions
        value = e.mock_drills if check.key == "mock_drills" else e.live_sessions
        maximum = max(target, value, 1)
    else:  # averages on the 0–100 scale
        avg = e.mock_avg_rubric if check.key == "mock_avg_rubric" else e.live_avg_rubric
        target = c.min_mock_avg_rubric if check.key == "mock_avg_rubric" else c.min_live_avg_rubric
        value, maximum = (avg or 0.0), 100.0
    return BoardCheck(check.key, check.label_zh, check.label_en, check.actual, check.required, check.met,
                      float(value), float(target), float(maximum), check.missing_zh, check.missing_en, check.waiver)


def _checks(stage: Stage, criteria: StageCriteria, evidence: StageEvidence) -> tuple[BoardCheck, ...]:
    if stage is Stage.COMPLETED:
        return ()
    verdict = evaluate_gate(stage, criteria, evidence)
    return tuple(_bar(ch, criteria, evidence) for ch in verdict.checks)


# -- batched look-ups ---------------------------------------------------------------------

def _current_mentors(s: Session, ids: list[int]) -> dict[int, str]:
    """The mentor of each student's latest open assignment; a deleted or inactive
    mentor is not named on the board (the assignment history keeps them)."""
    names: dict[int, str] = {}
    for i in range(0, len(ids), 500):
        rows = s.execute(select(MentorAssignment.student_id, Mentor.name)
                         .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
                         .where(MentorAssignment.student_id.in_(ids[i:i + 500]),
                                MentorAssignment.end_date.is_(None), MentorAssignment.deleted_at.is_(None),
                                Mentor.deleted_at.is_(None), Mentor.active.is_(True))
                         .order_by(MentorAssignment.start_date, MentorAssignment.id))
        names.update(rows.all())  # later rows (newer assignments) win
    return names


def _entered(s: Session, ids: list[int]) -> dict[int, date]:
    """When each student entered the stage they are in (its open stage record)."""
    out: dict[int, date] = {}
    for i in range(0, len(ids), 500):
        out.update(s.execute(
            select(StageRecord.student_id, func.max(StageRecord.entered_on))
            .join(Student, and_(Student.id == StageRecord.student_id, Student.stage == StageRecord.stage))
            .where(StageRecord.student_id.in_(ids[i:i + 500]), StageRecord.deleted_at.is_(None))
            .group_by(StageRecord.student_id)).all())
    return out


def _cards(s: Session, students: list[Student], criteria: StageCriteria) -> list[StageCard]:
    ids = [st.id for st in students]
    evidence = evidence_for_many(s, students)
    mentors = _current_mentors(s, ids)
    entered = _entered(s, ids)
    return [StageCard(st.id, st.name, st.student_number or "", st.status, st.stage, mentors.get(st.id, ""),
                      entered.get(st.id), _checks(st.stage, criteria, evidence[st.id]))
            for st in students]


# -- services ----------------------------------------------------------------------------------

def stage_board(db: Database, actor: Actor, cohort_id: int) -> StageBoard:
    """The board of a cohort: every student not withdrawn (a mentor: only their own),
    by stage, ready-to-sign-off cards first, then by name."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        cohort = load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        criteria = criteria_of(cohort)
        q = select(Student).where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None),
                                  Student.status != StudentStatus.WITHDRAWN)
        if actor.is_mentor:
            q = q.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
        students = list(s.scalars(q.order_by(Student.student_number, Student.name, Student.id)))
        cards = _cards(s, students, criteria)
        columns = []
        for stage in Stage:
            mine = [c for c in cards if c.stage is stage]
            mine.sort(key=lambda c: not c.ready)  # stable: ready first, then roster order
            columns.append(BoardColumn(stage, tuple(mine)))
        return StageBoard(cohort.id, cohort.name, criteria, tuple(columns))


def stage_card(db: Database, actor: Actor, student_id: int) -> StageCard:
    """One student's card, freshly counted (the sign-off dialog shows it)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)
        criteria = criteria_of(s.get(Cohort, student.cohort_id) if student.cohort_id else None)
        return _cards(s, [student], criteria)[0]


def board_cohorts(db: Database, actor: Actor) -> list[BoardCohort]:
    """The cohorts to choose from on the board, most recent first (by start date, or
    creation day without one): active ones, then the rest; a mentor sees only cohorts with
    students of theirs. The first is where the board opens the first time."""
    require_role(actor, *EVERYONE)
    counted = select(Student.cohort_id, func.count().label("n")).where(
        Student.deleted_at.is_(None), Student.status != StudentStatus.WITHDRAWN, Student.cohort_id.is_not(None))
    if actor.is_mentor:
        counted = counted.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
    counts = counted.group_by(Student.cohort_id).subquery()
    q = (select(Cohort, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.cohort_id == Cohort.id)
         .where(Cohort.deleted_at.is_(None)))
    if actor.is_mentor:
        q = q.where(counts.c.n > 0)
    with db.read() as s:
        rows = [(BoardCohort(c.id, c.code, c.name, c.status, c.start_date, n),
                 c.start_date or (c.created_at.date() if c.created_at else date.min)) for c, n in s.execute(q)]
    order = {CohortStatus.ACTIVE: 0, CohortStatus.PLANNED: 1, CohortStatus.CLOSED: 2}
    # most recent first: by start date, or the day it was created when it has none yet
    rows.sort(key=lambda r: (order.get(r[0].status, 3), -r[1].toordinal(), -r[0].id))
    return [cohort for cohort, _ in rows]


TRAINING_STAGES = (Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE)


def awaiting_sign_off_counts(s: Session) -> dict[Stage, int]:
    """待签核: per training stage, how many active students (not deleted, 在训) meet
    their gate now — the same rule as the board's 可签核, so a cohort without lessons
    or sessions yet counts 0. Cost: two queries (the cohorts' criteria; the students'
    id, cohort and stage), then the three GROUP BY queries of `evidence_for_many` per
    500 students — a few thousand students take a few dozen small queries, no
    student rows loaded as ORM objects."""
    counts = dict.fromkeys(TRAINING_STAGES, 0)
    criteria = {row.id: criteria_of(row) for row in s.scalars(
        select(Cohort).where(Cohort.deleted_at.is_(None)))}
    default = StageCriteria()
    rows = list(s.execute(select(Student.id, Student.cohort_id, Student.stage).where(
        Student.deleted_at.is_(None), Student.status == StudentStatus.ENROLLED,
        Student.stage.in_(TRAINING_STAGES)).order_by(Student.id)))
    for chunk in in_chunks(rows):
        evidence = evidence_for_many(s, chunk)  # rows carry .id and .cohort_id, all it reads
        for row in chunk:
            crit = criteria.get(row.cohort_id, default) if row.cohort_id is not None else default
            if evaluate_gate(row.stage, crit, evidence[row.id]).met:
                counts[row.stage] += 1
    return counts
