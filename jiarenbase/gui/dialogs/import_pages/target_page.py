"""Import wizard, page 2: the partner school and the cohort the students join.

Existing schools and cohorts come from the services (through ctx.ops); "New partner
school…" / "New cohort…" open a line edit for the name or code, and the import
service creates them together with the students. The combos stay plain (they carry
the "New …" entries) and list every school and cohort (read page after page).
"""
# zh_CN: English → 中文
#   "— choose —" → "— 请选择 —"
#   "New partner school…" → "新建合作院校…"
#   "New cohort…" → "新建批次…"
#   "Loading…" → "正在载入…"
from __future__ import annotations

from PySide6.QtWidgets import QWizardPage

from ....core.errors import JiarenError
from ....core.services import cohorts, organisations
from ....core.services.listing import ListQuery
from ...forms.ui_import_wizard_target_page import Ui_ImportTargetPage
from ...widgets.search_combo import load_all
from .common import ImportTarget, show_message

NEW = -1  # item data of the "New …" entries
PAGE = 500  # rows read at a time; a base has a few dozen schools and cohorts, all are listed


class ImportTargetPage(QWizardPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportTargetPage()
        self.ui.setupUi(self)
        self._loaded = False
        self._cohort_codes: dict[int, str] = {}
        self.ui.schoolCombo.currentIndexChanged.connect(self._school_changed)
        self.ui.cohortCombo.currentIndexChanged.connect(self._cohort_changed)
        self.ui.newSchoolEdit.textChanged.connect(self.completeChanged)
        self.ui.newCohortEdit.textChanged.connect(self.completeChanged)
        self.ui.newSchoolEdit.hide()
        self.ui.newCohortEdit.hide()
        show_message(self.ui.message, "")

    # --- loading -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt API
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

    def _failed(self, exc: JiarenError) -> None:
        show_message(self.ui.message, self.ctx.message(exc))

    def _school_changed(self) -> None:
        school = self.ui.schoolCombo.currentData()
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
        self.ui.newCohortEdit.setVisible(self.ui.cohortCombo.currentData() == NEW)
        self.completeChanged.emit()

    # --- choosing ------------------------------------------------------------
    def select_school(self, name: str) -> None:
        self.ui.schoolCombo.setCurrentIndex(max(self.ui.schoolCombo.findText(name), 0))

    def select_new_school(self, name: str, cohort_code: str) -> None:
        self.ui.schoolCombo.setCurrentIndex(self.ui.schoolCombo.findData(NEW))
        self.ui.newSchoolEdit.setText(name)
        self.ui.newCohortEdit.setText(cohort_code)

    def select_cohort(self, code: str) -> None:
        combo = self.ui.cohortCombo
        index = next((i for i in range(combo.count()) if self._cohort_codes.get(combo.itemData(i)) == code), -1)
        if index < 0:
            combo.setCurrentIndex(combo.findData(NEW))
            self.ui.newCohortEdit.setText(code)
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
        return ImportTarget(None if school == NEW else school, school_name, None if cohort == NEW else cohort, code)

    def isComplete(self) -> bool:  # noqa: N802 - Qt API
        return self.target() is not None
