"""The check-in table of a lesson (widgets/check_in_sheet.py): one status combo a
student, keys 1 / 2 / 3 mark the selected rows present / late / absent, "all
present" keeps marks already made, an absent student without a reason gets a pink
reason cell, and a reason still being typed is kept."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QTableWidget

from jiarenbase.core.domain.enums import AttendanceStatus as S
from jiarenbase.core.services.attendance import AttendanceRow
from jiarenbase.gui.widgets.check_in_sheet import MISSING, REASON, STATUS, CheckInSheet

pytestmark = pytest.mark.gui

ROWS = (AttendanceRow(1, "李娜", "JR2025001", None, "", None),
        AttendanceRow(2, "张伟", "JR2025002", S.LATE, "地铁晚点", 3),
        AttendanceRow(3, "王芳", "JR2025003", None, "", None),
        AttendanceRow(4, "刘洋", "JR2025004", S.ABSENT, "病假", 1))


@pytest.fixture
def sheet(qtbot):
    table = QTableWidget()
    qtbot.addWidget(table)
    s = CheckInSheet(table, lang="zh")
    s.show_rows(ROWS)
    table.resize(640, 300)
    table.show()
    qtbot.waitExposed(table)
    return s


def select_rows(sheet: CheckInSheet, *rows: int) -> None:
    table = sheet.table
    table.clearSelection()
    for r in rows:
        table.selectionModel().select(table.model().index(r, 0), QItemSelectionModel.SelectionFlag.Select
                                      | QItemSelectionModel.SelectionFlag.Rows)
    table.setCurrentCell(rows[-1], 0, QItemSelectionModel.SelectionFlag.NoUpdate)


def test_the_sheet_shows_each_student_with_the_recorded_mark(sheet):
    table = sheet.table
    assert sheet.rows() == 4 and table.columnCount() == 4
    assert [table.item(r, 1).text() for r in range(4)] == ["李娜", "张伟", "王芳", "刘洋"]
    assert sheet.marks() == [(None, ""), (S.LATE, "地铁晚点"), (None, ""), (S.ABSENT, "病假")]
    assert sheet.counts() == [0, 1, 1, 2]  # present, late, absent, not recorded
    assert not table.item(0, 1).flags() & Qt.ItemFlag.ItemIsEditable  # names are not edited here


def test_only_a_line_not_recorded_yet_offers_not_recorded(sheet):
    new, recorded = sheet.table.cellWidget(0, STATUS), sheet.table.cellWidget(1, STATUS)
    assert [new.itemData(i) for i in range(new.count())] == [None, "present", "late", "absent"]
    assert [recorded.itemData(i) for i in range(recorded.count())] == ["present", "late", "absent"]
    assert [recorded.itemText(i) for i in range(recorded.count())] == [S.PRESENT.zh, S.LATE.zh, S.ABSENT.zh]


@pytest.mark.parametrize(("key", "status"), [(Qt.Key.Key_1, S.PRESENT), (Qt.Key.Key_2, S.LATE),
                                             (Qt.Key.Key_3, S.ABSENT)])
def test_keys_1_2_3_mark_the_selected_rows(qtbot, sheet, key, status):
    select_rows(sheet, 0, 2)
    with qtbot.waitSignal(sheet.changed):
        qtbot.keyClick(sheet.table, key)
    assert [sheet.status_at(r) for r in range(4)] == [status, S.LATE, status, S.ABSENT]


def test_the_number_keys_of_the_keypad_mark_too_but_not_with_ctrl(qtbot, sheet):
    select_rows(sheet, 2)
    qtbot.keyClick(sheet.table, Qt.Key.Key_2, Qt.KeyboardModifier.KeypadModifier)
    assert sheet.status_at(2) is S.LATE
    qtbot.keyClick(sheet.table, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert sheet.status_at(2) is S.LATE


def test_all_present_marks_only_who_is_not_marked_yet(qtbot, sheet):
    changes = []
    sheet.changed.connect(lambda: changes.append(1))
    sheet.mark_unmarked_present()
    assert len(changes) == 2  # the two rows not marked yet
    assert [s for s, _ in sheet.marks()] == [S.PRESENT, S.LATE, S.PRESENT, S.ABSENT]
    assert sheet.counts() == [2, 1, 1, 0]


def test_an_absent_student_without_a_reason_gets_a_pink_reason_cell(qtbot, sheet):
    reason = sheet.table.item(0, REASON)
    assert reason.background().style() == Qt.BrushStyle.NoBrush
    sheet.set_status(0, S.ABSENT)
    assert reason.background().color() == QColor(MISSING) and reason.toolTip() == "Required when absent"
    with qtbot.waitSignal(sheet.changed):
        sheet.set_reason(0, "事假")
    assert reason.background().style() == Qt.BrushStyle.NoBrush and reason.toolTip() == ""
    sheet.set_reason(0, "   ")  # blanks are no reason
    assert reason.background().color() == QColor(MISSING)
    sheet.set_status(0, S.LATE)
    assert reason.background().style() == Qt.BrushStyle.NoBrush


def test_a_reason_being_typed_is_kept_on_commit(qtbot, sheet):
    sheet.edit_reason(2)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and sheet.table.viewport().isAncestorOf(editor)
    editor.setText("家中有事")
    assert sheet.reason_at(2) == ""  # not in the table until the editor is committed
    sheet.commit_editing()
    assert sheet.reason_at(2) == "家中有事"
    assert sheet.table.state() != sheet.table.State.EditingState


def test_showing_rows_again_replaces_the_sheet(sheet):
    sheet.show_rows(ROWS[:1])
    assert sheet.rows() == 1 and sheet.marks() == [(None, "")]


def test_the_sheet_speaks_chinese_with_the_translators(qtbot, qapp):
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    table = QTableWidget()
    qtbot.addWidget(table)
    sheet = CheckInSheet(table)
    sheet.show_rows(ROWS)
    assert [table.horizontalHeaderItem(c).text() for c in range(4)] == ["学号", "学员", "状态", "原因"]
    assert table.cellWidget(0, STATUS).currentText() == "未记录"
    sheet.set_status(0, S.ABSENT)
    assert table.item(0, REASON).toolTip() == "缺勤时必填"
