"""Benchmark figure of the 报表 page, issue 6:

    GUI event loop while a report builds: longest stall — the ReportsPage builds the
        1,000-student partner-school pack of figures_reports.py (about 1,300 pages) on a
        real threaded TaskRunner, exactly as the desktop does (the layout runs in a child
        process, core/services/report_process.py), while a 10 ms QTimer on the GUI
        thread records the longest gap between its ticks, up to the preview shown.
        Target < 50 ms. Baseline: the longest gap of the same timer on an idle event
        loop over the same length of time.

Built in a thread of the desktop's own process (the first design) the same pack
stalled the window for 250–450 ms (garbage-collector passes over the swollen heap,
freeing the finished document); in a child process the GUI thread only waits.
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

TICK_MS = 10


def _themed(app, work: Path) -> None:
    from jiarenbase.gui.theme import apply_theme

    home = os.environ.get("HOME")
    os.environ["HOME"] = str(work / "home")
    try:
        apply_theme(app)
    finally:
        if home is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = home


class StallMeter:
    """A 10 ms timer on the GUI thread; `longest` is the largest gap between ticks (ms)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self._tick)
        self.longest = 0.0
        self.ticks = 0
        self._last = 0.0

    def start(self) -> None:
        self.longest, self.ticks = 0.0, 0
        self._last = time.perf_counter()
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now
        self.ticks += 1

    def stop(self) -> None:
        self._tick()
        self.timer.stop()


def figures(work: Path):
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.services.context import Actor
    from jiarenbase.core.services.reports import ReportKind
    from jiarenbase.gui.context import AppContext
    from jiarenbase.gui.pages.reports_page import ReportsPage
    from jiarenbase.gui.tasks import TaskRunner

    import figures_reports

    db, school_id, _cohort = figures_reports._database(work)
    app = QApplication.instance() or QApplication([])
    _themed(app, work)
    ctx = AppContext(db=db, actor=Actor.system(), tasks=TaskRunner(synchronous=False), lang="zh", data_dir=work)
    students = figures_reports.STUDENTS

    page = ReportsPage(ctx)
    page.resize(1280, 820)
    page.show()
    loop = QEventLoop()
    page.scopes_loaded.connect(loop.quit)
    page.on_shown()  # loads the choices (once) through the threaded runner
    QTimer.singleShot(30_000, loop.quit)
    loop.exec()  # the choices arrive through the threaded runner
    page.select_kind(ReportKind.SCHOOL)
    assert page.scope.select(page.ui.school, school_id)
    out = work / "reports_gui_pack.pdf"
    out.unlink(missing_ok=True)
    page.ui.outputPath.setText(str(out))

    from jiarenbase.gui.app import settle_heap

    settle_heap()  # as the desktop does once its window is shown
    outcome = []
    page.built.connect(lambda result: (outcome.append(result), loop.quit()))
    page.build_failed.connect(lambda exc: (outcome.append(exc), loop.quit()))
    meter = StallMeter()
    meter.start()
    t0 = time.perf_counter()
    assert page.start_build()
    loop.exec()
    meter.stop()
    elapsed_ms = (time.perf_counter() - t0) * 1000
    building = meter.longest
    result = outcome[0]
    if isinstance(result, Exception):
        raise result
    assert result.pages > 0 and out.exists()

    meter.start()  # the same loop, idle, for as long as the build took
    QTimer.singleShot(int(elapsed_ms), loop.quit)
    loop.exec()
    meter.stop()
    idle = meter.longest
    print(f"  (school pack of {students} students, {result.pages} pages in {elapsed_ms / 1000:.1f} s; "
          f"switch interval {sys.getswitchinterval() * 1000:g} ms)", flush=True)
    yield harness.under("GUI event loop while a report builds: longest stall", building, 50, "idle event loop", idle)
    page.close()
    ctx.tasks.wait()
    db.dispose()
