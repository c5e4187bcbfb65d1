"""The 10 live rooms (直播间) and their bookings: clashes name the other booking."""
from __future__ import annotations

from datetime import datetime

import pytest

from jiarenbase.core.db.models import RoomBooking
from jiarenbase.core.errors import ConflictError, NotFound, ValidationError
from jiarenbase.core.services import audit, rooms


def at(hour: int, minute: int = 0, day: int = 6) -> datetime:
    return datetime(2025, 5, day, hour, minute)


@pytest.fixture
def room_ids(world):
    return [r.id for r in rooms.list_rooms(world.db, world.admin)]


def book(world, room_id, start, end, *, purpose="模拟演练", mentor_id=None, students=(), actor=None):
    return rooms.book_room(world.db, actor or world.staff, rooms.BookingInput(
        room_id=room_id, start=start, end=end, purpose=purpose, mentor_id=mentor_id, student_ids=tuple(students)))


def test_ten_rooms_are_seeded(world, room_ids):
    listed = rooms.list_rooms(world.db, world.mentor)
    assert len(room_ids) == 10 == len({r.code for r in listed})
    assert listed[0].code == "R01" and listed[-1].name == "10号直播间"


def test_booking_dto_and_label(world, room_ids):
    dto = book(world, room_ids[2], at(14), at(16), purpose="实战直播", mentor_id=world.mentor_a.id,
               students=world.mine)
    assert dto.room_name == "3号直播间" and dto.mentor_name == "王导师"
    assert set(dto.student_ids) == set(world.mine) and set(dto.student_names) == {"李小明", "张晓雨"}
    assert dto.label.startswith("3号直播间 实战直播") and dto.label.endswith("王导师导师")
    assert dto.version == 1


def test_same_room_overlap_is_refused_naming_the_other_booking(world, room_ids, count_rows):
    book(world, room_ids[0], at(14), at(16), purpose="农产品专场")
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[0], at(15), at(17), purpose="另一场")
    assert info.value.fields == ["直播间"]
    msg = info.value.problems[0].zh
    assert "1号直播间 农产品专场" in msg and "2025-05-06 14:00–16:00" in msg and "占用" in msg
    assert count_rows(RoomBooking) == 1


def test_same_mentor_in_another_room_is_refused(world, room_ids):
    book(world, room_ids[0], at(9), at(11), purpose="早场", mentor_id=world.mentor_a.id)
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[1], at(10), at(12), mentor_id=world.mentor_a.id)
    assert info.value.fields == ["导师"]
    assert "早场" in info.value.zh and "09:00–11:00" in info.value.zh
    # another mentor in another room at the same time is fine
    book(world, room_ids[1], at(10), at(12), mentor_id=world.mentor_b.id)


def test_same_student_in_another_room_is_refused(world, room_ids):
    sid = world.theirs[0]
    book(world, room_ids[0], at(9), at(11), purpose="王浩演练", students=[sid])
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[5], at(10, 30), at(12), students=[world.mine[0], sid])
    assert info.value.fields == ["学员"]
    assert "王浩演练" in info.value.zh and "09:00–11:00" in info.value.zh


def test_all_clashes_are_reported_at_once(world, room_ids):
    sid = world.mine[0]
    book(world, room_ids[0], at(9), at(11), purpose="A", mentor_id=world.mentor_a.id, students=[sid])
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[0], at(10), at(12), mentor_id=world.mentor_a.id, students=[sid])
    assert info.value.fields == ["直播间", "导师", "学员"]


def test_touching_bookings_are_fine(world, room_ids):
    book(world, room_ids[0], at(14), at(16), mentor_id=world.mentor_a.id, students=world.mine)
    book(world, room_ids[0], at(16), at(18), mentor_id=world.mentor_a.id, students=world.mine)
    book(world, room_ids[0], at(12), at(14), mentor_id=world.mentor_a.id, students=world.mine)
    assert len(rooms.bookings_between(world.db, world.admin, at(0), at(23, 59))) == 3


def test_end_must_follow_start(world, room_ids, count_rows):
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[0], at(16), at(14))
    assert info.value.fields == ["结束时间"] and "必须晚于开始时间" in info.value.zh
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[0], at(6), at(19))
    assert "最长12小时" in info.value.zh
    assert count_rows(RoomBooking) == 0


def test_unknown_room_or_mentor_is_refused(world):
    with pytest.raises(ValidationError) as info:
        book(world, 999, at(9), at(10))
    assert info.value.fields == ["直播间"]
    rid = rooms.list_rooms(world.db, world.admin)[0].id
    with pytest.raises(ValidationError) as info:
        book(world, rid, at(9), at(10), mentor_id=999)
    assert info.value.fields == ["导师"]


def test_update_booking_does_not_clash_with_itself(world, room_ids):
    dto = book(world, room_ids[0], at(14), at(16), mentor_id=world.mentor_a.id, students=world.mine)
    moved = rooms.update_booking(world.db, world.staff, dto.id, dto.version, rooms.BookingInput(
        room_id=room_ids[0], start=at(15), end=at(17), mentor_id=world.mentor_a.id, student_ids=(world.mine[0],)))
    assert (moved.start, moved.end, moved.student_ids) == (at(15), at(17), (world.mine[0],))
    assert moved.version == dto.version + 1
    with pytest.raises(ConflictError):
        rooms.update_booking(world.db, world.staff, dto.id, dto.version, rooms.BookingInput(
            room_id=room_ids[0], start=at(8), end=at(9)))
    # but it does clash with another booking
    other = book(world, room_ids[1], at(9), at(10), purpose="早会", mentor_id=world.mentor_a.id)
    with pytest.raises(ValidationError) as info:
        rooms.update_booking(world.db, world.staff, other.id, other.version, rooms.BookingInput(
            room_id=room_ids[1], start=at(16), end=at(18), mentor_id=world.mentor_a.id))
    assert info.value.fields == ["导师"]


def test_mentor_books_for_themselves_and_edits_only_their_own(world, room_ids):
    mine = book(world, room_ids[0], at(9), at(10), students=[world.mine[0]], actor=world.mentor)
    assert mine.mentor_id == world.mentor_a.id
    theirs = book(world, room_ids[1], at(9), at(10), actor=world.other_mentor)
    with pytest.raises(ValidationError) as info:
        rooms.update_booking(world.db, world.mentor, theirs.id, theirs.version, rooms.BookingInput(
            room_id=room_ids[1], start=at(11), end=at(12)))
    assert info.value.fields == ["预约"]
    rooms.update_booking(world.db, world.mentor, mine.id, mine.version, rooms.BookingInput(
        room_id=room_ids[0], start=at(11), end=at(12)))


def test_cancel_frees_the_slot(world, room_ids):
    dto = book(world, room_ids[0], at(14), at(16))
    rooms.cancel_booking(world.db, world.staff, dto.id, dto.version)
    assert rooms.bookings_between(world.db, world.admin, at(0), at(23)) == []
    book(world, room_ids[0], at(14), at(16))
    with pytest.raises(NotFound):
        rooms.cancel_booking(world.db, world.staff, dto.id)
    actions = [e.action for e in audit.list_audit(world.db, world.admin, entity="room_booking", entity_id=dto.id)]
    assert actions == ["delete", "create"]


def test_bookings_between_is_half_open_sorted_and_filtered(world, room_ids):
    b1 = book(world, room_ids[1], at(14), at(16), purpose="下午")
    b2 = book(world, room_ids[0], at(9), at(11), purpose="上午")
    b3 = book(world, room_ids[0], at(10, day=7), at(12, day=7), purpose="次日")
    day6 = rooms.bookings_between(world.db, world.admin, at(0), at(0, day=7))
    assert [b.id for b in day6] == [b2.id, b1.id]
    assert [b.id for b in rooms.bookings_between(world.db, world.admin, at(11), at(14))] == []  # touching only
    assert [b.id for b in rooms.bookings_between(world.db, world.admin, at(0), at(0, day=8), room_id=room_ids[0])] \
        == [b2.id, b3.id]
    assert [b.purpose for b in rooms.bookings_between(world.db, world.mentor, at(15), at(15, 30))] == ["下午"]


def test_room_week_counts_bookings_and_hours_within_the_week(world):
    from datetime import date as _date, datetime as _dt

    from jiarenbase.core.services import rooms as _rooms

    room = _rooms.list_rooms(world.db, world.admin)[0]
    _rooms.book_room(world.db, world.admin, _rooms.BookingInput(room.id, _dt(2025, 5, 5, 9), _dt(2025, 5, 5, 11)))
    _rooms.book_room(world.db, world.admin, _rooms.BookingInput(room.id, _dt(2025, 5, 11, 23), _dt(2025, 5, 12, 1)))
    week = _rooms.room_week(world.db, world.admin, _date(2025, 5, 7), now=_dt(2025, 5, 6))
    first = week[0]
    assert len(week) == 10
    assert (first.bookings, first.booked_hours) == (2, 3.0)  # 2 h + the 1 h before Monday midnight
    assert first.next_booking.startswith("05-11 23:00")
    assert all(w.bookings == 0 for w in week[1:])
