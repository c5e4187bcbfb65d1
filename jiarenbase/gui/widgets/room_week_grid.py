"""The room week grid (直播间周排期): rows are the live rooms, columns the seven days
with their hours; bookings are blocks labelled with their students (else purpose) and
time as space allows, in colours taken from the palette (room_week_painter).

* drag on empty space selects a time range in one room → `range_selected`
  (the page opens the booking dialog pre-filled); a double-click books one hour;
* drag a booking to move it (to another time or room), drag its right edge to
  change its end → `booking_moved`; the block stays at the new place ("pending")
  until the page either reloads the week or calls `clear_pending()` (refused: it
  snaps back);
* double-click or Enter on a booking → `booking_activated` (edit); Delete →
  `cancel_requested`; right-click menu: Edit, Cancel booking, Log session
  (`log_session_requested`); tooltips with the whole booking; a red line at now.
Only bookings in `week.editable_ids` can be moved; times snap to 15 minutes.
"""
# zh_CN: English → 中文
#   Edit… → 编辑…
#   Cancel booking → 取消预约
#   Log session → 记录实训
#   New booking here… → 在此新建预约…
#   Room → 直播间
#   %1 h → %1 小时
#   Mon → 周一 / Tue → 周二 / Wed → 周三 / Thu → 周四 / Fri → 周五 / Sat → 周六 / Sun → 周日
#   %1 other student(s) → 另%1名学员
#   Mentor: %1 → 导师：%1
#   Students: %1 → 学员：%1
#   Note: %1 → 备注：%1
#   You cannot change this booking. → 您不能修改此预约。
#   Out of service → 已停用
#   Purpose: %1 → 用途：%1
from __future__ import annotations

import html
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QKeyEvent, QMouseEvent, QPainter, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QMenu, QToolTip, QWidget

from ...core.services.rooms import BookingDTO, WeekSchedule
from . import room_week_painter as painter
from .week_geometry import Piece, WeekGeometry

ZOOMS = {"week": 0.0, "day": 56.0, "wide": 96.0}  # pixels an hour; 0: the whole week fits the width
EDGE = 6  # pixels at a block's right edge that resize it


class RoomWeekGrid(QAbstractScrollArea):
    range_selected = Signal(int, object, object)  # room id, start, end
    booking_activated = Signal(int)
    booking_moved = Signal(int, int, object, object)  # booking id, room id, start, end
    cancel_requested = Signal(int)
    log_session_requested = Signal(int)

    ROOM_WIDTH = 150
    HEADER_HEIGHT = 46
    MIN_ROW_HEIGHT, MAX_ROW_HEIGHT = 54, 96  # rows share the height between these

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.week: WeekSchedule | None = None
        self.geo: WeekGeometry | None = None
        self.zoom = "day"
        self.now: Callable[[], datetime] = datetime.now
        self.selected_id: int | None = None
        self.selection: tuple[int, datetime, datetime] | None = None  # row, start, end being dragged out
        self.ghost: tuple[int, int, datetime, datetime] | None = None  # booking id, row, start, end
        self.pending = False  # the ghost waits for the page's answer
        self.row_height = self.MIN_ROW_HEIGHT
        self._drag: dict | None = None
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.horizontalScrollBar().setSingleStep(24)
        self.verticalScrollBar().setSingleStep(self.MIN_ROW_HEIGHT // 2)
        self.setMinimumHeight(self.HEADER_HEIGHT + 3 * self.MIN_ROW_HEIGHT)

    # -- data -------------------------------------------------------------------------
    def set_schedule(self, week: WeekSchedule | None) -> None:
        self.week = week
        self.ghost, self.pending, self._drag, self.selection = None, False, None, None
        if week is not None and self.selected_id not in {b.id for b in week.bookings}:
            self.selected_id = None
        self._relayout()

    def set_zoom(self, zoom: str) -> None:
        anchor = self.time_at_viewport_x(self.ROOM_WIDTH + 1) if self.geo else None
        self.zoom = zoom
        self._relayout()
        if anchor is not None:
            self.scroll_to(anchor)

    def hour_width(self) -> float:
        if self.week is None:
            return ZOOMS["day"]
        hours = max(1, self.week.last_hour - self.week.first_hour)
        fit = (self.viewport().width() - self.ROOM_WIDTH) / (7 * hours)
        return max(4.0, fit) if self.zoom == "week" else max(ZOOMS[self.zoom], fit)

    def _relayout(self) -> None:
        rooms = len(self.week.rooms) if self.week and self.week.rooms else 1
        available = self.viewport().height() - self.HEADER_HEIGHT
        self.row_height = max(self.MIN_ROW_HEIGHT, min(self.MAX_ROW_HEIGHT, available // rooms))
        self.geo = WeekGeometry(self.week, self.hour_width(), self.row_height) if self.week else None
        content_w = int(self.geo.width) if self.geo else 0
        content_h = self.geo.height if self.geo else 0
        h, v = self.horizontalScrollBar(), self.verticalScrollBar()
        h.setRange(0, max(0, content_w - (self.viewport().width() - self.ROOM_WIDTH)))
        h.setPageStep(max(1, self.viewport().width() - self.ROOM_WIDTH))
        v.setRange(0, max(0, content_h - (self.viewport().height() - self.HEADER_HEIGHT)))
        v.setPageStep(max(1, self.viewport().height() - self.HEADER_HEIGHT))
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._relayout()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        self.viewport().update()

    def scroll_to(self, when: datetime) -> None:
        """Bring a moment to the left edge of the visible hours (e.g. today 08:00)."""
        if self.geo:
            self.horizontalScrollBar().setValue(int(self.geo.x_of(when)))

    def clear_pending(self) -> None:
        """The page's move was refused: the block snaps back."""
        self.ghost, self.pending = None, False
        self.viewport().update()

    # -- coordinates (viewport ↔ content) ------------------------------------------------
    def _content(self, pos: QPoint) -> tuple[float, float]:
        return (pos.x() - self.ROOM_WIDTH + self.horizontalScrollBar().value(),
                pos.y() - self.HEADER_HEIGHT + self.verticalScrollBar().value())

    def _in_content(self, pos: QPoint) -> bool:
        return pos.x() >= self.ROOM_WIDTH and pos.y() >= self.HEADER_HEIGHT

    def time_at_viewport_x(self, x: int) -> datetime:
        return self.geo.time_at(x - self.ROOM_WIDTH + self.horizontalScrollBar().value())

    def point_at(self, room_id: int, when: datetime) -> QPoint:
        """The viewport point of a room's row at a moment (tests drag with it)."""
        x = self.geo.x_of(when) + self.ROOM_WIDTH - self.horizontalScrollBar().value()
        y = (self.geo.rows[room_id] + 0.5) * self.row_height + self.HEADER_HEIGHT - self.verticalScrollBar().value()
        return QPoint(int(round(x)), int(y))

    def booking_rect(self, booking_id: int) -> QRect:
        """The viewport rectangle of a booking's first piece (empty when not drawn)."""
        for p in self.geo.pieces if self.geo else []:
            if p.booking.id == booking_id and p.first:
                return painter.piece_rect(self, p.row, p.x1, p.x2)
        return QRect()

    def piece_at(self, pos: QPoint) -> Piece | None:
        if not self.geo or not self._in_content(pos):
            return None
        return self.geo.piece_at(*self._content(pos))

    def booking(self, booking_id: int | None) -> BookingDTO | None:
        return next((b for b in self.week.bookings if b.id == booking_id), None) if self.week else None

    def editable(self, booking_id: int) -> bool:
        return bool(self.week) and booking_id in self.week.editable_ids

    def cancellable(self, booking_id: int) -> bool:
        """Staff cancel any booking, a mentor their own future ones (the service decides)."""
        return bool(self.week) and self.week.cancellable(booking_id)

    # -- painting -------------------------------------------------------------------------
    def paintEvent(self, event) -> None:
        p = QPainter(self.viewport())
        try:
            painter.paint(self, p)
        finally:
            p.end()

    # -- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton or not self.geo or not self._in_content(pos) or self.pending:
            return super().mousePressEvent(event)
        x, y = self._content(pos)
        piece = self.geo.piece_at(x, y)
        if piece is not None:
            b = piece.booking
            self.selected_id = b.id
            mode = "resize" if piece.last and x >= piece.x2 - EDGE else "move"
            self._drag = dict(mode=mode, booking=b, origin=pos, offset=self.geo.time_at(x) - b.start,
                              started=False) if self.editable(b.id) else None
        else:
            row = self.geo.row_at(y)
            self.selected_id = None
            if row is not None:
                self._drag = dict(mode="select", row=row, anchor=self.geo.time_at(x), origin=pos, started=False)
        self.viewport().update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        drag = self._drag
        if drag is None:
            piece = self.piece_at(pos)
            edge = piece is not None and piece.last and self.editable(piece.booking.id) \
                and self._content(pos)[0] >= piece.x2 - EDGE
            self.viewport().setCursor(Qt.CursorShape.SizeHorCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        if not drag["started"]:
            if (pos - drag["origin"]).manhattanLength() < QApplication.startDragDistance():
                return
            drag["started"] = True
        x, y = self._content(pos)
        when = self.geo.time_at(x)
        if drag["mode"] == "select":
            a, z = sorted((drag["anchor"], when))
            self.selection = (drag["row"], a, max(z, a + timedelta(minutes=15)))
        else:
            b: BookingDTO = drag["booking"]
            if drag["mode"] == "move":
                row = self.geo.row_at(y)
                row = self.geo.rows[b.room_id] if row is None else row
                start = when - drag["offset"]
                self.ghost = (b.id, row, start, start + (b.end - b.start))
            else:
                self.ghost = (b.id, self.geo.rows[b.room_id], b.start, max(when, b.start + timedelta(minutes=15)))
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        if drag["mode"] == "select":
            selection, self.selection = self.selection, None
            self.viewport().update()
            if drag["started"] and selection is not None:
                row, start, end = selection
                self.range_selected.emit(self.geo.room_id(row), start, end)
            return
        ghost = self.ghost
        b: BookingDTO = drag["booking"]
        if not drag["started"] or ghost is None or (self.geo.room_id(ghost[1]), ghost[2], ghost[3]) == \
                (b.room_id, b.start, b.end):
            self.clear_pending()
            return
        self.pending = True
        self.viewport().update()
        self.booking_moved.emit(b.id, self.geo.room_id(ghost[1]), ghost[2], ghost[3])

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if not self.geo or not self._in_content(pos):
            return
        self._drag = None
        piece = self.piece_at(pos)
        if piece is not None:
            self.booking_activated.emit(piece.booking.id)
            return
        x, y = self._content(pos)
        row = self.geo.row_at(y)
        if row is not None:
            start = self._hour_at(x)
            self.range_selected.emit(self.geo.room_id(row), start, start + timedelta(hours=1))

    def _hour_at(self, x: float) -> datetime:
        """The whole hour under content x (a click books from there)."""
        return self.geo.time_at(x, timedelta(minutes=1)).replace(minute=0)

    # -- keyboard, menu, tooltips ------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Escape and (self._drag or self.ghost or self.selection) and not self.pending:
            self._drag, self.selection = None, None
            self.clear_pending()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_id is not None:
            self.booking_activated.emit(self.selected_id)
        elif key == Qt.Key.Key_Delete and self.selected_id is not None and self.cancellable(self.selected_id):
            self.cancel_requested.emit(self.selected_id)
        else:
            super().keyPressEvent(event)

    def menu_at(self, pos: QPoint) -> QMenu | None:
        """The right-click menu at a viewport point (built, not shown: tests trigger its actions)."""
        if not self.geo or not self._in_content(pos):
            return None
        menu = QMenu(self)
        piece = self.piece_at(pos)
        if piece is None:
            x, y = self._content(pos)
            row = self.geo.row_at(y)
            if row is None:
                return None
            start = self._hour_at(x)
            new = menu.addAction(self.tr("New booking here…"))
            new.triggered.connect(lambda: self.range_selected.emit(self.geo.room_id(row), start,
                                                                   start + timedelta(hours=1)))
            return menu
        b = piece.booking
        self.selected_id = b.id
        self.viewport().update()
        edit = menu.addAction(self.tr("Edit…"))
        edit.triggered.connect(lambda: self.booking_activated.emit(b.id))
        edit.setEnabled(self.editable(b.id))
        cancel = menu.addAction(self.tr("Cancel booking"))
        cancel.triggered.connect(lambda: self.cancel_requested.emit(b.id))
        cancel.setEnabled(self.cancellable(b.id))
        menu.addSeparator()
        log = menu.addAction(self.tr("Log session"))
        log.triggered.connect(lambda: self.log_session_requested.emit(b.id))
        log.setEnabled(self.editable(b.id))
        return menu

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.menu_at(event.pos())
        if menu is not None:
            menu.exec(event.globalPos())
            menu.deleteLater()

    def tooltip_text(self, b: BookingDTO) -> str:
        end = f"{b.end:%H:%M}" if b.end.date() == b.start.date() else f"{b.end:%m-%d %H:%M}"
        lines = [f"<b>{html.escape(b.room_name)}</b>", html.escape(f"{b.start:%Y-%m-%d %H:%M}–{end}")]
        if b.purpose:
            lines.append(html.escape(self.tr("Purpose: %1").replace("%1", b.purpose)))
        if b.mentor_name:
            lines.append(html.escape(self.tr("Mentor: %1").replace("%1", b.mentor_name)))
        names = "、".join(b.student_names)
        if b.other_students:
            names += ("，" if names else "") + self.tr("%1 other student(s)").replace("%1", str(b.other_students))
        if names:
            lines.append(html.escape(self.tr("Students: %1").replace("%1", names)))
        if b.note:
            lines.append(html.escape(self.tr("Note: %1").replace("%1", b.note)))
        if not self.editable(b.id):
            locked = self.tr("You cannot change this booking.")
            lines.append(f"<i>{html.escape(locked)}</i>")
        return "<br>".join(lines)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            piece = self.piece_at(event.pos())
            if piece is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_text(piece.booking), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)
