"""Reading the audit log (操作日志; append-only: there is no service that edits it).

Administrators only: the log holds the before/after of every change, so it is as
sensitive as the records themselves.

    page = list_entries(db, actor, ListQuery(filters={"username": "jiaowu", "date_from": date(2025, 5, 6)}))
    detail = audit_detail(db, actor, page.rows[0].id)       # before/after, masked, field names in Chinese

Filters (ListQuery.filters): "username", "entity" (a table name, or "setting:" for
every entity with that prefix), "action", "date_from" / "date_to" (the desktop's
local dates, both included; `at` is stored as naive UTC), "entity_id" (the record's
number, typed as text). Newest first unless sorted by "at" ascending. `iter_entries`
walks every matching entry by key (a 500,000-row log pages without OFFSET) for the export.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Select, distinct, func, select

from ..audit_text import entity_group, field_label, value_text
from ..db.models import AuditEntry, Base
from ..domain.enums import Role
from ..errors import NotFound, ValidationError
from .common import require_role
from .context import Actor, Database
from .listing import ListQuery, Page

# The zone the desktop's dates are in: None is the computer's own (tests set a fixed one).
LOCAL_ZONE: tzinfo | None = None
EXPORT_CHUNK = 1000


@dataclass(frozen=True)
class AuditDTO:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    before: dict
    after: dict
    origin: str = ""


@dataclass(frozen=True)
class AuditRowDTO:
    """One line of the log, without its snapshots. `at` is naive UTC, as stored."""

    id: int
    at: datetime
    username: str
    origin: str
    action: str
    entity: str
    entity_id: int | None


@dataclass(frozen=True)
class FieldChange:
    """One field of an entry's before/after, as text a person may see (masked)."""

    field: str
    label: str
    before: str
    after: str
    changed: bool  # both sides recorded and they differ


@dataclass(frozen=True)
class AuditDetail:
    entry: AuditRowDTO
    changes: tuple[FieldChange, ...]


@dataclass(frozen=True)
class AuditChoices:
    """What the filters offer: user names, entity groups and actions found in the log."""

    usernames: tuple[str, ...]
    entities: tuple[str, ...]  # entity_group() values: "student", "setting:"…
    actions: tuple[str, ...]


def _require_admin(actor: Actor) -> None:
    require_role(actor, Role.ADMIN, action_zh="查看操作日志", action_en="read the audit log")


# --- time ---------------------------------------------------------------------

def to_local(utc: datetime, zone: tzinfo | None = None) -> datetime:
    """A stored (naive UTC) time in the desktop's zone, naive."""
    return utc.replace(tzinfo=UTC).astimezone(zone or LOCAL_ZONE).replace(tzinfo=None)


def utc_bounds(first: date | None, last: date | None,
               zone: tzinfo | None = None) -> tuple[datetime | None, datetime | None]:
    """[start, end) in naive UTC covering the local days first…last (both included)."""
    zone = zone or LOCAL_ZONE

    def utc_midnight(day: date) -> datetime:
        local = datetime.combine(day, time())
        aware = local.replace(tzinfo=zone) if zone is not None else local.astimezone()
        return aware.astimezone(UTC).replace(tzinfo=None)

    return (utc_midnight(first) if first else None,
            utc_midnight(last + timedelta(days=1)) if last else None)


# --- filters ------------------------------------------------------------------

def _as_date(value: Any, label: str, label_en: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ValidationError.of(label, f"“{value}”不是日期，请写成 2025-05-06 的样子。",
                                 f"'{value}' is not a date; write it as 2025-05-06.", label_en) from None


def _entity_id(value: Any) -> int | None:
    text = str(value if value is not None else "").strip().lstrip("#＃")
    if not text:
        return None
    if not text.isascii() or not text.isdigit():
        raise ValidationError.of("记录编号", f"“{value}”不是记录编号：请只填数字，例如 137。",
                                 f"'{value}' is not a record number: type digits only, e.g. 137.", "record number")
    return int(text)


def _filtered(stmt: Select, filters: dict[str, Any]) -> Select:
    if filters.get("username"):
        stmt = stmt.where(AuditEntry.username == filters["username"])
    entity = filters.get("entity")
    if entity:
        if entity.endswith(":"):  # every "setting:<key>" entry
            stmt = stmt.where(AuditEntry.entity.startswith(entity, autoescape=True))
        else:
            stmt = stmt.where(AuditEntry.entity == entity)
    if filters.get("action"):
        stmt = stmt.where(AuditEntry.action == filters["action"])
    first = _as_date(filters.get("date_from"), "开始日期", "from date")
    last = _as_date(filters.get("date_to"), "结束日期", "to date")
    if first and last and last < first:
        raise ValidationError.of("结束日期", "结束日期早于开始日期，请调换两个日期。",
                                 "The end date is before the start date; swap them.", "to date")
    start, end = utc_bounds(first, last)
    if start is not None:
        stmt = stmt.where(AuditEntry.at >= start)
    if end is not None:
        stmt = stmt.where(AuditEntry.at < end)
    record = _entity_id(filters.get("entity_id"))
    if record is not None:
        stmt = stmt.where(AuditEntry.entity_id == record)
    return stmt


_ROW_COLUMNS = (AuditEntry.id, AuditEntry.at, AuditEntry.username, AuditEntry.origin, AuditEntry.action,
                AuditEntry.entity, AuditEntry.entity_id)


def _row(r: Any) -> AuditRowDTO:
    return AuditRowDTO(r.id, r.at, r.username or "", r.origin or "", r.action, r.entity, r.entity_id)


def _newest_first(query: ListQuery) -> bool:
    return query.descending or query.sort != "at"


# --- reading ------------------------------------------------------------------

def list_entries(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[AuditRowDTO]:
    """One page of the log with the query's filters, newest first (sort "at" ascending:
    oldest first), and the number of matching entries. Entries are ordered by their
    number, which follows the time they were written."""
    _require_admin(actor)
    stmt = _filtered(select(*_ROW_COLUMNS), query.filters)
    order = AuditEntry.id.desc() if _newest_first(query) else AuditEntry.id.asc()
    with db.read() as s:
        total = s.scalar(_filtered(select(func.count(AuditEntry.id)), query.filters)) or 0
        rows = s.execute(stmt.order_by(order).offset(max(query.offset, 0))
                         .limit(max(min(query.limit, 10_000), 1))).all()
        return Page(tuple(_row(r) for r in rows), total, query.offset)


def iter_entries(db: Database, actor: Actor, query: ListQuery = ListQuery(),
                 progress: Callable[[int, int], None] | None = None) -> Iterator[tuple[AuditRowDTO, dict, dict]]:
    """Every entry matching the query's filters, in its order, with its before/after
    (parsed, not yet masked: callers show them through audit_text.value_text). Read
    in chunks by entry number, each in a short read; `progress(done, total)` after each."""
    _require_admin(actor)
    with db.read() as s:
        total = s.scalar(_filtered(select(func.count(AuditEntry.id)), query.filters)) or 0
    return _walk(db, query, total, progress)


def _walk(db: Database, query: ListQuery, total: int,
          progress: Callable[[int, int], None] | None) -> Iterator[tuple[AuditRowDTO, dict, dict]]:
    newest_first = _newest_first(query)
    last: int | None = None
    done = 0
    while True:
        stmt = _filtered(select(*_ROW_COLUMNS, AuditEntry.before, AuditEntry.after), query.filters)
        if last is not None:
            stmt = stmt.where(AuditEntry.id < last if newest_first else AuditEntry.id > last)
        stmt = stmt.order_by(AuditEntry.id.desc() if newest_first else AuditEntry.id.asc()).limit(EXPORT_CHUNK)
        with db.read() as s:
            chunk = s.execute(stmt).all()
        for r in chunk:
            yield _row(r), _parse(r.before), _parse(r.after)
        done += len(chunk)
        if progress is not None:
            progress(done, max(total, done))
        if len(chunk) < EXPORT_CHUNK:
            return
        last = chunk[-1].id


def _parse(text: str | None) -> dict:
    if not text:
        return {}
    try:
        value = json.loads(text)
    except ValueError:
        return {"": text}  # not JSON (never written so): shown as it is, masked
    return value if isinstance(value, dict) else {"": value}


def _in_column_order(entity: str, fields: list[str]) -> list[str]:
    """The table's column order (a check value right after its field); other keys as recorded."""
    table = Base.metadata.tables.get(entity)
    columns = list(table.columns.keys()) if table is not None else []

    def rank(field: str) -> tuple[int, bool]:
        base = field.removesuffix("_hmac")
        return (columns.index(base) if base in columns else len(columns), field != base)

    return sorted(fields, key=rank)


def changes(entity: str, before: dict, after: dict, lang: str = "zh") -> tuple[FieldChange, ...]:
    """The fields of a before/after pair side by side, as masked text, in the table's column order."""
    both = bool(before) and bool(after)
    fields = _in_column_order(entity, list(after) + [k for k in before if k not in after])
    return tuple(FieldChange(f, field_label(f, lang, entity), value_text(entity, f, before.get(f), lang),
                             value_text(entity, f, after.get(f), lang),
                             both and before.get(f) != after.get(f))
                 for f in fields)


def audit_detail(db: Database, actor: Actor, entry_id: int, lang: str = "zh") -> AuditDetail:
    """One entry with its before/after side by side (field names in `lang`, values masked)."""
    _require_admin(actor)
    with db.read() as s:
        r = s.execute(select(*_ROW_COLUMNS, AuditEntry.before, AuditEntry.after)
                      .where(AuditEntry.id == entry_id)).first()
    if r is None:
        raise NotFound(f"找不到编号为 {entry_id} 的操作记录。", f"There is no audit entry {entry_id}.")
    return AuditDetail(_row(r), changes(r.entity, _parse(r.before), _parse(r.after), lang))


def audit_choices(db: Database, actor: Actor) -> AuditChoices:
    """The user names, kinds of record and actions that occur in the log (for the filters)."""
    _require_admin(actor)
    with db.read() as s:
        names = s.scalars(select(distinct(AuditEntry.username))).all()
        entities = s.scalars(select(distinct(AuditEntry.entity))).all()
        actions = s.scalars(select(distinct(AuditEntry.action))).all()
    return AuditChoices(tuple(sorted(n for n in names if n)), tuple(sorted({entity_group(e) for e in entities})),
                        tuple(sorted(actions)))


def list_audit(db: Database, actor: Actor, entity: str | None = None, entity_id: int | None = None,
               limit: int = 200) -> list[AuditDTO]:
    """The newest entries about one kind of record (or one record), with their raw
    snapshots (for checks and the command line; the page uses list_entries/audit_detail)."""
    _require_admin(actor)
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    with db.read() as s:
        return [AuditDTO(a.id, a.at, a.username, a.action, a.entity, a.entity_id,
                         json.loads(a.before) if a.before else {}, json.loads(a.after) if a.after else {},
                         a.origin or "")
                for a in s.scalars(stmt)]
