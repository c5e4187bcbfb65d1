"""The base's 10 live rooms (直播间) and their bookings."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session, selectinload

from ..db.models import LiveRoom, Mentor, RoomBooking, Student
from ..domain.booking import BookingSlot, check_booking
from ..errors import ValidationError
from .common import (EVERYONE, STAFF, ensure_student_access, insert_row, load_versioned, require_role,
                     soft_delete_row, update_row)
from .context import Actor, Database
from .validation import Checker

ROOM_COUNT = 10


@dataclass(frozen=True)
class RoomDTO:
    id: int
    code: str
    name: str
    equipment: str
    active: bool


@dataclass(frozen=True)
class BookingInput:
    room_id: int
    start: datetime
    end: datetime
    purpose: str = ""
    mentor_id: int | None = None
    student_ids: tuple[int, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class BookingDTO:
    id: int
    room_id: int
    room_name: str
    start: datetime
    end: datetime
    purpose: str
    mentor_id: int | None
    mentor_name: str
    student_ids: tuple[int, ...]
    student_names: tuple[str, ...]
    note: str
    version: int
    label: str = field(default="")


def seed_rooms(s: Session) -> int:
    """Create the 10 live rooms if missing; returns how many were added."""
    have = set(s.scalars(select(LiveRoom.code)))
    added = 0
    for i in range(1, ROOM_COUNT + 1):
        code = f"R{i:02d}"
        if code not in have:
            s.add(LiveRoom(code=code, name=f"{i}号直播间", equipment="补光灯、高清摄像头、声卡、提词器"))
            added += 1
    return added


def list_rooms(db: Database, actor: Actor) -> list[RoomDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return [RoomDTO(r.id, r.code, r.name, r.equipment, r.active)
                for r in s.scalars(select(LiveRoom).where(LiveRoom.deleted_at.is_(None)).order_by(LiveRoom.code))]


def _label(b: RoomBooking, room: LiveRoom | None, mentor: Mentor | None, students: list[Student]) -> str:
    who = "、".join(st.name for st in students[:3]) + ("等" if len(students) > 3 else "")
    parts = [room.name if room else "", b.purpose, who, (mentor.name + "导师") if mentor else ""]
    return " ".join(p for p in parts if p)


def _dto(b: RoomBooking, s: Session) -> BookingDTO:
    room, mentor = s.get(LiveRoom, b.room_id), (s.get(Mentor, b.mentor_id) if b.mentor_id else None)
    students = list(b.students)
    return BookingDTO(b.id, b.room_id, room.name if room else "", b.start, b.end, b.purpose, b.mentor_id,
                      mentor.name if mentor else "", tuple(st.id for st in students),
                      tuple(st.name for st in students), b.note, b.version, _label(b, room, mentor, students))


def _serialise_bookings(s: Session) -> None:
    """Take the write lock before reading the calendar, so two desktops booking at
    once cannot both pass the clash check."""
    if s.bind.dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(4711)"))
    else:  # SQLite: any write statement starts the (single) write transaction
        s.execute(text("UPDATE live_room SET active = active WHERE 0 = 1"))


def _live_overlapping(start: datetime, end: datetime):
    """Live bookings overlapping [start, end), their students loaded in one extra
    query rather than one per booking."""
    return (select(RoomBooking).options(selectinload(RoomBooking.students))
            .where(RoomBooking.deleted_at.is_(None), RoomBooking.start < end, RoomBooking.end > start))


def _overlapping(s: Session, start: datetime, end: datetime) -> list[BookingSlot]:
    rows = s.scalars(_live_overlapping(start, end))
    return [BookingSlot(b.id, b.room_id, b.start, b.end, b.mentor_id, frozenset(st.id for st in b.students),
                        _dto(b, s).label) for b in rows]


def _check_input(s: Session, actor: Actor, data: BookingInput) -> dict:
    c = Checker()
    purpose = c.text(data.purpose, "用途", "purpose", max_len=100)
    note = c.text(data.note, "备注", "note", max_len=2000)
    c.raise_if_any()
    room = s.get(LiveRoom, data.room_id)
    if room is None or room.deleted_at is not None or not room.active:
        raise ValidationError.of("直播间", "所选直播间不存在或已停用，请重新选择。",
                                 "the chosen room does not exist or is out of service.", "live room")
    if data.mentor_id is not None and s.get(Mentor, data.mentor_id) is None:
        raise ValidationError.of("导师", "所选导师不存在。", "the chosen mentor does not exist.", "mentor")
    if actor.is_mentor and data.mentor_id not in (None, actor.mentor_id):
        raise ValidationError.of("导师", "导师只能为自己预约直播间。", "mentors book rooms for themselves only.",
                                 "mentor")
    students = [ensure_student_access(s, actor, sid) for sid in dict.fromkeys(data.student_ids)]
    return dict(room_id=data.room_id, start=data.start, end=data.end, purpose=purpose,
                mentor_id=data.mentor_id if not actor.is_mentor else actor.mentor_id, note=note,
                students=students)


def book_room(db: Database, actor: Actor, data: BookingInput) -> BookingDTO:
    """Book a room. Refused, naming the clashing booking, when the room, the mentor
    or one of the students is already booked at that time."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        _serialise_bookings(s)
        values = _check_input(s, actor, data)
        slot = BookingSlot(None, data.room_id, data.start, data.end, values["mentor_id"],
                           frozenset(st.id for st in values["students"]))
        check_booking(slot, _overlapping(s, data.start, data.end), {st.id: st.name for st in values["students"]})
        return _dto(insert_row(s, actor, RoomBooking(**values), "room_booking"), s)


def update_booking(db: Database, actor: Actor, booking_id: int, version: int | None,
                   data: BookingInput) -> BookingDTO:
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        _serialise_bookings(s)
        row = load_versioned(s, RoomBooking, booking_id, version, "预约", "booking")
        if actor.is_mentor and row.mentor_id != actor.mentor_id:
            raise ValidationError.of("预约", "只能修改自己的预约。", "you may only change your own bookings.",
                                     "booking")
        values = _check_input(s, actor, data)
        slot = BookingSlot(booking_id, data.room_id, data.start, data.end, values["mentor_id"],
                           frozenset(st.id for st in values["students"]))
        check_booking(slot, _overlapping(s, data.start, data.end), {st.id: st.name for st in values["students"]})
        return _dto(update_row(s, actor, row, values, "room_booking"), s)


def cancel_booking(db: Database, actor: Actor, booking_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="取消他人预约", action_en="cancel bookings")
    with db.transaction() as s:
        soft_delete_row(s, actor, load_versioned(s, RoomBooking, booking_id, version, "预约", "booking"),
                        "room_booking")


def bookings_between(db: Database, actor: Actor, start: datetime, end: datetime,
                     room_id: int | None = None) -> list[BookingDTO]:
    """Bookings overlapping [start, end) — the room week grid reads this."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        stmt = _live_overlapping(start, end).order_by(RoomBooking.start)
        if room_id is not None:
            stmt = stmt.where(RoomBooking.room_id == room_id)
        return [_dto(b, s) for b in s.scalars(stmt)]



@dataclass(frozen=True)
class RoomWeekDTO:
    room_id: int
    room_name: str
    bookings: int
    booked_hours: float
    next_booking: str


def week_bounds(day: date) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00 of `day`'s week."""
    monday = day - timedelta(days=day.weekday())
    start = datetime(monday.year, monday.month, monday.day)
    return start, start + timedelta(days=7)


def room_week(db: Database, actor: Actor, day: date, now: datetime | None = None) -> list[RoomWeekDTO]:
    """Per room: bookings in `day`'s week, booked hours within the week, the next booking."""
    start, end = week_bounds(day)
    now = now or datetime.now()
    bookings = bookings_between(db, actor, start, end)
    out = []
    for room in list_rooms(db, actor):
        mine = [b for b in bookings if b.room_id == room.id]
        hours = sum((min(b.end, end) - max(b.start, start)).total_seconds() for b in mine) / 3600
        upcoming = [b for b in mine if b.start >= now]
        nxt = f"{upcoming[0].start:%m-%d %H:%M} {upcoming[0].label}" if upcoming else ""
        out.append(RoomWeekDTO(room.id, room.name, len(mine), hours, nxt))
    return out
