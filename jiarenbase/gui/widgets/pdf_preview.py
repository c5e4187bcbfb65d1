"""A read-only PDF preview fitted to the width: every page one under the other, or,
for a long document (more than MULTI_PAGE_LIMIT pages), one page at a time —
laying out all pages of a 1,284-page pack took 128 ms on the GUI thread, a single
page 4 ms. `single_page` says which; `show_page(i)` turns the pages.

    preview = PdfPreview(parent)
    pages = preview.load(Path("合作院校报告包_….pdf"))   # 0 when the file cannot be read
    preview.clear()   # closes the file (Windows keeps an open file from being replaced)

Qt's own viewer (QPdfView over a QPdfDocument, both from QtPdf): the app's reports
are read back exactly as they will print.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

MULTI_PAGE_LIMIT = 150


class PdfPreview(QPdfView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Not a child of the view: Qt 6.11 crashes when a QPdfView's own child document is
        # destroyed together with it (seen offscreen, deleted page, then the event loop runs).
        # Held by this Python object, the document outlives the view.
        self.pdf = QPdfDocument()
        self.path: Path | None = None
        self.setDocument(self.pdf)
        self.setPageMode(QPdfView.PageMode.MultiPage)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.setPageSpacing(12)

    def load(self, path: Path) -> int:
        """Show `path`; returns its page count (0 when it could not be read)."""
        self.clear()
        self.setPageMode(QPdfView.PageMode.SinglePage)  # opening is then ~free whatever the length
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.pdf.close()
            return 0
        if self.pdf.pageCount() <= MULTI_PAGE_LIMIT:
            self.setPageMode(QPdfView.PageMode.MultiPage)
        self.path = Path(path)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.verticalScrollBar().setValue(0)
        return self.pdf.pageCount()

    @property
    def single_page(self) -> bool:
        return self.pageMode() is QPdfView.PageMode.SinglePage

    def show_page(self, index: int) -> None:
        """Go to page `index` (0-based)."""
        if 0 <= index < self.pdf.pageCount():
            self.pageNavigator().jump(index, QPointF(0, 0), 0)

    def current_page(self) -> int:
        return self.pageNavigator().currentPage()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down turn the pages when one page is shown at a time."""
        if self.single_page and event.key() in (Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            step = 1 if event.key() == Qt.Key.Key_PageDown else -1
            self.show_page(self.current_page() + step)
            return
        super().keyPressEvent(event)

    def clear(self) -> None:
        self.pdf.close()
        self.path = None

    def page_count(self) -> int:
        return self.pdf.pageCount()
