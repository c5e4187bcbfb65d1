"""The one way a widget runs a service call off the GUI thread (ARCHITECTURE rules 2, 3, 8).

    self.ctx.ops.run(self, attendance.list_modules, ctx.db, ctx.actor, cohort_id,
                     success=self._modules_loaded, latest="modules", busy=[self.save_button])

An `Operation` names its parent widget, the call and its arguments, a success
handler, an optional failure handler and an optional "latest only" key;
`Operations` (one per desktop, `ctx.ops`) runs it on an injected QThreadPool:

- the result always comes back through a queued signal on the GUI thread — in the
  app and in the tests alike (tests inject their own pool and drain with qtbot);
- a result whose parent was destroyed is dropped, never delivered;
- with `latest=key`, only the newest request of (parent, key) is delivered;
- a JiarenError (the core's own errors) goes to `failure`, or without one to a
  message box over the parent's window; any other exception is logged with its
  full traceback and shown in the crash dialog (through sys.excepthook);
- `busy` widgets are disabled while the call runs (given back before the handler
  runs, so the handler has the last word), and a wait cursor shows after 400 ms.
"""
from __future__ import annotations

import itertools
import logging
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from ..core.errors import JiarenError
from ..core.sensitive import mask_sensitive

log = logging.getLogger("jiarenbase.operations")

WAIT_CURSOR_AFTER_MS = 400

Handler = Callable[[Any], None]


@dataclass(eq=False)
class Operation:
    """One service call on behalf of `parent`."""

    parent: QObject
    call: Callable[..., Any]
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    success: Handler | None = None
    failure: Handler | None = None
    latest: str | None = None
    busy: tuple[QWidget, ...] = ()
    after: Callable[[], None] | None = None  # runs after success or failure (not when dropped)
    number: int = 0
    dropped: bool = False  # cancelled, or its parent was destroyed
    parent_gone: bool = False

    @property
    def name(self) -> str:
        # not getattr(..., repr(call)): that repr runs first, and the repr of a method of a
        # deleted widget raises (the parent is often the call's owner: dialog.load)
        name = getattr(self.call, "__qualname__", None)
        return name if name is not None else repr(self.call)


class _Job(QRunnable):
    def __init__(self, op: Operation, finished: Signal) -> None:
        super().__init__()
        self.op, self.finished = op, finished
        self.setAutoDelete(True)

    def run(self) -> None:  # worker thread
        op = self.op
        try:
            result = op.call(*op.args, **op.kwargs)
        except BaseException as exc:  # carried to the GUI thread as it is
            self.finished.emit(op.number, False, exc)
        else:
            self.finished.emit(op.number, True, result)


def show_domain_error(parent: QObject, exc: JiarenError, lang: str) -> None:
    """The standard message for a domain error: a window-modal box that does not block
    (its text masked like every error a person reads)."""
    widget = parent if isinstance(parent, QWidget) else None
    box = QMessageBox(QMessageBox.Icon.Warning, QApplication.translate("Operations", "JiarenBase"),
                      mask_sensitive(exc.text(lang)), QMessageBox.StandardButton.Ok,
                      widget.window() if widget else None)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def report_unexpected(exc: BaseException) -> None:
    """Log the traceback and hand it to sys.excepthook: the crash dialog in the app,
    pytest-qt's failure in the tests."""
    log.error("Unexpected error in a background call", exc_info=(type(exc), exc, exc.__traceback__))
    sys.excepthook(type(exc), exc, exc.__traceback__)


class Operations(QObject):
    """Runs Operations on a pool and delivers their outcome on the GUI thread."""

    _finished = Signal(int, bool, object)  # number, ok, result or exception
    idle = Signal()  # no operation is pending any more

    def __init__(self, pool: QThreadPool | None = None, lang: str = "zh",
                 on_domain_error: Callable[[QObject, JiarenError, str], None] = show_domain_error,
                 on_unexpected: Callable[[BaseException], None] = report_unexpected,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool or QThreadPool.globalInstance()
        self.lang = lang
        self.on_domain_error = on_domain_error
        self.on_unexpected = on_unexpected
        self._numbers = itertools.count(1)
        self._pending: dict[int, Operation] = {}
        self._newest: dict[tuple[int, str], int] = {}
        self._watched: set[int] = set()
        self._busy_count: dict[int, int] = {}
        self._decided: set[int] = set()  # busy widgets a delivered call released while others held them
        self._cursor_shown = False
        self._cursor_timer = QTimer(self)
        self._cursor_timer.setSingleShot(True)
        self._cursor_timer.timeout.connect(self._show_wait_cursor)
        # Queued even when a pool runs the job on this thread: one path everywhere.
        self._finished.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    # ------------------------------------------------------------------ starting
    def run(self, parent: QObject, call: Callable[..., Any], *args: Any, success: Handler | None = None,
            failure: Handler | None = None, latest: str | None = None, busy: Iterable[QWidget] = (),
            after: Callable[[], None] | None = None, **kwargs: Any) -> Operation:
        """Build an Operation and start it (see the module's docstring)."""
        op = Operation(parent, call, args, kwargs, success, failure, latest, tuple(busy), after)
        return self.start(op)

    def start(self, op: Operation) -> Operation:
        op.number = next(self._numbers)
        pid = id(op.parent)
        if pid not in self._watched:
            self._watched.add(pid)
            op.parent.destroyed.connect(partial(self._parent_destroyed, pid))
        if op.latest is not None:
            self._newest[(pid, op.latest)] = op.number
        self._pending[op.number] = op
        if op.busy:
            for w in op.busy:
                if id(w) not in self._busy_count:
                    self._decided.discard(id(w))
                self._busy_count[id(w)] = self._busy_count.get(id(w), 0) + 1
                w.setEnabled(False)
            if not self._cursor_timer.isActive() and not self._cursor_shown:
                self._cursor_timer.start(WAIT_CURSOR_AFTER_MS)
        self.pool.start(_Job(op, self._finished))
        return op

    # ------------------------------------------------------------------ state
    @property
    def pending(self) -> int:
        return len(self._pending)

    def pending_for(self, parent: QObject) -> int:
        pid = id(parent)
        return sum(1 for op in self._pending.values() if id(op.parent) == pid and not op.dropped)

    def cancel(self, parent: QObject, latest: str | None = None) -> None:
        """Drop the pending results of `parent` (only those with key `latest` when given)."""
        pid = id(parent)
        for op in self._pending.values():
            if id(op.parent) == pid and (latest is None or op.latest == latest):
                op.dropped = True

    def wait(self, msecs: int = -1) -> bool:
        """Wait for the pool's threads (at shutdown); outcomes are not delivered."""
        return self.pool.waitForDone(msecs)

    # ------------------------------------------------------------------ delivery
    def _parent_destroyed(self, pid: int, *_args: Any) -> None:
        self._watched.discard(pid)
        for op in self._pending.values():
            if id(op.parent) == pid:
                op.dropped = op.parent_gone = True
        for key in [k for k in self._newest if k[0] == pid]:
            del self._newest[key]

    def _deliver(self, number: int, ok: bool, value: Any) -> None:
        op = self._pending.pop(number, None)
        if op is None:
            return
        try:
            newest = self._is_newest(op)
            self._release_busy(op, delivered=newest and not op.dropped)
            if op.dropped or not newest:
                log.debug("dropped the result of %s", op.name)
                return
            if ok:
                if op.success is not None:
                    op.success(value)
            elif isinstance(value, JiarenError):
                if op.failure is not None:
                    op.failure(value)
                else:
                    self.on_domain_error(op.parent, value, self.lang)
            else:
                self.on_unexpected(value)
            if op.after is not None:
                op.after()
        finally:
            if not self._pending:
                self.idle.emit()

    def _is_newest(self, op: Operation) -> bool:
        if op.latest is None:
            return True
        key = (id(op.parent), op.latest)
        if self._newest.get(key) == op.number:
            del self._newest[key]
            return True
        return False

    def _release_busy(self, op: Operation, delivered: bool) -> None:
        """Give the busy widgets back. A widget whose last holder is a dropped call is
        enabled only if no delivered call had its say since it was disabled: the newest
        handler's decision (Save off, say) must not be undone by a stale result."""
        if not op.busy:
            return
        for w in op.busy:
            key = id(w)
            left = self._busy_count.get(key, 1) - 1
            if delivered:
                self._decided.add(key)
            if left <= 0:
                self._busy_count.pop(key, None)
                decided = key in self._decided
                self._decided.discard(key)
                if not op.parent_gone and (delivered or not decided):
                    w.setEnabled(True)
            else:
                self._busy_count[key] = left
        if not any(o.busy for o in self._pending.values()):
            self._cursor_timer.stop()
            if self._cursor_shown:
                self._cursor_shown = False
                QApplication.restoreOverrideCursor()

    def _show_wait_cursor(self) -> None:
        if any(o.busy for o in self._pending.values()) and not self._cursor_shown:
            self._cursor_shown = True
            QApplication.setOverrideCursor(QCursor(Qt.CursorShape.WaitCursor))

    @property
    def wait_cursor_shown(self) -> bool:
        return self._cursor_shown
