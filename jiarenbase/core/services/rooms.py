"""The base's 10 live rooms (直播间) and their bookings."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from ..db.models import LiveRoom, Mentor, RoomBooking, Student
from ..db.models.base import utcnow
from ..db.models.training import booking_student
from ..domain.booking import (
    DEFAULT_OPENING_HOURS,
    BookingSlot,
    OpeningHours,
    check_booking,
    open_hours_booked,
    shown_hours,
)
from ..errors import NotFound, PermissionDenied, ValidationError
from .common import (
    EVERYONE,
    STAFF,
    apply_changes,
    audit,
    ensure_student_access,
    load_versioned,
    mentor_student_ids,
    require_role,
    snapshot,
)
from .context import Actor, Database
from .shared_settings import Versioned, read_setting, read_versioned, write_setting
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
    other_students: int = 0  # students on it a mentor may not see (counted, not named)


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


def _label(room_name: str, purpose: str, student_names: tuple[str, ...], mentor_name: str,
           other_students: int = 0) -> str:
    """"3号直播间 实战直播 李小明、张晓雨 陆佳怡导师" — how messages and the grid name a booking."""
    who = "、".join(student_names[:3]) + ("等" if len(student_names) > 3 else "")
    if other_students:
        who += ("及" if who else "") + f"{other_students}名其他学员"
    mentor = mentor_name if not mentor_name or mentor_name.endswith("导师") else mentor_name + "导师"
    parts = [room_name, purpose, who, mentor]
    return " ".join(p for p in parts if p)


def _visible_students(s: Session, actor: Actor) -> set[int] | None:
    """The students whose names the actor may see in bookings: all (None) for staff,
    their own students for a mentor (others' students are only counted)."""
    return set(s.scalars(mentor_student_ids(actor.mentor_id))) if actor.is_mentor else None


def _booking_dtos(s: Session, actor: Actor, *where) -> list[BookingDTO]:
    """Live bookings matching `where` as DTOs, sorted by start then room: two plain
    queries (bookings with room and mentor names; their students), no ORM objects —
    the week grid reads up to a thousand of them at once."""
    rows = s.execute(
        select(RoomBooking.id, RoomBooking.room_id, LiveRoom.name, RoomBooking.start, RoomBooking.end,
               RoomBooking.purpose, RoomBooking.mentor_id, Mentor.name, RoomBooking.note, RoomBooking.version)
        .join(LiveRoom, LiveRoom.id == RoomBooking.room_id)
        .outerjoin(Mentor, Mentor.id == RoomBooking.mentor_id)
        .where(RoomBooking.deleted_at.is_(None), *where)
        .order_by(RoomBooking.start, LiveRoom.code, RoomBooking.id)).all()
    if not rows:
        return []
    people: dict[int, list[tuple[int, str]]] = {}
    for booking_id, sid, name in s.execute(
            select(booking_student.c.booking_id, Student.id, Student.name)
            .join(Student, Student.id == booking_student.c.student_id)
            .join(RoomBooking, RoomBooking.id == booking_student.c.booking_id)
            .where(RoomBooking.deleted_at.is_(None), Student.deleted_at.is_(None), *where)
            .order_by(booking_student.c.booking_id, Student.name, Student.id)):
        people.setdefault(booking_id, []).append((sid, name))
    visible = _visible_students(s, actor)
    out = []
    for bid, room_id, room_name, start, end, purpose, mentor_id, mentor_name, note, version in rows:
        students = people.get(bid, [])
        shown = [(sid, n) for sid, n in students if visible is None or sid in visible]
        hidden = len(students) - len(shown)
        ids, names = tuple(sid for sid, _ in shown), tuple(n for _, n in shown)
        out.append(BookingDTO(bid, room_id, room_name, start, end, purpose, mentor_id, mentor_name or "", ids,
                              names, note, version, _label(room_name, purpose, names, mentor_name or "", hidden),
                              hidden))
    return out


def _overlap(start: datetime, end: datetime) -> tuple:
    return RoomBooking.start < end, RoomBooking.end > start


def _dto(b: RoomBooking, s: Session, actor: Actor | None = None) -> BookingDTO:
    s.flush()
    return _booking_dtos(s, actor or Actor.system(), RoomBooking.id == b.id)[0]


def serialise_bookings(s: Session) -> None:
    """Take the write lock before reading the calendar, so two desktops booking at
    once cannot both pass the clash check (booking, moving, and restoring from the trash)."""
    if s.bind.dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(4711)"))
    else:  # SQLite: any write statement starts the (single) write transaction
        s.execute(text("UPDATE live_room SET active = active WHERE 0 = 1"))


def overlapping_slots(s: Session, start: datetime, end: datetime, actor: Actor | None = None) -> list[BookingSlot]:
    """The live bookings overlapping [start, end) as slots for the clash check; the
    student ids are complete, the labels (used in messages) masked for a mentor."""
    actor = actor or Actor.system()
    everyone = _booking_dtos(s, Actor.system(), *_overlap(start, end))
    labels = {b.id: b.label for b in (_booking_dtos(s, actor, *_overlap(start, end)) if actor.is_mentor
                                      else everyone)}
    return [BookingSlot(b.id, b.room_id, b.start, b.end, b.mentor_id, frozenset(b.student_ids), labels[b.id])
            for b in everyone]


def _check_input(s: Session, actor: Actor, data: BookingInput, keep: tuple[Student, ...] = (),
                 kept_mentor: int | None = None) -> dict:
    """Validated column values. `keep`: students already on the booking whom a mentor
    cannot see; they stay on it unchecked (a mentor moving their own booking must not
    drop another mentor's student from it). `kept_mentor`: the booking's mentor, who
    may stay on it after leaving (history); a new choice must be an active mentor."""
    c = Checker()
    purpose = c.text(data.purpose, "用途", "purpose", max_len=100)
    note = c.prose(data.note, "备注", "note", max_len=2000)
    c.raise_if_any()
    room = s.get(LiveRoom, data.room_id)
    if room is None or room.deleted_at is not None or not room.active:
        raise ValidationError.of("直播间", "所选直播间不存在或已停用，请重新选择。",
                                 "the chosen room does not exist or is out of service.", "live room")
    mentor = s.get(Mentor, data.mentor_id) if data.mentor_id is not None else None
    if data.mentor_id is not None and (mentor is None or (
            data.mentor_id != kept_mentor and (mentor.deleted_at is not None or not mentor.active))):
        raise ValidationError.of("导师", "所选导师不存在或已停用，请选择在职导师。",
                                 "the chosen mentor does not exist or is inactive; choose an active mentor.",
                                 "mentor")
    if actor.is_mentor and data.mentor_id not in (None, actor.mentor_id):
        raise ValidationError.of("导师", "导师只能为自己预约直播间。", "mentors book rooms for themselves only.",
                                 "mentor")
    kept = {st.id for st in keep}
    students = [ensure_student_access(s, actor, sid) for sid in dict.fromkeys(data.student_ids) if sid not in kept]
    return dict(room_id=data.room_id, start=data.start, end=data.end, purpose=purpose,
                mentor_id=data.mentor_id if not actor.is_mentor else actor.mentor_id, note=note,
                students=students + list(keep))


def _check_clashes(s: Session, actor: Actor, booking_id: int | None, values: dict) -> None:
    slot = BookingSlot(booking_id, values["room_id"], values["start"], values["end"], values["mentor_id"],
                       frozenset(st.id for st in values["students"]))
    check_booking(slot, overlapping_slots(s, values["start"], values["end"], actor),
                  {st.id: st.name for st in values["students"]})


def _booking_snapshot(b: RoomBooking) -> dict:  # for the audit: the columns and the students (a link table)
    return snapshot(b) | {"student_ids": sorted(st.id for st in b.students)}


def book_room(db: Database, actor: Actor, data: BookingInput) -> BookingDTO:
    """Book a room; refused, naming the clashing booking, when the room, the mentor or a student
    is already booked then. A mentor books for themselves, with their own students."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        serialise_bookings(s)
        values = _check_input(s, actor, data)
        _check_clashes(s, actor, None, values)
        s.add(row := RoomBooking(**values))
        s.flush()
        audit(s, actor, "create", RoomBooking, row.id, after=_booking_snapshot(row))
        return _dto(row, s, actor)


def update_booking(db: Database, actor: Actor, booking_id: int, version: int | None,
                   data: BookingInput) -> BookingDTO:
    """Change or move a booking (the grid's drag, the dialog's save); refused like book_room on a
    clash, with ConflictError when `version` is stale. A mentor changes only their own bookings."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        serialise_bookings(s)
        row = load_versioned(s, RoomBooking, booking_id, version, "预约", "booking")
        if actor.is_mentor and row.mentor_id != actor.mentor_id:
            raise ValidationError.of("预约", "只能修改自己的预约。", "you may only change your own bookings.",
                                     "booking")
        visible = _visible_students(s, actor)
        keep = tuple(st for st in row.students if visible is not None and st.id not in visible)
        values = _check_input(s, actor, data, keep, row.mentor_id)
        _check_clashes(s, actor, booking_id, values)
        before = _booking_snapshot(row)
        apply_changes(row, values)
        if sorted(st.id for st in row.students) != before["student_ids"]:
            # students alone (a link table) change no column: set one so the flush bumps the version once
            row.updated_at = utcnow()
        s.flush()
        audit(s, actor, "update", RoomBooking, row.id, before, _booking_snapshot(row))
        return _dto(row, s, actor)


def cancel_booking(db: Database, actor: Actor, booking_id: int, version: int | None = None) -> None:
    """Cancel a booking (kept in the trash for undo). Staff cancel any booking; a mentor
    only their own (they are its mentor) and only before it starts — else 教务 cancel it."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        row = load_versioned(s, RoomBooking, booking_id, version, "预约", "booking")
        if actor.is_mentor:
            _check_mentor_may_cancel(actor, row, datetime.now())
        before = _booking_snapshot(row)
        row.deleted_at = utcnow()
        audit(s, actor, "delete", RoomBooking, row.id, before=before)


def _check_mentor_may_cancel(actor: Actor, row: RoomBooking, now: datetime) -> None:
    if row.mentor_id is None or row.mentor_id != actor.mentor_id:
        raise PermissionDenied("导师只能取消自己的直播间预约；这条预约不是您的，如需取消，请联系教务。",
                               "A mentor may cancel only their own room bookings; ask the staff (教务) "
                               "to cancel this one.")
    if row.start <= now:
        raise PermissionDenied(f"这条预约已于 {row.start:%Y-%m-%d %H:%M} 开始，导师只能取消尚未开始的预约；"
                               "如需取消，请联系教务。",
                               f"This booking started at {row.start:%Y-%m-%d %H:%M}; a mentor may cancel only "
                               "bookings that have not started. Ask the staff (教务) to cancel it.")


def _may_cancel(actor: Actor, booking: BookingDTO, now: datetime) -> bool:
    """Whether the actor may cancel this booking (staff: any; a mentor: their own future ones)."""
    if not actor.is_mentor:
        return actor.role in STAFF
    return booking.mentor_id is not None and booking.mentor_id == actor.mentor_id and booking.start > now


def get_booking(db: Database, actor: Actor, booking_id: int) -> BookingDTO:
    """One live booking (the booking dialog loads it to edit); a mentor sees the
    names of their own students only."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        found = _booking_dtos(s, actor, RoomBooking.id == booking_id)
        if not found:
            raise NotFound(f"找不到该预约（编号 {booking_id}），可能已被取消。",
                           f"The booking {booking_id} does not exist; it may have been cancelled.")
        return found[0]


def bookings_between(db: Database, actor: Actor, start: datetime, end: datetime,
                     room_id: int | None = None) -> list[BookingDTO]:
    """Bookings overlapping [start, end), by start time."""
    require_role(actor, *EVERYONE)
    where = _overlap(start, end) + ((RoomBooking.room_id == room_id,) if room_id is not None else ())
    with db.read() as s:
        return _booking_dtos(s, actor, *where)


def week_bounds(day: date) -> tuple[datetime, datetime]:
    """Monday 00:00 to the next Monday 00:00 of `day`'s week."""
    monday = day - timedelta(days=day.weekday())
    start = datetime(monday.year, monday.month, monday.day)
    return start, start + timedelta(days=7)


# -- opening hours and the week schedule (排期周视图) ----------------------------------

OPENING_HOURS_KEY = "rooms.opening_hours"  # shared setting {"open": 8, "close": 22}; default 08:00–22:00


def read_opening_hours(s: Session) -> OpeningHours:
    """The opening hours in the caller's session (the week schedule, the dashboard and the
    annual report count booked hours within them); the default when none are stored."""
    stored = read_setting(s, OPENING_HOURS_KEY, None)
    try:
        o, c = int(stored["open"]), int(stored["close"])
        if 0 <= o < c <= 24:
            return OpeningHours(o, c)
    except (TypeError, KeyError, ValueError):
        pass
    return OpeningHours(*DEFAULT_OPENING_HOURS)


def get_opening_hours(db: Database, actor: Actor) -> OpeningHours:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return read_opening_hours(s)


def opening_hours_for_edit(db: Database, actor: Actor) -> Versioned[OpeningHours]:
    """The opening hours with the setting's version, for an editor that saves them back."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return Versioned(read_opening_hours(s), read_versioned(s, OPENING_HOURS_KEY).version)


def set_opening_hours(db: Database, actor: Actor, open_hour: int, close_hour: int,
                      expected_version: int | None = None) -> OpeningHours:
    """Staff set the daily opening time of the live rooms (whole hours). `expected_version`:
    from `opening_hours_for_edit`; another desktop's save since then raises ConflictError."""
    require_role(actor, *STAFF, action_zh="修改开放时间", action_en="change the opening hours")
    if not (0 <= open_hour <= 23):
        raise ValidationError.of("开门时间", "须在 0 到 23 点之间。", "must be between 0 and 23.", "opening time")
    if not (open_hour < close_hour <= 24):
        raise ValidationError.of("关门时间", f"须晚于开门时间（{open_hour}点），最晚 24 点。",
                                 f"must be after the opening time ({open_hour}:00) and at most 24.", "closing time")
    with db.transaction() as s:
        write_setting(s, actor, OPENING_HOURS_KEY, {"open": open_hour, "close": close_hour}, expected_version)
        return OpeningHours(open_hour, close_hour)


@dataclass(frozen=True)
class RoomUtilisation:
    """One room's week: bookings, booked hours within opening time, and their share
    of the week's opening time (利用率)."""
    room_id: int
    room_name: str
    bookings: int
    booked_hours: float
    open_hours: float

    @property
    def ratio(self) -> float:
        return self.booked_hours / self.open_hours if self.open_hours else 0.0


@dataclass(frozen=True)
class WeekSchedule:
    """Everything the room week grid draws, read in one call."""
    start: datetime  # Monday 00:00
    end: datetime  # the next Monday 00:00
    opening: OpeningHours
    first_hour: int  # the hours each day column shows: opening time, widened
    last_hour: int  # to take in any booking outside it
    rooms: tuple[RoomDTO, ...]
    bookings: tuple[BookingDTO, ...]
    utilisation: tuple[RoomUtilisation, ...]  # in room order
    editable_ids: frozenset[int]  # bookings the actor may move and edit
    can_cancel: bool  # the actor may cancel any booking (staff)
    cancellable_ids: frozenset[int] = frozenset()  # the bookings the actor may cancel (a mentor: own, future)

    def cancellable(self, booking_id: int) -> bool:
        return self.can_cancel or booking_id in self.cancellable_ids

    @property
    def booked_hours(self) -> float:
        return sum(u.booked_hours for u in self.utilisation)

    @property
    def open_hours(self) -> float:
        return sum(u.open_hours for u in self.utilisation)

    @property
    def ratio(self) -> float:
        return self.booked_hours / self.open_hours if self.open_hours else 0.0


def week_schedule(db: Database, actor: Actor, day: date) -> WeekSchedule:
    """The rooms, the bookings and the utilisation of `day`'s week (Monday to Sunday)."""
    require_role(actor, *EVERYONE)
    start, end = week_bounds(day)
    with db.read() as s:
        opening = read_opening_hours(s)
        room_rows = [RoomDTO(r.id, r.code, r.name, r.equipment, r.active) for r in s.scalars(
            select(LiveRoom).where(LiveRoom.deleted_at.is_(None)).order_by(LiveRoom.code))]
        bookings = _booking_dtos(s, actor, *_overlap(start, end))
    active = {r.id for r in room_rows if r.active}
    per_room: dict[int, list[BookingDTO]] = {}
    for b in bookings:
        if b.room_id in active:  # an inactive room's bookings count neither as use nor as opening time
            per_room.setdefault(b.room_id, []).append(b)
    open_hours = 7.0 * opening.hours_per_day
    util = tuple(RoomUtilisation(
        r.id, r.name, len(per_room.get(r.id, [])),
        open_hours_booked(((b.start, b.end) for b in per_room.get(r.id, [])), start, 7,
                          opening.open_hour, opening.close_hour),
        open_hours if r.active else 0.0) for r in room_rows)
    editable = frozenset(b.id for b in bookings if not actor.is_mentor or b.mentor_id == actor.mentor_id)
    now = datetime.now()
    cancellable = frozenset(b.id for b in bookings if _may_cancel(actor, b, now))
    first, last = shown_hours(((b.start, b.end) for b in bookings), start, end, opening)
    return WeekSchedule(start, end, opening, first, last, tuple(room_rows), tuple(bookings), util, editable,
                        actor.role in STAFF, cancellable)
