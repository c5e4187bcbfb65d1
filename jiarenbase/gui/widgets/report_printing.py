"""The 报表 page's printing: which way this desktop prints, the print itself, its
progress and Cancel (the page's print bar: printWay, printHere, printStatus,
printProgress, printCancel, and the Print… button).

    printing = ReportPrinting(ctx, page.ui, page)
    printing.start(result)   # a ReportResult; False when nothing was started

- Windows: the finished PDF(s) go to the system's PDF program, which prints them on
  the default printer (system_print.py) after one confirmation with the page count.
  A desktop without such a program is told so and prints through JiarenBase.
- Elsewhere, or when "Choose the printer and pages" is ticked: the print dialog with
  a page range counted across all files, then JiarenBase prints at 300 dpi in the
  background (print_job.py: a child process) with "正在打印 第 x / y 页" and Cancel. One job at a time;
  the page closed, or the app quitting, while printing cancels the job at its next page.
"""
# zh_CN: English → 中文
#   Printed by this computer's PDF program, on the default printer → 由系统的 PDF 程序打印（默认打印机）
#   Printed by JiarenBase (300 dpi) → 由 JiarenBase 打印（300 dpi）
#   Choose the printer and pages → 选择打印机和页码
#   Print → 打印; Print %1 pages on the default printer? → 在默认打印机上打印 %1 页？
#   Printing page %1 of %2 → 正在打印 第 %1 / %2 页
#   Cancelling… → 正在取消…
#   Sent %1 pages to the printer. → 已发送 %1 页到打印机。
#   Printing cancelled: %1 of %2 pages were sent; the rest were not printed.
#     → 已取消打印：已发送 %1 / %2 页，其余的没有打印。
#   No page of the file lies in the chosen range. → 所选页码范围内没有可打印的页。
#   The printer did not start; nothing was printed. → 打印机没有启动，没有打印任何页。
#   Handed %1 file(s) to this computer's PDF program for the default printer. If nothing prints within a few
#     minutes, look at the printer's queue in Windows.
#     → 已交给系统的 PDF 程序在默认打印机上打印（%1 个文件）。几分钟后仍未打印，请查看 Windows 的打印队列。
#   This computer has no program that prints PDF files (such as Adobe Reader or WPS), so JiarenBase prints them
#     (300 dpi).
#     → 这台电脑没有能打印 PDF 的程序（如 Adobe Reader、WPS），改由 JiarenBase 打印（300 dpi）。
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from ...core.errors import JiarenError
from .. import system_print
from ..print_job import PrintJob
from .pdf_printing import Printed


class ReportPrinting(QObject):
    busy_changed = Signal(bool)  # a JiarenBase print job started (True) or ended (False)
    handed = Signal(int)  # files handed to the system's PDF program
    printed = Signal(object)  # Printed: how a JiarenBase print job ended

    def __init__(self, ctx, ui, parent: QWidget) -> None:
        super().__init__(parent)
        self.ctx, self.ui, self.widget = ctx, ui, parent
        self.job: PrintJob | None = None
        self.in_child = True  # print in a child process (pdf_printing.print_in_child); False: in the worker
        self.system = system_print.is_windows()
        ui.printHere.setVisible(self.system)
        ui.printHere.toggled.connect(lambda _on: self._show_way())
        ui.printCancel.clicked.connect(self.cancel)
        # The app quitting cancels too: its page may not be deleted before it waits for its background calls.
        QCoreApplication.instance().aboutToQuit.connect(self.cancel)
        ui.printWay.setStyleSheet("color: palette(mid);")
        longest = self.tr("Printing page %1 of %2").replace("%1", "8,888").replace("%2", "8,888")
        ui.printStatus.setMinimumWidth(ui.printStatus.fontMetrics().horizontalAdvance(longest) + 8)  # on one line
        self._show_way()
        self._show_busy(False)

    @property
    def busy(self) -> bool:
        return self.job is not None

    def by_system(self) -> bool:
        return self.system and not self.ui.printHere.isChecked()

    def _show_way(self) -> None:
        self.ui.printWay.setText(self.tr("Printed by this computer's PDF program, on the default printer")
                                 if self.by_system() else self.tr("Printed by JiarenBase (300 dpi)"))

    def _show_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.printButton.setEnabled(not busy)
        ui.printHere.setEnabled(not busy)
        ui.printProgress.setVisible(busy)
        ui.printCancel.setVisible(busy)
        ui.printCancel.setEnabled(busy)

    # -- starting --------------------------------------------------------------
    def start(self, result) -> bool:
        """Print the report's file(s); False when nothing was started (declined, or busy)."""
        if self.busy or result is None or not result.paths:
            return False
        self.ui.printStatus.setText("")
        paths, note = list(result.paths), ""
        if self.by_system():
            if not self._confirmed(result.pages):
                return False
            left = system_print.hand_to_system(paths)
            if len(left) < len(paths):
                self.ui.printStatus.setText(
                    self.tr("Handed %1 file(s) to this computer's PDF program for the default printer. If nothing "
                            "prints within a few minutes, look at the printer's queue in Windows.")
                    .replace("%1", str(len(paths) - len(left))))
                self.handed.emit(len(paths) - len(left))
            if not left:
                return True
            paths = left
            note = self.tr("This computer has no program that prints PDF files (such as Adobe Reader or WPS), "
                           "so JiarenBase prints them (300 dpi).")
            self.ui.printHere.setChecked(True)  # says so in the print bar from now on
            self.ui.printStatus.setText(note)
        return self._print_here(paths, result, note)

    def _confirmed(self, pages: int) -> bool:
        answer = QMessageBox.question(self.widget, self.tr("Print"),
                                      self.tr("Print %1 pages on the default printer?").replace("%1", f"{pages:,}"))
        return answer == QMessageBox.StandardButton.Yes

    def _print_here(self, paths, result, note: str) -> bool:
        printer = QPrinter(QPrinter.PrinterMode.PrinterResolution)  # 300 dpi is set by print_pdfs
        printer.setDocName(result.title)
        dialog = QPrintDialog(printer, self.widget)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(result.pages, 1))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.job = PrintJob(self.ctx, paths, printer, self, self.in_child)
        self.job.progressed.connect(self._progressed)
        self.job.finished.connect(self._finished)
        self.job.failed.connect(self._failed)
        self.job.ended.connect(self._ended)
        self.ui.printProgress.setRange(0, 0)
        self.ui.printStatus.setText(note)
        self._show_busy(True)
        self.busy_changed.emit(True)
        self.job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None and not self.job.cancelled:
            self.job.cancel()
            self.ui.printStatus.setText(self.tr("Cancelling…"))
            self.ui.printCancel.setEnabled(False)

    # -- while and after printing ------------------------------------------------
    def _progressed(self, done: int, total: int) -> None:
        self.ui.printProgress.setRange(0, max(total, 1))
        self.ui.printProgress.setValue(done)
        self.ui.printStatus.setText(self.tr("Printing page %1 of %2").replace("%1", f"{done + 1:,}")
                                    .replace("%2", f"{total:,}"))

    def _finished(self, printed: Printed) -> None:
        if printed.cancelled:
            text = self.tr("Printing cancelled: %1 of %2 pages were sent; the rest were not printed.") \
                .replace("%1", f"{printed.pages:,}").replace("%2", f"{printed.wanted:,}")
        elif printed.wanted == 0:
            text = self.tr("No page of the file lies in the chosen range.")
        elif printed.pages == 0:
            text = self.tr("The printer did not start; nothing was printed.")
        else:
            text = self.tr("Sent %1 pages to the printer.").replace("%1", f"{printed.pages:,}")
        self.ui.printStatus.setText(text)
        self.printed.emit(printed)

    def _failed(self, exc: JiarenError) -> None:
        self.ui.printStatus.setText(self.ctx.message(exc))

    def _ended(self) -> None:
        if self.job is not None:
            self.job.deleteLater()
            self.job = None
        self._show_busy(False)
        self.busy_changed.emit(False)
