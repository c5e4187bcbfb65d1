"""Printing finished PDFs (widgets/pdf_printing.py) on a QPrinter that writes a PDF
file instead of a printer (nothing reaches a real printer): every page of every
file, landscape certificates turned, the dialog's page range counted across the
files, unreadable files skipped, a printer that cannot start prints nothing."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMarginsF, QSize
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from jiarenbase.gui.widgets.pdf_printing import print_pdfs

pytestmark = pytest.mark.gui


def write_pdf(path: Path, pages: int, landscape: bool = False) -> Path:
    """A PDF of `pages` A4 pages, each a black block in its middle."""
    writer = QPdfWriter(str(path))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        w, h = writer.width(), writer.height()
        painter.fillRect(w // 4, h // 4, w // 2, h // 2, QColor("black"))
    painter.end()
    return path


def printer_to(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    return printer


def printed_pages(path: Path) -> list[tuple[float, float]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    sizes = [(document.pagePointSize(i).width(), document.pagePointSize(i).height())
             for i in range(document.pageCount())]
    document.close()
    return sizes


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
    assert print_pdfs(files, printer_to(out)) == 3
    pages = printed_pages(out)
    assert len(pages) == 3
    assert [w < h for w, h in pages] == [True, True, False]  # the certificate's page is turned
    assert all(ink_in_the_middle(out, i) for i in range(3))  # scaled and centred on the page


def test_the_page_range_counts_across_the_files(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "range.pdf")
    printer.setPrintRange(QPrinter.PrintRange.PageRange)
    printer.setFromTo(2, 3)  # the report's second page and the certificate
    assert print_pdfs(files, printer) == 2
    assert [w < h for w, h in printed_pages(tmp_path / "range.pdf")] == [True, False]


def test_a_file_that_does_not_open_is_skipped(qapp, tmp_path, files):
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"not a pdf at all")
    out = tmp_path / "skipped.pdf"
    assert print_pdfs([broken, tmp_path / "missing.pdf", files[0]], printer_to(out)) == 2
    assert len(printed_pages(out)) == 2


def test_nothing_to_print_starts_no_job(qapp, tmp_path):
    out = tmp_path / "none.pdf"
    assert print_pdfs([], printer_to(out)) == 0
    assert not out.exists()


@pytest.mark.qt_log_ignore("QPainter::begin")  # Qt says the printer did not start
def test_a_printer_that_cannot_start_prints_nothing(qapp, tmp_path, files):
    # Found while writing this test: print_pdfs then ends the painter that never began,
    # and Qt warns "QPainter::end: Painter not active, aborted" (a warning fails a test here).
    out = tmp_path / "no such folder" / "out.pdf"
    assert print_pdfs(files, printer_to(out)) == 0
    assert not out.exists()


def test_a_landscape_file_alone_turns_the_printer(qapp, tmp_path, files):
    printer = printer_to(tmp_path / "turned.pdf")
    assert print_pdfs(files[1:], printer) == 1
    assert printer.pageLayout().orientation() == QPageLayout.Orientation.Landscape
    [(width, height)] = printed_pages(tmp_path / "turned.pdf")
    assert width > height
