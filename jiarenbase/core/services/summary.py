"""The base in figures (全基地统计): `jiarenbase summary` and the dashboard (工作台) read
the same `SummaryDTO` from `summary()`, so the two always agree. `--json` prints
`SummaryDTO.to_json()`, whose keys are documented in the README."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import case, func, select

from ..db.models import (
    Base,
    Certificate,
    Cohort,
    EnterpriseClient,
    EnterpriseTrainingOrder,
    LiveRoom,
    Mentor,
    PartnerSchool,
    Placement,
    PlacementFollowUp,
    PracticeSession,
    RoomBooking,
    SalesScript,
    ShortVideo,
    Student,
    User,
)
from ..domain.booking import MAX_BOOKING, open_hours_booked
from ..domain.enums import CertificateKind, PlacementOutcome, Role, SessionKind, SkillLevel, Stage, StudentStatus
from .common import STAFF, require_role
from .context import Actor, Database
from .listing import ListQuery
from .rooms import read_opening_hours, week_bounds

# Counts keyed by an enum's value (e.g. {"cognitive": 12, "project": 7, …}): every member
# is present, with 0 when nothing has it, in the enum's order.
Counts = dict[str, int]


@dataclass(frozen=True)
class StudentFigures:
    total: int
    by_stage: Counts
    by_status: Counts
    in_talent_pool: int


@dataclass(frozen=True)
class ClientFigures:
    total: int
    served: int  # with a training order delivered


@dataclass(frozen=True)
class SessionFigures:
    total: int
    by_kind: Counts


@dataclass(frozen=True)
class PlacementFigures:
    students_placed: int
    by_outcome: Counts  # each student's latest placement
    records_by_outcome: Counts  # every placement record: what the 就业 list counts under each outcome


@dataclass(frozen=True)
class CertificateFigures:
    total: int
    by_kind: Counts
    skill_level_by_occupation_and_level: dict[str, Counts]  # {occupation: {level: n}}, issued ones only
    skill_level_by_level: Counts  # over all occupations


@dataclass(frozen=True)
class RoomUse:
    room_id: int
    name: str
    bookings: int
    booked_hours: float
    open_hours: float
    ratio: float


@dataclass(frozen=True)
class RoomsThisWeek:
    week_start: date  # Monday
    booked_hours: float
    open_hours: float
    ratio: float
    by_room: tuple[RoomUse, ...]


@dataclass(frozen=True)
class MonthConversion:
    month: str  # YYYY-MM
    sessions: int
    viewers: int
    buyers: int
    rate: float | None  # None without viewers


@dataclass(frozen=True)
class FollowUpDue:
    follow_up_id: int
    placement_id: int
    student_id: int
    student_name: str
    day_mark: int
    due_on: date
    overdue: bool


@dataclass(frozen=True)
class FollowUpFigures:
    overdue: int
    due_soon: int
    window_days: int
    items: tuple[FollowUpDue, ...]


@dataclass(frozen=True)
class SummaryDTO:
    """The base in figures; `to_json()` gives the documented `summary --json` keys."""

    as_of: date
    trained_to_date: int  # 累计培训: every student the base took in (not deleted), whatever their status
    stage_funnel: Counts  # students who reached each stage or went past it
    students: StudentFigures
    partner_schools: int
    cohorts: int
    mentors: int
    enterprise_clients: ClientFigures
    live_rooms: int
    bookings: int
    sessions: SessionFigures
    scripts: int
    videos: int
    placements: PlacementFigures
    certificates: CertificateFigures
    rooms_this_week: RoomsThisWeek
    conversion_trend: tuple[MonthConversion, ...]
    follow_ups: FollowUpFigures
    users: int
    tables: Counts | None = None  # row count of every table; None when not asked for
    awaiting_sign_off: Counts | None = None  # {cognitive, project, live: n}; None when not asked for

    def to_json(self) -> dict[str, Any]:
        """Plain JSON data: nested objects, dates as YYYY-MM-DD; without "tables" or
        "awaiting_sign_off" when they were not counted."""
        out = _plain(asdict(self))
        for key in ("tables", "awaiting_sign_off"):
            if getattr(self, key) is None:
                del out[key]
        return out


@dataclass(frozen=True)
class MentorSummaryDTO:
    """A mentor's own figures: their students by stage and their students' sessions by kind,
    each the total of the list the mentor's dashboard opens (学员, 实训记录), read through
    the list functions themselves so the two cannot disagree."""

    students: int
    by_stage: Counts
    sessions: int
    sessions_by_kind: Counts


def _plain(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


TREND_MONTHS = 12  # the conversion-rate trend covers this many calendar months, the current one last
FOLLOW_UP_WINDOW_DAYS = 7  # follow-ups due within this many days are listed as "due soon"
FOLLOW_UP_ITEMS = 20  # the dashboard lists at most this many follow-ups


def _count(s, model) -> int:
    stmt = select(func.count()).select_from(model)
    if hasattr(model, "deleted_at"):
        stmt = stmt.where(model.deleted_at.is_(None))
    return s.scalar(stmt) or 0


def _group(s, column, model, enum_cls) -> Counts:
    out = {m.value: 0 for m in enum_cls}
    stmt = select(column, func.count()).select_from(model).group_by(column)
    if hasattr(model, "deleted_at"):
        stmt = stmt.where(model.deleted_at.is_(None))
    for key, n in s.execute(stmt):
        out[key.value] = n
    return out


def _stage_funnel(by_stage: Counts) -> Counts:
    """Students who reached each stage (or went past it): 认知 ≥ 项目 ≥ 实战 ≥ 结业."""
    out, running = {}, 0
    for stage in reversed(list(Stage)):
        running += by_stage[stage.value]
        out[stage.value] = running
    return {stage.value: out[stage.value] for stage in Stage}


def _months_back(today: date, n: int) -> list[tuple[int, int]]:
    y, m = today.year, today.month
    out = []
    for _ in range(n):
        out.append((y, m))
        y, m = (y, m - 1) if m > 1 else (y - 1, 12)
    return out[::-1]


def _conversion_trend(s, today: date) -> tuple[MonthConversion, ...]:
    """Live sessions per calendar month: Σ buyers / Σ viewers (the base's 转化率), oldest first.

    One index range per month (kind = live, month start ≤ started_at < next month start) on the
    covering ix_practice_session_kind_started: at city scale 12 × ~2 ms instead of 347 ms for
    one GROUP BY extract(year/month) that formats every row of the year."""
    out = []
    for yy, mm in _months_back(today, TREND_MONTHS):
        first = datetime(yy, mm, 1)
        after = datetime(yy + 1, 1, 1) if mm == 12 else datetime(yy, mm + 1, 1)
        n, viewers, buyers = s.execute(
            select(func.count(), func.coalesce(func.sum(PracticeSession.viewers), 0),
                   func.coalesce(func.sum(PracticeSession.buyers), 0))
            .where(PracticeSession.kind == SessionKind.LIVE_SESSION, PracticeSession.started_at >= first,
                   PracticeSession.started_at < after, PracticeSession.deleted_at.is_(None))).one()
        n, viewers, buyers = int(n), int(viewers), int(buyers)
        out.append(MonthConversion(f"{yy:04d}-{mm:02d}", n, viewers, buyers, buyers / viewers if viewers else None))
    return tuple(out)


def _students(s) -> StudentFigures:
    """Students by stage, by status and in the talent pool, from one scan (not four)."""
    by_stage = {m.value: 0 for m in Stage}
    by_status = {m.value: 0 for m in StudentStatus}
    pool = 0
    for stage, status, in_pool, n in s.execute(
            select(Student.stage, Student.status, Student.in_talent_pool, func.count())
            .where(Student.deleted_at.is_(None))
            .group_by(Student.stage, Student.status, Student.in_talent_pool)):
        by_stage[stage.value] += n
        by_status[status.value] += n
        pool += n if in_pool else 0
    return StudentFigures(sum(by_stage.values()), by_stage, by_status, pool)


def _rooms_this_week(s, today: date) -> RoomsThisWeek:
    """Booked hours within opening time of this week's Monday–Sunday, per room (as the room week shows)."""
    start, end = week_bounds(today)
    opening = read_opening_hours(s)
    spans: dict[int, list[tuple[datetime, datetime]]] = {}
    for room_id, b_start, b_end in s.execute(select(RoomBooking.room_id, RoomBooking.start, RoomBooking.end).where(
            # A booking lasts at most MAX_BOOKING, so the start bounds the range on both sides
            # and ix_room_booking_start reads only this week's rows (not every earlier booking).
            RoomBooking.deleted_at.is_(None), RoomBooking.start < end, RoomBooking.start >= start - MAX_BOOKING,
            RoomBooking.end > start)):
        spans.setdefault(room_id, []).append((b_start, b_end))
    week_open = 7.0 * opening.hours_per_day
    by_room = []
    for room_id, name, active in s.execute(select(LiveRoom.id, LiveRoom.name, LiveRoom.active)
                                           .where(LiveRoom.deleted_at.is_(None)).order_by(LiveRoom.code)):
        # A room out of service (停用) counts neither its bookings nor its hours, as in the room week.
        room_spans = spans.get(room_id, []) if active else []
        booked = open_hours_booked(room_spans, start, 7, opening.open_hour, opening.close_hour)
        open_hours = week_open if active else 0.0
        by_room.append(RoomUse(room_id, name, len(room_spans), booked, open_hours,
                               booked / open_hours if open_hours else 0.0))
    booked = sum(r.booked_hours for r in by_room)
    open_total = sum(r.open_hours for r in by_room)
    return RoomsThisWeek(start.date(), booked, open_total, booked / open_total if open_total else 0.0, tuple(by_room))


def _follow_ups(s, today: date) -> FollowUpFigures:
    """Follow-ups not done yet of live placements of live students: overdue (due before today),
    due today or within the window, and the earliest of them with the student."""
    soon = today + timedelta(days=FOLLOW_UP_WINDOW_DAYS)
    live = (PlacementFollowUp.done_on.is_(None), PlacementFollowUp.deleted_at.is_(None),
            Placement.deleted_at.is_(None), Student.deleted_at.is_(None))
    overdue, due_soon = s.execute(  # both counts from one pass
        select(func.coalesce(func.sum(case((PlacementFollowUp.due_on < today, 1), else_=0)), 0),
               func.coalesce(func.sum(case((PlacementFollowUp.due_on >= today, 1), else_=0)), 0))
        .join(Placement, Placement.id == PlacementFollowUp.placement_id)
        .join(Student, Student.id == Placement.student_id)
        .where(*live, PlacementFollowUp.due_on <= soon)).one()
    items = [FollowUpDue(fid, pid, sid, name, mark, due, due < today)
             for fid, pid, sid, name, mark, due in s.execute(
                 select(PlacementFollowUp.id, Placement.id, Student.id, Student.name, PlacementFollowUp.day_mark,
                        PlacementFollowUp.due_on)
                 .join(Placement, Placement.id == PlacementFollowUp.placement_id)
                 .join(Student, Student.id == Placement.student_id)
                 .where(*live, PlacementFollowUp.due_on <= soon)
                 .order_by(PlacementFollowUp.due_on, PlacementFollowUp.id).limit(FOLLOW_UP_ITEMS))]
    return FollowUpFigures(overdue, due_soon, FOLLOW_UP_WINDOW_DAYS, tuple(items))


def _placements(s) -> tuple[Counts, Counts]:
    """Placements of students not deleted (as the 就业 list shows them): each student's
    latest by outcome, and every record by outcome."""
    live = (Placement.deleted_at.is_(None), Student.deleted_at.is_(None))
    latest = (select(Placement.student_id, func.max(Placement.id).label("pid"))
              .join(Student, Student.id == Placement.student_id).where(*live)
              .group_by(Placement.student_id).subquery())
    by_latest = {m.value: 0 for m in PlacementOutcome}
    for outcome, n in s.execute(select(Placement.outcome, func.count()).join(
            latest, latest.c.pid == Placement.id).group_by(Placement.outcome)):
        by_latest[outcome.value] = n
    records = {m.value: 0 for m in PlacementOutcome}
    for outcome, n in s.execute(select(Placement.outcome, func.count())
                                .join(Student, Student.id == Placement.student_id)
                                .where(*live).group_by(Placement.outcome)):
        records[outcome.value] = n
    return by_latest, records


SIGN_OFF_STAGES = (Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE)  # 结业 has no gate after it


def _awaiting_sign_off(s) -> Counts:
    from .stage_board import awaiting_sign_off_counts  # the board's own rule: 可签核 only with evidence

    counts = awaiting_sign_off_counts(s)
    return {stage.value: int(counts.get(stage, 0)) for stage in SIGN_OFF_STAGES}


def awaiting_sign_off(db: Database, actor: Actor) -> Counts:
    """Students ready to be signed off (待签核), per stage: `{"cognitive": n, "project": n, "live": n}`,
    as the stage board marks them 可签核. Read apart from `summary()` by the dashboard: it
    weighs the evidence of every student still in training."""
    require_role(actor, *STAFF, action_zh="查看待签核人数", action_en="see the students awaiting sign-off")
    with db.read() as s:
        return _awaiting_sign_off(s)


def summary(db: Database, actor: Actor, today: date | None = None, table_counts: bool = True,
            sign_off: bool = True) -> SummaryDTO:
    """Counts of everything, named as documented in the README; `today` (default: the
    computer's date) fixes "this week", the trend's months and which follow-ups are due.
    `table_counts=False` leaves `tables` None (a row count of every table, for checks
    from the command line): the dashboard does not show it, and at city scale the
    counts of the two-million-row tables cost more than every figure together.
    `sign_off=False` leaves `awaiting_sign_off` None: the dashboard reads it apart
    (`awaiting_sign_off()`), since it weighs every open student's evidence."""
    require_role(actor, *STAFF, action_zh="查看全基地统计", action_en="see base-wide figures")
    today = today or date.today()
    with db.read() as s:
        placements, records = _placements(s)
        # One pass over the certificates for their total, kinds and skill levels (three
        # queries took 25 ms at city scale, this one 15 ms).
        certs: dict[str, Counts] = {}
        cert_kinds = {m.value: 0 for m in CertificateKind}
        # Of students not deleted, as the 证书 list counts them.
        for kind, occ, level, n in s.execute(
                select(Certificate.kind, Certificate.occupation, Certificate.level, func.count())
                .join(Student, Student.id == Certificate.student_id)
                .where(Certificate.deleted_at.is_(None), Student.deleted_at.is_(None))
                .group_by(Certificate.kind, Certificate.occupation, Certificate.level)):
            cert_kinds[kind.value] += n
            if kind is CertificateKind.SKILL_LEVEL:
                certs.setdefault(occ.value, {})[level.value] = n
        by_level = {level.value: 0 for level in SkillLevel}
        for levels in certs.values():
            for level, n in levels.items():
                by_level[level] += n
        served = s.scalar(select(func.count(func.distinct(EnterpriseTrainingOrder.client_id))).where(
            EnterpriseTrainingOrder.deleted_at.is_(None))) or 0
        students = _students(s)
        # One covering-index scan for the sessions' total and kinds (ix_practice_session_kind_started).
        sessions_by_kind = _group(s, PracticeSession.kind, PracticeSession, SessionKind)
        tables = ({name: s.scalar(select(func.count()).select_from(table)) or 0
                   for name, table in sorted(Base.metadata.tables.items())} if table_counts else None)
        return SummaryDTO(
            as_of=today,
            trained_to_date=students.total,
            stage_funnel=_stage_funnel(students.by_stage),
            students=students,
            partner_schools=_count(s, PartnerSchool),
            cohorts=_count(s, Cohort),
            mentors=_count(s, Mentor),
            enterprise_clients=ClientFigures(_count(s, EnterpriseClient), served),
            live_rooms=_count(s, LiveRoom),
            bookings=_count(s, RoomBooking),
            sessions=SessionFigures(sum(sessions_by_kind.values()), sessions_by_kind),
            scripts=_count(s, SalesScript),
            videos=_count(s, ShortVideo),
            placements=PlacementFigures(sum(placements.values()), placements, records),
            certificates=CertificateFigures(sum(cert_kinds.values()), cert_kinds, certs, by_level),
            rooms_this_week=_rooms_this_week(s, today),
            conversion_trend=_conversion_trend(s, today),
            follow_ups=_follow_ups(s, today),
            users=_count(s, User),
            tables=tables,  # row count of every table, so a check can see each entity is populated
            awaiting_sign_off=_awaiting_sign_off(s) if sign_off else None,
        )


def mentor_summary(db: Database, actor: Actor) -> MentorSummaryDTO:
    """A mentor's own figures for their dashboard: their students by stage and their students'
    sessions by kind — the totals of the 学员 and 实训记录 lists the cards open, read through
    those list functions (one count each), so a card never disagrees with its list."""
    from .enrolment import list_students
    from .sessions import list_sessions

    require_role(actor, Role.MENTOR, action_zh="查看导师工作台", action_en="see a mentor's dashboard")

    def total(list_fn, **filters) -> int:
        return list_fn(db, actor, ListQuery(filters=filters, limit=1)).total

    stages = {m.value: total(list_students, stage=m) for m in Stage}
    kinds = {m.value: total(list_sessions, kind=m) for m in SessionKind}
    return MentorSummaryDTO(total(list_students), stages, total(list_sessions), kinds)
