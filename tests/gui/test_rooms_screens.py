"""The 直播间 page in the light and the dark theme, and on a 1093×614 laptop screen
(1366×768 at 125 %): tests/output/screens/rooms_week_light.png, rooms_week_dark.png,
rooms_1093x614.png. The room week paints every surface from the palette, so in the
dark theme no part of it stays light (it was half light, half dark). Kept directly in
tests/gui (it applies the theme) and puts the theme back afterwards."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, mentors, rooms
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.pages.rooms_page import RoomsPage
from jiarenbase.gui.widgets import room_week_painter as painter
from jiarenbase.gui.widgets.filter_combo import needed_size
from screen_checks import shoot

pytestmark = pytest.mark.gui

TODAY = date(2025, 5, 7)  # a Wednesday: the demo books rooms from today to the end of next week
NOW = datetime(2025, 5, 7, 10, 20)


@pytest.fixture
def themed(qapp):
    """apply(dark) applies a theme; the style sheet, font, palette and theme are restored."""
    from jiarenbase.gui.theme import apply_theme, install_translators

    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.property("jiarenbase_theme"),
             qapp.property("jiarenbase_font_size"))
    install_translators(qapp, "zh")
    yield lambda dark: apply_theme(qapp, dark=dark)
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("jiarenbase_theme", saved[3])
    qapp.setProperty("jiarenbase_font_size", saved[4])


@pytest.fixture
def demo(ctx):
    """Demo people, and a week of bookings around Wednesday in most rooms."""
    build_demo(ctx.db, students=30, seed=3, today=TODAY)
    room_ids = [r.id for r in rooms.list_rooms(ctx.db, ctx.actor)]
    mentor_ids = [m.id for m in mentors.list_mentors(ctx.db, ctx.actor, ListQuery(limit=100)).rows]
    student_ids = [s.id for s in enrolment.list_students(ctx.db, ctx.actor, ListQuery(limit=100)).rows]
    plan = [(2, 0, 9, 2), (2, 1, 9, 3), (2, 2, 14, 2), (2, 3, 19, 2), (3, 0, 10, 2), (3, 4, 14, 3), (2, 5, 16, 1),
            (2, 6, 11, 2), (3, 7, 8, 1), (2, 8, 8, 5), (4, 9, 9, 2), (1, 2, 18, 3)]
    for i, (day, room, hour, hours) in enumerate(plan):
        start = datetime(2025, 5, 5 + day, hour)
        rooms.book_room(ctx.db, ctx.actor, rooms.BookingInput(
            room_ids[room], start, start + timedelta(hours=hours), ("实战直播", "模拟直播演练", "话术打磨")[i % 3],
            mentor_ids[i % len(mentor_ids)], (student_ids[2 * i], student_ids[2 * i + 1])))
    return ctx


def open_page(qtbot, ctx, drain, size: tuple[int, int]) -> RoomsPage:
    page = RoomsPage(ctx)
    qtbot.addWidget(page)
    page.grid.now = lambda: NOW
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.show_week(TODAY)
    drain()
    page.grid.scroll_to(datetime(2025, 5, 7, 8))
    QApplication.processEvents()
    return page


def lightness_of_the_grid(page) -> dict[str, int]:
    """Lightness of the grid's parts: free time, the header, the room column, a booking."""
    grid = page.grid
    image = grid.grab().toImage()
    shown = grid.viewport().rect().adjusted(grid.ROOM_WIDTH, grid.HEADER_HEIGHT, 0, 0)
    rect = next(r for r in (grid.booking_rect(b.id) for b in grid.week.bookings) if shown.contains(r))
    return {"free": image.pixelColor(grid.point_at(grid.week.rooms[4].id, datetime(2025, 5, 7, 12, 30))).lightness(),
            "header": image.pixelColor(QPoint(grid.ROOM_WIDTH - 4, 4)).lightness(),
            "rooms": image.pixelColor(QPoint(grid.ROOM_WIDTH - 4, grid.HEADER_HEIGHT + 4)).lightness(),
            "booking": image.pixelColor(QPoint(rect.right() - 1, rect.bottom() - 1)).lightness()}


def test_the_room_week_in_the_light_and_the_dark_theme(qtbot, qapp, demo, drain, themed, out_dir):
    themed(False)
    page = open_page(qtbot, demo, drain, (1280, 700))
    light = lightness_of_the_grid(page)
    shoot(page, out_dir, "rooms_week_light", qtbot)
    assert min(light.values()) > 150, light
    themed(True)
    QApplication.processEvents()
    dark = lightness_of_the_grid(page)
    shoot(page, out_dir, "rooms_week_dark", qtbot)
    assert max(dark.values()) < 110, dark  # no light patch left
    c = painter.week_colours(page.grid)
    assert c.text.lightness() > 200 and c.base == qapp.palette().base().color()
    page.ui.zoom.setCurrentIndex(page.ui.zoom.findData("week"))
    QApplication.processEvents()
    shoot(page, out_dir, "rooms_week_whole_dark", qtbot)


def test_the_rooms_page_on_a_1093x614_screen(qtbot, demo, drain, themed, out_dir):
    themed(False)
    page = open_page(qtbot, demo, drain, (1093 - 170, 614 - 72 - 30))  # beside the navigation, under the menus
    shoot(page, out_dir, "rooms_1093x614", qtbot)
    zoom = page.ui.zoom
    assert zoom.width() >= needed_size(zoom, zoom.currentText()).width()
    assert page.ui.zoom.currentText() == "按天"
