"""The benchmark's measuring stick: each figure is timed next to a baseline
taken in the same run, and printed as one line

    name: value unit (ratio Nx vs baseline, target …)

A figure module (`tests/perf/figures_*.py`) exposes `figures(work: Path)`, a
generator of `Figure`s; `work` is a cache folder for generated databases."""
from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # for the reader, e.g. "< 300 ms"
    ok: bool
    baseline_name: str = ""
    baseline: float | None = None

    def line(self) -> str:
        ratio = ""
        if self.baseline:
            ratio = f"ratio {self.value / self.baseline:.1f}x vs {self.baseline_name} {self.baseline:.1f} {self.unit}, "
        verdict = "" if self.ok else "  <-- MISSED"
        return f"{self.name}: {self.value:.1f} {self.unit} ({ratio}target {self.target}){verdict}"


def time_ms(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """The median wall time of `fn()` in milliseconds, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def under(name: str, value_ms: float, limit_ms: float, baseline_name: str = "",
          baseline_ms: float | None = None) -> Figure:
    """A figure with an absolute target: value < limit."""
    return Figure(name, value_ms, "ms", f"< {limit_ms:g} ms", value_ms < limit_ms, baseline_name, baseline_ms)


def within_ratio(name: str, value_ms: float, max_ratio: float, baseline_name: str, baseline_ms: float) -> Figure:
    """A figure whose target is a ratio to the baseline: value ≤ max_ratio × baseline."""
    return Figure(name, value_ms, "ms", f"≤ {max_ratio:g}x {baseline_name}",
                  value_ms <= max_ratio * baseline_ms, baseline_name, baseline_ms)


# ---------------------------------------------------------------------------- the GUI figures
# A figure that cannot be measured raises NotMeasured (or any exception): run.py prints why,
# counts it as missed and goes on with the next module. Every wait below owns its timer and
# stops it when it ends, so no timer armed by one wait can end a later one.

class NotMeasured(Exception):
    """A figure could not be measured; the message says why."""


_contexts: list = []  # AppContexts made by app_context(), settled after each figure module


def wait_until(done: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process Qt events until `done()`; NotMeasured when `what` has not happened in `timeout_s`."""
    if done():
        return
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(int(timeout_s * 1000))
    try:
        while not done():
            if not deadline.isActive():
                raise NotMeasured(f"{what} did not happen within {timeout_s:g} s")
            # blocks until an event arrives: a queued result, a timer (this wait's deadline included)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        deadline.stop()


def wait_for(signal, start: Callable[[], object], timeout_s: float, what: str, failed=None) -> tuple:
    """Call `start()`, then wait for `signal`; its arguments. `failed`: a signal that ends the wait
    with NotMeasured (e.g. a page's build_failed). A `start()` that returns False raises NotMeasured."""
    got: list[tuple] = []
    errors: list[tuple] = []

    def arrived(*args) -> None:
        got.append(args)

    def went_wrong(*args) -> None:
        errors.append(args)

    signal.connect(arrived)
    if failed is not None:
        failed.connect(went_wrong)
    try:
        if start() is False:
            raise NotMeasured(f"{what} could not start")
        wait_until(lambda: bool(got or errors), timeout_s, what)
    finally:
        signal.disconnect(arrived)
        if failed is not None:
            failed.disconnect(went_wrong)
    if errors and not got:
        raise NotMeasured(f"{what} failed: {', '.join(map(repr, errors[0]))}")
    return got[0]


def run_events_for(ms: float) -> None:
    """Let the event loop run for `ms` milliseconds (its own timer, stopped at the end)."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer

    timer = QTimer()
    timer.setSingleShot(True)
    timer.start(int(ms))
    try:
        while timer.isActive():
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        timer.stop()


def app_context(db, actor, work, lang: str = "zh"):
    """An AppContext as the desktop makes it: background calls through Operations on a thread
    pool of its own (results come back through the queued signal); `drain(ctx)` waits for them."""
    from PySide6.QtCore import QThreadPool

    from jiarenbase.gui.context import AppContext
    from jiarenbase.gui.operations import Operations

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    ctx = AppContext(db=db, actor=actor, ops=Operations(pool, lang=lang), lang=lang, data_dir=work)
    _contexts.append(ctx)
    return ctx


def _pending(ctx) -> int:
    return ctx.ops.pending


def drain(ctx, timeout_s: float = 120, what: str = "the page's background calls") -> None:
    """Wait until every background call started through `ctx` has delivered its result."""
    wait_until(lambda: _pending(ctx) == 0, timeout_s, what)


def settle() -> None:
    """After a figure module, whether it finished or not: wait for the background calls of the
    contexts it made, deliver (or drop) their results, and close the windows it left open."""
    from PySide6.QtCore import QCoreApplication, QEvent, QThreadPool
    from PySide6.QtWidgets import QApplication

    contexts, _contexts[:] = list(_contexts), []
    app = QApplication.instance()
    if app is None:
        return
    for ctx in contexts:
        ctx.ops.wait(120_000)
    QThreadPool.globalInstance().waitForDone(120_000)
    QCoreApplication.processEvents()
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
