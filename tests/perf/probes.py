"""Child processes of the benchmark (figures_app.py): each prints `key value` lines.

    python probes.py bare-window               a bare PySide6 window with qt-material
    python probes.py app-start DATA_DIR        JiarenBase's real start, to its first window
    python probes.py sessions-rss WORK         the sessions list on the city database
    python probes.py openpyxl-read FILE        openpyxl's read of a workbook
    python probes.py roster-import FILE DIR    preview + import of a roster into a new database
"""
from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).parent))


def _say(key: str, value: float) -> None:
    print(f"{key} {value}", flush=True)


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _first_shown(app) -> None:
    """Print `shown <time>` when the first top-level window is shown, then leave."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Expose and getattr(obj, "isExposed", lambda: False)():
                _say("shown", time.time())
                _say("rss_mb", _rss_mb())
                QTimer.singleShot(0, lambda: __import__("os")._exit(0))
            return False

    app._watch = Watch()
    app.installEventFilter(app._watch)


def bare_window() -> None:
    from PySide6.QtWidgets import QApplication, QMainWindow
    from qt_material import apply_stylesheet

    app = QApplication(sys.argv[:1])
    apply_stylesheet(app, theme="light_teal.xml", invert_secondary=True)
    _first_shown(app)
    window = QMainWindow()
    window.resize(1280, 800)
    window.show()
    app.exec()


def app_start(data_dir: str) -> None:
    """`python -m jiarenbase --data-dir DIR`, with a watch on the QApplication it will use."""
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # the start reuses this instance
    _first_shown(app)
    from jiarenbase.__main__ import main

    main(["--data-dir", data_dir])


def sessions_rss(work: str) -> None:
    import city
    import harness
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.services.context import Actor
    from jiarenbase.gui.pages.list_page import ListPage
    from jiarenbase.gui.pages.specs import SPECS
    from jiarenbase.gui.theme import apply_theme

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    db = city.city_database(Path(work), log=lambda *_: None)
    ctx = harness.app_context(db, Actor.system(), Path(work))
    page = ListPage(ctx, SPECS["sessions"])
    page.resize(1280, 800)
    page.show()
    harness.drain(ctx)
    model = page.model
    if not model.has_loaded:
        model.fetchMore()
    harness.drain(ctx)
    name = model.record_at(0).student_name
    model.set_search(name)
    harness.drain(ctx)
    model.set_search("")
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    harness.drain(ctx)
    page.ui.table.scrollToBottom()
    for _ in range(20):
        app.processEvents()
        harness.drain(ctx)
    _say("total", model.total)
    _say("rss_mb", _rss_mb())


def openpyxl_read(path: str) -> None:
    from openpyxl import load_workbook

    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    n = sum(1 for _row in wb.active.iter_rows(values_only=True))
    wb.close()
    _say("ms", (time.perf_counter() - t0) * 1000)
    _say("rows", n)


def roster_import(path: str, folder: str) -> None:
    import shutil

    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.services import roster_import as ri
    from jiarenbase.core.services.context import Actor

    shutil.rmtree(folder, ignore_errors=True)
    db = open_database(None, folder).db
    actor = Actor.system()
    t0 = time.perf_counter()
    preview = ri.preview_roster(db, actor, Path(path))
    outcome = ri.import_roster(db, actor, preview, "上海中侨职业技术大学", "JR2025-01")
    _say("ms", (time.perf_counter() - t0) * 1000)
    _say("added", outcome.added)


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    {"bare-window": bare_window, "app-start": app_start, "sessions-rss": sessions_rss,
     "openpyxl-read": openpyxl_read, "roster-import": roster_import}[command](*rest)
