"""考试成绩: enter the scores of an exam, saved all or nothing; the sheet starts from
the exam's registered candidates (报名, not 缺考), and a cohort's students can be
added (SearchCombo; all of the chosen cohort's students are listed). Results already
recorded are listed with the certificates they issued (一试双证: two per pass); a
recorded result marks the candidate 参考. Mentors see their own students' results,
read-only.

    dialog = ExamResultsDialog(ctx, exam_id, parent, cohort_id=None, preselect=())
    dialog.saved -> Signal(int)  # how many results were recorded
"""
# zh_CN: English → 中文
#   Exam results → 考试成绩; Add students of cohort → 添加批次学员; Check all → 全选
#   Student → 学员; No. → 学号; Score → 成绩; Result → 结果; Certificates → 证书
#   Passed → 通过; Failed → 未通过; Recorded → 已录入; (choose a cohort) → （选择批次）
#   %1 · %2 · %3 · %4 · pass mark %5 → %1 · %2 · %3 · %4 · 及格线 %5
#   One exam, two certificates → 一试双证
#   Saved %1 results: %2 passed, %3 certificates issued. → 已保存 %1 条成绩：%2 人通过，颁发证书 %3 张。
#   Tick the students who sat the exam and enter their scores; nothing is saved until all lines are valid.
#     → 勾选参加考试的学员并填写成绩；所有行都无误后才会一并保存。
#   Results are entered by staff. → 成绩由教务录入。
#   Registered → 已报名
#   Results saved: %1 (%2 passed) → 已保存成绩：%1 条（%2 人通过）
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QTableWidgetItem,
    QWidget,
)

from ...core.errors import JiarenError
from ...core.services import certificates, cohorts, enrolment, exam_registration, exam_results
from ...core.services.certificates import ExamDTO, ResultDTO
from ...core.services.exam_results import ResultEntry
from ...core.services.listing import ListQuery, Page
from ..context import AppContext
from ..forms.ui_exam_results_dialog import Ui_ExamResultsDialog
from ..widgets.search_combo import load_all
from ..widgets.table_fit import fit_columns
from .form_values import enum_label

CHECK, NAME, NUMBER, SCORE, RESULT, CERTS = range(6)
STUDENTS_PAGE = 500  # a cohort's students are read this many at a time, all of them


class ExamResultsDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, exam_id: int, parent: QWidget | None = None, *,
                 cohort_id: int | None = None, preselect: Iterable[int] = ()) -> None:
        super().__init__(parent)
        self.ctx, self.exam_id = ctx, exam_id
        self.ui = Ui_ExamResultsDialog()
        self.ui.setupUi(self)
        self.exam: ExamDTO | None = None
        self.results: list[ResultDTO] = []
        self.candidates: list[tuple[int, str, str]] = []  # (student id, name, number) of the cohort chosen
        self.registered: list[tuple[int, str, str]] = []  # the exam's candidates not 缺考
        self.preselect = set(preselect)
        self._cohort_id = cohort_id
        ui = self.ui
        ui.formError.setStyleSheet("color: #c62828;")
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.clicked.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.checkAll.clicked.connect(self._check_all)
        ui.cohort.setup(ctx, cohorts.list_cohorts, lambda c: f"{c.code} {c.name}", sort="code", descending=True,
                        none_text=self.tr("(choose a cohort)"))
        ui.cohort.chosen.connect(self._load_cohort)
        headers = ["", self.tr("Student"), self.tr("No."), self.tr("Score"), self.tr("Result"),
                   self.tr("Certificates")]
        ui.table.setColumnCount(len(headers))
        ui.table.setHorizontalHeaderLabels(headers)
        staff = not ctx.is_mentor
        for w in (self.save_button, ui.cohort, ui.cohortLabel, ui.checkAll):
            w.setVisible(staff)
        ui.outcome.setText(self.tr("Tick the students who sat the exam and enter their scores; nothing is saved "
                                   "until all lines are valid.") if staff else self.tr("Results are entered by staff."))
        self._run(certificates.get_exam, exam_id, on_done=self._exam_loaded)
        if staff:
            fetch, args, self._show_cohorts = ui.cohort.first_page()
            self._run(fetch, *args, on_done=self._cohorts_loaded)
        self._load_results()
        self._load_registered()

    # -- loading ---------------------------------------------------------------------
    def _run(self, fn, *args, on_done, latest: str | None = None) -> None:
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done, failure=self._failed,
                         latest=latest)

    def _failed(self, exc: JiarenError) -> None:
        self.ui.formError.setText(self.ctx.message(exc))

    def _exam_loaded(self, exam: ExamDTO) -> None:
        self.exam = exam
        lang = self.ctx.lang
        text = self.tr("%1 · %2 · %3 · %4 · pass mark %5")
        for i, value in enumerate((f"{exam.exam_date:%Y-%m-%d}", enum_label(exam.occupation, lang),
                                   exam.work_type or "—", enum_label(exam.level, lang), f"{exam.pass_mark:g}"), 1):
            text = text.replace(f"%{i}", value)
        if exam.dual_certificate:
            text += " · " + self.tr("One exam, two certificates")
        self.ui.examSummary.setText(text)
        self.ui.examSummary.setStyleSheet("font-size: 15px; font-weight: 600;")

    def _cohorts_loaded(self, page: Page) -> None:
        """The drop-down's first page; the cohort asked for is chosen (looked up when it
        is not on that page), which lists its students."""
        self._show_cohorts(page)
        if self._cohort_id is None or self.ui.cohort.current_id() is not None:
            return
        listed = {c.id: c for c in page.rows}
        if self._cohort_id in listed:
            self._preselect(listed[self._cohort_id])
        else:
            self._run(cohorts.get_cohort, self._cohort_id, on_done=self._preselect)

    def _preselect(self, cohort) -> None:
        if self.ui.cohort.current_id() is None:  # unless one was chosen meanwhile
            self.ui.cohort.set_current(cohort.id, row=cohort)  # → chosen → its students

    def _load_results(self) -> None:
        self._run(exam_results.exam_results, self.exam_id, on_done=self._results_loaded, latest="results")

    def _results_loaded(self, results: list[ResultDTO]) -> None:
        self.results = list(results)
        self._fill()

    def _load_registered(self) -> None:
        self._run(exam_registration.exam_registrations, self.exam_id, on_done=self._registered_loaded,
                  latest="registered")

    def _registered_loaded(self, rows) -> None:
        self.registered = [(r.student_id, r.student_name, r.student_number) for r in rows if r.sits]
        self._fill()

    def _load_cohort(self, cohort_id: int | None) -> None:
        if cohort_id is None:
            self.ctx.ops.cancel(self, "students")  # the cohort chosen before is no longer wanted
            self._students_loaded(Page((), 0, 0))
            return
        self._run(load_all, enrolment.list_students, ListQuery(sort="student_number", limit=STUDENTS_PAGE,
                                                               filters={"cohort_id": cohort_id}),
                  on_done=self._students_loaded, latest="students")

    def _students_loaded(self, page: Page) -> None:
        self.candidates = [(s.id, s.name, s.student_number) for s in page.rows if s.status.value != "withdrawn"]
        self._fill()

    # -- the sheet ---------------------------------------------------------------------
    def _fill(self) -> None:
        table = self.ui.table
        done = {r.student_id for r in self.results}
        listed = set(done)
        fresh = []
        for c in self.registered + self.candidates:  # the registered first, then the cohort's others
            if c[0] not in listed:
                listed.add(c[0])
                fresh.append(c)
        registered = {c[0] for c in self.registered}
        table.setRowCount(0)  # drops the check boxes and spin boxes of the last fill
        table.setRowCount(len(self.results) + len(fresh))
        for r, res in enumerate(self.results):
            cells = [QTableWidgetItem(self.tr("Recorded")), QTableWidgetItem(res.student_name), QTableWidgetItem(""),
                     QTableWidgetItem(f"{res.score:g}"),
                     QTableWidgetItem(self.tr("Passed") if res.passed else self.tr("Failed")),
                     QTableWidgetItem("  ".join(c.number for c in res.certificates))]
            for c, item in enumerate(cells):
                table.setItem(r, c, item)
        for i, (sid, name, number) in enumerate(fresh):
            r = len(self.results) + i
            box = QCheckBox()
            box.setChecked(sid in self.preselect)
            box.setProperty("student_id", sid)
            table.setCellWidget(r, CHECK, self._centred(box))
            table.setItem(r, NAME, QTableWidgetItem(name))
            table.setItem(r, NUMBER, QTableWidgetItem(number))
            if sid in registered:
                table.item(r, NAME).setToolTip(self.tr("Registered"))
            spin = QDoubleSpinBox()
            spin.setRange(0, 100)
            spin.setDecimals(1)
            spin.valueChanged.connect(lambda _v, b=box: b.setChecked(True))
            table.setCellWidget(r, SCORE, spin)
            for c in (RESULT, CERTS):
                table.setItem(r, c, QTableWidgetItem(""))
        fit_columns(table, stretch=CERTS, extra={SCORE: 40})
        self.save_button.setEnabled(bool(fresh) and not self.ctx.is_mentor)

    @staticmethod
    def _centred(box: QCheckBox) -> QWidget:
        holder = QWidget()
        layout = QHBoxLayout(holder)
        layout.setContentsMargins(6, 0, 6, 0)
        layout.addWidget(box)
        holder.box = box  # type: ignore[attr-defined]
        return holder

    def _check_all(self) -> None:
        for r in range(len(self.results), self.ui.table.rowCount()):
            self.ui.table.cellWidget(r, CHECK).box.setChecked(True)

    def entries(self) -> list[ResultEntry]:
        """The checked lines of the sheet."""
        out = []
        for r in range(len(self.results), self.ui.table.rowCount()):
            box = self.ui.table.cellWidget(r, CHECK).box
            if box.isChecked():
                out.append(ResultEntry(int(box.property("student_id")), self.ui.table.cellWidget(r, SCORE).value()))
        return out

    def save(self) -> None:
        self.ui.formError.setText("")
        self.ctx.ops.run(self, exam_results.record_results, self.ctx.db, self.ctx.actor, self.exam_id,
                         self.entries(), success=self._saved, failure=self._failed, busy=[self.save_button])

    def _saved(self, results: list[ResultDTO]) -> None:
        self.save_button.setEnabled(False)  # until the sheet is read again
        certs = sum(len(r.certificates) for r in results)
        self.ui.outcome.setText(self.tr("Saved %1 results: %2 passed, %3 certificates issued.")
                                .replace("%1", str(len(results)))
                                .replace("%2", str(sum(r.passed for r in results))).replace("%3", str(certs)))
        self.preselect = set()
        self.ctx.notify(self.tr("Results saved: %1 (%2 passed)").replace("%1", str(len(results)))
                        .replace("%2", str(sum(r.passed for r in results))))
        self.saved.emit(len(results))
        self._load_results()
        self._load_registered()
