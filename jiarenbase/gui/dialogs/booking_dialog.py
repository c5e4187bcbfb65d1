"""直播间预约: book a live room, or edit / cancel a booking.

Room, date, start and end in 15-minute steps (a stored booking off that grid, or
ending on a later day, shows and keeps its exact times: "01:00 next day"), purpose, mentor, students (ticked in
a list that filters as you type), note. A clash — the room, the mentor or a
student already booked at that time — comes back from the rooms service and is
shown under the field it concerns, naming the other booking. A mentor books for
themselves only (the mentor field is fixed) and sees only their own students.
Only active mentors are offered; a booking's former mentor stays on it, marked
"(inactive)". Staff may cancel a booking from here, a mentor their own future
ones. Opened read-only for a booking the user may not change.
"""
# zh_CN: English → 中文
#   New room booking → 新建直播间预约
#   Edit room booking → 编辑直播间预约
#   Room booking → 直播间预约
#   Live room → 直播间
#   Date → 日期
#   Time → 时间
#   to → 至
#   Start time (15-minute steps) → 开始时间（以15分钟为单位）
#   End time (15-minute steps) → 结束时间（以15分钟为单位）
#   Purpose → 用途
#   Mentor → 导师
#   Students → 学员
#   Search by name or student number → 按姓名或学号搜索
#   Tick the students who take part → 勾选参加的学员
#   Note → 备注
#   Cancel this booking… → 取消此预约…
#   (no mentor) → （不指定导师）
#   Mock live drill → 模拟直播演练
#   Live session → 实战直播
#   Script polishing → 话术打磨
#   Short-video shoot → 短视频拍摄
#   Data review → 数据复盘
#   %1 h %2 min → %1小时%2分钟
#   %1 h → %1小时
#   %1 min → %1分钟
#   No students chosen. → 未选择学员。
#   Chosen (%1): %2 → 已选（%1）：%2
#   %1 students of other mentors stay on this booking. → 另有%1名其他导师的学员保留在此预约中。
#   Cancel booking → 取消预约
#   Cancel the booking “%1”? The room becomes free again. → 取消预约“%1”吗？该时段的直播间将空出。
#   Keep booking → 保留预约
#   (inactive) → （已停用）
#   %1 next day → 次日 %1
#   %1, %2 days later → %2天后 %1
#   Close → 关闭
#   Booked: %1 → 已预约：%1
#   Booking saved: %1 → 预约已保存：%1
from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget

from ...core.services import enrolment, mentors, rooms
from ...core.services.rooms import BookingDTO, BookingInput
from ..context import AppContext
from ..forms.ui_booking_dialog import Ui_BookingDialog
from ..widgets.search_checklist import SearchChecklist
from .form_values import combo_value, fill_combo, select_value, to_qdate
from .record_dialog import RecordDialog

STEP = 15  # minutes
DAY = 24 * 60


def ask_cancel(parent: QWidget, label: str) -> bool:
    """Ask before a booking is cancelled (the dialog's button, the grid's menu)."""
    title = QCoreApplication.translate("BookingDialog", "Cancel booking")
    box = QMessageBox(QMessageBox.Icon.Question, title, QCoreApplication.translate(
        "BookingDialog", "Cancel the booking “%1”? The room becomes free again.").replace("%1", label), parent=parent)
    yes = box.addButton(title, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(box.addButton(QCoreApplication.translate("BookingDialog", "Keep booking"),
                                       QMessageBox.ButtonRole.RejectRole))
    box.exec()
    return box.clickedButton() is yes


def _hhmm(minutes: int) -> str:
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _student_label(student) -> str:
    return f"{student.name}  {student.student_number}".strip()


class BookingDialog(RecordDialog):
    FIELDS = {"直播间": "room", "结束时间": "end", "用途": "purpose", "导师": "mentor", "学员": "students",
              "备注": "note"}
    REQUIRED = ("room",)

    cancelled = Signal(int)

    def __init__(self, ctx: AppContext, booking_id: int | None = None, parent: QWidget | None = None, *,
                 room_id: int | None = None, start: datetime | None = None, end: datetime | None = None,
                 read_only: bool = False) -> None:
        super().__init__(ctx, booking_id, parent)
        self.preset = (room_id, start, end)
        self.read_only = read_only
        self.ui = Ui_BookingDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.mark_required(self.ui.timeLabel, True)
        ui = self.ui
        fill_combo(ui.start, ((_hhmm(m), m) for m in range(0, DAY, STEP)))
        fill_combo(ui.end, ((_hhmm(m), m) for m in range(STEP, DAY + 1, STEP)))
        self._stored_times: tuple | None = None  # ((date, start, end as shown), (start, end) stored)
        ui.purpose.addItems([self.tr("Mock live drill"), self.tr("Live session"), self.tr("Script polishing"),
                             self.tr("Short-video shoot"), self.tr("Data review")])
        ui.purpose.setCurrentIndex(-1)
        ui.purpose.lineEdit().setMaxLength(100)
        ui.start.currentIndexChanged.connect(self._start_changed)
        ui.end.currentIndexChanged.connect(self._show_duration)
        # Students and mentors are searched, never loaded whole (a mentor sees their own students only).
        self.students = SearchChecklist(ui.studentSearch, ui.students, self)
        self.students.setup(ctx, enrolment.list_students, _student_label, sort="name")
        self.students.changed.connect(self._show_chosen)
        if not ctx.is_mentor:
            ui.mentor.setup(ctx, mentors.list_mentors, lambda m: m.name, sort="name",
                            filters={"active": True, "assignable": True}, none_text=self.tr("(no mentor)"))
        ui.cancelBooking.clicked.connect(self.cancel_booking)
        ui.cancelBooking.setVisible(False)  # shown once the booking is loaded, to who may cancel it
        if ctx.is_mentor:
            ui.mentor.setEnabled(False)
        self._show_chosen()
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New room booking"), self.tr("Edit room booking")

    # -- choices -------------------------------------------------------------------------
    def choices(self):
        own = self.ctx.actor.mentor_id
        mentor_step = ((mentors.get_mentor, (own,), self._own_mentor_loaded) if self.ctx.is_mentor
                       else self.ui.mentor.first_page())
        return [(rooms.list_rooms, (), self._rooms_loaded), mentor_step, self.students.first_page()]

    def _rooms_loaded(self, found: list[rooms.RoomDTO]) -> None:
        fill_combo(self.ui.room, ((r.name, r.id) for r in found if r.active))

    def _own_mentor_loaded(self, mentor: mentors.MentorDTO) -> None:
        """A mentor books for themselves only: the field shows them, fixed."""
        self.ui.mentor.set_current(mentor.id, mentor.name, mentor)

    # -- students -----------------------------------------------------------------------
    def chosen_students(self) -> tuple[int, ...]:
        return self.students.ticked_ids()

    def choose_students(self, student_ids) -> None:
        """Tick exactly these students; they move to the top of the list so they are seen."""
        self.students.tick(student_ids)

    def _show_chosen(self, *_args) -> None:
        names = [text.split("  ")[0] for text in self.students.ticked_texts()]
        text = (self.tr("Chosen (%1): %2").replace("%1", str(len(names))).replace("%2", "、".join(names))
                if names else self.tr("No students chosen."))
        hidden = self.record.other_students if isinstance(self.record, BookingDTO) else 0
        if hidden:
            text += " " + self.tr("%1 students of other mentors stay on this booking.").replace("%1", str(hidden))
        self.ui.studentsChosen.setText(text)

    # -- times ----------------------------------------------------------------------------
    def _start_changed(self) -> None:
        """Moving the start keeps the end after it (one hour later when it was not)."""
        start, end = combo_value(self.ui.start), combo_value(self.ui.end)
        if start is not None and end is not None and end <= start:
            later = [i for i in range(self.ui.end.count()) if self.ui.end.itemData(i) >= min(DAY, start + 60)]
            self.ui.end.setCurrentIndex(later[0] if later else self.ui.end.count() - 1)
        self._show_duration()

    def _show_duration(self) -> None:
        start, end = combo_value(self.ui.start), combo_value(self.ui.end)
        text = ""
        if start is not None and end is not None and end > start:
            h, m = divmod(end - start, 60)
            text = (self.tr("%1 h %2 min").replace("%1", str(h)).replace("%2", str(m)) if h and m
                    else self.tr("%1 h").replace("%1", str(h)) if h else self.tr("%1 min").replace("%1", str(m)))
        self.ui.duration.setText(text)

    def _time_text(self, minutes: int) -> str:
        """"14:07"; an end on a later day (the booking crosses midnight): "01:00 next day"."""
        days, rest = divmod(minutes, DAY)
        if minutes <= DAY:
            return _hhmm(minutes)
        if days == 1:
            return self.tr("%1 next day").replace("%1", _hhmm(rest))
        return self.tr("%1, %2 days later").replace("%1", _hhmm(rest)).replace("%2", str(days))

    def _show_time(self, combo, minutes: int) -> None:
        """Choose `minutes` in a time combo; a time off the 15-minute grid or on a later
        day is added in its place, so a stored booking is shown (and saved) as it is."""
        index = combo.findData(minutes)
        if index < 0:
            index = next((i for i in range(combo.count()) if combo.itemData(i) > minutes), combo.count())
            combo.insertItem(index, self._time_text(minutes), minutes)
        combo.setCurrentIndex(index)

    def _set_times(self, start: datetime, end: datetime) -> None:
        """Show the booking's times exactly (never rounded); what gather() returns
        while the user leaves date, start and end alone is the stored start and end."""
        midnight = datetime.combine(start.date(), time())
        minute = timedelta(minutes=1)
        start_min = (start - midnight) // minute
        end_min = max(-((midnight - end) // minute), start_min + 1)  # rounded up: the end stays after the start
        self.ui.date.setDate(to_qdate(start.date()))
        self._show_time(self.ui.start, start_min)
        self._show_time(self.ui.end, end_min)
        self._stored_times = ((start.date(), start_min, end_min), (start, end))
        self._show_duration()

    # -- RecordDialog -------------------------------------------------------------------------
    def prepare_new(self) -> None:
        room_id, start, end = self.preset
        if room_id is not None:
            select_value(self.ui.room, room_id)
        if start is None:
            now = datetime.now()
            start = datetime.combine(date.today(), time(min(now.hour + 1, 21)))
        self._set_times(start, end if end is not None and end > start else start + timedelta(hours=1))
        self._apply_read_only()

    def load(self, db, actor, record_id: int) -> BookingDTO:
        return rooms.get_booking(db, actor, record_id)

    def fill(self, dto: BookingDTO) -> None:
        ui = self.ui
        if not select_value(ui.room, dto.room_id):
            ui.room.addItem(dto.room_name, dto.room_id)
            select_value(ui.room, dto.room_id)
        self._set_times(dto.start, dto.end)
        ui.purpose.setCurrentText(dto.purpose)
        name = dto.mentor_name
        if not self.ctx.is_mentor and dto.mentor_id is not None and ui.mentor.row(dto.mentor_id) is None \
                and ui.mentor.listed_all():  # every active mentor is listed, this one is not
            inactive = self.tr("(inactive)")
            name = f"{name} {inactive}"
        ui.mentor.set_current(dto.mentor_id, name)
        for sid, name in zip(dto.student_ids, dto.student_names, strict=False):
            self.students.add(sid, name)
        self.choose_students(dto.student_ids)
        ui.note.setPlainText(dto.note)
        self._show_chosen()
        ui.cancelBooking.setVisible(self.may_cancel(dto))
        self._apply_read_only()

    def may_cancel(self, dto: BookingDTO) -> bool:
        """Mirrors rooms.cancel_booking: staff any booking, a mentor their own before it starts."""
        if self.read_only:
            return False
        if not self.ctx.is_mentor:
            return True
        return dto.mentor_id is not None and dto.mentor_id == self.ctx.actor.mentor_id and dto.start > datetime.now()

    def saved_notice(self, dto: BookingDTO) -> str:
        end = f"{dto.end:%H:%M}" if dto.end.date() == dto.start.date() else f"{dto.end:%m-%d %H:%M}"
        text = self.tr("Booked: %1") if self.is_new else self.tr("Booking saved: %1")
        return text.replace("%1", f"{dto.label} {dto.start:%m-%d %H:%M}–{end}")

    def _apply_read_only(self) -> None:
        if not self.read_only:
            return
        ui = self.ui
        for w in (ui.room, ui.date, ui.start, ui.end, ui.purpose, ui.mentor, ui.studentSearch):
            w.setEnabled(False)
        ui.students.setEnabled(False)
        ui.note.setReadOnly(True)
        self.save_button.hide()
        self.save_shortcut.setEnabled(False)
        ui.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))

    def _update_buttons(self) -> None:
        super()._update_buttons()
        if self.read_only:
            self.save_button.setEnabled(False)

    def gather(self) -> BookingInput:
        ui = self.ui
        day: date = ui.date.date().toPython()
        shown = (day, combo_value(ui.start), combo_value(ui.end))
        if self._stored_times is not None and shown == self._stored_times[0]:
            start, end = self._stored_times[1]  # untouched: exactly as stored (seconds too)
        else:
            midnight = datetime.combine(day, time())
            start = midnight + timedelta(minutes=combo_value(ui.start) or 0)
            end = midnight + timedelta(minutes=combo_value(ui.end) or 0)
        mentor_id = ui.mentor.checked_id("导师", "mentor")
        return BookingInput(room_id=combo_value(ui.room), start=start, end=end, purpose=ui.purpose.currentText(),
                            mentor_id=mentor_id, student_ids=self.chosen_students(),
                            note=ui.note.toPlainText())

    def create(self, db, actor, data: BookingInput) -> BookingDTO:
        return rooms.book_room(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: BookingInput) -> BookingDTO:
        return rooms.update_booking(db, actor, record_id, version, data)

    def snapshot(self) -> list:
        return super().snapshot() + [self.chosen_students()]

    # -- cancelling ---------------------------------------------------------------------------
    def cancel_booking(self) -> None:
        if self.is_new or self.record is None:
            return
        if not ask_cancel(self, self.record.label):
            return

        def done(_result) -> None:
            self.cancelled.emit(self.record_id)
            self.mark_clean()
            self.accept()

        self.run(rooms.cancel_booking, self.record_id, self.version, on_done=done)
