"""Where things sit on the room week grid (widgets/week_geometry.py): x ↔ time round
trips and snaps to 15 minutes, clamps to the shown hours, rows ↔ rooms, and the
pieces a booking is drawn as — one per day, a booking across midnight in two."""
from __future__ import annotations

from datetime import timedelta

import pytest
from hypothesis import given, settings, strategies as st

from jiarenbase.gui.widgets.week_geometry import SNAP, WeekGeometry
from week_schedules import MONDAY, ROOM_A, ROOM_B, at, booking, schedule

HOUR = 10.0  # pixels an hour: 14 shown hours (08–22) make a 140 px day
ROW = 50


def geometry(bookings=(), hour_width: float = HOUR, **kw) -> WeekGeometry:
    return WeekGeometry(schedule(bookings, **kw), hour_width, ROW)


def test_the_content_is_seven_days_of_the_shown_hours_by_one_row_a_room():
    geo = geometry()
    assert (geo.first_hour, geo.last_hour, geo.hours) == (8, 22, 14)
    assert geo.day_width == 140 and geo.width == 7 * 140 and geo.height == 2 * ROW
    assert geo.day_start(2) == at(2, 8) and geo.day_end(2) == at(2, 22) and geo.midnight(6) == at(6, 0)


def test_x_of_counts_hours_from_the_first_shown_hour_of_each_day():
    geo = geometry()
    assert geo.x_of(at(0, 8)) == 0
    assert geo.x_of(at(0, 9, 30)) == 15
    assert geo.x_of(at(1, 8)) == 140  # Tuesday's column starts where Monday's ends
    assert geo.x_of(at(6, 21)) == 6 * 140 + 13 * HOUR


def test_x_of_clamps_into_the_shown_hours_and_the_week():
    geo = geometry()
    assert geo.x_of(at(2, 3)) == geo.x_of(at(2, 8))  # before opening: the day's left edge
    assert geo.x_of(at(2, 23, 30)) == geo.x_of(at(2, 22)) == 3 * 140  # after closing: its right edge
    assert geo.x_of(MONDAY - timedelta(days=3)) == 0
    assert geo.x_of(MONDAY + timedelta(days=9, hours=12)) == geo.width


@settings(max_examples=200, deadline=None)
@given(day=st.integers(0, 6), quarter=st.integers(1, 14 * 4 - 1), hour_width=st.floats(4.0, 120.0))
def test_time_at_gives_back_every_quarter_hour_x_of_placed(day, quarter, hour_width):
    geo = geometry(hour_width=hour_width)
    when = at(day, 8) + quarter * SNAP
    assert geo.time_at(geo.x_of(when)) == when


@pytest.mark.parametrize("hour_width", [4.0, 7.3, 56.0, 96.0])
@pytest.mark.parametrize("day", range(1, 7))
def test_the_left_edge_of_a_day_column_is_that_day_s_first_hour(day, hour_width):
    # "week" zoom fits the hours to the window: any hour width. With 7.3 px the day is
    # 102.2 px, 5 × 102.2 == 511.0 but 511.0 // 102.2 == 4.0 (float floor division):
    # Saturday's left edge came back as Friday 22:00.
    geo = geometry(hour_width=hour_width)
    assert geo.time_at(geo.x_of(geo.day_start(day))) == geo.day_start(day)


@settings(max_examples=200, deadline=None)
@given(day=st.integers(0, 6), minute=st.integers(0, 14 * 60 - 1))
def test_any_moment_comes_back_snapped_to_the_nearest_quarter_hour(day, minute):
    geo = geometry(hour_width=60.0)  # a pixel a minute
    when = at(day, 8) + timedelta(minutes=minute)
    back = geo.time_at(geo.x_of(when))
    assert back.minute % 15 == 0 and back.second == 0
    assert abs(back - when) <= SNAP / 2


def test_time_at_snaps_to_15_minutes_or_to_the_step_asked_for():
    geo = geometry(hour_width=60.0)
    nine = geo.x_of(at(0, 9))
    assert geo.time_at(nine + 7) == at(0, 9)  # 09:07 → 09:00
    assert geo.time_at(nine + 8) == at(0, 9, 15)  # 09:08 → 09:15
    assert geo.time_at(nine + 52.6) == at(0, 10)  # 09:52:36 → 10:00
    assert geo.time_at(nine + 7, timedelta(minutes=1)) == at(0, 9, 7)
    assert geo.time_at(nine + 7, timedelta(hours=1)) == at(0, 9)


def test_time_at_clamps_to_the_first_and_last_shown_moment():
    geo = geometry()
    assert geo.time_at(-500) == at(0, 8)
    assert geo.time_at(geo.width + 500) == at(6, 22)


def test_rows_are_the_rooms_in_order():
    geo = geometry()
    assert geo.rows == {ROOM_A: 0, ROOM_B: 1}
    assert [geo.row_at(y) for y in (-1, 0, ROW - 0.1, ROW, 2 * ROW - 1, 2 * ROW)] == [None, 0, 0, 1, 1, None]
    assert geo.room_id(0) == ROOM_A and geo.room_id(1) == ROOM_B


def test_a_booking_within_a_day_is_one_piece_both_first_and_last():
    b = booking(1, ROOM_B, at(1, 9), at(1, 11, 30))
    geo = geometry([b])
    [piece] = geo.pieces
    assert (piece.booking, piece.row, piece.first, piece.last) == (b, 1, True, True)
    assert (piece.x1, piece.x2) == (140 + 10, 140 + 35)


def test_a_booking_across_midnight_is_drawn_as_two_pieces():
    b = booking(1, ROOM_A, at(2, 21), at(3, 2))  # Wednesday 21:00 – Thursday 02:00
    geo = geometry([b])
    assert (geo.first_hour, geo.last_hour) == (0, 24)  # the week widens to whole days
    first, second = geo.pieces
    assert (first.first, first.last, second.first, second.last) == (True, False, False, True)
    assert (first.x1, first.x2) == (geo.x_of(at(2, 21)), 3 * geo.day_width)  # to Wednesday's right edge
    assert (second.x1, second.x2) == (3 * geo.day_width, geo.x_of(at(3, 2)))  # from Thursday's left edge
    assert first.row == second.row == 0


def test_a_piece_outside_the_shown_hours_is_cut_to_them():
    b = booking(1, ROOM_A, at(2, 21), at(3, 9))  # shown 08–22 only: 21–22 and 08–09
    geo = geometry([b], hours=(8, 22))
    assert [(p.x1, p.x2, p.first, p.last) for p in geo.pieces] == [
        (2 * 140 + 130, 3 * 140, True, False), (3 * 140, 3 * 140 + 10, False, True)]


def test_a_booking_from_the_week_before_starts_at_monday_and_is_not_first():
    b = booking(1, ROOM_A, MONDAY - timedelta(hours=2), at(0, 3))
    geo = geometry([b])
    [piece] = geo.pieces
    assert piece.x1 == 0 and piece.x2 == geo.x_of(at(0, 3))
    assert piece.first and piece.last  # the only piece drawn this week


def test_a_booking_of_a_room_not_shown_has_no_pieces():
    geo = geometry([booking(1, 99, at(0, 9), at(0, 10))])
    assert geo.pieces == []


def test_a_booking_running_to_a_whole_day_end_reaches_the_next_column():
    geo = geometry([booking(1, ROOM_A, at(4, 20), at(4, 22))])
    assert geo.pieces[0].x2 == 5 * 140


def test_piece_at_finds_the_block_under_a_point_half_open_on_the_right():
    a = booking(1, ROOM_A, at(0, 9), at(0, 10))
    b = booking(2, ROOM_B, at(0, 9), at(0, 10))
    geo = geometry([a, b])
    assert geo.piece_at(10, 10).booking is a
    assert geo.piece_at(15, ROW + 10).booking is b
    assert geo.piece_at(19.9, 10).booking is a
    assert geo.piece_at(20, 10) is None  # 10:00 is where it ends
    assert geo.piece_at(9.9, 10) is None
    assert geo.piece_at(15, 3 * ROW) is None  # below the last room


@pytest.mark.parametrize(("x1", "x2", "ids"), [(0, 100, [1]), (0, 140, [1, 2]), (141, 300, [2]), (400, 980, [])])
def test_visible_keeps_the_pieces_that_touch_a_range(x1, x2, ids):
    geo = geometry([booking(1, ROOM_A, at(0, 9), at(0, 10)), booking(2, ROOM_A, at(1, 8), at(1, 9))])
    assert [p.booking.id for p in geo.visible(x1, x2)] == ids
