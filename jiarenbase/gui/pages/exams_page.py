"""考试: the exam sessions (occupation, work type, level, date, evaluating
organisation, 一试双证, results) with New/Edit, the 报名 list, the results sheet
and the exam-readiness view. Mentors see the list and readiness, read-only.

    page = ExamsPage(ctx, parent)   # loads when first shown (LazyLoad), or on refresh()

Every exam matching is listed (read page after page: they number in the hundreds), so
the summary's figures count them all.
"""
# zh_CN: English → 中文
#   Exams → 考试; New exam… → 新建考试…; Edit… → 编辑…; Results… → 成绩…; Exam readiness… → 考前资格…
#   Registration… → 报名…
#   Refresh → 刷新; Search work type or organisation → 搜索工种或评价机构
#   Date → 日期; Occupation → 职业; Work type → 工种; Level → 等级; Evaluating organisation → 评价机构
#   One exam, two certificates → 一试双证; Results → 成绩; Yes → 是
#   %1 passed of %2 → %2 人中 %1 人通过
#   No exams yet. Schedule one with “New exam…”. → 还没有考试。请点“新建考试…”安排一场。
#   No exams match the search. → 没有符合搜索条件的考试。
#   %1 exams · %2 results · %3 passed → %1 场考试 · 成绩 %2 条 · 通过 %3 人
#   Loading… → 正在载入…
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from ...core.services import certificates
from ...core.services.certificates import ExamRowDTO
from ...core.services.listing import ListQuery, Page
from ..context import AppContext
from ..dialogs.exam_dialog import ExamDialog
from ..dialogs.exam_results_dialog import ExamResultsDialog
from ..dialogs.form_values import enum_label
from ..dialogs.readiness_dialog import ReadinessDialog
from ..dialogs.registration_dialog import RegistrationDialog
from ..forms.ui_exams_page import Ui_ExamsPage
from ..lazy import LazyLoad
from ..widgets.search_combo import load_all
from ..widgets.table_fit import fit_columns

RESULTS_COLUMN = 6
PAGE = 500  # exams read at a time, all of them


class ExamsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ExamsPage()
        self.ui.setupUi(self)
        self.setObjectName("exams")
        self.rows: list[ExamRowDTO] = []
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        headers = [self.tr("Date"), self.tr("Occupation"), self.tr("Work type"), self.tr("Level"),
                   self.tr("Evaluating organisation"), self.tr("One exam, two certificates"), self.tr("Results")]
        ui.table.setColumnCount(len(headers))
        ui.table.setHorizontalHeaderLabels(headers)
        staff = not ctx.is_mentor
        ui.newExam.setVisible(staff)
        ui.editExam.setVisible(staff)
        ui.newExam.clicked.connect(self.new_exam)
        ui.editExam.clicked.connect(self.edit_exam)
        ui.enterResults.clicked.connect(self.open_results)
        ui.registration.clicked.connect(self.open_registration)
        ui.readiness.clicked.connect(self.open_readiness)
        ui.refresh.clicked.connect(self.refresh)
        ui.table.itemSelectionChanged.connect(self._update_buttons)
        ui.table.doubleClicked.connect(lambda _i: self.edit_exam() if staff else self.open_results())
        self._search_timer = QTimer(self, singleShot=True, interval=250)
        self._search_timer.timeout.connect(self.refresh)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._update_buttons()

    # -- loading -------------------------------------------------------------------
    def refresh(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ui.summary.setText(self.tr("Loading…"))
        query = ListQuery(search=self.ui.search.text().strip(), limit=PAGE)
        self.ctx.ops.run(self, load_all, self.ctx.db, self.ctx.actor, certificates.list_exams, query,
                         success=self._loaded, failure=self._failed, latest="exams")

    def _failed(self, exc: Exception) -> None:
        self.ui.summary.setText(self.ctx.message(exc))

    def _loaded(self, page: Page[ExamRowDTO]) -> None:
        selected = self.current_exam_id()
        self.rows = list(page.rows)
        self._fill(selected)
        self.ui.summary.setText(self.tr("%1 exams · %2 results · %3 passed")
                                .replace("%1", str(len(self.rows)))
                                .replace("%2", str(sum(r.results for r in self.rows)))
                                .replace("%3", str(sum(r.passed for r in self.rows))))

    def _fill(self, selected: int | None) -> None:
        ui, lang = self.ui, self.ctx.lang
        if not self.rows:
            ui.emptyLabel.setText(self.tr("No exams match the search.") if ui.search.text().strip()
                                  else self.tr("No exams yet. Schedule one with “New exam…”."))
            ui.stack.setCurrentWidget(ui.emptyPage)
        else:
            ui.stack.setCurrentWidget(ui.tablePage)
        table = ui.table
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            results = QTableWidgetItem(self.tr("%1 passed of %2").replace("%1", str(row.passed))
                                       .replace("%2", str(row.results)) if row.results else "—")
            cells = [QTableWidgetItem(f"{row.exam_date:%Y-%m-%d}"), QTableWidgetItem(enum_label(row.occupation, lang)),
                     QTableWidgetItem(row.work_type), QTableWidgetItem(enum_label(row.level, lang)),
                     QTableWidgetItem(row.evaluating_org),
                     QTableWidgetItem(self.tr("Yes") if row.dual_certificate else ""), results]
            if row.dual_certificate:
                cells[5].setToolTip(row.enterprise_issuer)
            for c, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                table.setItem(r, c, item)
            if row.id == selected:
                table.selectRow(r)
        fit_columns(table, stretch=RESULTS_COLUMN)
        self._update_buttons()

    # -- actions -------------------------------------------------------------------
    def current_exam_id(self) -> int | None:
        items = self.ui.table.selectedItems()
        return items[0].data(Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        chosen = self.current_exam_id() is not None
        self.ui.editExam.setEnabled(chosen)
        self.ui.enterResults.setEnabled(chosen)
        self.ui.registration.setEnabled(chosen)

    def new_exam(self) -> ExamDialog:
        dialog = ExamDialog(self.ctx, None, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def edit_exam(self) -> ExamDialog | None:
        exam_id = self.current_exam_id()
        if exam_id is None:
            return None
        dialog = ExamDialog(self.ctx, exam_id, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        return dialog

    def open_results(self) -> ExamResultsDialog | None:
        exam_id = self.current_exam_id()
        if exam_id is None:
            return None
        dialog = ExamResultsDialog(self.ctx, exam_id, self)
        dialog.saved.connect(lambda _n: self.refresh())
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.open()
        return dialog

    def open_registration(self) -> RegistrationDialog | None:
        exam_id = self.current_exam_id()
        if exam_id is None:
            return None
        dialog = RegistrationDialog(self.ctx, exam_id, self)
        dialog.changed.connect(self.refresh)
        dialog.open()
        return dialog

    def open_readiness(self) -> ReadinessDialog:
        dialog = ReadinessDialog(self.ctx, self)
        dialog.open()
        return dialog
