"""The check-in table of a lesson (考勤表): one row per student with a status combo
(not recorded / present / late / absent) and a reason cell that turns pink while
an absent student has no reason. Keys 1, 2, 3 mark the selected rows."""
# zh_CN: English → 中文
#   Student no. → 学号
#   Student → 学员
#   Status → 状态
#   Reason → 原因
#   Not recorded → 未记录
#   Required when absent → 缺勤时必填
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QComboBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
)

from ...core.domain.enums import AttendanceStatus
from ...core.services.attendance import AttendanceRow
from ..dialogs.form_values import enum_label

STATUSES = (AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT)
KEYS = {Qt.Key.Key_1: AttendanceStatus.PRESENT, Qt.Key.Key_2: AttendanceStatus.LATE,
        Qt.Key.Key_3: AttendanceStatus.ABSENT}
NUMBER, NAME, STATUS, REASON = range(4)
MISSING = QColor("#ffebee")


class CheckInSheet(QObject):
    """Drives a QTableWidget from the form (a sheet has a few dozen rows)."""

    changed = Signal()  # a status or reason was changed

    def __init__(self, table: QTableWidget, lang: str = "zh") -> None:
        super().__init__(table)
        self.table = table
        self.lang = lang
        table.setColumnCount(4)
        table.setHorizontalHeaderLabels([self.tr("Student no."), self.tr("Student"), self.tr("Status"),
                                         self.tr("Reason")])
        table.horizontalHeader().setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        table.installEventFilter(self)
        table.itemChanged.connect(self._item_changed)

    # -- filling -----------------------------------------------------------------------
    def show_rows(self, rows: tuple[AttendanceRow, ...]) -> None:
        table = self.table
        table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, line in enumerate(rows):
            for col, text in ((NUMBER, line.student_number), (NAME, line.student_name)):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                table.setItem(r, col, item)
            combo = QComboBox()
            if line.status is None:  # a recorded line cannot go back to "not recorded"
                combo.addItem(self.tr("Not recorded"), None)
            for st in STATUSES:
                combo.addItem(enum_label(st, self.lang), st.value)
            combo.setCurrentIndex(max(combo.findData(line.status.value if line.status else None), 0))
            combo.currentIndexChanged.connect(lambda _i, row=r: self._status_changed(row))
            table.setCellWidget(r, STATUS, combo)
            table.setItem(r, REASON, QTableWidgetItem(line.reason))
        table.blockSignals(False)
        self._fit_columns()
        for r in range(table.rowCount()):
            self._highlight(r)

    def _fit_columns(self) -> None:
        """Wide enough for the contents and for the header (the theme shows it in capitals)."""
        table = self.table
        metrics = table.horizontalHeader().fontMetrics()
        for col in (NUMBER, NAME, STATUS):
            table.resizeColumnToContents(col)
            title = table.horizontalHeaderItem(col).text().upper()
            table.setColumnWidth(col, max(table.columnWidth(col), metrics.horizontalAdvance(title) + 64))

    # -- reading and marking -------------------------------------------------------------
    def rows(self) -> int:
        return self.table.rowCount()

    def status_at(self, row: int) -> AttendanceStatus | None:
        combo = self.table.cellWidget(row, STATUS)
        data = combo.currentData() if isinstance(combo, QComboBox) else None
        return AttendanceStatus(data) if data else None

    def set_status(self, row: int, status: AttendanceStatus) -> None:
        combo = self.table.cellWidget(row, STATUS)
        if isinstance(combo, QComboBox):
            combo.setCurrentIndex(combo.findData(status.value))

    def reason_at(self, row: int) -> str:
        item = self.table.item(row, REASON)
        return item.text() if item else ""

    def set_reason(self, row: int, text: str) -> None:
        self.table.item(row, REASON).setText(text)

    def marks(self) -> list[tuple[AttendanceStatus | None, str]]:
        return [(self.status_at(r), self.reason_at(r).strip()) for r in range(self.rows())]

    def counts(self) -> list[int]:
        """Present, late, absent, not recorded."""
        marks = [s for s, _ in self.marks()]
        return [sum(1 for s in marks if s is st) for st in STATUSES] + [sum(1 for s in marks if s is None)]

    def mark_unmarked_present(self) -> None:
        """“All present”: everyone not marked yet; marks already made stay."""
        for r in range(self.rows()):
            if self.status_at(r) is None:
                self.set_status(r, AttendanceStatus.PRESENT)

    def mark_selected(self, status: AttendanceStatus) -> None:
        rows = {i.row() for i in self.table.selectedIndexes()} | {self.table.currentRow()}
        for r in sorted(rows - {-1}):
            self.set_status(r, status)

    def edit_reason(self, row: int) -> None:
        self.table.setCurrentCell(row, REASON)
        self.table.editItem(self.table.item(row, REASON))

    def commit_editing(self) -> None:
        """Keep a reason still being typed (Ctrl+S while the cell editor is open)."""
        editor = QApplication.focusWidget()
        if editor is not None and self.table.viewport().isAncestorOf(editor):
            self.table.commitData(editor)
            self.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    # -- reactions -------------------------------------------------------------------------
    def _status_changed(self, row: int) -> None:
        self._highlight(row)
        self.changed.emit()

    def _item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() == REASON:
            self._highlight(item.row())
            self.changed.emit()

    def _highlight(self, row: int) -> None:
        """An absent student without a reason gets a pink reason cell."""
        item = self.table.item(row, REASON)
        if item is None:
            return
        missing = self.status_at(row) is AttendanceStatus.ABSENT and not item.text().strip()
        blocked = self.table.blockSignals(True)
        item.setBackground(QBrush(MISSING) if missing else QBrush())
        item.setToolTip(self.tr("Required when absent") if missing else "")
        self.table.blockSignals(blocked)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.KeyPress and event.key() in KEYS \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.mark_selected(KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)
