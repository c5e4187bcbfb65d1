"""The annual summary (基地年度总结): read the year and the year before on one basis,
lay them out (core.reports.annual_report), write the PDF.

The basis, stated on the page: the outcomes (completion, certificates, placement,
talent pool) are those of the students whose cohort ended in the year; the activity
(sessions, rooms, enterprise orders, exams) is what happened in the calendar year.
A year that is not over stands at `today`: only the cohorts that have ended count.
Every figure is read set-based, grouped in SQL (a couple of dozen statements for
both years, whatever the number of cohorts).
"""
from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Integer, and_, case, extract, func, select
from sqlalchemy.orm import Session

from ..db.models import (
    Certificate,
    Cohort,
    EnterpriseTrainingOrder,
    Exam,
    ExamResult,
    LiveRoom,
    PartnerSchool,
    Placement,
    PracticeSession,
    RoomBooking,
    Student,
)
from ..domain.booking import MAX_BOOKING, merged_spans
from ..domain.enums import CertificateKind, PlacementOutcome, SessionKind, Stage, StudentStatus
from ..errors import ValidationError
from ..reports import dto
from . import base_profile
from .context import Actor, Database
from .reports import Progress, ReportKind, ReportRequest, ReportResult
from .rooms import read_opening_hours

PLACED = (PlacementOutcome.EMPLOYED_ON_GRADUATION, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT,
          PlacementOutcome.FLEXIBLE_EMPLOYMENT, PlacementOutcome.FURTHER_STUDY)
NOT_RECORDED = "未登记"


def year_range(s: Session, today: date) -> tuple[int, int]:
    """The years an annual summary may be printed for: from the year of the base's
    first cohort (this year when there is none) to next year."""
    first = s.scalar(select(func.min(Cohort.start_date)).where(Cohort.deleted_at.is_(None)))
    return min(first.year, today.year) if first else today.year, today.year + 1


def check_year(s: Session, year: int | None, today: date) -> None:
    low, high = year_range(s, today)
    if year is None or not low <= year <= high:
        raise ValidationError.of(
            "年份", f"年份须在 {low} 至 {high} 之间（{low} 年是基地第一个批次开班的年份，最晚可以打印明年）。",
            f"the year must be between {low} and {high} (the year of the first cohort to next year).", "year")


class _Year:
    """The bounds of one year, cut at `today` when the year is not over."""

    def __init__(self, year: int, today: date) -> None:
        self.year = year
        self.first = date(year, 1, 1)
        self.last = min(date(year, 12, 31), today)  # before `first` for a year not begun: nothing counts
        self.start = datetime(year, 1, 1)
        self.end = datetime.combine(self.last + timedelta(days=1), datetime.min.time())
        self.days = max((self.last - self.first).days + 1, 0)

    def dates(self, column):
        return and_(column >= self.first, column <= self.last)

    def times(self, column):
        return and_(column >= self.start, column < self.end)


def _ended_cohorts(s: Session, y: _Year) -> tuple[list[dto.EndedCohort], dict[str, int]]:
    """The cohorts that ended in the year, each with its students' outcomes; and over all of
    them: completed students by latest outcome, the talent pool, enterprise certificates."""
    rows = s.execute(select(Cohort.id, Cohort.code, Cohort.name, Cohort.end_date, PartnerSchool.name)
                     .outerjoin(PartnerSchool, PartnerSchool.id == Cohort.school_id)
                     .where(Cohort.deleted_at.is_(None), y.dates(Cohort.end_date))
                     .order_by(Cohort.end_date, Cohort.code)).all()
    ids = select(Cohort.id).where(Cohort.deleted_at.is_(None), y.dates(Cohort.end_date))
    basis = and_(Student.deleted_at.is_(None), Student.cohort_id.in_(ids))
    staying = Student.status != StudentStatus.WITHDRAWN
    done = and_(staying, Student.stage == Stage.COMPLETED)

    def n_of(condition):
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    counts = {c: (n, int(w), int(d), int(p)) for c, n, w, d, p in s.execute(
        select(Student.cohort_id, func.count(), n_of(~staying), n_of(done), n_of(Student.in_talent_pool.is_(True)))
        .where(basis).group_by(Student.cohort_id))}
    certified: dict[tuple[int, CertificateKind], int] = {(c, k): n for c, k, n in s.execute(
        select(Student.cohort_id, Certificate.kind, func.count(func.distinct(Certificate.student_id)))
        .join(Student, Student.id == Certificate.student_id)
        .where(basis, staying, Certificate.deleted_at.is_(None)).group_by(Student.cohort_id, Certificate.kind))}
    outcomes = _outcomes_by_cohort(s, and_(basis, done))
    total: dict[str, int] = defaultdict(int)
    out = []
    for cid, code, name, end, school in rows:
        n, withdrawn, completed, pool = counts.get(cid, (0, 0, 0, 0))
        by = outcomes.get(cid, {})
        for o, k in by.items():
            total[o.value] += k
        total["pool"] += pool
        total["enterprise"] += certified.get((cid, CertificateKind.ENTERPRISE), 0)
        out.append(dto.EndedCohort(code, name, school or "—", end, n, withdrawn, completed,
                                   certified.get((cid, CertificateKind.SKILL_LEVEL), 0),
                                   sum(by.get(o, 0) for o in PLACED),
                                   sum(v for o, v in by.items() if o is not PlacementOutcome.UNKNOWN)))
    return out, dict(total)


def _outcomes_by_cohort(s: Session, completed) -> dict[int, dict[PlacementOutcome, int]]:
    """Completed students by their latest placement (the highest id, as the dashboard counts)."""
    students = select(Student.id).where(completed)
    latest = (select(func.max(Placement.id).label("pid"))
              .where(Placement.deleted_at.is_(None), Placement.student_id.in_(students))
              .group_by(Placement.student_id).subquery())
    out: dict[int, dict[PlacementOutcome, int]] = defaultdict(dict)
    for cid, outcome, n in s.execute(
            select(Student.cohort_id, Placement.outcome, func.count())
            .join(latest, latest.c.pid == Placement.id).join(Student, Student.id == Placement.student_id)
            .group_by(Student.cohort_id, Placement.outcome)):
        out[cid][outcome] = n
    return out


def _months(s: Session, y: _Year) -> tuple[tuple[dto.MonthActivity, ...], float]:
    """Sessions per month (drills and live apart; viewers and buyers of live sessions), and the live GMV."""
    P = PracticeSession
    month = extract("month", P.started_at).cast(Integer)
    by: dict[int, dict[str, int]] = {m: defaultdict(int) for m in range(1, 13)}
    gmv = 0.0
    for m, kind, n, viewers, buyers, sales in s.execute(
            select(month, P.kind, func.count(), func.sum(P.viewers), func.sum(P.buyers), func.sum(P.gmv))
            .where(P.deleted_at.is_(None), y.times(P.started_at)).group_by(month, P.kind)):
        line = by[int(m)]
        if kind is SessionKind.MOCK_DRILL:
            line["drills"] += n
        else:
            line["live"] += n
            line["viewers"] += int(viewers or 0)
            line["buyers"] += int(buyers or 0)
            gmv += float(sales or 0)
    return tuple(dto.MonthActivity(m, **v) for m, v in by.items()), gmv


def booked_in_opening(spans, first_day: datetime, days: int, open_hour: int, close_hour: int) -> float:
    """domain.booking.open_hours_booked, visiting only the days each merged span touches
    (a year of a busy room: thousands of spans × 365 days the other way)."""
    total, last = 0.0, first_day + timedelta(days=days)
    for start, end in merged_spans(spans):
        day = datetime.combine(max(start, first_day).date(), datetime.min.time())
        while day < min(end, last):
            lo, hi = day + timedelta(hours=open_hour), day + timedelta(hours=close_hour)
            a, b = max(start, lo), min(end, hi)
            if b > a:
                total += (b - a).total_seconds() / 3600
            day += timedelta(days=1)
    return total


def _rooms(s: Session, y: _Year) -> tuple[tuple[dto.RoomUse, ...], float]:
    """Each room's booked hours within opening time, and the opening hours of the rooms in use."""
    opening = read_opening_hours(s)
    spans: dict[int, list] = defaultdict(list)
    if y.days:
        for room_id, b_start, b_end in s.execute(
                select(RoomBooking.room_id, RoomBooking.start, RoomBooking.end)
                .where(RoomBooking.deleted_at.is_(None), RoomBooking.start < y.end,
                       RoomBooking.start >= y.start - MAX_BOOKING, RoomBooking.end > y.start)):
            spans[room_id].append((b_start, b_end))
    out, total_open = [], 0.0
    for room_id, name, active in s.execute(select(LiveRoom.id, LiveRoom.name, LiveRoom.active)
                                           .where(LiveRoom.deleted_at.is_(None)).order_by(LiveRoom.code)):
        booked = booked_in_opening(spans.get(room_id, []), y.start, y.days, opening.open_hour, opening.close_hour)
        open_hours = y.days * opening.hours_per_day if active else 0
        total_open += open_hours
        out.append(dto.RoomUse(name, booked, booked / open_hours if open_hours else None))
    return tuple(out), total_open


def _exams(s: Session, y: _Year) -> tuple[dto.ExamLine, ...]:
    R = ExamResult
    rows = s.execute(
        select(Exam.exam_date, Exam.occupation, Exam.work_type, Exam.level, Exam.dual_certificate,
               func.count(R.id), func.coalesce(func.sum(case((R.passed.is_(True), 1), else_=0)), 0))
        .outerjoin(R, and_(R.exam_id == Exam.id, R.deleted_at.is_(None)))
        .where(Exam.deleted_at.is_(None), y.dates(Exam.exam_date))
        .group_by(Exam.id, Exam.exam_date, Exam.occupation, Exam.work_type, Exam.level, Exam.dual_certificate)
        .order_by(Exam.exam_date, Exam.id))
    return tuple(dto.ExamLine(on, _occupation(occ, work) + level.zh, bool(dual), n, int(passed))
                 for on, occ, work, level, dual, n, passed in rows)


def _figures(s: Session, year: int, today: date) -> tuple[dto.YearFigures, dict]:
    """One year's figures, and the detail the layout lists for the year printed."""
    y = _Year(year, today)
    cohorts, totals = _ended_cohorts(s, y)
    months, gmv = _months(s, y)
    rooms, open_hours = _rooms(s, y)
    exams = _exams(s, y)
    started = select(Cohort.id).where(Cohort.deleted_at.is_(None), y.dates(Cohort.start_date))
    cohorts_started = s.scalar(select(func.count()).select_from(started.subquery())) or 0
    new_students = s.scalar(select(func.count()).select_from(Student).where(
        Student.deleted_at.is_(None), Student.cohort_id.in_(started))) or 0
    practised = s.scalar(select(func.count(func.distinct(PracticeSession.student_id))).where(
        PracticeSession.deleted_at.is_(None), y.times(PracticeSession.started_at))) or 0
    T = EnterpriseTrainingOrder
    orders, clients, order_trainees, hours = s.execute(
        select(func.count(), func.count(func.distinct(T.client_id)), func.coalesce(func.sum(T.trainees), 0),
               func.coalesce(func.sum(T.hours), 0)).where(T.deleted_at.is_(None), y.dates(T.start_date))).one()
    def total(attr: str, items) -> int:
        return sum(getattr(x, attr) for x in items)

    figures = dto.YearFigures(
        year=year, cohorts_ended=len(cohorts), students=total("students", cohorts),
        withdrawn=total("withdrawn", cohorts), completed=total("completed", cohorts),
        certified=total("certified", cohorts), enterprise_certified=totals.get("enterprise", 0),
        placed=total("placed", cohorts), outcome_known=total("outcome_known", cohorts),
        talent_pool=totals.get("pool", 0), cohorts_started=cohorts_started, new_students=new_students,
        drills=total("drills", months), live=total("live", months), practised=practised,
        live_viewers=total("viewers", months), live_buyers=total("buyers", months), live_gmv=gmv,
        booked_hours=sum(r.booked_hours for r in rooms), open_hours=open_hours,
        orders=orders, order_clients=clients, order_trainees=int(order_trainees), order_hours=float(hours),
        exams=len(exams), candidates=total("candidates", exams), passed=total("passed", exams))
    outcomes = {o: totals.get(o.value, 0) for o in PlacementOutcome}
    detail = {"cohorts": tuple(cohorts), "outcomes": outcomes, "months": months, "rooms": rooms, "exams": exams,
              "basis": y}
    return figures, detail


def _certificates(s: Session, y: _Year) -> tuple[tuple[dto.Count, ...], tuple[dto.Count, ...]]:
    """Certificates held by the students of the cohorts that ended in the year: skill
    levels by occupation and level, enterprise certificates by issuer."""
    ids = select(Cohort.id).where(Cohort.deleted_at.is_(None), y.dates(Cohort.end_date))
    C = Certificate
    skill, enterprise = [], []
    for kind, occ, work, level, issuer, n in s.execute(
            select(C.kind, C.occupation, C.work_type, C.level, C.issuer, func.count(func.distinct(C.student_id)))
            .join(Student, Student.id == C.student_id)
            .where(C.deleted_at.is_(None), Student.deleted_at.is_(None), Student.cohort_id.in_(ids))
            .group_by(C.kind, C.occupation, C.work_type, C.level, C.issuer)
            .order_by(C.kind, C.occupation, C.level, C.work_type, C.issuer)):
        if kind is CertificateKind.SKILL_LEVEL:
            skill.append(dto.Count(_occupation(occ, work) + level.zh, n))
        else:
            enterprise.append(dto.Count((issuer or "企业") + "：" + occ.zh, n))
    return _merge(skill), _merge(enterprise)


def _occupation(occupation, work_type: str) -> str:
    """"互联网营销师（直播销售员）", or "网络主播 " before the level."""
    return occupation.zh + (f"（{work_type}）" if work_type else " ")


def _merge(counts: list[dto.Count]) -> tuple[dto.Count, ...]:
    out: dict[str, int] = {}
    for c in counts:
        out[c.label] = out.get(c.label, 0) + c.value
    return tuple(dto.Count(k, v) for k, v in out.items())


def annual_summary(s: Session, year: int, today: date) -> dto.AnnualSummary:
    """The year and the year before, on the same basis (inside the caller's session)."""
    this, detail = _figures(s, year, today)
    previous, _ = _figures(s, year - 1, today)
    completed_by = detail["outcomes"]
    outcomes = [dto.Count(o.zh, completed_by.get(o, 0)) for o in PlacementOutcome]
    outcomes.append(dto.Count(NOT_RECORDED, this.completed - sum(completed_by.values())))
    skill, enterprise = _certificates(s, detail["basis"])
    return dto.AnnualSummary(
        year=year, this=this, previous=previous, months=detail["months"], rooms=detail["rooms"],
        cohorts=detail["cohorts"], outcomes=tuple(outcomes), certificates=skill, enterprise_certificates=enterprise,
        exams=detail["exams"], as_of=today if year >= today.year else None)


def annual_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                  today: date) -> ReportResult:
    from ..reports.annual_report import annual_story, annual_title  # ReportLab: on first print
    from ..reports.document import report_info, write_pdf

    progress(0, 2)
    with db.read() as s:
        check_year(s, req.year, today)
        summary = annual_summary(s, req.year, today)
        profile = base_profile.read_profile(s)
    progress(1, 2)
    title = annual_title(req.year)
    pages = write_pdf(out, report_info(title, f"{req.year}年：{req.year}年内结业的批次及全年实训", today, profile),
                      annual_story(summary))
    progress(2, 2)
    return ReportResult(ReportKind.ANNUAL, (out,), pages, title)
