"""考前资格: a cohort's students against a skill level's bar (stage and evidence),
the ready ones (tick to register them for an exam: its 报名 list opens) and the others
with their reasons. Mentors see their own students and cannot add to an exam. The cohort
is searched (SearchCombo); every exam of the level is offered.

    dialog = ReadinessDialog(ctx, parent, cohort_id=None, level=SkillLevel.JUNIOR)
"""
# zh_CN: English → 中文
#   Exam readiness → 考前资格; Cohort → 批次; Level → 等级; Ready → 已达标; Not ready yet → 尚未达标
#   Exam → 考试; Register checked students for the exam… → 为勾选的学员报名该考试…
#   Student → 学员; No. → 学号; Stage → 阶段; Drills → 模拟演练; Drill avg → 演练均分
#   Live → 实战直播; Live avg → 实战均分; Why not yet → 未达标原因
#   Bar: stage %1 or later; %2 → 标准：阶段不低于%1；%2
#   at least %1 mock drills → 模拟演练至少 %1 场; mock-drill average ≥ %1 → 演练均分 ≥ %1
#   at least %1 live sessions → 实战直播至少 %1 场; live average ≥ %1 → 实战均分 ≥ %1
#   Ready (%1) → 已达标（%1）; Not ready yet (%1) → 尚未达标（%1）
#   (no exams of this level) → （没有该等级的考试）; (choose a cohort) → （选择批次）
#   No student of this cohort is ready for this level yet. → 本批次暂无学员达到该等级的标准。
#   Registered for the exam: %1 students → 已报名考试：%1 名学员
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from ...core.domain.enums import SkillLevel
from ...core.services import certificates, cohorts, exam_readiness, exam_registration
from ...core.services.exam_readiness import ReadinessList, ReadinessRow
from ...core.services.listing import ListQuery, Page
from ..context import AppContext
from ..forms.ui_readiness_dialog import Ui_ReadinessDialog
from ..widgets.search_combo import load_all
from ..widgets.table_fit import fit_columns
from .form_values import combo_value, enum_label, enum_value, fill_combo, fill_enum, select_value
from .registration_dialog import RegistrationDialog

EXAMS_PAGE = 200  # the exams of a level are read this many at a time, all of them


class ReadinessDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, cohort_id: int | None = None,
                 level: SkillLevel = SkillLevel.JUNIOR) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReadinessDialog()
        self.ui.setupUi(self)
        self.data: ReadinessList | None = None
        self._cohort_id = cohort_id
        ui = self.ui
        ui.buttons.rejected.connect(self.reject)
        ui.message.setStyleSheet("color: #c62828;")
        for title in (ui.readyTitle, ui.notReadyTitle):
            title.setStyleSheet("font-weight: 600;")
        fill_enum(ui.level, SkillLevel, ctx.lang)
        select_value(ui.level, level)
        common = [self.tr("Student"), self.tr("No."), self.tr("Stage"), self.tr("Drills"), self.tr("Drill avg"),
                  self.tr("Live"), self.tr("Live avg")]
        for table, extra in ((ui.readyTable, []), (ui.notReadyTable, [self.tr("Why not yet")])):
            table.setColumnCount(len(common) + len(extra))
            table.setHorizontalHeaderLabels(common + extra)
        ui.readyTable.itemChanged.connect(lambda _i: self._update_add())
        for w in (ui.examLabel, ui.exam, ui.addToExam):
            w.setVisible(not ctx.is_mentor)
        ui.addToExam.clicked.connect(self.add_to_exam)
        ui.level.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.cohort.setup(ctx, cohorts.list_cohorts, lambda c: f"{c.code} {c.name}", sort="code", descending=True,
                        none_text=self.tr("(choose a cohort)"))
        ui.cohort.chosen.connect(lambda _id: self.refresh())
        fetch, args, self._show_cohorts = ui.cohort.first_page()
        self._run(fetch, *args, on_done=self._cohorts_loaded)

    def _run(self, fn, *args, on_done, latest: str | None = None, on_error=None) -> None:
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done, latest=latest,
                         failure=on_error or (lambda exc: self.ui.message.setText(self.ctx.message(exc))))

    def _cohorts_loaded(self, page: Page) -> None:
        self._show_cohorts(page)
        listed = {c.id: c for c in page.rows}
        # No cohort asked for (or gone): the newest one with students, rather than an empty sheet.
        default = next((c for c in page.rows if c.student_count), None)
        if self._cohort_id in listed:
            self._preselect(listed[self._cohort_id])
        elif self._cohort_id is not None:  # not on the first page: looked up
            self._run(cohorts.get_cohort, self._cohort_id, on_done=self._preselect,
                      on_error=lambda _exc: self._preselect(default))
        else:
            self._preselect(default)

    def _preselect(self, cohort) -> None:
        if cohort is not None and self.ui.cohort.current_id() is None:  # unless one was chosen meanwhile
            self.ui.cohort.set_current(cohort.id, row=cohort)  # → chosen → refresh

    def refresh(self) -> None:
        cohort_id, level = self.ui.cohort.current_id(), enum_value(self.ui.level, SkillLevel)
        self.ui.message.setText("")
        self.ui.message.setStyleSheet("color: #c62828;")
        if cohort_id is None or level is None:
            for key in ("readiness", "exams"):  # what was asked for before is no longer wanted
                self.ctx.ops.cancel(self, key)
            return
        self._run(exam_readiness.exam_readiness, cohort_id, level, on_done=self._loaded, latest="readiness")
        if not self.ctx.is_mentor:
            self._run(load_all, certificates.list_exams, ListQuery(filters={"level": level}, limit=EXAMS_PAGE),
                      on_done=self._exams_loaded, latest="exams")

    def _exams_loaded(self, page: Page) -> None:
        lang = self.ctx.lang
        fill_combo(self.ui.exam, [(f"{e.exam_date:%Y-%m-%d} {enum_label(e.occupation, lang)} {e.work_type}".strip(),
                                   e.id) for e in page.rows])
        if not page.rows:
            fill_combo(self.ui.exam, [], none_text=self.tr("(no exams of this level)"))
        self._update_add()

    def _loaded(self, data: ReadinessList) -> None:
        self.data = data
        bar, parts = data.bar, []
        if bar.min_mock_drills:
            parts.append(self.tr("at least %1 mock drills").replace("%1", str(bar.min_mock_drills)))
        if bar.min_mock_avg is not None:
            parts.append(self.tr("mock-drill average ≥ %1").replace("%1", f"{bar.min_mock_avg:g}"))
        if bar.min_live_sessions:
            parts.append(self.tr("at least %1 live sessions").replace("%1", str(bar.min_live_sessions)))
        if bar.min_live_avg is not None:
            parts.append(self.tr("live average ≥ %1").replace("%1", f"{bar.min_live_avg:g}"))
        self.ui.barText.setText(self.tr("Bar: stage %1 or later; %2")
                                .replace("%1", enum_label(bar.min_stage, self.ctx.lang))
                                .replace("%2", "; ".join(parts)))
        self.ui.readyTitle.setText(self.tr("Ready (%1)").replace("%1", str(len(data.ready))))
        self.ui.notReadyTitle.setText(self.tr("Not ready yet (%1)").replace("%1", str(len(data.not_ready))))
        self._fill(self.ui.readyTable, data.ready, checkable=not self.ctx.is_mentor)
        self._fill(self.ui.notReadyTable, data.not_ready, checkable=False)
        if not data.ready:
            self.ui.message.setStyleSheet("")
            self.ui.message.setText(self.tr("No student of this cohort is ready for this level yet."))
        self._update_add()

    def _fill(self, table: QTableWidget, rows: tuple[ReadinessRow, ...], checkable: bool) -> None:
        blocked = table.blockSignals(True)
        table.setRowCount(len(rows))
        lang = self.ctx.lang
        avg = lambda v: "—" if v is None else f"{v:.1f}"  # noqa: E731
        for r, row in enumerate(rows):
            cells = [row.name, row.student_number, enum_label(row.stage, lang), str(row.mock_drills),
                     avg(row.mock_avg), str(row.live_sessions), avg(row.live_avg)]
            if table is self.ui.notReadyTable:
                cells.append(" ".join(x.en if lang == "en" else x.zh for x in row.reasons))
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.student_id)
                if c == 0 and checkable:
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                    item.setCheckState(Qt.CheckState.Checked)
                table.setItem(r, c, item)
        fit_columns(table, stretch=table.columnCount() - 1)
        table.blockSignals(blocked)

    def checked_students(self) -> list[int]:
        table = self.ui.readyTable
        return [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())
                if table.item(r, 0).checkState() == Qt.CheckState.Checked]

    def _update_add(self) -> None:
        self.ui.addToExam.setEnabled(bool(self.checked_students()) and combo_value(self.ui.exam) is not None)

    def add_to_exam(self) -> None:
        """Register the checked students for the chosen exam; its 报名 list opens."""
        exam_id = combo_value(self.ui.exam)
        students = self.checked_students()
        if exam_id is None or self.data is None or not students:
            return
        self.ui.message.setText("")
        self.ctx.ops.run(self, exam_registration.register_candidates, self.ctx.db, self.ctx.actor, exam_id, students,
                         success=lambda rows: self._registered(exam_id, rows),
                         failure=lambda exc: self.ui.message.setText(self.ctx.message(exc)),
                         busy=[self.ui.addToExam])

    def _registered(self, exam_id: int, rows) -> None:
        self.ctx.notify(self.tr("Registered for the exam: %1 students").replace("%1", str(len(rows))))
        self.registration = RegistrationDialog(self.ctx, exam_id, self)
        self.registration.open()
