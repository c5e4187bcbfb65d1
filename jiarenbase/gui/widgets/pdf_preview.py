"""A read-only PDF preview: every page one under the other, fitted to the width.

    preview = PdfPreview(parent)
    pages = preview.load(Path("合作院校报告包_….pdf"))   # 0 when the file cannot be read
    preview.clear()   # closes the file (Windows keeps an open file from being replaced)

Qt's own viewer (QPdfView over a QPdfDocument, both from QtPdf): the app's reports
are read back exactly as they will print.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget


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
        error = self.pdf.load(str(path))
        if error != QPdfDocument.Error.None_:
            self.pdf.close()
            return 0
        self.path = Path(path)
        self.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.verticalScrollBar().setValue(0)
        return self.pdf.pageCount()

    def clear(self) -> None:
        self.pdf.close()
        self.path = None

    def page_count(self) -> int:
        return self.pdf.pageCount()
