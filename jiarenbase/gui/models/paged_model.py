"""A table model over any list service: pages of rows come from SQL (search,
filters and sort are done there), fetched lazily through ctx.ops
(ARCHITECTURE rules 3 and 5).

    model = PagedTableModel(ctx, spec)     # empty until refresh() or the view's fetchMore()
    model.set_search("李"); model.set_filter("stage", Stage.LIVE); model.sort(0)

Every change of the query resets the model and loads the first page again. A
result that arrives for an older query (the user kept typing) is dropped: a reset
cancels the model's pending fetches (`ctx.ops.cancel`).
"""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from ...core.services.listing import ListQuery, Page
from .formatting import display, is_number
from .spec import ListSpec, tr_spec

PAGE_SIZE = 200
FETCH = "page"  # the operations key of a model's fetches
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
LONG_TEXT = 24  # longer cells get their full text as a tooltip


def _one_line(text):
    return text.replace("\n", " ⏎ ") if isinstance(text, str) and "\n" in text else text

Index = QModelIndex | QPersistentModelIndex


class PagedTableModel(QAbstractTableModel):
    totalChanged = Signal(int)
    failed = Signal(str)  # the user-facing message of a failed fetch
    loaded = Signal()  # a page (possibly empty) arrived
    loadingChanged = Signal(bool)

    def __init__(self, ctx, spec: ListSpec, page_size: int = PAGE_SIZE, parent=None) -> None:
        super().__init__(parent)
        self.ctx, self.spec, self.page_size = ctx, spec, max(1, page_size)
        self._rows: list[Any] = []
        self._total = 0
        self._search = ""
        self._filters: dict[str, Any] = {}
        self._sort_key = ""
        self._descending = False
        self._sort_column = -1
        self._in_flight = False
        self._exhausted = False  # the last page was short, or a fetch failed
        self._has_loaded = False
        self._signalling = False  # inside a reset/insert: listeners must not start a fetch
        self._error = ""

    # --- the query ----------------------------------------------------------------
    @property
    def total(self) -> int:
        return self._total

    @property
    def search(self) -> str:
        return self._search

    @property
    def filters(self) -> dict[str, Any]:
        return dict(self._filters)

    @property
    def sort_column(self) -> int:
        return self._sort_column

    @property
    def loading(self) -> bool:
        return self._in_flight

    @property
    def error(self) -> str:
        """The message of the current query's failed fetch ("" when none failed)."""
        return self._error

    @property
    def has_loaded(self) -> bool:
        """True once the current query's first page has arrived (or failed)."""
        return self._has_loaded

    def query(self, offset: int = 0, limit: int | None = None) -> ListQuery:
        """The current search, filters and sort (what an export must honour)."""
        return ListQuery(search=self._search, sort=self._sort_key, descending=self._descending,
                         offset=offset, limit=limit or self.page_size, filters=dict(self._filters))

    def set_search(self, text: str) -> None:
        text = (text or "").strip()
        if text != self._search:
            self._search = text
            self.refresh()

    def set_filter(self, key: str, value: Any) -> None:
        """Filter on `key` (a filter the list function knows); None removes the filter."""
        if value is None:
            if key not in self._filters:
                return
            del self._filters[key]
        else:
            if self._filters.get(key, object()) == value:
                return
            self._filters[key] = value
        self.refresh()

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.spec.columns) and bool(self.spec.columns[column].sort)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Re-query in SQL ordered by the column's sort key; other columns are ignored."""
        if not self.is_sortable(column):
            return
        key = self.spec.columns[column].sort or ""
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort_key, self._descending) and self._has_loaded:
            return
        self._sort_key, self._descending, self._sort_column = key, descending, column
        self.refresh()

    def refresh(self) -> None:
        """Drop the rows and load the first page of the current query again."""
        self._signalling = True
        try:
            self.beginResetModel()
            self._rows = []
            self.ctx.ops.cancel(self)  # answers to the old query are dropped
            self._in_flight = False
            self._exhausted = False
            self._has_loaded = False
            self._error = ""
            self.endResetModel()
        finally:
            self._signalling = False
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # --- records ------------------------------------------------------------------
    def record_at(self, row: int) -> Any:
        return self._rows[row]

    def id_at(self, row: int) -> int:
        return self._rows[row].id

    def row_of(self, record_id: int) -> int:
        """The row showing `record_id`, or -1 if it is not loaded."""
        return next((i for i, r in enumerate(self._rows) if r.id == record_id), -1)

    # --- paging -------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        if parent.isValid() or self._in_flight or self._exhausted or self._signalling:
            return False
        return not self._has_loaded or len(self._rows) < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        self._in_flight = True
        self.loadingChanged.emit(True)
        query = self.query(offset=len(self._rows))
        self.ctx.ops.run(self, self.spec.fetch, self.ctx.db, self.ctx.actor, query,
                         success=partial(self._arrived, query), failure=self._fetch_failed, latest=FETCH)

    def _arrived(self, query: ListQuery, page: Page) -> None:
        rows = list(page.rows)
        if rows:
            first = len(self._rows)
            self._signalling = True  # a view or tester reacting to rowsInserted may call fetchMore
            try:
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            finally:
                self._signalling = False
        self._in_flight = False
        self._exhausted = len(rows) < query.limit
        self._has_loaded = True
        if page.total != self._total:
            self._total = page.total
            self.totalChanged.emit(page.total)
        self.loadingChanged.emit(False)
        self.loaded.emit()

    def _fetch_failed(self, exc: Exception) -> None:
        self._in_flight = False
        self._exhausted = True  # no retry loop from the view; refresh() tries again
        self._has_loaded = True
        self._error = self.ctx.message(exc)
        self.loadingChanged.emit(False)
        self.failed.emit(self._error)
        self.loaded.emit()

    # --- the Qt model -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.spec.columns)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) \
                or not (0 <= index.column() < len(self.spec.columns)):
            return None
        column = self.spec.columns[index.column()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole,
                        Qt.ItemDataRole.ToolTipRole):
            return None
        record = self._rows[index.row()]
        value = column.value(record)
        if role == Qt.ItemDataRole.DisplayRole:  # a remark kept as typed shows its line breaks as ⏎
            return _one_line(display(value, self.ctx.lang, percent=column.percent, decimals=column.decimals))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(RIGHT if is_number(value) or column.percent else LEFT)
        if column.tooltip is not None:
            return column.tooltip(record) or None
        text = display(value, self.ctx.lang, percent=column.percent, decimals=column.decimals)
        return text if len(text) > LONG_TEXT or "\n" in text else None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.spec.columns):
            column = self.spec.columns[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return tr_spec(column.header)
            if role == Qt.ItemDataRole.ToolTipRole and not column.sort:
                return None
        return super().headerData(section, orientation, role)
