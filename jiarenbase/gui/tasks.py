"""Run service calls off the GUI thread (ARCHITECTURE rule 3).

`TaskRunner.run(fn, *args, on_done=..., on_error=...)` runs `fn` on a QThreadPool
and delivers the result or the exception on the GUI thread. Tests use
`TaskRunner(synchronous=True)` so they need no waiting.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self.fn, self.args, self.kwargs = fn, args, kwargs
        self.signals = _Signals()

    def run(self) -> None:  # worker thread
        try:
            result = self.fn(*self.args, **self.kwargs)
        except Exception as exc:  # noqa: BLE001 - delivered to the GUI as is
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


class TaskRunner(QObject):
    def __init__(self, synchronous: bool = False, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.synchronous = synchronous
        self.pool = QThreadPool.globalInstance()
        self._jobs: set[_Job] = set()

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None] | None = None,
            on_error: Callable[[Exception], None] | None = None, **kwargs: Any) -> None:
        if self.synchronous:
            try:
                result = fn(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001
                if on_error is None:
                    raise
                on_error(exc)
            else:
                if on_done:
                    on_done(result)
            return
        job = _Job(fn, args, kwargs)
        job.setAutoDelete(False)
        self._jobs.add(job)

        def finish(handler, value):
            self._jobs.discard(job)
            if handler:
                handler(value)

        job.signals.done.connect(lambda r: finish(on_done, r))
        job.signals.failed.connect(lambda e: finish(on_error, e))
        self.pool.start(job)

    def wait(self) -> None:
        self.pool.waitForDone()


class CountedCalls:
    """A dialog's service calls through the task runner, counting those under way so
    the dialog can keep Save disabled while busy; `changed()` runs before each call
    starts and after each one ends (after its handler)."""

    def __init__(self, ctx, changed: Callable[[], None], on_error: Callable[[Exception], None]) -> None:
        self.ctx, self._changed, self._on_error = ctx, changed, on_error
        self.busy = 0

    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
            on_error: Callable[[Exception], None] | None = None) -> None:
        self.busy += 1
        self._changed()

        def finish(handler, value) -> None:
            self.busy -= 1
            handler(value)
            self._changed()

        self.ctx.tasks.run(fn, self.ctx.db, self.ctx.actor, *args, on_done=lambda r: finish(on_done, r),
                           on_error=lambda e: finish(on_error or self._on_error, e))
