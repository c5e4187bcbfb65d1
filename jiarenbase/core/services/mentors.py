"""Mentors (导师) and their assignment to students per stage."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from ..db.models import EnterpriseClient, Mentor, MentorAssignment, Student
from ..domain.enums import Stage
from ..errors import ValidationError
from .common import (EVERYONE, STAFF, ensure_student_access, insert_row, load_versioned,
                     require_role, soft_delete_row, update_row)
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker


@dataclass(frozen=True)
class MentorDTO:
    id: int
    name: str
    phone: str
    specialties: str
    enterprise_id: int | None
    enterprise_name: str
    weekly_capacity: int
    is_senior_streamer: bool
    active: bool
    note: str
    version: int
    student_count: int = 0


@dataclass(frozen=True)
class MentorInput:
    name: str
    phone: str = ""
    specialties: str = ""
    enterprise_id: int | None = None
    weekly_capacity: int = 10
    is_senior_streamer: bool = False
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class AssignmentDTO:
    id: int
    student_id: int
    student_name: str
    mentor_id: int
    mentor_name: str
    stage: Stage
    start_date: date
    end_date: date | None


def _dto(row: Mentor, count: int = 0) -> MentorDTO:
    return MentorDTO(row.id, row.name, row.phone, row.specialties, row.enterprise_id,
                     row.enterprise.name if row.enterprise else "", row.weekly_capacity,
                     row.is_senior_streamer, row.active, row.note, row.version, count)


def _check(data: MentorInput) -> dict:
    c = Checker()
    values = dict(
        name=c.text(data.name, "导师姓名", "mentor name", required=True, max_len=60),
        phone=c.phone(data.phone), specialties=c.text(data.specialties, "专长", "specialties", max_len=200),
        enterprise_id=data.enterprise_id, weekly_capacity=data.weekly_capacity,
        is_senior_streamer=bool(data.is_senior_streamer), active=bool(data.active),
        note=c.text(data.note, "备注", "note", max_len=2000))
    if not 0 <= data.weekly_capacity <= 100:
        c.add("每周带训上限", "应在0到100场之间。", "must be between 0 and 100 sessions.", "weekly capacity")
    c.raise_if_any()
    return values


def _check_enterprise(s, enterprise_id: int | None) -> None:
    if enterprise_id is not None:
        row = s.get(EnterpriseClient, enterprise_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError.of("所属企业", "所选企业不存在，请重新选择。",
                                     "the chosen enterprise does not exist.", "enterprise")


def create_mentor(db: Database, actor: Actor, data: MentorInput) -> MentorDTO:
    require_role(actor, *STAFF, action_zh="新建导师", action_en="create a mentor")
    values = _check(data)
    with db.transaction() as s:
        _check_enterprise(s, values["enterprise_id"])
        return _dto(insert_row(s, actor, Mentor(**values), "mentor"))


def update_mentor(db: Database, actor: Actor, mentor_id: int, version: int | None,
                  data: MentorInput) -> MentorDTO:
    require_role(actor, *STAFF, action_zh="修改导师", action_en="edit a mentor")
    values = _check(data)
    with db.transaction() as s:
        row = load_versioned(s, Mentor, mentor_id, version, "导师", "mentor")
        _check_enterprise(s, values["enterprise_id"])
        return _dto(update_row(s, actor, row, values, "mentor"))


def delete_mentor(db: Database, actor: Actor, mentor_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除导师", action_en="delete a mentor")
    with db.transaction() as s:
        soft_delete_row(s, actor, load_versioned(s, Mentor, mentor_id, version, "导师", "mentor"), "mentor")


def _current_counts():
    return (select(MentorAssignment.mentor_id, func.count().label("n"))
            .where(MentorAssignment.end_date.is_(None), MentorAssignment.deleted_at.is_(None))
            .group_by(MentorAssignment.mentor_id).subquery())


def list_mentors(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[MentorDTO]:
    require_role(actor, *EVERYONE)
    counts = _current_counts()
    stmt = select(Mentor, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.mentor_id == Mentor.id)
    if not query.include_deleted:
        stmt = stmt.where(Mentor.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Mentor.name.like(p, escape="\\"), Mentor.specialties.like(p, escape="\\")))
    with db.read() as s:
        rows, total = page(s, stmt, query, {"name": Mentor.name, "students": func.coalesce(counts.c.n, 0)},
                           Mentor.name, Mentor.id)
        return Page(tuple(_dto(r, n) for r, n in rows), total, query.offset)


def get_mentor(db: Database, actor: Actor, mentor_id: int) -> MentorDTO:
    """One live mentor with the number of students they guide now (for the edit dialog)."""
    require_role(actor, *EVERYONE)
    counts = _current_counts()
    with db.read() as s:
        row = load_versioned(s, Mentor, mentor_id, None, "导师", "mentor")
        count = s.scalar(select(counts.c.n).where(counts.c.mentor_id == mentor_id)) or 0
        return _dto(row, count)


def assign_mentor(db: Database, actor: Actor, student_id: int, mentor_id: int, stage: Stage | None = None,
                  on: date | None = None, note: str = "") -> AssignmentDTO:
    """Make `mentor_id` the student's mentor from `on`; the previous assignment is
    closed (kept as history), not overwritten."""
    require_role(actor, *STAFF, action_zh="分配导师", action_en="assign mentors")
    on = on or date.today()
    with db.transaction() as s:
        student = ensure_student_access(s, actor, student_id)
        mentor = s.get(Mentor, mentor_id)
        if mentor is None or mentor.deleted_at is not None or not mentor.active:
            raise ValidationError.of("导师", "所选导师不存在或已停用，请重新选择。",
                                     "the chosen mentor does not exist or is inactive.", "mentor")
        stage = stage or student.stage
        for old in s.scalars(select(MentorAssignment).where(
                MentorAssignment.student_id == student_id, MentorAssignment.end_date.is_(None),
                MentorAssignment.deleted_at.is_(None))):
            if old.mentor_id == mentor_id and old.stage == stage:
                return _assignment_dto(old, student, mentor)
            update_row(s, actor, old, {"end_date": on}, "mentor_assignment")
        row = insert_row(s, actor, MentorAssignment(student_id=student_id, mentor_id=mentor_id, stage=stage,
                                                    start_date=on, note=note), "mentor_assignment")
        return _assignment_dto(row, student, mentor)


def _assignment_dto(row: MentorAssignment, student: Student, mentor: Mentor) -> AssignmentDTO:
    return AssignmentDTO(row.id, student.id, student.name, mentor.id, mentor.name, row.stage,
                         row.start_date, row.end_date)


def assignment_history(db: Database, actor: Actor, student_id: int) -> list[AssignmentDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)
        rows = s.execute(select(MentorAssignment, Mentor).join(Mentor, Mentor.id == MentorAssignment.mentor_id)
                         .where(MentorAssignment.student_id == student_id,
                                MentorAssignment.deleted_at.is_(None))
                         .order_by(MentorAssignment.start_date, MentorAssignment.id)).all()
        return [_assignment_dto(a, student, m) for a, m in rows]


def current_mentor(db: Database, actor: Actor, student_id: int) -> AssignmentDTO | None:
    history = assignment_history(db, actor, student_id)
    current = [a for a in history if a.end_date is None]
    return current[-1] if current else None
