"""The scope box of the 报表 page: which fields the chosen report needs, the combos
filled from `report_scopes` (cohorts filtered by the chosen school, students of
the chosen cohort loaded through ctx.ops, newest choice only), and the
`ReportRequest` they make.

    scope = ReportScope(ctx, page.ui, errors, page)
    scope.set_scopes(reports.report_scopes(db, actor))   # from a task
    scope.set_kind(ReportKind.COHORT)
    request = scope.request()
    scope.changed.connect(...)   # kind or a choice changed (the page renames the file)
"""
# zh_CN: English → 中文
#   All partner schools → 全部合作院校; Choose a partner school → 请选择合作院校
#   All cohorts → 全部批次; All cohorts of the school → 该校全部批次; Choose a cohort → 请选择批次
#   Whole cohort → 整批学员; Choose a student → 请选择学员; All eligible graduates → 全部符合条件的毕业生
#   All mentors → 全部导师
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import QComboBox

from ...core.errors import JiarenError
from ...core.services.reports import Choice, ReportKind, ReportRequest, ReportScopes, students_of_cohort
from .field_error import FieldErrors

K = ReportKind
# The fields each report shows (the unmask box only where ID numbers are printed).
FIELDS: dict[ReportKind, frozenset[str]] = {
    K.CERTIFICATE: frozenset({"school", "cohort", "student", "output", "unmask"}),
    K.STUDENT: frozenset({"school", "cohort", "student", "unmask"}),
    K.SCHOOL: frozenset({"school", "cohort", "dates", "unmask"}),
    K.COHORT: frozenset({"school", "cohort", "unmask"}),
    K.MENTOR: frozenset({"mentor"}),
    K.ANNUAL: frozenset({"year"}),
    K.SUBSIDY: frozenset({"school", "cohort", "student", "unmask"}),
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
        return ReportRequest(
            self.kind, school_id=pick("school", ui.school), cohort_id=pick("cohort", ui.cohort),
            student_id=pick("student", ui.student), mentor_id=pick("mentor", ui.mentor),
            year=ui.year.value() if "year" in fields else None,
            date_from=ui.dateFrom.date().toPython() if dates else None,
            date_to=ui.dateTo.date().toPython() if dates else None,
            unmasked=unmask, reason=ui.reason.text().strip() if unmask else "",
            one_file_per_student=self.per_student())

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
        self.changed.emit()

    def _cohort_changed(self) -> None:
        cohort_id = self._id(self.ui.cohort)
        if cohort_id != self._students_of:
            self._load_students(cohort_id)
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
                "year": ui.year, "dates": ui.dates, "output": ui.outputMode, "unmask": ui.unmask}
        shown = set(fields)
        if self._id(ui.student) is not None:
            shown.discard("output")  # one student: one certificate
        if not self.scopes.may_unmask:
            shown.discard("unmask")
        for name, widget in rows.items():
            ui.scopeForm.setRowVisible(widget, name in shown)
        ui.scopeForm.setRowVisible(ui.reason, "unmask" in shown)
        for problem_field, row in PROBLEM_ROWS.items():
            if row not in shown:
                self.errors.set_error(problem_field, "")

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
