"""Import wizard, page 2: the partner school and the cohort the students join.

Existing schools and cohorts come from the services (through ctx.ops); "New partner
school…" opens a line edit for the name, "New cohort…" a box for the new cohort's
code (suggested in the base's pattern, ZB202612-01), name and dates; the import
service creates them together with the students. The school is pre-filled when the
file's title row names a known one. Leaving the page with a new cohort checks it
first (roster_import.check_new_cohort: every field, and that the code is free).
"""
# zh_CN: English → 中文
#   "— choose —" → "— 请选择 —"
#   "New partner school…" → "新建合作院校…"
#   "New cohort…" → "新建批次…"
#   "Loading…" → "正在载入…"
#   "Partner school taken from the file's title: %1." → "已按文件标题选择合作院校：%1。"
#   "Checking the new cohort…" → "正在检查新批次…"
#   .ui: "New cohort" → "新批次"; "Code:" → "编号："; "Name:" → "名称："; "Starts on:" → "开始日期：";
#   "Ends on:" → "结束日期："; "e.g. ZB202612-01" → "如 ZB202612-01";
#   "e.g. 2026 winter live-commerce class 1" → "如 2026冬季直播实训1班"
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QWizardPage

from ....core.errors import JiarenError
from ....core.services import cohorts, organisations, roster_import
from ....core.services.cohorts import CohortInput
from ....core.services.listing import ListQuery
from ...forms.ui_import_wizard_target_page import Ui_ImportTargetPage
from ...widgets.search_combo import load_all
from .common import NOTE_STYLE, ImportTarget, show_message

NEW = -1  # item data of the "New …" entries
PAGE = 500  # rows read at a time; a base has a few dozen schools and cohorts, all are listed
COHORT_DAYS = 150  # a new cohort's default length (the base's cohorts run about five months)


class ImportTargetPage(QWizardPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportTargetPage()
        self.ui.setupUi(self)
        self._loaded = False
        self._cohort_codes: dict[int, str] = {}
        self._title_path: str | None = None  # the file whose title was looked at
        self._title_school: tuple[int, str] | None = None
        self._suggested_code = ""  # the code last suggested: replaced while the user has not typed another
        self._checked: ImportTarget | None = None  # the new cohort that passed the check
        self._checking = False
        self._auto_end: date | None = None  # the end date last filled in: it follows the start until changed
        today = date.today()
        self.ui.startDateEdit.setDate(QDate(today.year, today.month, today.day))
        self._sync_end_date()
        self.ui.schoolCombo.currentIndexChanged.connect(self._school_changed)
        self.ui.cohortCombo.currentIndexChanged.connect(self._cohort_changed)
        for edit in (self.ui.newSchoolEdit, self.ui.newCohortEdit, self.ui.newCohortNameEdit):
            edit.textChanged.connect(self._edited)
        self.ui.startDateEdit.dateChanged.connect(self._start_changed)
        self.ui.endDateEdit.dateChanged.connect(self._edited)
        self.ui.newSchoolEdit.hide()
        self.ui.newCohortBox.hide()
        show_message(self.ui.message, "")
        show_message(self.ui.schoolHint, "", NOTE_STYLE)

    # --- loading -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
        path = self.wizard().path if self.wizard() is not None else ""
        if path and path != self._title_path:
            self._title_path = path
            self.ctx.ops.run(self, roster_import.school_in_title, self.ctx.db, self.ctx.actor, path,
                             success=self._title_read, failure=lambda _exc: None, latest="title")
        if self._loaded:
            return
        self.ui.schoolCombo.clear()
        self.ui.schoolCombo.addItem(self.tr("Loading…"), None)
        self.ctx.ops.run(self, load_all, self.ctx.db, self.ctx.actor, organisations.list_schools,
                         ListQuery(sort="name", limit=PAGE), success=self._show_schools, failure=self._failed,
                         latest="schools")

    def _show_schools(self, page) -> None:
        self._loaded = True
        combo = self.ui.schoolCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choose —"), None)
        for school in page.rows:
            combo.addItem(school.name, school.id)
        combo.addItem(self.tr("New partner school…"), NEW)
        combo.blockSignals(False)
        self._school_changed()
        self._prefill_school()

    def _title_read(self, school: tuple[int, str] | None) -> None:
        self._title_school = school
        self._prefill_school()

    def _prefill_school(self) -> None:
        """Choose the school the title row names, unless a school is chosen already."""
        combo = self.ui.schoolCombo
        if self._title_school is None or not self._loaded or combo.currentData() is not None:
            return
        index = combo.findData(self._title_school[0])
        if index > 0:
            combo.setCurrentIndex(index)
            show_message(self.ui.schoolHint, self.tr("Partner school taken from the file's title: %1.")
                         .replace("%1", self._title_school[1]), NOTE_STYLE)

    def _failed(self, exc: JiarenError) -> None:
        self._checking = False
        show_message(self.ui.message, self.ctx.message(exc))
        self.completeChanged.emit()

    def _school_changed(self) -> None:
        school = self.ui.schoolCombo.currentData()
        show_message(self.ui.schoolHint, "", NOTE_STYLE)
        self.ui.newSchoolEdit.setVisible(school == NEW)
        combo = self.ui.cohortCombo
        combo.blockSignals(True)
        combo.clear()
        self.ctx.ops.cancel(self, "cohorts")  # the list of a school chosen before is not shown
        if school == NEW:
            combo.addItem(self.tr("New cohort…"), NEW)
            self.ui.newSchoolEdit.setFocus()
        elif school is not None:
            combo.addItem(self.tr("Loading…"), None)
            self.ctx.ops.run(self, load_all, self.ctx.db, self.ctx.actor, cohorts.list_cohorts,
                             ListQuery(sort="code", limit=PAGE, filters={"school_id": school}),
                             success=self._show_cohorts, failure=self._failed, latest="cohorts")
        combo.blockSignals(False)
        self._cohort_changed()

    def _show_cohorts(self, page) -> None:
        combo = self.ui.cohortCombo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("— choose —"), None)
        self._cohort_codes = {c.id: c.code for c in page.rows}
        for cohort in page.rows:
            combo.addItem(f"{cohort.code}  {cohort.name}", cohort.id)
        combo.addItem(self.tr("New cohort…"), NEW)
        if len(page.rows) == 1:
            combo.setCurrentIndex(1)
        combo.blockSignals(False)
        self._cohort_changed()

    def _cohort_changed(self) -> None:
        new = self.ui.cohortCombo.currentData() == NEW
        self.ui.newCohortBox.setVisible(new)
        if new:
            self._suggest_code()
        self._edited()

    # --- the new cohort --------------------------------------------------------
    def _start(self) -> date:
        return self.ui.startDateEdit.date().toPython()

    def _suggest_code(self) -> None:
        """Ask for the next free code for the start month, unless the user typed one."""
        if self.ui.newCohortEdit.text().strip() not in ("", self._suggested_code):
            return
        self.ctx.ops.run(self, cohorts.suggest_cohort_code, self.ctx.db, self.ctx.actor, self._start(),
                         success=self._code_suggested, failure=self._failed, latest="code")

    def _code_suggested(self, code: str) -> None:
        if self.ui.newCohortEdit.text().strip() in ("", self._suggested_code):
            self._suggested_code = code
            self.ui.newCohortEdit.setText(code)

    def _start_changed(self) -> None:
        self._sync_end_date()
        if self.ui.newCohortBox.isVisible():
            self._suggest_code()  # the month is part of the code
        self._edited()

    def _sync_end_date(self) -> None:
        if self._auto_end is not None and self.ui.endDateEdit.date().toPython() != self._auto_end:
            return  # chosen by the user
        end = self._auto_end = self._start() + timedelta(days=COHORT_DAYS)
        self.ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))

    def _edited(self) -> None:
        self._checked = None
        if not self._checking:
            show_message(self.ui.message, "")
        self.completeChanged.emit()

    # --- choosing ------------------------------------------------------------
    def select_school(self, name: str) -> None:
        self.ui.schoolCombo.setCurrentIndex(max(self.ui.schoolCombo.findText(name), 0))

    def select_new_school(self, name: str, cohort_code: str, cohort_name: str = "") -> None:
        self.ui.schoolCombo.setCurrentIndex(self.ui.schoolCombo.findData(NEW))
        self.ui.newSchoolEdit.setText(name)
        self.fill_new_cohort(cohort_code, cohort_name)

    def fill_new_cohort(self, code: str, name: str, start: date | None = None, end: date | None = None) -> None:
        if start is not None:
            self.ui.startDateEdit.setDate(QDate(start.year, start.month, start.day))
        if end is not None:
            self.ui.endDateEdit.setDate(QDate(end.year, end.month, end.day))
        self.ui.newCohortEdit.setText(code)
        self.ui.newCohortNameEdit.setText(name)

    def select_cohort(self, code: str, name: str = "") -> None:
        combo = self.ui.cohortCombo
        index = next((i for i in range(combo.count()) if self._cohort_codes.get(combo.itemData(i)) == code), -1)
        if index < 0:
            combo.setCurrentIndex(combo.findData(NEW))
            self.fill_new_cohort(code, name)
        else:
            combo.setCurrentIndex(index)

    def target(self) -> ImportTarget | None:
        school, cohort = self.ui.schoolCombo.currentData(), self.ui.cohortCombo.currentData()
        if school is None or cohort is None:
            return None
        school_name = (self.ui.newSchoolEdit.text() if school == NEW else self.ui.schoolCombo.currentText()).strip()
        code = (self.ui.newCohortEdit.text() if cohort == NEW else self._cohort_codes.get(cohort, "")).strip()
        if not school_name or not code:
            return None
        if cohort != NEW:
            return ImportTarget(None if school == NEW else school, school_name, cohort, code)
        return ImportTarget(None if school == NEW else school, school_name, None, code,
                            self.ui.newCohortNameEdit.text().strip(), self._start(),
                            self.ui.endDateEdit.date().toPython())

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return not self._checking and self.target() is not None

    def validatePage(self) -> bool:  # noqa: N802 - Qt API
        """A new cohort is checked by the service first (through ctx.ops); the wizard
        moves on when the check passes (_cohort_ok), or the page names the field."""
        target = self.target()
        if target is None:
            return False
        if not target.new_cohort or target == self._checked:
            return True
        if self._checking:
            return False
        self._checking = True
        show_message(self.ui.message, self.tr("Checking the new cohort…"), NOTE_STYLE)
        self.completeChanged.emit()
        data = CohortInput(code=target.cohort_code, name=target.cohort_name, start_date=target.start_date,
                           end_date=target.end_date)
        self.ctx.ops.run(self, roster_import.check_new_cohort, self.ctx.db, self.ctx.actor, data,
                         success=lambda _none: self._cohort_ok(target), failure=self._failed, latest="check")
        return False

    def _cohort_ok(self, target: ImportTarget) -> None:
        self._checking = False
        show_message(self.ui.message, "")
        self._checked = target
        self.completeChanged.emit()
        if self.target() == target and self.wizard() is not None and self.wizard().currentPage() is self:
            self.wizard().next()
