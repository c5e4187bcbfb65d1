"""Live-room bookings (直播间排期) and their clashes.

The base has 10 live rooms that can broadcast at once. A booking holds a room for
a time span [start, end) — half-open, so one booking may end at 14:00 and the next
start at 14:00 — with a mentor (导师) and students (学员). Nobody may be in two
places at once: the same room, mentor or student may not have overlapping bookings.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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

    def overlaps(self, other: BookingSlot) -> bool:
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


def merged_spans(spans: Iterable[tuple[datetime, datetime]]) -> list[tuple[datetime, datetime]]:
    """The union of half-open spans as sorted, non-touching spans."""
    out: list[tuple[datetime, datetime]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def open_hours_booked(spans: Iterable[tuple[datetime, datetime]], first_day: datetime, days: int,
                      open_hour: int, close_hour: int) -> float:
    """Hours of the (merged) `spans` that fall inside the daily opening time
    [open_hour:00, close_hour:00) on the `days` days from `first_day` (a midnight).
    Time outside opening hours or outside those days does not count, so the result
    never exceeds days × (close_hour − open_hour) — the base of 利用率 (utilisation)."""
    total = 0.0
    merged = merged_spans(spans)
    for d in range(days):
        midnight = first_day + timedelta(days=d)
        lo, hi = midnight + timedelta(hours=open_hour), midnight + timedelta(hours=close_hour)
        for start, end in merged:
            a, b = max(start, lo), min(end, hi)
            if b > a:
                total += (b - a).total_seconds() / 3600
    return total


DEFAULT_OPENING_HOURS = (8, 22)
"""The live rooms are open 08:00–22:00 unless staff set other hours; utilisation
(利用率) is booked time within opening time."""


@dataclass(frozen=True)
class OpeningHours:
    """The daily opening time of the live rooms, in whole hours."""
    open_hour: int  # 0–23
    close_hour: int  # 1–24, after open_hour

    @property
    def hours_per_day(self) -> int:
        return self.close_hour - self.open_hour

    @property
    def label(self) -> str:
        return f"{self.open_hour:02d}:00–{self.close_hour:02d}:00"


def shown_hours(spans: Iterable[tuple[datetime, datetime]], start: datetime, end: datetime,
                opening: OpeningHours) -> tuple[int, int]:
    """The hours of the day a schedule of [start, end) shows: the opening time,
    widened to take in every span (the whole day once one crosses midnight)."""
    first, last = opening.open_hour, opening.close_hour
    for a, z in spans:
        a, z = max(a, start), min(z, end)
        if z <= a:
            continue
        if a.date() != (z - timedelta(microseconds=1)).date():
            return 0, 24
        first = min(first, a.hour)
        ends_at_midnight = z.date() != a.date()
        last = 24 if ends_at_midnight else max(last, z.hour + (1 if (z.minute or z.second or z.microsecond) else 0))
    return first, last
