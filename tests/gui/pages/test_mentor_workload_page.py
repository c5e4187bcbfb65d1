"""The mentor workload page (导师工作量) on demo data: weeks, over capacity, a
mentor's own row, the empty state; an older week answering late is dropped; the
page closed while it loads; screenshots go to tests/output/screens/issue4_*.png.
Results come back through ctx.ops: tests drain."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import mentors, rooms, users
from jiarenbase.core.services.mentor_workload import mentor_workload, week_of
from jiarenbase.gui.pages import mentor_workload_page
from jiarenbase.gui.pages.mentor_workload_page import MentorWorkloadPage
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue4_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def test_workload_page_weeks_and_over_capacity(qtbot, demo, out_dir, drain):
    # this week: four sessions of one mentor whose capacity is 3 (over), two of another
    monday, sunday = week_of(date.today())
    start_of_week = datetime.combine(monday, time())
    for booking in rooms.bookings_between(demo.db, demo.actor, start_of_week, start_of_week + timedelta(days=7)):
        rooms.cancel_booking(demo.db, demo.actor, booking.id)  # the demo's own bookings of the week
    rows = mentor_workload(demo.db, demo.actor)
    busy, second = [r for r in rows if r.students][:2]
    room_ids = [r.id for r in rooms.list_rooms(demo.db, demo.actor)]
    for i, (mentor, hour) in enumerate([(busy, 9), (busy, 11), (busy, 14), (busy, 16), (second, 9), (second, 14)]):
        start = datetime.combine(monday + timedelta(days=i % 5), time(hour))
        rooms.book_room(demo.db, demo.actor, rooms.BookingInput(
            room_id=room_ids[i], start=start, end=start + timedelta(hours=2), mentor_id=mentor.mentor_id))
    dto = mentors.get_mentor(demo.db, demo.actor, busy.mentor_id)
    mentors.update_mentor(demo.db, demo.actor, dto.id, dto.version, mentors.MentorInput(
        name=dto.name, weekly_capacity=3))
    page = MentorWorkloadPage(demo)
    qtbot.addWidget(page)
    page.resize(1200, 560)
    page.lazy.ensure()  # what the main window does when the page comes to the front
    drain()
    ui = page.ui
    assert ui.table.rowCount() == len(rows)
    assert f"{monday:%Y-%m-%d}" in ui.weekLabel.text() and "(this week)" in ui.weekLabel.text()
    assert not ui.thisWeek.isEnabled()
    assert f"{len(rows)} mentors" in ui.summary.text()
    r = next(i for i, row in enumerate(page.rows) if row.mentor_id == busy.mentor_id)
    assert (page.rows[r].sessions, page.rows[r].over_capacity) == (4, True)
    assert ui.table.item(r, 8).text() == "Over capacity by 1" and "1 over capacity" in ui.summary.text()
    assert ui.table.item(r, 0).background().color().alpha() > 0
    assert "4 booked in rooms + 0 logged" in ui.table.item(r, 5).toolTip()
    r2 = next(i for i, row in enumerate(page.rows) if row.mentor_id == second.mentor_id)
    assert page.rows[r2].sessions == 2 and not page.rows[r2].over_capacity
    shoot(page, out_dir, "mentor_workload", qtbot)
    ui.previousWeek.click()
    drain()
    assert sum(row.sessions for row in page.rows) == 0
    assert page.day == date.today() - timedelta(days=7) and ui.thisWeek.isEnabled()
    assert "(this week)" not in ui.weekLabel.text()
    ui.nextWeek.click()
    ui.nextWeek.click()
    drain()
    assert week_of(page.day)[0] == monday + timedelta(days=7)
    ui.thisWeek.click()
    assert week_of(page.day)[0] == monday


def test_workload_page_as_a_mentor_shows_their_own_row(qtbot, demo, out_dir, drain):
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    page = MentorWorkloadPage(replace(demo, actor=mentor))
    qtbot.addWidget(page)
    page.resize(1200, 360)
    page.refresh()
    drain()
    assert [row.mentor_id for row in page.rows] == [mentor.mentor_id]
    assert page.ui.table.rowCount() == 1
    shoot(page, out_dir, "mentor_workload_as_mentor", qtbot)


def test_workload_page_empty_state(qtbot, qapp, ctx, out_dir, drain):
    page = MentorWorkloadPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.refresh()
    drain()
    assert page.ui.stack.currentWidget() is page.ui.emptyLabel
    assert "No active mentors" in page.ui.emptyLabel.text()
    shoot(page, out_dir, "mentor_workload_empty", qtbot)


def test_an_older_week_answering_late_is_dropped(qtbot, demo, drain, monkeypatch):
    gate, workload = threading.Event(), mentor_workload_page.mentor_workload
    this_week = week_of(date.today())[0]

    def slow_this_week(db, actor, day):
        if week_of(day)[0] == this_week:
            assert gate.wait(30)
        return workload(db, actor, day)

    monkeypatch.setattr(mentor_workload_page, "mentor_workload", slow_this_week)
    page = MentorWorkloadPage(demo)
    qtbot.addWidget(page)
    page.refresh()  # this week: held
    page.ui.nextWeek.click()  # next week answers first
    qtbot.waitUntil(lambda: demo.ops.pending == 1)
    gate.set()
    drain()
    assert page.rows == workload(demo.db, demo.actor, page.day)
    assert week_of(page.day)[0] == this_week + timedelta(days=7)


def test_closed_while_it_loads(qtbot, demo, in_flight):
    in_flight.hold(mentor_workload_page, "mentor_workload")
    page = MentorWorkloadPage(demo)
    page.show()  # loads on its first show
    in_flight.destroy_while_loading(page)
