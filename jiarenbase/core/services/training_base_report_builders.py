"""Builders of the training base's own reports (实训基地的报表): mentor workload over a
period and the subsidy cover sheets. The annual summary is annual_builder.py; the reports
on groups of students are in report_builders.py."""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from ..db.models import (
    EnterpriseClient,
    Placement,
    Student,
)
from ..errors import Problem, ValidationError
from ..reports import dto
from ..reports.document import report_info, write_pdf
from ..reports.training_base_reports import mentor_story, mentor_title, subsidy_story
from . import base_profile, mentor_workload as workload, report_data as rd, subsidy as subsidy_svc
from .common import audit, in_chunks
from .context import Actor, Database
from .reports import Progress, ReportKind, ReportRequest, ReportResult


def mentor_period(req: ReportRequest, today: date) -> tuple[date, date]:
    """The report's period: --from/--to; without either, the last full calendar month
    before today; --from alone runs to today; --to alone from the first of its month."""
    first, last = req.date_from, req.date_to
    if first is None and last is None:
        last = today.replace(day=1) - timedelta(days=1)
        return last.replace(day=1), last
    if last is None:
        if first > today:
            raise ValidationError.of("结束日期", f"开始日期{first}晚于今天，请同时填写结束日期（--to）。",
                                     f"the start date {first} is after today; give the end date (--to) too.",
                                     "date to")
        return first, today
    return first or last.replace(day=1), last


def mentor_report(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                  today: date) -> ReportResult:
    first, last = mentor_period(req, today)
    progress(0, 2)
    with db.read() as s:
        profile = base_profile.read_profile(s)
        rows = workload.workload_between(s, first, last, req.mentor_id)
    weeks = ((last - first).days + 1) / 7
    report = dto.MentorReport(first, last, tuple(dto.MentorRow(
        r.mentor_name, r.specialties, r.cognitive, r.project, r.live, r.sessions, r.weekly_capacity * weeks,
        r.logged, r.rubric_sum, r.rubric_count) for r in rows))
    progress(1, 2)
    title = mentor_title(first, last)
    pages = write_pdf(out, report_info(title, f"{first} 至 {last}", today, profile), mentor_story(report))
    progress(2, 2)
    return ReportResult(ReportKind.MENTOR, (out,), pages, title)










SUBSIDY_TITLE = "灵活就业补贴申请封面"


def subsidy_sheets(db: Database, actor: Actor, req: ReportRequest, out: Path, progress: Progress,
                   today: date) -> ReportResult:
    """A cover sheet per eligible flexibly employed graduate in scope (one student, a cohort,
    a school or everyone), then a page naming each graduate who is not eligible and why.
    One student who is not eligible is refused (ValidationError naming the conditions).
    The sheets carry the full ID number unless `req.masked`; printing it is audited."""
    progress(0, 3)
    rows = subsidy_svc.flexible_graduates(db, actor, today)
    with db.read() as s:
        profile = base_profile.read_profile(s)
        scope: set[int] | None = None
        if req.student_id is not None:
            scope = {req.student_id}
        elif req.cohort_id is not None or req.school_id is not None:
            scope = set(rd.students_of(s, cohort_id=req.cohort_id, school_id=req.school_id))
        chosen = _one_per_student([r for r in rows if scope is None or r.student_id in scope])
        heads = {st.id: (st, school, cohort) for st, school, cohort in rd.student_rows(
            s, [r.student_id for r in chosen] or ([req.student_id] if req.student_id is not None else []))}
        placed = _placements(s, [r.placement_id for r in chosen])
        if req.student_id is not None:
            _refuse_if_ineligible(req.student_id, chosen, heads)
        progress(1, 3)
        full = not req.masked
        sheets: list[dto.SubsidySheet] = []
        printed: list[int] = []
        refused: list[dto.IneligibleGraduate] = []
        for r in chosen:
            if r.student_id not in heads:
                continue
            st, school, cohort = heads[r.student_id]
            cohort_text = (cohort.name or cohort.code) if cohort else "—"
            if r.eligible:
                sheets.append(_sheet(r, st, school, cohort_text, placed.get(r.placement_id, ("—", 0)), full,
                                     today))
                printed.append(st.id)
            else:
                refused.append(dto.IneligibleGraduate(st.name, st.student_number or "", cohort_text, school or "",
                                                      tuple((x.label or "补贴条件", x.zh)
                                                            for x in r.verdict.failed if x.condition)))
    if full and sheets:
        with db.transaction() as s:
            audit(s, actor, "print_unmasked", "report", None, after={
                "report": ReportKind.SUBSIDY.value, "sheets": len(sheets), "student_ids": printed,
                "students": [x.student for x in sheets], "file": str(out)})
    progress(2, 3)
    pack = dto.SubsidyPack(today, profile, tuple(sheets), tuple(refused))
    info = report_info(SUBSIDY_TITLE, f"{len(sheets)} 名毕业生", today, profile, decorated=False)
    pages = write_pdf(out, info, subsidy_story(pack))
    progress(3, 3)
    return ReportResult(ReportKind.SUBSIDY, (out,), pages, SUBSIDY_TITLE)


def _one_per_student(rows: list[subsidy_svc.SubsidyRowDTO]) -> list[subsidy_svc.SubsidyRowDTO]:
    """A graduate's eligible flexible placement, else the latest one; in the list's (name) order."""
    best: dict[int, subsidy_svc.SubsidyRowDTO] = {}
    for r in rows:
        cur = best.get(r.student_id)
        if cur is None or ((r.eligible, r.flexible_start or date.min, r.placement_id)
                           > (cur.eligible, cur.flexible_start or date.min, cur.placement_id)):
            best[r.student_id] = r
    return [r for r in rows if best.get(r.student_id) is r]


def _placements(s, ids: list[int]) -> dict[int, tuple[str, int]]:
    """placement id → (where the graduate works flexibly, months already subsidised)."""
    out: dict[int, tuple[str, int]] = {}
    for chunk in in_chunks(ids):
        for pid, client, name, position, used in s.execute(
                select(Placement.id, EnterpriseClient.name, Placement.employer_name, Placement.position,
                       Placement.subsidy_months_used)
                .outerjoin(EnterpriseClient, EnterpriseClient.id == Placement.employer_client_id)
                .where(Placement.id.in_(chunk))):
            out[pid] = (client or name or position or "—", used or 0)
    return out


def _refuse_if_ineligible(student_id: int, chosen: list, heads: dict) -> None:
    name = heads[student_id][0].name if student_id in heads else "该学员"
    if not chosen:
        raise ValidationError.of("学员", f"{name}没有登记灵活就业，不能出具补贴申请封面："
                                         "请先在“就业去向”中登记灵活就业。",
                                 f"{name} has no flexible-employment placement; record one first.", "student")
    failed = [x for x in chosen[0].verdict.failed if x.condition]
    if failed:
        raise ValidationError([Problem("学员", f"{name}不符合灵活就业社会保险补贴条件，未出具封面。",
                                       f"{name} does not qualify for the subsidy; no cover sheet was made.",
                                       "student")]
                              + [Problem(x.label or "补贴条件", x.zh, x.en, x.label_en) for x in failed])


def _hukou(st: Student, verdict) -> str:
    """上海户籍 金山区 | 外省市户籍 / 居住区 宝山区 (the district the centre is chosen by)."""
    district = verdict.centre.district if verdict.centre else None
    if st.shanghai_hukou:
        return f"上海户籍 {district or st.hukou_district or '（户籍所在区未填）'}"
    return f"外省市户籍 / 居住区 {district or st.residence_district or '（未填）'}"


def _sheet(r: subsidy_svc.SubsidyRowDTO, st: Student, school: str, cohort: str, placed: tuple[str, int],
           full: bool, today: date) -> dto.SubsidySheet:
    v = r.verdict
    amount = "—"
    if v.monthly_amount is not None:
        amount = f"{v.monthly_amount:.2f} 元" + (f"（按{v.rates_year}年标准）" if v.rates_year != today.year else "")
    return dto.SubsidySheet(
        student=st.name, id_number=rd.id_text(st.id_number, full), phone=st.phone or "—", school=school or "—",
        cohort=cohort, hukou=_hukou(st, v), left_school_on=st.left_school_on, employer=placed[0],
        flexible_start=r.flexible_start, months_used=placed[1], months_left=v.months_left, monthly_amount=amount,
        centre_name=v.centre.name if v.centre else "", centre_address=v.centre.address if v.centre else "",
        materials=v.materials, applied_on=r.applied_on,
        reasons=tuple(("【符合】" if x.ok else "【不符合】") + x.zh for x in v.reasons if x.condition))
