"""One builder per report: read the DTOs (report_data, read-only), lay them out
(core.reports), write the file. Called by reports.build_report after the checks."""
from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from ..db.models import Cohort, PartnerSchool, StageRecord, Student
from ..domain.enums import CertificateKind, PlacementOutcome, SkillLevel, Stage, StudentStatus
from ..errors import NotFound, ValidationError
from ..reports import dto
from ..reports.certificate import certificates_story
from ..reports.document import ProgressMark, report_info, write_pdf
from ..reports.group_report import cohort_story, school_pack_story
from ..reports.student_report import student_story
from ..reports.tables import num, pct
from . import report_data as rd
from .common import in_chunks
from .context import Actor, Database
from .reports import Progress, ReportKind, ReportRequest, ReportResult, default_filename


class _Steps:
    """Counts layout steps for the progress callback (which may raise Cancelled)."""

    def __init__(self, progress: Progress, total: int) -> None:
        self.progress, self.total, self.done = progress, max(total, 1), 0
        progress(0, self.total)

    def mark(self, _i: int = 0) -> ProgressMark:
        return ProgressMark(self.step)

    def step(self) -> None:
        self.done = min(self.done + 1, self.total)
        self.progress(self.done, self.total)


def _get(s, model, row_id: int | None, zh: str, en: str):
    row = s.get(model, row_id) if row_id is not None else None
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(f"找不到所选的{zh}（可能已被删除），请重新选择。", f"The chosen {en} no longer exists.")
    return row


# --- groups ------------------------------------------------------------------

def _roster(reports: list[dto.StudentReport], statuses: dict[int, str]) -> tuple[dto.RosterRow, ...]:
    return tuple(dto.RosterRow(
        r.name, r.id_number, r.student_number, r.cohort_code,
        r.stage if statuses.get(r.id) != StudentStatus.WITHDRAWN.zh else StudentStatus.WITHDRAWN.zh,
        pct(r.attendance.rate, 0), r.stats.sessions, num(r.stats.average_rubric),
        "、".join(c.level for c in r.certificates if c.kind == CertificateKind.SKILL_LEVEL.zh) or "—",
        r.placement.outcome if r.placement else "—") for r in reports)


def _summary(title: str, scope: str, reports: list[dto.StudentReport], contact: str = "") -> dto.GroupSummary:
    by_stage = Counter(r.stage for r in reports)
    levels = Counter(c.level for r in reports for c in r.certificates if c.kind == CertificateKind.SKILL_LEVEL.zh)
    outcomes = Counter(r.placement.outcome for r in reports if r.placement)
    rubrics = [r.stats.average_rubric for r in reports if r.stats.average_rubric is not None]
    rates = [r.attendance.rate for r in reports if r.attendance.rate is not None]
    return dto.GroupSummary(
        title=title, scope=scope, students=len(reports),
        by_stage=tuple(dto.Count(st.zh, by_stage.get(st.zh, 0)) for st in Stage),
        certificates=tuple(dto.Count(lv.zh, levels[lv.zh]) for lv in SkillLevel if levels.get(lv.zh)),
        placements=tuple(dto.Count(o.zh, outcomes[o.zh]) for o in PlacementOutcome if outcomes.get(o.zh)),
        cohorts=tuple(dict.fromkeys(r.cohort_code for r in reports if r.cohort_code)), contact=contact,
        average_attendance=sum(rates) / len(rates) if rates else None,
        average_rubric=sum(rubrics) / len(rubrics) if rubrics else None,
        sessions=sum(r.stats.sessions for r in reports))


def _statuses(s, ids: list[int]) -> dict[int, str]:
    out = {}
    for chunk in in_chunks(ids):
        out.update({i: st.zh for i, st in s.execute(select(Student.id, Student.status).where(Student.id.in_(chunk)))})
    return out


def school_pack(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                today: date) -> ReportResult:
    with db.read() as s:
        school = _get(s, PartnerSchool, req.school_id, "合作院校", "partner school")
        scope = "全部批次"
        if req.cohort_id is not None:
            cohort = _get(s, Cohort, req.cohort_id, "批次", "cohort")
            scope = f"批次 {cohort.code} {cohort.name}".strip()
        elif req.date_from or req.date_to:
            scope = f"{req.date_from or '最早'} 至 {req.date_to or '今'} 开班的批次"
        ids = rd.students_of(s, school_id=school.id, cohort_id=req.cohort_id, date_from=req.date_from,
                             date_to=req.date_to)
        progress(0, len(ids) + 1)
        reports = rd.student_reports(s, ids, req.unmasked)
        statuses = _statuses(s, ids)
        contact = " ".join(x for x in (school.contact_person, school.contact_phone) if x)
        name = school.name
    summary = _summary(f"{name} 实训情况汇总", scope, reports, contact)
    printed = [r for r in reports if statuses.get(r.id) != StudentStatus.WITHDRAWN.zh]
    steps = _Steps(progress, len(printed) + 1)
    story = school_pack_story(name, summary, _roster(reports, statuses), printed, today, steps.mark)
    pages = write_pdf(out, report_info(f"{name} 实训报告", f"{scope}：{len(reports)} 名学员", today), story)
    steps.step()
    return ReportResult(ReportKind.SCHOOL, (out,), pages, f"{name} 实训报告")


def cohort_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                  today: date) -> ReportResult:
    with db.read() as s:
        cohort = _get(s, Cohort, req.cohort_id, "批次", "cohort")
        school = s.get(PartnerSchool, cohort.school_id) if cohort.school_id else None
        ids = rd.students_of(s, cohort_id=cohort.id)
        progress(0, 2)
        reports = rd.student_reports(s, ids, req.unmasked)
        statuses = _statuses(s, ids)
        period = f"{cohort.start_date or '—'} 至 {cohort.end_date or '—'}"
        scope = f"{school.name if school else '无合作院校'}，{period}，{cohort.status.zh}"
        code, cname = cohort.code, cohort.name
    summary = _summary(f"批次报告 {code} {cname}".strip(), scope, reports)
    steps = _Steps(progress, 1)
    story = cohort_story(summary, _roster(reports, statuses)) + [steps.mark()]
    title = f"批次报告 {code}"
    pages = write_pdf(out, report_info(title, summary.title, today), story)
    return ReportResult(ReportKind.COHORT, (out,), pages, title)


def student_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                   today: date) -> ReportResult:
    with db.read() as s:
        _get(s, Student, req.student_id, "学员", "student")
        progress(0, 2)
        (report,) = rd.student_reports(s, [req.student_id], req.unmasked)
    steps = _Steps(progress, 1)
    title = f"学员结业报告 {report.name}"
    pages = write_pdf(out, report_info(title, f"{report.school} {report.cohort_code}", today),
                      student_story(report) + [steps.mark()])
    return ReportResult(ReportKind.STUDENT, (out,), pages, title)


# --- certificates ----------------------------------------------------------------

def _certificates(s, ids: list[int], unmasked: bool, today: date) -> list[dto.Certificate]:
    reports = rd.student_reports(s, ids, unmasked)
    completed: dict[int, date] = {}
    for chunk in in_chunks(ids):
        completed.update(dict(s.execute(select(StageRecord.student_id, func.max(StageRecord.entered_on))
                                        .where(StageRecord.student_id.in_(chunk), StageRecord.stage == Stage.COMPLETED,
                                               StageRecord.deleted_at.is_(None))
                                        .group_by(StageRecord.student_id)).all()))
    # The number is the student's place among the cohort's completed students (by id): stable on reprint.
    cohort_of = {}
    for chunk in in_chunks(ids):
        cohort_of.update(dict(s.execute(select(Student.id, Student.cohort_id).where(Student.id.in_(chunk))).all()))
    places: dict[int, int] = {}
    for cohort_id in set(cohort_of.values()):
        mates = sorted(rd.students_of(s, cohort_id=cohort_id, completed_only=True)) if cohort_id else []
        places.update({sid: n for n, sid in enumerate(mates, start=1)})
    out = []
    for r in reports:
        out.append(dto.Certificate(
            number=f"JRB-{r.cohort_code or 'X'}-{places.get(r.id, 0):03d}", student=r.name, id_number=r.id_number,
            school=r.school, cohort_code=r.cohort_code, cohort_name=r.cohort_name, cohort_start=r.cohort_start,
            cohort_end=r.cohort_end, stages=r.stages, completed_on=completed.get(r.id), issued_on=today))
    return out


def certificates(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                 today: date) -> ReportResult:
    with db.read() as s:
        if req.student_id is not None:
            st = _get(s, Student, req.student_id, "学员", "student")
            if st.stage is not Stage.COMPLETED:
                raise ValidationError.of("学员", f"{st.name}尚未结业（当前：{st.stage.zh}），不能打印结业证书。",
                                         f"{st.name} has not completed the training yet.", "student")
            ids, scope = [st.id], st.name
        else:
            cohort = _get(s, Cohort, req.cohort_id, "批次", "cohort")
            ids, scope = rd.students_of(s, cohort_id=cohort.id, completed_only=True), cohort.code
            if not ids:
                raise ValidationError.of("批次", f"批次 {cohort.code} 还没有结业的学员，没有可打印的结业证书。",
                                         f"cohort {cohort.code} has no students who completed.", "cohort")
        progress(0, len(ids) + 1)
        items = _certificates(s, ids, req.unmasked, today)
    steps = _Steps(progress, len(items))
    if not req.one_file_per_student:
        title = f"结业证书 {scope}"
        pages = write_pdf(out, report_info(title, f"{len(items)} 份结业证书", today),
                          certificates_story(items, steps.mark), landscape_pages=True)
        return ReportResult(ReportKind.CERTIFICATE, (out,), pages, title)
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    try:
        pages = 0
        for c in items:
            path = out / default_filename(ReportKind.CERTIFICATE, f"{c.cohort_code}_{c.student}_{c.number}", today)
            pages += write_pdf(path, report_info(f"结业证书 {c.student}", c.cohort_code, today),
                               certificates_story([c], steps.mark), landscape_pages=True)
            written.append(path)
    except BaseException:
        for path in written:  # a cancelled batch leaves nothing behind
            path.unlink(missing_ok=True)
        raise
    return ReportResult(ReportKind.CERTIFICATE, tuple(written), pages, f"结业证书 {scope}")
