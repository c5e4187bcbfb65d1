"""Windows that fit the screen they open on: a first window sized to the screen's
available area (a 1366×768 laptop leaves about 1366×728 beside the taskbar, 1093×574
at 125 % scaling), and a remembered geometry pulled back onto a screen and cut down
to it (a window last used on a large monitor, a monitor since unplugged).

    fit_window(window, saved_geometry, default=QSize(1366, 820))
"""
from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QPoint, QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

# The title bar and borders a window manager adds around the window's own geometry
# (before the window is shown Qt does not know them yet).
FRAME = QMargins(8, 31, 8, 8)


def fit_rect(rect: QRect, available: QRect, frame: QMargins = FRAME) -> QRect:
    """`rect` (a window's client geometry) made to fit, frame and all, inside
    `available`: no larger than it, and moved onto it when it lies (partly) outside."""
    room = available.marginsRemoved(frame)
    size = rect.size().boundedTo(room.size())
    x = min(max(rect.x(), room.left()), room.right() - size.width() + 1)
    y = min(max(rect.y(), room.top()), room.bottom() - size.height() + 1)
    return QRect(QPoint(x, y), size)


def screen_of(window: QWidget, point: QPoint | None = None) -> QScreen:
    """The screen under `point` (the window's centre), else the window's, else the primary one."""
    screen = QGuiApplication.screenAt(point) if point is not None else None
    return screen or window.screen() or QGuiApplication.primaryScreen()


def fit_window(window: QWidget, saved: QByteArray | None, default: QSize) -> None:
    """Restore `saved` (QWidget.saveGeometry) or open at `default` centred on the
    screen; either way within the screen's available area. The window's minimum
    size is lowered to what the screen allows (its layout may ask for more)."""
    if saved is not None and not saved.isEmpty() and window.restoreGeometry(saved):
        rect = window.geometry()
        screen = screen_of(window, rect.center())
    else:
        screen = screen_of(window)
        area = screen.availableGeometry()
        rect = QRect(QPoint(0, 0), default)
        rect.moveCenter(area.center())
    area = screen.availableGeometry()
    fitted = fit_rect(rect, area)
    room = area.marginsRemoved(FRAME).size()
    window.setMinimumSize(window.minimumSize().boundedTo(room))
    window.setGeometry(fitted)
