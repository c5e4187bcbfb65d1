"""操作日志: the administrator's view of the audit log — who did what and when, filtered
by user, kind of record, action, dates and record number; the selected entry's before
and after side by side (masked by the service: ID numbers, mobiles, check values);
the filtered log exported to Excel (all of it, on the pool, with progress).

    page = AuditPage(ctx, parent)   # loads when first shown (LazyLoad), or on refresh()

The log pages in where the user looks (AuditLogModel, a WindowedTableModel): a log of
500,000 entries shows its count from the first page and reads only the pages in view.
"""
# zh_CN: English → 中文 (this module and forms/audit_page.ui)
#   Audit log → 操作日志
#   Who did what and when, newest first. ID numbers and mobile numbers are masked.
#     → 谁在什么时候做了什么，最新的在前。身份证号和手机号已打码。
#   User: → 用户：; Record: → 对象：; Action: → 操作：; Record no. → 记录编号; Dates: → 日期：; to → 至
#   Clear filters → 清除筛选; Refresh → 刷新; Export… → 导出…
#   All users → 全部用户; All records → 全部对象; All actions → 全部操作
#   Loading… → 正在载入…; %1 entries → 共 %1 条
#   No audit entries match the filters → 没有符合条件的操作记录
#   Choose “All” in the filters or widen the dates. → 请在筛选中选择“全部”，或放宽日期范围。
#   The audit log has no entries yet. → 操作日志还没有记录。
#   Only administrators can see the audit log. → 只有管理员可以查看操作日志。
#   Choose an entry to see what changed. → 选择一条记录，查看修改前后的内容。
#   This entry records no field values. → 这条记录没有字段内容。
#   Entry no. %1 → 日志编号 %1; Origin: %1 → 来源：%1; Origin: not recorded → 来源：未记录
#   Export to Excel → 导出为 Excel; Excel workbook (*.xlsx) → Excel 工作簿 (*.xlsx)
#   Export → 导出; %1 entries exported to %2 → 已导出 %1 条到 %2
#   Export the entries the filters keep (all of them) to Excel → 将符合筛选条件的全部记录导出为 Excel
#   Type a record's number, e.g. 137 → 输入记录编号，例如 137
#   JiarenBase → 自家人实训基地
from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, QStandardPaths, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QHeaderView, QMessageBox, QWidget

from ...core.audit_export import export_audit
from ...core.audit_text import action_label, entity_label, group_label
from ...core.errors import JiarenError
from ...core.services import audit
from ...core.services.audit import AuditChoices, AuditDetail
from ..forms.ui_audit_page import Ui_AuditPage
from ..lazy import LazyLoad
from ..models.audit_model import TIME_COLUMN, AuditChangesModel, AuditLogModel, audit_spec, when
from ..models.spec import tr_spec
from ..theme import is_dark
from ..widgets.progress import run_with_progress
from ..widgets.tinted_rows import TintedRowsDelegate

RECORD_DELAY_MS = 400  # typing a record number: wait for the last digit
HEADER_ALLOWANCE = 72  # the theme pads headers 24 px each side; plus the sort indicator
DEFAULT_DAYS = 30  # the date range offered when dates are switched on


class AuditPage(QWidget):
    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_AuditPage()
        self.ui.setupUi(self)
        self.setObjectName("audit")
        self.allowed = ctx.is_admin
        self.model = AuditLogModel(ctx, audit_spec(ctx.lang), parent=self)
        self.changes = AuditChangesModel(self)
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        self._reselect: int | None = None
        self._record_timer = QTimer(self, singleShot=True, interval=RECORD_DELAY_MS)
        self._record_timer.timeout.connect(self._filters_changed)
        self._setup_texts()
        self._setup_tables()
        self._setup_filters()
        if not self.allowed:
            for widget in (self.ui.subtitle, self.ui.detailPanel, self.ui.exportButton, self.ui.clearButton,
                           self.ui.refreshButton, self.ui.dateCheck, self.ui.dateFrom, self.ui.dateToLabel,
                           self.ui.dateTo, self.ui.userLabel, self.ui.userCombo, self.ui.entityLabel,
                           self.ui.entityCombo, self.ui.actionLabel, self.ui.actionCombo, self.ui.recordEdit):
                widget.setVisible(False)
            self._show_empty(self.tr("Only administrators can see the audit log."), "")
        self._clear_detail()

    # --- building -------------------------------------------------------------------
    def _muted(self) -> str:
        return "color: #9da7b3;" if is_dark(QApplication.instance()) else "color: #57606a;"

    def _setup_texts(self) -> None:
        ui = self.ui
        ui.title.setText(self.tr("Audit log"))
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.subtitle.setStyleSheet(self._muted())
        ui.countLabel.setStyleSheet(self._muted())
        ui.emptyLabel.setStyleSheet("font-size: 16px;")
        ui.emptyHint.setStyleSheet(self._muted())
        ui.detailTitle.setStyleSheet("font-weight: 600;")
        ui.detailOrigin.setStyleSheet(self._muted())
        ui.detailEmptyLabel.setStyleSheet(self._muted())
        ui.exportButton.setToolTip(self.tr("Export the entries the filters keep (all of them) to Excel"))
        ui.recordEdit.setToolTip(self.tr("Type a record's number, e.g. 137"))

    def _setup_tables(self) -> None:
        table, header = self.ui.table, self.ui.table.horizontalHeader()
        table.setModel(self.model)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.ensurePolished()
        metrics = header.fontMetrics()
        for i, column in enumerate(self.model.spec.columns):
            text = tr_spec(column.header).upper()  # themes may draw headers in capitals
            header.resizeSection(i, max(column.width, metrics.horizontalAdvance(text) + HEADER_ALLOWANCE))
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(TIME_COLUMN, Qt.SortOrder.DescendingOrder)  # newest first, the service's order
        header.sortIndicatorChanged.connect(self._sort_changed)
        table.verticalHeader().setDefaultSectionSize(30)
        table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_detail(current.row()))
        self.model.totalChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loaded.connect(self._after_load)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._clear_detail)

        changes = self.ui.changesTable
        changes.setModel(self.changes)
        changes.setItemDelegate(TintedRowsDelegate(changes))  # changed rows tinted under the theme too
        changes.verticalHeader().setDefaultSectionSize(28)
        changes_header = changes.horizontalHeader()
        changes_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        changes_header.resizeSection(0, 170)
        for column in (1, 2):  # before and after share the width: side by side
            changes_header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.ui.splitter.setStretchFactor(0, 1)  # the log and the entry share the height
        self.ui.splitter.setStretchFactor(1, 1)

    def _setup_filters(self) -> None:
        ui = self.ui
        self._fill_choices(AuditChoices((), (), ()))
        today = date.today()
        ui.dateTo.setDate(QDate(today.year, today.month, today.day))
        ui.dateFrom.setDate(ui.dateTo.date().addDays(-DEFAULT_DAYS))
        for combo in (ui.userCombo, ui.entityCombo, ui.actionCombo):
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.dateCheck.toggled.connect(self._dates_toggled)
        ui.dateFrom.dateChanged.connect(self._filters_changed)
        ui.dateTo.dateChanged.connect(self._filters_changed)
        ui.recordEdit.textChanged.connect(lambda _t: self._record_timer.start())
        ui.recordEdit.returnPressed.connect(self._filters_changed)
        ui.clearButton.clicked.connect(self.clear_filters)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.exportButton.clicked.connect(self.export)

    def _fill_choices(self, choices: AuditChoices) -> None:
        lang, ui = self.ctx.lang, self.ui
        for combo, everything, values, label in (
                (ui.userCombo, self.tr("All users"), choices.usernames, str),
                (ui.entityCombo, self.tr("All records"), choices.entities, lambda e: group_label(e, lang)),
                (ui.actionCombo, self.tr("All actions"), choices.actions, lambda a: action_label(a, lang))):
            current = combo.currentData()
            if current is not None and current not in values:
                values = (*values, current)  # keep what is chosen, even when the log has none of it now
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everything, None)
            for value in values:
                combo.addItem(label(value), value)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
            combo.blockSignals(False)

    # --- filters --------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        """The filters as chosen on screen (what the list and the export honour)."""
        ui = self.ui
        out: dict[str, Any] = {"username": ui.userCombo.currentData(), "entity": ui.entityCombo.currentData(),
                               "action": ui.actionCombo.currentData(), "entity_id": ui.recordEdit.text().strip()}
        if ui.dateCheck.isChecked():
            out["date_from"] = ui.dateFrom.date().toPython()
            out["date_to"] = ui.dateTo.date().toPython()
        return {k: v for k, v in out.items() if v not in (None, "")}

    def set_filter(self, combo: QComboBox, value: Any) -> None:
        """Choose `value` in one of the filter combos (None: all), as a click would."""
        combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)

    def _dates_toggled(self, on: bool) -> None:
        self.ui.dateFrom.setEnabled(on)
        self.ui.dateTo.setEnabled(on)
        self._filters_changed()

    def _filters_changed(self, *_args) -> None:
        self._record_timer.stop()
        if self.allowed and self.lazy.started:
            self.model.set_filters(self.filters())

    def clear_filters(self) -> None:
        ui = self.ui
        widgets = (ui.userCombo, ui.entityCombo, ui.actionCombo, ui.recordEdit, ui.dateCheck)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in (ui.userCombo, ui.entityCombo, ui.actionCombo):
            combo.setCurrentIndex(0)
        ui.recordEdit.clear()
        ui.dateCheck.setChecked(False)
        ui.dateFrom.setEnabled(False)
        ui.dateTo.setEnabled(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._filters_changed()

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        if column == TIME_COLUMN:
            self.model.sort(TIME_COLUMN, order)
            return
        header = self.ui.table.horizontalHeader()  # only the time sorts: put the arrow back
        header.blockSignals(True)
        newest_first = self.model.query().descending or not self.model.query().sort
        header.setSortIndicator(TIME_COLUMN, Qt.SortOrder.DescendingOrder if newest_first
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)

    # --- loading ----------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.allowed:
            return
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ctx.ops.run(self, audit.audit_choices, self.ctx.db, self.ctx.actor, success=self._fill_choices,
                         failure=lambda _exc: None, latest="choices")  # a refusal shows in the list
        filters = self.filters()
        if filters != self.model.filters:
            self.model.set_filters(filters)
        else:
            self.model.refresh()

    def _remember_selection(self) -> None:
        """Before the list is reloaded (F5, a filter, new entries): the chosen entry, to choose it again."""
        row = self.current_row()
        if self._reselect is None and row >= 0 and self.model.id_at(row) >= 0:
            self._reselect = self.model.id_at(row)

    def current_row(self) -> int:
        rows = self.ui.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _update_count(self, *_args) -> None:
        if self.model.loading and not self.model.has_loaded:
            self.ui.countLabel.setText(self.tr("Loading…"))
        elif not self.allowed or not self.lazy.started or self.model.error:
            self.ui.countLabel.setText("")
        else:
            self.ui.countLabel.setText(self.tr("%1 entries").replace("%1", f"{self.model.total:,}"))

    def _after_load(self) -> None:
        self._update_count()
        if self.model.error:
            self._show_empty(self.model.error, "", error=True)
            return
        if self.model.rowCount() == 0:
            if self.model.filters:
                self._show_empty(self.tr("No audit entries match the filters"),
                                 self.tr("Choose “All” in the filters or widen the dates."))
            else:
                self._show_empty(self.tr("The audit log has no entries yet."), "")
            return
        self.ui.stack.setCurrentWidget(self.ui.tablePage)
        self.ui.detailPanel.setVisible(True)
        if self.current_row() < 0:
            wanted = self.model.row_of(self._reselect) if self._reselect is not None else -1
            self.ui.table.selectRow(wanted if wanted >= 0 else 0)
        self._reselect = None

    def _show_empty(self, text: str, hint: str, *, error: bool = False) -> None:
        colour = ("#ff7b72" if is_dark(QApplication.instance()) else "#b42318") if error else ""
        self.ui.emptyLabel.setStyleSheet("font-size: 16px;" + (f" color: {colour};" if colour else ""))
        self.ui.emptyLabel.setText(text)
        self.ui.emptyHint.setText(hint)
        self.ui.emptyHint.setVisible(bool(hint))
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self.ui.detailPanel.setVisible(False)

    # --- the selected entry -------------------------------------------------------------
    def _clear_detail(self) -> None:
        self.ctx.ops.cancel(self, "detail")
        self.changes.set_changes(())
        self.ui.detailTitle.setText("")
        self.ui.detailOrigin.setText("")
        self.ui.detailEmptyLabel.setText(self.tr("Choose an entry to see what changed."))
        self.ui.detailStack.setCurrentWidget(self.ui.detailEmptyPage)

    def _show_detail(self, row: int) -> None:
        record = self.model.record_at(row) if row >= 0 else None
        if record is None:  # nothing chosen, or its page is still on its way
            self._clear_detail()
            return
        self.ctx.ops.run(self, audit.audit_detail, self.ctx.db, self.ctx.actor, record.id, self.ctx.lang,
                         success=self._detail_arrived, failure=self._detail_failed, latest="detail")

    def _detail_arrived(self, detail: AuditDetail) -> None:
        entry, lang = detail.entry, self.ctx.lang
        record = entity_label(entry.entity, lang) + ("" if entry.entity_id is None else f" #{entry.entity_id}")
        # who and when stand in the chosen row just above; the header names the entry and what it did
        self.ui.detailTitle.setText("  ·  ".join((self.tr("Entry no. %1").replace("%1", str(entry.id)),
                                                  f"{action_label(entry.action, lang)} {record}")))
        self.ui.detailTitle.setToolTip(f"{when(entry)}  {entry.username}")
        self.ui.detailOrigin.setText(self.tr("Origin: %1").replace("%1", entry.origin) if entry.origin
                                     else self.tr("Origin: not recorded"))
        self.changes.set_changes(detail.changes)
        if detail.changes:
            self.ui.detailStack.setCurrentWidget(self.ui.changesPage)
        else:
            self.ui.detailEmptyLabel.setText(self.tr("This entry records no field values."))
            self.ui.detailStack.setCurrentWidget(self.ui.detailEmptyPage)

    def _detail_failed(self, exc: JiarenError) -> None:
        self.changes.set_changes(())
        self.ui.detailEmptyLabel.setText(self.ctx.message(exc))
        self.ui.detailStack.setCurrentWidget(self.ui.detailEmptyPage)

    # --- export ---------------------------------------------------------------------------
    def export(self) -> None:
        if not self.allowed:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("Audit log") + f"_{date.today():%Y%m%d}.xlsx"  # 操作日志_20250506.xlsx
        suggested = str(Path(folder or self.ctx.data_dir) / name)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        run_with_progress(self.ctx, self, self.tr("Export to Excel"), export_audit, self.ctx.db, self.ctx.actor,
                          Path(path), self.model.query(), on_done=lambda n: self._exported(n, path),
                          on_error=self._export_failed, on_cancelled=lambda _exc: None,
                          busy=[self.ui.exportButton])

    def _exported(self, count: int, path: str) -> None:
        text = self.tr("%1 entries exported to %2").replace("%1", f"{count:,}").replace("%2", path)
        QMessageBox.information(self, self.tr("Export"), text)

    def _export_failed(self, exc: JiarenError) -> None:
        QMessageBox.warning(self, self.tr("Export to Excel"), self.ctx.message(exc))
