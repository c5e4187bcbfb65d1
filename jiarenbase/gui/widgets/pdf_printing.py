"""Print finished PDFs on a QPrinter (the system print dialog chose it).

    printed = print_pdfs([path, ...], printer)   # pages sent to the printer

Each page is rendered by QtPdf at the printer's resolution and drawn centred and
scaled to fit the printable area, landscape certificates as well as A4 reports;
the dialog's page range (from/to) counts across all files.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QRectF, QSize
from PySide6.QtGui import QPageLayout, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def _wanted(printer: QPrinter, number: int) -> bool:
    """Page `number` (1-based across all files) lies in the dialog's range."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:  # "all pages"
        return True
    return first <= number <= (last or number)


def print_pdfs(paths: Iterable[Path], printer: QPrinter) -> int:
    """Send every page of the files to `printer`; returns the number of pages printed."""
    painter: QPainter | None = None
    number = printed = 0
    document = QPdfDocument()
    try:
        for path in paths:
            if document.load(str(path)) != QPdfDocument.Error.None_:
                continue
            for index in range(document.pageCount()):
                number += 1
                if not _wanted(printer, number):
                    continue
                points = document.pagePointSize(index)
                landscape = points.width() > points.height()
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if landscape
                                           else QPageLayout.Orientation.Portrait)
                if painter is None:
                    painter = QPainter()
                    if not painter.begin(printer):
                        painter = None  # never begun: nothing to end
                        return 0
                elif not printer.newPage():
                    return printed
                area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
                area.moveTo(0, 0)
                scale = min(area.width() / points.width(), area.height() / points.height())
                size = QSize(int(points.width() * scale), int(points.height() * scale))
                image = document.render(index, size)
                x = (area.width() - size.width()) / 2
                y = (area.height() - size.height()) / 2
                painter.drawImage(QRectF(x, y, size.width(), size.height()), image)
                printed += 1
            document.close()
    finally:
        if painter is not None:
            painter.end()
        document.close()
    return printed
