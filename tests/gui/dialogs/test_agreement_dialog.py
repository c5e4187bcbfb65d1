"""The service agreement dialog (服务期协议): the student is searched among all the
students (no 5,000 cut-off) and the enterprise client among all the clients; opened
from a student who is on no first page, it shows that student; a student typed but not
chosen is refused. Closed while the lists load, nothing comes back to it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import clients, enrolment
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.agreement_dialog import AgreementDialog, student_label
from jiarenbase.gui.widgets.search_combo import MORE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing an edited dialog asks first: answer "discard" (never a blocking box)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=70, seed=3)
    return ctx


def opened(qtbot, ctx, drain, record_id=None, **kwargs) -> AgreementDialog:
    dialog = AgreementDialog(ctx, record_id, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    return dialog


def test_the_student_is_searched_among_all_of_them(qtbot, demo, drain):
    everyone = enrolment.list_students(demo.db, demo.actor, ListQuery(sort="name", limit=1000))
    dialog = opened(qtbot, demo, drain)
    ui = dialog.ui
    assert ui.student.current_id() is None and ui.student.currentText() == ""
    assert ui.student.itemData(ui.student.count() - 1) == MORE
    assert ui.student.itemText(ui.student.count() - 1) == ui.student.more_text(everyone.total - 50)
    target = everyone.rows[-1]  # last by name: on no first page
    ui.student.search(target.student_number)
    drain()
    row = ui.student.result_texts().index(student_label(target))
    ui.student.choose_result(row)
    ui.employerClient.setCurrentIndex(1)
    assert not ui.employerName.isEnabled()
    ui.serviceMonths.setValue(12)
    ui.feePaid.setChecked(True)
    ui.feeAmount.setValue(5000)
    before = clients.list_service_agreements(demo.db, demo.actor).total
    dialog.save()
    drain()
    assert dialog.result() == 1
    saved = clients.get_service_agreement(demo.db, demo.actor, dialog.saved_id)
    assert saved.student_id == target.id and saved.employer_client_id == ui.employerClient.current_id()
    assert clients.list_service_agreements(demo.db, demo.actor).total == before + 1
    edit = opened(qtbot, demo, drain, saved.id)
    assert edit.ui.student.current_id() == target.id and edit.ui.employerClient.current_id() == saved.employer_client_id
    assert edit.ui.serviceMonths.value() == 12 and not edit.is_dirty()


def test_opened_from_a_student_shows_that_student(qtbot, demo, drain):
    last = enrolment.list_students(demo.db, demo.actor, ListQuery(sort="name", limit=1000)).rows[-1]
    dialog = opened(qtbot, demo, drain, student_id=last.id)
    assert dialog.ui.student.current_id() == last.id and dialog.ui.student.currentText() == student_label(last)
    assert not dialog.is_dirty()


def test_a_student_typed_but_not_chosen_is_refused(qtbot, demo, drain):
    dialog = opened(qtbot, demo, drain)
    dialog.ui.student.lineEdit().setText("王")
    before = clients.list_service_agreements(demo.db, demo.actor).total
    dialog.save()
    drain()
    assert dialog.result() == 0 and "请从列表中选择学员" in dialog.ui.studentError.text()
    assert clients.list_service_agreements(demo.db, demo.actor).total == before
    dialog.ui.employerClient.set_current(None)
    assert dialog.ui.employerName.isEnabled()


def test_closed_while_the_students_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(enrolment, "list_students")
    dialog = AgreementDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # the offscreen popup
def test_screenshot_of_a_student_search_in_chinese(qtbot, qapp, demo, drain, out_dir):
    import os

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QPainter, QPixmap

    from jiarenbase.gui.theme import apply_theme, install_translators

    apply_theme(qapp)
    install_translators(qapp, "zh")
    dialog = opened(qtbot, demo, drain)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    combo = dialog.ui.student
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo.lineEdit(), "2")  # part of a student number (QTest types ASCII only)
    popup = combo.completer_popup.popup()
    qtbot.waitUntil(popup.isVisible)
    drain()
    assert combo.result_texts()[-1].startswith("还有 ")
    popup.scrollToBottom()  # down to the row that says how many more there are
    shot, under = dialog.grab(), popup.grab()
    below = combo.mapTo(dialog, combo.rect().bottomLeft())
    picture = QPixmap(shot.width(), max(shot.height(), below.y() + under.height() + 4))
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, shot)
    painter.fillRect(below.x(), below.y() + 2, under.width(), under.height(), Qt.GlobalColor.white)
    painter.drawPixmap(below.x(), below.y() + 2, under)
    painter.end()
    assert picture.save(os.path.join(out_dir, "agreement_dialog_student_search.png"))
