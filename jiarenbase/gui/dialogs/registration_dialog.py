"""考试报名: an exam's list of candidates before the exam, each with a status of its
own (报名 / 缴费 / 参考 / 缺考). Staff add a student by searching, change the status of
the selected rows at once and remove a candidate; candidates also come from the
readiness view. Mentors see their own students, read-only. "Results…" opens the
results sheet, which starts from the candidates not 缺考.

    dialog = RegistrationDialog(ctx, exam_id, parent)
    dialog.changed -> Signal()  # candidates added, changed or removed
"""
# zh_CN: English → 中文
#   Exam registration → 考试报名; Add a student → 添加学员; Add → 添加; Selected: → 所选考生：
#   Set status → 设置状态; Remove → 删除; Results… → 成绩…
#   Student → 学员; No. → 学号; Cohort → 批次; Status → 状态; Score → 成绩
#   %1 · %2 · %3 · %4 → %1 · %2 · %3 · %4
#   %1 candidates: %2 registered · %3 paid · %4 sat · %5 absent → 共 %1 名考生：报名 %2 · 缴费 %3 · 参考 %4 · 缺考 %5
#   No candidates yet. Add students here or from “Exam readiness…”. → 还没有考生。请在此添加学员，或从“考前资格…”加入。
#   Candidates are registered by staff. → 考试报名由教务登记。
#   Registered for the exam: %1 → 已报名：%1
#   Status set to %1: %2 candidates → 已将 %2 名考生设为“%1”
#   Removed from the exam: %1 → 已从报名名单删除：%1
#   Remove %1 candidates from the exam? → 从报名名单删除 %1 名考生吗？
from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem, QWidget

from ...core.domain.enums import RegistrationStatus
from ...core.errors import ConflictError, JiarenError
from ...core.services import certificates, enrolment, exam_registration
from ...core.services.certificates import ExamDTO
from ...core.services.exam_registration import RegistrationDTO
from ..context import AppContext
from ..forms.ui_registration_dialog import Ui_RegistrationDialog
from ..widgets.table_fit import fit_columns
from .agreement_dialog import student_label
from .form_values import enum_label, enum_value, fill_enum

NAME, NUMBER, COHORT, STATUS, SCORE = range(5)


class RegistrationDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, exam_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.exam_id = ctx, exam_id
        self.ui = ui = Ui_RegistrationDialog()
        ui.setupUi(self)
        self.exam: ExamDTO | None = None
        self.rows: list[RegistrationDTO] = []
        ui.formError.setStyleSheet("color: #c62828;")
        ui.examSummary.setStyleSheet("font-size: 15px; font-weight: 600;")
        ui.buttons.rejected.connect(self.reject)
        headers = [self.tr("Student"), self.tr("No."), self.tr("Cohort"), self.tr("Status"), self.tr("Score")]
        ui.table.setColumnCount(len(headers))
        ui.table.setHorizontalHeaderLabels(headers)
        fill_enum(ui.status, RegistrationStatus, ctx.lang)
        staff = not ctx.is_mentor
        for w in (ui.studentLabel, ui.student, ui.addStudent, ui.statusLabel, ui.status, ui.setStatus, ui.remove):
            w.setVisible(staff)
        if staff:
            ui.student.setup(ctx, enrolment.list_students, student_label, sort="name")
            ui.student.chosen.connect(lambda _id: self._update_buttons())
            fetch, args, show = ui.student.first_page()
            self._run(fetch, *args, on_done=show)
        ui.addStudent.clicked.connect(self.add_chosen)
        ui.setStatus.clicked.connect(self.set_status)
        ui.remove.clicked.connect(self.remove_selected)
        ui.results.clicked.connect(self.open_results)
        ui.table.itemSelectionChanged.connect(self._update_buttons)
        self._run(certificates.get_exam, exam_id, on_done=self._exam_loaded)
        self.refresh()
        self._update_buttons()

    # -- loading -------------------------------------------------------------------
    def _run(self, fn, *args, on_done, latest: str | None = None, busy=()) -> None:
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done, failure=self._failed,
                         latest=latest, busy=list(busy))

    def _failed(self, exc: JiarenError) -> None:
        self.ui.formError.setText(self.ctx.message(exc))
        if isinstance(exc, ConflictError):  # someone changed a candidate meanwhile: show the list as saved
            self.refresh()

    def refresh(self) -> None:
        self._run(exam_registration.exam_registrations, self.exam_id, on_done=self._loaded, latest="list")

    def _exam_loaded(self, exam: ExamDTO) -> None:
        self.exam = exam
        lang = self.ctx.lang
        text = self.tr("%1 · %2 · %3 · %4")
        for i, value in enumerate((f"{exam.exam_date:%Y-%m-%d}", enum_label(exam.occupation, lang),
                                   exam.work_type or "—", enum_label(exam.level, lang)), 1):
            text = text.replace(f"%{i}", value)
        self.ui.examSummary.setText(text)

    def _loaded(self, rows: list[RegistrationDTO]) -> None:
        table, lang = self.ui.table, self.ctx.lang
        selected = set(self.selected_ids())
        self.rows = list(rows)
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            cells = [row.student_name, row.student_number, row.cohort_code, enum_label(row.status, lang),
                     "" if row.score is None else f"{row.score:g}"]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c == SCORE:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(r, c, item)
        table.blockSignals(False)
        for r, row in enumerate(self.rows):
            if row.id in selected:
                table.selectRow(r)
        fit_columns(table, stretch=SCORE)
        self.ui.summary.setText(self._summary())
        self._update_buttons()

    def _summary(self) -> str:
        if not self.rows:
            return self.tr("No candidates yet. Add students here or from “Exam readiness…”.") if not \
                self.ctx.is_mentor else self.tr("Candidates are registered by staff.")
        counts = Counter(r.status for r in self.rows)
        text = self.tr("%1 candidates: %2 registered · %3 paid · %4 sat · %5 absent")
        for i, n in enumerate((len(self.rows), counts[RegistrationStatus.REGISTERED], counts[RegistrationStatus.PAID],
                               counts[RegistrationStatus.SAT], counts[RegistrationStatus.ABSENT]), 1):
            text = text.replace(f"%{i}", str(n))
        return text

    # -- selection ------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.table.selectionModel().selectedRows()})
        return [self.rows[r].id for r in rows if r < len(self.rows)]

    def selected(self) -> list[RegistrationDTO]:
        wanted = set(self.selected_ids())
        return [r for r in self.rows if r.id in wanted]

    def _update_buttons(self) -> None:
        any_selected = bool(self.selected_ids())
        self.ui.setStatus.setEnabled(any_selected)
        self.ui.remove.setEnabled(any_selected)
        self.ui.addStudent.setEnabled(self.ui.student.current_id() is not None)

    # -- changes ----------------------------------------------------------------------
    def add_chosen(self) -> None:
        sid = self.ui.student.current_id()
        if sid is not None:
            self.add_students([sid])

    def add_students(self, student_ids: list[int]) -> None:
        self.ui.formError.setText("")
        self._run(exam_registration.register_candidates, self.exam_id, list(student_ids), on_done=self._added,
                  busy=[self.ui.addStudent])

    def _added(self, rows: list[RegistrationDTO]) -> None:
        self.ctx.notify(self.tr("Registered for the exam: %1").replace("%1", "、".join(r.student_name for r in rows)))
        self.changed.emit()
        self.refresh()

    def set_status(self) -> None:
        chosen, status = self.selected(), enum_value(self.ui.status, RegistrationStatus)
        if not chosen or status is None:
            return
        self.ui.formError.setText("")
        self._run(exam_registration.set_registration_status, [(r.id, r.version) for r in chosen], status,
                  on_done=self._status_set, busy=[self.ui.setStatus])

    def _status_set(self, rows: list[RegistrationDTO]) -> None:
        if rows:
            self.ctx.notify(self.tr("Status set to %1: %2 candidates")
                            .replace("%1", enum_label(rows[0].status, self.ctx.lang)).replace("%2", str(len(rows))))
        self.changed.emit()
        self.refresh()

    def remove_selected(self) -> None:
        chosen = self.selected()
        if not chosen:
            return
        answer = QMessageBox.question(self, self.tr("Remove"), self.tr("Remove %1 candidates from the exam?")
                                      .replace("%1", str(len(chosen))),
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.ui.formError.setText("")
        self._run(exam_registration.remove_registrations, [(r.id, r.version) for r in chosen],
                  on_done=lambda _n: self._removed(chosen),
                  busy=[self.ui.remove])

    def _removed(self, rows: list[RegistrationDTO]) -> None:
        self.ctx.notify(self.tr("Removed from the exam: %1").replace("%1", "、".join(r.student_name for r in rows)))
        self.changed.emit()
        self.refresh()

    def open_results(self):
        from .exam_results_dialog import ExamResultsDialog

        dialog = ExamResultsDialog(self.ctx, self.exam_id, self)
        dialog.saved.connect(lambda _n: (self.changed.emit(), self.refresh()))
        dialog.open()
        return dialog

