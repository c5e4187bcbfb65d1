"""Live-room bookings (直播间排期) and their clashes.

The base has 10 live rooms that can broadcast at once. A booking holds a room for
a time span [start, end) — half-open, so one booking may end at 14:00 and the next
start at 14:00 — with a mentor (导师) and students (学员). Nobody may be in two
places at once: the same room, mentor or student may not have overlapping bookings.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from collections.abc import Iterable, Mapping
from typing import Literal

from ..errors import Problem, ValidationError

MAX_BOOKING = timedelta(hours=12)

ClashKind = Literal["room", "mentor", "student"]
FIELDS: dict[str, tuple[str, str]] = {
    "room": ("直播间", "Live room"),
    "mentor": ("导师", "Mentor"),
    "student": ("学员", "Student"),
    "end": ("结束时间", "End time"),
}


@dataclass(frozen=True)
class BookingSlot:
    booking_id: int | None  # None for a booking not saved yet
    room_id: int
    start: datetime
    end: datetime
    mentor_id: int | None = None
    student_ids: frozenset[int] = field(default_factory=frozenset)
    label: str = ""  # e.g. "3号直播间 小李 实战直播", used in messages

    def overlaps(self, other: "BookingSlot") -> bool:
        """True when the half-open spans [start, end) share a moment."""
        return self.start < other.end and other.start < self.end


def describe_span(slot: BookingSlot) -> str:
    """"2025-05-06 14:00–16:00", or both dates when the span crosses midnight."""
    if slot.start.date() == slot.end.date():
        return f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%H:%M}"
    return f"{slot.start:%Y-%m-%d %H:%M}–{slot.end:%Y-%m-%d %H:%M}"


def _name(slot: BookingSlot) -> str:
    if slot.label:
        return slot.label
    return f"#{slot.booking_id}" if slot.booking_id is not None else "?"


@dataclass(frozen=True)
class Clash:
    """The new booking collides with `other` on a room, a mentor or a student."""

    kind: ClashKind
    other: BookingSlot
    student_id: int | None = None
    student_name: str = ""  # for the message; the id is used when no name is known

    @property
    def zh(self) -> str:
        when = f"“{_name(self.other)}”（{describe_span(self.other)}）"
        if self.kind == "room":
            return f"该直播间在此时段已被{when}占用，请换时间或换直播间。"
        if self.kind == "mentor":
            return f"该导师在此时段已有安排{when}，请换时间或换导师。"
        who = f"学员“{self.student_name}”" if self.student_name else f"学员（编号{self.student_id}）"
        return f"{who}在此时段已有安排{when}，请换时间或移出该学员。"

    @property
    def en(self) -> str:
        when = f"'{_name(self.other)}' ({describe_span(self.other)})"
        if self.kind == "room":
            return f"the room is already taken by {when}; pick another time or room."
        if self.kind == "mentor":
            return f"the mentor is already booked for {when}; pick another time or mentor."
        who = self.student_name or f"student #{self.student_id}"
        return f"{who} is already booked for {when}; pick another time or remove the student."

    def problem(self) -> Problem:
        zh, en = FIELDS[self.kind]
        return Problem(zh, self.zh, self.en, en)


def find_clashes(new: BookingSlot, existing: Iterable[BookingSlot],
                 student_names: Mapping[int, str] | None = None) -> list[Clash]:
    """Every clash of `new` with `existing`, ordered by the other booking's start.
    A booking never clashes with itself (same booking_id), so editing is safe."""
    clashes: list[Clash] = []
    others = sorted(existing, key=lambda s: (s.start, s.room_id))
    for other in others:
        if new.booking_id is not None and other.booking_id == new.booking_id:
            continue
        if not new.overlaps(other):
            continue
        if other.room_id == new.room_id:
            clashes.append(Clash("room", other))
        if new.mentor_id is not None and other.mentor_id == new.mentor_id:
            clashes.append(Clash("mentor", other))
        for sid in sorted(new.student_ids & other.student_ids):
            clashes.append(Clash("student", other, sid, (student_names or {}).get(sid, "")))
    return clashes


def validate_slot(slot: BookingSlot) -> list[Problem]:
    """The slot itself: end after start, at most 12 hours."""
    zh, en = FIELDS["end"]
    if (slot.start.tzinfo is None) != (slot.end.tzinfo is None):
        return [Problem(zh, "开始时间与结束时间的时区设置不一致，请重新选择时间。",
                        "start and end differ in time-zone awareness; pick both times again.", en)]
    if slot.end <= slot.start:
        return [Problem(zh, f"必须晚于开始时间（{slot.start:%Y-%m-%d %H:%M}），请修改。",
                        f"must be after the start time ({slot.start:%Y-%m-%d %H:%M}); change it.", en)]
    if slot.end - slot.start > MAX_BOOKING:
        return [Problem(zh, "一次预约最长12小时，请缩短或分成几次预约。",
                        "a booking may last at most 12 hours; shorten it or split it.", en)]
    return []


def check_booking(new: BookingSlot, existing: Iterable[BookingSlot],
                  student_names: Mapping[int, str] | None = None) -> None:
    """Raise ValidationError when `new` is malformed or clashes with `existing`;
    each clash is one problem naming the other booking and its time."""
    problems = validate_slot(new)
    if problems:
        raise ValidationError(problems)
    clashes = find_clashes(new, existing, student_names)
    if clashes:
        raise ValidationError([c.problem() for c in clashes])
