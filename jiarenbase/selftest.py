"""`jiarenbase --selftest`: proves an installation works, without touching real data.

In a temporary data directory it creates a database with a little demo data, opens
the main window (offscreen when there is no display), builds one PDF report the way
the 报表 page does (in a child process), checks the PDF, and exits 0 — or prints
what failed and exits 1. Used by the bundle's smoke test (packaging/) and by IT
after an install.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path


def _say(text: str) -> None:
    print(text, flush=True)


def _wait_for(ops, seconds: float = 120) -> None:
    """Let the operations started so far (and those their results start) come back:
    nothing runs the event loop here, so run one until `ops` is idle, with a timer
    that belongs to this wait."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(loop.quit)
    ops.idle.connect(loop.quit)
    try:
        timer.start(int(seconds * 1000))
        while ops.pending and timer.isActive():
            loop.exec()
    finally:
        timer.stop()
        ops.idle.disconnect(loop.quit)
    if ops.pending:
        raise AssertionError(f"{ops.pending} background call(s) did not come back within {seconds:.0f} s")


def run_selftest() -> int:
    if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="jiarenbase-selftest-") as tmp:
        os.environ["JIARENBASE_HOME"] = tmp
        try:
            from PySide6.QtWidgets import QApplication

            from . import __version__
            from .core.bootstrap import open_database
            from .core.demo import build_demo
            from .core.services.context import Actor
            from .core.services.report_process import build_in_child
            from .core.services.reports import ReportKind, ReportRequest, report_scopes

            _say(f"JiarenBase {__version__} self-test in {tmp}")
            opened = open_database(None, tmp)
            build_demo(opened.db, students=20, seed=1)
            _say(f"database: {opened.db.describe()} ({opened.schema}), demo data written")

            app = QApplication.instance() or QApplication(sys.argv[:1])
            from PySide6.QtCore import QThreadPool

            from .gui.context import AppContext
            from .gui.main_window import MainWindow
            from .gui.operations import Operations
            from .gui.theme import apply_theme, install_translators

            install_translators(app, "zh")
            apply_theme(app)
            failures: list[BaseException] = []  # any error in the window's loads fails the self-test
            pool = QThreadPool()
            ops = Operations(pool, lang="zh", on_domain_error=lambda _parent, exc, _lang: failures.append(exc),
                             on_unexpected=failures.append)
            ctx = AppContext(opened.db, actor=Actor.system(), ops=ops, lang="zh", data_dir=Path(tmp))
            window = MainWindow(ctx)
            window.show()
            app.processEvents()  # the first page shows and starts loading
            _wait_for(ops)
            assert window.isVisible() and window.page_keys, "the main window did not open"
            if failures:
                raise failures[0]
            _say(f"main window: {len(window.page_keys)} pages")

            cohort = report_scopes(opened.db, Actor.system()).cohorts[0]
            out = Path(tmp) / "selftest.pdf"
            result = build_in_child(opened.db, Actor.system(), ReportRequest(ReportKind.COHORT, cohort_id=cohort.id),
                                    out)
            data = out.read_bytes()
            assert data.startswith(b"%PDF") and result.pages >= 1, "the PDF is not valid"
            _say(f"report: {result.title}, {result.pages} page(s), {len(data):,} bytes")
            oldest = report_scopes(opened.db, Actor.system()).cohorts[-1]  # the demo's first cohort has completed
            certificates = build_in_child(opened.db, Actor.system(),
                                          ReportRequest(ReportKind.CERTIFICATE, cohort_id=oldest.id),
                                          Path(tmp) / "certificates.pdf")  # QR codes: ReportLab's barcode package
            _say(f"certificates: {certificates.pages} page(s)")
            window.close()
            pool.waitForDone(30_000)  # nothing may run on the database once it is closed
            opened.db.dispose()
        except Exception as exc:  # the self-test says what failed
            import traceback

            traceback.print_exc()
            _say(f"SELF-TEST FAILED: {type(exc).__name__}: {exc}")
            return 1
    _say(f"self-test passed in {time.perf_counter() - started:.1f} s")
    return 0
