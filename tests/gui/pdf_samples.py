"""Test helpers for printing (on pytest's pythonpath, tests/gui): small PDFs to print and
a QPrinter that writes a PDF file instead of reaching a printer."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QColor, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def write_pdf(path: Path, pages: int, landscape: bool = False, stripes: bool = False) -> Path:
    """A PDF of `pages` A4 pages, each a black block in its middle (or thin black lines
    every 7 points across the page, `stripes`)."""
    writer = QPdfWriter(str(path))
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation, QMarginsF(0, 0, 0, 0)))
    writer.setResolution(72)
    painter = QPainter(writer)
    for page in range(pages):
        if page:
            writer.newPage()
        w, h = writer.width(), writer.height()
        if stripes:
            for y in range(20, h - 20, 7):
                painter.fillRect(20, y, w - 40, 1, QColor("black"))
        else:
            painter.fillRect(w // 4, h // 4, w // 2, h // 2, QColor("black"))
    painter.end()
    return path


def printer_to(path: Path) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A6))  # small paper: 300 dpi is quick to draw
    printer.setOutputFileName(str(path))
    return printer


def printed_pages(path: Path) -> list[tuple[float, float]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    sizes = [(document.pagePointSize(i).width(), document.pagePointSize(i).height())
             for i in range(document.pageCount())]
    document.close()
    return sizes
