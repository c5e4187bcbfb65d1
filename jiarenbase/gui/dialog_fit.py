"""Dialogs that fit a short screen: the form scrolls, the buttons stay.

`scroll_body(dialog)` moves what the dialog's top-level layout holds into a frameless
scroll area — all but the general error label (kept above, always visible) and the
button row (a QDialogButtonBox, or a last row of buttons; kept below). The dialog's
minimum height becomes small, so on a 1280×720 laptop at 125 % it opens as tall as
the screen allows and scrolls (cut down to the screen on its first show); on a larger
screen it opens at its designed size as before (its size hint is the whole form's, not
QScrollArea's 24-line cap).

    self.ui.setupUi(self)
    scroll_body(self)
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from .window_fit import fit_rect

BODY_MIN_HEIGHT = 120  # the least of the form a dialog shows however short the screen


class BodyScroll(QScrollArea):
    """A frameless scroll area that asks for its content's full size (QScrollArea caps
    its size hint at about 24 lines) and for the content's minimum width, so the
    dialog never needs a horizontal scroll bar where it did not need to shrink before."""

    def __init__(self, body: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dialogBody")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setWidget(body)
        # The form keeps the dialog's own background (no white viewport in a themed dialog).
        self.viewport().setAutoFillBackground(False)
        body.setAutoFillBackground(False)

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def sizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().sizeHint()
        frame = 2 * self.frameWidth()
        hint = body.sizeHint().expandedTo(body.minimumSizeHint())
        if body.hasHeightForWidth():  # wrapping labels: as tall as they are at that width, not narrower
            hint.setHeight(max(body.heightForWidth(hint.width()), body.minimumSizeHint().height()))
        return QSize(hint.width() + frame, hint.height() + frame)

    def minimumSizeHint(self) -> QSize:
        body = self.widget()
        if body is None:
            return super().minimumSizeHint()
        least = body.minimumSizeHint().expandedTo(body.minimumSize())
        frame = 2 * self.frameWidth()
        return QSize(least.width() + self._bar() + frame, min(least.height(), BODY_MIN_HEIGHT) + frame)


def _is_error_label(widget: QWidget | None) -> bool:
    return isinstance(widget, QLabel) and widget.objectName() == "formError"


def _is_button_row(item: QLayoutItem) -> bool:
    """A QDialogButtonBox, or a row whose widgets are all buttons (or labels beside them)."""
    if isinstance(item.widget(), QDialogButtonBox):
        return True
    row = item.layout()
    if row is None:
        return False
    widgets = [w for w in (row.itemAt(i).widget() for i in range(row.count())) if w is not None]
    kinds = (QAbstractButton, QDialogButtonBox)
    return any(isinstance(w, kinds) for w in widgets) and all(isinstance(w, (*kinds, QLabel)) for w in widgets)


class _FirstShow(QObject):
    """On the first show, keep the dialog on its screen: a form's designed size (e.g.
    720 high) is cut down to the screen's available area, where the form scrolls."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow():
            watched.removeEventFilter(self)
            fit_on_screen(watched)
        return False


def fit_on_screen(dialog: QWidget) -> None:
    """Cut `dialog` down to (and move it onto) the available area of its screen."""
    screen = dialog.screen()
    if screen is None:
        return
    rect = fit_rect(QRect(dialog.geometry()), screen.availableGeometry())
    if rect != dialog.geometry():
        dialog.setGeometry(rect)


def scroll_body(dialog: QWidget, keep: tuple[QWidget, ...] = ()) -> BodyScroll | None:
    """Put the dialog's form in a scroll area; `keep` names more widgets of the top-level
    layout to leave outside it (above the form). Returns the scroll area (None when the
    dialog has no box layout to move)."""
    old = dialog.layout()
    if old is None or not hasattr(old, "insertWidget"):
        return None
    margins, spacing, constraint = old.contentsMargins(), old.spacing(), old.sizeConstraint()
    above: list[QLayoutItem] = []
    below: list[QLayoutItem] = []
    for i in range(old.count()):
        item = old.itemAt(i)
        if _is_error_label(item.widget()) or (item.widget() is not None and item.widget() in keep):
            above.append(item)
        elif _is_button_row(item):
            below.append(item)
    body = QWidget()
    body.setObjectName("dialogBodyContent")
    body.setLayout(old)  # takes the layout and its widgets away from the dialog
    old.setContentsMargins(0, 0, 0, 0)
    old.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    layout = QVBoxLayout(dialog)
    layout.setObjectName("dialogFitLayout")
    layout.setContentsMargins(margins)
    layout.setSpacing(spacing)
    layout.setSizeConstraint(constraint)
    for item in above:
        _move(old, layout, item)
    scroll = BodyScroll(body, dialog)
    layout.addWidget(scroll, 1)
    for item in below:
        _move(old, layout, item)
    dialog.installEventFilter(_FirstShow(dialog))
    return scroll


def _move(source: QLayout, target: QVBoxLayout, item: QLayoutItem) -> None:
    widget, row = item.widget(), item.layout()
    if widget is not None:
        source.removeWidget(widget)
        target.addWidget(widget)
    elif row is not None:
        source.removeItem(row)
        row.setParent(None)
        target.addLayout(row)
