"""Dialogs that fit a short screen (gui/dialog_fit.py): the form moves into a scroll
area, the general error line stays above it and the button row below it; the dialog's
minimum height becomes small while its size hint stays the whole form's."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from jiarenbase.gui.dialog_fit import BODY_MIN_HEIGHT, BodyScroll, scroll_body

pytestmark = pytest.mark.gui


def tall_dialog(qtbot, rows: int = 30, button_row: bool = False) -> QDialog:
    """A dialog as setupUi builds one: error label, a long form, then the buttons."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    error = QLabel("Something went wrong", dialog)
    error.setObjectName("formError")
    layout.addWidget(error)
    form = QFormLayout()
    for i in range(rows):
        form.addRow(f"Field {i}", QLineEdit(dialog))
    layout.addLayout(form)
    if button_row:
        row = QHBoxLayout()
        row.addWidget(QPushButton("Terms…", dialog))
        row.addStretch(1)
        row.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog))
        layout.addLayout(row)
    else:
        layout.addWidget(QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                          | QDialogButtonBox.StandardButton.Cancel, dialog))
    return dialog


def test_the_form_scrolls_while_the_error_line_and_buttons_stay(qtbot):
    dialog = tall_dialog(qtbot)
    full = dialog.sizeHint().height()
    scroll = scroll_body(dialog)
    assert isinstance(scroll, BodyScroll)
    error = dialog.findChild(QLabel, "formError")
    buttons = dialog.findChild(QDialogButtonBox)
    assert not scroll.isAncestorOf(error) and not scroll.isAncestorOf(buttons)
    assert scroll.isAncestorOf(dialog.findChild(QLineEdit))
    # small minimum, full size hint (not QScrollArea's 24-line cap)
    assert dialog.minimumSizeHint().height() < 300
    assert dialog.sizeHint().height() >= full - 10
    dialog.show()
    dialog.resize(dialog.width(), 300)
    qtbot.waitUntil(lambda: scroll.verticalScrollBar().maximum() > 0)
    assert dialog.rect().contains(buttons.geometry())
    assert not scroll.horizontalScrollBar().isVisible()


def test_a_row_of_buttons_stays_below_the_form(qtbot):
    dialog = tall_dialog(qtbot, button_row=True)
    scroll = scroll_body(dialog)
    assert not scroll.isAncestorOf(dialog.findChild(QPushButton))
    layout = dialog.layout()
    assert layout.itemAt(layout.count() - 1).layout() is not None  # the row, last
    assert layout.itemAt(0).widget() is dialog.findChild(QLabel, "formError")


def test_a_short_form_keeps_its_size_and_opens_whole(qtbot):
    dialog = tall_dialog(qtbot, rows=3)
    before = dialog.sizeHint()
    scroll_body(dialog)
    assert abs(dialog.sizeHint().height() - before.height()) <= 8  # the scroll area's frame, by font and style
    assert dialog.minimumSizeHint().height() <= before.height() + 8
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() >= dialog.sizeHint().height() - 2


def test_a_dialog_taller_than_the_screen_is_cut_down_to_it(qtbot):
    dialog = tall_dialog(qtbot, rows=10)
    scroll_body(dialog)
    area = dialog.screen().availableGeometry()
    dialog.resize(400, area.height() + 300)  # a form's designed size, on a short screen
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() < area.height() and area.contains(dialog.geometry())
    assert dialog.minimumSizeHint().height() < BODY_MIN_HEIGHT + 200


def test_record_dialogs_get_a_scrolling_form(qtbot, ctx, drain):
    from jiarenbase.gui.dialogs.student_dialog import StudentDialog

    dialog = StudentDialog(ctx, None)
    qtbot.addWidget(dialog)
    drain()
    scroll = dialog.findChild(BodyScroll)
    assert scroll is not None and scroll.isAncestorOf(dialog.ui.name)
    assert not scroll.isAncestorOf(dialog.ui.buttons) and not scroll.isAncestorOf(dialog.ui.formError)
    assert dialog.minimumSizeHint().height() < 504  # 1280×720 at 125 % leaves 504
    dialog.close()
