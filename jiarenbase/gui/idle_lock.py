"""The idle lock (空闲锁定): after a set time without keyboard or mouse input to the app,
every window is covered and the sign-in window asks for the password again.

- `IdleWatch` notices input with an application-wide event filter that only sets a
  flag (nothing is allocated per event); a timer ticking IDLE_STEPS times per idle
  period counts the quiet ticks and says `idle` after a whole period without input
  (so the lock comes between 1 and 1 + 1/IDLE_STEPS periods after the last input).
- `Curtain` makes every app window but the lock fully transparent, and any window
  shown while it is drawn as well. It never hides or closes a window: QDialog.hide()
  would end a dialog's running exec() and lose what was typed in it; a transparent
  window keeps its state, and the lock (application-modal) takes all the input.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QToolTip, QWidget

IDLE_STEPS = 30
MINUTE_MS = 60_000
DEFAULT_IDLE_MINUTES = 30
OPACITY_BEFORE = "jiarenbaseOpacityBeforeLock"  # dynamic property: the window's opacity before the lock

_T = QEvent.Type
INPUT_EVENTS = frozenset({_T.KeyPress, _T.MouseButtonPress, _T.MouseButtonDblClick, _T.MouseMove,
                          _T.Wheel, _T.TouchBegin, _T.TouchUpdate, _T.TabletPress})


def idle_lock_ms(settings: object) -> int:
    """The desktop's idle time in ms from its settings (AppConfig.idle_lock_minutes,
    default 30); 0 = never lock."""
    minutes = getattr(settings, "idle_lock_minutes", DEFAULT_IDLE_MINUTES)
    try:
        return max(0, int(float(minutes) * MINUTE_MS))
    except (TypeError, ValueError):
        return DEFAULT_IDLE_MINUTES * MINUTE_MS


class IdleWatch(QObject):
    """Emits `idle` once after `idle_ms` without input (then stops: start() again
    after the unlock). `idle_ms` 0 = never. `timer` is injectable for tests."""

    idle = Signal()

    def __init__(self, idle_ms: int, parent: QObject | None = None, timer: QTimer | None = None) -> None:
        super().__init__(parent)
        self.idle_ms = idle_ms
        self._touched = False
        self._quiet = 0
        self._timer = timer if timer is not None else QTimer(self)
        self._timer.setInterval(max(1, idle_ms // IDLE_STEPS))
        self._timer.timeout.connect(self._tick)
        self.running = False

    def start(self) -> None:
        if self.idle_ms <= 0 or self.running:
            return
        self._touched, self._quiet = False, 0
        QApplication.instance().installEventFilter(self)
        self._timer.start()
        self.running = True

    def stop(self) -> None:
        if self.running:
            self._timer.stop()
            QApplication.instance().removeEventFilter(self)
            self.running = False

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # every event of the app: keep it tiny
        if event.type() in INPUT_EVENTS:
            self._touched = True
        return False

    def _tick(self) -> None:
        if self._touched:
            self._touched, self._quiet = False, 0
            return
        self._quiet += 1
        if self._quiet >= IDLE_STEPS:
            self.stop()
            self.idle.emit()


class Curtain(QObject):
    """Covers every visible app window except `keep` (and windows owned by it) while drawn."""

    def __init__(self, keep: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kept: list[QWidget] = [keep]
        self.drawn = False

    def spare(self, window: QWidget) -> None:
        """Leave this window (e.g. the sign-in window that follows the lock) uncovered too."""
        self.kept.append(window)

    def draw(self) -> None:
        close_popups()
        for window in QApplication.topLevelWidgets():
            if window.isVisible() and not self._kept(window):
                _cover(window)
        QApplication.instance().installEventFilter(self)  # windows that come up while locked
        self.drawn = True

    def lift(self) -> None:
        if not self.drawn:
            return
        QApplication.instance().removeEventFilter(self)
        for window in QApplication.topLevelWidgets():
            before = window.property(OPACITY_BEFORE)
            if before is not None:
                window.setWindowOpacity(float(before))
                window.setProperty(OPACITY_BEFORE, None)
        self.drawn = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() is _T.Show and isinstance(watched, QWidget) and watched.isWindow()
                and not self._kept(watched)):
            _cover(watched)
        return False

    def _kept(self, window: QWidget) -> bool:
        widget: QWidget | None = window
        while widget is not None:
            if any(widget is kept for kept in self.kept):
                return True
            widget = widget.parentWidget()
        return False


def covered(window: QWidget) -> bool:
    """Whether the idle lock covers this window now."""
    return window.property(OPACITY_BEFORE) is not None


def _cover(window: QWidget) -> None:
    if window.property(OPACITY_BEFORE) is None:
        window.setProperty(OPACITY_BEFORE, window.windowOpacity())
    window.setWindowOpacity(0.0)


def close_popups() -> None:
    """Open menus, combo lists and tooltips go: they grab the mouse and would sit over the lock."""
    QToolTip.hideText()
    for _ in range(20):  # nested menus; a popup that refuses to close cannot hold the loop
        popup = QApplication.activePopupWidget()
        if popup is None:
            return
        popup.close()
