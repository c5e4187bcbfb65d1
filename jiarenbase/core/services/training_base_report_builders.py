"""Builders of the training base's own reports (实训基地的报表): mentor workload, the annual
summary, subsidy cover sheets. The reports on groups of students are in report_builders.py."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select

from ..db.models import (
    Certificate,
    Cohort,
    EnterpriseClient,
    EnterpriseTrainingOrder,
    LiveRoom,
    Mentor,
    PartnerSchool,
    Placement,
    PracticeSession,
    RoomBooking,
    StageRecord,
    Student,
)
from ..domain.booking import MAX_BOOKING, open_hours_booked
from ..domain.enums import CertificateKind, PlacementOutcome, SessionKind, SkillLevel, Stage
from ..reports import dto
from ..reports.document import report_info, write_pdf
from ..reports.training_base_reports import annual_story, mentor_story, subsidy_story
from . import mentor_workload as workload, report_data as rd, subsidy as subsidy_svc
from .context import Actor, Database
from .reports import Progress, ReportKind, ReportRequest, ReportResult
from .rooms import read_opening_hours

RECENT_DAYS = 90


def mentor_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                  today: date) -> ReportResult:
    progress(0, 2)
    rows = workload.mentor_workload(db, actor, today)
    if req.mentor_id is not None:
        rows = [r for r in rows if r.mentor_id == req.mentor_id]
    since = datetime.combine(today - timedelta(days=RECENT_DAYS), datetime.min.time())
    P = PracticeSession
    with db.read() as s:
        recent = {m: (n, avg) for m, n, avg in s.execute(
            select(P.mentor_id, func.count(), func.avg(P.rubric_average))
            .where(P.deleted_at.is_(None), P.started_at >= since).group_by(P.mentor_id))}
        specialties = dict(s.execute(select(Mentor.id, Mentor.specialties)).all())
    start, end = workload.week_of(today)
    report = dto.MentorReport(start, end, tuple(dto.MentorRow(
        r.mentor_name, specialties.get(r.mentor_id) or "", r.cognitive, r.project, r.live, r.sessions,
        r.weekly_capacity, recent.get(r.mentor_id, (0, None))[0],
        "—" if recent.get(r.mentor_id, (0, None))[1] is None else f"{recent[r.mentor_id][1]:.1f}") for r in rows))
    progress(1, 2)
    pages = write_pdf(out, report_info("导师工作量报告", f"{start} 至 {end}", today), mentor_story(report))
    progress(2, 2)
    return ReportResult(ReportKind.MENTOR, (out,), pages, "导师工作量报告")


def _year_bounds(year: int) -> tuple[date, date, datetime, datetime]:
    first, last = date(year, 1, 1), date(year, 12, 31)
    return first, last, datetime(year, 1, 1), datetime(year + 1, 1, 1)


def _months(s, start: datetime, end: datetime, year: int) -> tuple[dto.MonthLine, ...]:
    P = PracticeSession
    by: dict[int, dict] = {m: {"drills": 0, "live": 0, "viewers": 0, "buyers": 0} for m in range(1, 13)}
    for started, kind, viewers, buyers in s.connection().execute(
            select(P.started_at, P.kind, P.viewers, P.buyers)
            .where(P.deleted_at.is_(None), P.started_at >= start, P.started_at < end)):
        m = by[started.month]
        m["drills" if kind is SessionKind.MOCK_DRILL else "live"] += 1
        m["viewers"] += viewers or 0
        m["buyers"] += buyers or 0
    return tuple(dto.MonthLine(f"{year}年{m}月", v["drills"], v["live"], v["viewers"], v["buyers"],
                               v["buyers"] / v["viewers"] if v["viewers"] else None) for m, v in by.items())


def _rooms(s, year: int, start: datetime, end: datetime) -> tuple:
    opening = read_opening_hours(s)
    days = (end - start).days
    spans: dict[int, list] = {}
    for room_id, b_start, b_end in s.execute(
            select(RoomBooking.room_id, RoomBooking.start, RoomBooking.end)
            .where(RoomBooking.deleted_at.is_(None), RoomBooking.start < end,
                   RoomBooking.start >= start - MAX_BOOKING, RoomBooking.end > start)):
        spans.setdefault(room_id, []).append((b_start, b_end))
    out = []
    for room_id, name, active in s.execute(select(LiveRoom.id, LiveRoom.name, LiveRoom.active)
                                           .where(LiveRoom.deleted_at.is_(None)).order_by(LiveRoom.code)):
        booked = open_hours_booked(spans.get(room_id, []), start, days, opening.open_hour, opening.close_hour)
        open_hours = days * opening.hours_per_day
        out.append((name, round(booked), booked / open_hours if open_hours and active else None))
    return tuple(out)


def annual_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                  today: date) -> ReportResult:
    year = req.year
    first, last, start, end = _year_bounds(year)
    progress(0, 2)
    with db.read() as s:
        def placed(outcome: PlacementOutcome) -> int:
            return s.scalar(select(func.count(func.distinct(Placement.student_id))).where(
                Placement.deleted_at.is_(None), Placement.outcome == outcome,
                Placement.start_date >= first, Placement.start_date <= last)) or 0

        new_students = s.scalar(select(func.count()).select_from(Student).join(Cohort, Cohort.id == Student.cohort_id)
                                .where(Student.deleted_at.is_(None), Cohort.start_date >= first,
                                       Cohort.start_date <= last)) or 0
        trained = s.scalar(select(func.count(func.distinct(PracticeSession.student_id))).where(
            PracticeSession.deleted_at.is_(None), PracticeSession.started_at >= start,
            PracticeSession.started_at < end)) or 0
        completed = s.scalar(select(func.count()).select_from(StageRecord).where(
            StageRecord.deleted_at.is_(None), StageRecord.stage == Stage.COMPLETED,
            StageRecord.entered_on >= first, StageRecord.entered_on <= last)) or 0
        pool = s.scalar(select(func.count()).select_from(Student).where(
            Student.deleted_at.is_(None), Student.in_talent_pool.is_(True))) or 0
        ordered = set(s.scalars(select(EnterpriseTrainingOrder.client_id).where(
            EnterpriseTrainingOrder.deleted_at.is_(None), EnterpriseTrainingOrder.start_date <= last,
            func.coalesce(EnterpriseTrainingOrder.end_date, EnterpriseTrainingOrder.start_date) >= first)))
        hired = set(s.scalars(select(Placement.employer_client_id).where(
            Placement.deleted_at.is_(None), Placement.employer_client_id.is_not(None),
            Placement.start_date >= first, Placement.start_date <= last)))
        live_clients = set(s.scalars(select(EnterpriseClient.id).where(EnterpriseClient.deleted_at.is_(None))))
        certs = dict(s.execute(select(Certificate.level, func.count()).where(
            Certificate.deleted_at.is_(None), Certificate.kind == CertificateKind.SKILL_LEVEL,
            Certificate.issued_on >= first, Certificate.issued_on <= last).group_by(Certificate.level)).all())
        outcomes = dict(s.execute(select(Placement.outcome, func.count()).where(
            Placement.deleted_at.is_(None), Placement.start_date >= first, Placement.start_date <= last)
            .group_by(Placement.outcome)).all())
        months = _months(s, start, end, year)
        rooms = _rooms(s, year, start, end)
        cohorts = []
        for c, school in s.execute(select(Cohort, PartnerSchool.name).outerjoin(
                PartnerSchool, PartnerSchool.id == Cohort.school_id).where(
                Cohort.deleted_at.is_(None), Cohort.start_date >= first, Cohort.start_date <= last)
                .order_by(Cohort.start_date, Cohort.code)):
            n = s.scalar(select(func.count()).select_from(Student).where(
                Student.cohort_id == c.id, Student.deleted_at.is_(None))) or 0
            done = s.scalar(select(func.count()).select_from(Student).where(
                Student.cohort_id == c.id, Student.deleted_at.is_(None), Student.stage == Stage.COMPLETED)) or 0
            cohorts.append((c.code, school or "—", n, done))
        figures = (dto.Count("新入训学员", new_students), dto.Count("参加实训学员", trained),
                   dto.Count("结业", completed),
                   dto.Count("签约企业项目", placed(PlacementOutcome.SIGNED_ENTERPRISE_PROJECT)),
                   dto.Count("毕业即就业", placed(PlacementOutcome.EMPLOYED_ON_GRADUATION)),
                   dto.Count("人才库（截至打印日）", pool),
                   dto.Count("服务企业客户", len((ordered | hired) & live_clients)))
    progress(1, 2)
    report = dto.AnnualReport(
        year, figures, tuple(dto.Count(lv.zh, certs[lv]) for lv in SkillLevel if certs.get(lv)),
        tuple(dto.Count(o.zh, outcomes[o]) for o in PlacementOutcome if outcomes.get(o)), months, rooms,
        tuple(cohorts))
    title = f"{year} 年度基地工作总结"
    pages = write_pdf(out, report_info(title, f"{year}年", today), annual_story(report))
    progress(2, 2)
    return ReportResult(ReportKind.ANNUAL, (out,), pages, title)


def subsidy_sheets(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                   today: date) -> ReportResult:
    progress(0, 2)
    rows = [r for r in subsidy_svc.flexible_graduates(db, actor, today) if r.eligible]
    with db.read() as s:
        ids = [r.student_id for r in rows]
        if req.student_id is not None:
            ids = [i for i in ids if i == req.student_id]
        if req.cohort_id is not None or req.school_id is not None:
            mates = set(rd.students_of(s, cohort_id=req.cohort_id, school_id=req.school_id))
            ids = [i for i in ids if i in mates]
        students = {st.id: st for st, _school, _cohort in rd.student_rows(s, ids)}
        employers = rd.latest_placements(s, ids)
        sheets = []
        for r in rows:
            st = students.get(r.student_id)
            if st is None:
                continue
            v = r.verdict
            place = employers.get(r.student_id)
            sheets.append(dto.SubsidySheet(
                student=st.name, id_number=rd.id_text(st.id_number, req.unmasked), phone=st.phone or "—",
                school=r.school_name, cohort_code=r.cohort_code,
                hukou=" / ".join(x for x in (st.hukou_district, st.residence_district) if x) or "—",
                employer=(place.employer or place.position) if place else "—", flexible_start=r.flexible_start,
                months_left=v.months_left, monthly_amount=f"{v.monthly_amount:.2f} 元" if v.monthly_amount else "—",
                centre_name=v.centre.name if v.centre else "", centre_address=v.centre.address if v.centre else "",
                materials=v.materials,
                reasons=tuple(("【符合】" if x.ok else "【不符合】") + x.zh for x in v.reasons if x.condition),
                applied_on=r.applied_on))
    progress(1, 2)
    title = "灵活就业补贴申请封面"
    pages = write_pdf(out, report_info(title, f"{len(sheets)} 名毕业生", today), subsidy_story(sheets))
    progress(2, 2)
    return ReportResult(ReportKind.SUBSIDY, (out,), pages, title)
