"""The practice-session form (实训记录): live ratios, inline refusals, Ctrl+S, Esc,
pre-fill from a booking, Tab order, mentor scope, closed while loading or being
edited; screenshots. Results come back through ctx.ops: the tests wait for them."""
from __future__ import annotations

import os
import threading
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Platform, SessionKind, Stage
from jiarenbase.core.services import cohorts, enrolment, mentors, rooms, session_form, sessions, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.form_values import combo_value, select_value
from jiarenbase.gui.dialogs.session_dialog import SessionDialog

pytestmark = pytest.mark.gui
ALL = ListQuery(limit=10_000)


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    asked: list[str] = []
    state = {"answer": QMessageBox.StandardButton.Discard}

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return type("Q", (), {"asked": asked, "state": state})


@pytest.fixture
def demo(db):
    build_demo(db, students=40, seed=3)
    return db


@pytest.fixture
def mentor_ctx(demo, ctx):
    """The demo mentor, given two more students (the demo gives them one)."""
    actor = users.authenticate(demo, "mentor", "Jiaren@2025").actor()
    admin = users.authenticate(demo, "admin", "Jiaren@2025").actor()
    mine = {s.id for s in enrolment.list_students(demo, actor, ALL).rows}
    others = [s.id for s in enrolment.list_students(demo, admin, ALL).rows
              if s.id not in mine and s.stage is not Stage.COMPLETED][:2]  # graduates get no mentor
    for sid in others:
        mentors.assign_mentor(demo, admin, sid, actor.mentor_id)
    return replace(ctx, actor=actor)


def settle(qtbot, ctx) -> None:
    """Wait until every service call the dialog started has come back."""
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)


def opened(qtbot, ctx, session_id=None, **kw) -> SessionDialog:
    dialog = SessionDialog(ctx, session_id, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, ctx)  # the form's lists (and the record)
    return dialog


def count_sessions(db, actor) -> int:
    return sessions.list_sessions(db, actor, ALL).total


def my_students(ctx) -> list:
    return list(enrolment.list_students(ctx.db, ctx.actor, ALL).rows)


def type_into(qtbot, edit, text: str) -> None:
    edit.clear()
    if text.isascii():
        qtbot.keyClicks(edit, text)
    else:  # QTest cannot type Chinese characters
        edit.insert(text)
    edit.editingFinished.emit()  # as leaving the field does


def fill_valid(qtbot, dialog, ctx) -> None:
    select_value(dialog.ui.student, my_students(ctx)[0].id)
    for attr, text in (("viewers", "2000"), ("orders", "45"), ("buyers", "40"), ("gmv", "3600")):
        type_into(qtbot, getattr(dialog.ui, attr), text)


def test_typing_counts_updates_the_ratios_live(qtbot, mentor_ctx):
    dialog = opened(qtbot, mentor_ctx)
    ui = dialog.ui
    assert ui.conversionValue.text() == "—" and ui.gpmValue.text() == "—"
    qtbot.keyClicks(ui.viewers, "2,000")
    qtbot.keyClicks(ui.buyers, "40")
    assert ui.conversionValue.text() == "2.00%"
    qtbot.keyClicks(ui.productClicks, "300")
    ui.gmv.insert("¥3,600")
    assert ui.clickRateValue.text() == "15.0%"
    assert ui.gpmValue.text() == "¥1,800.00" and ui.uvValueValue.text() == "¥1.80"
    assert ui.avgOrderValueValue.text() == "—"  # no orders yet
    qtbot.keyClicks(ui.orders, "45")
    assert ui.avgOrderValueValue.text() == "¥80.00"
    ui.viewers.setText("1.2万")  # as the platform shows it
    assert ui.conversionValue.text() == "0.33%"


def test_buyers_above_viewers_is_refused_inline_and_nothing_saved(qtbot, mentor_ctx):
    before = count_sessions(mentor_ctx.db, mentor_ctx.actor)
    dialog = opened(qtbot, mentor_ctx)
    select_value(dialog.ui.student, my_students(mentor_ctx)[0].id)
    type_into(qtbot, dialog.ui.viewers, "100")
    type_into(qtbot, dialog.ui.buyers, "200")
    message = dialog.errors.message("成交人数")
    assert "成交人数不能大于观看人数" in message and dialog.ui.buyersError.isVisible()
    assert "border" in dialog.ui.buyers.styleSheet()
    dialog.save()
    settle(qtbot, mentor_ctx)
    assert dialog.result() == 0 and dialog.saved_id is None
    assert count_sessions(mentor_ctx.db, mentor_ctx.actor) == before
    assert "订单数不能少于成交人数" in dialog.errors.message("订单数")  # shown at save: orders 0 < 200 buyers
    type_into(qtbot, dialog.ui.viewers, "500")  # fixed: the message goes as the user types
    assert dialog.errors.message("成交人数") == ""


@pytest.mark.parametrize("attr, text, field, words", [
    ("likes", "-3", "点赞数", "不能为负数"),
    ("viewers", "很多", "观看人数", "不是数字"),
    ("gmv", "2.5%", "成交金额", "百分比"),
])
def test_impossible_numbers_name_the_reason(qtbot, mentor_ctx, attr, text, field, words):
    dialog = opened(qtbot, mentor_ctx)
    type_into(qtbot, getattr(dialog.ui, attr), text)
    assert words in dialog.errors.message(field)


def test_end_before_start_and_scores_outside_the_scale(qtbot, mentor_ctx):
    dialog = opened(qtbot, mentor_ctx)
    ui = dialog.ui
    ui.end.setDateTime(ui.start.dateTime().addSecs(-600))
    assert "必须晚于开始时间" in dialog.errors.message("结束时间")
    first = next(iter(dialog.score_edits.values()))
    type_into(qtbot, first, "120")
    name = dialog._names[next(iter(dialog.score_edits))]
    assert "超出范围" in dialog.errors.message(name) and "0–100" in dialog.errors.message(name)
    type_into(qtbot, first, "85")
    assert dialog.errors.message(name) == ""


def test_five_point_cohort_scale(qtbot, mentor_ctx, demo):
    student = my_students(mentor_ctx)[0]
    c = cohorts.get_cohort(demo, users.authenticate(demo, "admin", "Jiaren@2025").actor(), student.cohort_id)
    admin = users.authenticate(demo, "admin", "Jiaren@2025").actor()
    cohorts.update_cohort(demo, admin, c.id, c.version, cohorts.CohortInput(
        c.code, c.name, c.school_id, c.start_date, c.end_date, c.status, 5, c.note))
    dialog = opened(qtbot, mentor_ctx, student_id=student.id)
    assert dialog.scale == 5 and "1–5" in dialog.ui.rubricGroup.title()
    edits = list(dialog.score_edits.values())
    type_into(qtbot, edits[0], "6")
    assert "1–5" in dialog.errors.message(dialog._names[next(iter(dialog.score_edits))])
    type_into(qtbot, edits[0], "4")
    type_into(qtbot, edits[1], "5")
    assert "90.0" in dialog.ui.rubricAverage.text()


def test_ctrl_s_saves_and_exposes_the_dto(qtbot, mentor_ctx):
    dialog = SessionDialog(mentor_ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    settle(qtbot, mentor_ctx)
    fill_valid(qtbot, dialog, mentor_ctx)
    type_into(qtbot, next(iter(dialog.score_edits.values())), "88")
    dialog.ui.mentorRemarks.setPlainText("开场留人明显进步")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.ui.viewers, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    dto = dialog.saved
    assert isinstance(dto, sessions.SessionDTO) and dto.id == dialog.saved_id
    assert dto.counts.viewers == 2000 and dto.counts.gmv == Decimal("3600.00")
    assert dto.mentor_id == mentor_ctx.actor.mentor_id and dto.platform is Platform.JIAREN
    assert dto.rubric_average == pytest.approx(88.0) and dto.mentor_remarks == "开场留人明显进步"


def test_escape_asks_only_when_edited(qtbot, mentor_ctx, questions):
    dialog = opened(qtbot, mentor_ctx)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions.asked == []
    dialog = opened(qtbot, mentor_ctx)
    dialog.ui.viewers.setText("100")
    questions.state["answer"] = QMessageBox.StandardButton.Cancel
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and len(questions.asked) == 1
    questions.state["answer"] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def _book(ctx, students: list[int], purpose="实战直播"):
    room = rooms.list_rooms(ctx.db, ctx.actor)[4]
    return rooms.book_room(ctx.db, ctx.actor, rooms.BookingInput(
        room.id, datetime(2031, 3, 4, 14, 0), datetime(2031, 3, 4, 16, 0), purpose, ctx.actor.mentor_id,
        tuple(students))), room


def test_prefill_from_a_booking_with_one_student(qtbot, mentor_ctx, questions):
    student = my_students(mentor_ctx)[0]
    booking, room = _book(mentor_ctx, [student.id])
    dialog = opened(qtbot, mentor_ctx, booking_id=booking.id)
    ui = dialog.ui
    assert combo_value(ui.student) == student.id and combo_value(ui.mentor) == mentor_ctx.actor.mentor_id
    assert ui.start.dateTime().toPython() == datetime(2031, 3, 4, 14) and ui.end.dateTime().toPython() == \
        datetime(2031, 3, 4, 16)
    assert combo_value(ui.kind) == SessionKind.LIVE_SESSION.value
    assert ui.bookingInfo.isVisible() and room.name in ui.bookingInfo.text()
    assert dialog.focusWidget() in (None, ui.viewers) and not dialog.is_dirty()
    type_into(qtbot, ui.viewers, "300")
    questions.state["answer"] = QMessageBox.StandardButton.Yes  # the booking is in 2031: asked once
    dialog.save()
    settle(qtbot, mentor_ctx)
    assert dialog.result() == 1 and dialog.saved.booking_id == booking.id
    assert len(questions.asked) == 1 and "2031-03-04 14:00" in questions.asked[0]


def test_prefill_from_a_booking_with_several_students_asks_to_choose(qtbot, mentor_ctx):
    ids = [s.id for s in my_students(mentor_ctx)[:2]]
    booking, _room = _book(mentor_ctx, ids, purpose="模拟演练")
    dialog = opened(qtbot, mentor_ctx, booking_id=booking.id)
    assert dialog.ui.student.currentIndex() == -1 and dialog.ui.studentHint.isVisible()
    assert {dialog.ui.student.itemData(i) for i in range(2)} == set(ids)  # the booking's students first
    assert combo_value(dialog.ui.kind) == SessionKind.MOCK_DRILL.value
    dialog.save()
    assert "请从列表中选择学员" in dialog.errors.message("学员")


def test_prefill_from_a_student(qtbot, mentor_ctx):
    student = my_students(mentor_ctx)[1]
    dialog = opened(qtbot, mentor_ctx, student_id=student.id)
    assert combo_value(dialog.ui.student) == student.id


def test_student_is_searchable_by_typing(qtbot, mentor_ctx):
    student = my_students(mentor_ctx)[0]
    dialog = opened(qtbot, mentor_ctx)
    dialog.ui.student.setEditText(dialog.ui.student.itemText(dialog.ui.student.findData(student.id)))
    assert dialog._student_id() == student.id
    dialog.ui.student.setEditText("不存在的人")
    assert dialog._student_id() is None


def test_mentor_sees_only_their_students_staff_see_all(qtbot, mentor_ctx, demo):
    dialog = opened(qtbot, mentor_ctx)
    shown = {dialog.ui.student.itemData(i) for i in range(dialog.ui.student.count())}
    assert shown == {s.id for s in my_students(mentor_ctx)} and shown
    assert not dialog.ui.mentor.isEnabled() and dialog.ui.mentor.count() == 1
    staff = users.authenticate(demo, "jiaowu", "Jiaren@2025").actor()
    staff_ctx = replace(mentor_ctx, actor=staff)
    other = opened(qtbot, staff_ctx)
    assert other.ui.student.count() == 40 and other.ui.mentor.isEnabled()
    theirs = next(s for s in session_form.session_form_data(demo, staff).students
                  if s.id not in shown and s.mentor_id)
    select_value(other.ui.student, theirs.id)  # the mentor follows the student's own mentor
    assert combo_value(other.ui.mentor) == theirs.mentor_id


def test_tab_order_follows_the_form(qtbot, mentor_ctx):
    dialog = opened(qtbot, mentor_ctx)
    ui = dialog.ui
    expected = [ui.kind, ui.student, ui.start, ui.end, ui.platform, ui.products, ui.viewers, ui.peakConcurrent,
                ui.avgWatchSeconds, ui.comments, ui.likes, ui.newFollowers, ui.productClicks, ui.orders, ui.buyers,
                ui.gmv, ui.refunds, *dialog.score_edits.values(), ui.mentorRemarks, ui.reviewNotes]
    wanted = set(expected)
    order: list[QWidget] = []
    w = ui.kind
    for _ in range(500):
        target = w.focusProxy() or w
        if target in wanted and target not in order and w.isEnabled():
            order.append(target)
        w = w.nextInFocusChain()
        if w is ui.kind:
            break
    assert order == expected


def test_edit_round_trip(qtbot, mentor_ctx):
    mine = sessions.list_sessions(mentor_ctx.db, mentor_ctx.actor, ListQuery(limit=50)).rows
    record = next(s for s in mine if s.mentor_id == mentor_ctx.actor.mentor_id and s.scores)
    dialog = opened(qtbot, mentor_ctx, record.id)
    ui = dialog.ui
    assert ui.viewers.text() == str(record.counts.viewers) and not dialog.is_dirty()
    assert combo_value(ui.student) == record.student_id
    assert sorted(float(e.text()) for e in dialog.score_edits.values() if e.text()) == sorted(record.scores.values())
    ui.reviewNotes.setPlainText("转化率比上场高")
    dialog.save()
    settle(qtbot, mentor_ctx)
    assert dialog.result() == 1
    again = sessions.get_session(mentor_ctx.db, mentor_ctx.actor, record.id)
    assert again.review_notes == "转化率比上场高" and again.version > record.version
    assert again.counts == record.counts and again.scores == record.scores


def test_screenshots(qtbot, qapp, mentor_ctx, screenshot_dir):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    dialog = opened(qtbot, mentor_ctx)
    assert dialog.width() <= 1366 and dialog.height() <= 700
    assert dialog.grab().save(os.path.join(out, "issue4_session_form_empty.png"))
    fill_valid(qtbot, dialog, mentor_ctx)
    type_into(qtbot, dialog.ui.productClicks, "300")
    for i, edit in enumerate(dialog.score_edits.values()):
        type_into(qtbot, edit, str(72 + 3 * i))
    dialog.ui.products.setText("金山蟠桃、枫泾黄酒")
    assert dialog.ui.conversionValue.text() == "2.00%"
    assert dialog.grab().save(os.path.join(out, "issue4_session_form_filled.png"))
    type_into(qtbot, dialog.ui.buyers, "2500")
    type_into(qtbot, dialog.ui.likes, "-3")
    type_into(qtbot, next(iter(dialog.score_edits.values())), "120")
    dialog.save()
    settle(qtbot, mentor_ctx)
    assert dialog.height() <= 740
    assert dialog.grab().save(os.path.join(out, "issue4_session_form_errors.png"))


# --------------------------------------------------------------------------- closing

def _spy(monkeypatch, *names):
    ran = []
    for name in names:
        monkeypatch.setattr(SessionDialog, name, lambda self, *a, _n=name: ran.append(_n))
    return ran


def _blocked(monkeypatch, module, name):
    gate, started = threading.Event(), threading.Event()
    real = getattr(module, name)

    def waits(*args, **kwargs):
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waits)
    return gate, started


def _close_in_flight(qtbot, dialog, gate, started, ctx) -> None:
    qtbot.waitUntil(started.is_set)  # (the record loads after the form's lists came back)
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ctx.ops._pending.values()))
    gate.set()
    settle(qtbot, ctx)


def test_closed_while_the_form_loads(qtbot, mentor_ctx, monkeypatch):
    gate, started = _blocked(monkeypatch, session_form, "session_form_data")
    ran = _spy(monkeypatch, "_form_loaded", "prepare_new", "show_failure")
    dialog = SessionDialog(mentor_ctx, None)
    dialog.show()
    _close_in_flight(qtbot, dialog, gate, started, mentor_ctx)
    assert ran == []


def test_closed_while_the_record_loads(qtbot, mentor_ctx, monkeypatch):
    record = sessions.list_sessions(mentor_ctx.db, mentor_ctx.actor, ListQuery(limit=1)).rows[0]
    gate, started = _blocked(monkeypatch, sessions, "get_session")
    ran = _spy(monkeypatch, "fill", "show_failure")
    dialog = SessionDialog(mentor_ctx, record.id)
    dialog.show()
    _close_in_flight(qtbot, dialog, gate, started, mentor_ctx)
    assert ran == []


def test_deleted_while_a_field_has_the_focus(qtbot, mentor_ctx):
    """Focus leaves the half-typed number once more while the dialog is destroyed:
    nothing may run on the dead form then."""
    dialog = SessionDialog(mentor_ctx, None)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    settle(qtbot, mentor_ctx)
    dialog.ui.viewers.setFocus()
    qtbot.keyClicks(dialog.ui.viewers, "12")
    gone = []
    dialog.destroyed.connect(lambda *_: gone.append(True))
    dialog.deleteLater()
    qtbot.waitUntil(lambda: gone == [True])
