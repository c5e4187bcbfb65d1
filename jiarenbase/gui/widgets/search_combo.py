"""A combo box for choosing one record (学员, 批次, 院校, 导师, 企业客户…) from a list
that may hold 100,000 rows, without ever loading it all or cutting it off silently.

    # in Designer: promote the QComboBox to SearchCombo (header jiarenbase.gui.widgets.search_combo)
    combo.setup(ctx, enrolment.list_students, student_label, sort="name")
    steps.append(combo.first_page())   # a RecordDialog.choices() step: the first page with the form
    combo.chosen.connect(...)          # the chosen id (None: nothing / the "none" item)
    combo.set_current(dto.student_id, dto.student_name)   # preselect, nothing loaded
    combo.current_id()                 # the id shown and chosen, else None

The drop-down lists the first `page_size` records (the current one first); when the
list is longer, a last disabled row says how many more there are and to type to
narrow it. Typing searches through the list service (`ListQuery.search`), debounced,
newest request only (`ctx.ops.run(..., latest="search")`), and shows the matches in
a popup, again with the true number left over. Text that is not a chosen record is
put back when the field is left, so what the field shows is what gets saved.
"""
# zh_CN: English → 中文
#   %1 more: type more to narrow the list → 还有 %1 条，请输入更多字以缩小范围
#   Nothing matches “%1” → 没有找到“%1”
#   Type to search → 输入文字搜索
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from ...core.errors import ValidationError
from ...core.services.listing import ListQuery, Page

PAGE_SIZE = 50
DEBOUNCE_MS = 250
MORE = "\x00more"  # item data of the "N more" / "nothing matches" rows: never an id, never None
ID_ROLE = Qt.ItemDataRole.UserRole

Fetch = Callable[..., Page]  # fetch(db, actor, ListQuery) -> Page, e.g. enrolment.list_students


class SearchCombo(QComboBox):
    """An editable combo over a list service; see the module's docstring."""

    chosen = Signal(object)  # the id now chosen, None for nothing; not sent while signals are blocked

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        super().setCompleter(None)  # no inline completion over the few rows loaded
        self.ctx: Any = None
        self._fetch: Fetch | None = None
        self._label: Callable[[Any], str] = str
        self._key: Callable[[Any], Any] = lambda row: row.id
        self._sort, self._descending = "", False
        self._filters: dict[str, Any] = {}
        self._none_text: str | None = None
        self.page_size = PAGE_SIZE
        self._page: Page | None = None  # the first page of the unsearched list (the drop-down)
        self._rows: dict[Any, Any] = {}  # id → record, of every page seen
        self._announced: Any = None
        self._searched = ""
        self.results = QStandardItemModel(self)  # the matches of the newest search
        self.completer_popup = QCompleter(self.results, self)
        self.completer_popup.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer_popup.setWidget(self)
        self.completer_popup.setMaxVisibleItems(12)
        self.completer_popup.activated[QModelIndex].connect(self._result_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_typed)
        self.lineEdit().textEdited.connect(self._typed)
        self.lineEdit().editingFinished.connect(self._settle)
        self.currentIndexChanged.connect(self._index_changed)

    # -- set-up ------------------------------------------------------------------------------
    def setup(self, ctx: Any, fetch: Fetch, label: Callable[[Any], str], *, sort: str = "",
              descending: bool = False, filters: dict[str, Any] | None = None, none_text: str | None = None,
              key: Callable[[Any], Any] | None = None, placeholder: str | None = None) -> None:
        """What to list: `fetch(db, actor, ListQuery) -> Page` and how a row reads.
        With `none_text` the first item stands for "nothing chosen" (id None)."""
        self.ctx, self._fetch, self._label = ctx, fetch, label
        self._sort, self._descending = sort, descending
        self._filters = dict(filters or {})
        self._none_text = none_text
        if key is not None:
            self._key = key
        self.lineEdit().setPlaceholderText(self.tr("Type to search") if placeholder is None else placeholder)
        self._render()

    def query(self, search: str = "") -> ListQuery:
        return ListQuery(search=search, sort=self._sort, descending=self._descending, limit=self.page_size,
                         filters=dict(self._filters))

    def first_page(self) -> tuple[Fetch, tuple, Callable[[Page], None]]:
        """A RecordDialog.choices() step that loads the drop-down with the form."""
        return self._fetch, (self.query(),), self.show_page

    def reload(self) -> None:
        """Load the drop-down's first page again (the newest request wins)."""
        if self._fetch is None:  # a fixed field (e.g. a mentor's own name): nothing to list
            return
        self.ctx.ops.run(self, self._fetch, self.ctx.db, self.ctx.actor, self.query(), success=self.show_page,
                         latest="page")

    def set_filters(self, filters: dict[str, Any], keep: bool = True) -> None:
        """List other records (e.g. the cohorts of one school); `keep=False` also lets
        go of the current choice. Reloads at once when the filters changed."""
        if not keep:
            self.set_current(None)
        if dict(filters) == self._filters and self._page is not None:
            return  # the page shown is of these filters already
        self._filters = dict(filters)
        self.reload()

    # -- the current choice ---------------------------------------------------------------------
    def _current_data(self) -> Any:
        i = self.currentIndex()
        data = self.itemData(i) if i >= 0 else None
        return None if data == MORE else data

    def current_id(self) -> Any:
        """The id of the record chosen and shown; None when nothing is, or when the
        text typed is not (yet) a record chosen from the list."""
        return self._current_data() if self.is_settled() else None

    def current_text(self) -> str:
        i = self.currentIndex()
        return self.itemText(i) if i >= 0 else ""

    def current_row(self) -> Any:
        """The record chosen, when it came from a page this combo loaded (else None)."""
        return self._rows.get(self.current_id())

    def row(self, record_id: Any) -> Any:
        return self._rows.get(record_id)

    def listed_all(self) -> bool:
        """Is every record (with the current filters) on the drop-down's page?"""
        return self._page is not None and self._page.total <= len(self._page.rows)

    def is_settled(self) -> bool:
        """Does the text show the current choice (and not something typed over it)?"""
        return self.lineEdit().text() == self.current_text()

    def checked_id(self, field: str, field_en: str, *, required: bool = False) -> Any:
        """The chosen id for a save. Raises a ValidationError for `field` when the text
        is not a record chosen from the list, or nothing is chosen and one is required."""
        if not self.is_settled() or (required and self.current_id() is None):
            raise ValidationError.of(field, "请从列表中选择（可输入名称的一部分搜索）。",
                                     "choose one from the list (type part of the name to search).", field_en)
        return self.current_id()

    def set_current(self, record_id: Any, text: str = "", row: Any = None) -> None:
        """Show `record_id` as chosen (None: the "none" item, or nothing) without
        loading the list; `text` is how it reads when it is not on a loaded page."""
        if row is not None:
            self._rows[record_id] = row
        if record_id is None:
            self._select(0 if self._none_text is not None else -1)
            return
        i = self.findData(record_id)
        if i < 0:
            self._render(extra=(record_id, text or (self._label(row) if row is not None else str(record_id))))
            i = self.findData(record_id)
        self._select(i)

    def _select(self, index: int) -> None:
        self.setCurrentIndex(index)
        self.setEditText(self.itemText(index) if index >= 0 else "")
        self._announce()

    def _index_changed(self, index: int) -> None:
        if index >= 0 and self.itemData(index) == MORE:  # a note is never a choice: back to the one before
            self.setCurrentIndex(self.findData(self._announced) if self._announced is not None else -1)
            return
        self._announce()

    def _announce(self) -> None:
        now = self._current_data()
        if now != self._announced:
            self._announced = now
            self.chosen.emit(now)

    # -- the drop-down ------------------------------------------------------------------------------
    def show_page(self, page: Page) -> None:
        """Show the first page of the unsearched list (a reply to first_page/reload)."""
        self._page = page
        self._rows.update({self._key(r): r for r in page.rows})
        self._render()

    def _render(self, extra: tuple[Any, str] | None = None) -> None:
        """Rebuild the items: [none] [the choice] [the page without it] [N more]. The
        choice keeps its place, so a reload never makes the form look edited."""
        data = self._current_data()
        choice = extra or ((data, self.current_text()) if data is not None else None)
        typed = None if self.is_settled() else (self.lineEdit().text(), self.lineEdit().cursorPosition())
        blocked = self.blockSignals(True)
        self.clear()
        if self._none_text is not None:
            self.addItem(self._none_text, None)
        if choice is not None:
            self.addItem(choice[1], choice[0])
        rows = self._page.rows if self._page is not None else ()
        for row in rows:
            if choice is None or self._key(row) != choice[0]:
                self.addItem(self._label(row), self._key(row))
        if self._page is not None and self._page.total > len(rows):
            self._add_note(self.more_text(self._page.total - len(rows)))
        if choice is not None and extra is None:
            self.setCurrentIndex(1 if self._none_text is not None else 0)
        else:
            self.setCurrentIndex(0 if self._none_text is not None and extra is None else -1)
        if typed is not None:
            self.lineEdit().setText(typed[0])
            self.lineEdit().setCursorPosition(typed[1])
        elif self.currentIndex() < 0:
            self.setEditText("")
        self.blockSignals(blocked)
        self._announced = self._current_data()

    def _add_note(self, text: str) -> None:
        self.addItem(text, MORE)
        item = self.model().item(self.count() - 1)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(self.palette().placeholderText())

    def more_text(self, remaining: int) -> str:
        return self.tr("%1 more: type more to narrow the list").replace("%1", str(remaining))

    # -- searching ------------------------------------------------------------------------------------
    def search(self, text: str) -> None:
        """Search now (typing does this after a pause)."""
        self._timer.stop()
        if self._fetch is None:
            return
        self._searched = text
        self.ctx.ops.run(self, self._fetch, self.ctx.db, self.ctx.actor, self.query(text),
                         success=self._found, latest="search")

    def _typed(self, _text: str) -> None:
        self._timer.start()

    def _search_typed(self) -> None:
        text = self.lineEdit().text().strip()
        if not text or self.is_settled():
            self.completer_popup.popup().hide()
            return
        self.search(text)

    def _found(self, page: Page) -> None:
        self._rows.update({self._key(r): r for r in page.rows})
        self.results.clear()
        for row in page.rows:
            item = QStandardItem(self._label(row))
            item.setData(self._key(row), ID_ROLE)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            self.results.appendRow(item)
        if not page.rows:
            self._append_result_note(self.tr("Nothing matches “%1”").replace("%1", self._searched))
        elif page.total > len(page.rows):
            self._append_result_note(self.more_text(page.total - len(page.rows)))
        if self.hasFocus() and not self.is_settled():
            self.completer_popup.complete()

    def _append_result_note(self, text: str) -> None:
        item = QStandardItem(text)
        item.setData(MORE, ID_ROLE)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(self.palette().placeholderText())
        self.results.appendRow(item)

    def result_texts(self) -> list[str]:
        """The rows of the search popup, as shown (for tests and screenshots)."""
        return [self.results.item(i).text() for i in range(self.results.rowCount())]

    def choose_result(self, row: int) -> None:
        """Choose the search popup's `row`, as a click would."""
        self._result_activated(self.results.index(row, 0))

    def _result_activated(self, index: QModelIndex) -> None:
        record_id = index.data(ID_ROLE)
        if record_id is None or record_id == MORE:
            return
        self.completer_popup.popup().hide()
        self.set_current(record_id, index.data(Qt.ItemDataRole.DisplayRole))
        self.activated.emit(self.currentIndex())

    def _settle(self) -> None:
        """The field was left (or Enter pressed): typed text becomes the record it
        names exactly, or, once the field is left, goes back to the current choice."""
        if self.completer_popup.popup().isVisible() or self.is_settled():
            return
        text = self.lineEdit().text().strip()
        if not text or text == self._none_text:
            self.set_current(None)
            return
        exact = [r for r in self._rows.values() if self._label(r) == text]
        if len(exact) == 1:
            self.set_current(self._key(exact[0]), text)
        elif not self.hasFocus():
            self.setEditText(self.current_text())


def load_all(db: Any, actor: Any, fetch: Fetch, query: ListQuery) -> Page:
    """Every row of a list that stays a plain combo or table because it is short (the
    cohort filter, a cohort's students): `fetch` page after page (`query.limit` rows a
    page), never stopping at a limit. Runs as an operation like the fetch itself:

        ctx.ops.run(self, load_all, ctx.db, ctx.actor, cohorts.list_cohorts, ListQuery(sort="code"), ...)
    """
    rows: list[Any] = []
    while True:
        page = fetch(db, actor, replace(query, offset=len(rows)))
        rows += page.rows
        if not page.rows or len(rows) >= page.total:
            return Page(tuple(rows), max(page.total, len(rows)), 0)
