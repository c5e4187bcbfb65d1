"""灵活就业社会保险补贴 for the base's flexibly employed graduates: the verdict with
its reasons, months left of 24, the monthly amount from the year's figures, the
district employment centre and the materials; who is eligible but has not applied.

"Applied" is the placement's own `subsidy_applied_on` date (no new table): staff
mark it when the graduate has handed the application in at the centre, and clear
it if it was marked by mistake. Both are audited as placement updates. The
materials a graduate has ready are ticked and saved per graduate (subsidy_materials,
versioned and audited).
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from ..db.models import AuditEntry, Cohort, PartnerSchool, Placement, Student, SubsidyMaterials, SubsidyRate, User
from ..domain.enums import PlacementOutcome
from ..domain.subsidy import DEFAULT_RATES, SubsidyCase, SubsidyRates, SubsidyVerdict, assess_subsidy
from ..errors import ConflictError, ValidationError
from .common import (
    EVERYONE,
    STAFF,
    ensure_student_access,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    update_row,
)
from .context import Actor, Database


@dataclass(frozen=True)
class SubsidyRowDTO:
    """One flexibly employed graduate and the subsidy verdict for them."""

    placement_id: int
    student_id: int
    student_name: str
    cohort_code: str
    school_name: str
    flexible_start: date | None
    applied_on: date | None  # 已申请日期 (None: not applied yet)
    verdict: SubsidyVerdict
    version: int  # the placement's version, for mark_subsidy_applied

    @property
    def eligible(self) -> bool:
        return self.verdict.eligible

    @property
    def eligible_not_applied(self) -> bool:
        return self.verdict.eligible and self.applied_on is None


@dataclass(frozen=True)
class YearRatesDTO:
    """A year's figures and where they come from: `confirmed` when staff saved them,
    False for the shipped placeholder (or None when there are none)."""

    year: int
    rates: SubsidyRates | None
    confirmed: bool


def _stored(s, year: int) -> SubsidyRates | None:
    row = s.get(SubsidyRate, year)
    if row is None:
        return None
    return SubsidyRates(row.year, Decimal(row.minimum_base), Decimal(row.contribution_rate), Decimal(row.share))


def _rates_for(s, year: int) -> SubsidyRates | None:
    """The year's figures; when that year has none, the newest earlier year's (the
    verdict then says which year the amount uses)."""
    exact = _stored(s, year) or DEFAULT_RATES.get(year)
    if exact is not None:
        return exact
    stored_year = s.scalar(select(func.max(SubsidyRate.year)).where(SubsidyRate.year <= year))
    candidates = [y for y in DEFAULT_RATES if y <= year] + ([stored_year] if stored_year else [])
    if not candidates:
        candidates = list(DEFAULT_RATES)
    best = max(candidates) if candidates else None
    return None if best is None else (_stored(s, best) or DEFAULT_RATES.get(best))


def year_rates(db: Database, actor: Actor, year: int) -> YearRatesDTO:
    """The figures the settings dialog shows for `year`."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        stored = _stored(s, year)
    if stored is not None:
        return YearRatesDTO(year, stored, True)
    return YearRatesDTO(year, DEFAULT_RATES.get(year), False)


def set_subsidy_rates(db: Database, actor: Actor, rates: SubsidyRates) -> None:
    """Save (confirm) a year's minimum base, contribution rate and share."""
    require_role(actor, *STAFF, action_zh="修改补贴标准", action_en="change subsidy rates")
    if not 2000 <= rates.year <= 2100:
        raise ValidationError.of("年度", f"{rates.year}不是有效年份，请填写如2025。",
                                 f"{rates.year} is not a valid year; enter e.g. 2025.", "Year")
    with db.transaction() as s:
        row = s.get(SubsidyRate, rates.year)
        values = dict(minimum_base=rates.minimum_base, contribution_rate=rates.contribution_rate, share=rates.share)
        if row is None:
            insert_row(s, actor, SubsidyRate(year=rates.year, **values))
        else:
            update_row(s, actor, row, values)


def _case(p: Placement, student: Student, school: PartnerSchool | None) -> SubsidyCase:
    return SubsidyCase(
        left_school_on=student.left_school_on, is_college_graduate=student.left_school_on is not None,
        shanghai_hukou=student.shanghai_hukou,
        # A student without a partner school is taken as a Shanghai college's (the base's
        # students come from its Shanghai partner schools); a school marked outside
        # Shanghai is not.
        shanghai_college=bool(school is None or school.in_shanghai),
        first_shanghai_job_is_flexible=(p.outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT and p.first_shanghai_job),
        flexible_start=p.start_date, insured_pension_and_medical=p.insured_pension_medical,
        subsidised_months_used=p.subsidy_months_used, hukou_district=student.hukou_district or None,
        residence_district=student.residence_district or None)


def assess_placement_subsidy(db: Database, actor: Actor, placement_id: int,
                             as_of: date | None = None) -> SubsidyVerdict:
    """The flexible-employment subsidy verdict for one placement."""
    require_role(actor, *EVERYONE)
    as_of = as_of or date.today()
    with db.read() as s:
        p = load_versioned(s, Placement, placement_id, None, "就业记录", "placement")
        student = ensure_student_access(s, actor, p.student_id)
        return assess_subsidy(_case(p, student, student.school), _rates_for(s, as_of.year), as_of=as_of)


def flexible_graduates(db: Database, actor: Actor, as_of: date | None = None, *,
                       not_applied_only: bool = False) -> list[SubsidyRowDTO]:
    """Every live flexible-employment placement with its subsidy verdict, by student
    name. `not_applied_only`: only the eligible graduates who have not applied yet.
    Mentors see their own students only."""
    require_role(actor, *EVERYONE)
    as_of = as_of or date.today()
    stmt = (select(Placement, Student, PartnerSchool, func.coalesce(Cohort.code, ""))
            .join(Student, Student.id == Placement.student_id)
            .outerjoin(PartnerSchool, PartnerSchool.id == Student.school_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Placement.outcome == PlacementOutcome.FLEXIBLE_EMPLOYMENT, Placement.deleted_at.is_(None),
                   Student.deleted_at.is_(None))
            .order_by(Student.name, Placement.id))
    if actor.is_mentor:
        stmt = stmt.where(Placement.student_id.in_(mentor_student_ids(actor.mentor_id)))
    if not_applied_only:
        stmt = stmt.where(Placement.subsidy_applied_on.is_(None))
    with db.read() as s:
        rates = _rates_for(s, as_of.year)
        rows = [_row(p, student, school, code, rates, as_of) for p, student, school, code in s.execute(stmt)]
    return [r for r in rows if r.eligible_not_applied] if not_applied_only else rows


def eligible_not_applied(db: Database, actor: Actor, as_of: date | None = None) -> list[SubsidyRowDTO]:
    """符合条件但尚未申请: eligible flexibly employed graduates without an application date."""
    return flexible_graduates(db, actor, as_of, not_applied_only=True)


def _row(p: Placement, student: Student, school: PartnerSchool | None, cohort_code: str,
         rates: SubsidyRates | None, as_of: date) -> SubsidyRowDTO:
    verdict = assess_subsidy(_case(p, student, school), rates, as_of=as_of)
    return SubsidyRowDTO(p.id, student.id, student.name, cohort_code, school.name if school else "",
                         p.start_date, p.subsidy_applied_on, verdict, p.version)


def mark_subsidy_applied(db: Database, actor: Actor, placement_id: int, version: int | None,
                         applied_on: date | None, as_of: date | None = None) -> SubsidyRowDTO:
    """Record the day the graduate applied at the district centre (None clears a
    mistaken mark). Refused for a day in the future or before flexible employment began."""
    require_role(actor, *STAFF, action_zh="登记补贴申请", action_en="record subsidy applications")
    as_of = as_of or date.today()
    with db.transaction() as s:
        p = load_versioned(s, Placement, placement_id, version, "就业记录", "placement")
        student = ensure_student_access(s, actor, p.student_id)
        if p.outcome is not PlacementOutcome.FLEXIBLE_EMPLOYMENT:
            raise ValidationError.of("申请日期", "只有灵活就业的毕业生才能申请灵活就业社会保险补贴。",
                                     "only flexibly employed graduates apply for this subsidy.", "Applied on")
        if applied_on is not None and applied_on > as_of:
            raise ValidationError.of("申请日期", f"{applied_on}还没到，请填写实际递交申请的日期。",
                                     f"{applied_on} is in the future; enter the day the application was handed in.",
                                     "Applied on")
        if applied_on is not None and p.start_date and applied_on < p.start_date:
            raise ValidationError.of("申请日期", f"早于灵活就业开始日期{p.start_date}，请核对。",
                                     f"is before flexible employment started ({p.start_date}); check it.",
                                     "Applied on")
        update_row(s, actor, p, {"subsidy_applied_on": applied_on})
        school = student.school
        cohort = student.cohort
        return _row(p, student, school, cohort.code if cohort else "", _rates_for(s, as_of.year), as_of)


# -- 申请材料勾选: which materials a graduate has ready, saved per graduate ---------------------

@dataclass(frozen=True)
class MaterialsDTO:
    """The materials ticked for a graduate, the version to save back (0: never saved),
    and who ticked last and when (from the audit log; empty when never saved)."""

    student_id: int
    ticked: tuple[str, ...]
    version: int
    ticked_by: str = ""
    ticked_at: datetime | None = None


def _materials_dto(s, student_id: int) -> MaterialsDTO:
    row = s.get(SubsidyMaterials, student_id)
    if row is None or row.deleted_at is not None:
        return MaterialsDTO(student_id, (), 0 if row is None else row.version)
    try:
        ticked = tuple(str(x) for x in json.loads(row.ticked or "[]") if isinstance(x, str))
    except ValueError:
        ticked = ()
    last = s.execute(select(AuditEntry.username, AuditEntry.at, User.display_name)
                     .outerjoin(User, User.id == AuditEntry.user_id)
                     .where(AuditEntry.entity == SubsidyMaterials.__tablename__, AuditEntry.entity_id == student_id)
                     .order_by(AuditEntry.id.desc()).limit(1)).first()
    return MaterialsDTO(student_id, ticked, row.version, (last[2] or last[0]) if last else "",
                        last[1] if last else None)


def subsidy_materials(db: Database, actor: Actor, student_id: int) -> MaterialsDTO:
    """The graduate's ticked materials (a mentor: only their own students)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        return _materials_dto(s, student_id)


def save_subsidy_materials(db: Database, actor: Actor, student_id: int, ticked: Sequence[str],
                           version: int | None) -> MaterialsDTO:
    """Save which materials the graduate has ready (staff). `version`: from
    `subsidy_materials` (0: none saved yet); another save since then raises ConflictError."""
    require_role(actor, *STAFF, action_zh="保存补贴材料勾选", action_en="save subsidy materials")
    keys = list(dict.fromkeys(str(t).strip() for t in ticked if str(t).strip()))
    if len(keys) > 20 or any(len(k) > 100 for k in keys):
        raise ValidationError.of("申请材料", "勾选项太多或名称太长，请重新勾选。",
                                 "too many or too long material names; tick them again.", "Materials")
    text = json.dumps(keys, ensure_ascii=False)

    def work() -> MaterialsDTO:
        with db.transaction() as s:
            ensure_student_access(s, actor, student_id)
            row = s.get(SubsidyMaterials, student_id)
            if row is None:
                if version:
                    raise ConflictError(SubsidyMaterials.__tablename__, student_id)
                insert_row(s, actor, SubsidyMaterials(student_id=student_id, ticked=text))
            else:
                if version is not None and row.version != version:
                    raise ConflictError(SubsidyMaterials.__tablename__, student_id)
                values: dict = {"ticked": text}
                if row.deleted_at is not None:
                    values["deleted_at"] = None
                update_row(s, actor, row, values)
            return _materials_dto(s, student_id)
    try:
        return work()
    except IntegrityError:  # another desktop saved the first ticks meanwhile
        raise ConflictError(SubsidyMaterials.__tablename__, student_id) from None
