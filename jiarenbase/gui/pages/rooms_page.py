"""直播间: the 10 live rooms and this week's bookings per room (the training-flow
issue replaces the table with the week grid)."""
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ...core.services import rooms
from ..context import AppContext


class RoomsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        heading = QLabel(self.tr("Live rooms"))
        heading.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.caption = QLabel()
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Room"), self.tr("Bookings this week"),
                                              self.tr("Booked hours"), self.tr("Next booking")])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(heading)
        layout.addWidget(self.caption)
        layout.addWidget(self.table)
        self.refresh()

    def refresh(self) -> None:
        self.ctx.tasks.run(rooms.room_week, self.ctx.db, self.ctx.actor, date.today(), on_done=self._show,
                           on_error=lambda exc: self.caption.setText(self.ctx.message(exc)))

    def _show(self, rows: list[rooms.RoomWeekDTO]) -> None:
        start, end = rooms.week_bounds(date.today())
        self.caption.setText(self.tr("Week of %1 to %2").replace("%1", f"{start:%Y-%m-%d}")
                             .replace("%2", f"{end - timedelta(days=1):%Y-%m-%d}"))
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, value in enumerate((row.room_name, str(row.bookings), f"{row.booked_hours:.1f}", row.next_booking)):
                item = QTableWidgetItem(value)
                if c in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
