"""Partner schools (合作院校) and enterprise clients (企业客户)."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select

from ..db.models import EnterpriseClient, PartnerSchool, Student
from ..errors import ValidationError
from .common import EVERYONE, STAFF, insert_row, load_versioned, require_role, soft_delete_row, update_row
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker
from .write_races import retry_conflicts


@dataclass(frozen=True)
class SchoolDTO:
    id: int
    name: str
    short_name: str
    contact_person: str
    contact_phone: str
    address: str
    in_shanghai: bool
    note: str
    version: int
    student_count: int = 0


@dataclass(frozen=True)
class SchoolInput:
    name: str
    short_name: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    address: str = ""
    in_shanghai: bool = True
    note: str = ""


@dataclass(frozen=True)
class ClientDTO:
    id: int
    name: str
    industry: str
    contact_person: str
    contact_phone: str
    since: date | None
    note: str
    version: int


@dataclass(frozen=True)
class ClientInput:
    name: str
    industry: str = ""
    contact_person: str = ""
    contact_phone: str = ""
    since: date | None = None
    note: str = ""


def _school_dto(row: PartnerSchool, count: int = 0) -> SchoolDTO:
    return SchoolDTO(row.id, row.name, row.short_name, row.contact_person, row.contact_phone,
                     row.address, row.in_shanghai, row.note, row.version, count)


def _client_dto(row: EnterpriseClient) -> ClientDTO:
    return ClientDTO(row.id, row.name, row.industry, row.contact_person, row.contact_phone,
                     row.since, row.note, row.version)


def _check_school(data: SchoolInput) -> dict:
    c = Checker()
    values = dict(
        name=c.text(data.name, "院校名称", "school name", required=True),
        short_name=c.text(data.short_name, "简称", "short name", max_len=40),
        contact_person=c.text(data.contact_person, "联系人", "contact", max_len=40),
        contact_phone=c.text(data.contact_phone, "联系电话", "phone", max_len=40),
        address=c.text(data.address, "地址", "address", max_len=200),
        in_shanghai=bool(data.in_shanghai),
        note=c.prose(data.note, "备注", "note", max_len=2000),
    )
    c.raise_if_any()
    return values


def _unique_name(session, model, name: str, exclude_id: int | None, label: str, label_en: str) -> None:
    q = select(model.id).where(model.name == name)
    if exclude_id:
        q = q.where(model.id != exclude_id)
    if session.scalar(q) is not None:
        raise ValidationError.of(label, f"“{name}”已存在，请换一个名称或编辑已有记录。",
                                 f"'{name}' already exists; choose another name or edit the existing one.",
                                 label_en)


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def create_school(db: Database, actor: Actor, data: SchoolInput) -> SchoolDTO:
    require_role(actor, *STAFF, action_zh="新建合作院校", action_en="create a partner school")
    values = _check_school(data)
    with db.transaction() as s:
        _unique_name(s, PartnerSchool, values["name"], None, "院校名称", "school name")
        return _school_dto(insert_row(s, actor, PartnerSchool(**values)))


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def update_school(db: Database, actor: Actor, school_id: int, version: int | None,
                  data: SchoolInput) -> SchoolDTO:
    require_role(actor, *STAFF, action_zh="修改合作院校", action_en="edit a partner school")
    values = _check_school(data)
    with db.transaction() as s:
        row = load_versioned(s, PartnerSchool, school_id, version, "合作院校", "partner school")
        _unique_name(s, PartnerSchool, values["name"], school_id, "院校名称", "school name")
        return _school_dto(update_row(s, actor, row, values))


def delete_school(db: Database, actor: Actor, school_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除合作院校", action_en="delete a partner school")
    with db.transaction() as s:
        row = load_versioned(s, PartnerSchool, school_id, version, "合作院校", "partner school")
        live = s.scalar(select(func.count()).select_from(Student).where(
            Student.school_id == school_id, Student.deleted_at.is_(None)))
        if live:
            raise ValidationError.of("合作院校", f"该院校还有 {live} 名学员，请先移走或删除这些学员。",
                                     f"the school still has {live} students; move or delete them first.",
                                     "partner school")
        soft_delete_row(s, actor, row)


def get_school(db: Database, actor: Actor, school_id: int) -> SchoolDTO:
    """One live partner school, with its number of students (for the edit dialog)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = load_versioned(s, PartnerSchool, school_id, None, "合作院校", "partner school")
        count = s.scalar(select(func.count()).select_from(Student).where(
            Student.school_id == school_id, Student.deleted_at.is_(None))) or 0
        return _school_dto(row, count)


def list_schools(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[SchoolDTO]:
    require_role(actor, *EVERYONE)
    counts = (select(Student.school_id, func.count().label("n"))
              .where(Student.deleted_at.is_(None)).group_by(Student.school_id).subquery())
    stmt = select(PartnerSchool, func.coalesce(counts.c.n, 0)).outerjoin(
        counts, counts.c.school_id == PartnerSchool.id)
    if not query.include_deleted:
        stmt = stmt.where(PartnerSchool.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(PartnerSchool.name.like(p, escape="\\"),
                              PartnerSchool.short_name.like(p, escape="\\")))
    with db.read() as s:
        rows, total = page(s, stmt, query, {"name": PartnerSchool.name,
                                           "students": func.coalesce(counts.c.n, 0)},
                           PartnerSchool.name, PartnerSchool.id)
        return Page(tuple(_school_dto(r, n) for r, n in rows), total, query.offset)


def _check_client(data: ClientInput) -> dict:
    c = Checker()
    values = dict(
        name=c.text(data.name, "企业名称", "enterprise name", required=True),
        industry=c.text(data.industry, "行业", "industry", max_len=60),
        contact_person=c.text(data.contact_person, "联系人", "contact", max_len=40),
        contact_phone=c.text(data.contact_phone, "联系电话", "phone", max_len=40),
        since=data.since,
        note=c.prose(data.note, "备注", "note", max_len=2000),
    )
    c.raise_if_any()
    return values


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def create_client(db: Database, actor: Actor, data: ClientInput) -> ClientDTO:
    require_role(actor, *STAFF, action_zh="新建企业客户", action_en="create an enterprise client")
    values = _check_client(data)
    with db.transaction() as s:
        _unique_name(s, EnterpriseClient, values["name"], None, "企业名称", "enterprise name")
        return _client_dto(insert_row(s, actor, EnterpriseClient(**values)))


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def update_client(db: Database, actor: Actor, client_id: int, version: int | None,
                  data: ClientInput) -> ClientDTO:
    require_role(actor, *STAFF, action_zh="修改企业客户", action_en="edit an enterprise client")
    values = _check_client(data)
    with db.transaction() as s:
        row = load_versioned(s, EnterpriseClient, client_id, version, "企业客户", "enterprise client")
        _unique_name(s, EnterpriseClient, values["name"], client_id, "企业名称", "enterprise name")
        return _client_dto(update_row(s, actor, row, values))


def delete_client(db: Database, actor: Actor, client_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除企业客户", action_en="delete an enterprise client")
    with db.transaction() as s:
        row = load_versioned(s, EnterpriseClient, client_id, version, "企业客户", "enterprise client")
        soft_delete_row(s, actor, row)


def get_client(db: Database, actor: Actor, client_id: int) -> ClientDTO:
    """One live enterprise client (for the edit dialog)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return _client_dto(load_versioned(s, EnterpriseClient, client_id, None, "企业客户", "enterprise client"))


def list_clients(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[ClientDTO]:
    require_role(actor, *EVERYONE)
    stmt = select(EnterpriseClient)
    if not query.include_deleted:
        stmt = stmt.where(EnterpriseClient.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(EnterpriseClient.name.like(p, escape="\\"),
                              EnterpriseClient.industry.like(p, escape="\\")))
    with db.read() as s:
        rows, total = page(s, stmt, query, {"name": EnterpriseClient.name, "since": EnterpriseClient.since},
                           EnterpriseClient.name, EnterpriseClient.id)
        return Page(tuple(_client_dto(r) for (r,) in rows), total, query.offset)

