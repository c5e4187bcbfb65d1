"""Print finished PDFs on a QPrinter (the print dialog chose it), off the GUI thread.

    printed = print_in_child([path, ...], printer, progress)  # from a worker thread (print_job.py)
    printed = print_pdfs([path, ...], printer, progress)      # the same, in this thread
    printed.pages, printed.wanted, printed.cancelled

Each page is rendered by QtPdf at 300 dpi and drawn centred and scaled to fit the
printable area, landscape certificates as well as A4 reports; the dialog's page
range (from/to) counts across all files. `progress(done, total)` is called before
each page and may raise Cancelled: the job then ends with the pages already sent.

Why a child process: PySide6 holds the GIL for the whole of every Qt call, so a page
rendered or drawn in one call in a thread of the desktop (40–90 ms at 300 dpi, 200–370 ms
drawn to a PDF spool) stalls the window's event loop for as long. Drawn in strips of
BAND_PX rows (a few ms a call; blank strips skipped) the stall was 25–60 ms on a quiet
machine but 130 ms on a busy one, where the thread holding the GIL waits for a CPU. In a
child process (as reports are built, core/services/report_process.py) the window's thread
never waits for the printing one. The child gets the printer's settings (PrinterSettings:
printer, copies, duplex, colour, paper, range, output file); driver-specific options
chosen under the dialog's Properties are not carried over.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRect, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter

from ...core.errors import JiarenError
from ...core.services.progress import Cancelled

DPI = 300  # enough for text and charts; 1,200 dpi made a 6 MB spool per page
BAND_PX = 64  # rows per strip: each render or draw call stays within a few ms
POLL_S = 0.05
QUIET_S = 120  # a child that says nothing for this long is taken as lost


@dataclass(frozen=True)
class Printed:
    """What a print run did: pages sent to the printer out of the pages wanted."""

    pages: int
    wanted: int
    cancelled: bool = False


def _wanted(printer: QPrinter, number: int) -> bool:
    """Page `number` (1-based across all files) lies in the dialog's range."""
    first, last = printer.fromPage(), printer.toPage()
    if first == 0 and last == 0:  # "all pages"
        return True
    return first <= number <= (last or number)


def _page_counts(paths: list[Path]) -> list[int]:
    document = QPdfDocument()
    counts = []
    for path in paths:
        ok = document.load(str(path)) == QPdfDocument.Error.None_
        counts.append(document.pageCount() if ok else 0)
        document.close()
    return counts


def render_band(document: QPdfDocument, index: int, size: QSize, top: int, rows: int) -> QImage:
    """Rows top…top+rows of page `index` rendered at `size`, as the page rendered whole would show them."""
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    # QtPdf scales a clipped render by (clip width - 1) / width: one pixel more makes it exact.
    options.setScaledClipRect(QRect(0, top, size.width() + 1, rows + 1))
    return document.render(index, QSize(size.width(), rows), options)


def _draw_page(painter: QPainter, printer: QPrinter, document: QPdfDocument, index: int) -> None:
    """Render page `index` strip by strip onto white and draw it centred on the printer's page."""
    points = document.pagePointSize(index)
    area = QRectF(printer.pageLayout().paintRectPixels(printer.resolution()))
    scale = min(area.width() / points.width(), area.height() / points.height())
    size = QSize(int(points.width() * scale), int(points.height() * scale))
    x = int((area.width() - size.width()) / 2)
    y = int((area.height() - size.height()) / 2)
    blank: QImage | None = None
    for top in range(0, size.height(), BAND_PX):
        rows = min(BAND_PX, size.height() - top)
        band = render_band(document, index, size, top, rows)
        if blank is None or blank.size() != band.size() or blank.format() != band.format():
            blank = QImage(band.size(), band.format())
            blank.fill(0)
        if band == blank:  # nothing on this strip (QtPdf renders paper as transparent)
            continue
        paper = QImage(band.size(), QImage.Format.Format_RGB32)  # opaque: no soft mask in the spool
        paper.fill(Qt.GlobalColor.white)
        onto = QPainter(paper)
        onto.drawImage(0, 0, band)
        onto.end()
        painter.drawImage(QRectF(x, y + top, size.width(), rows), paper)


def print_pdfs(paths: Iterable[Path], printer: QPrinter,
               progress: Callable[[int, int], None] | None = None) -> Printed:
    """Send the wanted pages of the files to `printer` at DPI. Blocking: run it in a
    worker thread; the QPdfDocument and QPainter are made and used in that thread."""
    paths = list(paths)
    counts = _page_counts(paths)
    numbers = range(1, sum(counts) + 1)
    wanted = sum(1 for n in numbers if _wanted(printer, n))
    printer.setResolution(DPI)
    painter: QPainter | None = None
    number = printed = 0
    document = QPdfDocument()
    try:
        for path, count in zip(paths, counts, strict=True):
            if count == 0 or document.load(str(path)) != QPdfDocument.Error.None_:
                continue
            for index in range(count):
                number += 1
                if not _wanted(printer, number):
                    continue
                if progress is not None:
                    progress(printed, wanted)  # may raise Cancelled: stop between pages
                points = document.pagePointSize(index)
                printer.setPageOrientation(QPageLayout.Orientation.Landscape if points.width() > points.height()
                                           else QPageLayout.Orientation.Portrait)
                if painter is None:
                    painter = QPainter()
                    if not painter.begin(printer):
                        painter = None  # never begun: nothing to end
                        return Printed(0, wanted)
                elif not printer.newPage():
                    return Printed(printed, wanted)
                _draw_page(painter, printer, document, index)
                printed += 1
            document.close()
    except Cancelled:
        return Printed(printed, wanted, cancelled=True)
    finally:
        if painter is not None:
            painter.end()  # ends the job: the pages drawn so far go to the printer
        document.close()
    return Printed(printed, wanted)


# ---------------------------------------------------------------------------- the child process
@dataclass(frozen=True)
class PrinterSettings:
    """What the print dialog chose, carried to the child process (a QPrinter does not pickle)."""

    printer_name: str
    output_format: int
    output_file: str
    doc_name: str
    copies: int
    collate: bool
    duplex: int
    color_mode: int
    page_size_points: tuple[float, float]
    page_size_name: str
    margins_mm: tuple[float, float, float, float]
    full_page: bool
    print_range: int
    from_to: tuple[int, int]

    @classmethod
    def of(cls, printer: QPrinter) -> PrinterSettings:
        layout = printer.pageLayout()
        size = layout.pageSize().size(QPageSize.Unit.Point)
        margins = layout.margins(QPageLayout.Unit.Millimeter)
        return cls(printer.printerName(), printer.outputFormat().value, printer.outputFileName(), printer.docName(),
                   printer.copyCount(), printer.collateCopies(), printer.duplex().value, printer.colorMode().value,
                   (size.width(), size.height()), layout.pageSize().name(),
                   (margins.left(), margins.top(), margins.right(), margins.bottom()), printer.fullPage(),
                   printer.printRange().value, (printer.fromPage(), printer.toPage()))

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)
        printer.setOutputFormat(QPrinter.OutputFormat(self.output_format))
        if self.output_format == QPrinter.OutputFormat.NativeFormat.value:
            printer.setPrinterName(self.printer_name)
        else:
            printer.setOutputFileName(self.output_file)
        printer.setDocName(self.doc_name)
        printer.setCopyCount(self.copies)
        printer.setCollateCopies(self.collate)
        printer.setDuplex(QPrinter.DuplexMode(self.duplex))
        printer.setColorMode(QPrinter.ColorMode(self.color_mode))
        printer.setPageSize(QPageSize(QSizeF(*self.page_size_points), QPageSize.Unit.Point, self.page_size_name,
                                      QPageSize.SizeMatchPolicy.FuzzyMatch))
        printer.setPageMargins(QMarginsF(*self.margins_mm), QPageLayout.Unit.Millimeter)
        printer.setFullPage(self.full_page)
        printer.setPrintRange(QPrinter.PrintRange(self.print_range))
        printer.setFromTo(*self.from_to)
        return printer


def _child(paths: list[str], settings: PrinterSettings, events: mp.Queue, stop) -> None:  # the child process
    import os
    import sys

    if sys.platform != "win32":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window; printing needs no display
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication([])  # noqa: F841 (QPrinter and QtPdf need one)

    def progress(done: int, total: int) -> None:
        events.put(("progress", done, total))
        if stop.is_set():
            raise Cancelled()

    try:
        events.put(("done", print_pdfs([Path(p) for p in paths], settings.printer(), progress)))
    except Exception as exc:  # told to the desktop as a plain message, never the raw exception text
        events.put(("crash", *_plain(exc)))


def _plain(exc: BaseException) -> tuple[str, str]:
    """(中文, English) of a failure in the print child: the domain error's own words, a disk
    or file problem in plain words, else the kind of error with its scrubbed text."""
    from ...core.errors_plain import explain, mask_sensitive, scrub

    known = exc if isinstance(exc, JiarenError) else explain(exc)
    if known is not None:
        return mask_sensitive(known.text("zh")), mask_sensitive(known.text("en"))
    detail = mask_sensitive(scrub(str(exc)))
    return (f"打印时发生意外错误（{type(exc).__name__}）：{detail}，请重新打印。",
            f"Unexpected error while printing ({type(exc).__name__}): {detail}")


def print_in_child(paths: Iterable[Path], printer: QPrinter,
                   progress: Callable[[int, int], None] | None = None) -> Printed:
    """print_pdfs in a child process. Blocking: call it from a worker thread. `progress` is
    called in this thread and may raise Cancelled (a ProgressBridge's token is also watched
    between reports): the child then ends the job with the pages already sent, and its
    Printed (cancelled) is returned."""
    ctx = mp.get_context("spawn")  # the same on Windows and Linux; no fork of a Qt process
    events, stop = ctx.Queue(), ctx.Event()
    child = ctx.Process(target=_child, args=([str(p) for p in paths], PrinterSettings.of(printer), events, stop),
                        name="jiarenbase-print", daemon=True)
    child.start()
    quiet = 0.0

    def report(done: int, total: int) -> None:
        if progress is not None and not stop.is_set():
            try:
                progress(done, total)
            except Cancelled:
                stop.set()  # the child stops before its next page and ends the job

    try:
        while True:
            try:
                event = events.get(timeout=POLL_S)
            except queue.Empty:
                quiet += POLL_S
                token = getattr(progress, "token", None)  # a ProgressBridge's: Cancel reaches the child mid-page
                if token is not None and token.cancelled:
                    stop.set()
                if not child.is_alive() and events.empty():
                    raise JiarenError(f"打印进程意外退出（代码 {child.exitcode}），请重新打印。",
                                      f"The print process ended unexpectedly (code {child.exitcode}).") from None
                if quiet > QUIET_S:
                    raise JiarenError("打印进程没有响应，已停止，请重新打印。",
                                      "The print process stopped responding.") from None
                continue
            quiet = 0.0
            if event[0] == "progress":
                report(event[1], event[2])
            elif event[0] == "done":
                return event[1]
            else:
                raise JiarenError(event[1], event[2])
    finally:
        child.join(timeout=30)
        if child.is_alive():
            child.terminate()
            child.join(timeout=5)
        events.close()
