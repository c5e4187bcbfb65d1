"""The trash (回收站): soft-deleted records, listed for the admin and restored.

Deleting only sets `deleted_at`; the row stays, for undo (Ctrl+Z) and for the audit
trail. `restore_record` brings a record back after checking that it still fits:
its unique key is not taken by a live record, the records it belongs to (school,
cohort, student, room…) are live, and a restored room booking does not clash with
the bookings made since. A restored 人才库 placement puts its student back in the
pool. There is deliberately no purge: the audit log refers to these rows.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import String, literal_column, or_, select, union_all
from sqlalchemy.orm import Session

from ..db.models import (
    AuditEntry,
    Cohort,
    EnterpriseClient,
    LiveRoom,
    Mentor,
    PartnerSchool,
    Placement,
    PracticeSession,
    RoomBooking,
    ShortVideo,
    Student,
)
from ..domain.booking import BookingSlot, check_booking
from ..domain.enums import PlacementOutcome, Role
from ..errors import NotFound, ValidationError
from .common import EVERYONE, STAFF, ensure_student_access, require_role, restore_row, update_row
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .rooms import overlapping_slots, serialise_bookings


@dataclass(frozen=True)
class TrashEntity:
    """A kind of record that can sit in the trash."""

    model: type
    zh: str
    en: str
    unique: tuple[str, ...] = ()  # columns no two live records may share

    @property
    def key(self) -> str:
        """The kind's name in the audit log and the trash's lists: the model's table name."""
        return self.model.__tablename__


ENTITIES: dict[str, TrashEntity] = {e.key: e for e in (
    TrashEntity(Student, "学员", "student", ("id_number",)),
    TrashEntity(Cohort, "批次", "cohort", ("code",)),
    TrashEntity(PartnerSchool, "合作院校", "partner school", ("name",)),
    TrashEntity(EnterpriseClient, "企业客户", "enterprise client", ("name",)),
    TrashEntity(Mentor, "导师", "mentor"),
    TrashEntity(PracticeSession, "实训记录", "practice session"),
    TrashEntity(RoomBooking, "直播间预约", "room booking"),
    TrashEntity(Placement, "就业去向", "placement"),
    TrashEntity(ShortVideo, "短视频", "short video"),
)}

# Labels of the unique columns, for the clash message.
_KEY_LABELS = {"id_number": ("身份证号", "ID number"), "code": ("批次编号", "cohort code"),
               "name": ("名称", "name")}


@dataclass(frozen=True)
class DeletedDTO:
    entity: str
    entity_zh: str
    entity_en: str
    record_id: int
    name: str
    deleted_at: datetime  # UTC, as stored
    deleted_by: str  # user name from the audit log ("" when unknown)


def _kind(key: str) -> TrashEntity:
    try:
        return ENTITIES[key]
    except KeyError:
        raise ValidationError.of("类型", f"“{key}”不是可以恢复的记录类型。",
                                 f"'{key}' is not a kind of record that can be restored.", "type") from None


# --- restoring ---------------------------------------------------------------

def _latest_delete(s: Session, entity: str, record_id: int) -> AuditEntry | None:
    return s.scalar(select(AuditEntry).where(
        AuditEntry.entity == entity, AuditEntry.entity_id == record_id, AuditEntry.action == "delete")
        .order_by(AuditEntry.id.desc()).limit(1))


def _mentor_may_restore(s: Session, actor: Actor, row: PracticeSession) -> None:
    """A mentor restores only a record of their own, for their own student, that
    they deleted themselves (the undo of their own delete)."""
    ensure_student_access(s, actor, row.student_id)
    entry = _latest_delete(s, PracticeSession.__tablename__, row.id)
    mine = row.mentor_id == actor.mentor_id and entry is not None and entry.user_id == actor.user_id
    if not mine or actor.user_id is None:
        require_role(actor, *STAFF, action_zh="恢复他人删除的实训记录",
                     action_en="restore a record somebody else deleted")


def _check_unique(s: Session, kind: TrashEntity, row: Any) -> None:
    model = kind.model
    for column in kind.unique:
        value = getattr(row, column)
        other = s.scalar(select(model).where(getattr(model, column) == value, model.id != row.id,
                                             model.deleted_at.is_(None)).limit(1))
        if other is not None:
            label, label_en = _KEY_LABELS.get(column, (column, column))
            raise ValidationError.of(
                label, f"“{value}”已被在用的{kind.zh}“{_name_of(s, other)}”使用，不能恢复这条记录。"
                       "请先修改或删除在用的那条。",
                f"'{value}' is used by the live {kind.en} '{_name_of(s, other)}'; "
                "change or delete that one first.", label_en)


def _require_live(row: Any, label: str, label_en: str, name: str) -> None:
    if row is not None and row.deleted_at is not None:
        raise ValidationError.of(label, f"所属{label}“{name}”已被删除，请先在回收站恢复它。",
                                 f"its {label_en} '{name}' was deleted; restore that first.", label_en)


def _check_student(s: Session, row: Student) -> None:
    school = s.get(PartnerSchool, row.school_id) if row.school_id else None
    _require_live(school, "合作院校", "partner school", school.name if school else "")
    cohort = s.get(Cohort, row.cohort_id) if row.cohort_id else None
    _require_live(cohort, "批次", "cohort", cohort.code if cohort else "")


def _check_cohort(s: Session, row: Cohort) -> None:
    school = s.get(PartnerSchool, row.school_id) if row.school_id else None
    _require_live(school, "合作院校", "partner school", school.name if school else "")


def _check_mentor(s: Session, row: Mentor) -> None:
    client = s.get(EnterpriseClient, row.enterprise_id) if row.enterprise_id else None
    _require_live(client, "企业", "enterprise", client.name if client else "")


def _check_session(s: Session, row: PracticeSession) -> None:
    student = s.get(Student, row.student_id)
    _require_live(student, "学员", "student", student.name if student else "")


def _check_of_student(s: Session, row: Placement | ShortVideo) -> None:
    student = s.get(Student, row.student_id)
    _require_live(student, "学员", "student", student.name if student else "")


def _check_booking(s: Session, row: RoomBooking) -> None:
    serialise_bookings(s)
    room = s.get(LiveRoom, row.room_id)
    _require_live(room, "直播间", "live room", room.name if room else "")
    for st in row.students:
        _require_live(st, "学员", "student", st.name)
    slot = BookingSlot(row.id, row.room_id, row.start, row.end, row.mentor_id,
                       frozenset(st.id for st in row.students))
    check_booking(slot, overlapping_slots(s, row.start, row.end), {st.id: st.name for st in row.students})


_CHECKS: dict[type, Callable[[Session, Any], None]] = {
    Student: _check_student, Cohort: _check_cohort, Mentor: _check_mentor,
    PracticeSession: _check_session, RoomBooking: _check_booking,
    Placement: _check_of_student, ShortVideo: _check_of_student,
}


def _after_restore(s: Session, actor: Actor, row: Any) -> None:
    """delete_placement took the student out of the pool with their 人才库 placement."""
    if isinstance(row, Placement) and row.outcome is PlacementOutcome.TALENT_POOL:
        student = s.get(Student, row.student_id)
        if student is not None and not student.in_talent_pool:
            update_row(s, actor, student, {"in_talent_pool": True})


def restore_record(db: Database, actor: Actor, entity: str, record_id: int) -> None:
    """Bring a soft-deleted record back (the trash's 恢复, and the undo of a delete).
    Staff and admin restore anything; a mentor only a practice session of their own
    student that they deleted themselves."""
    kind = _kind(entity)
    roles = EVERYONE if kind.model is PracticeSession else STAFF
    require_role(actor, *roles, action_zh=f"恢复{kind.zh}", action_en=f"restore a {kind.en}")
    with db.transaction() as s:
        row = s.get(kind.model, record_id)
        if row is None:
            raise NotFound(f"找不到编号为 {record_id} 的{kind.zh}。",
                           f"There is no {kind.en} with the number {record_id}.")
        if row.deleted_at is None:
            raise ValidationError.of(kind.zh, f"“{_name_of(s, row)}”没有被删除，无需恢复。",
                                     f"'{_name_of(s, row)}' is not deleted.", kind.en)
        if actor.is_mentor:
            _mentor_may_restore(s, actor, row)
        _check_unique(s, kind, row)
        check = _CHECKS.get(kind.model)
        if check is not None:
            check(s, row)
        restore_row(s, actor, row)
        _after_restore(s, actor, row)


# --- listing -----------------------------------------------------------------

def _when(value: datetime) -> str:
    return f"{value:%Y-%m-%d %H:%M}"


def _name_of(s: Session, row: Any) -> str:
    """A person-readable name of one record, in Chinese (names are data, not UI text)."""
    if isinstance(row, Cohort):
        return f"{row.code} {row.name}".strip()
    if isinstance(row, PracticeSession):
        student = s.get(Student, row.student_id)
        return f"{student.name if student else '?'} {row.kind.zh} {_when(row.started_at)}"
    if isinstance(row, Placement):
        student = s.get(Student, row.student_id)
        return " ".join(p for p in (student.name if student else "?", row.outcome.zh, row.employer_name,
                                    row.position) if p)
    if isinstance(row, ShortVideo):
        student = s.get(Student, row.student_id)
        return f"{student.name if student else '?'}：{row.title}"
    if isinstance(row, RoomBooking):
        room = s.get(LiveRoom, row.room_id)
        span = f"{_when(row.start)}–{row.end:%H:%M}"
        return " ".join(p for p in (room.name if room else "", span, row.purpose) if p)
    return row.name


def _deleted_rows(key: str, search: str):
    """SELECT entity, record_id, deleted_at, sort_name for one kind's deleted rows."""
    model = ENTITIES[key].model
    if model is PracticeSession:
        sort_name, joined = Student.name, (Student, Student.id == PracticeSession.student_id)
        searched = [Student.name]
    elif model is Placement:
        sort_name, joined = Student.name, (Student, Student.id == Placement.student_id)
        searched = [Student.name, Placement.employer_name, Placement.position]
    elif model is ShortVideo:
        sort_name, joined = Student.name, (Student, Student.id == ShortVideo.student_id)
        searched = [Student.name, ShortVideo.title]
    elif model is RoomBooking:
        sort_name, joined = LiveRoom.name, (LiveRoom, LiveRoom.id == RoomBooking.room_id)
        searched = [LiveRoom.name, RoomBooking.purpose]
    elif model is Cohort:
        sort_name, joined, searched = Cohort.code, None, [Cohort.code, Cohort.name]
    else:
        sort_name, joined, searched = model.name, None, [model.name]
    stmt = select(literal_column(f"'{key}'", String).label("entity"), model.id.label("record_id"),
                  model.deleted_at.label("deleted_at"), sort_name.label("sort_name"))
    if joined is not None:
        stmt = stmt.join(*joined)
    stmt = stmt.where(model.deleted_at.is_not(None))
    if search:
        p = like_pattern(search)
        stmt = stmt.where(or_(*(col.like(p, escape="\\") for col in searched)))
    return stmt


def _deleted_by(s: Session, entity: str, ids: list[int]) -> dict[int, str]:
    """Record id → user name of its latest "delete" audit entry."""
    out: dict[int, str] = {}
    for rid, username in s.execute(select(AuditEntry.entity_id, AuditEntry.username).where(
            AuditEntry.entity == entity, AuditEntry.action == "delete", AuditEntry.entity_id.in_(ids))
            .order_by(AuditEntry.id)):
        out[rid] = username  # later entries win
    return out


def list_deleted(db: Database, actor: Actor, entity: str | None = None,
                 query: ListQuery = ListQuery()) -> Page[DeletedDTO]:
    """Deleted records, newest deletion first (admin only). `entity` (or
    query.filters["entity"]) keeps one kind; query.search matches names; sort keys:
    "deleted_at", "entity", "name"."""
    require_role(actor, Role.ADMIN, action_zh="查看回收站", action_en="open the trash")
    entity = entity or query.filters.get("entity")
    keys = [_kind(entity).key] if entity else list(ENTITIES)
    union = union_all(*(_deleted_rows(k, query.search.strip()) for k in keys)).subquery()
    stmt = select(union.c.entity, union.c.record_id, union.c.deleted_at)
    sort = {"deleted_at": union.c.deleted_at, "entity": union.c.entity, "name": union.c.sort_name}
    if not query.sort:
        query = ListQuery(**{**query.__dict__, "sort": "deleted_at", "descending": True})
    with db.read() as s:
        rows, total = page(s, stmt, query, sort, union.c.deleted_at, union.c.record_id)
        by_kind: dict[str, list[int]] = {}
        for key, rid, _ in rows:
            by_kind.setdefault(key, []).append(rid)
        names: dict[tuple[str, int], str] = {}
        who: dict[tuple[str, int], str] = {}
        for key, ids in by_kind.items():
            model = ENTITIES[key].model
            for row in s.scalars(select(model).where(model.id.in_(ids))):
                names[key, row.id] = _name_of(s, row)
            who.update({(key, rid): u for rid, u in _deleted_by(s, key, ids).items()})
        out = []
        for key, rid, at in rows:
            kind = ENTITIES[key]
            out.append(DeletedDTO(key, kind.zh, kind.en, rid, names.get((key, rid), ""), at,
                                  who.get((key, rid), "")))
        return Page(tuple(out), total, query.offset)
