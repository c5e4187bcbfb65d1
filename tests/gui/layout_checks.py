"""Layout checks for the screens-that-hold-up test (test_layout_fit.py): a window as
it would be on a laptop screen, and what in it is clipped, cut off or overlapping.

Every finding names the widget by its object-name path, its class and its text, so a
failing run says which page or dialog to fix (e.g. "list_students > action_0
QPushButton '学员档案': width 38 < 64").

Laptop screens as Windows gives them to Qt (logical pixels): 1366×768 and 1280×720 at
100 % scaling, 1093×614 and 1024×576 at 125 %. A window gets the screen less the
taskbar and its own frame (TASKBAR_AND_FRAME px of height).
"""
from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QTabBar,
    QToolBar,
    QWidget,
)

from jiarenbase.gui.widgets.filter_combo import needed_size

TASKBAR_AND_FRAME = 40 + 32  # taskbar, window title bar and borders
SCREENS = {"1366x768": (1366, 768), "1280x720": (1280, 720), "1093x614": (1093, 614), "1024x576": (1024, 576)}
TOLERANCE = 3  # px a text may lack before it counts as clipped (anti-aliasing, rounding)
TEXT_WIDGETS = (QLabel, QAbstractButton, QComboBox, QLineEdit)


def window_size(screen: str) -> QSize:
    """The client size a maximised window gets on `screen` (e.g. "1093x614")."""
    w, h = SCREENS[screen]
    return QSize(w, h - TASKBAR_AND_FRAME)


def name_of(widget: QWidget, root: QWidget) -> str:
    """The object-name path from `root` (unnamed parents skipped), class and text."""
    names, w = [], widget
    while w is not None and w is not root:
        if w.objectName() and not w.objectName().startswith("qt_"):
            names.append(w.objectName())
        w = w.parentWidget()
    text = _text(widget)
    path = " > ".join(reversed(names))
    return f"{path} {type(widget).__name__}".strip() + (f" '{text}'" if text else "")


def _text(widget: QWidget) -> str:
    if isinstance(widget, QComboBox):
        return widget.currentText()
    if isinstance(widget, (QLabel, QAbstractButton, QLineEdit)):
        return widget.text()
    return ""


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.width() > 0 and widget.height() > 0


def _in_scroll_content(widget: QWidget) -> bool:
    """Inside a scroll area's content (it may extend past the viewport: it scrolls),
    or a scroll area's own plumbing (scroll bars, corner)."""
    w = widget.parentWidget()
    while w is not None:
        if isinstance(w, QAbstractScrollArea):
            return True
        w = w.parentWidget()
    return False


def clipped_text(root: QWidget) -> list[str]:
    """Visible labels, buttons and combos narrower (or lower) than their text needs."""
    bad = []
    for w in root.findChildren(QWidget):
        if not isinstance(w, (QLabel, QAbstractButton, QComboBox)) or not _shown(w, root):
            continue
        if isinstance(w, QTabBar) or type(w).__name__ == "QToolBarExtension":
            continue
        if isinstance(w, QComboBox):
            if not w.currentText() or w.isEditable():
                continue
            need = needed_size(w, w.currentText())
        elif not _text(w) or (isinstance(w, QLabel) and (w.wordWrap() or w.pixmap() is not None
                                                           and not w.pixmap().isNull())):
            continue
        else:
            need = w.minimumSizeHint()
        if w.width() + TOLERANCE < need.width():
            bad.append(f"clipped: {name_of(w, root)}: width {w.width()} < {need.width()}")
        elif w.height() + TOLERANCE < need.height():
            bad.append(f"clipped: {name_of(w, root)}: height {w.height()} < {need.height()}")
    return bad


def cut_by_parent(root: QWidget) -> list[str]:
    """Visible widgets that reach outside their parent (outside scroll areas, which scroll)."""
    bad = []
    for w in root.findChildren(QWidget):
        parent = w.parentWidget()
        if parent is None or w.isWindow() or not _shown(w, root) or not isinstance(w, TEXT_WIDGETS):
            continue
        if _in_scroll_content(w) or isinstance(parent, (QToolBar, QMenuBar)):
            continue
        inside = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
        if not inside.contains(w.geometry()):
            g = w.geometry()
            bad.append(f"cut off: {name_of(w, root)} at {g.x()},{g.y()} {g.width()}×{g.height()} "
                       f"outside its parent's {parent.width()}×{parent.height()}")
    return bad


def overlapping(root: QWidget) -> list[str]:
    """Visible sibling widgets (texts, buttons, inputs, and any laid-out widget) drawn on top of each other."""
    bad = []
    for parent in [root, *root.findChildren(QWidget)]:
        if not _shown(parent, root) and parent is not root:
            continue
        layout = parent.layout()
        if layout is None:  # only laid-out children: a custom-painted or free-placed widget places its own
            continue
        kids = [w for w in parent.findChildren(QWidget, options=_direct())
                if not w.isWindow() and _shown(w, root) and layout.indexOf(w) >= 0
                and not isinstance(w, (QScrollBar, QSizeGrip))]
        for i, a in enumerate(kids):
            for b in kids[i + 1:]:
                both = a.geometry().intersected(b.geometry())
                if both.width() > TOLERANCE and both.height() > TOLERANCE:
                    bad.append(f"overlap: {name_of(a, root)} and {name_of(b, root)} ({_rect(both)})")
    return bad


def _direct():
    from PySide6.QtCore import Qt

    return Qt.FindChildOption.FindDirectChildrenOnly


def _rect(r: QRect) -> str:
    return f"{r.width()}×{r.height()} at {r.x()},{r.y()}"


def too_big(window: QWidget, limit: QSize) -> list[str]:
    """A window (or dialog) larger than the screen leaves room for: its layout's minimum wins over the screen."""
    size = window.size()
    if size.width() > limit.width() or size.height() > limit.height():
        return [f"too big: {name_of(window, window)} is {size.width()}×{size.height()}, the screen leaves "
                f"{limit.width()}×{limit.height()} (minimum {window.minimumSizeHint().width()}×"
                f"{window.minimumSizeHint().height()})"]
    return []


def page_too_big(page: QWidget, room: QSize) -> list[str]:
    """A page whose layout needs more than the room the window gives it on this screen."""
    need = page.minimumSizeHint().expandedTo(page.minimumSize())
    if need.width() > room.width() or need.height() > room.height():
        return [f"too big: page {page.objectName() or type(page).__name__} needs at least {need.width()}×"
                f"{need.height()}, the screen leaves it {room.width()}×{room.height()}"]
    return []


def layout_problems(window: QWidget, limit: QSize | None = None) -> list[str]:
    """Everything wrong with how `window` is laid out now (it must be shown)."""
    found = too_big(window, limit) if limit is not None else []
    return found + clipped_text(window) + cut_by_parent(window) + overlapping(window)


def dialog_size(dialog: QDialog, limit: QSize) -> QSize:
    """The size a dialog gets on a screen that leaves `limit`: its own size hint, at most the screen."""
    return dialog.sizeHint().expandedTo(dialog.size()).boundedTo(limit)
