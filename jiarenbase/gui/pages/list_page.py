"""A list of records (学员, 批次, 实训记录, …) driven by a ListSpec: search, filters,
a lazily paged table sorted in SQL, and New / Edit / Delete (undoable) / Export.

    page = ListPage(ctx, STUDENTS)     # loads when first shown, or on refresh()

Shortcuts: Ctrl+F search, Ctrl+N new, Enter or double-click open, F2 edit, Delete
delete, Ctrl+E export. F5 (refresh) and Ctrl+Z (undo) belong to the main window's menu.
The buttons sit in an ActionBar: on a narrow screen the last ones move into »更多, and
the filters shrink to their shown text (FilterCombo). A page may send Enter and
double-click elsewhere (`activated`, e.g. the students list opens the student file).
"""
# zh_CN: English → 中文
# Search → 搜索; Search: %1 → 搜索：%1; New → 新建; Edit → 编辑; Open → 查看; Delete → 删除; Deleted: %1 → 已删除：%1
# Export… → 导出…; Refresh → 刷新; List → 列表; %1 records → 共 %1 条; Loading… → 正在载入…
# New record (%1) → 新建记录（%1）; Open the selected record (Enter) → 打开所选记录（回车）
# Delete the selected records (Del) → 删除所选记录（Del）
# Export the list as shown to Excel (%1) → 将当前列表导出为 Excel（%1）
# Load the list again (F5) → 重新载入列表（F5）
# No records yet → 暂无记录; Click “New” to add the first one. → 点击“新建”添加第一条记录。
# No records match “%1” → 没有与“%1”匹配的记录; No records match the chosen filters → 没有符合筛选条件的记录
# Try a shorter search or choose “All” in the filters. → 请缩短搜索词，或在筛选中选择“全部”。
# Only administrators can see this list. → 只有管理员可以查看此列表。
# Delete “%1”? → 删除“%1”？; Delete %1 records? → 删除 %1 条记录？
# You can undo this with Ctrl+Z. → 可按 Ctrl+Z 撤销。
# %1 selected records → 所选 %1 条记录 (the undo entry: “删除 所选 3 条记录”)
# Export to Excel → 导出为 Excel; Excel workbook (*.xlsx) → Excel 工作簿 (*.xlsx)
# Export → 导出; %1 rows exported to %2 → 已导出 %1 行到 %2
# JiarenBase → 自家人实训基地
from __future__ import annotations

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QHeaderView, QMessageBox, QPushButton, QWidget

from ...core.exporting import run_export
from ..forms.ui_list_page import Ui_ListPage
from ..lazy import LazyLoad
from ..models.paged_model import PAGE_SIZE, PagedTableModel
from ..models.spec import FilterSpec, ListSpec, tr_spec
from ..models.windowed_model import WindowedTableModel
from ..muted_text import muted_colour
from ..undo import DeleteCommand, delete_all
from ..widgets.filter_combo import FilterCombo
from ..widgets.progress import run_with_progress

SEARCH_DELAY_MS = 300
HEADER_ALLOWANCE = 72  # the theme pads headers 24 px each side; plus the sort indicator
EXPORT_SHORTCUT = "Ctrl+E"


class ListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, ctx, spec: ListSpec, parent: QWidget | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self.ctx, self.spec = ctx, spec
        self.ui = Ui_ListPage()
        self.ui.setupUi(self)
        self.setObjectName(f"list_{spec.key}")
        model_class = WindowedTableModel if spec.windowed else PagedTableModel
        self.model = model_class(ctx, spec, page_size, self)
        self.allowed = spec.visible_to(ctx.actor)
        self.may_change = spec.may_change(ctx.actor)
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        self._reselect: int | None = None
        self._activation: Callable[[], None] | None = None
        self._filter_boxes: dict[str, QComboBox] = {}
        self._extra_actions: list[tuple[QPushButton, bool]] = []
        self._filter_values: dict[str, list[Any]] = {}
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_search)
        self._setup_table()
        self._setup_filters()
        self._setup_actions()
        self._retranslate()
        self._apply_permissions()
        self._update_count()

    # --- building ---------------------------------------------------------------
    def _setup_table(self) -> None:
        table = self.ui.table
        table.setModel(self.model)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)  # a stretched number column reads badly
        self._fit_columns()
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # the service's own order until a click
        header.setSortIndicatorShown(True)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.verticalHeader().setDefaultSectionSize(30)
        table.doubleClicked.connect(lambda index: self._activate(index.row()))
        table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.totalChanged.connect(self._update_count)
        self.model.loadingChanged.connect(self._update_count)
        self.model.loaded.connect(self._after_load)
        self.model.modelReset.connect(self._update_buttons)
        self.model.failed.connect(self._fetch_failed)

    def _fit_columns(self) -> None:
        """The spec's widths, widened where the (translated, styled) header needs more."""
        header = self.ui.table.horizontalHeader()
        header.ensurePolished()
        metrics = header.fontMetrics()
        for i, column in enumerate(self.spec.columns):
            # Themes may draw headers in capitals; leave room for them and the sort arrow.
            text = tr_spec(column.header).upper()
            needed = max(header.sectionSizeHint(i), metrics.horizontalAdvance(text) + HEADER_ALLOWANCE)
            header.resizeSection(i, max(column.width, needed))

    def _setup_filters(self) -> None:
        for spec in self.spec.filters:
            box = FilterCombo(self)
            box.setObjectName(f"filter_{spec.key}")
            if spec.tooltip:
                box.setToolTip(tr_spec(spec.tooltip))
            self._filter_boxes[spec.key] = box
            self._fill_filter(spec, spec.static_choices(self.ctx.lang))
            box.currentIndexChanged.connect(lambda _i, key=spec.key: self._filter_changed(key))
            self.ui.filters.addWidget(box)
            if spec.choices is not None and self.allowed:
                self.ctx.ops.run(self, spec.choices, self.ctx.db, self.ctx.actor, self.ctx.lang,
                                 success=partial(self._fill_filter, spec), failure=self._show_error,
                                 latest=f"choices {spec.key}")

    def _fill_filter(self, spec: FilterSpec, items: list[tuple[str, Any]]) -> None:
        box = self._filter_boxes[spec.key]
        current = self.model.filters.get(spec.key)
        values = [None] + [value for _label, value in items]
        box.blockSignals(True)
        box.clear()
        box.addItem(tr_spec(spec.label))
        for label, _value in items:
            box.addItem(label)
        box.setCurrentIndex(values.index(current) if current in values else 0)
        box.blockSignals(False)
        self._filter_values[spec.key] = values

    def _setup_actions(self) -> None:
        ui = self.ui
        for button in (ui.newButton, ui.editButton, ui.deleteButton, ui.exportButton, ui.refreshButton):
            ui.actions.add_button(button)
        ui.search.textChanged.connect(lambda _t: self._search_timer.start())
        ui.search.returnPressed.connect(self.apply_search)
        ui.newButton.clicked.connect(self.new_record)
        ui.editButton.clicked.connect(lambda: self.open_record(self.current_row()))
        ui.deleteButton.clicked.connect(self.delete_selected)
        ui.exportButton.clicked.connect(self.export)
        ui.refreshButton.clicked.connect(self.refresh)
        # On the page, not the buttons: a button moved into »更多 is hidden, and so would be its shortcut.
        for keys, slot in ((QKeySequence.StandardKey.New, self.new_record), (EXPORT_SHORTCUT, self.export),
                           (QKeySequence.StandardKey.Find, self.focus_search)):
            QShortcut(QKeySequence(keys), self, activated=slot)
        table_keys = [(Qt.Key.Key_Return, self.activate_current), (Qt.Key.Key_Enter, self.activate_current),
                      (Qt.Key.Key_F2, lambda: self.open_record(self.current_row()))]
        for key, slot in table_keys:
            shortcut = QShortcut(QKeySequence(key), ui.table, activated=slot)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.delete_selected)

    def _retranslate(self) -> None:
        ui, native = self.ui, QKeySequence.SequenceFormat.NativeText
        ui.title.setText(tr_spec(self.spec.title) or self.tr("List"))
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self._apply_colours()
        hint = tr_spec(self.spec.search_hint)
        ui.search.setPlaceholderText(hint or self.tr("Search"))
        ui.search.setToolTip(self.tr("Search: %1").replace("%1", hint or "…") + " (Ctrl+F)")
        ui.newButton.setText(self.tr("New"))
        ui.newButton.setToolTip(self.tr("New record (%1)").replace(
            "%1", QKeySequence(QKeySequence.StandardKey.New).toString(native)))
        ui.editButton.setText(self.tr("Edit") if self.may_change else self.tr("Open"))
        ui.editButton.setToolTip(self.tr("Open the selected record (Enter)"))
        ui.deleteButton.setText(self.tr("Delete"))
        ui.deleteButton.setToolTip(self.tr("Delete the selected records (Del)"))
        ui.exportButton.setText(self.tr("Export…"))
        ui.exportButton.setToolTip(self.tr("Export the list as shown to Excel (%1)").replace(
            "%1", QKeySequence(EXPORT_SHORTCUT).toString(native)))
        ui.refreshButton.setText(self.tr("Refresh"))
        ui.refreshButton.setToolTip(self.tr("Load the list again (F5)"))

    def _apply_colours(self) -> None:
        muted = muted_colour()
        self.ui.countLabel.setStyleSheet(f"color: {muted};")
        self.ui.emptyLabel.setStyleSheet(f"font-size: 16px; color: {muted};")
        self.ui.emptyHint.setStyleSheet(f"color: {muted};")

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:  # the theme changed (设置 → 主题)
            self._apply_colours()

    def _apply_permissions(self) -> None:
        ui = self.ui
        ui.newButton.setVisible(self.allowed and self.may_change and self.spec.can_create)
        ui.deleteButton.setVisible(self.allowed and self.may_change and self.spec.delete is not None)
        ui.exportButton.setVisible(self.allowed and self.spec.export is not None)
        for widget in (ui.editButton, ui.refreshButton, ui.search, *self._filter_boxes.values()):
            widget.setVisible(self.allowed)
        # Nothing to open until the record has a dialog (sessions, placements and
        # certificates get theirs with the training-flow and outcomes work).
        ui.editButton.setVisible(self.allowed and self.spec.dialog is not None)
        if not self.allowed:
            self._show_empty(self.tr("Only administrators can see this list."), "")
        self._update_buttons()

    def add_action(self, text: str, callback: Callable[[], None], *, needs_selection: bool = False,
                   staff_only: bool = False, tooltip: str = "", shortcut: str | None = None) -> QPushButton:
        """A page-specific button before Export (e.g. 分配导师 on the students list).
        `needs_selection` enables it only while rows are selected; `staff_only` hides
        it from mentors. The callback reads `selected_records()` itself."""
        button = QPushButton(text, self)
        button.setObjectName(f"action_{len(self._extra_actions)}")
        button.setToolTip(tooltip)
        button.clicked.connect(callback)
        button.setVisible(self.allowed and not (staff_only and self.ctx.actor.is_mentor))
        self.ui.actions.insert_button(self.ui.actions.index_of(self.ui.exportButton), button)
        if shortcut:
            QShortcut(QKeySequence(shortcut), self,
                      activated=lambda: self.ui.actions.offers(button) and button.click())  # click(): if enabled
        self._extra_actions.append((button, needs_selection))
        self._update_buttons()
        return button

    # --- state --------------------------------------------------------------------
    def refresh(self) -> None:
        if not self.allowed:
            return
        self.lazy.started = True  # (also when called before the page was first shown)
        if self._reselect is None:
            row = self.current_row()
            self._reselect = self.model.id_at(row) if row >= 0 else None
        self.model.refresh()

    def current_row(self) -> int:
        index = self.ui.table.currentIndex()
        if index.isValid() and self.ui.table.selectionModel().isRowSelected(index.row()):
            return index.row()
        rows = self.selected_rows()
        return rows[0] if rows else -1

    def selected_rows(self) -> list[int]:
        return sorted(index.row() for index in self.ui.table.selectionModel().selectedRows())

    def selected_records(self) -> list[Any]:
        records = (self.model.record_at(row) for row in self.selected_rows())
        return [r for r in records if r is not None]  # a windowed list's row still on its way is skipped

    def _update_buttons(self, *_args) -> None:
        has = bool(self.ui.table.selectionModel().selectedRows())
        self.ui.editButton.setEnabled(has)
        self.ui.deleteButton.setEnabled(has)
        for button, needs_selection in getattr(self, "_extra_actions", ()):
            button.setEnabled(has or not needs_selection)

    def _update_count(self, *_args) -> None:
        if self.model.loading and not self.model.has_loaded:
            self.ui.countLabel.setText(self.tr("Loading…"))
        elif not self.allowed or not self.lazy.started or self.model.error:
            self.ui.countLabel.setText("")
        else:
            self.ui.countLabel.setText(self.tr("%1 records").replace("%1", f"{self.model.total:,}"))

    def _after_load(self) -> None:
        self._update_count()
        if self.model.error:
            self._show_empty(self.model.error, "")
        elif self.model.rowCount() == 0:
            search = self.model.search
            if search:
                text = self.tr("No records match “%1”").replace("%1", search)
            elif self.model.filters:
                text = self.tr("No records match the chosen filters")
            else:
                text = self.tr("No records yet")
            if search or self.model.filters:
                hint = self.tr("Try a shorter search or choose “All” in the filters.")
            else:
                can_add = self.allowed and self.may_change and self.spec.can_create
                hint = self.tr("Click “New” to add the first one.") if can_add else ""
            self._show_empty(text, hint)
        else:
            self.ui.stack.setCurrentWidget(self.ui.tablePage)
        if self._reselect is not None:
            row = self.model.row_of(self._reselect)
            self._reselect = None
            if row >= 0:
                self.ui.table.selectRow(row)

    def _show_empty(self, text: str, hint: str) -> None:
        self.ui.emptyLabel.setText(text)
        self.ui.emptyHint.setText(hint)
        self.ui.emptyHint.setVisible(bool(hint))
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    # --- search, filters, sort ----------------------------------------------------
    def focus_search(self) -> None:
        self.ui.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.search.selectAll()

    def apply_search(self) -> None:
        self._search_timer.stop()
        if self.allowed:
            self.lazy.started = True
            self.model.set_search(self.ui.search.text())

    def _filter_changed(self, key: str) -> None:
        index = self._filter_boxes[key].currentIndex()
        values = self._filter_values.get(key, [None])
        self.model.set_filter(key, values[index] if 0 <= index < len(values) else None)

    def filter_keys(self) -> list[str]:
        return list(self._filter_boxes)

    def set_filter(self, key: str, value: Any) -> None:
        """Choose `value` in the filter `key` (None = all), as if picked in the combo."""
        values = self._filter_values.get(key, [None])
        self._filter_boxes[key].setCurrentIndex(values.index(value) if value in values else 0)

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if not self.model.is_sortable(column):  # put the arrow back where the data is sorted
            header = self.ui.table.horizontalHeader()
            header.blockSignals(True)
            order = Qt.SortOrder.DescendingOrder if self.model.query().descending else Qt.SortOrder.AscendingOrder
            header.setSortIndicator(self.model.sort_column, order)
            header.blockSignals(False)

    # --- actions --------------------------------------------------------------------
    def new_record(self) -> None:
        if not (self.allowed and self.may_change and self.spec.can_create):
            return
        if self.spec.dialog is None:
            self.new_requested.emit()
        else:
            self._run_dialog(None)

    def set_activation(self, callback: Callable[[], None] | None) -> None:
        """What Enter and double-click do (None: open the record's dialog, as 编辑 does;
        F2 and 编辑 always do that)."""
        self._activation = callback

    def activate_current(self) -> None:
        self._activate(self.current_row())

    def _activate(self, row: int) -> None:
        if self._activation is not None and 0 <= row < self.model.rowCount():
            self._activation()
        else:
            self.open_record(row)

    def open_record(self, row: int) -> None:
        if row < 0 or row >= self.model.rowCount():
            return
        record_id = self.model.id_at(row)
        if record_id < 0:
            return  # a windowed list's row still on its way
        if self.spec.dialog is None:
            self.open_requested.emit(record_id)
        else:
            self._run_dialog(record_id)

    def _run_dialog(self, record_id: int | None) -> None:
        dialog = self.spec.dialog(self.ctx, record_id, self)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            saved = getattr(dialog, "saved", None)  # a dialog may expose the saved DTO
        finally:
            dialog.deleteLater()
        if accepted:
            self._reselect = getattr(saved, "id", record_id)
            self.refresh()

    def delete_selected(self) -> None:
        if not (self.allowed and self.may_change and self.spec.delete is not None):
            return
        records = self.selected_records()
        if not records:
            return
        if len(records) == 1:
            what = self.spec.describe(records[0])
            question = self.tr("Delete “%1”?").replace("%1", what)
        else:
            what = self.tr("%1 selected records").replace("%1", str(len(records)))
            question = self.tr("Delete %1 records?").replace("%1", str(len(records)))
        if self.spec.entity:
            question += "\n" + self.tr("You can undo this with Ctrl+Z.")
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        if QMessageBox.question(self, self.tr("Delete"), question, buttons,
                                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        ids = [r.id for r in records]
        versions = [getattr(r, "version", None) for r in records]
        self.ctx.ops.run(self, delete_all, self.ctx.db, self.ctx.actor, self.spec.delete, ids, versions,
                         success=lambda done: self._deleted(done, what),
                         failure=lambda exc: self._delete_failed(exc, what), busy=[self.ui.deleteButton])

    def _deleted(self, done: list[int], what: str) -> None:
        if done and self.spec.entity:
            self.ctx.undo.push(DeleteCommand(self.ctx, self.spec.entity, self.spec.delete, done, what,
                                             on_change=self.refresh, on_error=self._show_error))
        if done:
            self.ctx.notify(self.tr("Deleted: %1").replace("%1", what), undoable=bool(self.spec.entity))
        self._reselect = -1  # nothing to reselect: the rows are gone
        self.refresh()

    def _delete_failed(self, exc: Exception, what: str) -> None:
        self._deleted(list(getattr(exc, "deleted", [])), what)
        self._show_error(exc)

    def export(self) -> None:
        if not (self.allowed and self.spec.export is not None):
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        title = tr_spec(self.spec.title)
        suggested = str(Path(folder or self.ctx.data_dir) / f"{title}-{date.today():%Y%m%d}.xlsx")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to Excel"), suggested,
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        self.ui.exportButton.setEnabled(False)
        run_with_progress(self.ctx, self, self.tr("Export to Excel"), run_export, self.spec.export, self.ctx.db,
                          self.ctx.actor, Path(path), self.model.query(),
                          on_done=lambda n: self._exported(n, path), on_error=self._export_failed,
                          on_cancelled=lambda _exc: self.ui.exportButton.setEnabled(True))

    def _exported(self, count: int, path: str) -> None:
        self.ui.exportButton.setEnabled(True)
        text = self.tr("%1 rows exported to %2").replace("%1", f"{count:,}").replace("%2", path)
        QMessageBox.information(self, self.tr("Export"), text)

    def _export_failed(self, exc: Exception) -> None:
        self.ui.exportButton.setEnabled(True)
        self._show_error(exc)

    # --- errors ---------------------------------------------------------------------
    def _show_error(self, exc: BaseException) -> None:
        QMessageBox.warning(self, self.tr("JiarenBase"), self.ctx.message(exc))

    def _fetch_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("JiarenBase"), message)
