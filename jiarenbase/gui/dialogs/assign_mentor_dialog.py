"""分配导师: give one student — or several selected students — a mentor for a stage.

The mentor list shows each mentor's current load ("王老师（12名学员）") and, under
it, their sessions this week against their capacity. The assignment history of the
student(s) is shown below; a change of mentor closes the old assignment (history
kept). Several students are written all or nothing.

    dialog = AssignMentorDialog(ctx, [student_id, ...], parent)
    dialog.assigned  # Signal(int): how many students were (re)assigned
"""
# zh_CN: English → 中文
#   Assign a mentor → 分配导师
#   Assign a mentor to %1 → 为%1分配导师
#   Assign a mentor to %1 students → 为 %1 名学员分配导师
#   %1 (%2 students) → %1（%2名学员）
#   Mentors with the students they guide now → 导师及其当前指导的学员人数
#   This week: %1 of %2 sessions → 本周：已排 %1 / %2 场
#   This week: %1 of %2 sessions — over capacity → 本周：已排 %1 / %2 场 —— 已超出上限
#   Mentor → 导师; Stage → 阶段; Starting → 开始日期; Note → 备注
#   Each student's current stage → 各学员当前阶段
#   The day the new mentor takes over; the previous assignment ends that day → 新导师接手的日期；原分配在这一天结束
#   e.g. why the mentor changes → 例如：更换导师的原因
#   Assignment history → 分配记录
#   Student → 学员; From → 开始; To → 结束; now → 至今
#   Current mentor: %1 → 当前导师：%1; No mentor yet → 尚未分配导师
#   %1 (%2, %3) → %1（%2，%3）
#   No active mentor: add or activate one on the Mentors page first. → 没有在岗的导师：请先在“导师”页新建或启用导师。
#   Assignment history: none yet → 分配记录：暂无
#   Mentor assigned: %1 → %2 → 已分配导师：%1 → %2
#   Mentor %2 assigned to %1 students → 已为 %1 名学员分配导师：%2
from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from ...core.domain.enums import TRAINING_STAGES, Stage
from ...core.errors import JiarenError, ValidationError
from ...core.services import mentors
from ...core.services.mentor_workload import MentorWorkloadDTO, mentor_workload
from ...core.services.mentors import StudentAssignments
from ..context import AppContext
from ..forms.ui_assign_mentor_dialog import Ui_AssignMentorDialog
from ..widgets.field_error import FieldErrors
from ..widgets.table_fit import fit_columns
from .form_values import combo_value, enum_label, fill_combo, select_value, to_qdate


class AssignMentorDialog(QDialog):
    assigned = Signal(int)

    FIELDS = {"导师": "mentor", "阶段": "stage", "开始日期": "start", "备注": "note"}

    def __init__(self, ctx: AppContext, student_ids: list[int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_ids = list(dict.fromkeys(student_ids))
        self.students: list[StudentAssignments] = []
        self.loads: dict[int, MentorWorkloadDTO] = {}
        self.ui = ui = Ui_AssignMentorDialog()
        ui.setupUi(self)
        ui.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        ui.mentorHint.setStyleSheet("color: palette(mid);")
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for field, attr in self.FIELDS.items():
            self.errors.bind(field, getattr(ui, attr), getattr(ui, attr + "Error"))
        ui.start.setDate(to_qdate(date.today()))
        ui.history.setColumnCount(5)
        ui.history.setHorizontalHeaderLabels([self.tr("Student"), self.tr("Mentor"), self.tr("Stage"),
                                              self.tr("From"), self.tr("To")])
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        ui.mentor.currentIndexChanged.connect(self._show_mentor_hint)
        self._fill_stages()
        self._update_buttons()
        self.run(mentor_workload, date.today(), on_done=self._loads_loaded)
        self.run(mentors.assignment_histories, self.student_ids, on_done=self._students_loaded)

    # -- service calls ---------------------------------------------------------------
    def run(self, fn, *args, on_done, on_error=None) -> None:
        """`fn(db, actor, *args)` as an operation of this dialog; Save is off until it is back."""
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done,
                         failure=on_error or self._failed, busy=[self.save_button], after=self._update_buttons)
        self._update_buttons()

    def _failed(self, exc: JiarenError) -> None:
        if isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.errors.set_general(self.ctx.message(exc))

    def _update_buttons(self) -> None:
        idle = not self.ctx.ops.pending_for(self)
        self.save_button.setEnabled(idle and bool(self.students) and self.ui.mentor.count() > 0)

    # -- filling ---------------------------------------------------------------------------
    def _fill_stages(self, current: Stage | None = None) -> None:
        several = len(self.student_ids) > 1
        items = [(enum_label(s, self.ctx.lang), s) for s in TRAINING_STAGES]
        fill_combo(self.ui.stage, items, none_text=self.tr("Each student's current stage") if several else None)
        select_value(self.ui.stage, current if current in TRAINING_STAGES else None)

    def _loads_loaded(self, rows: list[MentorWorkloadDTO]) -> None:
        self.loads = {r.mentor_id: r for r in rows}
        fill_combo(self.ui.mentor, [(self.tr("%1 (%2 students)").replace("%1", r.mentor_name)
                                     .replace("%2", str(r.students)), r.mentor_id) for r in rows])
        if not rows:
            self.errors.set_general(self.tr("No active mentor: add or activate one on the Mentors page first."))
        self._preselect_mentor()

    def _students_loaded(self, students: list[StudentAssignments]) -> None:
        self.students = students
        ui = self.ui
        if len(students) == 1:
            st = students[0]
            ui.heading.setText(self.tr("Assign a mentor to %1").replace("%1", st.student_name))
            current = st.current
            about = [enum_label(st.stage, self.ctx.lang)] + ([st.cohort_name] if st.cohort_name else [])
            line = " · ".join(about) + "  —  " + (
                self.tr("Current mentor: %1").replace("%1", current.mentor_name) if current
                else self.tr("No mentor yet"))
            ui.studentsLabel.setText(line)
            self._fill_stages(st.stage)
            ui.history.setColumnHidden(0, True)
        else:
            ui.heading.setText(self.tr("Assign a mentor to %1 students").replace("%1", str(len(students))))
            ui.studentsLabel.setText("、".join(self._describe(st) for st in students))
            stages = {st.stage for st in students}
            self._fill_stages(stages.pop() if len(stages) == 1 else None)
        self._fill_history(students)
        self._preselect_mentor()

    def _describe(self, st: StudentAssignments) -> str:
        current = st.current
        return self.tr("%1 (%2, %3)").replace("%1", st.student_name).replace(
            "%2", enum_label(st.stage, self.ctx.lang)).replace(
            "%3", current.mentor_name if current else self.tr("No mentor yet"))

    def _fill_history(self, students: list[StudentAssignments]) -> None:
        rows = [(st, a) for st in students for a in reversed(st.history)]  # newest first
        table = self.ui.history
        table.setRowCount(len(rows))
        for r, (st, a) in enumerate(rows):
            values = (st.student_name, a.mentor_name, enum_label(a.stage, self.ctx.lang), f"{a.start_date:%Y-%m-%d}",
                      f"{a.end_date:%Y-%m-%d}" if a.end_date else self.tr("now"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if a.note:
                    item.setToolTip(a.note)
                if a.end_date is None:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                table.setItem(r, c, item)
        fit_columns(table, stretch=4)
        table.setVisible(bool(rows))
        self.ui.historyLabel.setText(self.tr("Assignment history") if rows
                                     else self.tr("Assignment history: none yet"))
        if not rows:
            self.adjustSize()

    def _preselect_mentor(self) -> None:
        """One student: their current mentor; several: the least loaded mentor."""
        if not self.loads or not self.students:
            return
        current = {st.current.mentor_id for st in self.students if st.current}
        if len(self.students) == 1 and current and select_value(self.ui.mentor, current.pop()):
            pass
        else:
            lightest = min(self.loads.values(), key=lambda r: (r.students, r.mentor_name))
            select_value(self.ui.mentor, lightest.mentor_id)
        self._show_mentor_hint()

    def _show_mentor_hint(self, *_args) -> None:
        row = self.loads.get(combo_value(self.ui.mentor))
        if row is None:
            self.ui.mentorHint.setText("")
            return
        text = self.tr("This week: %1 of %2 sessions — over capacity") if row.over_capacity \
            else self.tr("This week: %1 of %2 sessions")
        self.ui.mentorHint.setText(text.replace("%1", str(row.sessions)).replace("%2", str(row.weekly_capacity)))
        self.ui.mentorHint.setStyleSheet("color: #c62828;" if row.over_capacity else "color: palette(mid);")

    # -- saving -----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        mentor_id = combo_value(self.ui.mentor)
        stage_value = combo_value(self.ui.stage)
        stage = Stage(stage_value) if stage_value else None
        pairs = [(st.student_id, mentor_id) for st in self.students]
        self.run(mentors.assign_cohort, pairs, stage, self.ui.start.date().toPython(), self.ui.note.toPlainText(),
                 on_done=self._saved)

    def _saved(self, rows: list) -> None:
        if rows:
            text = self.tr("Mentor assigned: %1 → %2") if len(rows) == 1 \
                else self.tr("Mentor %2 assigned to %1 students")
            first = rows[0].student_name if len(rows) == 1 else str(len(rows))
            self.ctx.notify(text.replace("%2", rows[0].mentor_name).replace("%1", first))
        self.assigned.emit(len(rows))
        self.accept()
