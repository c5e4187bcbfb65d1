"""直播间: the week schedule of the 10 live rooms.

Week navigation (previous / this / next week, a date picker), the room week grid
(rows = rooms, columns = days × hours) and the utilisation of each room and of the
whole week. Booking by dragging across free time or with "New booking…"; moving
by dragging a booking (a clash is refused and named, the block snaps back);
double-click edits; the right-click menu edits, cancels (staff any booking, undoable
with Ctrl+Z; a mentor their own future ones) or asks for a practice-session log
(`log_session_requested`). Every booking, move and cancellation is confirmed in the
status bar. The combos are as wide as their texts; the muted texts follow the theme.
"""
# zh_CN: English → 中文
#   Live rooms → 直播间
#   ◀ Previous week → ◀ 上一周
#   This week → 本周
#   Next week ▶ → 下一周 ▶
#   Show the week before (Alt+Left) → 显示上一周（Alt+←）
#   Show the week after (Alt+Right) → 显示下一周（Alt+→）
#   Go to the week of this date → 跳到该日期所在的一周
#   Show → 显示
#   Whole week → 整周
#   Day columns → 按天
#   Wide → 宽
#   New booking… → 新建预约…
#   %1 – %2 · week %3 → %1 至 %2 · 第%3周
#   %1 bookings · %2 of %3 opening hours booked (%4) · open %5 → %1个预约 · 开放%3小时中已预约%2小时（%4）· 开放时间 %5
#   No bookings this week · open %1 → 本周暂无预约 · 开放时间 %1
#   Drag across free time in a room to book it, drag a booking to move it, double-click to edit, right-click for more.
#     → 在直播间的空闲时段上拖动即可预约，拖动预约可改时间或换直播间，双击编辑，右键查看更多操作。
#   You can book rooms for yourself and your students and move your own bookings; other mentors' bookings are grey.
#     → 您可以为自己和自己的学员预约直播间，并调整自己的预约；其他导师的预约显示为灰色。
#   Booking not moved → 预约未调整
#   Booking not cancelled → 预约未取消
#   The week could not be loaded: %1 → 无法载入本周排期：%1
#   booking %1 → 预约 %1
#   Undo failed → 撤销失败
#   Booking moved: %1 → 预约已调整：%1
#   Booking cancelled: %1 → 已取消预约：%1
from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...core.errors import ConflictError, JiarenError
from ...core.services import rooms
from ...core.services.rooms import BookingInput, WeekSchedule
from ..context import AppContext
from ..dialogs.booking_dialog import BookingDialog, ask_cancel
from ..dialogs.form_values import combo_value, fill_combo, select_value, to_qdate
from ..forms.ui_rooms_page import Ui_RoomsPage
from ..undo import DeleteCommand
from ..widgets.filter_combo import fit_to_text
from ..widgets.room_week_painter import percent, week_colours


class RoomsPage(QWidget):
    changed = Signal()  # a booking was made, moved or cancelled
    log_session_requested = Signal(int)  # booking id: open the practice-session log for it

    dialog_class = BookingDialog  # tests replace it

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.day = date.today()
        self.week: WeekSchedule | None = None
        self._scrolled_for: date | None = None
        self.ui = ui = Ui_RoomsPage()
        ui.setupUi(self)
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.weekLabel.setStyleSheet("font-size: 15px; margin-left: 12px;")
        ui.hint.setText(self.tr("You can book rooms for yourself and your students and move your own bookings; "
                                "other mentors' bookings are grey.") if ctx.is_mentor else
                        self.tr("Drag across free time in a room to book it, drag a booking to move it, "
                                "double-click to edit, right-click for more."))
        fill_combo(ui.zoom, [(self.tr("Day columns"), "day"), (self.tr("Whole week"), "week"),
                             (self.tr("Wide"), "wide")])
        ui.zoom.currentIndexChanged.connect(lambda: self.grid.set_zoom(combo_value(ui.zoom)))
        self._restyle()
        ui.previousWeek.clicked.connect(lambda: self.show_week(self.day - timedelta(days=7)))
        ui.nextWeek.clicked.connect(lambda: self.show_week(self.day + timedelta(days=7)))
        ui.thisWeek.clicked.connect(lambda: self.show_week(date.today()))
        ui.day.dateChanged.connect(lambda d: self.show_week(d.toPython()))
        ui.newBooking.clicked.connect(lambda: self.new_booking())
        for keys, step in (("Alt+Left", -7), ("Alt+Right", 7)):
            QShortcut(QKeySequence(keys), self).activated.connect(
                lambda step=step: self.show_week(self.day + timedelta(days=step)))
        grid = self.grid
        grid.range_selected.connect(self.new_booking)
        grid.booking_activated.connect(self.edit_booking)
        grid.booking_moved.connect(self.move_booking)
        grid.cancel_requested.connect(self.cancel_booking)
        grid.log_session_requested.connect(self.log_session_requested)
        self._set_day_edit(self.day)
        self.refresh()

    @property
    def grid(self):
        return self.ui.grid

    def _restyle(self) -> None:
        """Widths and colours that depend on the font and theme: the combos as wide as
        their longest text (never clipped to "按▼"), the muted texts in the theme's shade."""
        ui = self.ui
        for w in (ui.zoom, ui.day):
            w.ensurePolished()  # the style sheet's font and padding, also before the page is first shown
        fit_to_text(ui.zoom)
        ui.day.setMinimumWidth(ui.day.sizeHint().width())
        muted = week_colours(self).muted.name()
        for label in (ui.weekUtilisation, ui.hint):
            label.setStyleSheet(f"color: {muted};")
        self._styled = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.StyleChange, QEvent.Type.FontChange, QEvent.Type.PaletteChange,
                            QEvent.Type.LanguageChange) and getattr(self, "_styled", False):
            self._restyle()

    # -- loading -----------------------------------------------------------------------
    def show_week(self, day: date) -> None:
        self.day = day
        self._set_day_edit(day)
        self.refresh()

    def _set_day_edit(self, day: date) -> None:
        blocked = self.ui.day.blockSignals(True)
        self.ui.day.setDate(to_qdate(day))
        self.ui.day.blockSignals(blocked)

    def refresh(self) -> None:
        # latest only: a week answering after another week was asked for is dropped
        self.ctx.ops.run(self, rooms.week_schedule, self.ctx.db, self.ctx.actor, self.day, success=self._show,
                         failure=self._failed, latest="week")

    def _failed(self, exc: JiarenError) -> None:
        self.grid.clear_pending()
        self.ui.weekUtilisation.setText(self.tr("The week could not be loaded: %1").replace(
            "%1", self.ctx.message(exc)))

    def _show(self, week: WeekSchedule) -> None:
        self.week = week
        self.grid.set_schedule(week)
        monday, sunday = week.start.date(), (week.end - timedelta(days=1)).date()
        self.ui.weekLabel.setText(self.tr("%1 – %2 · week %3").replace("%1", f"{monday:%Y-%m-%d}")
                                  .replace("%2", f"{sunday:%m-%d}").replace("%3", str(monday.isocalendar()[1])))
        if week.bookings:
            text = (self.tr("%1 bookings · %2 of %3 opening hours booked (%4) · open %5")
                    .replace("%1", str(len(week.bookings))).replace("%2", _hours(week.booked_hours))
                    .replace("%3", _hours(week.open_hours)).replace("%4", percent(week.ratio))
                    .replace("%5", week.opening.label))
        else:
            text = self.tr("No bookings this week · open %1").replace("%1", week.opening.label)
        self.ui.weekUtilisation.setText(text)
        self.ui.thisWeek.setEnabled(rooms.week_bounds(date.today())[0] != week.start)
        if self._scrolled_for != monday:  # a new week: start at today, or at Monday
            self._scrolled_for = monday
            today = date.today()
            first = today if monday <= today <= sunday else monday
            self.grid.scroll_to(datetime.combine(first, datetime.min.time()) + timedelta(hours=week.first_hour))

    # -- booking -------------------------------------------------------------------------
    def _run_dialog(self, dialog: BookingDialog) -> bool:
        cancelled = getattr(dialog, "cancelled", None)
        if cancelled is not None:  # cancelled from the dialog: undo and confirm as from the menu
            cancelled.connect(lambda _id: self._cancelled(dialog.record, reload=False))
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if accepted:
            self.refresh()
            self.changed.emit()
        return accepted

    def new_booking(self, room_id: int | None = None, start: datetime | None = None,
                    end: datetime | None = None) -> bool:
        if start is None and self.week is not None and not (self.week.start <= datetime.now() < self.week.end):
            start = self.week.start + timedelta(hours=max(9, self.week.opening.open_hour))
        return self._run_dialog(self.dialog_class(self.ctx, None, self, room_id=room_id, start=start, end=end))

    def edit_booking(self, booking_id: int) -> bool:
        read_only = not self.grid.editable(booking_id)
        return self._run_dialog(self.dialog_class(self.ctx, booking_id, self, read_only=read_only))

    def move_booking(self, booking_id: int, room_id: int, start: datetime, end: datetime) -> None:
        b = self.grid.booking(booking_id)
        if b is None:
            self.grid.clear_pending()
            return
        data = BookingInput(room_id=room_id, start=start, end=end, purpose=b.purpose, mentor_id=b.mentor_id,
                            student_ids=b.student_ids, note=b.note)

        def moved(dto) -> None:
            self.ctx.notify(self.tr("Booking moved: %1").replace("%1", f"{dto.label} {_span(dto)}"))
            self.refresh()
            self.changed.emit()

        def refused(exc: JiarenError) -> None:
            self.grid.clear_pending()  # the block snaps back
            QMessageBox.warning(self, self.tr("Booking not moved"), self.ctx.message(exc))
            if isinstance(exc, ConflictError):
                self.refresh()

        self.ctx.ops.run(self, rooms.update_booking, self.ctx.db, self.ctx.actor, booking_id, b.version, data,
                         success=moved, failure=refused)

    def cancel_booking(self, booking_id: int) -> None:
        b = self.grid.booking(booking_id)
        if b is None or not self.grid.cancellable(booking_id) or not ask_cancel(self, b.label):
            return

        def failed(exc: JiarenError) -> None:
            QMessageBox.warning(self, self.tr("Booking not cancelled"), self.ctx.message(exc))
            self.refresh()

        self.ctx.ops.run(self, rooms.cancel_booking, self.ctx.db, self.ctx.actor, b.id, b.version,
                         success=lambda _r: self._cancelled(b), failure=failed)

    def _cancelled(self, b, reload: bool = True) -> None:
        """A booking was cancelled (from the grid or the dialog): staff can undo it (the
        trash restores it; a mentor may not restore bookings); confirmed either way."""
        undoable = not self.ctx.is_mentor
        if undoable:
            self.ctx.undo.push(DeleteCommand(self.ctx, "room_booking", rooms.cancel_booking, [b.id],
                                             self.tr("booking %1").replace("%1", b.label),
                                             on_change=self._after_undo, on_error=self._undo_failed))
        self.ctx.notify(self.tr("Booking cancelled: %1").replace("%1", f"{b.label} {_span(b)}"), undoable=undoable)
        if reload:  # (after the dialog, _run_dialog reloads)
            self.refresh()
            self.changed.emit()

    def _after_undo(self) -> None:
        self.refresh()
        self.changed.emit()

    def _undo_failed(self, exc: Exception) -> None:
        QMessageBox.warning(self, self.tr("Undo failed"), self.ctx.message(exc))

    def select_zoom(self, zoom: str) -> None:
        select_value(self.ui.zoom, zoom)


def _span(b) -> str:
    """"05-06 14:00–16:00" (the other day's date too when it crosses midnight)."""
    end = f"{b.end:%H:%M}" if b.end.date() == b.start.date() else f"{b.end:%m-%d %H:%M}"
    return f"{b.start:%m-%d %H:%M}–{end}"


def _hours(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")
