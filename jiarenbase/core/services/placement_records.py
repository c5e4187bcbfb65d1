"""Placement records after they are written (就业去向跟踪): edit a placement with
optimistic locking, delete one into the trash (回收站; trash.restore_record brings it
back), record a follow-up call (回访) at 30/90/180 days, the list of follow-ups due
for reminders, and what the placement dialog needs to open.

A deleted placement's follow-ups are left as they are (a restore brings them back
unchanged); every list and figure skips them through the placement's deleted_at.

Changes of the evidence level (本人自述 → 导师确认 → 用人单位确认) are audited as
their own entry ("evidence") besides the ordinary update entry, so the trail of
who confirmed a placement, and when, can be read directly.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from ..db.models import Cohort, EnterpriseClient, Placement, PlacementFollowUp, Student
from ..domain.enums import EvidenceLevel, PlacementOutcome
from ..domain.text import keep_typed
from ..errors import ValidationError
from .clients import employer_name
from .common import (
    EVERYONE,
    STAFF,
    audit,
    ensure_student_access,
    load_versioned,
    mentor_student_ids,
    require_role,
    soft_delete_row,
    update_row,
)
from .context import Actor, Database
from .placements import FOLLOW_UP_DAYS, PlacementInput
from .validation import Checker

POSITIONS = ("主播", "运营", "数据分析师", "视频剪辑师", "成本核价师")
NO_FOLLOW_UP = (PlacementOutcome.TALENT_POOL, PlacementOutcome.UNKNOWN)


@dataclass(frozen=True)
class FollowUpDTO:
    id: int
    day_mark: int  # 30, 90 or 180
    due_on: date
    done_on: date | None
    still_employed: bool | None
    note: str
    version: int


@dataclass(frozen=True)
class PlacementRecordDTO:
    """One placement as the placement dialog edits it."""

    id: int
    student_id: int
    student_name: str
    outcome: PlacementOutcome
    employer_client_id: int | None
    employer_name: str
    position: str
    start_date: date | None
    evidence: EvidenceLevel
    first_shanghai_job: bool
    insured_pension_medical: bool
    subsidy_months_used: int
    subsidy_applied_on: date | None
    note: str
    follow_ups: tuple[FollowUpDTO, ...]
    version: int


@dataclass(frozen=True)
class FollowUpDueDTO:
    """A follow-up not done yet, for the reminders (回访提醒)."""

    follow_up_id: int
    placement_id: int
    student_id: int
    student_name: str
    cohort_code: str
    employer_name: str
    position: str
    day_mark: int
    due_on: date
    days_left: int  # negative: overdue by that many days
    version: int

    @property
    def overdue(self) -> bool:
        return self.days_left < 0


@dataclass(frozen=True)
class Choice:
    id: int
    name: str
    detail: str = ""  # a student's cohort code


@dataclass(frozen=True)
class PlacementFormData:
    students: tuple[Choice, ...]  # those the actor may see
    clients: tuple[Choice, ...]
    positions: tuple[str, ...]



def _follow_ups(s, placement_id: int) -> tuple[FollowUpDTO, ...]:
    rows = s.scalars(select(PlacementFollowUp).where(PlacementFollowUp.placement_id == placement_id,
                                                     PlacementFollowUp.deleted_at.is_(None))
                     .order_by(PlacementFollowUp.day_mark, PlacementFollowUp.id))
    return tuple(FollowUpDTO(f.id, f.day_mark, f.due_on, f.done_on, f.still_employed, f.note or "", f.version)
                 for f in rows)


def _record(s, p: Placement, student: Student) -> PlacementRecordDTO:
    return PlacementRecordDTO(p.id, p.student_id, student.name, p.outcome, p.employer_client_id, p.employer_name,
                              p.position, p.start_date, p.evidence, p.first_shanghai_job, p.insured_pension_medical,
                              p.subsidy_months_used, p.subsidy_applied_on, p.note or "", _follow_ups(s, p.id),
                              p.version)


def get_placement(db: Database, actor: Actor, placement_id: int) -> PlacementRecordDTO:
    """One placement with its follow-ups (mentors: their own students' only)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        p = load_versioned(s, Placement, placement_id, None, "就业记录", "placement")
        student = ensure_student_access(s, actor, p.student_id)
        return _record(s, p, student)


def placement_form_data(db: Database, actor: Actor) -> PlacementFormData:
    """The students (scoped), enterprise clients and usual positions the dialog lists."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        stmt = (select(Student.id, Student.name, Cohort.code).outerjoin(Cohort, Cohort.id == Student.cohort_id)
                .where(Student.deleted_at.is_(None)).order_by(Student.name, Student.id))
        if actor.is_mentor:
            stmt = stmt.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
        students = tuple(Choice(i, n, c or "") for i, n, c in s.execute(stmt))
        clients = tuple(Choice(i, n) for i, n in s.execute(
            select(EnterpriseClient.id, EnterpriseClient.name).where(EnterpriseClient.deleted_at.is_(None))
            .order_by(EnterpriseClient.name)))
    return PlacementFormData(students, clients, POSITIONS)


def update_placement(db: Database, actor: Actor, placement_id: int, version: int | None,
                     data: PlacementInput) -> PlacementRecordDTO:
    """Change a placement. A new start date moves the follow-ups not done yet; an
    evidence change gets its own audit entry; 人才库 sets the student's flag."""
    require_role(actor, *STAFF, action_zh="修改就业去向", action_en="change placements")
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
        p = load_versioned(s, Placement, placement_id, version, "就业记录", "placement")
        if data.student_id != p.student_id:
            raise ValidationError.of("学员", "就业记录不能改到另一名学员名下，请为该学员新建一条。",
                                     "a placement cannot move to another student; record a new one.", "student")
        student = ensure_student_access(s, actor, p.student_id)
        old_evidence = p.evidence
        update_row(s, actor, p, dict(
            outcome=data.outcome, employer_client_id=data.employer_client_id,
            employer_name=employer_name(s, data.employer_client_id, employer), position=position,
            start_date=data.start_date, evidence=data.evidence, first_shanghai_job=data.first_shanghai_job,
            insured_pension_medical=data.insured_pension_medical, subsidy_months_used=data.subsidy_months_used,
            subsidy_applied_on=data.subsidy_applied_on, note=keep_typed(data.note)))
        if old_evidence is not data.evidence:
            audit(s, actor, "evidence", Placement, p.id, {"evidence": old_evidence.value},
                  {"evidence": data.evidence.value})
        _reschedule(s, actor, p)
        if data.outcome is PlacementOutcome.TALENT_POOL and not student.in_talent_pool:
            update_row(s, actor, student, {"in_talent_pool": True})
        s.flush()
        return _record(s, p, student)


def delete_placement(db: Database, actor: Actor, placement_id: int, version: int | None = None) -> None:
    """Soft-delete a placement (staff/admin; audited). A 人才库 placement takes the
    student out of the pool unless another live 人才库 placement keeps them in."""
    require_role(actor, *STAFF, action_zh="删除就业去向", action_en="delete placements")
    with db.transaction() as s:
        p = load_versioned(s, Placement, placement_id, version, "就业记录", "placement")
        student = ensure_student_access(s, actor, p.student_id)
        soft_delete_row(s, actor, p)
        if p.outcome is PlacementOutcome.TALENT_POOL and student.in_talent_pool and not s.scalar(
                select(Placement.id).where(Placement.student_id == student.id, Placement.deleted_at.is_(None),
                                           Placement.outcome == PlacementOutcome.TALENT_POOL).limit(1)):
            update_row(s, actor, student, {"in_talent_pool": False})


def _reschedule(s, actor: Actor, p: Placement) -> None:
    """Follow-ups not done yet follow the start date; missing ones are added."""
    if p.start_date is None or p.outcome in NO_FOLLOW_UP:
        return
    have = {f.day_mark: f for f in s.scalars(select(PlacementFollowUp).where(
        PlacementFollowUp.placement_id == p.id, PlacementFollowUp.deleted_at.is_(None)))}
    for days in FOLLOW_UP_DAYS:
        due = p.start_date + timedelta(days=days)
        f = have.get(days)
        if f is None:
            s.add(PlacementFollowUp(placement_id=p.id, day_mark=days, due_on=due))
        elif f.done_on is None and f.due_on != due:
            update_row(s, actor, f, {"due_on": due})


def record_follow_up(db: Database, actor: Actor, follow_up_id: int, version: int | None, done_on: date,
                     still_employed: bool | None, note: str = "") -> FollowUpDTO:
    """Record that a follow-up call (回访) was made. Mentors: their own students only."""
    require_role(actor, *EVERYONE)
    c = Checker()
    note = c.prose(note, "回访记录", "follow-up note", max_len=500)
    if done_on is None:
        c.add("回访日期", "请填写回访日期。", "is required.", "follow-up date")
    elif done_on > date.today():
        c.add("回访日期", "回访日期不能晚于今天，请改正。", "cannot be in the future.", "follow-up date")
    c.raise_if_any()
    with db.transaction() as s:
        f = load_versioned(s, PlacementFollowUp, follow_up_id, version, "回访", "follow-up")
        p = load_versioned(s, Placement, f.placement_id, None, "就业记录", "placement")
        ensure_student_access(s, actor, p.student_id)
        if p.start_date and done_on < p.start_date:
            raise ValidationError.of("回访日期", "回访日期早于入职日期，请改正。",
                                     "is before the placement started.", "follow-up date")
        update_row(s, actor, f, {"done_on": done_on, "still_employed": still_employed, "note": note})
        return FollowUpDTO(f.id, f.day_mark, f.due_on, f.done_on, f.still_employed, f.note, f.version)


def follow_ups_due(db: Database, actor: Actor, within_days: int = 14,
                   as_of: date | None = None) -> list[FollowUpDueDTO]:
    """Follow-ups not done whose due date is past or within `within_days` days,
    most overdue first (回访提醒). Mentors: their own students only."""
    require_role(actor, *EVERYONE)
    today = as_of or date.today()
    stmt = (select(PlacementFollowUp, Placement, Student.name, Cohort.code)
            .join(Placement, Placement.id == PlacementFollowUp.placement_id)
            .join(Student, Student.id == Placement.student_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(PlacementFollowUp.done_on.is_(None), PlacementFollowUp.deleted_at.is_(None),
                   Placement.deleted_at.is_(None), Student.deleted_at.is_(None),
                   PlacementFollowUp.due_on <= today + timedelta(days=max(within_days, 0)))
            .order_by(PlacementFollowUp.due_on, PlacementFollowUp.id))
    if actor.is_mentor:
        stmt = stmt.where(Placement.student_id.in_(mentor_student_ids(actor.mentor_id)))
    with db.read() as s:
        return [FollowUpDueDTO(f.id, p.id, p.student_id, name, code or "", p.employer_name, p.position,
                               f.day_mark, f.due_on, (f.due_on - today).days, f.version)
                for f, p, name, code in s.execute(stmt)]
