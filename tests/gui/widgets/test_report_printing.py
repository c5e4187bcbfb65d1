"""The 报表 page's printing (widgets/report_printing.py) on a finished result, with no
printer reached: on Windows the files go to the system's PDF program (os.startfile
patched) after one confirmation; without such a program, or elsewhere, JiarenBase
prints through the print dialog (patched: it writes a PDF file) in the background
with progress and Cancel, the range counted across the files, certificates kept
landscape; one job at a time, and a page closed while printing cancels it."""
from __future__ import annotations

import os

import pytest
from pdf_samples import printed_pages, write_pdf
from PySide6.QtGui import QPageSize
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox

from jiarenbase.core.services.reports import ReportKind, ReportResult
from jiarenbase.gui import system_print
from jiarenbase.gui.widgets import report_printing
from screen_checks import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def files(tmp_path):
    return (write_pdf(tmp_path / "报表.pdf", 4), write_pdf(tmp_path / "证书.pdf", 2, landscape=True))


def result_of(files) -> ReportResult:
    return ReportResult(ReportKind.CERTIFICATE, tuple(files), 6, "结业证书")


def page_with(ctx, qtbot, files, windows: bool, monkeypatch):
    from jiarenbase.gui.pages.reports_page import ReportsPage

    monkeypatch.setattr(system_print, "is_windows", lambda: windows)
    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.printing.in_child = False  # in the worker thread: no process to start (print_job's tests start one)
    page.show_result(result_of(files))
    return page


def fake_dialog(monkeypatch, out, pages: tuple[int, int] | None = None, total: int = 6):
    opened = []

    class FakePrintDialog:
        PrintDialogOption = report_printing.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent=None):
            opened.append(printer)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))  # small paper: quick at 300 dpi
            if pages:
                printer.setPrintRange(QPrinter.PrintRange.PageRange)
                printer.setFromTo(*pages)

        def setOption(self, option, on=True):
            assert option == self.PrintDialogOption.PrintPageRange and on

        def setMinMax(self, first, last):
            assert (first, last) == (1, total)  # the pages of all the files

        def exec(self):
            return QDialog.DialogCode.Accepted

    monkeypatch.setattr(report_printing, "QPrintDialog", FakePrintDialog)
    return opened


def answer(monkeypatch, button):
    asked = []
    monkeypatch.setattr(report_printing.QMessageBox, "question",
                        staticmethod(lambda parent, title, text: asked.append(text) or button))
    return asked


def test_windows_hands_each_file_to_the_system_after_one_confirmation(ctx, qtbot, files, monkeypatch, tmp_path):
    page = page_with(ctx, qtbot, files, True, monkeypatch)
    calls = []
    monkeypatch.setattr(os, "startfile", lambda path, verb="open": calls.append((path, verb)), raising=False)
    opened = fake_dialog(monkeypatch, tmp_path / "never.pdf")
    asked = answer(monkeypatch, QMessageBox.StandardButton.No)
    assert page.print_report() is False and calls == []  # declined: nothing printed
    asked = answer(monkeypatch, QMessageBox.StandardButton.Yes)
    assert page.ui.printHere.isVisibleTo(page) and "default printer" in page.ui.printWay.text()
    assert page.print_report() is True
    assert "6" in asked[0]
    assert calls == [(str(files[0]), "print"), (str(files[1]), "print")]
    assert opened == [] and not page.printing.busy  # no dialog, no job of our own
    assert "2" in page.ui.printStatus.text() and "queue" in page.ui.printStatus.text()


def test_windows_without_a_pdf_program_prints_through_jiarenbase(ctx, qtbot, files, monkeypatch, tmp_path):
    page = page_with(ctx, qtbot, files, True, monkeypatch)

    def startfile(path, verb="open"):
        raise OSError(1155, "No application is associated with the specified file for this operation")

    monkeypatch.setattr(os, "startfile", startfile, raising=False)
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    out = tmp_path / "printed.pdf"
    fake_dialog(monkeypatch, out)
    notes = []
    with qtbot.waitSignal(page.printing.printed, timeout=20_000) as done:
        assert page.print_report() is True
        notes.append(page.ui.printStatus.text())
    assert "Adobe Reader" in notes[0]  # said while it prints
    assert done.args[0].pages == 6 and len(printed_pages(out)) == 6
    assert page.ui.printHere.isChecked() and "JiarenBase" in page.ui.printWay.text()


def test_elsewhere_jiarenbase_prints_the_range_with_progress_and_keeps_certificates_landscape(
        ctx, qtbot, files, monkeypatch, tmp_path, out_dir):
    page = page_with(ctx, qtbot, files, False, monkeypatch)
    assert not page.ui.printHere.isVisibleTo(page) and "300 dpi" in page.ui.printWay.text()
    assert not page.ui.printProgress.isVisibleTo(page) and not page.ui.printCancel.isVisibleTo(page)
    out = tmp_path / "range.pdf"
    fake_dialog(monkeypatch, out, pages=(4, 5))  # the report's last page and the first certificate
    seen = []

    def while_printing(done, total):
        seen.append((done, total, page.ui.printStatus.text(), page.ui.printProgress.isVisibleTo(page),
                     page.ui.printButton.isEnabled(), page.ui.build.isEnabled(), page.start_build()))
        if done == 1:
            shoot(page, out_dir, "printing_in_progress", qtbot, prefix="issue16_")

    with qtbot.waitSignal(page.printing.printed, timeout=20_000) as done:
        assert page.print_report() is True
        assert page.print_report() is False  # one job at a time
        page.printing.job.progressed.connect(while_printing)
    assert done.args[0].pages == 2 and not done.args[0].cancelled
    assert [w < h for w, h in printed_pages(out)] == [True, False]
    assert [s[:2] for s in seen] == [(0, 2), (1, 2)]
    assert seen[1][2] == "Printing page 2 of 2" and all(s[3:] == (True, False, False, False) for s in seen)
    qtbot.waitUntil(lambda: not page.printing.busy)
    assert page.ui.printButton.isEnabled() and page.ui.build.isEnabled()
    assert not page.ui.printProgress.isVisibleTo(page)
    assert page.ui.printStatus.text() == "Sent 2 pages to the printer."


def test_cancel_ends_the_job_with_the_pages_sent(ctx, qtbot, tmp_path, monkeypatch):
    many = (write_pdf(tmp_path / "pack.pdf", 30),)
    page = page_with(ctx, qtbot, many, False, monkeypatch)
    page.show_result(ReportResult(ReportKind.SCHOOL, many, 30, "院校报送"))
    out = tmp_path / "cancelled.pdf"
    fake_dialog(monkeypatch, out, total=30)
    monkeypatch.setattr(report_printing.ReportPrinting, "_confirmed", lambda *_: pytest.fail("not on Windows"))
    with qtbot.waitSignal(page.printing.printed, timeout=20_000) as done:
        page.print_report()
        page.printing.job.progressed.connect(lambda d, _t: d == 2 and page.ui.printCancel.click())
    printed = done.args[0]
    assert printed.cancelled and 2 <= printed.pages < 30 and len(printed_pages(out)) == printed.pages
    assert page.ui.printStatus.text().startswith("Printing cancelled")


def test_a_page_closed_while_printing_cancels_the_job(ctx, qtbot, tmp_path, monkeypatch, ops):
    from jiarenbase.gui.pages.reports_page import ReportsPage

    many = (write_pdf(tmp_path / "pack.pdf", 30),)
    monkeypatch.setattr(system_print, "is_windows", lambda: False)
    page = ReportsPage(ctx)  # printing in a child process, as on the desktop
    page.show_result(ReportResult(ReportKind.SCHOOL, many, 30, "院校报送"))
    out = tmp_path / "closed.pdf"
    fake_dialog(monkeypatch, out, total=30)
    assert page.print_report()
    page.printing.job.progressed.connect(lambda d, _t: d == 1 and page.deleteLater())
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=20_000)
    assert 1 <= len(printed_pages(out)) < 30


def test_the_app_quitting_cancels_the_job(ctx, qtbot, tmp_path, monkeypatch, qapp):
    from PySide6.QtCore import SIGNAL

    many = (write_pdf(tmp_path / "pack.pdf", 30),)
    before = qapp.receivers(SIGNAL("aboutToQuit()"))
    page = page_with(ctx, qtbot, many, False, monkeypatch)
    assert qapp.receivers(SIGNAL("aboutToQuit()")) > before  # the printing listens for the app quitting
    page.show_result(ReportResult(ReportKind.SCHOOL, many, 30, "院校报送"))
    fake_dialog(monkeypatch, tmp_path / "quit.pdf", total=30)
    with qtbot.waitSignal(page.printing.printed, timeout=20_000) as done:
        page.print_report()
        # what aboutToQuit calls (emitting the application's own signal in a test process would
        # also run every other listener left from earlier tests)
        page.printing.job.progressed.connect(lambda d, _t: d == 1 and page.printing.cancel())
    assert done.args[0].cancelled and done.args[0].pages < 30  # the desktop then waits for one page, not all
