"""A JiarenBase print job (gui/print_job.py) through the desktop's Operations: the
pages are rendered and drawn in a child process (or, in_child=False, the worker
thread) while the GUI thread keeps running its event loop; progress arrives on the
GUI thread; Cancel stops between pages and leaves a whole, shorter job; a closed
parent cancels the job and gets nothing."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from pdf_samples import printer_to, write_pdf
from PySide6.QtCore import QObject, QTimer
from PySide6.QtPdf import QPdfDocument

from jiarenbase.gui.print_job import PrintJob
from jiarenbase.gui.widgets.pdf_printing import Printed

pytestmark = pytest.mark.gui


def pages_in(path) -> int:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    count = document.pageCount()
    document.close()
    return count


class Ticks:
    """A 10 ms timer on the GUI thread: it keeps ticking while the GUI thread is free."""

    def __init__(self) -> None:
        self.count = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        self.count += 1


@pytest.mark.parametrize("in_child", [True, False], ids=["child process", "worker thread"])
def test_a_job_prints_in_the_background_and_reports_each_page(qtbot, ops, tmp_path, in_child):
    source, out = write_pdf(tmp_path / "pack.pdf", 5), tmp_path / "printed.pdf"
    owner = QObject()
    job = PrintJob(SimpleNamespace(ops=ops), [source], printer_to(out), owner, in_child)
    reports, ticks = [], Ticks()
    job.progressed.connect(lambda done, total: reports.append((done, total, ticks.count)))
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished, qtbot.waitSignal(job.ended, timeout=20_000):
        job.start()
        assert job.running
    ticks.timer.stop()
    assert finished.args == [Printed(5, 5)] and not job.running
    assert [(d, t) for d, t, _ in reports] == [(i, 5) for i in range(5)]
    assert pages_in(out) == 5
    assert ticks.count > reports[0][2]  # the event loop ran while the pages were drawn


@pytest.mark.parametrize("in_child", [True, False], ids=["child process", "worker thread"])
def test_cancel_stops_between_pages_and_the_gui_keeps_running(qtbot, ops, tmp_path, in_child):
    source, out = write_pdf(tmp_path / "long.pdf", 30), tmp_path / "cancelled.pdf"
    owner = QObject()  # the page the job belongs to
    job = PrintJob(SimpleNamespace(ops=ops), [source], printer_to(out), owner, in_child)
    ticks = Ticks()
    job.progressed.connect(lambda done, _total: done == 2 and job.cancel())
    with qtbot.waitSignal(job.finished, timeout=20_000) as finished:
        job.start()
    ticks.timer.stop()
    printed = finished.args[0]
    assert printed.cancelled and 2 <= printed.pages < 30 and printed.wanted == 30
    assert pages_in(out) == printed.pages  # ended cleanly: a whole file of the pages sent
    assert ticks.count > 0


def test_a_closed_parent_cancels_the_job_and_gets_nothing(qtbot, ops, tmp_path):
    from PySide6.QtWidgets import QWidget

    source, out = write_pdf(tmp_path / "long.pdf", 30), tmp_path / "closed.pdf"
    page = QWidget()
    job = PrintJob(SimpleNamespace(ops=ops), [source], printer_to(out), page, in_child=True)
    delivered = []
    job.finished.connect(delivered.append)
    job.progressed.connect(lambda done, _total: done == 1 and page.deleteLater())
    job.start()
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=20_000)
    assert delivered == []
    assert 1 <= pages_in(out) < 30  # stopped at a page boundary, the job ended
