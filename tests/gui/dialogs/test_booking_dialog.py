"""The room booking dialog (直播间预约): students are ticked from a list searched through
the service (no 10,000 cut-off: the first page, then how many more), ticked ones stay on
top; the mentor is searched among the active mentors, an inactive one on a booking is
marked; a mentor books for themselves. Closed while the lists load, nothing comes back."""
from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, mentors, rooms, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.booking_dialog import BookingDialog

pytestmark = pytest.mark.gui
START, END = datetime(2031, 5, 6, 10), datetime(2031, 5, 6, 11)  # a free hour far ahead


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing an edited dialog asks first: answer "discard" (never a blocking box)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=70, seed=3)
    return ctx


def opened(qtbot, ctx, drain, record_id=None, **kwargs) -> BookingDialog:
    dialog = BookingDialog(ctx, record_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    return dialog


def listed(dialog) -> list:
    box = dialog.ui.students
    return [box.item(i).data(Qt.ItemDataRole.UserRole) for i in range(box.count())]


def test_students_are_searched_and_the_ticked_stay(qtbot, demo, drain):
    everyone = enrolment.list_students(demo.db, demo.actor, ListQuery(sort="name", limit=1000))
    room = rooms.list_rooms(demo.db, demo.actor)[0].id
    dialog = opened(qtbot, demo, drain, room_id=room, start=START, end=END)
    assert len(listed(dialog)) == 51 and listed(dialog)[-1] is None  # 50 students, then how many more
    assert dialog.students.note_texts() == [dialog.ui.mentor.more_text(everyone.total - 50)]
    last = everyone.rows[-1]  # on no first page
    dialog.ui.studentSearch.setText(last.student_number)
    qtbot.waitUntil(lambda: last.id in listed(dialog))
    drain()
    dialog.choose_students([last.id])
    dialog.ui.studentSearch.setText("")
    assert listed(dialog)[0] == last.id and len(listed(dialog)) == 52  # ticked first, then the first page
    assert last.name in dialog.ui.studentsChosen.text()
    dialog.ui.studentSearch.setText("没有这个学员")
    qtbot.waitUntil(lambda: dialog.students.note_texts() == ["Nothing matches “没有这个学员”"])
    assert listed(dialog) == [last.id, None]  # the ticked one stays
    dialog.save()
    drain()
    assert dialog.result() == 1
    assert rooms.get_booking(demo.db, demo.actor, dialog.saved_id).student_ids == (last.id,)


def test_the_mentor_is_one_of_the_active_ones(qtbot, demo, drain):
    active = mentors.list_mentors(demo.db, demo.actor, ListQuery(limit=1000, filters={"active": True})).rows
    leaving = active[0]
    room = rooms.list_rooms(demo.db, demo.actor)[0].id
    booking = rooms.book_room(demo.db, demo.actor, rooms.BookingInput(room, START, END, "话术打磨", leaving.id))
    got = mentors.get_mentor(demo.db, demo.actor, leaving.id)
    mentors.update_mentor(demo.db, demo.actor, leaving.id, got.version, mentors.MentorInput(
        got.name, got.phone, got.specialties, got.enterprise_id, got.weekly_capacity, got.is_senior_streamer,
        active=False))
    dialog = opened(qtbot, demo, drain)
    combo = dialog.ui.mentor
    assert combo.currentText() == "(no mentor)"
    assert {combo.itemData(i) for i in range(1, combo.count())} == {m.id for m in active[1:]}
    edit = opened(qtbot, demo, drain, booking.id)
    assert edit.ui.mentor.current_id() == leaving.id and edit.ui.mentor.currentText() == f"{leaving.name} (inactive)"
    assert not edit.is_dirty()


def test_saving_is_confirmed_naming_the_booking(qtbot, demo, drain):
    room = rooms.list_rooms(demo.db, demo.actor)[0].id
    made = rooms.book_room(demo.db, demo.actor, rooms.BookingInput(room, START, END, "话术打磨"))
    dialog = opened(qtbot, demo, drain, made.id)
    assert dialog.ui.cancelBooking.isVisibleTo(dialog)  # staff may cancel
    dialog.ui.note.setPlainText("带补光灯")
    dialog.save()
    drain()
    assert demo.notices.last == f"Booking saved: {made.label} 05-06 10:00–11:00"


def test_a_mentor_may_cancel_only_their_own_booking_before_it_starts(qtbot, demo, drain):
    actor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    room = rooms.list_rooms(demo.db, demo.actor)[1].id
    future = rooms.book_room(demo.db, actor, rooms.BookingInput(room, START, END, "话术打磨"))
    past = rooms.book_room(demo.db, actor, rooms.BookingInput(room, datetime(2020, 5, 6, 10), datetime(2020, 5, 6, 11)))
    mentor_ctx = replace(demo, actor=actor)
    dialog = opened(qtbot, mentor_ctx, drain, future.id)
    assert dialog.ui.cancelBooking.isVisibleTo(dialog)
    dialog = opened(qtbot, mentor_ctx, drain, past.id)
    assert not dialog.ui.cancelBooking.isVisibleTo(dialog)
    dialog = opened(qtbot, mentor_ctx, drain, future.id, read_only=True)
    assert not dialog.ui.cancelBooking.isVisibleTo(dialog)


def test_a_mentor_books_for_themselves_with_their_students(qtbot, demo, drain):
    actor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    mine = {s.id for s in enrolment.list_students(demo.db, actor, ListQuery(limit=1000)).rows}
    dialog = opened(qtbot, replace(demo, actor=actor), drain)
    assert not dialog.ui.mentor.isEnabled() and dialog.ui.mentor.current_id() == actor.mentor_id
    assert dialog.ui.mentor.currentText() == mentors.get_mentor(demo.db, actor, actor.mentor_id).name
    assert set(listed(dialog)) == mine


def test_closed_while_the_students_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(enrolment, "list_students")
    dialog = BookingDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)


def test_closed_while_a_student_search_runs(qtbot, demo, drain, in_flight, owner):
    dialog = BookingDialog(demo, None, owner)
    dialog.open()
    drain()
    in_flight.hold(enrolment, "list_students")
    dialog.students._fetch = enrolment.list_students  # the held one (the list took the function when set up)
    dialog.ui.studentSearch.setText("学")  # the checklist's own operation, after the pause
    qtbot.waitUntil(in_flight.started.is_set)
    gone = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    in_flight.release()
    drain()
    assert in_flight.finished == ["list_students"]


def test_screenshot_in_chinese(qtbot, qapp, demo, drain, out_dir):
    from jiarenbase.gui.theme import apply_theme, install_translators
    from screen_checks import shoot

    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.property("jiarenbase_theme"))
    apply_theme(qapp)
    install_translators(qapp, "zh")
    try:
        room = rooms.list_rooms(demo.db, demo.actor)[0].id
        dialog = opened(qtbot, demo, drain, room_id=room, start=START, end=END)
        dialog.ui.students.scrollToBottom()
        assert dialog.students.note_texts()[0].startswith("还有 ")
        shoot(dialog, out_dir, "booking_dialog_students_more", qtbot)
    finally:  # no theme left for the next test in the worker
        qapp.setStyleSheet(saved[0])
        qapp.setFont(saved[1])
        qapp.setPalette(saved[2])
        qapp.setProperty("jiarenbase_theme", saved[3])
