"""One print run by JiarenBase itself (the fallback when the system's PDF program does
not print): the pages are rendered and drawn in a child process that a worker thread
of ctx.ops waits on (widgets/pdf_printing.py: print_in_child), never on the GUI thread.

    job = PrintJob(ctx, paths, printer, parent=page)   # the printer as the print dialog left it
    job.progressed.connect(...)   # (pages sent, pages wanted), before each page
    job.finished.connect(...)     # Printed(pages, wanted, cancelled)
    job.failed.connect(...)       # a JiarenError
    job.ended.connect(...)        # however it ended
    job.start(); job.cancel()     # Cancel: stops between pages, ends the job with the pages sent

The job belongs to its parent: when the parent is destroyed (the page or window
closed), the job is cancelled at the next page and nothing is delivered. The
QPrinter is left to the worker until the job ends; the GUI thread does not touch it.
`in_child=False` prints in the worker thread itself (tests: no process to start).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtPrintSupport import QPrinter

from ..core.errors import JiarenError
from ..core.services.progress import CancelToken
from .context import AppContext
from .widgets.pdf_printing import Printed, print_in_child, print_pdfs
from .widgets.progress import ProgressBridge


class PrintJob(QObject):
    progressed = Signal(int, int)  # pages sent, pages wanted
    finished = Signal(object)  # Printed
    failed = Signal(object)  # JiarenError
    ended = Signal()  # after finished or failed, and after an unexpected error (that one: the crash dialog)

    def __init__(self, ctx: AppContext, paths: list[Path], printer: QPrinter, parent: QObject,
                 in_child: bool = True) -> None:
        super().__init__(parent)
        self.in_child = in_child
        self.ctx = ctx
        self.paths = list(paths)
        self.printer = printer
        self.token = CancelToken()
        self.bridge = ProgressBridge(self.token, self)  # destroyed with the job: the run is cancelled
        self.bridge.reported.connect(self._reported)
        self.running = False

    def start(self) -> None:
        self.running = True
        call = print_in_child if self.in_child else print_pdfs
        self.ctx.ops.run(self, call, self.paths, self.printer, self.bridge, success=self._printed,
                         failure=self._failed, after=self._ended, latest="print")

    def cancel(self) -> None:
        self.token.cancel()

    @property
    def cancelled(self) -> bool:
        return self.token.cancelled

    def _reported(self, done: int, total: int) -> None:
        if self.running and not self.token.cancelled:
            self.progressed.emit(done, total)

    def _printed(self, printed: Printed) -> None:
        self.running = False
        self.finished.emit(printed)

    def _failed(self, exc: JiarenError) -> None:
        self.running = False
        self.failed.emit(exc)

    def _ended(self) -> None:
        self.running = False
        self.ended.emit()
