"""按批次分配导师: share a cohort's students among the ticked mentors.

"Suggest" asks the service for a round-robin proposal that balances each mentor's
load (their current students plus the proposal); every row's mentor can then be
changed, and the mentors table shows the resulting students per mentor as you go.
Save writes all rows that change something, all or nothing. The cohort is searched
(SearchCombo), never loaded whole.

    dialog = CohortAssignDialog(ctx, cohort_id, parent)   # cohort_id None: the newest cohort first
    dialog.assigned  # Signal(int): how many students were (re)assigned
"""
# zh_CN: English → 中文
#   Assign mentors to a cohort → 按批次分配导师
#   Cohort → 批次; Stage → 阶段; Each student's current stage → 各学员当前阶段
#   Only students without a mentor → 只分配尚无导师的学员
#   Untick to share out every student of the cohort again (students stay with their mentor where the balance allows)
#     → 取消勾选则重新分配该批次全部学员（在保持均衡的前提下尽量不换导师）
#   Suggest → 建议分配
#   Share the students among the ticked mentors, least loaded first → 在勾选的导师之间分配学员，负荷轻的优先
#   Mentors sharing the cohort → 分担该批次的导师; Proposal → 分配方案
#   Mentor → 导师; Now → 现有; New → 新增; After → 分配后; Capacity → 每周上限
#   Student → 学员; Student no. %1 → 学号 %1; Current mentor → 当前导师; New mentor → 新导师
#   (none) → （无）; (leave as is) → （不变）
#   Starting → 开始日期; Note → 备注
#   Choose the mentors and click “Suggest”. → 勾选导师后点击“建议分配”。
#   Every student of this cohort already has a mentor (%1 kept).
#     Untick “Only students without a mentor” to share them out again.
#     → 该批次的学员都已有导师（保留 %1 名）。如需重新分配，请取消勾选“只分配尚无导师的学员”。
#   No students in training in this cohort. → 该批次没有在训学员。
#   %1 students, %2 of them change mentor; %3 keep the mentor they have.
#     → 共 %1 名学员，其中 %2 名更换导师；%3 名保留原导师。
#   Students per mentor after saving: %1 to %2. → 保存后每位导师的学员数：%1 至 %2 名。
#   The options changed: click “Suggest” to update the proposal. → 选项已更改：请点击“建议分配”更新方案。
#   No active mentor: add or activate one on the Mentors page first. → 没有在岗的导师：请先在“导师”页新建或启用导师。
#   Mentors assigned to %1 students → 已为 %1 名学员分配导师
from __future__ import annotations

from collections import Counter
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QTableWidgetItem, QWidget

from ...core.domain.enums import TRAINING_STAGES, Stage
from ...core.errors import JiarenError, ValidationError
from ...core.services import cohorts, mentors
from ...core.services.mentor_workload import (
    CohortProposal,
    MentorWorkloadDTO,
    mentor_workload,
    suggest_cohort_assignment,
)
from ..context import AppContext
from ..forms.ui_cohort_assign_dialog import Ui_CohortAssignDialog
from ..widgets.field_error import style_error_label
from ..widgets.table_fit import fit_columns
from .form_values import combo_value, enum_label, fill_combo, select_value, to_qdate

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MENTOR_COLUMN = 3  # of the students table


def cohort_label(cohort) -> str:
    return f"{cohort.code}  {cohort.name}"


class CohortAssignDialog(QDialog):
    assigned = Signal(int)

    def __init__(self, ctx: AppContext, cohort_id: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.cohort_id = cohort_id
        self.loads: list[MentorWorkloadDTO] | None = None  # None: still loading
        self.proposal: CohortProposal | None = None
        self.combos: list[QComboBox] = []
        self._asked: tuple | None = None  # the options of the latest proposal asked for
        self._saving = False
        self._wanted = cohort_id is not None  # a proposal to make once the lists are in
        self.ui = ui = Ui_CohortAssignDialog()
        ui.setupUi(self)
        ui.heading.setStyleSheet("font-size: 16px; font-weight: 600;")
        style_error_label(ui.formError)
        ui.formError.hide()
        ui.start.setDate(to_qdate(date.today()))
        fill_combo(ui.stage, [(enum_label(s, ctx.lang), s) for s in TRAINING_STAGES],
                   none_text=self.tr("Each student's current stage"))
        ui.mentors.setColumnCount(4)
        ui.mentors.setHorizontalHeaderLabels([self.tr("Mentor"), self.tr("Now"), self.tr("New"), self.tr("After")])
        ui.students.setColumnCount(4)
        ui.students.setHorizontalHeaderLabels([self.tr("Student"), self.tr("Stage"), self.tr("Current mentor"),
                                               self.tr("New mentor")])
        ui.splitter.setStretchFactor(1, 2)
        ui.splitter.setSizes([400, 680])
        self._show_empty(self.tr("Choose the mentors and click “Suggest”."))
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        ui.suggestButton.clicked.connect(self.suggest)
        ui.cohort.setup(ctx, cohorts.list_cohorts, cohort_label, sort="start", descending=True)
        ui.cohort.chosen.connect(lambda *_: self.suggest())
        ui.stage.currentIndexChanged.connect(self._options_changed)
        ui.onlyUnassigned.toggled.connect(self._options_changed)
        ui.mentors.itemChanged.connect(self._mentor_ticked)
        self._update_buttons()
        fetch, args, self._show_cohorts = ui.cohort.first_page()
        self.run(fetch, *args, on_done=self._cohorts_loaded)
        self.run(mentor_workload, date.today(), on_done=self._loads_loaded)

    # -- service calls ---------------------------------------------------------------------
    def run(self, fn, *args, on_done, on_error=None, latest: str | None = None) -> None:
        """`fn(db, actor, *args)` as an operation of this dialog; the buttons follow
        `pending_for` (no `busy=`: a superseded proposal must not re-enable Save)."""
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done,
                         failure=on_error or self._failed, latest=latest, after=self._update_buttons)
        self._update_buttons()

    def _failed(self, exc: JiarenError) -> None:
        if isinstance(exc, ValidationError):
            self.set_error("\n".join(p.text(self.ctx.lang) for p in exc.problems))
        else:
            self.set_error(self.ctx.message(exc))

    def set_error(self, message: str) -> None:
        self.ui.formError.setText(message)
        self.ui.formError.setVisible(bool(message))

    def _update_buttons(self) -> None:
        ready = not self.ctx.ops.pending_for(self)
        self.ui.cohort.setEnabled(not self._saving)  # what is being saved stays on screen
        self.ui.suggestButton.setEnabled(ready and self.ui.cohort.current_id() is not None)
        self.save_button.setEnabled(ready and bool(self.pairs()))  # off while nothing would change

    # -- loading ------------------------------------------------------------------------------
    def _cohorts_loaded(self, page) -> None:
        """The drop-down's first page; the cohort asked for (looked up when it is not on
        that page), else the first (newest) one, is shown without a proposal yet."""
        self._show_cohorts(page)
        listed = {c.id: c for c in page.rows}
        if self.cohort_id is not None and self.cohort_id not in listed:
            self.run(cohorts.get_cohort, self.cohort_id, on_done=self._show_cohort)
        elif self.cohort_id is not None:
            self._show_cohort(listed[self.cohort_id])
        elif page.rows:
            self._show_cohort(page.rows[0])

    def _show_cohort(self, cohort) -> None:
        blocked = self.ui.cohort.blockSignals(True)
        self.ui.cohort.set_current(cohort.id, row=cohort)
        self.ui.cohort.blockSignals(blocked)
        self._update_buttons()
        self._suggest_when_ready()

    def _loads_loaded(self, rows: list[MentorWorkloadDTO]) -> None:
        self.loads = list(rows)
        table = self.ui.mentors
        blocked = table.blockSignals(True)
        table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = QTableWidgetItem(row.mentor_name)
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked)
            name.setData(Qt.ItemDataRole.UserRole, row.mentor_id)
            table.setItem(r, 0, name)
            for c in (1, 2, 3):
                item = QTableWidgetItem(str(row.students) if c != 2 else "")
                item.setTextAlignment(NUMBER)
                table.setItem(r, c, item)
        table.blockSignals(blocked)
        fit_columns(table)
        if not rows:
            self.set_error(self.tr("No active mentor: add or activate one on the Mentors page first."))
        self._suggest_when_ready()

    def _suggest_when_ready(self) -> None:
        if self._wanted and self.ui.cohort.current_id() is not None and self.loads is not None:
            self.suggest()

    # -- the proposal ---------------------------------------------------------------------
    def ticked_mentors(self) -> list[int]:
        table = self.ui.mentors
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())
                if table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _stage(self) -> Stage | None:
        value = combo_value(self.ui.stage)
        return Stage(value) if value else None

    def suggest(self) -> None:
        cohort_id = self.ui.cohort.current_id()
        if cohort_id is None:
            return
        if self.loads is None:  # the mentors are still loading: suggest when they are in
            self._wanted = True
            return
        self._wanted = False
        self.set_error("")
        # an older cohort or option set answering after this one is dropped, not waited for
        self.ctx.ops.cancel(self, "proposal")
        self._asked = self._options()
        self.run(suggest_cohort_assignment, *self._asked, on_done=self._proposed, latest="proposal")

    def _options(self) -> tuple:
        return (self.ui.cohort.current_id(), self.ticked_mentors(), self._stage(), self.ui.onlyUnassigned.isChecked())

    def _options_changed(self, *_args) -> None:
        if self.proposal is not None:
            self.ui.summary.setText(self.tr("The options changed: click “Suggest” to update the proposal."))

    def _mentor_ticked(self, item: QTableWidgetItem) -> None:
        if item.column() == 0:
            self._options_changed()

    def _proposed(self, proposal: CohortProposal) -> None:
        self.proposal = proposal
        table = self.ui.students
        table.setRowCount(len(proposal.rows))
        self.combos = []
        choices = [(r.mentor_name, r.mentor_id) for r in self.loads]
        for r, row in enumerate(proposal.rows):
            values = (row.student_name, enum_label(row.stage, self.ctx.lang),
                      row.current_mentor_name or self.tr("(none)"))
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row.student_id)
                if row.student_number:
                    item.setToolTip(self.tr("Student no. %1").replace("%1", row.student_number))
                table.setItem(r, c, item)
            combo = QComboBox(table)
            combo.setObjectName(f"mentorFor{row.student_id}")
            fill_combo(combo, choices, none_text=self.tr("(leave as is)"))
            select_value(combo, row.mentor_id)
            combo.currentIndexChanged.connect(self._update_summary)
            table.setCellWidget(r, MENTOR_COLUMN, combo)
            self.combos.append(combo)
        fit_columns(table, stretch=MENTOR_COLUMN)
        if proposal.rows:
            self.ui.studentsStack.setCurrentWidget(table)
        elif proposal.kept:
            self._show_empty(self.tr("Every student of this cohort already has a mentor (%1 kept). "
                                     "Untick “Only students without a mentor” to share them out again.")
                             .replace("%1", str(proposal.kept)))
        else:
            self._show_empty(self.tr("No students in training in this cohort."))
        self._update_summary()
        if self._options() != self._asked:  # changed while the proposal was being made
            self._options_changed()
        self._update_buttons()

    def _show_empty(self, text: str) -> None:
        self.ui.emptyLabel.setText(text)
        self.ui.studentsStack.setCurrentWidget(self.ui.emptyLabel)

    def pairs(self) -> list[tuple[int, int]]:
        """(student, mentor) of every row whose mentor is chosen and differs from the current
        one; with a stage chosen, also the rows that keep their mentor (for that stage)."""
        if self.proposal is None:
            return []
        stage_chosen = self._stage() is not None
        return [(row.student_id, mentor_id) for row, combo in zip(self.proposal.rows, self.combos, strict=False)
                if (mentor_id := combo_value(combo)) is not None
                and (mentor_id != row.current_mentor_id or stage_chosen)]

    def _update_summary(self, *_args) -> None:
        """The mentors table's Now / New / After columns and the line under the tables."""
        if self.proposal is None:
            return
        chosen = [combo_value(c) for c in self.combos]
        added = Counter(m for m in chosen if m is not None)
        leaving = Counter(row.current_mentor_id for row, m in zip(self.proposal.rows, chosen, strict=False)
                          if m is not None and row.current_mentor_id is not None)
        table, afters = self.ui.mentors, []
        for r, load in enumerate(self.loads):
            mid = load.mentor_id
            now = load.students
            after = now - leaving[mid] + added[mid]
            table.item(r, 1).setText(str(now))
            table.item(r, 2).setText(f"+{added[mid]}" if added[mid] else "")
            table.item(r, 3).setText(str(after))
            if table.item(r, 0).checkState() == Qt.CheckState.Checked or added[mid]:
                afters.append(after)
        changes = sum(1 for row, m in zip(self.proposal.rows, chosen, strict=False)
                      if m is not None and m != row.current_mentor_id)
        kept = self.proposal.kept + sum(1 for row, m in zip(self.proposal.rows, chosen, strict=False)
                                        if m is None or m == row.current_mentor_id)
        text = self.tr("%1 students, %2 of them change mentor; %3 keep the mentor they have.") \
            .replace("%1", str(len(self.proposal.rows) + self.proposal.kept)).replace("%2", str(changes)) \
            .replace("%3", str(kept))
        if afters:
            text += " " + self.tr("Students per mentor after saving: %1 to %2.") \
                .replace("%1", str(min(afters))).replace("%2", str(max(afters)))
        self.ui.summary.setText(text)
        self._update_buttons()

    # -- saving ------------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.set_error("")
        self._saving = True
        self.run(mentors.assign_cohort, self.pairs(), self._stage(), self.ui.start.date().toPython(),
                 self.ui.note.text(), on_done=self._saved, on_error=self._save_failed)

    def _save_failed(self, exc: JiarenError) -> None:
        self._saving = False
        self._failed(exc)

    def _saved(self, rows: list) -> None:
        self._saving = False
        self.ctx.notify(self.tr("Mentors assigned to %1 students").replace("%1", str(len(rows))))
        self.assigned.emit(len(rows))
        self.accept()
