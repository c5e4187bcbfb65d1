"""A table model for lists of millions of rows (the sessions list at city scale):
the view gets the whole list's row count as soon as the first page arrives, and
pages are read on demand where the user looks — a jump to the last row reads the
last page only, not every page before it (PagedTableModel appends page after page).

    model = WindowedTableModel(ctx, spec)       # same query API as PagedTableModel
    model.ensure_rows(first, last)              # what a view does for its visible rows

A row whose page has not arrived yet shows nothing; its page is requested once and
the row is filled when it arrives (dataChanged). Pages of an older query are dropped
(a reset cancels the model's pending fetches).
"""
from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from ...core.services.listing import Page
from .paged_model import FETCH, Index, PagedTableModel

KEEP_PAGES = 50  # pages kept in memory (10,000 rows); the farthest from the last request go first


class WindowedTableModel(PagedTableModel):
    def __init__(self, ctx, spec, page_size: int | None = None, parent=None) -> None:
        if page_size is None:
            super().__init__(ctx, spec, parent=parent)
        else:
            super().__init__(ctx, spec, page_size, parent)
        self._pages: dict[int, list[Any]] = {}
        self._asked: set[int] = set()  # pages on their way

    # --- paging -------------------------------------------------------------------
    def refresh(self) -> None:
        self._signalling = True
        try:
            self.beginResetModel()
            self._pages, self._asked = {}, set()
            self._rows = []
            self.ctx.ops.cancel(self)  # pages of the old query are dropped
            self._in_flight = False
            self._exhausted = False
            self._has_loaded = False
            self._error = ""
            self.endResetModel()
        finally:
            self._signalling = False
        self._fetch_page(0)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return not parent.isValid() and not self._has_loaded and not self._asked and not self._signalling

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetch_page(0)

    def ensure_rows(self, first: int, last: int) -> None:
        """Request the pages holding rows first…last (the rows a view shows)."""
        if not self._has_loaded:
            return
        last = min(last, self._total - 1)
        for number in range(max(first, 0) // self.page_size, max(last, 0) // self.page_size + 1):
            self._fetch_page(number)

    def _fetch_page(self, number: int) -> None:
        if number in self._pages or number in self._asked:
            return
        self._asked.add(number)
        self._in_flight = True
        self.loadingChanged.emit(True)
        query = self.query(offset=number * self.page_size)
        self.ctx.ops.run(self, self.spec.fetch, self.ctx.db, self.ctx.actor, query,
                         success=partial(self._page_arrived, number), failure=self._fetch_failed,
                         latest=f"{FETCH} {number}")

    def _page_arrived(self, number: int, page: Page) -> None:
        self._asked.discard(number)
        self._pages[number] = list(page.rows)
        self._forget_far_pages(number)
        self._in_flight = bool(self._asked)
        first_load = not self._has_loaded
        if first_load or page.total != self._total:
            # the size of the list is known (or changed under us): the view's rows follow it
            self._signalling = True
            try:
                self.beginResetModel()
                self._total, self._has_loaded = page.total, True
                self._pages = {number: self._pages[number]}
                self.endResetModel()
            finally:
                self._signalling = False
            self.totalChanged.emit(page.total)
        elif self._pages[number]:
            top = self.index(number * self.page_size, 0)
            bottom = self.index(number * self.page_size + len(self._pages[number]) - 1, self.columnCount() - 1)
            self.dataChanged.emit(top, bottom)
        self._rows = self._pages.get(0, [])  # PagedTableModel's own readers see the first page
        if not self._in_flight:
            self.loadingChanged.emit(False)
        self.loaded.emit()

    def _forget_far_pages(self, near: int) -> None:
        while len(self._pages) > KEEP_PAGES:
            del self._pages[max(self._pages, key=lambda n: abs(n - near))]

    # --- records ------------------------------------------------------------------
    def is_loaded(self, row: int) -> bool:
        rows = self._pages.get(row // self.page_size)
        return rows is not None and row % self.page_size < len(rows)

    def record_at(self, row: int) -> Any:
        """The row's record, or None while its page is on its way (it is then requested)."""
        if not self.is_loaded(row):
            self.ensure_rows(row, row)
            return None
        return self._pages[row // self.page_size][row % self.page_size]

    def id_at(self, row: int) -> int:
        record = self.record_at(row)
        return -1 if record is None else record.id

    def row_of(self, record_id: int) -> int:
        for number, rows in self._pages.items():
            for i, r in enumerate(rows):
                if r.id == record_id:
                    return number * self.page_size + i
        return -1

    # --- the Qt model -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._has_loaded else self._total

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if not self.is_loaded(index.row()):
            self.ensure_rows(index.row(), index.row())
            if not self.is_loaded(index.row()):
                return None
        number, offset = divmod(index.row(), self.page_size)
        self._rows = self._pages[number]  # the base class formats the record at `offset` of _rows
        return super().data(self.createIndex(offset, index.column()), role)
