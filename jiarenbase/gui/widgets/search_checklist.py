"""Ticking several records (e.g. the students of a room booking) from a list that may
hold 100,000 rows: a search field above a QListWidget, searched through the list
service, never loaded whole and never cut off silently.

    picker = SearchChecklist(ui.studentSearch, ui.students, parent=dialog)
    picker.setup(ctx, enrolment.list_students, student_label, sort="name")
    steps.append(picker.first_page())     # a RecordDialog.choices() step
    picker.changed.connect(...)           # a tick was set or taken away
    picker.add(student_id, name); picker.tick([...]); picker.ticked_ids()

The ticked records always stay in the list, first; below them the first page of the
records matching the search (debounced, newest request only), and, when there are
more, a last row saying how many and to type more. While a search is on its way
the rows already shown are filtered at once.
"""
# zh_CN: English → 中文
#   %1 more: type more to narrow the list → 还有 %1 条，请输入更多字以缩小范围
#   Nothing matches “%1” → 没有找到“%1”
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem

from ...core.services.listing import ListQuery, Page
from .search_combo import DEBOUNCE_MS, PAGE_SIZE, Fetch

ID_ROLE = Qt.ItemDataRole.UserRole
TEXT_ROLE = Qt.ItemDataRole.UserRole + 1  # lower-case text the quick filter looks in


class SearchChecklist(QObject):
    changed = Signal()  # the ticked records changed (by the person or by tick())

    def __init__(self, search: QLineEdit, view: QListWidget, parent: QObject | None = None) -> None:
        super().__init__(parent or view)
        self.search_edit, self.view = search, view
        self.ctx: Any = None
        self._fetch: Fetch | None = None
        self._label: Callable[[Any], str] = str
        self._sort, self._filters = "", {}
        self.page_size = PAGE_SIZE
        self._first: Page | None = None  # the first page of the unsearched list
        self._shown: Page | None = None  # the page shown (first page, or the newest search's)
        self._shown_for = ""
        self._known: dict[Any, str] = {}  # id → text, of every record seen
        self._ticked: list[Any] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._search_typed)
        search.textChanged.connect(self._typed)
        view.itemChanged.connect(self._item_changed)

    def setup(self, ctx: Any, fetch: Fetch, label: Callable[[Any], str], *, sort: str = "",
              filters: dict[str, Any] | None = None) -> None:
        self.ctx, self._fetch, self._label = ctx, fetch, label
        self._sort, self._filters = sort, dict(filters or {})

    def query(self, search: str = "") -> ListQuery:
        return ListQuery(search=search, sort=self._sort, limit=self.page_size, filters=dict(self._filters))

    def first_page(self) -> tuple[Fetch, tuple, Callable[[Page], None]]:
        """A RecordDialog.choices() step that fills the list with the form."""
        return self._fetch, (self.query(),), self.show_first_page

    def reload(self) -> None:
        self.ctx.ops.run(self, self._fetch, self.ctx.db, self.ctx.actor, self.query(),
                         success=self.show_first_page, latest="page")

    # -- what is ticked ----------------------------------------------------------------------
    def ticked_ids(self) -> tuple[Any, ...]:
        return tuple(self._ticked)

    def ticked_texts(self) -> list[str]:
        return [self._known.get(i, str(i)) for i in self._ticked]

    def add(self, record_id: Any, text: str) -> None:
        """Make a record known (e.g. a booking's student that is on no page loaded)."""
        self._known.setdefault(record_id, text)

    def tick(self, record_ids: Iterable[Any]) -> None:
        """Tick exactly these (known) records; they move to the top of the list."""
        self._ticked = [i for i in dict.fromkeys(record_ids) if i in self._known]
        self._render()
        self.view.scrollToTop()
        self.changed.emit()

    def _item_changed(self, item: QListWidgetItem) -> None:
        record_id = item.data(ID_ROLE)
        if record_id is None:
            return
        if item.checkState() == Qt.CheckState.Checked and record_id not in self._ticked:
            self._ticked.append(record_id)
        elif item.checkState() != Qt.CheckState.Checked and record_id in self._ticked:
            self._ticked.remove(record_id)
        else:
            return
        self.changed.emit()

    # -- the list ---------------------------------------------------------------------------------
    def show_first_page(self, page: Page) -> None:
        self._first = page
        if not self.search_edit.text().strip():
            self._show(page, "")

    def _show(self, page: Page, search: str) -> None:
        self._shown, self._shown_for = page, search
        for row in page.rows:
            self._known[row.id] = self._label(row)
        self._render()

    def _render(self) -> None:
        view = self.view
        blocked = view.blockSignals(True)
        view.clear()
        for record_id in self._ticked:
            self._add_item(record_id, checked=True)
        rows = self._shown.rows if self._shown is not None else ()
        for row in rows:
            if row.id not in self._ticked:
                self._add_item(row.id, checked=False)
        if self._shown is not None and not rows and self._shown_for:
            self._add_note(QCoreApplication.translate("SearchCombo", "Nothing matches “%1”")
                           .replace("%1", self._shown_for))
        elif self._shown is not None and self._shown.total > len(rows):
            self._add_note(QCoreApplication.translate("SearchCombo", "%1 more: type more to narrow the list")
                           .replace("%1", str(self._shown.total - len(rows))))
        view.blockSignals(blocked)

    def _add_item(self, record_id: Any, checked: bool) -> None:
        text = self._known.get(record_id, str(record_id))
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        item.setData(ID_ROLE, record_id)
        item.setData(TEXT_ROLE, text.lower())
        self.view.addItem(item)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        item.setForeground(self.view.palette().placeholderText())
        self.view.addItem(item)

    def note_texts(self) -> list[str]:
        return [self.view.item(i).text() for i in range(self.view.count()) if self.view.item(i).data(ID_ROLE) is None]

    # -- searching ----------------------------------------------------------------------------------
    def _typed(self, text: str) -> None:
        """Filter what is shown at once; ask the service after a pause."""
        needle = text.strip().lower()
        for i in range(self.view.count()):
            item = self.view.item(i)
            ticked = item.checkState() == Qt.CheckState.Checked and item.data(ID_ROLE) is not None
            item.setHidden(bool(needle) and not ticked and needle not in (item.data(TEXT_ROLE) or ""))
        if not needle and self._first is not None:
            self._timer.stop()
            self.ctx.ops.cancel(self, "search")
            self._show(self._first, "")
        else:
            self._timer.start()

    def _search_typed(self) -> None:
        self.search(self.search_edit.text().strip())

    def search(self, text: str) -> None:
        """Search now (typing does this after a pause)."""
        self._timer.stop()
        self.ctx.ops.run(self, self._fetch, self.ctx.db, self.ctx.actor, self.query(text),
                         success=lambda page: self._show(page, text), latest="search")
