"""GUI tests run offscreen; background calls go through `ops` (a private pool) and are drained."""
from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

OUTPUT = os.path.join(os.path.dirname(__file__), "..", "output")


@pytest.fixture
def ops(qapp):
    """The desktop's Operations on a pool of its own: results come back through the
    same queued signal as in the app; `drain` waits for them."""
    from PySide6.QtCore import QThreadPool

    from jiarenbase.gui.operations import Operations

    pool = QThreadPool()
    pool.setMaxThreadCount(2)
    operations = Operations(pool, lang="zh")
    yield operations
    pool.waitForDone(30_000)
    # outcomes still queued are delivered now, while the test's widgets exist
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


@pytest.fixture
def drain(qtbot, ops):
    """drain(): wait until every operation started so far has delivered its outcome."""

    def wait(timeout: int = 20_000) -> None:
        qtbot.waitUntil(lambda: ops.pending == 0, timeout=timeout)

    return wait


@pytest.fixture
def screenshot_dir():
    path = os.path.abspath(OUTPUT)
    os.makedirs(path, exist_ok=True)
    return path


@pytest.fixture
def ctx(qapp, db, admin, ops, tmp_path):
    """An AppContext on the test database, signed in as the local admin."""
    from jiarenbase.gui.context import AppContext

    return AppContext(db=db, actor=admin, ops=ops, lang="zh", data_dir=tmp_path)


@pytest.fixture
def themed(qapp):
    """themed(dark) applies the qt-material theme; the test's end puts the application's style
    sheet, font, theme name and palette back, so no later test in the worker inherits them."""
    from jiarenbase.gui.theme import apply_theme

    saved = (qapp.styleSheet(), qapp.font(), qapp.property("jiarenbase_theme"), qapp.palette())
    yield lambda dark: apply_theme(qapp, dark=dark)
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setProperty("jiarenbase_theme", saved[2])
    qapp.setPalette(saved[3])


@pytest.fixture
def light(themed):
    """The light theme for the test (restored afterwards, as `themed`)."""
    themed(False)


@pytest.fixture(autouse=True)
def _no_translator_leaks(request):
    """A test that installs the zh_CN translators must not change what later tests see."""
    yield
    if "qapp" not in request.fixturenames:
        return
    from PySide6.QtCore import QLocale, QTranslator
    from PySide6.QtWidgets import QApplication

    QLocale.setDefault(QLocale.system())
    app = QApplication.instance()
    if app is not None:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.setParent(None)


@pytest.fixture
def out_dir(screenshot_dir):
    """tests/output/screens, where every screenshot test saves its PNGs for a person to look at."""
    path = os.path.join(screenshot_dir, "screens")
    os.makedirs(path, exist_ok=True)
    return path
