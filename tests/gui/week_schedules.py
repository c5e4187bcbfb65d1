"""Room week schedules built from plain DTOs, for the tests of the room week grid,
its painter and its geometry (no database: the service's shape, made by hand).

    week = schedule([booking(1, ROOM_A, at(1, 9), at(1, 11), mentor_id=2)])
"""
from __future__ import annotations

from datetime import datetime, timedelta

from jiarenbase.core.domain.booking import OpeningHours, open_hours_booked, shown_hours
from jiarenbase.core.services.rooms import BookingDTO, RoomDTO, RoomUtilisation, WeekSchedule

MONDAY = datetime(2025, 5, 5)  # a Monday 00:00
ROOM_A, ROOM_B = 11, 12
ROOMS = (RoomDTO(ROOM_A, "A01", "一号直播间", "补光灯", True), RoomDTO(ROOM_B, "B01", "二号直播间", "", True))
OPENING = OpeningHours(8, 22)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """`day` 0 = the Monday of the test week."""
    return MONDAY + timedelta(days=day, hours=hour, minutes=minute)


def booking(booking_id: int, room_id: int, start: datetime, end: datetime, *, purpose: str = "模拟直播演练",
            mentor_id: int | None = None, mentor_name: str = "", students: tuple[str, ...] = (),
            note: str = "", other_students: int = 0) -> BookingDTO:
    room = next(r for r in ROOMS if r.id == room_id) if room_id in {r.id for r in ROOMS} else None
    return BookingDTO(booking_id, room_id, room.name if room else "别处", start, end, purpose, mentor_id,
                      mentor_name, tuple(range(len(students))), tuple(students), note, 1,
                      other_students=other_students)


def schedule(bookings=(), *, rooms=ROOMS, opening: OpeningHours = OPENING, hours: tuple[int, int] | None = None,
             editable: set[int] | None = None, can_cancel: bool = True,
             cancellable: set[int] = frozenset()) -> WeekSchedule:
    """A week as `rooms.week_schedule` returns it: the shown hours widened to take in
    the bookings (unless `hours` says otherwise), every booking editable unless told."""
    bookings = tuple(bookings)
    start, end = MONDAY, MONDAY + timedelta(days=7)
    first, last = hours or shown_hours(((b.start, b.end) for b in bookings), start, end, opening)
    util = tuple(RoomUtilisation(r.id, r.name, sum(1 for b in bookings if b.room_id == r.id),
                                 open_hours_booked(((b.start, b.end) for b in bookings if b.room_id == r.id), start, 7,
                                                   opening.open_hour, opening.close_hour),
                                 7.0 * opening.hours_per_day) for r in rooms)
    ids = frozenset(b.id for b in bookings) if editable is None else frozenset(editable)
    return WeekSchedule(start, end, opening, first, last, tuple(rooms), bookings, util, ids, can_cancel,
                        frozenset(cancellable))
