"""Clash detection under random use: sequences of book / move / cancel attempts go
through the rooms service, and an oracle decides independently whether each one
must be accepted. Afterwards no two live bookings share a room, a mentor or a
student at the same moment — an overlap is never accepted — and nothing that was
free was refused."""
from __future__ import annotations

import itertools
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from hypothesis import HealthCheck, event, given, settings, strategies as st

from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import rooms

QUARTER = timedelta(minutes=15)
_weeks = itertools.count()  # each example books in a week of its own


@dataclass(frozen=True)
class Plan:
    room: int  # index into the first three rooms (few rooms: many clashes)
    day: int
    start_q: int  # quarter hours after 08:00
    length_q: int
    mentor: int  # 0 none, 1 mentor A, 2 mentor B
    students: frozenset[int]  # indexes into the world's four students
    as_mentor: bool  # signed in as mentor A (own students only, books for themselves)


plans = st.builds(Plan, room=st.integers(0, 2), day=st.integers(0, 1), start_q=st.integers(0, 16),
                  length_q=st.integers(1, 8), mentor=st.integers(0, 2),
                  students=st.frozensets(st.integers(0, 3), max_size=2), as_mentor=st.booleans())
steps = st.lists(st.one_of(
    st.tuples(st.just("book"), plans, st.just(0)),
    st.tuples(st.just("book"), plans, st.just(0)),
    st.tuples(st.just("move"), plans, st.integers(0, 50)),
    st.tuples(st.just("cancel"), st.none(), st.integers(0, 50)),
), min_size=8, max_size=30)


@dataclass(frozen=True)
class Held:
    room_id: int
    start: datetime
    end: datetime
    mentor_id: int | None
    students: frozenset[int]

    def clashes(self, other: Held) -> bool:
        if not (self.start < other.end and other.start < self.end):
            return False
        return (self.room_id == other.room_id
                or (self.mentor_id is not None and self.mentor_id == other.mentor_id)
                or bool(self.students & other.students))


def _input(world, room_ids, monday: datetime, plan: Plan) -> tuple[rooms.BookingInput, Held, object]:
    """The service input, what the oracle expects to be stored, and the actor."""
    student_ids = [world.students[i].id for i in sorted(plan.students)]
    mentor_id = [None, world.mentor_a.id, world.mentor_b.id][plan.mentor]
    actor = world.staff
    if plan.as_mentor:  # a mentor books for themselves with their own students only
        actor, mentor_id = world.mentor, world.mentor_a.id
        student_ids = [sid for sid in student_ids if sid in world.mine]
    start = monday + timedelta(days=plan.day, hours=8) + plan.start_q * QUARTER
    end = start + plan.length_q * QUARTER
    data = rooms.BookingInput(room_ids[plan.room], start, end, "演练", mentor_id, tuple(student_ids))
    return data, Held(data.room_id, start, end, mentor_id, frozenset(student_ids)), actor


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(script=steps)
def test_no_overlap_is_ever_accepted(world, script):
    # The world fixture is shared by the examples; each books in a fresh week far ahead.
    monday = datetime(2030, 1, 7) + timedelta(weeks=next(_weeks))
    room_ids = [r.id for r in rooms.list_rooms(world.db, world.admin)]
    held: dict[int, Held] = {}  # the oracle: booking id → what it holds
    versions: dict[int, int] = {}
    mentor_a_bookings = set()
    for op, plan, pick in script:
        live = sorted(held)
        if op == "book":
            data, want, actor = _input(world, room_ids, monday, plan)
            free = not any(want.clashes(h) for h in held.values())
            try:
                dto = rooms.book_room(world.db, actor, data)
            except ValidationError as exc:
                assert not free, f"free slot refused: {exc.zh}"
                event("booking refused as a clash")
                assert all("（" in p.zh and "–" in p.zh for p in exc.problems)  # names the other booking's time
                continue
            assert free, f"clash accepted: {want} vs {held}"
            event("booking accepted")
            held[dto.id], versions[dto.id] = want, dto.version
            if want.mentor_id == world.mentor_a.id:
                mentor_a_bookings.add(dto.id)
        elif op == "move" and live:
            booking_id = live[pick % len(live)]
            data, want, actor = _input(world, room_ids, monday, plan)
            if plan.as_mentor and booking_id not in mentor_a_bookings:
                actor = world.staff  # mentors may move only their own; keep the step meaningful
                data, want, _ = _input(world, room_ids, monday, replace(plan, as_mentor=False))
            if actor is world.mentor:  # students the mentor cannot see stay on the booking
                want = replace(want, students=want.students | (held[booking_id].students - set(world.mine)))
            free = not any(want.clashes(h) for i, h in held.items() if i != booking_id)
            try:
                dto = rooms.update_booking(world.db, actor, booking_id, versions[booking_id], data)
            except ValidationError as exc:
                assert not free, f"free move refused: {exc.zh}"
                event("move refused as a clash")
                continue
            except PermissionDenied:  # the mentor lost access to a student: not a clash question
                continue
            assert free, f"clash accepted on move: {want} vs {held}"
            event("move accepted")
            held[booking_id], versions[booking_id] = want, dto.version
            mentor_a_bookings.discard(booking_id)
            if want.mentor_id == world.mentor_a.id:
                mentor_a_bookings.add(booking_id)
        elif op == "cancel" and live:
            booking_id = live[pick % len(live)]
            rooms.cancel_booking(world.db, world.staff, booking_id, versions[booking_id])
            del held[booking_id]

    event(f"live bookings at the end: {'5+' if len(held) >= 5 else len(held)}")
    stored = rooms.bookings_between(world.db, world.admin, monday, monday + timedelta(days=7))
    assert {b.id for b in stored} == set(held)
    slots = [Held(b.room_id, b.start, b.end, b.mentor_id, frozenset(b.student_ids)) for b in stored]
    for a, b in itertools.combinations(slots, 2):
        assert not a.clashes(b), f"two live bookings overlap: {a} and {b}"
    assert sorted(slots, key=repr) == sorted(held.values(), key=repr)
