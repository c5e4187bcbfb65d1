"""Printed reports: choose a report and its scope, read the data, write the PDF.

    result = reports.build_report(db, actor, ReportRequest(ReportKind.SCHOOL, school_id=3,
                                  cohort_id=7), Path("pack.pdf"), progress=token.callback(report))

Reading happens in short read-only transactions (report_data); the layout is
`core.reports` (ReportLab, DTOs in, PDF out). Every file is written to a temporary
name and renamed at the end, so a crash or Cancel never leaves half a PDF under
the real name. ID numbers are masked unless an admin asks for them unmasked for an
official submission, with a reason; that choice is written to the audit log.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlalchemy import select

from .. import output_files
from ..db.models import Cohort, Mentor, PartnerSchool, Student
from ..domain.enums import LabelledEnum, Role, StudentStatus
from ..domain.text import normalise_text
from ..errors import JiarenError, NotFound, Problem, ValidationError
from .common import EVERYONE, STAFF, audit, require_role
from .context import Actor, Database
from .group_figures import active_cohorts

Progress = Callable[..., None]


class ReportKind(LabelledEnum):
    CERTIFICATE = ("certificate", "结业证书")
    STUDENT = ("student", "学员报告")  # 结业报告 or 阶段报告 by the student's state
    SCHOOL = ("school", "合作院校报告包")
    COHORT = ("cohort", "批次报告")
    MENTOR = ("mentor", "导师工作量报告")
    ANNUAL = ("annual", "基地年度总结")
    SUBSIDY = ("subsidy", "灵活就业补贴申请封面")


# What each report needs chosen (the GUI shows these fields, the CLI checks them).
NEEDS: dict[ReportKind, tuple[str, ...]] = {
    ReportKind.CERTIFICATE: ("cohort|student",),
    ReportKind.STUDENT: ("student",),
    ReportKind.SCHOOL: ("school",),  # plus a cohort or a date range (optional: all of the school)
    ReportKind.COHORT: ("cohort",),
    ReportKind.MENTOR: (),  # all mentors, or one
    ReportKind.ANNUAL: ("year",),
    ReportKind.SUBSIDY: (),  # every eligible graduate, or one student / cohort
}

MIN_REASON = 6


@dataclass(frozen=True)
class ReportRequest:
    kind: ReportKind
    school_id: int | None = None
    cohort_id: int | None = None
    student_id: int | None = None
    mentor_id: int | None = None
    year: int | None = None
    date_from: date | None = None  # school pack: students whose cohort started in this range
    date_to: date | None = None
    unmasked: bool = False  # full ID numbers (admin only, with a reason; audited)
    reason: str = ""
    one_file_per_student: bool = False  # certificates: a folder of PDFs instead of one PDF
    # School pack: the cohorts ticked in (None = the default scope: the school's cohorts with activity).
    cohort_ids: tuple[int, ...] | None = None
    # Subsidy cover sheets print the full ID by default (audited); True masks it on request.
    masked: bool = False


@dataclass(frozen=True)
class ReportResult:
    kind: ReportKind
    paths: tuple[Path, ...]  # the files written (one, or one per student)
    pages: int
    title: str


@dataclass(frozen=True)
class Choice:
    id: int
    label: str


@dataclass(frozen=True)
class ReportScopes:
    """What the report page offers in its scope combos."""

    schools: tuple[Choice, ...]
    cohorts: tuple[Choice, ...]
    mentors: tuple[Choice, ...]
    years: tuple[int, ...]
    may_unmask: bool
    cohort_school: dict[int, int | None] = field(default_factory=dict)  # cohort id → school id
    # Cohorts with activity (attendance, a practice session or a stage sign-off): the school pack's default.
    started: frozenset[int] = frozenset()


def report_scopes(db: Database, actor: Actor) -> ReportScopes:
    require_role(actor, *STAFF, action_zh="打印报表", action_en="print reports")
    with db.transaction() as s:
        schools = tuple(Choice(i, n) for i, n in s.execute(
            select(PartnerSchool.id, PartnerSchool.name).where(PartnerSchool.deleted_at.is_(None))
            .order_by(PartnerSchool.name)))
        cohort_rows = s.execute(
            select(Cohort.id, Cohort.code, Cohort.name, Cohort.school_id, Cohort.start_date)
            .where(Cohort.deleted_at.is_(None)).order_by(Cohort.start_date.desc(), Cohort.code)).all()
        mentors = tuple(Choice(i, n) for i, n in s.execute(
            select(Mentor.id, Mentor.name).where(Mentor.deleted_at.is_(None)).order_by(Mentor.name)))
        started = frozenset(active_cohorts(s, [r.id for r in cohort_rows]))
    cohorts = tuple(Choice(r.id, f"{r.code} {r.name}".strip()) for r in cohort_rows)
    this_year = date.today().year  # the annual summary's range: the first cohort's year to next year
    first = min([r.start_date.year for r in cohort_rows if r.start_date] + [this_year])
    years = list(range(this_year + 1, first - 1, -1))
    return ReportScopes(schools, cohorts, mentors, tuple(years), actor.role is Role.ADMIN,
                        {r.id: r.school_id for r in cohort_rows}, started)


def find_school(db: Database, actor: Actor, name: str) -> Choice | None:
    """The live partner school of this name, compared after the roster importer's clean-up
    (full-width → half-width, spaces folded): "学校（浦东）" finds "学校(浦东)". Anyone who may
    list the schools may look one up (the export command uses it too)."""
    require_role(actor, *EVERYONE)
    wanted = normalise_text(name)
    if not wanted:
        return None
    with db.read() as s:
        rows = s.execute(select(PartnerSchool.id, PartnerSchool.name).where(PartnerSchool.deleted_at.is_(None))).all()
    return next((Choice(i, n) for i, n in rows if normalise_text(n) == wanted), None)


def students_of_cohort(db: Database, actor: Actor, cohort_id: int) -> list[Choice]:
    """The cohort's students (for the single-student reports' combo)."""
    require_role(actor, *STAFF, action_zh="打印报表", action_en="print reports")
    with db.transaction() as s:
        rows = s.execute(select(Student.id, Student.name, Student.student_number)
                         .where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None),
                                Student.status != StudentStatus.WITHDRAWN)
                         .order_by(Student.name, Student.id)).all()
    return [Choice(r.id, f"{r.name}（{r.student_number}）" if r.student_number else r.name) for r in rows]


def find_students(db: Database, actor: Actor, text: str) -> list[int]:
    """Live students whose 学号 or 身份证号 is `text`, or whose system number it is."""
    require_role(actor, *STAFF, action_zh="打印报表", action_en="print reports")
    t = (text or "").strip()
    with db.read() as s:
        live = Student.deleted_at.is_(None)
        ids = list(s.scalars(select(Student.id).where(live, (Student.student_number == t)
                                                      | (Student.id_number == t.upper()))))
        if not ids and t.isascii() and t.isdigit() and int(t) < 2**31:  # an ID number is no system number (PG: INTEGER)
            ids = list(s.scalars(select(Student.id).where(live, Student.id == int(t))))
    return ids


def check_request(request: ReportRequest, actor: Actor) -> None:
    """Every missing choice at once, named the way the report page names its fields."""
    require_role(actor, *STAFF, action_zh="打印报表", action_en="print reports")
    problems: list[Problem] = []
    k = request.kind
    if k is ReportKind.CERTIFICATE and request.cohort_id is None and request.student_id is None:
        problems.append(Problem("批次", "请选择批次（整批打印），或选择一名学员。",
                                "choose a cohort, or one student.", "cohort"))
    if k is ReportKind.STUDENT and request.student_id is None:
        problems.append(Problem("学员", "请选择一名学员。", "choose a student.", "student"))
    if k is ReportKind.SCHOOL and request.school_id is None:
        problems.append(Problem("合作院校", "请选择合作院校。", "choose a partner school.", "school"))
    if k is ReportKind.SCHOOL and request.cohort_ids == () and request.cohort_id is None:
        problems.append(Problem("批次", "请至少勾选一个批次。", "tick at least one cohort.", "cohort"))
    if k is ReportKind.COHORT and request.cohort_id is None:
        problems.append(Problem("批次", "请选择批次。", "choose a cohort.", "cohort"))
    if k is ReportKind.ANNUAL and request.year is None:  # the valid range needs the database: the builder checks it
        problems.append(Problem("年份", "请填写年份（如 2025）。", "enter a year such as 2025.", "year"))
    if request.date_from and request.date_to and request.date_to < request.date_from:
        problems.append(Problem("结束日期", "结束日期不能早于开始日期。",
                                "the end date is before the start date.", "date to"))
    if request.one_file_per_student and k is not ReportKind.CERTIFICATE:
        problems.append(Problem("输出方式", "只有结业证书可以每人一个文件。",
                                "only certificates can be one file per student.", "output"))
    if request.unmasked:
        if actor.role is not Role.ADMIN:
            problems.append(Problem("显示完整身份证号", "只有管理员可以打印完整身份证号。",
                         "only an administrator may print full ID numbers.", "unmasked ID numbers"))
        elif len(request.reason.strip()) < MIN_REASON:
            problems.append(Problem("用途说明",
                                    f"打印完整身份证号须说明用途（至少 {MIN_REASON} 个字，如“报送区人社局补贴申请”）。",
                         f"say what the full ID numbers are for (at least {MIN_REASON} characters).", "reason"))
    if problems:
        raise ValidationError(problems)


def default_filename(kind: ReportKind, scope_label: str = "", today: date | None = None) -> str:
    """A file name a person can find again: 合作院校报告包_上海中侨职业技术大学_2026-11-23.pdf"""
    parts = [kind.zh, _safe(scope_label), (today or date.today()).isoformat()]
    return "_".join(p for p in parts if p) + ".pdf"


def _safe(text: str) -> str:
    """A file-name-safe piece (Windows forbids \\ / : * ? " < > |)."""
    return re.sub(r'[\\/:*?"<>|\s]+', "-", text.strip()).strip("-.")[:60]


def build_report(db: Database, actor: Actor, request: ReportRequest, out: Path,
                 progress: Progress | None = None, today: date | None = None) -> ReportResult:
    """Write the report to `out` (a file; a folder for one file per student).

    Raises ValidationError for a missing choice, PermissionDenied for a mentor,
    NotFound for a deleted school/cohort/student, FontMissing when no CJK font can
    be embedded, Cancelled when `progress` raises it (nothing is left behind)."""
    check_request(request, actor)
    output_files.check_target(out, folder=request.one_file_per_student)  # a wrong path is said before any work
    from . import (  # ReportLab: on first print
        annual_builder,
        certificate_builders,
        report_builders as group,
        training_base_report_builders as training_base,
    )

    today = today or date.today()
    if request.unmasked:
        with db.transaction() as s:
            audit(s, actor, "print_unmasked", "report", None,
                  after={"report": request.kind.value, "school_id": request.school_id,
                         "cohort_id": request.cohort_id, "student_id": request.student_id,
                         "year": request.year, "reason": request.reason.strip(), "file": str(out)})
    builder = {ReportKind.CERTIFICATE: certificate_builders.certificates, ReportKind.STUDENT: group.student_report,
               ReportKind.SCHOOL: group.school_pack, ReportKind.COHORT: group.cohort_report,
               ReportKind.MENTOR: training_base.mentor_report, ReportKind.ANNUAL: annual_builder.annual_report,
               ReportKind.SUBSIDY: training_base.subsidy_sheets}[request.kind]
    return builder(db, actor, request, Path(out), progress or _no_progress, today)


def _no_progress(done: int, total: int = 0) -> None:
    return None


__all__ = ["find_school", "find_students",
           "ReportKind", "ReportRequest", "ReportResult", "ReportScopes", "Choice", "NEEDS",
           "report_scopes", "students_of_cohort", "check_request", "default_filename", "build_report", "JiarenError",
           "NotFound"]
