"""A row of action buttons that never clips: the buttons that do not fit the width
move into a »更多 menu at the row's end (a laptop at 125 % scaling has ~850 px for a
page), in their order, with their enabled state and tooltip.

    bar = ActionBar(parent)
    bar.add_button(new_button); bar.add_button(export_button)
    bar.insert_button(bar.index_of(export_button), extra)  # before Export

A button the page hides (permissions) stays hidden and out of the menu. The bar puts
a button away by moving it into a hidden holder, never by hiding the button itself,
so the page's own show()/hide() is never confused with the bar's. Shortcuts belong on
the page (QShortcut), not on the buttons: a put-away button's shortcut does not fire.
"""
# zh_CN: English → 中文
#   More → 更多
#   More actions → 更多操作
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QPushButton, QSizePolicy, QWidget

SPACING = 8


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._buttons: list[QAbstractButton] = []
        self._placing = False
        self._away = QWidget(self)  # holds the buttons behind »更多 (hidden, so they are)
        self._away.hide()
        self.more = QPushButton(self.tr("More") + " »", self)  # looks like its neighbours
        self.more.setObjectName("moreButton")
        self.more.setToolTip(self.tr("More actions"))
        self.more.setStyleSheet("QPushButton::menu-indicator { image: none; width: 0px; }")  # » says it
        self.menu = QMenu(self.more)
        self.menu.aboutToShow.connect(self._fill_menu)
        self.more.setMenu(self.menu)
        self.more.hide()

    # --- buttons ----------------------------------------------------------------------
    def add_button(self, button: QAbstractButton) -> None:
        self.insert_button(len(self._buttons), button)

    def insert_button(self, index: int, button: QAbstractButton) -> None:
        if button.parentWidget() not in (self, self._away):
            button.setParent(self)
        button.installEventFilter(self)
        self._buttons.insert(index, button)
        self._relayout()

    def index_of(self, button: QAbstractButton) -> int:
        return self._buttons.index(button)

    def buttons(self) -> list[QAbstractButton]:
        return list(self._buttons)

    def offers(self, button: QAbstractButton) -> bool:
        """Whether the page shows `button` (on the bar or in »更多): not hidden on purpose."""
        return button in self._buttons and not (button.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
                                                and button.testAttribute(Qt.WidgetAttribute.WA_WState_Hidden))

    def overflowed(self) -> list[QAbstractButton]:
        """The buttons the page shows that the bar put into the »更多 menu."""
        return [b for b in self._shown() if b.parentWidget() is self._away]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        relevant = (QEvent.Type.ShowToParent, QEvent.Type.HideToParent, QEvent.Type.FontChange,
                    QEvent.Type.StyleChange, QEvent.Type.LayoutRequest)
        if not self._placing and event.type() in relevant and watched in self._buttons:
            self._relayout()  # the page showed or hid a button, or its text changed
        return super().eventFilter(watched, event)

    # --- sizes --------------------------------------------------------------------------
    def _shown(self) -> list[QAbstractButton]:
        return [b for b in self._buttons if self.offers(b)]

    def sizeHint(self) -> QSize:
        hints = [b.sizeHint() for b in self._shown()]
        width = sum(h.width() for h in hints) + SPACING * max(0, len(hints) - 1)
        return QSize(width, max([h.height() for h in hints] + [self.more.sizeHint().height()]))

    def minimumSizeHint(self) -> QSize:
        if not self._shown():
            return QSize(0, 0)
        return QSize(self.more.sizeHint().width(), self.sizeHint().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._relayout()

    def _relayout(self) -> None:
        self.updateGeometry()
        self._place()

    def _place(self) -> None:
        """Right-aligned: as many buttons as fit, in order; the rest behind »更多."""
        shown = self._shown()
        widths = [b.sizeHint().width() for b in shown]
        total = sum(widths) + SPACING * max(0, len(shown) - 1)
        fitting = len(shown)
        if total > self.width():
            room = self.width() - self.more.sizeHint().width() - SPACING
            fitting, used = 0, 0
            while fitting < len(shown) and used + widths[fitting] <= room:
                used += widths[fitting] + SPACING
                fitting += 1
        self._placing = True
        try:
            for button, holder in [(b, self) for b in shown[:fitting]] + [(b, self._away) for b in shown[fitting:]]:
                if button.parentWidget() is not holder:
                    button.setParent(holder)
                if button.isHidden():  # (a new parent hides a widget)
                    button.show()  # shown in its holder; the hidden holder keeps it out of sight
            placed = shown[:fitting] + ([self.more] if fitting < len(shown) else [])
            hints = [w.sizeHint() for w in placed]
            x = self.width() - (sum(h.width() for h in hints) + SPACING * max(0, len(placed) - 1))
            for widget, hint in zip(placed, hints, strict=True):
                height = min(self.height(), hint.height())
                widget.setGeometry(x, (self.height() - height) // 2, hint.width(), height)
                x += hint.width() + SPACING
            self.more.setVisible(fitting < len(shown))
        finally:
            self._placing = False

    def _fill_menu(self) -> None:
        self.menu.clear()
        for button in self.overflowed():
            action = QAction(button.text(), self.menu)
            action.setToolTip(button.toolTip())
            action.setEnabled(button.isEnabled())
            action.triggered.connect(button.click)
            self.menu.addAction(action)
        self.menu.setToolTipsVisible(True)
