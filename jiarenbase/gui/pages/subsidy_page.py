"""补贴: the flexible-employment subsidy (灵活就业社会保险补贴) for each flexibly
employed graduate — verdict, months left of 24, monthly amount, the district
employment centre — with a detail panel (reasons, centre and address, materials
checklist) and the "eligible, not applied" filter. Staff mark an application and
tick the materials the graduate has ready (each tick is saved at once, versioned;
a tick another desktop saved meanwhile opens the conflict dialog). Mentors read.

    page = SubsidyPage(ctx)          # loads when first shown (LazyLoad), or on refresh()
    page.show_not_applied()          # e.g. from a dashboard figure
"""
# zh_CN: English → 中文
#   Flexible-employment subsidy → 灵活就业社会保险补贴
#   Student, cohort or district → 学员、批次或区
#   Subsidy rates… → 补贴标准…; Refresh → 刷新
#   Why → 判定理由; Where to apply → 申请地点; Materials to bring → 申请材料
#   Tick what the graduate has ready; each tick is saved. → 勾选毕业生已备齐的材料（每次勾选即保存）。
#   Last ticked by %1 on %2. → 最近由 %1 于 %2 勾选。
#   Materials saved: %1 (%2 of %3 ready) → 已保存申请材料：%1（已备齐 %2/%3 项）
#   The bank debit card is not needed when the graduate already has a social security card.
#     → 已办理社会保障卡的，无需提供银行借记卡。
#   Applied on → 申请日期; Mark applied → 登记已申请; Not applied → 撤销申请登记
#   All flexibly employed → 全部灵活就业; Eligible → 符合条件; Eligible, not applied → 符合条件未申请
#   Not eligible → 不符合条件
#   Student → 学员; Verdict → 判定; Months left → 剩余月数; Per month → 每月金额
#   Apply in → 申请所在区; Applied → 申请日期; Flexibly employed since %1 → 自 %1 起灵活就业
#   Eligible · applied → 符合条件 · 已申请
#   Loading… → 正在载入…
#   No flexibly employed graduates yet. Record a placement with the outcome "flexible employment".
#     → 还没有灵活就业的毕业生。登记就业去向时选择“灵活就业”。
#   No graduate matches this filter. → 没有符合筛选条件的毕业生。
#   %1 flexibly employed · %2 eligible · %3 eligible but not applied
#     → 灵活就业 %1 人 · 符合条件 %2 人 · 符合条件未申请 %3 人
#   Choose a graduate on the left to see the reasons, the centre and the materials.
#     → 在左侧选择一名毕业生，查看判定理由、申请地点和申请材料。
#   Eligible: %1 months left, %2 a month → 符合条件：还可享受 %1 个月，每月 %2
#   Eligible: %1 months left; no amount (enter the year's rates) → 符合条件：还可享受 %1 个月；未设置补贴标准，暂无金额
#   Not eligible → 不符合条件
#   Unknown → 未知
#   Applied on %1. → 已于 %1 申请。; Not applied yet. → 尚未申请。
from __future__ import annotations

import html
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QCheckBox, QDialog, QTableWidgetItem, QWidget

from ...core.errors import ConflictError
from ...core.services.subsidy import (
    MaterialsDTO,
    SubsidyRowDTO,
    flexible_graduates,
    mark_subsidy_applied,
    save_subsidy_materials,
    subsidy_materials,
)
from ..context import AppContext
from ..forms.ui_subsidy_page import Ui_SubsidyPage
from ..lazy import LazyLoad
from ..widgets.table_fit import fit_columns

GOOD, BAD, ADVICE = "#2e7d32", "#c62828", "#ef6c00"
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALL, ELIGIBLE, NOT_APPLIED, NOT_ELIGIBLE = range(4)
CENTRE_COLUMN = 4


def money(amount: Decimal | None) -> str:
    return "—" if amount is None else f"¥{amount:,.2f}"


class SubsidyPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_SubsidyPage()
        self.ui.setupUi(self)
        self.setObjectName("subsidy")
        self.rows: list[SubsidyRowDTO] = []
        self.shown: list[SubsidyRowDTO] = []
        self.current: SubsidyRowDTO | None = None
        self.materials: MaterialsDTO | None = None  # the current graduate's saved ticks
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.detailName.setStyleSheet("font-size: 16px; font-weight: 600;")
        for label in (ui.reasonsTitle, ui.centreTitle, ui.materialsTitle):
            label.setStyleSheet("font-weight: 600; margin-top: 8px;")
        ui.materialsNote.setStyleSheet("color: palette(mid);")
        ui.detailError.setStyleSheet(f"color: {BAD};")
        self._note = ui.materialsNote.text() + "\n" + self.tr(
            "The bank debit card is not needed when the graduate already has a social security card.")
        ui.materialsNote.setText(self._note)
        for text in (self.tr("All flexibly employed"), self.tr("Eligible"), self.tr("Eligible, not applied"),
                     self.tr("Not eligible")):
            ui.show.addItem(text)
        headers = [self.tr("Student"), self.tr("Verdict"), self.tr("Months left"), self.tr("Per month"),
                   self.tr("Apply in"), self.tr("Applied")]
        ui.table.setColumnCount(len(headers))
        ui.table.setHorizontalHeaderLabels(headers)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 0)
        ui.splitter.setSizes([10_000, ui.detailScroll.maximumWidth()])  # the detail as wide as it may be
        ui.show.currentIndexChanged.connect(lambda _i: self._fill())
        ui.search.textChanged.connect(lambda _t: self._fill())
        ui.refreshButton.clicked.connect(self.refresh)
        ui.ratesButton.clicked.connect(self.edit_rates)
        ui.table.itemSelectionChanged.connect(self._selection_changed)
        ui.markApplied.clicked.connect(lambda: self._mark(ui.appliedOn.date().toPython()))
        ui.clearApplied.clicked.connect(lambda: self._mark(None))
        ui.appliedOn.setDate(QDate.currentDate())
        ui.appliedOn.setMaximumDate(QDate.currentDate())
        staff = not ctx.is_mentor
        ui.ratesButton.setVisible(staff)
        for w in (ui.appliedOnLabel, ui.appliedOn, ui.markApplied, ui.clearApplied):
            w.setVisible(staff)
        self._show_detail(None)

    # -- loading -------------------------------------------------------------------
    def show_not_applied(self) -> None:
        """Show only the eligible graduates who have not applied yet."""
        self.ui.show.setCurrentIndex(NOT_APPLIED)
        self.lazy.ensure()

    def refresh(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ui.summary.setText(self.tr("Loading…"))
        self.ctx.ops.run(self, flexible_graduates, self.ctx.db, self.ctx.actor, date.today(),
                         success=self._loaded, failure=self._failed, latest="graduates")

    def _failed(self, exc: Exception) -> None:
        self.ui.summary.setText(self.ctx.message(exc))

    def _loaded(self, rows: list[SubsidyRowDTO]) -> None:
        self.rows = list(rows)
        self.ui.summary.setText(self._summary())
        self._fill()

    def edit_rates(self) -> None:
        from ..dialogs.subsidy_rates_dialog import SubsidyRatesDialog

        dialog = SubsidyRatesDialog(self.ctx, date.today().year, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.refresh()

    # -- the list --------------------------------------------------------------------
    def _wanted(self, row: SubsidyRowDTO) -> bool:
        mode = self.ui.show.currentIndex()
        if (mode == ELIGIBLE and not row.eligible) or (mode == NOT_ELIGIBLE and row.eligible) \
                or (mode == NOT_APPLIED and not row.eligible_not_applied):
            return False
        needle = self.ui.search.text().strip().lower()
        centre = row.verdict.centre
        hay = " ".join([row.student_name, row.cohort_code, row.school_name, centre.district if centre else ""])
        return not needle or needle in hay.lower()

    def _fill(self) -> None:
        ui, table = self.ui, self.ui.table
        keep = self.current.placement_id if self.current else None
        self.shown = [r for r in self.rows if self._wanted(r)]
        ui.detailScroll.setVisible(bool(self.rows))  # nothing to detail on an empty list
        if not self.shown:
            ui.emptyLabel.setText(self.tr("No graduate matches this filter.") if self.rows else self.tr(
                'No flexibly employed graduates yet. Record a placement with the outcome "flexible employment".'))
            ui.stack.setCurrentWidget(ui.emptyLabel)
        else:
            ui.stack.setCurrentWidget(table)
        table.blockSignals(True)
        table.clearSelection()
        table.setRowCount(len(self.shown))
        for r, row in enumerate(self.shown):
            v = row.verdict
            verdict = QTableWidgetItem(self._verdict_word(row))
            verdict.setForeground(QBrush(QColor(GOOD if row.eligible else BAD)))
            centre = v.centre.district if v.centre else self.tr("Unknown")
            cells = [row.student_name, verdict, str(v.months_left), money(v.monthly_amount), centre,
                     self._day(row.applied_on)]
            for c, value in enumerate(cells):
                item = value if isinstance(value, QTableWidgetItem) else QTableWidgetItem(value)
                item.setToolTip(" · ".join(x for x in (row.cohort_code, row.school_name) if x))
                if c in (2, 3):
                    item.setTextAlignment(NUMBER)
                if c == CENTRE_COLUMN and not v.centre:
                    item.setForeground(QBrush(QColor(ADVICE)))
                table.setItem(r, c, item)
        table.blockSignals(False)
        fit_columns(table)  # the district column keeps its full width; the last one stretches
        again = next((i for i, row in enumerate(self.shown) if row.placement_id == keep), None)
        if again is not None:
            table.selectRow(again)
        elif self.shown:
            table.selectRow(0)
        else:
            self._show_detail(None)

    def _verdict_word(self, row: SubsidyRowDTO) -> str:
        if not row.eligible:
            return self.tr("Not eligible")
        return self.tr("Eligible · applied") if row.applied_on else self.tr("Eligible")

    @staticmethod
    def _day(d: date | None) -> str:
        return f"{d:%Y-%m-%d}" if d else ""

    def _summary(self) -> str:
        if not self.rows:
            return ""  # the empty-state text says it
        values = (len(self.rows), sum(r.eligible for r in self.rows),
                  sum(r.eligible_not_applied for r in self.rows))
        text = self.tr("%1 flexibly employed · %2 eligible · %3 eligible but not applied")
        for i, value in enumerate(values, start=1):
            text = text.replace(f"%{i}", str(value))
        return text

    # -- the detail panel ----------------------------------------------------------------
    def _selection_changed(self) -> None:
        rows = self.ui.table.selectionModel().selectedRows()
        self._show_detail(self.shown[rows[0].row()] if rows else None)

    def _text(self, reason) -> str:
        return reason.en if self.ctx.lang == "en" else reason.zh

    def _show_detail(self, row: SubsidyRowDTO | None) -> None:
        ui = self.ui
        self.current = row
        ui.detailError.setText("")
        for w in (ui.reasonsTitle, ui.reasons, ui.centreTitle, ui.centre, ui.materialsTitle, ui.materials,
                  ui.materialsNote, ui.applied):
            w.setVisible(row is not None)
        staff = not self.ctx.is_mentor
        for w in (ui.appliedOnLabel, ui.appliedOn, ui.markApplied, ui.clearApplied):
            w.setVisible(staff and row is not None)
        if row is None:
            ui.detailName.setText("")
            ui.detailVerdict.setText(
                self.tr("Choose a graduate on the left to see the reasons, the centre and the materials."))
            ui.detailVerdict.setStyleSheet("")
            return
        v = row.verdict
        ui.detailName.setText(" · ".join(x for x in (row.student_name, row.cohort_code, row.school_name) if x))
        if not v.eligible:
            verdict = self.tr("Not eligible")
        elif v.monthly_amount is None:
            verdict = self.tr("Eligible: %1 months left; no amount (enter the year's rates)").replace(
                "%1", str(v.months_left))
        else:
            verdict = self.tr("Eligible: %1 months left, %2 a month").replace("%1", str(v.months_left)).replace(
                "%2", money(v.monthly_amount))
        if row.flexible_start:
            verdict += "\n" + self.tr("Flexibly employed since %1").replace("%1", self._day(row.flexible_start))
        ui.detailVerdict.setText(verdict)
        ui.detailVerdict.setStyleSheet(f"font-weight: 600; color: {GOOD if v.eligible else BAD};")
        lines = []
        for reason in v.reasons:
            mark, colour = ("✓", GOOD) if reason.ok else (("✗", BAD) if reason.condition else ("!", ADVICE))
            lines.append(f'<span style="color:{colour}">{mark}</span> {html.escape(self._text(reason))}')
        ui.reasons.setText("<br>".join(lines))
        ui.centre.setText(f"{v.centre.name}\n{v.centre.address}" if v.centre
                          else next((self._text(r) for r in v.reasons if not r.condition and not r.ok), ""))
        layout = ui.materialsLayout
        while layout.count():
            old = layout.takeAt(0).widget()
            if old is not None:
                old.setParent(None)
                old.deleteLater()
        for text in v.materials:
            box = QCheckBox(text, ui.materials)
            box.setEnabled(False)  # until the saved ticks are in
            box.toggled.connect(lambda _on: self._save_materials())
            layout.addWidget(box)
        self.materials = None
        ui.materialsNote.setText(self._note)
        if v.materials:
            self._load_materials(row.student_id)
        for w in (ui.materialsTitle, ui.materials, ui.materialsNote):
            w.setVisible(bool(v.materials))
        ui.applied.setText(self.tr("Applied on %1.").replace("%1", self._day(row.applied_on)) if row.applied_on
                           else self.tr("Not applied yet."))
        ui.markApplied.setEnabled(v.eligible or row.applied_on is not None)
        ui.clearApplied.setEnabled(row.applied_on is not None)
        if row.applied_on:
            ui.appliedOn.setDate(QDate(row.applied_on.year, row.applied_on.month, row.applied_on.day))

    def _mark(self, day: date | None) -> None:
        row = self.current
        if row is None:
            return
        self.ui.detailError.setText("")
        self.ctx.ops.run(self, mark_subsidy_applied, self.ctx.db, self.ctx.actor, row.placement_id, row.version, day,
                         success=self._marked, failure=self._mark_failed,
                         busy=[self.ui.markApplied, self.ui.clearApplied])

    def _marked(self, new: SubsidyRowDTO) -> None:
        self.rows = [new if r.placement_id == new.placement_id else r for r in self.rows]
        if self.current and self.current.placement_id == new.placement_id:
            self.current = new
        self.ui.summary.setText(self._summary())
        self._fill()

    def _mark_failed(self, exc: Exception) -> None:
        self.ui.detailError.setText(self.ctx.message(exc))
        if self.current is not None:
            self._show_detail(self.current)
            self.ui.detailError.setText(self.ctx.message(exc))

    # -- the materials checklist (saved per graduate) -------------------------------------
    def material_boxes(self) -> list[QCheckBox]:
        layout = self.ui.materialsLayout
        return [w for w in (layout.itemAt(i).widget() for i in range(layout.count())) if isinstance(w, QCheckBox)]

    def _load_materials(self, student_id: int) -> None:
        self.ctx.ops.run(self, subsidy_materials, self.ctx.db, self.ctx.actor, student_id,
                         success=self._materials_loaded, failure=self._materials_failed, latest="materials")

    def _materials_loaded(self, saved: MaterialsDTO) -> None:
        if self.current is None or self.current.student_id != saved.student_id:
            return
        self.materials = saved
        for box in self.material_boxes():
            blocked = box.blockSignals(True)
            box.setChecked(box.text() in saved.ticked)
            box.blockSignals(blocked)
            box.setEnabled(not self.ctx.is_mentor)
        note = self._note
        if saved.ticked_by and saved.ticked_at:
            note += "\n" + self.tr("Last ticked by %1 on %2.").replace("%1", saved.ticked_by).replace(
                "%2", f"{saved.ticked_at:%Y-%m-%d %H:%M}")
        self.ui.materialsNote.setText(note)

    def ticked(self) -> list[str]:
        return [box.text() for box in self.material_boxes() if box.isChecked()]

    def _save_materials(self, version: int | None = None) -> None:
        if self.materials is None or self.current is None or self.ctx.is_mentor:
            return
        self.ui.detailError.setText("")
        name = self.current.student_name
        self.ctx.ops.run(self, save_subsidy_materials, self.ctx.db, self.ctx.actor, self.current.student_id,
                         self.ticked(), self.materials.version if version is None else version,
                         success=lambda saved: self._materials_saved(saved, name), failure=self._materials_failed)
        for box in self.material_boxes():  # one save at a time: the next tick waits for this one's version
            box.setEnabled(False)

    def _materials_saved(self, saved: MaterialsDTO, name: str) -> None:
        self._materials_loaded(saved)
        self.ctx.notify(self.tr("Materials saved: %1 (%2 of %3 ready)").replace("%1", name)
                        .replace("%2", str(len(saved.ticked))).replace("%3", str(len(self.material_boxes()))))

    def _materials_failed(self, exc: Exception) -> None:
        self.ui.detailError.setText(self.ctx.message(exc))
        for box in self.material_boxes():
            box.setEnabled(self.materials is not None and not self.ctx.is_mentor)
        if not isinstance(exc, ConflictError) or self.current is None:
            return
        from ..dialogs.conflict_dialog import ConflictDialog

        choice = ConflictDialog.ask(self)
        student_id = self.current.student_id
        if choice == ConflictDialog.RELOAD:
            self.ui.detailError.setText("")
            self._load_materials(student_id)
        elif choice == ConflictDialog.OVERWRITE:  # these ticks over the other desktop's, at its version
            self.ui.detailError.setText("")
            self.ctx.ops.run(self, subsidy_materials, self.ctx.db, self.ctx.actor, student_id,
                             success=lambda now: self._save_materials(now.version),
                             failure=self._materials_failed, latest="materials")
