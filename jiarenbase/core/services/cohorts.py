"""Cohorts (批次 / 班级) and their stage-gate criteria."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from ..db.models import Cohort, PartnerSchool, Student
from ..domain.enums import CohortStatus
from ..domain.stages import StageCriteria
from ..errors import ValidationError
from .common import EVERYONE, STAFF, insert_row, load_versioned, require_role, soft_delete_row, update_row
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker
from .write_races import retry_conflicts


@dataclass(frozen=True)
class CohortDTO:
    id: int
    code: str
    name: str
    school_id: int | None
    school_name: str
    start_date: date | None
    end_date: date | None
    status: CohortStatus
    rubric_scale: int
    note: str
    version: int
    student_count: int = 0


@dataclass(frozen=True)
class CohortInput:
    code: str
    name: str
    school_id: int | None = None
    start_date: date | None = None
    end_date: date | None = None
    status: CohortStatus = CohortStatus.ACTIVE
    rubric_scale: int = 100
    note: str = ""


def _dto(row: Cohort, school_name: str = "", count: int = 0) -> CohortDTO:
    return CohortDTO(row.id, row.code, row.name, row.school_id, school_name, row.start_date,
                     row.end_date, row.status, row.rubric_scale, row.note, row.version, count)


def check_cohort(data: CohortInput) -> dict:
    """The checked column values of a cohort form (all problems at once); the roster
    import checks the cohort it creates with it too."""
    c = Checker()
    values = dict(
        code=c.text(data.code, "批次编号", "cohort code", required=True, max_len=40),
        name=c.text(data.name, "批次名称", "cohort name", required=True),
        school_id=data.school_id,
        start_date=data.start_date,
        end_date=data.end_date,
        status=data.status,
        rubric_scale=data.rubric_scale,
        note=c.prose(data.note, "备注", "note", max_len=2000),
    )
    c.date_order(data.start_date, data.end_date, "结束日期", "end date")
    if data.rubric_scale not in (5, 100):
        c.add("评分制", "只能是百分制（100）或五分制（5）。", "must be 100 or 5.", "rubric scale")
    c.raise_if_any()
    return values


def _unique_code(s, code: str, exclude: int | None) -> None:
    q = select(Cohort.id).where(Cohort.code == code)
    if exclude:
        q = q.where(Cohort.id != exclude)
    if s.scalar(q) is not None:
        raise ValidationError.of("批次编号", f"“{code}”已被使用，请换一个编号。",
                                 f"'{code}' is already used; choose another code.", "cohort code")


def _school_name(s, school_id: int | None) -> str:
    if school_id is None:
        return ""
    school = s.get(PartnerSchool, school_id)
    if school is None or school.deleted_at is not None:
        raise ValidationError.of("合作院校", "所选院校不存在，请重新选择。",
                                 "the chosen school does not exist; choose again.", "partner school")
    return school.name


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def create_cohort(db: Database, actor: Actor, data: CohortInput) -> CohortDTO:
    require_role(actor, *STAFF, action_zh="新建批次", action_en="create a cohort")
    values = check_cohort(data)
    with db.transaction() as s:
        _unique_code(s, values["code"], None)
        name = _school_name(s, values["school_id"])
        return _dto(insert_row(s, actor, Cohort(**values)), name)


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def update_cohort(db: Database, actor: Actor, cohort_id: int, version: int | None,
                  data: CohortInput) -> CohortDTO:
    require_role(actor, *STAFF, action_zh="修改批次", action_en="edit a cohort")
    values = check_cohort(data)
    with db.transaction() as s:
        row = load_versioned(s, Cohort, cohort_id, version, "批次", "cohort")
        _unique_code(s, values["code"], cohort_id)
        name = _school_name(s, values["school_id"])
        return _dto(update_row(s, actor, row, values), name)


def delete_cohort(db: Database, actor: Actor, cohort_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除批次", action_en="delete a cohort")
    with db.transaction() as s:
        row = load_versioned(s, Cohort, cohort_id, version, "批次", "cohort")
        live = s.scalar(select(func.count()).select_from(Student).where(
            Student.cohort_id == cohort_id, Student.deleted_at.is_(None)))
        if live:
            raise ValidationError.of("批次", f"该批次还有 {live} 名学员，请先移走或删除这些学员。",
                                     f"the cohort still has {live} students; move or delete them first.",
                                     "cohort")
        soft_delete_row(s, actor, row)


def get_cohort(db: Database, actor: Actor, cohort_id: int) -> CohortDTO:
    """One live cohort with its school's name and number of students (for the edit dialog)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        count = s.scalar(select(func.count()).select_from(Student).where(
            Student.cohort_id == cohort_id, Student.deleted_at.is_(None))) or 0
        return _dto(row, row.school.name if row.school else "", count)


def get_cohort_by_code(db: Database, actor: Actor, code: str) -> CohortDTO | None:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = s.scalar(select(Cohort).where(Cohort.code == code.strip(), Cohort.deleted_at.is_(None)))
        if row is None:
            return None
        return _dto(row, row.school.name if row.school else "")


def list_cohorts(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[CohortDTO]:
    require_role(actor, *EVERYONE)
    counts = (select(Student.cohort_id, func.count().label("n")).where(Student.deleted_at.is_(None))
              .group_by(Student.cohort_id).subquery())
    stmt = (select(Cohort, func.coalesce(PartnerSchool.name, ""), func.coalesce(counts.c.n, 0))
            .outerjoin(PartnerSchool, PartnerSchool.id == Cohort.school_id)
            .outerjoin(counts, counts.c.cohort_id == Cohort.id))
    if not query.include_deleted:
        stmt = stmt.where(Cohort.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Cohort.code.like(p, escape="\\"), Cohort.name.like(p, escape="\\")))
    if "school_id" in query.filters:
        stmt = stmt.where(Cohort.school_id == query.filters["school_id"])
    if "status" in query.filters:
        stmt = stmt.where(Cohort.status == query.filters["status"])
    sort = {"code": Cohort.code, "name": Cohort.name, "start": Cohort.start_date,
            "students": func.coalesce(counts.c.n, 0)}
    with db.read() as s:
        rows, total = page(s, stmt, query, sort, Cohort.start_date, Cohort.id)
        return Page(tuple(_dto(r, n, c) for r, n, c in rows), total, query.offset)


@dataclass(frozen=True)
class CohortCriteria:
    """The criteria as an editor reads them: `version` is the cohort's optimistic
    lock, handed back to `set_criteria` so a concurrent change is not overwritten."""

    criteria: StageCriteria
    version: int


def get_criteria(db: Database, actor: Actor, cohort_id: int) -> StageCriteria:
    """The cohort's stage-gate criteria (the defaults where none were set)."""
    return criteria_for_edit(db, actor, cohort_id).criteria


def criteria_for_edit(db: Database, actor: Actor, cohort_id: int) -> CohortCriteria:
    """The criteria with the cohort's version, for an editor that saves them back."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        return CohortCriteria(criteria_of(row), row.version)


def criteria_of(row: Cohort | None) -> StageCriteria:
    if row is None or not row.criteria_json:
        return StageCriteria()
    return StageCriteria.from_dict(json.loads(row.criteria_json))


def set_criteria(db: Database, actor: Actor, cohort_id: int, criteria: StageCriteria,
                 version: int | None = None) -> StageCriteria:
    """Store the cohort's criteria, waivers (豁免, each with its reason) included.
    `version`: the cohort version the editor read (from `criteria_for_edit`); another
    save since then raises ConflictError. None skips the check (for callers that
    read nothing first)."""
    require_role(actor, *STAFF, action_zh="修改结业标准", action_en="change stage criteria")
    problems = criteria.validate()
    if problems:
        raise ValidationError(problems)
    with db.transaction() as s:
        row = load_versioned(s, Cohort, cohort_id, version, "批次", "cohort")
        update_row(s, actor, row, {"criteria_json": json.dumps(criteria.to_dict(), ensure_ascii=False)})
        return criteria


def suggest_cohort_code(db: Database, actor: Actor, month: date | None = None) -> str:
    """The next free cohort code in the base's pattern for `month` (default: this month),
    e.g. ZB202612-01 (domain/cohort_codes.py). Deleted cohorts keep their codes."""
    from ..domain.cohort_codes import next_cohort_code

    require_role(actor, *STAFF, action_zh="新建批次", action_en="create a cohort")
    with db.read() as s:
        codes = list(s.scalars(select(Cohort.code)))
    return next_cohort_code(codes, month or date.today())
