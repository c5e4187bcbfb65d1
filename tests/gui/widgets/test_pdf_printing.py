"""Printing finished PDFs (widgets/pdf_printing.py) on a QPrinter that writes a PDF
file instead of a printer (nothing reaches a real printer): every page of every
file at 300 dpi, landscape certificates turned, the dialog's page range counted
across the files, unreadable files skipped, a printer that cannot start prints
nothing, progress before each page and Cancel between pages; a page drawn in
strips is the page rendered whole (no seam, no shift)."""
from __future__ import annotations

from pathlib import Path

import pytest
from pdf_samples import printed_pages, printer_to, write_pdf
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from jiarenbase.core.services.progress import Cancelled
from jiarenbase.gui.widgets.pdf_printing import DPI, Printed, PrinterSettings, print_pdfs, render_band

pytestmark = pytest.mark.gui


def ink_in_the_middle(path: Path, page: int) -> bool:
    document = QPdfDocument()
    document.load(str(path))
    size = document.pagePointSize(page).toSize()
    image = document.render(page, QSize(size.width() // 2, size.height() // 2))
    document.close()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    corner = image.pixelColor(5, 5)  # QtPdf renders paper as transparent
    return centre.alpha() > 200 and centre.lightness() < 60 and (corner.alpha() < 50 or corner.lightness() > 200)


@pytest.fixture
def files(tmp_path):
    return [write_pdf(tmp_path / "report.pdf", 2), write_pdf(tmp_path / "certificate.pdf", 1, landscape=True)]


def test_every_page_of_every_file_is_printed_in_its_orientation(qapp, tmp_path, files):
    out = tmp_path / "printed.pdf"
    assert print_pdfs(files, printer_to(out)) == Printed(3, 3)
    pages = printed_pages(out)
    assert len(pages) == 3
    assert [w < h for w, h in pages] == [True, True, False]  # the certificate's page is turned
    assert all(ink_in_the_middle(out, i) for i in range(3))  # scaled and centred on the page


def test_the_page_range_counts_across_the_files(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # the report's second page and the certificate
    assert print_pdfs(files, printer) == Printed(2, 2)
    assert [w < h for w, h in printed_pages(tmp_path / "range.pdf")] == [True, False]


def test_a_file_that_does_not_open_is_skipped(qapp, tmp_path, files):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    out = tmp_path / "skipped.pdf"
    assert print_pdfs([broken, tmp_path / "missing.pdf", files[0]], printer_to(out)) == Printed(2, 2)
    assert len(printed_pages(out)) == 2


def test_nothing_to_print_starts_no_job(qapp, tmp_path):
    out = tmp_path / "none.pdf"
    assert print_pdfs([], printer_to(out)) == Printed(0, 0)
    assert not out.exists()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says the printer did not start
def test_a_printer_that_cannot_start_prints_nothing(qapp, tmp_path, files):
    # Found while writing this test: print_pdfs then ends the painter that never began,
    # and Qt warns "QPainter::end: Painter not active, aborted" (a warning fails a test here).
    out = tmp_path / "no such folder" / "out.pdf"
    assert print_pdfs(files, printer_to(out)) == Printed(0, 3)
    assert not out.exists()


def test_a_landscape_file_alone_turns_the_printer(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "turned.pdf")
    assert print_pdfs(files[1:], printer) == Printed(1, 1)
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    [(width, height)] = printed_pages(tmp_path / "turned.pdf")
    assert width > height


def test_the_page_range_counts_across_the_files_and_nothing_in_it_prints_nothing(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "beyond.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(4, 9)  # past the three pages there are
    assert print_pdfs(files, printer) == Printed(0, 0)
    assert not (tmp_path / "beyond.pdf").exists()


def test_progress_comes_before_each_page_and_the_printer_is_set_to_300_dpi(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "progress.pdf")
    reports = []
    assert print_pdfs(files, printer, lambda done, total: reports.append((done, total))) == Printed(3, 3)
    assert reports == [(0, 3), (1, 3), (2, 3)]
    assert printer.resolution() == DPI == 300


def test_cancel_stops_between_pages_and_ends_the_job_with_the_pages_sent(qapp, tmp_path):
    many = write_pdf(tmp_path / "pack.pdf", 6)
    out = tmp_path / "cancelled.pdf"

    def progress(done, total):
        if done == 2:
            raise Cancelled()

    assert print_pdfs([many], printer_to(out), progress) == Printed(2, 6, cancelled=True)
    assert len(printed_pages(out)) == 2  # a whole, readable file: the job was ended cleanly


def test_a_page_rendered_in_strips_is_the_page_rendered_whole(qapp, tmp_path):
    """QtPdf's clipped render scales by (width - 1) / width; uncorrected, the strips drift
    apart and rows at their edges are cut. Fine lines every 7 points show any drift."""
    document = QPdfDocument()
    assert document.load(str(write_pdf(tmp_path / "stripes.pdf", 1, stripes=True))) == QPdfDocument.Error.None_
    size = QSize(1240, 1754)  # A4 at 150 dpi
    whole = document.render(0, size)
    stitched = QImage(size, whole.format())
    stitched.fill(0)
    painter = QPainter(stitched)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Source)
    for top in range(0, size.height(), 50):
        rows = min(50, size.height() - top)
        painter.drawImage(0, top, render_band(document, 0, size, top, rows))
    painter.end()
    document.close()
    differing = [(x, y) for y in range(size.height()) for x in range(100, 1100, 250)
                 if abs(whole.pixelColor(x, y).alpha() - stitched.pixelColor(x, y).alpha()) > 8]
    assert differing == []


def test_the_dialog_s_choices_reach_the_child_process(qapp, tmp_path):
    chosen = printer_to(tmp_path / "chosen.pdf")
    chosen.setDocName("结业证书")
    chosen.setCopyCount(2)
    chosen.setCollateCopies(False)
    chosen.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    chosen.setColorMode(QPrinter.ColorMode.GrayScale)
    chosen.setPageSize(QPageSize(QPageSize.PageSizeId.A5))
    chosen.setPrintRange(QPrinter.PrintRange.PageRange)
    chosen.setFromTo(3, 7)
    again = PrinterSettings.of(chosen).printer()
    assert again.outputFileName() == str(tmp_path / "chosen.pdf") and again.docName() == "结业证书"
    assert (again.copyCount(), again.collateCopies()) == (2, False)
    # (a PDF-file printer keeps no duplex: the same as it reported, then)
    assert again.duplex() == chosen.duplex() and again.colorMode() == chosen.colorMode()
    assert again.pageLayout().pageSize().id() == QPageSize.PageSizeId.A5
    assert (again.printRange(), again.fromPage(), again.toPage()) == (QPrinter.PrintRange.PageRange, 3, 7)


def test_a_failure_in_the_print_child_is_told_in_plain_words():
    """What the child sends back is never the raw exception text: a disk problem in plain
    Chinese, anything else scrubbed with ID numbers masked."""
    import errno

    from jiarenbase.gui.widgets.pdf_printing import _plain

    zh, en = _plain(OSError(errno.ENOSPC, "No space left on device"))
    assert "空间" in zh and "Errno" not in zh and en
    zh, _en = _plain(ValueError("bad page for 310116200405060411"))
    assert "310116200405060411" not in zh and "ValueError" in zh and "请重新打印" in zh
