"""Load a page's data on its first show, again on F5, latest request only.

    self.lazy = LazyLoad(self, self.refresh)   # refresh() starts an operation with latest=...
    self.lazy.ensure()                          # load now unless it was loaded already

Replaces the showEvent / on_shown / _started copies the pages used to carry.
"""
from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


class LazyLoad(QObject):
    def __init__(self, page: QWidget, load: Callable[[], None], refresh_key: bool = True) -> None:
        super().__init__(page)
        self._load = load
        self.started = False
        page.installEventFilter(self)
        if refresh_key:
            self.shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), page)
            self.shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.shortcut.activated.connect(self.reload)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not self.started:
            self.reload()
        return False

    def ensure(self) -> None:
        """Load unless a load has been started already."""
        if not self.started:
            self.reload()

    def reload(self) -> None:
        self.started = True
        self._load()
