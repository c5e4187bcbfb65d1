"""The room week page (直播间) on demo data: the grid shows the bookings; dragging
across free time books through the dialog; dragging a booking moves it, and onto
a clash is refused naming the other booking; cancel + undo; what a mentor may do;
the booking dialog's inline clash message; screenshots of a demo week, a fully
booked week and the dialog with a clash; an older week answering late is dropped;
the page closed while it loads. Results come back through ctx.ops: tests drain."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox
from sqlalchemy import select

from jiarenbase.core.db.models import Mentor, RoomBooking, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, mentors, rooms, users
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs import booking_dialog
from jiarenbase.gui.dialogs.booking_dialog import BookingDialog
from jiarenbase.gui.pages.rooms_page import RoomsPage
from screen_checks import clipped

pytestmark = pytest.mark.gui

MONDAY = date(2025, 5, 5)  # the week the tests book in
NOW = datetime(2025, 5, 7, 15, 20)
ALL = ListQuery(limit=10_000)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """`day` 0 = Monday of the test week."""
    return datetime(MONDAY.year, MONDAY.month, MONDAY.day, hour, minute) + timedelta(days=day)


@pytest.fixture
def demo(qapp, ctx):
    """Demo data in the light theme; the theme (style sheet, font, palette) is put back
    afterwards, so no later test in the worker paints in it unawares."""
    from jiarenbase.gui.theme import apply_theme

    build_demo(ctx.db, students=40, seed=3, today=date(2025, 6, 30))
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.property("jiarenbase_theme"),
             qapp.property("jiarenbase_font_size"))
    apply_theme(qapp)
    yield ctx
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("jiarenbase_theme", saved[3])
    qapp.setProperty("jiarenbase_font_size", saved[4])


@pytest.fixture
def people(demo):
    """Rooms, mentors and students of the demo (the mentor login is the first mentor with students)."""
    mentor_actor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    mine = [s.id for s in enrolment.list_students(demo.db, mentor_actor, ALL).rows]
    others = [s.id for s in enrolment.list_students(demo.db, demo.actor, ALL).rows if s.id not in mine]
    return dict(rooms=[r.id for r in rooms.list_rooms(demo.db, demo.actor)], mentor=mentor_actor,
                mentor_id=mentor_actor.mentor_id, mine=mine, others=others,
                mentors=[m.id for m in mentors.list_mentors(demo.db, demo.actor, ALL).rows])


@pytest.fixture
def messages(monkeypatch):
    """Warnings recorded instead of shown; cancelling is confirmed."""
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(booking_dialog, "ask_cancel", lambda _p, label: seen.append("ask " + label) or True)
    import jiarenbase.gui.pages.rooms_page as page_module

    monkeypatch.setattr(page_module, "ask_cancel", lambda _p, label: seen.append("ask " + label) or True)
    return seen


def book(ctx, room_id, start, end, *, purpose="模拟直播演练", mentor_id=None, students=(), actor=None):
    return rooms.book_room(ctx.db, actor or ctx.actor, rooms.BookingInput(
        room_id, start, end, purpose, mentor_id, tuple(students)))


def open_page(qtbot, ctx, day: date = MONDAY, size=(1280, 800)) -> RoomsPage:
    page = RoomsPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.grid.now = lambda: NOW
    page.show()
    qtbot.waitExposed(page)
    page.show_week(day)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)
    return page


def drag(qtbot, grid, a: QPoint, b: QPoint) -> None:
    vp = grid.viewport()
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    mid = QPoint((a.x() + b.x()) // 2, (a.y() + b.y()) // 2)
    for p in (a + QPoint(6, 0), mid, b):
        qtbot.mouseMove(vp, p)
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=b)


def shoot(widget, screenshot_dir, name: str) -> str:
    QApplication.processEvents()
    assert clipped(widget) == [], name
    folder = os.path.join(screenshot_dir, "screens")
    os.makedirs(folder, exist_ok=True)
    path = os.path.join(folder, f"issue4_{name}.png")
    assert widget.grab().save(path)
    return path


def fill_demo_week(ctx, people) -> None:
    """A busy, realistic week: drills and live sessions with the demo mentors and students."""
    r, ms, st = people["rooms"], people["mentors"], people["mine"] + people["others"]
    plan = [(0, 0, 9, 2), (0, 1, 9, 3), (0, 2, 14, 2), (0, 3, 19, 2), (1, 0, 10, 2), (1, 4, 14, 3),
            (1, 5, 16, 2), (2, 0, 9, 2), (2, 1, 11, 2), (2, 2, 14, 2), (2, 6, 14, 2), (2, 7, 19, 3),
            (3, 3, 9, 2), (3, 8, 13, 2), (4, 0, 9, 2), (4, 9, 15, 2), (5, 1, 10, 4), (6, 2, 14, 2)]
    for i, (day, room, hour, hours) in enumerate(plan):
        book(ctx, r[room], at(day, hour), at(day, hour + hours),
             purpose=("实战直播", "模拟直播演练", "话术打磨")[i % 3], mentor_id=ms[i % len(ms)],
             students=[st[(2 * i) % len(st)], st[(2 * i + 1) % len(st)]])


def test_grid_shows_the_weeks_bookings_and_utilisation(qtbot, demo, people, screenshot_dir):
    fill_demo_week(demo, people)
    page = open_page(qtbot, demo)
    week = rooms.week_schedule(demo.db, demo.actor, MONDAY)
    assert page.grid.week == week and len(week.bookings) == 18
    assert "18" in page.ui.weekUtilisation.text() and f"{week.ratio:.0%}" in page.ui.weekUtilisation.text()
    assert "2025-05-05" in page.ui.weekLabel.text() and "19" in page.ui.weekLabel.text()
    first = week.bookings[0]
    rect = page.grid.booking_rect(first.id)
    assert not rect.isEmpty() and page.grid.piece_at(rect.center()).booking.id == first.id
    assert first.mentor_name in page.grid.tooltip_text(first)
    shoot(page, screenshot_dir, "rooms_week")
    page.select_zoom("week")
    assert page.grid.geo.width <= page.grid.viewport().width() - page.grid.ROOM_WIDTH + 1
    assert all(not page.grid.booking_rect(b.id).isEmpty() for b in week.bookings)
    shoot(page, screenshot_dir, "rooms_week_whole")


def test_week_navigation(qtbot, demo, drain):
    page = open_page(qtbot, demo)
    page.ui.nextWeek.click()
    drain()
    assert page.grid.week.start == datetime(2025, 5, 12) and page.ui.day.date().toPython() == date(2025, 5, 12)
    page.ui.previousWeek.click()
    drain()
    page.ui.previousWeek.click()
    drain()
    assert page.grid.week.start == datetime(2025, 4, 28)
    page.ui.day.setDate(page.ui.day.date().addDays(30))
    drain()
    assert page.grid.week.start == datetime(2025, 5, 26)
    page.ui.thisWeek.click()
    drain()
    assert page.grid.week.start.date() == date.today() - timedelta(days=date.today().weekday())
    assert not page.ui.thisWeek.isEnabled()


def test_drag_across_free_time_books_through_the_dialog(qtbot, demo, people, monkeypatch, drain):
    page = open_page(qtbot, demo)
    room = people["rooms"][3]
    student = people["others"][0]
    seen = {}

    def fill_and_save(dialog: BookingDialog) -> int:
        drain()  # (exec would run the event loop: the booking is read in meanwhile)
        ui = dialog.ui
        seen["preset"] = (ui.room.currentData(), ui.date.date().toPython(), ui.start.currentText(),
                          ui.end.currentText(), ui.duration.text())
        ui.purpose.setCurrentText("农产品专场")
        ui.studentSearch.setText("zzz-nobody")
        assert all(dialog.ui.students.item(i).isHidden() for i in range(dialog.ui.students.count()))
        ui.studentSearch.clear()
        dialog.choose_students([student])
        dialog.save()
        drain()
        return dialog.result()

    monkeypatch.setattr(BookingDialog, "exec", fill_and_save)
    grid = page.grid
    grid.scroll_to(at(1, 8))
    drag(qtbot, grid, grid.point_at(room, at(1, 10, 5)), grid.point_at(room, at(1, 11, 55)))
    drain()
    assert seen["preset"] == (room, date(2025, 5, 6), "10:00", "12:00", "2 h")
    made = rooms.bookings_between(demo.db, demo.actor, at(1, 0), at(2, 0))
    assert [(b.room_id, b.start, b.end, b.purpose, b.student_ids) for b in made] == \
        [(room, at(1, 10), at(1, 12), "农产品专场", (student,))]
    assert [b.id for b in grid.week.bookings] == [made[0].id]  # the grid reloaded
    assert demo.notices.last == f"Booked: {made[0].label} 05-06 10:00–12:00"


def test_moving_onto_a_clash_is_refused_naming_it_and_snaps_back(qtbot, demo, people, messages, drain):
    r = people["rooms"]
    mover = book(demo, r[0], at(2, 9), at(2, 11), purpose="早场演练", mentor_id=people["mentors"][0])
    other = book(demo, r[1], at(2, 14), at(2, 16), purpose="农产品专场", mentor_id=people["mentors"][0])
    page = open_page(qtbot, demo)
    grid = page.grid
    grid.scroll_to(at(2, 8))
    changed = []
    page.changed.connect(lambda: changed.append(1))
    # onto the same mentor's afternoon booking in another room: refused, named, back in place
    start = grid.point_at(r[0], at(2, 10))
    drag(qtbot, grid, start, grid.point_at(r[0], at(2, 15)))
    drain()
    assert len(messages) == 1 and "农产品专场" in messages[0] and "14:00–16:00" in messages[0]
    assert grid.ghost is None and not grid.pending and changed == []
    assert rooms.get_booking(demo.db, demo.actor, mover.id) == mover
    assert grid.piece_at(start).booking.id == mover.id
    # into the other room at the same hour: the room is taken
    drag(qtbot, grid, start, grid.point_at(r[1], at(2, 15)))
    drain()
    assert "占用" in messages[1] and "农产品专场" in messages[1]
    # to free time two rooms down: moved, the grid reloads
    drag(qtbot, grid, start, grid.point_at(r[2], at(2, 12)))
    drain()
    moved = rooms.get_booking(demo.db, demo.actor, mover.id)
    assert (moved.room_id, moved.start, moved.end) == (r[2], at(2, 11), at(2, 13)) and changed == [1]
    assert demo.notices.last == f"Booking moved: {moved.label} 05-07 11:00–13:00"
    assert grid.booking(mover.id).room_id == r[2] and len(messages) == 2
    # dragging the right edge lengthens it
    rect = grid.booking_rect(mover.id)
    drag(qtbot, grid, QPoint(rect.right() - 2, rect.center().y()), grid.point_at(r[2], at(2, 14)))
    drain()
    assert rooms.get_booking(demo.db, demo.actor, mover.id).end == at(2, 14)
    assert other == rooms.get_booking(demo.db, demo.actor, other.id)


def test_escape_drops_a_drag(qtbot, demo, people, drain):
    b = book(demo, people["rooms"][0], at(2, 9), at(2, 11))
    page = open_page(qtbot, demo)
    grid = page.grid
    grid.scroll_to(at(2, 8))
    vp = grid.viewport()
    a = grid.point_at(people["rooms"][0], at(2, 10))
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, pos=a)
    qtbot.mouseMove(vp, a + QPoint(30, 0))
    qtbot.mouseMove(vp, a + QPoint(90, 0))
    assert grid.ghost is not None
    qtbot.keyClick(grid, Qt.Key.Key_Escape)
    drain()
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, pos=a + QPoint(90, 0))
    assert grid.ghost is None and rooms.get_booking(demo.db, demo.actor, b.id) == b


def test_cancel_from_the_menu_and_undo(qtbot, demo, people, messages, drain):
    b = book(demo, people["rooms"][4], at(3, 14), at(3, 16), purpose="实战直播")
    page = open_page(qtbot, demo)
    page.grid.scroll_to(at(3, 8))
    menu = page.grid.menu_at(page.grid.booking_rect(b.id).center())
    actions = {a.text(): a for a in menu.actions() if a.text()}
    assert set(actions) == {"Edit…", "Cancel booking", "Log session"} and all(a.isEnabled() for a in actions.values())
    logged = []
    page.log_session_requested.connect(logged.append)
    actions["Log session"].trigger()
    drain()
    assert logged == [b.id]
    actions["Cancel booking"].trigger()
    drain()
    assert messages == ["ask " + b.label]
    assert rooms.bookings_between(demo.db, demo.actor, at(3, 0), at(4, 0)) == []
    assert page.grid.week.bookings == ()
    assert demo.notices.last == f"Booking cancelled: {b.label} 05-08 14:00–16:00" and demo.undo.canUndo()
    demo.undo.undo()
    drain()
    assert [x.id for x in page.grid.week.bookings] == [b.id]
    # Delete on the selected booking asks too
    page.grid.selected_id = b.id
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    drain()
    assert page.grid.week.bookings == () and len(messages) == 2


def test_double_click_edits_in_the_dialog(qtbot, demo, people, monkeypatch, drain):
    b = book(demo, people["rooms"][0], at(0, 9), at(0, 11), purpose="话术打磨", students=people["mine"][:1])
    page = open_page(qtbot, demo)
    page.grid.scroll_to(at(0, 8))

    def lengthen(dialog: BookingDialog) -> int:
        drain()
        assert dialog.windowTitle() == "Edit room booking" and dialog.ui.cancelBooking.isVisibleTo(dialog)
        assert dialog.chosen_students() == tuple(people["mine"][:1])
        assert dialog.ui.purpose.currentText() == "话术打磨" and dialog.ui.end.currentText() == "11:00"
        dialog.ui.end.setCurrentText("12:30")
        assert dialog.ui.duration.text() == "3 h 30 min"
        dialog.save()
        drain()
        return dialog.result()

    monkeypatch.setattr(BookingDialog, "exec", lengthen)
    qtbot.mouseDClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=page.grid.booking_rect(b.id).center())
    drain()
    assert rooms.get_booking(demo.db, demo.actor, b.id).end == at(0, 12, 30)


def test_the_dialog_shows_a_clash_inline_naming_the_booking(qtbot, demo, people, screenshot_dir, drain):
    r, m = people["rooms"], people["mentors"][1]
    taken = book(demo, r[0], at(1, 14), at(1, 16), purpose="农产品专场", mentor_id=m, students=people["mine"][:1])
    dialog = BookingDialog(demo, None, room_id=r[0], start=at(1, 15), end=at(1, 17))
    qtbot.addWidget(dialog)
    drain()
    dialog.ui.purpose.setCurrentText("实战直播")
    dialog.ui.mentor.setCurrentIndex(dialog.ui.mentor.findData(m))
    dialog.choose_students(people["mine"][:1])
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.save()
    drain()
    assert dialog.result() != QDialog.DialogCode.Accepted
    errors = dialog.errors.shown()
    assert set(errors) == {"直播间", "导师", "学员"}
    assert all("农产品专场" in text and "14:00–16:00" in text for text in errors.values())
    assert dialog.ui.roomError.isVisible() and "占用" in dialog.ui.roomError.text()
    assert len(rooms.bookings_between(demo.db, demo.actor, at(1, 0), at(2, 0))) == 1
    shoot(dialog, screenshot_dir, "booking_dialog_clash")
    # the end before the start goes under the time row
    dialog.ui.start.setCurrentText("16:00")
    dialog.ui.end.setCurrentText("15:00")
    dialog.save()
    drain()
    assert "必须晚于开始时间" in dialog.errors.message("结束时间")
    # a free time saves
    dialog.ui.start.setCurrentText("16:00")
    dialog.ui.end.setCurrentText("18:00")
    dialog.save()
    drain()
    assert dialog.result() == QDialog.DialogCode.Accepted and taken.id != dialog.saved_id


def test_cancel_button_in_the_dialog(qtbot, demo, people, messages, drain):
    b = book(demo, people["rooms"][0], at(1, 9), at(1, 10))
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.cancelBooking.isVisibleTo(dialog)
    cancelled = []
    dialog.cancelled.connect(cancelled.append)
    dialog.ui.cancelBooking.click()
    drain()
    assert cancelled == [b.id] and dialog.result() == QDialog.DialogCode.Accepted
    assert rooms.bookings_between(demo.db, demo.actor, at(1, 0), at(2, 0)) == []


def test_a_mentor_books_for_themselves_and_moves_only_their_own(qtbot, demo, people, messages, monkeypatch,
                                                                screenshot_dir, drain):
    r = people["rooms"]
    theirs = book(demo, r[1], at(2, 9), at(2, 11), purpose="别人的演练", students=people["others"][:1],
                  mentor_id=next(m for m in people["mentors"] if m != people["mentor_id"]))
    mine = book(demo, r[0], at(2, 9), at(2, 11), purpose="我的演练", students=people["mine"][:1],
                mentor_id=people["mentor_id"])
    ctx = replace(demo, actor=people["mentor"])
    page = open_page(qtbot, ctx)
    grid = page.grid
    grid.scroll_to(at(2, 8))
    assert not grid.week.can_cancel and grid.week.editable_ids == {mine.id}
    shown = grid.booking(theirs.id)
    assert shown.student_names == () and shown.other_students == 1
    menu = grid.menu_at(grid.booking_rect(theirs.id).center())
    assert [a.isEnabled() for a in menu.actions() if a.text()] == [False, False, False]
    menu = grid.menu_at(grid.booking_rect(mine.id).center())
    assert [a.text() for a in menu.actions() if a.isEnabled() and a.text()] == ["Edit…", "Log session"]
    # another mentor's booking does not move
    drag(qtbot, grid, grid.booking_rect(theirs.id).center(), grid.point_at(r[1], at(2, 17)))
    drain()
    assert grid.ghost is None and rooms.get_booking(demo.db, demo.actor, theirs.id).start == at(2, 9)
    # their own does
    drag(qtbot, grid, grid.point_at(r[0], at(2, 10)), grid.point_at(r[0], at(2, 14)))
    drain()
    assert rooms.get_booking(demo.db, demo.actor, mine.id).start == at(2, 13) and messages == []
    shoot(page, screenshot_dir, "rooms_week_mentor")
    # double-click on another mentor's booking opens it read-only
    seen = {}

    def look(dialog: BookingDialog) -> int:
        drain()
        seen["read_only"] = (dialog.read_only, dialog.save_button.isVisibleTo(dialog), dialog.ui.room.isEnabled())
        seen["cancel"] = dialog.ui.cancelBooking.isVisibleTo(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BookingDialog, "exec", look)
    qtbot.mouseDClick(grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.booking_rect(theirs.id).center())
    drain()
    assert seen == {"read_only": (True, False, False), "cancel": False}


def test_the_mentors_booking_dialog(qtbot, demo, people, drain):
    ctx = replace(demo, actor=people["mentor"])
    dialog = BookingDialog(ctx, None, room_id=people["rooms"][2], start=at(4, 9), end=at(4, 10))
    qtbot.addWidget(dialog)
    drain()
    assert not dialog.ui.mentor.isEnabled() and dialog.ui.mentor.currentData() == people["mentor_id"]
    listed = {dialog.ui.students.item(i).data(Qt.ItemDataRole.UserRole) for i in range(dialog.ui.students.count())}
    assert listed == set(people["mine"])
    dialog.choose_students(people["mine"][:2])
    dialog.save()
    drain()
    made = rooms.get_booking(demo.db, demo.actor, dialog.saved_id)
    assert made.mentor_id == people["mentor_id"] and set(made.student_ids) == set(people["mine"][:2])


def fill_week_fully(db, monday: date) -> int:
    """Every opening hour of every room booked (1-hour bookings), written in one
    transaction; mentors and students differ per room so nothing clashes."""

    with db.transaction() as s:
        room_ids = [r.id for r in rooms.list_rooms(db, Actor.system())]
        mentor_ids = list(s.scalars(select(Mentor.id).order_by(Mentor.id)))
        students = list(s.scalars(select(Student).order_by(Student.id)))
        n = 0
        for day in range(7):
            for hour in range(8, 22):
                start = datetime.combine(monday, datetime.min.time()) + timedelta(days=day, hours=hour)
                for i, room_id in enumerate(room_ids):
                    s.add(RoomBooking(room_id=room_id, start=start, end=start + timedelta(hours=1),
                                      purpose=("实战直播", "模拟直播演练")[(hour + i) % 2],
                                      mentor_id=mentor_ids[i % len(mentor_ids)],
                                      students=[students[(2 * i) % len(students)],
                                                students[(2 * i + 1) % len(students)]]))
                    n += 1
        return n


def test_a_fully_booked_week(qtbot, demo, screenshot_dir):
    assert fill_week_fully(demo.db, MONDAY) == 980
    page = open_page(qtbot, demo)
    week = page.grid.week
    assert len(week.bookings) == 980 and week.ratio == 1.0
    assert all(u.ratio == 1.0 for u in week.utilisation) and "100%" in page.ui.weekUtilisation.text()
    page.grid.scroll_to(at(2, 8))
    shoot(page, screenshot_dir, "rooms_week_full")
    page.select_zoom("week")
    shoot(page, screenshot_dir, "rooms_week_full_whole")


def test_editing_keeps_times_off_the_15_minute_grid_exactly(qtbot, demo, people, drain):
    """A booking at 14:07:30–15:52 (imported, or typed elsewhere) is shown as it is and
    saved unchanged when only its purpose is edited; a new start keeps the end after it."""
    b = book(demo, people["rooms"][0], at(1, 14, 7) + timedelta(seconds=30), at(1, 15, 52), purpose="话术打磨")
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    ui = dialog.ui
    assert (ui.start.currentText(), ui.end.currentText(), ui.duration.text()) == ("14:07", "15:52", "1 h 45 min")
    assert [ui.start.itemText(i) for i in range(56, 60)] == ["14:00", "14:07", "14:15", "14:30"]  # in its place
    ui.purpose.setCurrentText("数据复盘")
    dialog.save()
    drain()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = rooms.get_booking(demo.db, demo.actor, b.id)
    assert (saved.start, saved.end, saved.purpose) == (b.start, b.end, "数据复盘")
    # the user moves the start past the end: the end follows, on the grid
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    dialog.ui.start.setCurrentText("16:00")
    assert dialog.ui.end.currentText() == "17:00"
    dialog.save()
    drain()
    saved = rooms.get_booking(demo.db, demo.actor, b.id)
    assert (saved.start, saved.end) == (at(1, 16), at(1, 17))


def test_editing_a_booking_across_midnight_keeps_its_end_on_the_next_day(qtbot, demo, people, screenshot_dir, drain):
    b = book(demo, people["rooms"][3], at(2, 22), at(3, 1, 30), purpose="实战直播", students=people["mine"][:1])
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    ui = dialog.ui
    assert (ui.start.currentText(), ui.end.currentText()) == ("22:00", "01:30 next day")
    assert ui.duration.text() == "3 h 30 min" and ui.end.currentIndex() == ui.end.count() - 1
    dialog.show()
    qtbot.waitExposed(dialog)
    shoot(dialog, screenshot_dir, "booking_dialog_midnight")
    ui.note.setPlainText("夜场直播")
    dialog.save()
    drain()
    assert dialog.result() == QDialog.DialogCode.Accepted
    saved = rooms.get_booking(demo.db, demo.actor, b.id)
    assert (saved.start, saved.end, saved.note) == (at(2, 22), at(3, 1, 30), "夜场直播")
    # moving the date moves the whole booking, still ending the next morning
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    dialog.ui.date.setDate(dialog.ui.date.date().addDays(1))
    drain()
    dialog.save()
    drain()
    saved = rooms.get_booking(demo.db, demo.actor, b.id)
    assert (saved.start, saved.end) == (at(3, 22), at(4, 1, 30))
    # choosing an end on the same day ends it that day
    dialog = BookingDialog(demo, b.id)
    qtbot.addWidget(dialog)
    drain()
    dialog.ui.end.setCurrentText("23:30")
    assert dialog.ui.duration.text() == "1 h 30 min"
    dialog.save()
    drain()
    saved = rooms.get_booking(demo.db, demo.actor, b.id)
    assert (saved.start, saved.end) == (at(3, 22), at(3, 23, 30))


def test_an_older_week_answering_late_is_dropped(qtbot, demo, people, drain, monkeypatch):
    import threading

    from jiarenbase.gui.pages import rooms_page

    b = book(demo, people["rooms"][0], at(2, 9), at(2, 11))
    gate, week_schedule = threading.Event(), rooms.week_schedule

    def slow_this_week(db, actor, day):
        if rooms.week_bounds(day)[0] == rooms.week_bounds(date.today())[0]:
            assert gate.wait(30)
        return week_schedule(db, actor, day)

    monkeypatch.setattr(rooms_page.rooms, "week_schedule", slow_this_week)
    page = RoomsPage(demo)  # this week: held
    qtbot.addWidget(page)
    page.show_week(MONDAY)  # the test week answers first
    qtbot.waitUntil(lambda: demo.ops.pending == 1)
    gate.set()
    drain()
    assert page.week.start == datetime.combine(MONDAY, datetime.min.time())
    assert [x.id for x in page.grid.week.bookings] == [b.id]


def test_closed_while_it_loads(qtbot, demo, in_flight):
    from jiarenbase.gui.pages import rooms_page

    in_flight.hold(rooms_page.rooms, "week_schedule")
    page = RoomsPage(demo)  # loads at once
    in_flight.destroy_while_loading(page)


def test_cancelled_in_the_dialog_is_confirmed_and_undoable(qtbot, demo, people, messages, monkeypatch, drain):
    b = book(demo, people["rooms"][2], at(4, 9), at(4, 11), purpose="话术打磨")
    page = open_page(qtbot, demo)
    page.grid.scroll_to(at(4, 8))

    def cancel(dialog: BookingDialog) -> int:
        drain()
        dialog.ui.cancelBooking.click()
        drain()
        return dialog.result()

    monkeypatch.setattr(BookingDialog, "exec", cancel)
    assert page.edit_booking(b.id)
    drain()
    assert page.grid.week.bookings == () and demo.notices.last.startswith("Booking cancelled: ")
    demo.undo.undo()
    drain()
    assert [x.id for x in page.grid.week.bookings] == [b.id]


def test_a_mentor_cancels_their_own_future_booking(qtbot, demo, people, messages, monkeypatch, drain):
    """取消预约 is open on a mentor's own booking that has not started, and nowhere else."""
    monday = rooms.week_bounds(date.today() + timedelta(days=14))[0]
    r = people["rooms"]
    mine = book(demo, r[0], monday + timedelta(hours=10), monday + timedelta(hours=12), purpose="我的演练",
                mentor_id=people["mentor_id"], students=people["mine"][:1])
    theirs = book(demo, r[1], monday + timedelta(hours=10), monday + timedelta(hours=12), purpose="别人的演练",
                  mentor_id=next(m for m in people["mentors"] if m != people["mentor_id"]))
    ctx = replace(demo, actor=people["mentor"])
    page = open_page(qtbot, ctx, day=monday.date())
    grid = page.grid
    grid.now = datetime.now
    grid.scroll_to(monday + timedelta(hours=8))
    enabled = {a.text(): a.isEnabled() for a in grid.menu_at(grid.booking_rect(theirs.id).center()).actions()
               if a.text()}
    assert enabled["Cancel booking"] is False
    menu = grid.menu_at(grid.booking_rect(mine.id).center())
    cancel = next(a for a in menu.actions() if a.text() == "Cancel booking")
    assert cancel.isEnabled()
    seen = {}

    def look(dialog: BookingDialog) -> int:  # the dialog offers it too
        drain()
        seen["cancel"] = dialog.ui.cancelBooking.isVisibleTo(dialog)
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(BookingDialog, "exec", look)
    page.edit_booking(mine.id)
    assert seen == {"cancel": True}
    undo_count = demo.undo.count()
    cancel.trigger()
    drain()
    assert messages == ["ask " + mine.label]
    assert [b.id for b in grid.week.bookings] == [theirs.id]
    assert ctx.notices.last.startswith("Booking cancelled: ") and "我的演练" in ctx.notices.last
    assert demo.undo.count() == undo_count  # a mentor cannot restore bookings: nothing to undo


def test_the_combos_are_as_wide_as_their_texts(qtbot, demo):
    from jiarenbase.gui.widgets.filter_combo import needed_size

    page = open_page(qtbot, demo, size=(1093 - 180, 614 - 110))  # the page beside the navigation at 125 %
    zoom = page.ui.zoom
    for i in range(zoom.count()):
        zoom.setCurrentIndex(i)
        assert zoom.width() >= needed_size(zoom, zoom.itemText(i)).width(), zoom.itemText(i)
    assert page.ui.day.width() >= page.ui.day.sizeHint().width()
