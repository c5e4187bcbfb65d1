"""Benchmark figure of printing from the desktop, issue 16:

    GUI event loop while JiarenBase prints a 300-page pack: longest stall — the 报表 page
        prints pages 1–300 of the 1,000-student partner-school pack of figures_reports.py
        the way a desktop without a system PDF program does (widgets/report_printing.py →
        gui/print_job.py → widgets/pdf_printing.py: 300 dpi, in a worker thread through the
        desktop's Operations), to a QPrinter that writes a PDF file, while a 10 ms QTimer on
        the GUI thread records the longest gap between its ticks, up to the job's end.
        Target < 50 ms. Baseline: the longest gap of the same timer on an idle event loop
        over the same length of time.

The first design rendered and drew each page in one Qt call on the GUI thread (the window
froze for the whole job); in a worker thread the same calls still stalled the window for
200–370 ms, because PySide6 holds the GIL for the whole of each call: pages are now rendered
and drawn in strips of a few milliseconds each.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

PAGES = 300
PACK = "printing_pack_v1.pdf"  # built once from figures_reports' database, cached in `work`
PRINT_TIMEOUT_S = 900


def _pack(work: Path):
    """The school pack as a ReportResult (built on the first run)."""
    import figures_reports

    from jiarenbase.core.services.context import Actor
    from jiarenbase.core.services.reports import ReportKind, ReportRequest, ReportResult, build_report

    path = work / PACK
    if not path.exists():
        db, school_id, _cohort = figures_reports._database(work)
        try:
            part = work / (PACK + ".building.pdf")
            result = build_report(db, Actor.system(), ReportRequest(ReportKind.SCHOOL, school_id=school_id), part,
                                  today=figures_reports.TODAY)
            part.rename(path)
        finally:
            db.dispose()
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    document.close()
    if pages < PAGES:
        raise harness.NotMeasured(f"the pack {path} has {pages} pages, fewer than {PAGES}")
    result = ReportResult(ReportKind.SCHOOL, (path,), pages, "合作院校报告包")
    return result


def figures(work: Path):
    import figures_reports_gui
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QApplication, QDialog

    from jiarenbase.gui import system_print
    from jiarenbase.gui.widgets import report_printing

    app = QApplication.instance() or QApplication([])
    figures_reports_gui._themed(app, work)
    result = _pack(work)
    out = work / "printing_out.pdf"
    out.unlink(missing_ok=True)

    class PrintToFile:  # the print dialog, accepted with pages 1–300 on a printer that writes a PDF file
        PrintDialogOption = report_printing.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(out))
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(1, PAGES)

        def setOption(self, *_args):
            pass

        def setMinMax(self, *_args):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    import figures_reports

    saved = report_printing.QPrintDialog, system_print.is_windows
    report_printing.QPrintDialog = PrintToFile
    system_print.is_windows = lambda: False  # this figure is the fallback's, on any system
    try:
        yield from _measure(work, figures_reports_gui, figures_reports, result, out)
    finally:
        report_printing.QPrintDialog, system_print.is_windows = saved


def _measure(work: Path, figures_reports_gui, figures_reports, result, out: Path):
    from jiarenbase.core.services.context import Actor
    from jiarenbase.gui.pages.reports_page import ReportsPage

    db, _school, _cohort = figures_reports._database(work)
    ctx = harness.app_context(db, Actor.system(), work)
    page = ReportsPage(ctx)
    page.resize(1280, 820)
    harness.wait_for(page.scopes_loaded, page.show, 120, "the report choices")
    page.show_result(result)

    from jiarenbase.gui.app import settle_heap

    settle_heap()  # as the desktop does once its window is shown
    meter = figures_reports_gui.StallMeter()
    meter.start()
    t0 = time.perf_counter()
    (printed,) = harness.wait_for(page.printing.printed, page.print_report, PRINT_TIMEOUT_S,
                                  f"printing {PAGES} pages")
    meter.stop()
    elapsed_ms = (time.perf_counter() - t0) * 1000
    printing = meter.longest
    harness.wait_until(lambda: not page.printing.busy, 30, "the print job's end")
    if printed.pages != PAGES or printed.cancelled:
        raise harness.NotMeasured(f"the job printed {printed.pages} of {printed.wanted} pages")
    spool_mb = out.stat().st_size / 1e6

    meter.start()  # the same event loop, idle, for as long as the job took
    harness.run_events_for(elapsed_ms)
    meter.stop()
    idle = meter.longest
    print(f"  ({PAGES} pages of a {result.pages}-page pack in {elapsed_ms / 1000:.1f} s, "
          f"{elapsed_ms / PAGES:.0f} ms a page, a {spool_mb:.0f} MB PDF spool; "
          f"switch interval {sys.getswitchinterval() * 1000:g} ms)", flush=True)
    out.unlink(missing_ok=True)
    yield harness.under(f"GUI event loop while JiarenBase prints a {PAGES}-page pack: longest stall", printing, 50,
                        "idle event loop", idle)
    page.close()
    harness.drain(ctx)
    db.dispose()
