"""Confirmations in the status bar: after every save, import, assignment and
deletion the page or dialog posts a brief message naming what changed
(`ctx.notify("已保存学员 张三")`). The main window shows it for a few seconds,
with 撤销 beside it when the change is on the undo stack.

# zh_CN: English → 中文
#   Undo → 撤销
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QStatusBar, QToolButton

SHOW_MS = 8000


class Notices(QObject):
    """The application's channel for confirmations; one per AppContext."""

    posted = Signal(str, bool)  # text, undoable

    def __init__(self) -> None:
        super().__init__()
        self.last = ""  # the latest text (tests read it)

    def post(self, text: str, *, undoable: bool = False) -> None:
        self.last = text
        self.posted.emit(text, undoable)


class NoticeArea(QObject):
    """Shows posted notices in a status bar, with an 撤销 button for undoable ones."""

    def __init__(self, notices: Notices, bar: QStatusBar, undo_stack) -> None:
        super().__init__(bar)
        self.bar = bar
        self.undo_stack = undo_stack
        self.undo_button = QToolButton(bar)
        self.undo_button.setText(self.tr("Undo"))
        self.undo_button.setAutoRaise(True)
        self.undo_button.hide()
        self.undo_button.clicked.connect(self._undo)
        bar.addWidget(self.undo_button)
        self._hide = QTimer(self, singleShot=True, interval=SHOW_MS)
        self._hide.timeout.connect(self.undo_button.hide)
        notices.posted.connect(self.show_notice)

    def show_notice(self, text: str, undoable: bool) -> None:
        self.bar.showMessage(text, SHOW_MS)
        self.undo_button.setVisible(undoable and self.undo_stack.canUndo())
        self._hide.start()

    def _undo(self) -> None:
        self.undo_button.hide()
        if self.undo_stack.canUndo():
            self.undo_stack.undo()
