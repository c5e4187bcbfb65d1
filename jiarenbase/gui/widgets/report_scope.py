"""The scope box of the 报表 page: which fields the chosen report needs, the combos
filled from `report_scopes` (cohorts filtered by the chosen school, students of
the chosen cohort loaded through ctx.ops, newest choice only), and the
`ReportRequest` they make.

    scope = ReportScope(ctx, page.ui, errors, page)
    scope.set_scopes(reports.report_scopes(db, actor))   # from a task
    scope.set_kind(ReportKind.COHORT)
    request = scope.request()
    scope.changed.connect(...)   # kind or a choice changed (the page renames the file)

For the school pack, with a school and no single cohort chosen, a checklist of the
school's cohorts sits under the cohort combo: those with activity are ticked, the
others unticked and labelled "not started yet"; the ticks are `request().cohort_ids`.
"""
# zh_CN: English → 中文
#   All partner schools → 全部合作院校; Choose a partner school → 请选择合作院校
#   All cohorts → 全部批次; All cohorts of the school → 该校全部批次; Choose a cohort → 请选择批次
#   Whole cohort → 整批学员; Choose a student → 请选择学员; All eligible graduates → 全部符合条件的毕业生
#   All mentors → 全部导师
#   Cohorts in the pack → 列入的批次; %1 (not started yet) → %1（尚未开始）
#   Start dates → 开班日期; Only cohorts that started between → 只含此期间开班的批次
#   Period → 统计期间; Between (otherwise the last full month) → 自定期间（不选则为上一个整月）
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QLabel, QListWidget, QListWidgetItem

from ...core.errors import JiarenError
from ...core.services.reports import Choice, ReportKind, ReportRequest, ReportScopes, students_of_cohort
from .field_error import FieldErrors

K = ReportKind
# The fields each report shows (the unmask box only where ID numbers are printed).
FIELDS: dict[ReportKind, frozenset[str]] = {
    K.CERTIFICATE: frozenset({"school", "cohort", "student", "output", "unmask"}),
    K.STUDENT: frozenset({"school", "cohort", "student", "appraisal", "unmask"}),
    K.SCHOOL: frozenset({"school", "cohort", "dates", "unmask"}),
    K.COHORT: frozenset({"school", "cohort", "unmask"}),
    K.MENTOR: frozenset({"mentor", "dates"}),
    K.ANNUAL: frozenset({"year"}),
    # Full ID numbers by default (addressed to the district centre; the print is audited).
    K.SUBSIDY: frozenset({"school", "cohort", "student", "mask"}),
}
# Problem.field (the services' Chinese field names) → the row it belongs to.
PROBLEM_ROWS = {"合作院校": "school", "批次": "cohort", "学员": "student", "年份": "year", "结束日期": "dates",
                "输出方式": "output", "显示完整身份证号": "unmask", "用途说明": "unmask"}


class ReportScope(QObject):
    changed = Signal()
    students_loaded = Signal()

    def __init__(self, ctx, ui, errors: FieldErrors, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.ui, self.errors = ctx, ui, errors
        self.kind = ReportKind.COHORT
        self.scopes = ReportScopes((), (), (), (), False)
        self._students_of: int | None = -1  # no cohort's students loaded yet
        ui.year.setValue(date.today().year)
        today = QDate.currentDate()
        ui.dateFrom.setDate(QDate(today.year(), 1, 1))
        ui.dateTo.setDate(today)
        ui.school.currentIndexChanged.connect(self._school_changed)
        ui.cohort.currentIndexChanged.connect(self._cohort_changed)
        ui.student.currentIndexChanged.connect(self._student_changed)
        ui.mentor.currentIndexChanged.connect(self.changed)
        ui.year.valueChanged.connect(self.changed)
        ui.useDates.toggled.connect(ui.dateFrom.setEnabled)
        ui.useDates.toggled.connect(ui.dateTo.setEnabled)
        ui.unmask.toggled.connect(ui.reason.setEnabled)
        ui.onePdf.toggled.connect(self.changed)
        self._add_cohort_checks()
        for name, widget, label in (("合作院校", ui.school, ui.schoolError), ("批次", ui.cohort, ui.cohortError),
                                    ("学员", ui.student, ui.studentError), ("年份", ui.year, ui.yearError),
                                    ("结束日期", ui.dateTo, ui.dateToError),
                                    ("输出方式", ui.outputMode, ui.outputModeError),
                                    ("显示完整身份证号", ui.unmask, ui.unmaskError),
                                    ("用途说明", ui.reason, ui.reasonError)):
            errors.bind(name, widget, label)
        self.set_scopes(self.scopes)  # the placeholders until the choices arrive

    # -- choices -----------------------------------------------------------------
    def set_scopes(self, scopes: ReportScopes) -> None:
        self.scopes = scopes
        self._fill(self.ui.mentor, self.tr("All mentors"), scopes.mentors)
        self._fill(self.ui.school, self._school_placeholder(), scopes.schools)
        if scopes.years:
            self.ui.year.setValue(scopes.years[0] if date.today().year not in scopes.years else date.today().year)
        self._fill_cohorts()
        self._fill_cohort_checks()
        self.set_kind(self.kind)

    def set_kind(self, kind: ReportKind) -> None:
        self.kind = kind
        self.ui.school.setItemText(0, self._school_placeholder())
        self.ui.cohort.setItemText(0, self._cohort_placeholder())
        self.ui.student.setItemText(0, self._student_placeholder())
        if kind is not ReportKind.CERTIFICATE:
            self.ui.onePdf.setChecked(True)
        self._show_rows()
        self.changed.emit()

    def select(self, combo: QComboBox, choice_id: int | None) -> bool:
        """Choose the entry with this id (tests and callers that know the record)."""
        index = combo.findData(choice_id)
        if index >= 0:
            combo.setCurrentIndex(index)
        return index >= 0

    def per_student(self) -> bool:
        return (self.kind is ReportKind.CERTIFICATE and self.ui.perStudent.isChecked()
                and self._id(self.ui.student) is None)

    def request(self) -> ReportRequest:
        ui, fields = self.ui, FIELDS[self.kind]

        def pick(name: str, combo: QComboBox) -> int | None:
            return self._id(combo) if name in fields else None

        dates = "dates" in fields and ui.useDates.isChecked()
        unmask = "unmask" in fields and self.scopes.may_unmask and ui.unmask.isChecked()
        masked = "mask" in fields and ui.maskIds.isChecked()
        return ReportRequest(
            self.kind, school_id=pick("school", ui.school), cohort_id=pick("cohort", ui.cohort),
            student_id=pick("student", ui.student), mentor_id=pick("mentor", ui.mentor),
            year=ui.year.value() if "year" in fields else None,
            date_from=ui.dateFrom.date().toPython() if dates else None,
            date_to=ui.dateTo.date().toPython() if dates else None,
            unmasked=unmask, reason=ui.reason.text().strip() if unmask else "",
            one_file_per_student=self.per_student(), cohort_ids=self.ticked_cohorts(), masked=masked)

    def ticked_cohorts(self) -> tuple[int, ...] | None:
        """The school pack's ticked cohorts; None when the checklist is not in play."""
        if not self._checks_shown() or self.cohort_checks.count() == 0:
            return None
        items = (self.cohort_checks.item(i) for i in range(self.cohort_checks.count()))
        return tuple(int(it.data(Qt.ItemDataRole.UserRole)) for it in items
                     if it.checkState() == Qt.CheckState.Checked)

    def label(self) -> str:
        """What the report covers, for its file name: a student, cohort, school, mentor or year."""
        ui, fields = self.ui, FIELDS[self.kind]
        if self.kind is ReportKind.ANNUAL:
            return str(ui.year.value())
        if self.kind is ReportKind.SCHOOL:
            parts = [self._text(ui.school), self._code(ui.cohort)]
            return "_".join(p for p in parts if p)
        for name, combo in (("student", ui.student), ("cohort", ui.cohort), ("school", ui.school),
                            ("mentor", ui.mentor)):
            if name in fields and self._id(combo) is not None:
                text = self._text(combo)
                return text.split("（")[0] if name == "student" else text
        return ""

    # -- reacting ----------------------------------------------------------------
    def _school_changed(self) -> None:
        self._fill_cohorts()
        self._fill_cohort_checks()
        self.changed.emit()

    def _cohort_changed(self) -> None:
        cohort_id = self._id(self.ui.cohort)
        if cohort_id != self._students_of:
            self._load_students(cohort_id)
        self._show_rows()
        self.changed.emit()

    def _student_changed(self) -> None:
        self._show_rows()
        self.changed.emit()

    def _fill_cohorts(self) -> None:
        school_id = self._id(self.ui.school)
        cohorts = [c for c in self.scopes.cohorts
                   if school_id is None or self.scopes.cohort_school.get(c.id) == school_id]
        self._fill(self.ui.cohort, self._cohort_placeholder(), cohorts)
        self._cohort_changed()

    def _load_students(self, cohort_id: int | None) -> None:
        """The students of the chosen cohort; an older cohort's answer is dropped."""
        self._students_of = cohort_id
        if cohort_id is None:
            self.ctx.ops.cancel(self, "students")
            self._students_arrived([])
            return
        self.ctx.ops.run(self, students_of_cohort, self.ctx.db, self.ctx.actor, cohort_id,
                         success=self._students_arrived, failure=self._students_failed, latest="students")

    def _students_failed(self, exc: JiarenError) -> None:
        self._students_arrived([], exc)

    def _students_arrived(self, rows: list[Choice], exc: JiarenError | None = None) -> None:
        self._fill(self.ui.student, self._student_placeholder(), rows)
        if exc is not None:
            self.errors.set_error("学员", self.ctx.message(exc))
        self._show_rows()
        self.students_loaded.emit()

    def _show_rows(self) -> None:
        ui, fields = self.ui, FIELDS[self.kind]
        rows = {"school": ui.school, "cohort": ui.cohort, "student": ui.student, "mentor": ui.mentor,
                "year": ui.year, "dates": ui.dates, "output": ui.outputMode, "unmask": ui.unmask,
                "mask": ui.maskIds, "appraisal": ui.appraisalButton}
        shown = set(fields)
        if self._id(ui.student) is not None:
            shown.discard("output")  # one student: one certificate
        if not self.scopes.may_unmask:
            shown.discard("unmask")
        for name, widget in rows.items():
            ui.scopeForm.setRowVisible(widget, name in shown)
        ui.appraisalButton.setEnabled(self._id(ui.student) is not None)
        mentor = self.kind is ReportKind.MENTOR  # the dates row: a mentor report's period, or cohorts' start
        ui.datesLabel.setText(self.tr("Period") if mentor else self.tr("Start dates"))
        ui.useDates.setText(self.tr("Between (otherwise the last full month)") if mentor
                            else self.tr("Only cohorts that started between"))
        ui.scopeForm.setRowVisible(ui.reason, "unmask" in shown)
        ui.scopeForm.setRowVisible(self.cohort_checks, self._checks_shown())
        for problem_field, row in PROBLEM_ROWS.items():
            if row not in shown:
                self.errors.set_error(problem_field, "")

    # -- the school pack's cohort checklist ---------------------------------------
    def _add_cohort_checks(self) -> None:
        """A row under the cohort combo (built here: the page's form has no such row)."""
        form = self.ui.scopeForm
        row, _role = form.getWidgetPosition(self.ui.cohortError)
        self.cohort_checks = QListWidget(self.ui.scopeBox)
        self.cohort_checks.setObjectName("cohortChecks")
        self.cohort_checks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.cohort_checks.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # the whole label is its tooltip
        self.cohort_checks.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.cohort_checks.itemChanged.connect(self.changed)
        self.cohort_checks_label = QLabel(self.tr("Cohorts in the pack"), self.ui.scopeBox)
        form.insertRow(row + 1, self.cohort_checks_label, self.cohort_checks)

    def _fill_cohort_checks(self) -> None:
        school_id = self._id(self.ui.school)
        box = self.cohort_checks
        box.blockSignals(True)
        box.clear()
        for c in self.scopes.cohorts:
            if school_id is None or self.scopes.cohort_school.get(c.id) != school_id:
                continue
            started = c.id in self.scopes.started
            item = QListWidgetItem(c.label if started else self.tr("%1 (not started yet)").replace("%1", c.label))
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if started else Qt.CheckState.Unchecked)
            box.addItem(item)
        box.blockSignals(False)
        rows = min(max(box.count(), 1), 5)  # as tall as its cohorts, scrolling past five
        box.setFixedHeight(rows * max(box.sizeHintForRow(0), 18) + 2 * box.frameWidth() + 2)
        self._show_rows()

    def _checks_shown(self) -> bool:
        return (self.kind is ReportKind.SCHOOL and self._id(self.ui.school) is not None
                and self._id(self.ui.cohort) is None)

    # -- helpers -----------------------------------------------------------------
    def _school_placeholder(self) -> str:
        return self.tr("Choose a partner school") if self.kind is ReportKind.SCHOOL else self.tr("All partner schools")

    def _cohort_placeholder(self) -> str:
        if self.kind is ReportKind.SCHOOL:
            return self.tr("All cohorts of the school")
        return self.tr("All cohorts") if self.kind is ReportKind.SUBSIDY else self.tr("Choose a cohort")

    def _student_placeholder(self) -> str:
        if self.kind is ReportKind.CERTIFICATE:
            return self.tr("Whole cohort")
        return self.tr("All eligible graduates") if self.kind is ReportKind.SUBSIDY else self.tr("Choose a student")

    @staticmethod
    def _fill(combo: QComboBox, placeholder: str, choices) -> None:
        """Refill a combo (first entry: nothing chosen), keeping the current choice when still offered."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(placeholder, None)
        for choice in choices:
            combo.addItem(choice.label, choice.id)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    @staticmethod
    def _id(combo: QComboBox) -> int | None:
        value = combo.currentData()
        return int(value) if value is not None else None

    def _text(self, combo: QComboBox) -> str:
        return combo.currentText() if self._id(combo) is not None else ""

    def _code(self, combo: QComboBox) -> str:
        return self._text(combo).split(" ")[0]
