"""Follow-ups due (待回访) on the dashboard: the overdue and the coming ones, earliest
first, with the student; a click on one opens that student's placements."""
# zh_CN: English → 中文
#   Follow-ups due → 待回访
#   %1 overdue, %2 due within %3 days → 逾期 %1 条，%3 天内到期 %2 条
#   No follow-ups due. → 暂无待回访。
#   %1 · %2-day follow-up · due %3 → %1 · %2 天回访 · %3 到期
#   overdue → 已逾期
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ...core.services.summary import FollowUpFigures
from .dashboard_card import CARD_STYLE

OVERDUE_COLOUR = QColor("#cf222e")


class DashboardFollowUps(QFrame):
    """`set_follow_ups(summary.follow_ups)`; `student_clicked(student_id)`, `header_clicked`."""

    student_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setStyleSheet(CARD_STYLE.split("QFrame#card:hover")[0])
        self.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(self.tr("Follow-ups due"))
        self.title.setStyleSheet("font-weight: 600;")
        self.counts = QLabel("")
        self.counts.setStyleSheet("color: #57606a;")
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.empty = QLabel(self.tr("No follow-ups due."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #57606a;")
        for w in (self.title, self.counts, self.list, self.empty):
            layout.addWidget(w)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)

    def set_follow_ups(self, data: FollowUpFigures) -> None:
        self.counts.setText(self.tr("%1 overdue, %2 due within %3 days")
                            .replace("%1", str(data.overdue)).replace("%2", str(data.due_soon))
                            .replace("%3", str(data.window_days)))
        self.list.clear()
        for item in data.items:
            text = (self.tr("%1 · %2-day follow-up · due %3").replace("%1", item.student_name)
                    .replace("%2", str(item.day_mark)).replace("%3", f"{item.due_on:%Y-%m-%d}"))
            if item.overdue:
                text += " · " + self.tr("overdue")
            row = QListWidgetItem(text)
            row.setData(Qt.ItemDataRole.UserRole, item.student_id)
            if item.overdue:
                row.setForeground(OVERDUE_COLOUR)
            self.list.addItem(row)
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)

    def _activated(self, item: QListWidgetItem) -> None:
        self.student_clicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))
