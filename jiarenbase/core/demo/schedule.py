"""Places demo sessions in the 10 rooms so that no room, mentor or student is
ever booked twice at the same time (the same rule the rooms service enforces)."""
from __future__ import annotations

from datetime import date, datetime, timedelta

SLOT_HOURS = (9, 11, 14, 16, 19)  # two-hour bookings, back to back


class RoomPlanner:
    def __init__(self, room_ids: list[int]) -> None:
        self.room_ids = room_ids
        self.rooms_taken: set[tuple[date, int, int]] = set()
        self.people_busy: set[tuple[date, int, str, int]] = set()

    def place(self, day: date, mentor_id: int, student_id: int) -> tuple[int, datetime]:
        """The first free (room, start) on or after `day`."""
        d = day
        while True:
            for hour in SLOT_HOURS:
                if (d, hour, "m", mentor_id) in self.people_busy or (d, hour, "s", student_id) in self.people_busy:
                    continue
                # Start the search at a different room per slot, so bookings spread over all ten.
                shift = (d.toordinal() * len(SLOT_HOURS) + hour) % len(self.room_ids)
                for room in self.room_ids[shift:] + self.room_ids[:shift]:
                    if (d, hour, room) not in self.rooms_taken:
                        self.rooms_taken.add((d, hour, room))
                        self.people_busy.update({(d, hour, "m", mentor_id), (d, hour, "s", student_id)})
                        return room, datetime(d.year, d.month, d.day, hour)
            d += timedelta(days=1)
