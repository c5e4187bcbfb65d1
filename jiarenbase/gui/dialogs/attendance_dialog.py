"""认知课程考勤: a cohort's cognitive lessons (staff plan them) and the check-in
sheet of each (staff, or a mentor for their own students): all present in one
click, late, absent with a reason; Ctrl+S saves the sheet, all or nothing."""
# zh_CN: English → 中文
#   Cognitive lessons and attendance → 认知课程考勤
#   Cognitive lessons and attendance: %1 → 认知课程考勤：%1
#   Lessons → 课程
#   New lesson → 新建课程
#   Delete lesson → 删除课程
#   Lesson → 课程信息
#   Title → 课程名称
#   Date → 上课日期
#   Hours → 课时
#   Save lesson → 保存课程
#   All present → 全部出勤
#   Keys on selected rows: 1 present, 2 late, 3 absent → 选中行快捷键：1 出勤，2 迟到，3 缺勤
#   %1/%2 attended → 出勤 %1/%2
#   %1 not recorded → %1 人未记录
#   No lessons yet. → 暂无课程。
#   Staff add lessons with “New lesson”. → 教务可点击“新建课程”添加课程。
#   Check-in of %1 (%2) → %1（%2）考勤
#   Fill in the lesson and save it; then take attendance. → 填写课程信息并保存后即可记考勤。
#   Present %1 · Late %2 · Absent %3 · Not recorded %4 → 出勤 %1 · 迟到 %2 · 缺勤 %3 · 未记录 %4
#   Attendance saved. → 考勤已保存。
#   Lesson saved. → 课程已保存。
#   Lesson saved: %1 → 已保存课程：%1
#   Lesson deleted: %1 → 已删除课程：%1
#   Attendance saved: %1, %2 students → 已保存考勤：%1，%2 名学员
#   Discard changes? → 放弃修改？
#   The check-in sheet has unsaved changes. Discard them? → 考勤表有未保存的修改，要放弃吗？
#   Delete lesson → 删除课程
#   Delete the lesson “%1”? Its %2 check-ins will no longer count for the cognitive stage.
#     → 删除课程“%1”吗？其 %2 条考勤将不再计入认知实训。
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidgetItem,
    QMessageBox,
    QStyle,
    QStyleOptionViewItem,
    QWidget,
)

from ...core.domain.enums import AttendanceStatus
from ...core.errors import JiarenError, ValidationError
from ...core.services import attendance
from ...core.services.attendance import AttendanceEntry, AttendanceSheet, ModuleDTO, ModuleInput
from ..context import AppContext
from ..dialog_fit import scroll_body
from ..forms.ui_attendance_dialog import Ui_AttendanceDialog
from ..widgets.check_in_sheet import CheckInSheet
from ..widgets.field_error import FieldErrors
from ..widgets.stage_card import MET
from .form_values import to_qdate


class AttendanceDialog(QDialog):
    def __init__(self, ctx: AppContext, cohort_id: int, cohort_name: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id = cohort_id
        self.modules: list[ModuleDTO] = []
        self.module_id: int | None = None
        self.sheet: AttendanceSheet | None = None
        self.wrote = False  # something was saved (the board then reloads)
        self._baseline: list[tuple] = []
        self.ui = Ui_AttendanceDialog()
        self.ui.setupUi(self)
        scroll_body(self)  # the form scrolls on a short screen; error line and buttons stay
        ui = self.ui
        title = self.tr("Cognitive lessons and attendance")
        self.setWindowTitle(self.tr("Cognitive lessons and attendance: %1").replace("%1", cohort_name)
                            if cohort_name else title)
        ui.cohortName.setText(cohort_name)
        ui.cohortName.setStyleSheet("font-size: 16px; font-weight: 600;")
        ui.keysHint.setStyleSheet("color: #57606a;")
        ui.notice.setStyleSheet(f"color: {MET};")
        ui.notice.hide()
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for field, attr in (("课程名称", "title"), ("上课日期", "date"), ("课时", "hours")):
            self.errors.bind(field, getattr(ui, attr), getattr(ui, attr + "Error"))
        staff = not ctx.is_mentor
        for w in (ui.newLessonButton, ui.deleteLessonButton, ui.lessonBox):
            w.setVisible(staff)
        self.check_in = CheckInSheet(ui.sheet, ctx.lang)
        self.check_in.changed.connect(self._tally)
        ui.lessons.currentRowChanged.connect(self._lesson_chosen)
        ui.newLessonButton.clicked.connect(self.new_lesson)
        ui.deleteLessonButton.clicked.connect(self.delete_lesson)
        ui.saveLessonButton.clicked.connect(self.save_lesson)
        ui.allPresentButton.clicked.connect(self.mark_all_present)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self._show_sheet(None)
        self.load_modules()

    # -- service calls ---------------------------------------------------------------------
    def run(self, fn, *args, on_done, on_error=None, **options) -> None:
        """`fn(db, actor, *args)` as an operation of this dialog (`options`: latest, busy)."""
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done,
                         failure=on_error or self._failed, **options)

    # -- lessons -------------------------------------------------------------------------
    def load_modules(self, select: int | None = None) -> None:
        self.run(attendance.list_modules, self.cohort_id, on_done=lambda mods: self._modules_loaded(mods, select),
                 latest="modules")

    def _lesson_text(self, m: ModuleDTO) -> str:
        """Two lines: date and title; attended and what is still to record."""
        day = m.scheduled_on.isoformat() if m.scheduled_on else ""
        counts = self.tr("%1/%2 attended").replace("%1", str(m.attended)).replace("%2", str(m.students))
        missing = m.students - m.recorded
        if missing > 0 and (m.scheduled_on is None or m.scheduled_on <= date.today()):
            counts += " · " + self.tr("%1 not recorded").replace("%1", str(missing))
        return f"{day}  {m.title}\n{counts}"

    def _modules_loaded(self, modules: list[ModuleDTO], select: int | None) -> None:
        self.modules = modules
        ui = self.ui
        ui.lessons.blockSignals(True)
        ui.lessons.clear()
        for m in modules:
            item = QListWidgetItem(self._lesson_text(m))
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            ui.lessons.addItem(item)
        if not modules:
            ui.lessons.addItem(QListWidgetItem(self.tr("No lessons yet.") + (
                "" if self.ctx.is_mentor else " " + self.tr("Staff add lessons with “New lesson”."))))
            ui.lessons.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        ui.lessons.blockSignals(False)
        if select is None:  # the latest lesson held so far (today's, usually)
            held = [m for m in modules if m.scheduled_on is None or m.scheduled_on <= date.today()]
            select = (held or modules)[-1].id if modules else None
        row = next((i for i, m in enumerate(modules) if m.id == select), -1)
        if row >= 0:
            ui.lessons.setCurrentRow(row)  # → _lesson_chosen
        else:
            self.new_lesson()

    def current_module(self) -> ModuleDTO | None:
        return next((m for m in self.modules if m.id == self.module_id), None)

    def _lesson_chosen(self, row: int) -> None:
        if row < 0 or row >= len(self.modules):
            return
        module = self.modules[row]
        if module.id == self.module_id:
            return
        if self.is_dirty() and not self._discard():
            self.ui.lessons.blockSignals(True)
            self.ui.lessons.setCurrentRow(next(i for i, m in enumerate(self.modules) if m.id == self.module_id))
            self.ui.lessons.blockSignals(False)
            return
        self.module_id = module.id
        self._fill_lesson(module)
        self.run(attendance.attendance_sheet, module.id, on_done=self._show_sheet, latest="sheet")

    def _fill_lesson(self, m: ModuleDTO | None) -> None:
        ui = self.ui
        self.errors.clear()
        ui.title.setText(m.title if m else "")
        ui.date.setDate(to_qdate(m.scheduled_on if m and m.scheduled_on else date.today()))
        ui.hours.setValue(m.hours if m else 2.0)
        ui.deleteLessonButton.setEnabled(m is not None)

    def new_lesson(self) -> None:
        if self.is_dirty() and not self._discard():
            return
        self.module_id = None
        self.ctx.ops.cancel(self, "sheet")  # a sheet still coming is no longer the one shown
        self.ui.lessons.blockSignals(True)
        self.ui.lessons.setCurrentRow(-1)
        self.ui.lessons.blockSignals(False)
        self._fill_lesson(None)
        self._show_sheet(None)
        if not self.ctx.is_mentor:
            self.ui.title.setFocus(Qt.FocusReason.OtherFocusReason)

    def save_lesson(self) -> None:
        ui = self.ui
        data = ModuleInput(ui.title.text(), ui.date.date().toPython(), ui.hours.value())
        self.errors.clear()
        current = self.current_module()
        if current is None:
            fn, args = attendance.create_module, (self.cohort_id, data)
        else:
            fn, args = attendance.update_module, (current.id, current.version, data)

        def done(m: ModuleDTO) -> None:
            self.wrote = True
            self.module_id = None if current is None else self.module_id
            self.load_modules(select=m.id)
            self._note(self.tr("Lesson saved."))
            self.ctx.notify(self.tr("Lesson saved: %1").replace("%1", self._lesson_name(m)))

        self.run(fn, *args, on_done=done, busy=[ui.saveLessonButton])

    @staticmethod
    def _lesson_name(m: ModuleDTO) -> str:
        """The lesson in a confirmation: its title's first line and its date."""
        title = m.title.split("\n", 1)[0]
        return f"{title} {m.scheduled_on:%Y-%m-%d}" if m.scheduled_on else title

    def delete_lesson(self) -> None:
        m = self.current_module()
        if m is None:
            return
        question = (self.tr("Delete the lesson “%1”? Its %2 check-ins will no longer count for the cognitive stage.")
                    .replace("%1", m.title).replace("%2", str(m.recorded)))
        answer = QMessageBox.question(self, self.tr("Delete lesson"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_none) -> None:
            self.wrote = True
            self.module_id = None
            self._baseline = []
            self.load_modules()
            self.ctx.notify(self.tr("Lesson deleted: %1").replace("%1", self._lesson_name(m)))

        self.run(attendance.delete_module, m.id, m.version, on_done=done, busy=[self.ui.deleteLessonButton])

    # -- the check-in sheet -------------------------------------------------------------------
    def _fit_rows(self) -> None:
        """Rows tall enough for their status combos: the theme's combos are taller than a
        text row, and a cell widget gets the cell less the item's padding."""
        table = self.ui.sheet
        combos = [c for c in (table.cellWidget(r, 2) for r in range(table.rowCount())) if c is not None]
        if not combos:
            return
        for c in combos:
            c.ensurePolished()  # the theme's size, not the bare style's
        need = max(c.sizeHint().height() for c in combos)
        option = QStyleOptionViewItem()
        option.rect = QRect(0, 0, 200, 200)
        option.features |= QStyleOptionViewItem.ViewItemFeature.HasDisplay
        padding = 200 - table.style().subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, table).height()
        need += max(padding, 0)
        header = table.verticalHeader()
        if need > header.defaultSectionSize():
            header.setDefaultSectionSize(need)
            for r in range(table.rowCount()):
                table.setRowHeight(r, need)

    def _show_sheet(self, sheet: AttendanceSheet | None) -> None:
        self.sheet = sheet
        if sheet is None:
            self.ui.sheetTitle.setText(self.tr("Fill in the lesson and save it; then take attendance.")
                                       if not self.ctx.is_mentor else "")
        else:
            m = sheet.module
            self.ui.sheetTitle.setText(self.tr("Check-in of %1 (%2)").replace("%1", m.title).replace(
                "%2", m.scheduled_on.isoformat() if m.scheduled_on else ""))
        self.check_in.show_rows(sheet.rows if sheet else ())
        self._fit_rows()
        enabled = sheet is not None and bool(sheet.rows)
        self.ui.allPresentButton.setEnabled(enabled)
        self.save_button.setEnabled(enabled)
        self._baseline = self.check_in.marks()
        self._tally()

    # the sheet's rows, for the dialog's callers and tests
    def status_at(self, row: int) -> AttendanceStatus | None:
        return self.check_in.status_at(row)

    def set_status(self, row: int, status: AttendanceStatus) -> None:
        self.check_in.set_status(row, status)

    def is_dirty(self) -> bool:
        return self.sheet is not None and self.check_in.marks() != self._baseline

    def _tally(self) -> None:
        text = self.tr("Present %1 · Late %2 · Absent %3 · Not recorded %4")
        for i, n in enumerate(self.check_in.counts(), start=1):
            text = text.replace(f"%{i}", str(n))
        self.ui.tally.setText(text if self.sheet else "")

    def mark_all_present(self) -> None:
        self.check_in.mark_unmarked_present()

    def entries(self) -> list[AttendanceEntry]:
        """The lines the user changed (unchanged lines are not sent, so another
        person's marks on them are not overwritten)."""
        if self.sheet is None:
            return []
        out = []
        for line, now, was in zip(self.sheet.rows, self.check_in.marks(), self._baseline, strict=False):
            if now != was and now[0] is not None:
                out.append(AttendanceEntry(line.student_id, now[0], now[1], line.version or 0))
        return out

    def save(self) -> None:
        if self.sheet is None or not self.save_button.isEnabled():  # off while saving (and Ctrl+S too)
            return
        self.errors.clear()
        self._note("")
        self.check_in.commit_editing()
        entries = self.entries()
        if not entries:
            self._note(self.tr("Attendance saved."))
            return
        self._sent = len(entries)
        self.run(attendance.record_attendance, self.sheet.module.id, entries, on_done=self._saved,
                 on_error=self._save_failed, busy=[self.save_button])

    def _saved(self, sheet: AttendanceSheet) -> None:
        self.wrote = True
        self._show_sheet(sheet)
        self._note(self.tr("Attendance saved."))
        self.ctx.notify(self.tr("Attendance saved: %1, %2 students").replace(
            "%1", self._lesson_name(sheet.module)).replace("%2", str(getattr(self, "_sent", 0))))
        current = self.ui.lessons.currentItem()
        if current is not None:
            current.setText(self._lesson_text(sheet.module))
            self.modules = [sheet.module if m.id == sheet.module.id else m for m in self.modules]

    def _save_failed(self, exc: JiarenError) -> None:
        self._failed(exc)
        if isinstance(exc, ValidationError) and self.sheet is not None:
            sheet = self.check_in
            bad = [r for r, line in enumerate(self.sheet.rows) if sheet.status_at(r) is not None and
                   attendance.entry_problems(AttendanceEntry(line.student_id, sheet.status_at(r),
                                                             sheet.reason_at(r)), line.student_name)]
            if bad:
                sheet.edit_reason(bad[0])

    # -- messages and closing ---------------------------------------------------------------------
    def _note(self, text: str) -> None:
        """A confirmation in green (errors are cleared)."""
        self.errors.set_general("")
        self.ui.notice.setText(text)
        self.ui.notice.setVisible(bool(text))

    def _failed(self, exc: JiarenError) -> None:
        if isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.errors.set_general(self.ctx.message(exc))

    def _discard(self) -> bool:
        answer = QMessageBox.question(self, self.tr("Discard changes?"),
                                      self.tr("The check-in sheet has unsaved changes. Discard them?"),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self.is_dirty() and not self._discard():
            return
        super().reject()
