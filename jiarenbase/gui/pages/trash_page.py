"""回收站: the admin's view of deleted records, with Restore.

The list comes from trash.list_deleted (admin only: anyone else sees the service's
refusal instead of the table); Restore calls trash.restore_record, whose checks
(a clashing booking, a deleted cohort…) come back as a message.
"""
# zh_CN: English → 中文 (this module and forms/trash_page.ui)
#   "Trash" → "回收站"
#   "Deleted records stay here and can be restored. Nothing is erased for good: the audit log refers to them."
#     → "删除的记录保留在这里，可以恢复。记录不会被彻底清除：操作日志需要它们。"
#   "Type:" → "类型："
#   "Search by name" → "按名称搜索"
#   "Refresh" → "刷新"
#   "Restore" → "恢复"
#   "All types" → "全部类型"
#   "Loading…" → "正在载入…"
#   "Nothing has been deleted. Deleted students, cohorts, partner schools, enterprise clients, mentors,
#     practice records, room bookings, placements and short videos appear here and can be restored."
#     → "没有已删除的记录。删除的学员、批次、合作院校、企业客户、导师、实训记录、直播间预约、
#        就业去向和短视频会出现在这里，并可恢复。"
#   "No deleted records match the type or search." → "没有符合类型或搜索条件的已删除记录。"
#   "%1 deleted records" → "共 %1 条已删除记录"
#   "Restored: %1 “%2”." → "已恢复：%1“%2”。"
#   "Cannot restore" → "无法恢复"
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from ...core.errors import JiarenError
from ...core.services import trash
from ...core.services.listing import ListQuery
from ..forms.ui_trash_page import Ui_TrashPage
from ..models.deleted_records_model import DeletedRecordsModel

PAGE_SIZE = 200
SEARCH_DELAY_MS = 300
ERROR_STYLE = "color: #b42318;"


class TrashPage(QWidget):
    """`restored(entity, record_id)` after a record came back (other pages may refresh)."""

    restored = Signal(str, int)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_TrashPage()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.model = DeletedRecordsModel(ctx.lang, self)
        self.ui.table.setModel(self.model)
        header = self.ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSortIndicator(2, Qt.SortOrder.DescendingOrder)
        for column, width in enumerate((110, 420, 150, 120)):
            self.ui.table.setColumnWidth(column, width)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the name takes the spare width
        self.ui.entityCombo.addItem(self.tr("All types"), None)
        for key, kind in trash.ENTITIES.items():
            self.ui.entityCombo.addItem(kind.zh if ctx.lang == "zh" else kind.en.capitalize(), key)
        self._notice = ""  # "Restored: …", shown with the next list
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.refresh)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        self.ui.entityCombo.currentIndexChanged.connect(self.refresh)
        self.ui.refreshButton.clicked.connect(self.refresh)
        self.ui.restoreButton.clicked.connect(self.restore_selected)
        self.ui.table.doubleClicked.connect(lambda _index: self.restore_selected())
        self.model.sort_changed.connect(self.refresh)
        self.model.more_wanted.connect(self._load_more)
        self.ui.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self._selection_changed()
        self.refresh()

    # --- loading -------------------------------------------------------------
    def _query(self, offset: int = 0) -> ListQuery:
        return ListQuery(search=self.ui.searchEdit.text().strip(), sort=self.model.sort_key,
                         descending=self.model.descending, offset=offset, limit=PAGE_SIZE)

    def refresh(self) -> None:
        """The first page again; answers to older requests (and more pages of the old list) are dropped."""
        self._search_timer.stop()
        self.ctx.ops.cancel(self, "more")
        self.ui.status.setStyleSheet("")
        self.ui.status.setText(self.tr("Loading…"))
        self.model.loading = True
        self.ctx.ops.run(self, trash.list_deleted, self.ctx.db, self.ctx.actor, self.ui.entityCombo.currentData(),
                         self._query(), success=self._show, failure=self._failed, latest="list")

    def _load_more(self) -> None:
        self.ctx.ops.run(self, trash.list_deleted, self.ctx.db, self.ctx.actor, self.ui.entityCombo.currentData(),
                         self._query(len(self.model.rows)), success=self.model.append_page, failure=self._failed,
                         latest="more")

    def _show(self, page) -> None:
        self.model.set_page(page)
        filtered = bool(self.ui.searchEdit.text().strip() or self.ui.entityCombo.currentData())
        if page.total:
            self.ui.stack.setCurrentWidget(self.ui.tablePage)
        else:
            self.ui.emptyLabel.setStyleSheet("color: #57606a; font-size: 15px;")
            self.ui.emptyLabel.setText(self.tr("No deleted records match the type or search.") if filtered else
                                       self.tr("Nothing has been deleted. Deleted students, cohorts, partner "
                                               "schools, enterprise clients, mentors, practice records, room "
                                               "bookings, placements and short videos appear here and can be "
                                               "restored."))
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        count = self.tr("%1 deleted records").replace("%1", f"{page.total:,}") if page.total else ""
        self.ui.status.setStyleSheet("color: #1a7f37;" if self._notice else "")
        self.ui.status.setText("  ".join(t for t in (self._notice, count) if t))
        self._notice = ""
        self._selection_changed()

    def _failed(self, exc: JiarenError) -> None:
        self.model.loading = False
        self.ui.status.setText("")
        self.ui.emptyLabel.setStyleSheet(ERROR_STYLE + " font-size: 15px;")
        self.ui.emptyLabel.setText(self.ctx.message(exc))
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)
        self._selection_changed()

    # --- restoring -------------------------------------------------------------
    def selected_record(self):
        rows = self.ui.table.selectionModel().selectedRows()
        if not rows or self.ui.stack.currentWidget() is not self.ui.tablePage:
            return None
        return self.model.record(rows[0].row())

    def _selection_changed(self, *_args) -> None:
        self.ui.restoreButton.setEnabled(self.selected_record() is not None)

    def restore_selected(self) -> None:
        record = self.selected_record()
        if record is None:
            return
        self.ctx.ops.run(self, trash.restore_record, self.ctx.db, self.ctx.actor, record.entity, record.record_id,
                         success=lambda _r: self._restored(record), failure=self._restore_failed,
                         busy=[self.ui.restoreButton])

    def _restored(self, record) -> None:
        kind = record.entity_zh if self.ctx.lang == "zh" else record.entity_en
        self._notice = self.tr("Restored: %1 “%2”.").replace("%1", kind).replace("%2", record.name)
        self.ctx.notify(self._notice)
        self.refresh()
        self.restored.emit(record.entity, record.record_id)

    def _restore_failed(self, exc: JiarenError) -> None:
        self._selection_changed()
        QMessageBox.warning(self, self.tr("Cannot restore"), self.ctx.message(exc))
