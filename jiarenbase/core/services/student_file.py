"""The student file (学员档案): everything about one student on one page — the
profile header, a timeline of what happened (stages, attendance, sessions,
scripts, videos, certificates, placement, mentor changes) and the growth curves
(rubric average and conversion rate per session) against the cohort median
(core.domain.growth explains the median).

One read transaction, a dozen column-only queries (no ORM objects for sessions),
so a student with thousands of sessions opens in a blink.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import Cohort, Mentor, MentorAssignment, PartnerSchool, PracticeSession, Student
from ..domain.enums import SessionKind, Stage, StudentStatus
from ..domain.growth import MIN_STUDENTS, conversion_rate, median_by_session_number
from ..domain.idcard import mask_id
from .common import EVERYONE, ensure_student_access, require_role
from .context import Actor, Database
from .student_timeline import (
    EventKind,
    TimelineEvent,
    attendance_events,
    certificate_events,
    mentor_events,
    placement_events,
    script_events,
    session_events,
    stage_events,
    video_events,
)

__all__ = ["CohortMedian", "EventKind", "GrowthPoint", "StudentFile", "StudentKpis", "TimelineEvent",
           "student_file"]


@dataclass(frozen=True)
class GrowthPoint:
    """One session on the learning curve; `number` is 1-based in the order held."""

    number: int
    session_id: int
    started_at: datetime
    kind: SessionKind
    rubric: float | None  # 0–100
    conversion: float | None  # buyers / viewers, a fraction


@dataclass(frozen=True)
class CohortMedian:
    """Median by session number (index n-1 = session n); None where fewer than
    `min_students` of the cohort have a value there."""

    rubric: tuple[float | None, ...]
    conversion: tuple[float | None, ...]
    students: int  # students of the cohort with at least one session
    min_students: int = MIN_STUDENTS


@dataclass(frozen=True)
class StudentKpis:
    sessions: int
    mock_drills: int
    live_sessions: int
    average_rubric: float | None  # mean of the scored sessions, 0–100
    best_conversion: float | None
    certificates: int


@dataclass(frozen=True)
class StudentFile:
    student_id: int
    name: str
    id_number_masked: str
    student_number: str
    school_name: str
    cohort_id: int | None
    cohort_code: str
    cohort_name: str
    stage: Stage
    status: StudentStatus
    mentor_id: int | None  # the current mentor (open assignment), else the last one, else None
    mentor_name: str
    mentor_is_current: bool  # False: mentor_* name the last mentor (e.g. after 结业)
    kpis: StudentKpis
    timeline: tuple[TimelineEvent, ...]  # newest first
    growth: tuple[GrowthPoint, ...]  # in the order held
    cohort_median: CohortMedian


def student_file(db: Database, actor: Actor, student_id: int) -> StudentFile:
    """The student page's data in one call (mentors: only their own students; the
    cohort median is an anonymous aggregate over the whole cohort)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)
        head = s.execute(
            select(PartnerSchool.name, Cohort.code, Cohort.name)
            .select_from(Student)
            .outerjoin(PartnerSchool, PartnerSchool.id == Student.school_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.id == student_id)).one()
        assignments = s.execute(
            select(MentorAssignment.id, MentorAssignment.mentor_id, Mentor.name, MentorAssignment.stage,
                   MentorAssignment.start_date, MentorAssignment.end_date, MentorAssignment.note)
            .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
            .where(MentorAssignment.student_id == student_id, MentorAssignment.deleted_at.is_(None))
            .order_by(MentorAssignment.start_date, MentorAssignment.id)).all()
        current = [a for a in assignments if a.end_date is None]
        mentor = current[-1] if current else (assignments[-1] if assignments else None)
        sessions = _own_sessions(s, student_id)
        growth = tuple(GrowthPoint(n, r.id, r.started_at, r.kind, r.rubric_average,
                                   conversion_rate(r.buyers, r.viewers))
                       for n, r in enumerate(sessions, start=1))
        median = _cohort_median(s, student.cohort_id, student_id, growth)
        mentor_names = dict(s.execute(select(Mentor.id, Mentor.name)).all())
        events: list[TimelineEvent] = []
        events += stage_events(s, student_id)
        events += attendance_events(s, student_id)
        events += session_events(sessions, growth, mentor_names)
        events += script_events(s, student_id)
        events += video_events(s, student_id)
        certificates = certificate_events(s, student_id)
        events += certificates
        events += placement_events(s, student_id)
        events += mentor_events(assignments)
        return StudentFile(
            student_id=student.id, name=student.name, id_number_masked=mask_id(student.id_number),
            student_number=student.student_number, school_name=head[0] or "", cohort_id=student.cohort_id,
            cohort_code=head[1] or "", cohort_name=head[2] or "", stage=student.stage, status=student.status,
            mentor_id=mentor.mentor_id if mentor else None, mentor_name=mentor.name if mentor else "",
            mentor_is_current=bool(current),
            kpis=_kpis(growth, len(certificates)), timeline=_newest_first(events), growth=growth,
            cohort_median=median)


def _own_sessions(s: Session, student_id: int) -> list:
    P = PracticeSession
    return s.connection().execute(  # Core rows: no ORM loading machinery per row
        select(P.id, P.kind, P.started_at, P.ended_at, P.platform, P.mentor_id, P.viewers, P.buyers, P.orders,
               P.rubric_average)
        .where(P.student_id == student_id, P.deleted_at.is_(None))
        .order_by(P.started_at, P.id)).all()


def _cohort_median(s: Session, cohort_id: int | None, student_id: int,
                   own: tuple[GrowthPoint, ...]) -> CohortMedian:
    """One column-only read of the other cohort students' sessions; the medians
    (by session number, core.domain.growth) are computed in Python."""
    if cohort_id is None:  # no cohort, nothing to compare with
        return CohortMedian((), (), 0)
    rubric: dict[int, list[float | None]] = {}
    conversion: dict[int, list[float | None]] = {}
    P = PracticeSession
    rows = s.connection().execute(
        select(P.student_id, P.rubric_average, P.buyers, P.viewers)
        .join(Student, Student.id == P.student_id)
        .where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None), P.deleted_at.is_(None),
               P.student_id != student_id)
        .order_by(P.student_id, P.started_at, P.id))
    for sid, avg, buyers, viewers in rows:
        if sid not in rubric:
            rubric[sid], conversion[sid] = [], []
        rubric[sid].append(avg)
        conversion[sid].append(conversion_rate(buyers, viewers))
    if own:  # the student's own curve (already read) belongs to the cohort too
        rubric[student_id] = [p.rubric for p in own]
        conversion[student_id] = [p.conversion for p in own]
    return CohortMedian(tuple(median_by_session_number(rubric.values())),
                        tuple(median_by_session_number(conversion.values())), len(rubric))


def _kpis(growth: tuple[GrowthPoint, ...], certificates: int) -> StudentKpis:
    scored = [p.rubric for p in growth if p.rubric is not None]
    rates = [p.conversion for p in growth if p.conversion is not None]
    drills = sum(1 for p in growth if p.kind is SessionKind.MOCK_DRILL)
    return StudentKpis(len(growth), drills, len(growth) - drills,
                       sum(scored) / len(scored) if scored else None, max(rates) if rates else None,
                       certificates)


def _newest_first(events: list[TimelineEvent]) -> tuple[TimelineEvent, ...]:
    """Newest first. A date-only event counts as the END of its day, so a stage
    entered on the day the previous one was signed off sorts above the sign-off;
    at equal times the timeline order of kinds decides (then the record id)."""
    order = {k: i for i, k in enumerate((EventKind.STAGE, EventKind.MENTOR, EventKind.ATTENDANCE, EventKind.SESSION,
                                         EventKind.SCRIPT, EventKind.VIDEO, EventKind.CERTIFICATE,
                                         EventKind.PLACEMENT))}

    def key(e: TimelineEvent):
        at = e.at if e.has_time else datetime.combine(e.at.date(), time.max)
        return at, order[e.kind], e.ref_id or 0

    return tuple(sorted(events, key=key, reverse=True))
