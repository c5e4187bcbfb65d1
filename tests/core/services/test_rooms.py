"""The 10 live rooms (直播间) and their bookings: clashes name the other booking."""
from __future__ import annotations

from datetime import datetime, timedelta

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
    assert dto.label.startswith("3号直播间 实战直播") and dto.label.endswith(" 王导师")  # not 王导师导师
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


# -- the week schedule, utilisation and opening hours ----------------------------------

def test_week_schedule_reads_rooms_bookings_and_utilisation_in_one_call(world, room_ids):
    from datetime import date as _date

    book(world, room_ids[0], at(9, day=5), at(11, day=5), purpose="周一早场", mentor_id=world.mentor_a.id)
    book(world, room_ids[0], at(20, day=11), at(23, day=11), purpose="周日晚场")  # 1 h after closing
    book(world, room_ids[1], at(7, day=7), at(8, 30, day=7), purpose="早到")  # 1 h before opening
    book(world, room_ids[2], at(9, day=12), at(10, day=12), purpose="下周")  # not this week
    week = rooms.week_schedule(world.db, world.staff, _date(2025, 5, 8))
    assert (week.start, week.end) == (datetime(2025, 5, 5), datetime(2025, 5, 12))
    assert week.opening.label == "08:00–22:00" and week.opening.hours_per_day == 14
    assert [r.id for r in week.rooms] == room_ids
    assert [b.purpose for b in week.bookings] == ["周一早场", "早到", "周日晚场"]
    first, second = week.utilisation[0], week.utilisation[1]
    assert (first.bookings, first.booked_hours, first.open_hours) == (2, 4.0, 98.0)  # 2 h + 2 h before 22:00
    assert round(first.ratio, 4) == round(4 / 98, 4)
    assert (second.bookings, second.booked_hours) == (1, 0.5)  # only 08:00–08:30 is opening time
    assert all(u.bookings == 0 and u.ratio == 0 for u in week.utilisation[2:])
    assert week.booked_hours == 4.5 and week.open_hours == 980.0
    # the grid shows 07:00–23:00 so the early and late bookings are visible
    assert (week.first_hour, week.last_hour) == (7, 23)
    assert week.can_cancel and week.editable_ids == {b.id for b in week.bookings}


def test_week_schedule_of_an_empty_week_shows_the_opening_hours(world):
    from datetime import date as _date

    week = rooms.week_schedule(world.db, world.mentor, _date(2025, 5, 8))
    assert week.bookings == () and week.ratio == 0 and (week.first_hour, week.last_hour) == (8, 22)
    assert len(week.utilisation) == 10 and not week.can_cancel


def test_utilisation_counts_opening_time_once_and_a_full_week_is_100_percent(world, room_ids):
    from datetime import date as _date, timedelta as _td

    for d in range(7):
        for h in range(8, 22, 2):
            book(world, room_ids[4], datetime(2025, 5, 5, h) + _td(days=d), datetime(2025, 5, 5, h + 2) + _td(days=d))
    week = rooms.week_schedule(world.db, world.admin, _date(2025, 5, 5))
    full = week.utilisation[4]
    assert (full.bookings, full.booked_hours, full.ratio) == (49, 98.0, 1.0)
    assert round(week.ratio, 3) == 0.1


def test_bookings_crossing_midnight_widen_the_grid_to_the_whole_day(world, room_ids):
    from datetime import date as _date

    book(world, room_ids[0], at(23, day=6), at(1, day=7))
    week = rooms.week_schedule(world.db, world.admin, _date(2025, 5, 6))
    assert (week.first_hour, week.last_hour) == (0, 24)
    assert week.utilisation[0].booked_hours == 0  # all of it outside 08:00–22:00


def test_opening_hours_are_a_shared_setting_staff_may_change(world):
    from jiarenbase.core.errors import PermissionDenied

    assert rooms.get_opening_hours(world.db, world.mentor).label == "08:00–22:00"
    with pytest.raises(PermissionDenied):
        rooms.set_opening_hours(world.db, world.mentor, 9, 21)
    with pytest.raises(ValidationError) as info:
        rooms.set_opening_hours(world.db, world.staff, 20, 18)
    assert info.value.fields == ["关门时间"] and "须晚于开门时间" in info.value.zh
    with pytest.raises(ValidationError) as info:
        rooms.set_opening_hours(world.db, world.staff, 25, 26)
    assert info.value.fields == ["开门时间"]
    assert rooms.set_opening_hours(world.db, world.staff, 9, 21).hours_per_day == 12
    from datetime import date as _date

    week = rooms.week_schedule(world.db, world.admin, _date(2025, 5, 6))
    assert week.opening.label == "09:00–21:00" and week.utilisation[0].open_hours == 84
    assert [e.action for e in audit.list_audit(world.db, world.admin, entity="setting:rooms.opening_hours")] \
        == ["create"]


def test_get_booking_for_the_dialog(world, room_ids):
    dto = book(world, room_ids[0], at(9), at(10), purpose="话术打磨", students=world.mine)
    assert rooms.get_booking(world.db, world.staff, dto.id) == dto
    rooms.cancel_booking(world.db, world.staff, dto.id)
    with pytest.raises(NotFound) as info:
        rooms.get_booking(world.db, world.staff, dto.id)
    assert "已被取消" in info.value.zh


def test_a_mentor_sees_other_mentors_students_only_counted(world, room_ids):
    from datetime import date as _date

    mixed = book(world, room_ids[0], at(9), at(11), purpose="联合演练", mentor_id=world.mentor_a.id,
                 students=[world.mine[0], world.theirs[0]])
    theirs = book(world, room_ids[1], at(12), at(14), purpose="农产品实战", students=world.theirs,
                  mentor_id=world.mentor_b.id)
    seen = {b.id: b for b in rooms.week_schedule(world.db, world.mentor, _date(2025, 5, 6)).bookings}
    assert seen[mixed.id].student_names == ("李小明",) and seen[mixed.id].other_students == 1
    assert "王浩" not in seen[mixed.id].label and "1名其他学员" in seen[mixed.id].label
    assert seen[theirs.id].student_ids == () and "王浩" not in seen[theirs.id].label
    assert rooms.get_booking(world.db, world.mentor, theirs.id).student_names == ()
    staff_view = rooms.get_booking(world.db, world.staff, theirs.id)
    assert staff_view.student_names == ("王浩",) and staff_view.other_students == 0
    # the week lets the mentor move their own bookings only
    week = rooms.week_schedule(world.db, world.mentor, _date(2025, 5, 6))
    assert week.editable_ids == {mixed.id}
    # a clash message shown to the mentor does not name another mentor's student
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[1], at(13), at(15), actor=world.mentor)
    assert "2号直播间 农产品实战 1名其他学员 陈导师" in info.value.zh


def test_a_mentor_moving_their_booking_keeps_students_they_cannot_see(world, room_ids):
    mixed = book(world, room_ids[0], at(9), at(11), mentor_id=world.mentor_a.id,
                 students=[world.mine[0], world.theirs[0]])
    seen = rooms.get_booking(world.db, world.mentor, mixed.id)
    moved = rooms.update_booking(world.db, world.mentor, mixed.id, seen.version, rooms.BookingInput(
        room_id=room_ids[3], start=at(13), end=at(15), mentor_id=world.mentor_a.id, student_ids=seen.student_ids))
    assert moved.room_id == room_ids[3] and moved.other_students == 1
    assert set(rooms.get_booking(world.db, world.staff, mixed.id).student_ids) == {world.mine[0], world.theirs[0]}
    # and the hidden student still counts for clashes
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[5], at(14), at(16), students=world.theirs)
    assert info.value.fields == ["学员"]


def test_the_pure_utilisation_rules():
    from jiarenbase.core.domain.booking import OpeningHours, merged_spans, open_hours_booked, shown_hours

    monday = datetime(2025, 5, 5)
    overlapping = [(at(9, day=5), at(11, day=5)), (at(10, day=5), at(12, day=5)), (at(12, day=5), at(13, day=5))]
    assert merged_spans(overlapping) == [(at(9, day=5), at(13, day=5))]
    assert open_hours_booked(overlapping, monday, 7, 8, 22) == 4.0  # legacy overlaps never count twice
    assert open_hours_booked([(at(6, day=5), at(23, day=5))], monday, 7, 8, 22) == 14.0
    assert open_hours_booked([(at(9, day=4), at(10, day=4))], monday, 7, 8, 22) == 0.0  # the Sunday before
    opening = OpeningHours(8, 22)
    end = monday + timedelta(days=7)
    assert shown_hours([], monday, end, opening) == (8, 22)
    assert shown_hours([(at(7, 30, day=6), at(9, day=6))], monday, end, opening) == (7, 22)
    assert shown_hours([(at(21, day=6), at(22, 15, day=6))], monday, end, opening) == (8, 23)
    assert shown_hours([(at(21, day=6), at(0, day=7))], monday, end, opening) == (8, 24)  # ends at midnight
    assert shown_hours([(at(23, day=6), at(1, day=7))], monday, end, opening) == (0, 24)


def test_a_students_only_change_bumps_the_version_once_and_a_stale_editor_is_refused(world, room_ids):
    dto = book(world, room_ids[0], at(9), at(11), purpose="联合演练", students=[world.mine[0]])
    first = rooms.update_booking(world.db, world.staff, dto.id, dto.version, replace_students(dto, world.mine))
    assert first.version == dto.version + 1 and set(first.student_ids) == set(world.mine)
    # a second editor opened the booking before the first saved: their save is refused, not a silent overwrite
    with pytest.raises(ConflictError):
        rooms.update_booking(world.db, world.staff, dto.id, dto.version, replace_students(dto, world.theirs))
    assert set(rooms.get_booking(world.db, world.staff, dto.id).student_ids) == set(world.mine)
    # students and a column changed together: still one bump
    both = rooms.update_booking(world.db, world.staff, dto.id, first.version, rooms.BookingInput(
        room_id=room_ids[0], start=at(10), end=at(12), purpose="联合演练", student_ids=(world.mine[1],)))
    assert both.version == first.version + 1
    # nothing changed: no bump
    same = rooms.update_booking(world.db, world.staff, dto.id, both.version, replace_students(both, both.student_ids))
    assert same.version == both.version


def replace_students(dto: rooms.BookingDTO, student_ids) -> rooms.BookingInput:
    return rooms.BookingInput(room_id=dto.room_id, start=dto.start, end=dto.end, purpose=dto.purpose,
                              mentor_id=dto.mentor_id, student_ids=tuple(student_ids), note=dto.note)


def test_the_audit_log_shows_the_students_before_and_after(world, room_ids):
    dto = book(world, room_ids[0], at(9), at(11), students=[world.theirs[0], world.mine[0]])
    rooms.update_booking(world.db, world.staff, dto.id, dto.version, replace_students(dto, [world.mine[1]]))
    rooms.cancel_booking(world.db, world.staff, dto.id)
    cancelled, updated, created = audit.list_audit(world.db, world.admin, entity="room_booking", entity_id=dto.id)
    assert created.action == "create" and created.after["student_ids"] == sorted([world.theirs[0], world.mine[0]])
    assert updated.action == "update"
    assert updated.before["student_ids"] == sorted([world.theirs[0], world.mine[0]])
    assert updated.after["student_ids"] == [world.mine[1]]
    assert updated.after["version"] == dto.version + 1
    assert cancelled.action == "delete" and cancelled.before["student_ids"] == [world.mine[1]]
    # a change of the time only does not list the (unchanged) students
    other = book(world, room_ids[1], at(9), at(11), students=[world.mine[0]])
    rooms.update_booking(world.db, world.staff, other.id, other.version, rooms.BookingInput(
        room_id=room_ids[1], start=at(10), end=at(12), student_ids=(world.mine[0],)))
    moved = audit.list_audit(world.db, world.admin, entity="room_booking", entity_id=other.id)[0]
    assert "student_ids" not in moved.after and moved.after["start"].startswith("2025-05-06T10:00")


def test_a_mentor_cancels_only_their_own_future_bookings(world, room_ids):
    from datetime import date as _date

    from jiarenbase.core.errors import PermissionDenied

    future = datetime.now().replace(microsecond=0) + timedelta(days=30)
    mine = book(world, room_ids[0], future, future + timedelta(hours=1), actor=world.mentor)
    theirs = book(world, room_ids[1], future, future + timedelta(hours=1), mentor_id=world.mentor_b.id)
    unassigned = book(world, room_ids[2], future, future + timedelta(hours=1))
    past = book(world, room_ids[0], at(9), at(10), actor=world.mentor)
    week = rooms.week_schedule(world.db, world.mentor, future.date())
    assert not week.can_cancel and week.cancellable_ids == {mine.id}
    assert week.cancellable(mine.id) and not week.cancellable(theirs.id)
    assert rooms.week_schedule(world.db, world.mentor, _date(2025, 5, 6)).cancellable_ids == frozenset()
    for other in (theirs, unassigned):
        with pytest.raises(PermissionDenied) as info:
            rooms.cancel_booking(world.db, world.mentor, other.id, other.version)
        assert "只能取消自己的" in info.value.zh and "请联系教务" in info.value.zh and "own" in info.value.en
    with pytest.raises(PermissionDenied) as info:
        rooms.cancel_booking(world.db, world.mentor, past.id, past.version)
    assert "2025-05-06 09:00" in info.value.zh and "尚未开始" in info.value.zh
    assert rooms.get_booking(world.db, world.staff, past.id).version == past.version
    rooms.cancel_booking(world.db, world.mentor, mine.id, mine.version)
    with pytest.raises(NotFound):
        rooms.get_booking(world.db, world.staff, mine.id)
    entry = audit.list_audit(world.db, world.admin, entity="room_booking", entity_id=mine.id)[0]
    assert entry.action == "delete" and entry.username == "wang"
    assert entry.before["mentor_id"] == world.mentor_a.id
    # staff cancel anything, past or not
    rooms.cancel_booking(world.db, world.staff, past.id, past.version)


def test_utilisation_ignores_inactive_rooms(world, room_ids):
    from datetime import date as _date

    from jiarenbase.core.db.models import LiveRoom

    book(world, room_ids[0], at(8, day=5), at(20, day=5))  # 12 h in room 1
    book(world, room_ids[1], at(8, day=5), at(15, day=5))  # 7 h in room 2, then room 2 is closed
    with world.db.transaction() as s:
        s.get(LiveRoom, room_ids[1]).active = False
    week = rooms.week_schedule(world.db, world.staff, _date(2025, 5, 5))
    closed = week.utilisation[1]
    assert (closed.bookings, closed.booked_hours, closed.open_hours, closed.ratio) == (0, 0.0, 0.0, 0.0)
    assert len(week.bookings) == 2  # still drawn
    assert week.booked_hours == 12.0 and week.open_hours == 9 * 98.0
    assert week.ratio == 12 / (9 * 98)


def test_an_inactive_or_deleted_mentor_cannot_be_put_on_a_booking_but_stays_on_one(world, room_ids):
    from jiarenbase.core.db.models import Mentor
    from jiarenbase.core.db.models.base import utcnow

    kept = book(world, room_ids[0], at(9), at(10), mentor_id=world.mentor_b.id)
    with world.db.transaction() as s:
        s.get(Mentor, world.mentor_b.id).active = False
    with pytest.raises(ValidationError) as info:
        book(world, room_ids[1], at(9), at(10), mentor_id=world.mentor_b.id)
    assert info.value.fields == ["导师"] and "已停用" in info.value.zh
    moved = rooms.update_booking(world.db, world.staff, kept.id, kept.version, rooms.BookingInput(
        room_ids[0], at(11), at(12), mentor_id=world.mentor_b.id))  # history: the mentor stays on it
    assert moved.mentor_id == world.mentor_b.id
    other = book(world, room_ids[2], at(9), at(10), mentor_id=world.mentor_a.id)
    with world.db.transaction() as s:
        s.get(Mentor, world.mentor_a.id).deleted_at = utcnow()
    with pytest.raises(ValidationError):
        rooms.update_booking(world.db, world.staff, moved.id, moved.version, rooms.BookingInput(
            room_ids[0], at(11), at(12), mentor_id=world.mentor_a.id))
    assert rooms.get_booking(world.db, world.staff, other.id).mentor_id == world.mentor_a.id
