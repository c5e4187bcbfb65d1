"""Placements (就业去向) with follow-ups.

The flexible-employment subsidy lives in `services.subsidy`, service agreements and
enterprise training orders in `services.clients`."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, or_, select

from ..db.models import Cohort, Placement, PlacementFollowUp, Student
from ..domain.enums import EvidenceLevel, PlacementOutcome
from ..domain.text import keep_typed
from .clients import employer_name
from .common import EVERYONE, STAFF, ensure_student_access, insert_row, mentor_student_ids, require_role, update_row
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker

FOLLOW_UP_DAYS = (30, 90, 180)


@dataclass(frozen=True)
class PlacementInput:
    student_id: int
    outcome: PlacementOutcome
    employer_client_id: int | None = None
    employer_name: str = ""
    position: str = ""
    start_date: date | None = None
    evidence: EvidenceLevel = EvidenceLevel.SELF_REPORTED
    first_shanghai_job: bool = True
    insured_pension_medical: bool = False
    subsidy_months_used: int = 0
    subsidy_applied_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class PlacementDTO:
    id: int
    student_id: int
    outcome: PlacementOutcome
    employer_client_id: int | None
    employer_name: str
    position: str
    start_date: date | None
    evidence: EvidenceLevel
    insured_pension_medical: bool
    subsidy_months_used: int
    subsidy_applied_on: date | None
    follow_ups: tuple[tuple[int, date, date | None], ...]  # (day mark, due, done)
    version: int


def _dto(p: Placement, s) -> PlacementDTO:
    fus = s.scalars(select(PlacementFollowUp).where(PlacementFollowUp.placement_id == p.id)
                    .order_by(PlacementFollowUp.day_mark))
    return PlacementDTO(p.id, p.student_id, p.outcome, p.employer_client_id, p.employer_name, p.position,
                        p.start_date, p.evidence, p.insured_pension_medical, p.subsidy_months_used,
                        p.subsidy_applied_on, tuple((f.day_mark, f.due_on, f.done_on) for f in fus), p.version)


def record_placement(db: Database, actor: Actor, data: PlacementInput) -> PlacementDTO:
    """Record where a student went; follow-ups are scheduled at 30/90/180 days."""
    require_role(actor, *STAFF, action_zh="登记就业去向", action_en="record placements")
    c = Checker()
    employer = c.text(data.employer_name, "用人单位", "employer")
    position = c.text(data.position, "岗位", "position", max_len=60)
    c.non_negative(data.subsidy_months_used, "已享受补贴月数", "subsidised months")
    c.plausible_date(data.start_date, "开始日期", "start date")
    c.plausible_date(data.subsidy_applied_on, "补贴申请日期", "subsidy applied on")
    if data.outcome in (PlacementOutcome.EMPLOYED_ON_GRADUATION, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT) \
            and not (employer or data.employer_client_id):
        c.add("用人单位", "就业或签约时必须填写用人单位。", "is required for employment or signing.", "employer")
    c.raise_if_any()
    with db.transaction() as s:
        student = ensure_student_access(s, actor, data.student_id)
        row = insert_row(s, actor, Placement(
            student_id=data.student_id, outcome=data.outcome, employer_client_id=data.employer_client_id,
            employer_name=employer_name(s, data.employer_client_id, employer), position=position,
            start_date=data.start_date, evidence=data.evidence, first_shanghai_job=data.first_shanghai_job,
            insured_pension_medical=data.insured_pension_medical, subsidy_months_used=data.subsidy_months_used,
            subsidy_applied_on=data.subsidy_applied_on, note=keep_typed(data.note)))
        if data.start_date and data.outcome not in (PlacementOutcome.TALENT_POOL, PlacementOutcome.UNKNOWN):
            for days in FOLLOW_UP_DAYS:
                s.add(PlacementFollowUp(placement_id=row.id, day_mark=days,
                                        due_on=data.start_date + timedelta(days=days)))
        if data.outcome is PlacementOutcome.TALENT_POOL and not student.in_talent_pool:
            update_row(s, actor, student, {"in_talent_pool": True})
        s.flush()
        return _dto(row, s)


def placements_of(db: Database, actor: Actor, student_id: int) -> list[PlacementDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        rows = s.scalars(select(Placement).where(Placement.student_id == student_id,
                                                 Placement.deleted_at.is_(None)).order_by(Placement.id))
        return [_dto(p, s) for p in rows]


@dataclass(frozen=True)
class PlacementRowDTO:
    """One line of the placements list (就业去向一览): the placement with its student."""

    id: int
    student_id: int
    student_name: str
    cohort_id: int | None
    cohort_code: str
    outcome: PlacementOutcome
    employer_name: str
    position: str
    start_date: date | None
    evidence: EvidenceLevel
    subsidy_months_used: int
    next_follow_up: date | None  # the earliest follow-up not done yet
    version: int


def list_placements(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[PlacementRowDTO]:
    """Placements of live students, newest start first by default; search by student name,
    employer or position; filters outcome, evidence, student_id, cohort_id, school_id.
    Mentors see their own students' placements only."""
    require_role(actor, *EVERYONE)
    next_due = (select(func.min(PlacementFollowUp.due_on))
                .where(PlacementFollowUp.placement_id == Placement.id, PlacementFollowUp.done_on.is_(None),
                       PlacementFollowUp.deleted_at.is_(None))
                .correlate(Placement).scalar_subquery())
    stmt = (select(Placement, Student.name, Student.cohort_id, func.coalesce(Cohort.code, ""), next_due)
            .join(Student, Student.id == Placement.student_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.deleted_at.is_(None)))
    if not query.include_deleted:
        stmt = stmt.where(Placement.deleted_at.is_(None))
    if actor.is_mentor:
        stmt = stmt.where(Placement.student_id.in_(mentor_student_ids(actor.mentor_id)))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Student.name.like(p, escape="\\"), Placement.employer_name.like(p, escape="\\"),
                              Placement.position.like(p, escape="\\")))
    for key in ("outcome", "evidence", "student_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(Placement, key) == query.filters[key])
    for key in ("cohort_id", "school_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(Student, key) == query.filters[key])
    sort = {"student": Student.name, "cohort": Cohort.code, "outcome": Placement.outcome,
            "employer": Placement.employer_name, "start_date": Placement.start_date, "follow_up": next_due}
    q = query if query.sort else ListQuery(**{**query.__dict__, "sort": "start_date", "descending": True})
    with db.read() as s:
        rows, total = page(s, stmt, q, sort, Placement.start_date, Placement.id)
        return Page(tuple(PlacementRowDTO(p.id, p.student_id, name, cohort_id, code, p.outcome, p.employer_name,
                                          p.position, p.start_date, p.evidence, p.subsidy_months_used, due,
                                          p.version)
                          for p, name, cohort_id, code, due in rows), total, query.offset)
