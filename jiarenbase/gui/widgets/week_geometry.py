"""Where things sit on the room week grid: content coordinates ↔ rooms and times.

The grid's content area (without its headers) has one row per room and seven day
columns; each day shows the hours [first_hour, last_hour) of the week schedule,
`hour_width` pixels an hour. A booking is drawn as one piece per day it touches."""
from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from ...core.services.rooms import BookingDTO, WeekSchedule

SNAP = timedelta(minutes=15)


@dataclass(frozen=True)
class Piece:
    """The part of a booking drawn in one day column (content coordinates)."""
    booking: BookingDTO
    row: int
    x1: float
    x2: float
    first: bool  # the piece where the booking starts
    last: bool  # the piece where it ends (its right edge resizes the booking)


class WeekGeometry:
    def __init__(self, week: WeekSchedule, hour_width: float, row_height: int) -> None:
        self.week = week
        self.hour_width = hour_width
        self.row_height = row_height
        self.first_hour, self.last_hour = week.first_hour, week.last_hour
        self.hours = self.last_hour - self.first_hour
        self.day_width = self.hours * hour_width
        self.rows = {room.id: i for i, room in enumerate(week.rooms)}
        self.pieces = self._pieces()

    @property
    def width(self) -> float:
        return 7 * self.day_width

    @property
    def height(self) -> int:
        return len(self.week.rooms) * self.row_height

    def midnight(self, day: int) -> datetime:
        return self.week.start + timedelta(days=day)

    # -- time ↔ x -----------------------------------------------------------------
    def x_of(self, when: datetime) -> float:
        """The x of a moment (clamped into its day's shown hours)."""
        day = max(0, min(6, (when - self.week.start).days))
        hours = (when - self.midnight(day)).total_seconds() / 3600
        hours = max(self.first_hour, min(self.last_hour, hours))
        return day * self.day_width + (hours - self.first_hour) * self.hour_width

    def time_at(self, x: float, snap: timedelta = SNAP) -> datetime:
        """The moment under x, rounded to `snap` (15 minutes)."""
        # a tolerance: with a fractional hour width, x // day_width puts a day's own left edge
        # on the day before (511.0 // 102.2 == 4.0)
        day = int(max(0.0, min(6.0, math.floor(x / self.day_width + 1e-9) if self.day_width else 0)))
        within = max(0.0, min(self.day_width, x - day * self.day_width))
        when = self.midnight(day) + timedelta(hours=self.first_hour + within / self.hour_width)
        steps = round((when - self.midnight(day)) / snap)
        return self.midnight(day) + steps * snap

    def day_start(self, day: int) -> datetime:
        return self.midnight(day) + timedelta(hours=self.first_hour)

    def day_end(self, day: int) -> datetime:
        return self.midnight(day) + timedelta(hours=self.last_hour)

    def row_at(self, y: float) -> int | None:
        row = int(y // self.row_height) if y >= 0 else -1
        return row if 0 <= row < len(self.week.rooms) else None

    def room_id(self, row: int) -> int:
        return self.week.rooms[row].id

    # -- pieces ---------------------------------------------------------------------
    def spans(self, start: datetime, end: datetime) -> list[tuple[int, float, float]]:
        """(day, x1, x2) of each day column the span [start, end) shows in."""
        out = []
        for day in range(7):
            a, z = max(start, self.day_start(day)), min(end, self.day_end(day))
            if z > a:
                out.append((day, self.x_of(a), self.x_of(z) if z < self.day_end(day) else (day + 1) * self.day_width))
        return out

    def _pieces(self) -> list[Piece]:
        pieces = []
        for b in self.week.bookings:
            row = self.rows.get(b.room_id)
            if row is None:
                continue
            spans = self.spans(b.start, b.end)
            for i, (_day, x1, x2) in enumerate(spans):
                pieces.append(Piece(b, row, x1, x2, i == 0, i == len(spans) - 1))
        return pieces

    def piece_at(self, x: float, y: float) -> Piece | None:
        row = self.row_at(y)
        if row is None:
            return None
        for p in self.pieces:
            if p.row == row and p.x1 <= x < p.x2:
                return p
        return None

    def visible(self, x1: float, x2: float) -> list[Piece]:
        return [p for p in self.pieces if p.x2 >= x1 and p.x1 <= x2]
