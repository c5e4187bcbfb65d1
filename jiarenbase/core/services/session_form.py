"""What the practice-session form (实训记录) needs to open, in one call: the students
the signed-in user may log for (mentors: only their own), the mentors, the rubric
criteria, and — when opened from a room booking — the booking's room, time,
students and mentor to pre-fill. Mentors open it between two streams: one short
read, no per-field round trips."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import Cohort, LiveRoom, Mentor, MentorAssignment, RoomBooking, RubricCriterion, Student
from ..domain.enums import SessionKind
from ..errors import NotFound
from .common import EVERYONE, ensure_student_access, mentor_student_ids, require_role
from .context import Actor, Database
from .sessions import CriterionDTO


@dataclass(frozen=True)
class StudentChoice:
    id: int
    name: str
    student_number: str
    phone: str
    cohort_code: str
    rubric_scale: int  # the cohort's scale: 100 or 5
    mentor_id: int | None  # the current mentor (open assignment)


@dataclass(frozen=True)
class MentorChoice:
    id: int
    name: str


@dataclass(frozen=True)
class BookingPrefill:
    booking_id: int
    room_name: str
    start: datetime
    end: datetime
    mentor_id: int | None
    student_ids: tuple[int, ...]  # those the user may log for
    kind: SessionKind  # from the booking's purpose (实战… → live session)
    label: str


@dataclass(frozen=True)
class SessionFormData:
    students: tuple[StudentChoice, ...]
    mentors: tuple[MentorChoice, ...]
    criteria: tuple[CriterionDTO, ...]  # not deleted; inactive ones only show where scored
    default_mentor_id: int | None  # the signed-in mentor
    booking: BookingPrefill | None = None
    student_id: int | None = None  # pre-chosen student


def kind_of_purpose(purpose: str) -> SessionKind:
    """A booking's purpose "实战直播" (or anything with 实战/live) is a live session, else a drill."""
    text = (purpose or "").lower()
    return SessionKind.LIVE_SESSION if ("实战" in text or "live" in text) else SessionKind.MOCK_DRILL


def session_form_data(db: Database, actor: Actor, booking_id: int | None = None,
                      student_id: int | None = None) -> SessionFormData:
    """Everything the session form shows in its lists, scoped to the actor."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        if student_id is not None:
            ensure_student_access(s, actor, student_id)
        stmt = (select(Student, Cohort.code, Cohort.rubric_scale)
                .outerjoin(Cohort, Cohort.id == Student.cohort_id)
                .where(Student.deleted_at.is_(None)).order_by(Student.name, Student.id))
        if actor.is_mentor:
            stmt = stmt.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
        current = dict(s.execute(select(MentorAssignment.student_id, MentorAssignment.mentor_id).where(
            MentorAssignment.end_date.is_(None), MentorAssignment.deleted_at.is_(None))).all())
        students = tuple(StudentChoice(st.id, st.name, st.student_number, st.phone, code or "", scale or 100,
                                       current.get(st.id)) for st, code, scale in s.execute(stmt))
        mentor_stmt = select(Mentor.id, Mentor.name).where(Mentor.deleted_at.is_(None))
        if actor.is_mentor:
            mentor_stmt = mentor_stmt.where(Mentor.id == (actor.mentor_id or -1))
        else:
            mentor_stmt = mentor_stmt.where(Mentor.active.is_(True))
        mentors = tuple(MentorChoice(i, n) for i, n in s.execute(mentor_stmt.order_by(Mentor.name)))
        criteria = tuple(CriterionDTO(c.id, c.name, c.description, c.position, c.active) for c in s.scalars(
            select(RubricCriterion).where(RubricCriterion.deleted_at.is_(None))
            .order_by(RubricCriterion.position, RubricCriterion.id)))
        booking = _booking(s, actor, booking_id, {st.id for st in students}) if booking_id is not None else None
    return SessionFormData(students, mentors, criteria, actor.mentor_id if actor.is_mentor else None,
                           booking, student_id)


def _booking(s, actor: Actor, booking_id: int, allowed: set[int]) -> BookingPrefill:
    b = s.get(RoomBooking, booking_id)
    if b is None or b.deleted_at is not None:
        raise NotFound(f"找不到该直播间预约（编号 {booking_id}），可能已取消。",
                       f"Booking {booking_id} does not exist; it may have been cancelled.")
    room = s.get(LiveRoom, b.room_id)
    ids = tuple(st.id for st in sorted(b.students, key=lambda st: st.name) if st.id in allowed)
    mentor = s.get(Mentor, b.mentor_id) if b.mentor_id else None
    label = " ".join(p for p in (room.name if room else "", f"{b.start:%m-%d %H:%M}–{b.end:%H:%M}", b.purpose,
                                 (mentor.name + "导师") if mentor else "") if p)
    return BookingPrefill(b.id, room.name if room else "", b.start, b.end, b.mentor_id, ids,
                          kind_of_purpose(b.purpose), label)
