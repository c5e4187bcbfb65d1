"""Builders of the reports on students: the partner-school pack, the cohort report and
the student report. They read the DTOs (report_data, read-only), lay them out
(core.reports) and write the file; called by reports.build_report after the checks.
Certificates are certificate_builders.py; the base's own reports training_base_report_builders.py
and annual_builder.py."""
from __future__ import annotations

from datetime import date
from pathlib import Path

from ..db.models import Cohort, PartnerSchool, Student
from ..domain.enums import CertificateKind, PlacementOutcome, StudentStatus
from ..errors import NotFound, ValidationError
from ..reports import dto
from ..reports.document import ProgressMark, cn_date, report_info, write_pdf
from ..reports.group_report import cohort_story, school_pack_story
from ..reports.student_report import student_story
from ..reports.tables import num, pct
from . import base_profile, group_figures as gf, report_data as rd
from .context import Actor, Database
from .reports import Progress, ReportKind, ReportRequest, ReportResult


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

def _placement(r: dto.StudentReport) -> str:
    if r.placement and r.placement.outcome != PlacementOutcome.UNKNOWN.zh:
        return r.placement.outcome
    return gf.UNCONFIRMED if r.completed and r.status != StudentStatus.WITHDRAWN.zh else "—"


def _roster(reports: list[dto.StudentReport], statuses: dict[int, str] | None = None) -> tuple[dto.RosterRow, ...]:
    return tuple(dto.RosterRow(
        r.name, r.id_number, r.student_number, r.cohort_code,
        r.stage if r.status != StudentStatus.WITHDRAWN.zh else StudentStatus.WITHDRAWN.zh,
        pct(r.attendance.rate, 0), r.stats.sessions, num(r.stats.average_rubric),
        "、".join(f"{c.occupation.split('（')[0]}{c.level}" for c in r.certificates
                 if c.kind == CertificateKind.SKILL_LEVEL.zh) or "—",
        _placement(r), r.major, r.class_name) for r in reports)


def _not_the_schools(s, school: PartnerSchool, cohort: Cohort) -> ValidationError:
    owner = s.get(PartnerSchool, cohort.school_id) if cohort.school_id else None
    whose = f"属于{owner.name}" if owner is not None else "未关联合作院校"
    return ValidationError.of(
        "批次", f"批次 {cohort.code}（{cohort.name}）{whose}，不是{school.name}的批次，不能列入{school.name}的报告包。"
        f"请改选{school.name}的批次。",
        f"cohort {cohort.code} is not a cohort of {school.name}; choose one of the school's cohorts.", "cohort")


def _pack_cohorts(s, school: PartnerSchool, req: ReportRequest) -> tuple[list[Cohort], list[str], str]:
    """The cohorts the pack covers, the school's cohorts left out of the default scope, and the scope's words.

    Ticked cohorts (`cohort_ids`, or the one `cohort_id`) must be the school's; without them the
    default is the school's cohorts with activity. A date range narrows either by start date."""
    mine = gf.school_cohorts(s, school.id)
    ids = {c.id for c in mine}
    asked = list(dict.fromkeys([*(req.cohort_ids or ()), *([req.cohort_id] if req.cohort_id is not None else [])]))
    left_out: list[str] = []
    if req.cohort_ids is not None or req.cohort_id is not None:
        chosen = []
        for cohort_id in asked:
            cohort = _get(s, Cohort, cohort_id, "批次", "cohort")
            if cohort.id not in ids:
                raise _not_the_schools(s, school, cohort)
            chosen.append(cohort)
        chosen.sort(key=lambda c: (c.start_date or date.min, c.code))
        scope = f"批次 {chosen[0].code} {chosen[0].name}".strip() if len(chosen) == 1 else "所选批次"
    else:
        started = gf.active_cohorts(s, ids)
        chosen = [c for c in mine if c.id in started]
        left_out = [f"{c.code} {c.name}".strip() for c in mine if c.id not in started]
        scope = "已开始实训的全部批次"
    if req.date_from or req.date_to:
        lo, hi = req.date_from or date.min, req.date_to or date.max
        chosen = [c for c in chosen if c.start_date is not None and lo <= c.start_date <= hi]
        scope += f"（{req.date_from or '最早'} 至 {req.date_to or '今'} 开班）"
    if not chosen:
        if not mine:
            why = f"{school.name}还没有批次，没有可报送的内容。"
        elif req.date_from or req.date_to:
            why = f"{school.name}没有在所选开班日期范围内的批次，请放宽日期范围。"
        else:
            why = (f"{school.name}的批次都还没有开始（没有考勤、实训或阶段签核记录），报告包没有内容。"
                   "如需打印，请勾选要列入的批次（命令行：--cohorts 批次编号）。")
        raise ValidationError.of("批次", why, f"{school.name}: no cohort in the pack's scope.", "cohort")
    return chosen, left_out, scope


def school_pack(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                today: date) -> ReportResult:
    with db.read() as s:
        school = _get(s, PartnerSchool, req.school_id, "合作院校", "partner school")
        cohorts, left_out, scope = _pack_cohorts(s, school, req)
        per_cohort = [(c.code, c.name, c.status.zh, rd.students_of(s, school_id=school.id, cohort_id=c.id))
                      for c in cohorts]
        ids = [i for *_c, members in per_cohort for i in members]
        progress(0, len(ids) + 1)
        reports = rd.student_reports(s, ids, req.unmasked)
        live = gf.live_totals(s, ids)
        profile = base_profile.read_profile(s)
        name = school.name
    by_id = {r.id: r for r in reports}
    groups = [(*head, [by_id[i] for i in members if i in by_id]) for *head, members in per_cohort]
    summary = gf.group_summary(f"{name} 实训情况汇总", scope, groups, live, left_out=left_out)
    printed = [r for r in reports if r.status != StudentStatus.WITHDRAWN.zh]
    steps = _Steps(progress, len(printed) + 1)
    story = school_pack_story(name, summary, _roster(reports), printed, today, steps.mark, profile)
    pages = write_pdf(out, report_info(f"{name} 实训报告", f"{scope}：{len(reports)} 名学员", today, profile), story)
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
        live = gf.live_totals(s, ids)
        mentors = gf.cohort_mentors(s, cohort.id)
        profile = base_profile.read_profile(s)
        facts = [("批次编号", cohort.code), ("合作院校", school.name if school else "无合作院校"),
                 ("起止日期", f"{cn_date(cohort.start_date)} 至 {cn_date(cohort.end_date)}"),
                 ("状态", cohort.status.zh),
                 ("导师", "、".join(f"{n}（{k} 名学员）" for n, k in mentors) or "尚未分配导师")]
        code, cname, status = cohort.code, cohort.name, cohort.status.zh
    summary = gf.group_summary(f"批次报告：{cname or code}", "本批次全部学员（含中途退出者）",
                               [(code, cname, status, reports)], live, with_stages=True)
    steps = _Steps(progress, 1)
    story = cohort_story(summary, _roster(reports), facts) + [steps.mark()]
    title = f"批次报告 {code}"
    pages = write_pdf(out, report_info(title, f"{code} {cname}".strip(), today, profile), story)
    return ReportResult(ReportKind.COHORT, (out,), pages, title)


def student_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                   today: date) -> ReportResult:
    with db.read() as s:
        _get(s, Student, req.student_id, "学员", "student")
        progress(0, 2)
        (report,) = rd.student_reports(s, [req.student_id], req.unmasked)
        profile = base_profile.read_profile(s)
    steps = _Steps(progress, 1)
    title = f"学员{report.kind} {report.name}"  # 结业报告 when completed, else 阶段报告
    pages = write_pdf(out, report_info(title, f"{report.school} {report.cohort_code}", today, profile),
                      student_story(report) + [steps.mark()])
    return ReportResult(ReportKind.STUDENT, (out,), pages, title)
