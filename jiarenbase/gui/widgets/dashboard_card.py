"""One KPI card of the dashboard (工作台): a title, a big figure, an optional line
under it; clicking it (or Enter/Space when focused) opens the list behind it."""
from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from . import chart_colours


def apply_card_style(frame: QFrame, hover: bool = True) -> None:
    """The card look (border, rounded corners, panel and text colours) of the current theme;
    called again on QEvent.StyleChange. Setting the same sheet again is skipped (it would
    post another StyleChange)."""
    style = chart_colours.current().card_style(hover)
    if frame.styleSheet() != style:
        frame.setStyleSheet(style)


class DashboardCard(QFrame):
    """`set_value(text, detail="")`; `clicked` when the user activates the card."""

    clicked = Signal()

    def __init__(self, title: str, tooltip: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        apply_card_style(self)
        self.setMinimumHeight(88)  # the width: at least its one-line labels' (the layout's minimum)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)  # no stretching tall
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        if tooltip:
            self.setToolTip(tooltip)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        self.title = QLabel(title)
        self.title.setObjectName("muted")
        # One line each (no word wrap): a wrapped label's height depends on its width, which a
        # grid of cards does not ask for, so a wrapped title squeezed the figure under it.
        self.title.setWordWrap(False)
        self.value = QLabel("…")
        self.value.setStyleSheet("font-size: 24px; font-weight: 600;")
        self.detail = QLabel("")
        self.detail.setObjectName("muted")
        self.detail.setStyleSheet("font-size: 11px;")
        self.detail.setWordWrap(False)
        self.detail.hide()
        for w in (self.title, self.value, self.detail):
            w.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(w)
        layout.addStretch(1)
        self.setAccessibleName(title)

    def set_value(self, text: str, detail: str = "") -> None:
        self.value.setText(text)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.setAccessibleDescription(f"{text} {detail}".strip())

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            chart_colours.restyle_soon(self, lambda: apply_card_style(self))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.clicked.emit()
            return
        super().keyPressEvent(event)
