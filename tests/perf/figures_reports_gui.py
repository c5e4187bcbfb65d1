"""Benchmark figure of the 报表 page, issue 6:

    GUI event loop while a report builds: longest stall — the ReportsPage builds a
        partner-school pack (the school with the most students of a 300-student demo
        database) on a real threaded TaskRunner, exactly as the desktop does, while a
        10 ms QTimer on the GUI thread records the longest gap between its ticks.
        Target < 50 ms. Baseline: the longest gap of the same timer on an idle event
        loop over the same length of time.

ReportLab lays out in Python, so the worker holds the GIL most of the time; the
GUI thread gets it back every `sys.getswitchinterval()` (5 ms by default) unless a
C call in the worker holds it longer. The figure says what a user would feel.
The database is built once and cached under `work` (reports_gui_300_v1.sqlite3)."""
from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

CACHE = "reports_gui_300_v1.sqlite3"
STUDENTS = 300
TICK_MS = 10


def _database(work: Path):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.demo import build_demo

    path = work / CACHE
    if not path.exists():
        tmp = work / (CACHE + ".building")
        for p in work.glob(CACHE + ".building*"):
            p.unlink()
        opened = open_database("sqlite:///" + str(tmp), work / "reports_data")
        build_demo(opened.db, students=STUDENTS, seed=3, today=date(2025, 12, 1))
        opened.db.dispose()
        tmp.rename(path)
    return open_database("sqlite:///" + str(path), work / "reports_data").db


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


def _biggest_school(db, actor):
    from jiarenbase.core.services import reports

    scopes = reports.report_scopes(db, actor)
    sizes = {}
    for cohort in scopes.cohorts:
        school = scopes.cohort_school.get(cohort.id)
        if school is not None:
            sizes[school] = sizes.get(school, 0) + len(reports.students_of_cohort(db, actor, cohort.id))
    return max(sizes, key=sizes.get), max(sizes.values())


def figures(work: Path):
    from PySide6.QtCore import QEventLoop, QTimer
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.services.context import Actor
    from jiarenbase.core.services.reports import ReportKind
    from jiarenbase.gui.context import AppContext
    from jiarenbase.gui.pages.reports_page import ReportsPage
    from jiarenbase.gui.tasks import TaskRunner

    db = _database(work)
    app = QApplication.instance() or QApplication([])
    _themed(app, work)
    ctx = AppContext(db=db, actor=Actor.system(), tasks=TaskRunner(synchronous=False), lang="zh", data_dir=work)
    school_id, students = _biggest_school(db, ctx.actor)

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
