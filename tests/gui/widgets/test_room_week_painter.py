"""The painting of the room week grid (widgets/room_week_painter.py): blocks in their
mentor's colour (grey without a mentor, faded in a mentor's view of others'
bookings), today's column and the now line, the utilisation texts, and the small
helpers (percent, hours, hour ticks, a smaller font)."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QFont

from jiarenbase.gui.widgets import room_week_painter as painter
from jiarenbase.gui.widgets.room_week_grid import RoomWeekGrid
from jiarenbase.gui.widgets.week_geometry import WeekGeometry
from week_schedules import ROOM_A, ROOM_B, at, booking, schedule

pytestmark = pytest.mark.gui

NOW = datetime(2025, 5, 7, 10, 20)  # Wednesday of the test week, 10:20


@pytest.mark.parametrize(("ratio", "text"), [(0, "0%"), (0.001, "<1%"), (0.0049, "<1%"), (0.42, "42%"), (1, "100%")])
def test_percent_never_rounds_a_little_down_to_nothing(ratio, text):
    assert painter.percent(ratio) == text


@pytest.mark.parametrize(("hours", "text"), [(12.5, "12.5"), (4.0, "4"), (0.25, "0.2"), (10, "10")])
def test_hours_text_drops_a_trailing_zero(hours, text):
    assert painter.hours_text(hours) == text


@pytest.mark.parametrize(("hour_width", "step"), [(96, 1), (22, 1), (21, 2), (8, 3), (4, 6), (1, 24)])
def test_hour_ticks_are_at_least_22_pixels_apart(hour_width, step):
    assert painter.hour_step(WeekGeometry(schedule(), hour_width, 50)) == step


def test_smaller_fonts_keep_their_unit_and_a_floor(qapp):
    points = QFont()
    points.setPointSizeF(10)
    assert painter.smaller(points).pointSizeF() == 9
    points.setPointSizeF(7.5)
    assert painter.smaller(points).pointSizeF() == 7  # never below 7 pt
    pixels = QFont()
    pixels.setPixelSize(16)
    assert painter.smaller(pixels).pixelSize() == 15
    assert painter.smaller(pixels, by=6).pixelSize() == 10  # never below 10 px


@pytest.fixture
def grid(qtbot):
    g = RoomWeekGrid()
    g.now = lambda: NOW
    qtbot.addWidget(g)
    g.resize(1200, 400)
    g.show()
    qtbot.waitExposed(g)
    return g


def colour_at(image, point: QPoint) -> QColor:
    return image.pixelColor(point)


def colours(grid) -> painter.WeekColours:
    """The colours the grid paints with now: from its palette, whatever theme is in force
    (another test in the same worker may have left one applied)."""
    return painter.week_colours(grid)


def inside(grid, booking_id: int) -> QPoint:
    """A point in a block's right margin, clear of its label."""
    rect = grid.booking_rect(booking_id)
    return QPoint(rect.right() - 1, rect.bottom() - 1)


def accent(mentor_id: int) -> QColor:
    return QColor(painter.ACCENTS[mentor_id % len(painter.ACCENTS)])


def test_blocks_are_filled_in_their_mentor_s_colour_and_grey_without_one(grid, out_dir):
    mine = booking(1, ROOM_A, at(2, 9), at(2, 12), mentor_id=1, mentor_name="王老师", students=("李娜",))
    nobody = booking(2, ROOM_B, at(2, 9), at(2, 12))
    grid.set_schedule(schedule([mine, nobody]))
    grid.scroll_to(at(2, 8))
    image = grid.viewport().grab().toImage()
    image.save(f"{out_dir}/room_week_painter_blocks.png")
    c = colours(grid)
    assert colour_at(image, inside(grid, 1)) == c.block(accent(1))
    assert colour_at(image, inside(grid, 2)) == c.block(painter.NO_MENTOR_ACCENT)
    rect = grid.booking_rect(1)
    assert colour_at(image, QPoint(rect.left() + 1, rect.bottom() - 1)) == accent(1)  # the stripe


def test_a_mentor_sees_other_mentors_bookings_faded(grid):
    mine = booking(1, ROOM_A, at(2, 9), at(2, 12), mentor_id=1)
    theirs = booking(2, ROOM_B, at(2, 9), at(2, 12), mentor_id=2)
    grid.set_schedule(schedule([mine, theirs], editable={1}))
    grid.scroll_to(at(2, 8))
    image = grid.viewport().grab().toImage()
    c = colours(grid)
    assert colour_at(image, inside(grid, 1)) == c.block(accent(1))
    assert colour_at(image, inside(grid, 2)) == painter.block_colours(grid, theirs, c)[0]
    assert painter.block_colours(grid, theirs, c)[0] != c.block(accent(2))


def test_the_whole_week_view_draws_narrow_blocks_solid(grid):
    grid.set_schedule(schedule([booking(1, ROOM_A, at(2, 9), at(2, 10), mentor_id=1)]))
    grid.set_zoom("week")
    rect = grid.booking_rect(1)
    assert rect.width() < painter.SOLID_BELOW
    c = colours(grid)
    solid = painter._mix(accent(1), c.base, painter.SOLID_SHARE)
    assert colour_at(grid.viewport().grab().toImage(), inside(grid, 1)) == solid


def test_today_is_tinted_and_the_now_line_is_red(grid, out_dir):
    grid.set_schedule(schedule([]))
    grid.scroll_to(at(1, 18))  # Tuesday evening and Wednesday
    image = grid.viewport().grab().toImage()
    image.save(f"{out_dir}/room_week_painter_today.png")
    c = colours(grid)
    now = grid.point_at(ROOM_A, NOW)
    assert colour_at(image, now) == painter.NOW
    assert colour_at(image, now + QPoint(40, 0)) == c.today
    assert colour_at(image, grid.point_at(ROOM_A, at(1, 20))) != c.today  # yesterday is not


def test_hours_outside_opening_time_are_shaded(grid):
    late = booking(1, ROOM_A, at(0, 22), at(0, 23, 30))  # widens Monday–Sunday to 23:59
    grid.set_schedule(schedule([late]))
    assert grid.geo.last_hour == 24
    grid.scroll_to(at(3, 12))
    image = grid.viewport().grab().toImage()
    c = colours(grid)
    assert colour_at(image, grid.point_at(ROOM_B, at(3, 22, 30))) == c.closed
    assert colour_at(image, grid.point_at(ROOM_B, at(3, 15, 30))) == c.base == grid.palette().base().color()


def test_a_dragged_booking_shows_a_ghost_and_a_dashed_outline(qtbot, grid):
    b = booking(1, ROOM_A, at(2, 9), at(2, 12), mentor_id=1)
    grid.set_schedule(schedule([b]))
    grid.scroll_to(at(2, 8))
    grid.ghost = (b.id, 1, at(2, 13), at(2, 16))
    image = grid.viewport().grab().toImage()
    c = colours(grid)
    assert colour_at(image, inside(grid, 1) - QPoint(20, 10)) == c.today  # the original place is left empty
    fill, shown = c.block(accent(1)), colour_at(image, grid.point_at(ROOM_B, at(2, 15, 30)))
    over_today = [round(f * 220 / 255 + t * 35 / 255) for f, t in zip(fill.getRgb()[:3], c.today.getRgb()[:3],
                                                                       strict=True)]
    assert all(abs(a - b) <= 2 for a, b in zip(shown.getRgb()[:3], over_today, strict=True))  # the ghost, new room


def test_the_room_column_shows_each_room_s_use_of_the_week(grid, out_dir):
    grid.set_schedule(schedule([booking(1, ROOM_A, at(0, 8), at(0, 22)), booking(2, ROOM_A, at(1, 8), at(1, 12))]))
    image = grid.viewport().grab().toImage()
    image.save(f"{out_dir}/room_week_painter_rooms.png")
    [util_a, util_b] = grid.week.utilisation
    assert (util_a.booked_hours, painter.percent(util_a.ratio)) == (18.0, "18%")
    assert util_b.booked_hours == 0
    top = grid.HEADER_HEIGHT + grid.fontMetrics().height() + 10
    assert colour_at(image, QPoint(12, top + 2)) == painter.load_colour(util_a.ratio) == painter.LOAD[0]  # < 70 %
    assert colour_at(image, QPoint(grid.ROOM_WIDTH - 14, top + 2)) == colours(grid).track  # the empty rest


def test_colours_follow_the_palette_light_or_dark(grid):
    """Surfaces and text come from the palette: on a dark base the blocks are dark too."""
    from PySide6.QtGui import QPalette

    dark = QPalette(grid.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#31363b"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#ffffff"))
    c = painter.week_colours(dark)
    assert c.base == QColor("#31363b") and c.text == QColor("#ffffff")
    for colour in (c.header, c.weekend, c.closed, c.block(accent(1)), c.track):
        assert colour.lightness() < 110, colour.name()
    assert c.muted.lightness() > 140 and c.line != c.base
    grid.setPalette(dark)
    c = colours(grid)  # what the grid paints with (a style sheet in force may have its say)
    b = booking(1, ROOM_A, at(2, 9), at(2, 12), mentor_id=1, students=("李娜",))
    grid.set_schedule(schedule([b]))
    grid.scroll_to(at(2, 8))
    image = grid.viewport().grab().toImage()
    assert colour_at(image, inside(grid, 1)) == c.block(accent(1))
    assert colour_at(image, grid.point_at(ROOM_B, at(3, 9, 30))) == c.base  # Thursday: not today


def test_block_labels_say_who_and_when_and_elide_to_nothing(grid):
    b = booking(1, ROOM_A, at(2, 9), at(2, 11), purpose="实战直播", mentor_id=1, mentor_name="王老师",
                students=("李娜", "张伟"))
    assert painter.block_lines(b) == [("李娜、张伟", False), ("09:00–11:00", False), ("实战直播 · 王老师", True)]
    assert painter.block_lines(booking(2, ROOM_A, at(2, 9), at(2, 11), purpose="话术打磨"))[0] == ("话术打磨", False)
    fm = grid.fontMetrics()
    assert painter._fitted(fm, "李娜、张伟", 1000) == "李娜、张伟"
    assert painter._fitted(fm, "李娜、张伟", fm.horizontalAdvance("李…") + 1).endswith("…")
    assert painter._fitted(fm, "李娜、张伟", 3) == ""


def test_narrow_blocks_in_the_whole_week_carry_a_label_when_it_fits(grid, out_dir):
    wide = booking(1, ROOM_A, at(2, 8), at(2, 14), mentor_id=1, students=("李娜",))
    tiny = booking(2, ROOM_B, at(2, 9), at(2, 9, 15), mentor_id=1, students=("张伟",))
    grid.set_schedule(schedule([wide, tiny]))
    grid.set_zoom("week")
    image = grid.viewport().grab().toImage()
    image.save(f"{out_dir}/room_week_painter_whole_labels.png")
    c = colours(grid)

    def inked(rect) -> bool:  # any pixel of the block other than its fill (text)
        solid = painter._mix(accent(1), c.base, painter.SOLID_SHARE)
        return any(image.pixelColor(x, y) != solid for x in range(rect.left() + 1, rect.right())
                   for y in range(rect.top() + 1, rect.bottom()))

    assert inked(grid.booking_rect(1))  # 6 hours: labelled
    assert not inked(grid.booking_rect(2))  # 15 minutes: too small for a label
