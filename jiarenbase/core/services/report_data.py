"""Reads for the printed reports: a few set-based queries per batch of students,
never one round of queries per student (a 1,000-student school pack is read in
about a dozen statements). Session-level helpers for services/reports.py."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import (
    Attendance,
    Certificate,
    Cohort,
    EnterpriseClient,
    Mentor,
    MentorAssignment,
    PartnerSchool,
    Placement,
    PracticeSession,
    SalesScript,
    ScriptVersion,
    StageRecord,
    Student,
    StudentAppraisal,
    TrainingModule,
    User,
)
from ..domain.appraisal import AppraisalFacts, appraise
from ..domain.enums import (
    AttendanceStatus,
    CertificateKind,
    EvidenceLevel,
    Occupation,
    PlacementOutcome,
    SessionKind,
    SkillLevel,
    Stage,
    StageResult,
    StudentStatus,
)
from ..domain.growth import conversion_rate
from ..domain.idcard import mask_id
from ..reports import dto
from .base_profile import read_profile
from .common import in_chunks

REMARKS = 3


def _label(enum_cls, value) -> str:
    if value is None:
        return ""
    try:
        return enum_cls(value).zh
    except ValueError:
        return str(value)


def _day(v: date | datetime | None) -> date | None:
    return v.date() if isinstance(v, datetime) else v


def stage_lines(s: Session, ids: Sequence[int]) -> dict[int, tuple[dto.StageLine, ...]]:
    users = dict(s.execute(select(User.id, func.coalesce(func.nullif(User.display_name, ""), User.username))).all())
    out: dict[int, list[dto.StageLine]] = defaultdict(list)
    order = {st: i for i, st in enumerate(Stage)}
    for chunk in in_chunks(ids):
        rows = s.execute(select(StageRecord.student_id, StageRecord.stage, StageRecord.entered_on,
                                StageRecord.signed_off_at, StageRecord.signed_off_by, StageRecord.result,
                                StageRecord.override_reason)
                         .where(StageRecord.student_id.in_(chunk), StageRecord.deleted_at.is_(None))).all()
        for r in sorted(rows, key=lambda r: (r.student_id, order.get(r.stage, 9), r.entered_on or date.min)):
            if r.stage is Stage.COMPLETED:
                continue  # the day a student completes shows as the live stage's sign-off
            out[r.student_id].append(dto.StageLine(
                r.stage.zh, r.entered_on, _day(r.signed_off_at), users.get(r.signed_off_by, ""),
                _label(StageResult, r.result), r.override_reason or ""))
    return {k: tuple(v) for k, v in out.items()}


def attendance(s: Session, ids: Sequence[int]) -> dict[int, dto.AttendanceSummary]:
    counts: dict[int, dict[AttendanceStatus, int]] = defaultdict(dict)
    for chunk in in_chunks(ids):
        for sid, status, n in s.execute(
                select(Attendance.student_id, Attendance.status, func.count())
                .join(TrainingModule, TrainingModule.id == Attendance.module_id)
                .where(Attendance.student_id.in_(chunk), Attendance.deleted_at.is_(None),
                       TrainingModule.deleted_at.is_(None))
                .group_by(Attendance.student_id, Attendance.status)):
            counts[sid][status] = n
    return {sid: dto.AttendanceSummary(sum(c.values()), c.get(AttendanceStatus.PRESENT, 0),
                                       c.get(AttendanceStatus.LATE, 0), c.get(AttendanceStatus.ABSENT, 0))
            for sid, c in counts.items()}


def sessions(s: Session, ids: Sequence[int]) -> tuple[dict[int, dto.SessionStats], dict[int, tuple],
                                                      dict[int, tuple]]:
    """Statistics, growth points and the latest mentor remarks per student."""
    P = PracticeSession
    mentors = dict(s.execute(select(Mentor.id, Mentor.name)).all())
    per: dict[int, list] = defaultdict(list)
    for chunk in in_chunks(ids):
        for row in s.connection().execute(
                select(P.student_id, P.kind, P.started_at, P.viewers, P.buyers, P.gmv, P.rubric_average,
                       P.mentor_id, P.mentor_remarks)
                .where(P.student_id.in_(chunk), P.deleted_at.is_(None))
                .order_by(P.student_id, P.started_at, P.id)):
            per[row.student_id].append(row)
    stats, growth, remarks = {}, {}, {}
    for sid, rows in per.items():
        points = tuple(dto.GrowthPoint(n, r.rubric_average, conversion_rate(r.buyers, r.viewers),
                                       r.kind is SessionKind.LIVE_SESSION)
                       for n, r in enumerate(rows, start=1))
        scored = [p.rubric for p in points if p.rubric is not None]
        drill = _kind_stats([r for r in rows if r.kind is SessionKind.MOCK_DRILL])
        live = _kind_stats([r for r in rows if r.kind is SessionKind.LIVE_SESSION])
        stats[sid] = dto.SessionStats(
            len(rows), drill.count, len(rows) - drill.count, sum(scored) / len(scored) if scored else None,
            scored[0] if scored else None, scored[-1] if scored else None, live.best_conversion,
            live.viewers, live.buyers, live.gmv, drill, live)
        growth[sid] = points
        remarks[sid] = tuple(dto.RemarkLine(_day(r.started_at), mentors.get(r.mentor_id, ""), r.mentor_remarks.strip())
                             for r in reversed(rows) if (r.mentor_remarks or "").strip())[:REMARKS]
    return stats, growth, remarks


def _kind_stats(rows: list) -> dto.KindStats:
    """Counts, rubric average/first/last and sales of one kind of session, in session order."""
    scored = [r.rubric_average for r in rows if r.rubric_average is not None]
    rates = [c for c in (conversion_rate(r.buyers, r.viewers) for r in rows) if c is not None]
    return dto.KindStats(len(rows), sum(scored) / len(scored) if scored else None,
                         scored[0] if scored else None, scored[-1] if scored else None,
                         sum(r.viewers or 0 for r in rows), sum(r.buyers or 0 for r in rows),
                         float(sum(r.gmv or 0 for r in rows)), max(rates) if rates else None)


def scripts(s: Session, ids: Sequence[int]) -> dict[int, tuple[dto.ScriptLine, ...]]:
    out: dict[int, list[dto.ScriptLine]] = defaultdict(list)
    for chunk in in_chunks(ids):
        heads = s.execute(select(SalesScript.id, SalesScript.student_id, SalesScript.title, SalesScript.product)
                          .where(SalesScript.student_id.in_(chunk), SalesScript.deleted_at.is_(None))
                          .order_by(SalesScript.student_id, SalesScript.id)).all()
        if not heads:
            continue
        versions: dict[int, list] = defaultdict(list)
        for row in s.execute(select(ScriptVersion.script_id, ScriptVersion.created_at, ScriptVersion.mentor_comment)
                             .where(ScriptVersion.script_id.in_([h.id for h in heads]))
                             .order_by(ScriptVersion.script_id, ScriptVersion.version_no)):
            versions[row.script_id].append(row)
        for h in heads:
            vs = versions.get(h.id, [])
            comment = next((v.mentor_comment.strip() for v in reversed(vs) if (v.mentor_comment or "").strip()), "")
            out[h.student_id].append(dto.ScriptLine(h.title, h.product or "", len(vs),
                                                    _day(vs[-1].created_at) if vs else None, comment))
    return {k: tuple(v) for k, v in out.items()}


def certificates(s: Session, ids: Sequence[int]) -> dict[int, tuple[dto.CertificateLine, ...]]:
    out: dict[int, list[dto.CertificateLine]] = defaultdict(list)
    for chunk in in_chunks(ids):
        for c in s.execute(select(Certificate).where(Certificate.student_id.in_(chunk),
                                                     Certificate.deleted_at.is_(None))
                           .order_by(Certificate.issued_on, Certificate.id)).scalars():
            occupation = _label(Occupation, c.occupation) + (f"（{c.work_type}）" if c.work_type else "")
            out[c.student_id].append(dto.CertificateLine(_label(CertificateKind, c.kind), occupation,
                                                         _label(SkillLevel, c.level), c.number, c.issued_on,
                                                         c.issuer or ""))
    return {k: tuple(v) for k, v in out.items()}


def latest_placements(s: Session, ids: Sequence[int]) -> dict[int, dto.PlacementLine]:
    clients = dict(s.execute(select(EnterpriseClient.id, EnterpriseClient.name)).all())
    out: dict[int, dto.PlacementLine] = {}
    for chunk in in_chunks(ids):
        for p in s.execute(select(Placement).where(Placement.student_id.in_(chunk), Placement.deleted_at.is_(None))
                           .order_by(Placement.student_id, Placement.start_date, Placement.id)).scalars():
            out[p.student_id] = dto.PlacementLine(  # the last one per student wins
                _label(PlacementOutcome, p.outcome), clients.get(p.employer_client_id, p.employer_name or ""),
                p.position or "", p.start_date,
                _label(EvidenceLevel, p.evidence), p.outcome.value if p.outcome else "")
    return out


def current_mentors(s: Session, ids: Sequence[int]) -> dict[int, str]:
    out: dict[int, str] = {}
    for chunk in in_chunks(ids):
        for sid, name, _end in s.execute(
                select(MentorAssignment.student_id, Mentor.name, MentorAssignment.end_date)
                .join(Mentor, Mentor.id == MentorAssignment.mentor_id)
                .where(MentorAssignment.student_id.in_(chunk), MentorAssignment.deleted_at.is_(None))
                .order_by(MentorAssignment.student_id, MentorAssignment.start_date, MentorAssignment.id)):
            out[sid] = name  # open assignment or the last one
    return out


def student_rows(s: Session, ids: Sequence[int]) -> list:
    rows = []
    for chunk in in_chunks(ids):
        rows += s.execute(
            select(Student, func.coalesce(PartnerSchool.name, ""), Cohort)
            .outerjoin(PartnerSchool, PartnerSchool.id == Student.school_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.id.in_(chunk))).all()
    by_id = {r[0].id: r for r in rows}
    return [by_id[i] for i in ids if i in by_id]


def opinions(s: Session, ids: Sequence[int]) -> dict[int, str]:
    """鉴定意见 per student (only those written)."""
    out: dict[int, str] = {}
    for chunk in in_chunks(ids):
        out.update(dict(s.execute(select(StudentAppraisal.student_id, StudentAppraisal.opinion)
                                  .where(StudentAppraisal.student_id.in_(chunk))).all()))
    return {k: v for k, v in out.items() if v}


def student_reports(s: Session, ids: Sequence[int], unmasked: bool) -> list[dto.StudentReport]:
    """The report (结业报告 / 阶段报告) of each student, in the order of `ids`."""
    ids = list(ids)
    heads = student_rows(s, ids)
    stages = stage_lines(s, ids)
    att = attendance(s, ids)
    stats, growth, remarks = sessions(s, ids)
    scr = scripts(s, ids)
    certs = certificates(s, ids)
    places = latest_placements(s, ids)
    mentors = current_mentors(s, ids)
    said = opinions(s, ids)
    base_name = read_profile(s).full_name
    out = []
    for st, school, cohort in heads:
        st_stats, st_stages = stats.get(st.id, dto.SessionStats()), stages.get(st.id, ())
        withdrawn = st.status is StudentStatus.WITHDRAWN
        grade = appraise(AppraisalFacts(
            st_stats.drill.average_rubric, st_stats.live.average_rubric,
            sum(1 for line in st_stages if line.result == StageResult.OVERRIDDEN.zh), withdrawn))
        out.append(dto.StudentReport(
            id=st.id, name=st.name, sex=st.sex.zh if st.sex else "", id_number=id_text(st.id_number, unmasked),
            student_number=st.student_number or "", school=school, major=st.major or "",
            class_name=st.class_name or "", cohort_code=cohort.code if cohort else "",
            cohort_name=cohort.name if cohort else "", cohort_start=cohort.start_date if cohort else None,
            cohort_end=cohort.end_date if cohort else None, stage=st.stage.zh, status=st.status.zh,
            completed=st.stage is Stage.COMPLETED, mentor=mentors.get(st.id, ""), stages=st_stages,
            attendance=att.get(st.id, dto.AttendanceSummary()), stats=st_stats,
            growth=growth.get(st.id, ()), scripts=scr.get(st.id, ()), certificates=certs.get(st.id, ()),
            placement=places.get(st.id), remarks=remarks.get(st.id, ()), withdrawn=withdrawn,
            grade=grade.grade, grade_basis=grade.basis, opinion=said.get(st.id, ""), base_name=base_name))
    return out


def id_text(number: str | None, unmasked: bool) -> str:
    if not number:
        return "—"
    return number if unmasked else mask_id(number)


def students_of(s: Session, *, school_id: int | None = None, cohort_id: int | None = None,
                date_from: date | None = None, date_to: date | None = None,
                completed_only: bool = False, include_withdrawn: bool = True) -> list[int]:
    """Live student ids of a school and/or cohort (cohorts starting in a date range), by cohort then name."""
    stmt = (select(Student.id).outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.deleted_at.is_(None)))
    if school_id is not None:
        stmt = stmt.where(Student.school_id == school_id)
    if cohort_id is not None:
        stmt = stmt.where(Student.cohort_id == cohort_id)
    if date_from is not None:
        stmt = stmt.where(Cohort.start_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(Cohort.start_date <= date_to)
    if completed_only:
        stmt = stmt.where(Student.stage == Stage.COMPLETED)
    if not include_withdrawn:
        stmt = stmt.where(Student.status != StudentStatus.WITHDRAWN)
    return list(s.scalars(stmt.order_by(Cohort.start_date, Cohort.code, Student.name, Student.id)))
