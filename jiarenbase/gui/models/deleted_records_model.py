"""Deleted records (回收站) for the trash page: pages in from trash.list_deleted.

The model holds what has been fetched; sorting and further pages are asked of the
page (signals), which calls the service through ctx.ops and hands the rows back —
sort, filter and paging happen in SQL (ARCHITECTURE rule 5).
"""
# zh_CN: English → 中文
#   "Type" → "类型"
#   "Name" → "名称"
#   "Deleted at" → "删除时间"
#   "Deleted by" → "删除人"
from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...core.services.trash import DeletedDTO

Index = QModelIndex | QPersistentModelIndex
SORT_KEYS = ("entity", "name", "deleted_at", None)  # per column; "deleted by" is not sortable


def local_time(utc: datetime) -> str:
    """Stored times are naive UTC; show them in the desktop's time zone."""
    return f"{utc.replace(tzinfo=UTC).astimezone():%Y-%m-%d %H:%M}"


class DeletedRecordsModel(QAbstractTableModel):
    more_wanted = Signal()  # the view scrolled to the end: fetch the next page
    sort_changed = Signal()  # sort_key / descending changed: reload from the start

    def __init__(self, lang: str = "zh", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self.rows: list[DeletedDTO] = []
        self.total = 0
        self.loading = False
        self.sort_key = "deleted_at"
        self.descending = True
        self._headers = (self.tr("Type"), self.tr("Name"), self.tr("Deleted at"), self.tr("Deleted by"))

    # --- filling (called by the page with service results) --------------------
    def set_page(self, page) -> None:
        self.beginResetModel()
        self.rows = list(page.rows)
        self.total = page.total
        self.loading = False
        self.endResetModel()

    def append_page(self, page) -> None:
        self.loading = False
        self.total = page.total
        have = {(x.entity, x.record_id) for x in self.rows}  # a restore between pages shifts offsets
        new = [r for r in page.rows if (r.entity, r.record_id) not in have]
        if not new:
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(new) - 1)
        self.rows.extend(new)
        self.endInsertRows()

    def record(self, row: int) -> DeletedDTO:
        return self.rows[row]

    # --- Qt model API ------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        r = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return r.entity_zh if self.lang == "zh" else r.entity_en.capitalize()
            if column == 1:
                return r.name
            if column == 2:
                return local_time(r.deleted_at)
            return r.deleted_by or "—"
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 1:
            return r.name
        return None

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self.loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self.loading = True
            self.more_wanted.emit()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS[column] if 0 <= column < len(SORT_KEYS) else None
        descending = order == Qt.SortOrder.DescendingOrder
        if key is None or (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.sort_changed.emit()
