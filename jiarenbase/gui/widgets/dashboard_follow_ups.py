"""Follow-ups due (待回访) on the dashboard: the overdue and the coming ones, earliest
first, with the student; a click on one opens that student's placements."""
# zh_CN: English → 中文
#   Follow-ups due → 待回访
#   %1 overdue, %2 due within %3 days → 逾期 %1 条，%3 天内到期 %2 条
#   No follow-ups due. → 暂无待回访。
#   %1 · %2-day follow-up · due %3 → %1 · %2 天回访 · %3 到期
#   overdue → 已逾期
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from ...core.services.summary import FollowUpFigures
from . import chart_colours
from .dashboard_card import apply_card_style


class _ForegroundDelegate(QStyledItemDelegate):
    """Draws a row's text in its ForegroundRole colour: qt-material's style sheet colours all
    item text alike, so an overdue row's red would not show."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        colour = index.data(Qt.ItemDataRole.ForegroundRole)
        if colour is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
            rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        else:
            rect = opt.rect
        painter.save()
        painter.setPen(colour.color() if hasattr(colour, "color") else QColor(colour))
        painter.setFont(opt.font)
        painter.drawText(rect, int(opt.displayAlignment), text)
        painter.restore()


class DashboardFollowUps(QFrame):
    """`set_follow_ups(summary.follow_ups)`; `student_clicked(student_id)`, `header_clicked`."""

    student_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        self.title = QLabel(self.tr("Follow-ups due"))
        self.title.setStyleSheet("font-weight: bold;")
        self.counts = QLabel("")
        self.counts.setObjectName("muted")
        self.list = QListWidget()
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setItemDelegate(_ForegroundDelegate(self.list))
        self.empty = QLabel(self.tr("No follow-ups due."))
        self.empty.setObjectName("muted")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for w in (self.title, self.counts, self.list, self.empty):
            layout.addWidget(w)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self._data: FollowUpFigures | None = None
        self.apply_colours()

    def apply_colours(self) -> None:
        """Panel, title and list in the theme's colours: the list is transparent over the panel
        and its text the theme's (a dark theme's light text stays readable, the title visible)."""
        apply_card_style(self, hover=False)
        c = chart_colours.current()
        style = f"QListWidget {{ background: transparent; color: {c.text}; border: none; }}"
        if self.list.styleSheet() != style:
            self.list.setStyleSheet(style)
        if self._data is not None:
            self.set_follow_ups(self._data)  # the overdue rows' red of this theme

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            chart_colours.restyle_soon(self, self.apply_colours)

    def set_follow_ups(self, data: FollowUpFigures) -> None:
        self._data = data
        overdue_colour = QColor(chart_colours.current().danger)
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
                row.setForeground(overdue_colour)
            self.list.addItem(row)
        has = self.list.count() > 0
        self.list.setVisible(has)
        self.empty.setVisible(not has)

    def _activated(self, item: QListWidgetItem) -> None:
        self.student_clicked.emit(int(item.data(Qt.ItemDataRole.UserRole)))
