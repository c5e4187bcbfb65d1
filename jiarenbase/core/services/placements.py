"""Placements (就业去向) with follow-ups, the flexible-employment subsidy check,
service agreements (服务期) and enterprise training orders."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, or_, select

from ..db.models import (Cohort, EnterpriseClient, EnterpriseTrainingOrder, Placement, PlacementFollowUp,
                         ServiceAgreement, Student, SubsidyRate)
from ..domain.enums import EvidenceLevel, PlacementOutcome
from ..domain.service_period import check_service_agreement
from ..domain.subsidy import DEFAULT_RATES, SubsidyCase, SubsidyRates, SubsidyVerdict, assess_subsidy
from ..errors import ValidationError
from .common import (EVERYONE, STAFF, ensure_student_access, insert_row, load_versioned, mentor_student_ids,
                     require_role, update_row)
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker

FOLLOW_UP_DAYS = (30, 90, 180)


@dataclass(frozen=True)
class PlacementInput:
    student_id: int
    outcome: PlacementOutcome
    employer_client_id: int | None = None
    employer_name: str = ""
    position: str = ""
    start_date: date | None = None
    evidence: EvidenceLevel = EvidenceLevel.SELF_REPORTED
    first_shanghai_job: bool = True
    insured_pension_medical: bool = False
    subsidy_months_used: int = 0
    subsidy_applied_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class PlacementDTO:
    id: int
    student_id: int
    outcome: PlacementOutcome
    employer_client_id: int | None
    employer_name: str
    position: str
    start_date: date | None
    evidence: EvidenceLevel
    insured_pension_medical: bool
    subsidy_months_used: int
    subsidy_applied_on: date | None
    follow_ups: tuple[tuple[int, date, date | None], ...]  # (day mark, due, done)
    version: int


@dataclass(frozen=True)
class AgreementInput:
    student_id: int
    service_months: int
    special_training_fee_paid: bool
    fee_amount: Decimal | None = None
    employer_client_id: int | None = None
    employer_name: str = ""
    start_date: date | None = None
    note: str = ""


def _dto(p: Placement, s) -> PlacementDTO:
    fus = s.scalars(select(PlacementFollowUp).where(PlacementFollowUp.placement_id == p.id)
                    .order_by(PlacementFollowUp.day_mark))
    return PlacementDTO(p.id, p.student_id, p.outcome, p.employer_client_id, p.employer_name, p.position,
                        p.start_date, p.evidence, p.insured_pension_medical, p.subsidy_months_used,
                        p.subsidy_applied_on, tuple((f.day_mark, f.due_on, f.done_on) for f in fus), p.version)


def _employer(s, client_id: int | None, name: str) -> str:
    if client_id is None:
        return name
    client = s.get(EnterpriseClient, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError.of("用人单位", "所选企业不存在，请重新选择或直接填写名称。",
                                 "the chosen enterprise does not exist.", "employer")
    return client.name


def record_placement(db: Database, actor: Actor, data: PlacementInput) -> PlacementDTO:
    """Record where a student went; follow-ups are scheduled at 30/90/180 days."""
    require_role(actor, *STAFF, action_zh="登记就业去向", action_en="record placements")
    c = Checker()
    employer = c.text(data.employer_name, "用人单位", "employer")
    position = c.text(data.position, "岗位", "position", max_len=60)
    c.non_negative(data.subsidy_months_used, "已享受补贴月数", "subsidised months")
    if data.outcome in (PlacementOutcome.EMPLOYED_ON_GRADUATION, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT) \
            and not (employer or data.employer_client_id):
        c.add("用人单位", "就业或签约时必须填写用人单位。", "is required for employment or signing.", "employer")
    c.raise_if_any()
    with db.transaction() as s:
        student = ensure_student_access(s, actor, data.student_id)
        row = insert_row(s, actor, Placement(
            student_id=data.student_id, outcome=data.outcome, employer_client_id=data.employer_client_id,
            employer_name=_employer(s, data.employer_client_id, employer), position=position,
            start_date=data.start_date, evidence=data.evidence, first_shanghai_job=data.first_shanghai_job,
            insured_pension_medical=data.insured_pension_medical, subsidy_months_used=data.subsidy_months_used,
            subsidy_applied_on=data.subsidy_applied_on, note=(data.note or "").strip()), "placement")
        if data.start_date and data.outcome not in (PlacementOutcome.TALENT_POOL, PlacementOutcome.UNKNOWN):
            for days in FOLLOW_UP_DAYS:
                s.add(PlacementFollowUp(placement_id=row.id, day_mark=days,
                                        due_on=data.start_date + timedelta(days=days)))
        if data.outcome is PlacementOutcome.TALENT_POOL and not student.in_talent_pool:
            update_row(s, actor, student, {"in_talent_pool": True}, "student")
        s.flush()
        return _dto(row, s)


def placements_of(db: Database, actor: Actor, student_id: int) -> list[PlacementDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        rows = s.scalars(select(Placement).where(Placement.student_id == student_id,
                                                 Placement.deleted_at.is_(None)).order_by(Placement.id))
        return [_dto(p, s) for p in rows]


@dataclass(frozen=True)
class PlacementRowDTO:
    """One line of the placements list (就业去向一览): the placement with its student."""

    id: int
    student_id: int
    student_name: str
    cohort_id: int | None
    cohort_code: str
    outcome: PlacementOutcome
    employer_name: str
    position: str
    start_date: date | None
    evidence: EvidenceLevel
    subsidy_months_used: int
    next_follow_up: date | None  # the earliest follow-up not done yet
    version: int


def list_placements(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[PlacementRowDTO]:
    """Placements of live students, newest start first by default; search by student name,
    employer or position; filters outcome, evidence, student_id, cohort_id, school_id.
    Mentors see their own students' placements only."""
    require_role(actor, *EVERYONE)
    next_due = (select(func.min(PlacementFollowUp.due_on))
                .where(PlacementFollowUp.placement_id == Placement.id, PlacementFollowUp.done_on.is_(None),
                       PlacementFollowUp.deleted_at.is_(None))
                .correlate(Placement).scalar_subquery())
    stmt = (select(Placement, Student.name, Student.cohort_id, func.coalesce(Cohort.code, ""), next_due)
            .join(Student, Student.id == Placement.student_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.deleted_at.is_(None)))
    if not query.include_deleted:
        stmt = stmt.where(Placement.deleted_at.is_(None))
    if actor.is_mentor:
        stmt = stmt.where(Placement.student_id.in_(mentor_student_ids(actor.mentor_id)))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Student.name.like(p, escape="\\"), Placement.employer_name.like(p, escape="\\"),
                              Placement.position.like(p, escape="\\")))
    for key in ("outcome", "evidence", "student_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(Placement, key) == query.filters[key])
    for key in ("cohort_id", "school_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(Student, key) == query.filters[key])
    sort = {"student": Student.name, "cohort": Cohort.code, "outcome": Placement.outcome,
            "employer": Placement.employer_name, "start_date": Placement.start_date, "follow_up": next_due}
    q = query if query.sort else ListQuery(**{**query.__dict__, "sort": "start_date", "descending": True})
    with db.read() as s:
        rows, total = page(s, stmt, q, sort, Placement.start_date, Placement.id)
        return Page(tuple(PlacementRowDTO(p.id, p.student_id, name, cohort_id, code, p.outcome, p.employer_name,
                                          p.position, p.start_date, p.evidence, p.subsidy_months_used, due,
                                          p.version)
                          for p, name, cohort_id, code, due in rows), total, query.offset)


def subsidy_rates(db: Database, year: int) -> SubsidyRates | None:
    """The year's figures from settings, else the shipped default for that year."""
    with db.read() as s:
        row = s.get(SubsidyRate, year)
        if row is not None:
            return SubsidyRates(row.year, Decimal(row.minimum_base), Decimal(row.contribution_rate),
                                Decimal(row.share))
    return DEFAULT_RATES.get(year)


def set_subsidy_rates(db: Database, actor: Actor, rates: SubsidyRates) -> None:
    require_role(actor, *STAFF, action_zh="修改补贴标准", action_en="change subsidy rates")
    with db.transaction() as s:
        row = s.get(SubsidyRate, rates.year)
        values = dict(minimum_base=rates.minimum_base, contribution_rate=rates.contribution_rate, share=rates.share)
        if row is None:
            insert_row(s, actor, SubsidyRate(year=rates.year, **values), "subsidy_rate")
        else:
            update_row(s, actor, row, values, "subsidy_rate")


def assess_placement_subsidy(db: Database, actor: Actor, placement_id: int,
                             as_of: date | None = None) -> SubsidyVerdict:
    """The flexible-employment subsidy verdict for one placement."""
    require_role(actor, *EVERYONE)
    as_of = as_of or date.today()
    with db.read() as s:
        p = load_versioned(s, Placement, placement_id, None, "就业记录", "placement")
        student = ensure_student_access(s, actor, p.student_id)
        case = SubsidyCase(
            left_school_on=student.left_school_on, is_college_graduate=student.left_school_on is not None,
            shanghai_hukou=student.shanghai_hukou,
            shanghai_college=bool(student.school is None or student.school.in_shanghai),
            first_shanghai_job_is_flexible=(p.outcome is PlacementOutcome.FLEXIBLE_EMPLOYMENT
                                            and p.first_shanghai_job),
            flexible_start=p.start_date, insured_pension_and_medical=p.insured_pension_medical,
            subsidised_months_used=p.subsidy_months_used, hukou_district=student.hukou_district or None,
            residence_district=student.residence_district or None)
        year = (p.start_date or as_of).year
    rates = subsidy_rates(db, year) or subsidy_rates(db, max(DEFAULT_RATES))
    return assess_subsidy(case, rates, as_of=as_of)


def add_service_agreement(db: Database, actor: Actor, data: AgreementInput) -> int:
    """Record a service agreement; one with a service period but no special
    training fee is refused with the legal reason (劳动合同法 第二十二条)."""
    require_role(actor, *STAFF, action_zh="登记服务期协议", action_en="record service agreements")
    check_service_agreement(data.service_months, data.special_training_fee_paid, data.fee_amount)
    with db.transaction() as s:
        ensure_student_access(s, actor, data.student_id)
        end = None
        if data.start_date and data.service_months:
            y, m = divmod(data.start_date.month - 1 + data.service_months, 12)
            # 民法典 第二百零二条: the corresponding day of the last month, else that month's last day
            last_day = calendar.monthrange(data.start_date.year + y, m + 1)[1]
            end = date(data.start_date.year + y, m + 1, min(data.start_date.day, last_day))
        row = insert_row(s, actor, ServiceAgreement(
            student_id=data.student_id, employer_client_id=data.employer_client_id,
            employer_name=_employer(s, data.employer_client_id, data.employer_name.strip()),
            service_months=data.service_months, special_training_fee_paid=data.special_training_fee_paid,
            fee_amount=data.fee_amount, start_date=data.start_date, end_date=end,
            note=(data.note or "").strip()), "service_agreement")
        return row.id


def add_training_order(db: Database, actor: Actor, client_id: int, title: str, trainees: int, hours: float,
                       start_date: date | None = None, end_date: date | None = None, note: str = "") -> int:
    """Training the base delivered to an enterprise client."""
    require_role(actor, *STAFF, action_zh="登记企业培训", action_en="record enterprise training")
    c = Checker()
    title = c.text(title, "培训项目", "training title", required=True)
    c.non_negative(trainees, "培训人数", "trainees")
    c.non_negative(hours, "学时", "hours")
    c.date_order(start_date, end_date, "结束日期", "end date")
    c.raise_if_any()
    with db.transaction() as s:
        if s.get(EnterpriseClient, client_id) is None:
            raise ValidationError.of("企业客户", "所选企业不存在。", "no such enterprise client.", "client")
        return insert_row(s, actor, EnterpriseTrainingOrder(
            client_id=client_id, title=title, trainees=trainees, hours=hours, start_date=start_date,
            end_date=end_date, note=(note or "").strip()), "enterprise_training_order").id
