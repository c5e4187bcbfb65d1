from datetime import datetime, timedelta
from itertools import combinations

import pytest
from hypothesis import given, settings, strategies as st

from jiarenbase.core.domain.booking import BookingSlot, check_booking, find_clashes, validate_slot
from jiarenbase.core.errors import ValidationError

D = datetime(2025, 5, 6)


def slot(bid, room, start_h, end_h, mentor=None, students=(), label=""):
    return BookingSlot(bid, room, D + timedelta(hours=start_h), D + timedelta(hours=end_h),
                       mentor, frozenset(students), label)


A = slot(1, 3, 14, 16, mentor=7, students={1, 2}, label="3号直播间 实战直播")


def test_room_clash_message_names_other_booking_and_time():
    (c,) = find_clashes(slot(None, 3, 15, 17), [A])
    assert c.kind == "room" and c.other is A and c.student_id is None
    assert "3号直播间 实战直播" in c.zh and "2025-05-06 14:00–16:00" in c.zh
    assert "3号直播间 实战直播" in c.en and "room" in c.en


def test_touching_is_not_a_clash():
    assert find_clashes(slot(None, 3, 16, 18, 7, {1}), [A]) == []
    assert find_clashes(slot(None, 3, 12, 14, 7, {1}), [A]) == []


def test_same_booking_never_clashes_with_itself():
    moved = slot(1, 3, 15, 17, 7, {1, 2})
    assert find_clashes(moved, [A]) == []
    # an unsaved booking (id None) is not "the same" as another unsaved one
    assert find_clashes(slot(None, 3, 14, 16), [slot(None, 3, 14, 16)])[0].kind == "room"


def test_mentor_and_student_clashes_in_other_rooms():
    clashes = find_clashes(slot(None, 5, 15, 17, mentor=7, students={2, 3, 1}), [A])
    assert [(c.kind, c.student_id) for c in clashes] == [("mentor", None), ("student", 1), ("student", 2)]
    assert "学员（编号1）" in clashes[1].zh


def test_no_mentor_is_not_a_mentor_clash():
    assert find_clashes(slot(None, 5, 15, 17), [slot(2, 4, 15, 17)]) == []


def test_clashes_ordered_by_start():
    b = slot(2, 3, 9, 15, label="早场")
    clashes = find_clashes(slot(None, 3, 10, 18), [A, b])
    assert [c.other.label for c in clashes] == ["早场", "3号直播间 实战直播"]


def test_overnight_span_shows_both_dates():
    night = BookingSlot(9, 1, D + timedelta(hours=22), D + timedelta(hours=26), None, frozenset(), "夜场")
    (c,) = find_clashes(slot(None, 1, 23, 24), [night])
    assert "2025-05-06 22:00–2025-05-07 02:00" in c.zh


@pytest.mark.parametrize("start,end,hint", [(14, 14, "晚于"), (14, 13, "晚于"), (8, 20.5, "12小时")])
def test_validate_slot(start, end, hint):
    problems = validate_slot(slot(None, 1, start, end))
    assert [p.field for p in problems] == ["结束时间"] and hint in problems[0].zh


def test_twelve_hours_is_allowed():
    assert validate_slot(slot(None, 1, 8, 20)) == []


def test_check_booking_raises_with_every_clash():
    with pytest.raises(ValidationError) as e:
        check_booking(slot(None, 3, 15, 17, mentor=7, students={2}), [A])
    assert e.value.fields == ["直播间", "导师", "学员"]
    assert "14:00–16:00" in e.value.zh
    check_booking(slot(None, 4, 15, 17, mentor=8, students={3}), [A])


def test_check_booking_refuses_bad_slot_first():
    with pytest.raises(ValidationError) as e:
        check_booking(slot(None, 3, 15, 15), [A])
    assert e.value.fields == ["结束时间"]


requests = st.lists(
    st.builds(
        lambda room, start_q, len_q, mentor, students: BookingSlot(
            None, room, D + timedelta(minutes=15 * start_q), D + timedelta(minutes=15 * (start_q + len_q)),
            mentor, frozenset(students)),
        st.integers(1, 3), st.integers(0, 40), st.integers(-1, 52),
        st.one_of(st.none(), st.integers(1, 3)), st.frozensets(st.integers(1, 5), max_size=3),
    ),
    max_size=30,
)


def _overlap(a, b):
    return a.start < b.end and b.start < a.end


@settings(database=None, max_examples=300)
@given(requests)
def test_accepted_bookings_never_overlap(reqs):
    accepted = []
    for i, r in enumerate(reqs):
        r = BookingSlot(i, r.room_id, r.start, r.end, r.mentor_id, r.student_ids)
        try:
            check_booking(r, accepted)
        except ValidationError:
            # a refusal must have a real reason: a bad slot or a shared resource
            assert validate_slot(r) or any(
                _overlap(r, a) and (a.room_id == r.room_id or (r.mentor_id and a.mentor_id == r.mentor_id)
                                    or r.student_ids & a.student_ids)
                for a in accepted)
        else:
            accepted.append(r)
    for a, b in combinations(accepted, 2):
        if _overlap(a, b):
            assert a.room_id != b.room_id
            assert a.mentor_id is None or a.mentor_id != b.mentor_id
            assert not (a.student_ids & b.student_ids)
    for a in accepted:
        assert a.start < a.end <= a.start + timedelta(hours=12)
