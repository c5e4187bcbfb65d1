"""Enterprise clients' outcomes (企业客户): the training orders the base delivered,
the graduates placed at each client, and service agreements (服务期协议) — a
service period is allowed only with special training fees (劳动合同法 第二十二条)."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import or_, select

from ..db.models import EnterpriseClient, EnterpriseTrainingOrder, Placement, ServiceAgreement, Student
from ..domain.enums import EvidenceLevel, PlacementOutcome
from ..domain.service_period import check_service_agreement
from ..domain.text import keep_typed, normalise_text
from ..errors import NotFound, ValidationError
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
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker

ENDING_SOON_DAYS = 60  # agreements ending within this many days are "ending soon"


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


@dataclass(frozen=True)
class AgreementDTO:
    id: int
    student_id: int
    student_name: str
    employer_client_id: int | None
    employer_name: str
    service_months: int
    special_training_fee_paid: bool
    fee_amount: Decimal | None
    start_date: date | None
    end_date: date | None
    note: str
    days_left: int | None  # days from the list's day to end_date (negative: ended)
    ending_soon: bool  # ends within ENDING_SOON_DAYS and has not ended yet
    version: int


@dataclass(frozen=True)
class TrainingOrderDTO:
    id: int
    client_id: int
    title: str
    trainees: int
    hours: float
    start_date: date | None
    end_date: date | None
    note: str


@dataclass(frozen=True)
class ClientPlacementDTO:
    placement_id: int
    student_id: int
    student_name: str
    outcome: PlacementOutcome
    position: str
    start_date: date | None
    evidence: EvidenceLevel


@dataclass(frozen=True)
class ClientOutcomesDTO:
    """What the base delivered to one enterprise client and who went to work there."""

    client_id: int
    client_name: str
    orders: tuple[TrainingOrderDTO, ...]  # newest first
    placements: tuple[ClientPlacementDTO, ...]  # newest first; a mentor sees their own students only
    trainees_total: int
    hours_total: float


def employer_name(s, client_id: int | None, name: str) -> str:
    """The employer's name: the chosen enterprise client's (which must be live), else the text typed."""
    if client_id is None:
        return name
    client = s.get(EnterpriseClient, client_id)
    if client is None or client.deleted_at is not None:
        raise ValidationError.of("用人单位", "所选企业不存在，请重新选择或直接填写名称。",
                                 "the chosen enterprise does not exist.", "employer")
    return client.name


def service_end(start: date | None, months: int) -> date | None:
    """The day a service period of `months` from `start` ends: the corresponding day
    of the last month, else that month's last day (民法典 第二百零二条)."""
    if start is None or not months:
        return None
    y, m = divmod(start.month - 1 + months, 12)
    last_day = calendar.monthrange(start.year + y, m + 1)[1]
    return date(start.year + y, m + 1, min(start.day, last_day))



def _check(data: AgreementInput) -> str:
    check_service_agreement(data.service_months, data.special_training_fee_paid, data.fee_amount)
    name = normalise_text(data.employer_name or "")
    if data.employer_client_id is None and not name:
        raise ValidationError.of("用人单位", "请选择企业客户或填写用人单位名称。",
                                 "choose an enterprise client or enter the employer's name.", "employer")
    if len(name) > 100:
        raise ValidationError.of("用人单位", f"太长（{len(name)} 个字），最多 100 个字。",
                                 f"is too long ({len(name)} characters); at most 100.", "employer")
    try:
        service_end(data.start_date, data.service_months)
    except (ValueError, OverflowError):  # past the calendar's year 9999
        raise ValidationError.of("开始日期", "加上服务期后超出日历范围，请核对开始日期和服务期月数。",
                                 "with the service period it runs past the calendar; check the start and the months.",
                                 "start date") from None
    return name


def _values(s, data: AgreementInput, name: str) -> dict:
    return dict(student_id=data.student_id, employer_client_id=data.employer_client_id,
                employer_name=employer_name(s, data.employer_client_id, name), service_months=data.service_months,
                special_training_fee_paid=data.special_training_fee_paid,
                fee_amount=data.fee_amount if data.special_training_fee_paid else None,
                start_date=data.start_date, end_date=service_end(data.start_date, data.service_months),
                note=keep_typed(data.note))


def _agreement_dto(row: ServiceAgreement, student_name: str, today: date, soon_days: int) -> AgreementDTO:
    days_left = (row.end_date - today).days if row.end_date else None
    soon = days_left is not None and 0 <= days_left <= soon_days
    return AgreementDTO(row.id, row.student_id, student_name, row.employer_client_id, row.employer_name,
                        row.service_months, row.special_training_fee_paid, row.fee_amount, row.start_date,
                        row.end_date, row.note, days_left, soon, row.version)


def add_service_agreement(db: Database, actor: Actor, data: AgreementInput) -> int:
    """Record a service agreement; one with a service period but no special
    training fee is refused with the legal reason (劳动合同法 第二十二条)."""
    require_role(actor, *STAFF, action_zh="登记服务期协议", action_en="record service agreements")
    name = _check(data)
    with db.transaction() as s:
        ensure_student_access(s, actor, data.student_id)
        return insert_row(s, actor, ServiceAgreement(**_values(s, data, name))).id


def update_service_agreement(db: Database, actor: Actor, agreement_id: int, version: int | None,
                             data: AgreementInput, today: date | None = None) -> AgreementDTO:
    """Change an agreement under the same rule; a stale version raises ConflictError."""
    require_role(actor, *STAFF, action_zh="修改服务期协议", action_en="edit service agreements")
    name = _check(data)
    with db.transaction() as s:
        row = load_versioned(s, ServiceAgreement, agreement_id, version, "服务期协议", "service agreement")
        student = ensure_student_access(s, actor, data.student_id)
        update_row(s, actor, row, _values(s, data, name))
        return _agreement_dto(row, student.name, today or date.today(), ENDING_SOON_DAYS)


def get_service_agreement(db: Database, actor: Actor, agreement_id: int, today: date | None = None) -> AgreementDTO:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = load_versioned(s, ServiceAgreement, agreement_id, None, "服务期协议", "service agreement")
        student = ensure_student_access(s, actor, row.student_id)
        return _agreement_dto(row, student.name, today or date.today(), ENDING_SOON_DAYS)


def list_service_agreements(db: Database, actor: Actor, query: ListQuery = ListQuery(),
                            today: date | None = None, soon_days: int = ENDING_SOON_DAYS) -> Page[AgreementDTO]:
    """Service agreements, soonest end first by default; search by student or employer;
    filters: ending_soon (True: ends within `soon_days`, not ended), student_id,
    employer_client_id. Mentors see their own students' agreements only."""
    require_role(actor, *EVERYONE)
    today = today or date.today()
    stmt = (select(ServiceAgreement, Student.name).join(Student, Student.id == ServiceAgreement.student_id)
            .where(Student.deleted_at.is_(None)))
    if not query.include_deleted:
        stmt = stmt.where(ServiceAgreement.deleted_at.is_(None))
    if actor.is_mentor:
        stmt = stmt.where(ServiceAgreement.student_id.in_(mentor_student_ids(actor.mentor_id)))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Student.name.like(p, escape="\\"), ServiceAgreement.employer_name.like(p, escape="\\")))
    if query.filters.get("ending_soon"):
        stmt = stmt.where(ServiceAgreement.end_date >= today,
                          ServiceAgreement.end_date <= today + timedelta(days=soon_days))
    for key in ("student_id", "employer_client_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(ServiceAgreement, key) == query.filters[key])
    sort = {"student": Student.name, "employer": ServiceAgreement.employer_name,
            "start_date": ServiceAgreement.start_date, "end_date": ServiceAgreement.end_date,
            "months": ServiceAgreement.service_months}
    q = query if query.sort else ListQuery(**{**query.__dict__, "sort": "end_date"})
    with db.read() as s:
        rows, total = page(s, stmt, q, sort, ServiceAgreement.end_date, ServiceAgreement.id)
        return Page(tuple(_agreement_dto(a, name, today, soon_days) for a, name in rows), total, query.offset)


def add_training_order(db: Database, actor: Actor, client_id: int, title: str, trainees: int, hours: float,
                       start_date: date | None = None, end_date: date | None = None, note: str = "") -> int:
    """Training the base delivered to an enterprise client."""
    require_role(actor, *STAFF, action_zh="登记企业培训", action_en="record enterprise training")
    c = Checker()
    title = c.prose(title, "培训项目", "training title", required=True, max_len=100)
    c.non_negative(trainees, "培训人数", "trainees")
    c.non_negative(hours, "学时", "hours")
    c.date_order(start_date, end_date, "结束日期", "end date")
    c.raise_if_any()
    with db.transaction() as s:
        client = s.get(EnterpriseClient, client_id)
        if client is None or client.deleted_at is not None:
            raise ValidationError.of("企业客户", "所选企业不存在。", "no such enterprise client.", "client")
        return insert_row(s, actor, EnterpriseTrainingOrder(
            client_id=client_id, title=title, trainees=trainees, hours=hours, start_date=start_date,
            end_date=end_date, note=keep_typed(note))).id


def client_outcomes(db: Database, actor: Actor, client_id: int) -> ClientOutcomesDTO:
    """The training orders delivered to a client and the placements at it."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        client = s.get(EnterpriseClient, client_id)
        if client is None or client.deleted_at is not None:
            raise NotFound(f"找不到编号为 {client_id} 的企业客户（可能已删除）。",
                           f"Enterprise client {client_id} does not exist (it may have been deleted).")
        orders = tuple(
            TrainingOrderDTO(o.id, o.client_id, o.title, o.trainees, o.hours, o.start_date, o.end_date, o.note)
            for o in s.scalars(select(EnterpriseTrainingOrder)
                               .where(EnterpriseTrainingOrder.client_id == client_id,
                                      EnterpriseTrainingOrder.deleted_at.is_(None))
                               .order_by(EnterpriseTrainingOrder.start_date.desc().nulls_last(),
                                         EnterpriseTrainingOrder.id.desc())))
        stmt = (select(Placement, Student.name).join(Student, Student.id == Placement.student_id)
                .where(Placement.employer_client_id == client_id, Placement.deleted_at.is_(None),
                       Student.deleted_at.is_(None))
                .order_by(Placement.start_date.desc().nulls_last(), Placement.id.desc()))
        if actor.is_mentor:
            stmt = stmt.where(Placement.student_id.in_(mentor_student_ids(actor.mentor_id)))
        placed = tuple(ClientPlacementDTO(p.id, p.student_id, name, p.outcome, p.position, p.start_date, p.evidence)
                       for p, name in s.execute(stmt))
        return ClientOutcomesDTO(client.id, client.name, orders, placed, sum(o.trainees for o in orders),
                                 sum(o.hours for o in orders))
