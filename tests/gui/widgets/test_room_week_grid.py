"""The room week grid widget (widgets/room_week_grid.py) on a hand-made week, without
the page: dragging on free time selects a snapped range, dragging a booking moves
it (a ghost until the page answers), its right edge resizes it, Escape and a
refusal snap back; keys, the right-click menu, tooltips and the zooms."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt

from jiarenbase.gui.widgets.room_week_grid import RoomWeekGrid
from week_schedules import ROOM_A, ROOM_B, at, booking, schedule

pytestmark = pytest.mark.gui
# The grid leaves a press or release it has no use for to its parent; QTest warns about that.
UNUSED_CLICK = pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")

LIVE = booking(1, ROOM_A, at(1, 9), at(1, 11), purpose="618 预热直播", mentor_id=3, mentor_name="王老师",
               students=("李娜", "张伟"), note="带补光灯", other_students=2)
OTHERS = booking(2, ROOM_B, at(2, 14), at(2, 15), purpose="短视频拍摄", mentor_id=4, mentor_name="赵老师")


@pytest.fixture
def grid(qtbot):
    g = RoomWeekGrid()
    g.now = lambda: datetime(2025, 5, 7, 10, 20)  # Wednesday of the test week
    qtbot.addWidget(g)
    g.resize(1200, 420)
    g.show()
    qtbot.waitExposed(g)
    g.set_schedule(schedule([LIVE, OTHERS], editable={LIVE.id}))
    g.scroll_to(at(1, 8))  # Tuesday in view
    return g


def drag(qtbot, grid, a: QPoint, b: QPoint) -> None:
    vp = grid.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    for p in (a + QPoint(6, 0), (a + b) / 2, b):
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def test_the_week_lays_out_one_row_a_room_and_scrolls_sideways_in_day_zoom(grid):
    assert grid.geo is not None and grid.geo.rows == {ROOM_A: 0, ROOM_B: 1}
    assert grid.hour_width() >= 56  # "day" zoom: at least 56 px an hour
    assert grid.horizontalScrollBar().maximum() > 0
    assert grid.MIN_ROW_HEIGHT <= grid.row_height <= grid.MAX_ROW_HEIGHT
    assert not grid.booking_rect(LIVE.id).isEmpty()
    assert grid.booking(LIVE.id) == LIVE and grid.booking(99) is None


def test_zooming_in_keeps_the_moment_at_the_left_edge(grid):
    grid.scroll_to(at(2, 12))
    left = grid.time_at_viewport_x(grid.ROOM_WIDTH + 1)
    assert left.date() == at(2, 12).date()
    grid.set_zoom("wide")
    assert grid.hour_width() >= 96
    assert abs(grid.time_at_viewport_x(grid.ROOM_WIDTH + 1) - left) <= timedelta(minutes=15)


def test_week_zoom_fits_the_whole_week_into_the_width(grid):
    grid.set_zoom("week")
    assert grid.horizontalScrollBar().maximum() == 0
    assert grid.geo.width <= grid.viewport().width() - grid.ROOM_WIDTH
    assert grid.time_at_viewport_x(grid.ROOM_WIDTH + 1) == at(0, 8)


def test_dragging_across_free_time_selects_a_range_snapped_to_quarter_hours(qtbot, grid):
    a, b = grid.point_at(ROOM_B, at(1, 9, 5)), grid.point_at(ROOM_B, at(1, 10, 35))
    with qtbot.waitSignal(grid.range_selected) as sig:
        drag(qtbot, grid, a, b)
    assert sig.args == [ROOM_B, at(1, 9), at(1, 10, 30)]
    assert grid.selection is None


def test_a_double_click_on_free_time_books_the_whole_hour_under_it(qtbot, grid):
    with qtbot.waitSignal(grid.range_selected) as sig:
        qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.point_at(ROOM_A, at(1, 13, 40)))
    assert sig.args == [ROOM_A, at(1, 13), at(1, 14)]


@UNUSED_CLICK
def test_dragging_an_own_booking_moves_it_and_leaves_a_ghost_until_the_page_answers(qtbot, grid):
    a = grid.point_at(ROOM_A, at(1, 10))
    b = grid.point_at(ROOM_B, at(1, 12))
    with qtbot.waitSignal(grid.booking_moved) as sig:
        drag(qtbot, grid, a, b)
    assert sig.args == [LIVE.id, ROOM_B, at(1, 11), at(1, 13)]  # the length is kept
    assert grid.pending and grid.ghost == (LIVE.id, 1, at(1, 11), at(1, 13))
    qtbot.mousePress(grid.viewport(), Qt.MouseButton.LeftButton, pos=b)  # no second drag while pending
    assert grid._drag is None
    grid.clear_pending()  # refused: it snaps back
    assert grid.ghost is None and not grid.pending


def test_dragging_the_right_edge_changes_only_the_end(qtbot, grid):
    edge = grid.booking_rect(LIVE.id).right() - 1
    a = QPoint(edge, grid.point_at(ROOM_A, at(1, 10)).y())
    with qtbot.waitSignal(grid.booking_moved) as sig:
        drag(qtbot, grid, a, grid.point_at(ROOM_A, at(1, 12, 20)))
    assert sig.args == [LIVE.id, ROOM_A, at(1, 9), at(1, 12, 15)]


@UNUSED_CLICK
def test_another_mentor_s_booking_does_not_move(qtbot, grid):
    grid.scroll_to(at(2, 8))
    moved = []
    grid.booking_moved.connect(lambda *a: moved.append(a))
    drag(qtbot, grid, grid.point_at(ROOM_B, at(2, 14, 30)), grid.point_at(ROOM_B, at(2, 17)))
    assert moved == [] and grid.ghost is None
    assert grid.selected_id == OTHERS.id  # it is selected all the same


@UNUSED_CLICK
def test_escape_drops_a_drag_in_progress(qtbot, grid):
    vp = grid.viewport()
    a = grid.point_at(ROOM_A, at(1, 10))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, a + QPoint(30, 0))
    qtbot.mouseMove(vp, a + QPoint(90, 0))
    assert grid.ghost is not None
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    assert grid.ghost is None and grid._drag is None
    moved = []
    grid.booking_moved.connect(lambda *args: moved.append(args))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=a + QPoint(90, 0))
    assert moved == []


def test_enter_edits_and_delete_cancels_the_selected_booking(qtbot, grid):
    qtbot.mouseClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.point_at(ROOM_A, at(1, 10)))
    assert grid.selected_id == LIVE.id
    with qtbot.waitSignal(grid.booking_activated) as sig:
        qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert sig.args == [LIVE.id]
    with qtbot.waitSignal(grid.cancel_requested) as sig:
        qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert sig.args == [LIVE.id]


def test_delete_does_nothing_for_who_may_not_cancel(qtbot, grid):
    grid.set_schedule(schedule([LIVE], can_cancel=False))
    grid.selected_id = LIVE.id
    asked = []
    grid.cancel_requested.connect(asked.append)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert asked == []
    grid.set_schedule(schedule([LIVE], can_cancel=False, cancellable={LIVE.id}))  # a mentor's own, future
    grid.selected_id = LIVE.id
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert asked == [LIVE.id]


def test_the_tooltip_names_both_dates_across_midnight(grid):
    late = booking(8, ROOM_A, at(2, 22), at(3, 1, 30), students=("李娜",))
    assert "2025-05-07 22:00–05-08 01:30" in grid.tooltip_text(late)


def test_the_menu_on_a_booking_edits_cancels_and_logs_a_session(qtbot, grid):
    menu = grid.menu_at(grid.point_at(ROOM_A, at(1, 10)))
    actions = {a.text(): a for a in menu.actions() if not a.isSeparator()}
    assert list(actions) == ["Edit…", "Cancel booking", "Log session"]
    assert all(a.isEnabled() for a in actions.values())
    with qtbot.waitSignal(grid.log_session_requested) as sig:
        actions["Log session"].trigger()
    assert sig.args == [LIVE.id]


def test_the_menu_on_someone_else_s_booking_only_cancels(grid):
    grid.scroll_to(at(2, 8))
    menu = grid.menu_at(grid.point_at(ROOM_B, at(2, 14, 30)))
    assert [a.isEnabled() for a in menu.actions() if not a.isSeparator()] == [False, True, False]


def test_the_menu_on_free_time_books_there(qtbot, grid):
    menu = grid.menu_at(grid.point_at(ROOM_B, at(1, 16, 50)))
    [new] = menu.actions()
    with qtbot.waitSignal(grid.range_selected) as sig:
        new.trigger()
    assert sig.args == [ROOM_B, at(1, 16), at(1, 17)]
    assert grid.menu_at(QPoint(10, 10)) is None  # the header has no menu


def test_the_tooltip_tells_the_whole_booking_escaped(grid):
    text = grid.tooltip_text(LIVE)
    assert "<b>一号直播间</b>" in text and "2025-05-06 09:00–11:00" in text and "Purpose: 618 预热直播" in text
    assert "王老师" in text and "李娜、张伟" in text and "2 other student(s)" in text and "带补光灯" in text
    assert "You cannot change" not in text
    locked = grid.tooltip_text(booking(7, ROOM_B, at(0, 9), at(0, 10), purpose="<script>"))
    assert "&lt;script&gt;" in locked and "You cannot change this booking." in locked


def test_a_new_week_drops_the_selection_of_a_booking_no_longer_in_it(grid):
    grid.selected_id = OTHERS.id
    grid.set_schedule(schedule([LIVE]))
    assert grid.selected_id is None and grid.ghost is None
    grid.set_schedule(None)
    assert grid.geo is None and grid.piece_at(QPoint(300, 100)) is None
    grid.grab()  # an empty grid paints without a week
