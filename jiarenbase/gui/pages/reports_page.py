"""报表: choose a printed report and what it covers, build it in the background
with a progress bar and Cancel, then check it in a preview, print it (widgets/
report_printing.py: the system's PDF program on Windows, else JiarenBase in the
background) or open its folder. Staff only; a mentor sees a calm note that the
office prints reports.

    page = ReportsPage(ctx)      # loads the choices when first shown (LazyLoad), or on refresh()
    page.select_kind(ReportKind.COHORT); page.scope.select(page.ui.cohort, cohort_id)
    page.start_build()           # → built(ReportResult) or build_failed(exception)
"""
# zh_CN: English → 中文
#   Reports → 报表; Report → 报表类型; Scope → 范围; Save to → 保存位置
#   Partner school → 合作院校; Cohort → 批次; Student → 学员; Mentor → 导师; Year → 年份
#   Start dates → 开班日期; Only cohorts that started between → 只含开班日期在此范围内的批次; and → 至
#   Output → 输出方式; Whole cohort: one PDF → 整批：一个PDF; One file per student → 每人一个文件
#   Show full ID numbers (for official submission) → 显示完整身份证号（正式报送用）
#   Purpose → 用途说明; e.g. subsidy application to the district → 如：报送区人社局补贴申请
#   File → 文件; Browse… → 浏览…; Build report → 生成报表; Cancel → 取消
#   Print… → 打印…; Open folder → 打开所在文件夹
#   Choose a report and what it covers on the left, then press Build report. The finished PDF appears here, ready to
#     check and print.
#     → 在左侧选择报表和范围，然后点击“生成报表”。生成的PDF会显示在这里，可核对后打印。
#   One per student, landscape, with its register number, completion date, hours and QR code for checking.
#     → 每名学员一张，横版：登记编号、结业日期、学时和核验二维码。
#   One student's 结业报告 or 阶段报告: stages, sessions, growth chart, assessment, appraisal, signatures.
#     → 单个学员的结业报告或阶段报告：阶段、实训、成长曲线、综合评定、鉴定意见和签章栏。
#   For a partner school: cover, rates per cohort, roster, then each student's report.
#     → 报送合作院校：封面、各批次比率汇总、名册，以及每名学员的报告。
#   One cohort: mentors, pass rate per stage, rates and roster. → 单个批次：导师、各阶段通过率、各项比率和名册。
#   Students guided and sessions led per mentor over a period (the last full month by default).
#     → 每位导师在一个期间内（默认上一个整月）带教的学员和带训场次。
#   Cohorts that ended in the year and their outcomes; the year's sessions, rooms, enterprise orders and exams;
#     compared with last year.
#     → 当年结业批次的学员成果（结业、取证、去向），全年实训、直播间、企业培训和考试，并与上年对比。
#   Cover sheet per eligible graduate for the district centre (full ID numbers), and who is not eligible and why.
#     → 每名符合条件的毕业生一张（报送区就业促进中心，完整身份证号），并列出不符合条件者及原因。
#   Appraisal… → 鉴定意见…
#   The mentor's appraisal printed in the student report's closing block → 学员报告结尾“鉴定意见”栏打印的导师意见
#   Mask ID numbers (the district centre needs them in full) → 遮盖身份证号（区就业促进中心需要完整号码）
#   Reports and certificates are printed by the academic office (教务). Please ask them when you need one.
#     → 报表和证书由教务打印，需要时请联系教务。
#   Loading… → 正在载入…
#   Choose where to save the report. → 请选择报表的保存位置。
#   Building the report… → 正在生成报表…; Building the report… %1 of %2 → 正在生成报表… %1 / %2
#   Cancelling… → 正在取消…; Cancelled; no file was written. → 已取消，没有生成文件。
#   Pages: %1 · %2 → 共 %1 页 · %2
#   %1 files · %2 pages in all · in %3 (showing the first file)
#     → 共 %1 个文件 · 合计 %2 页 · 保存在 %3（预览第一个文件）
#   The report is ready. → 报表已生成。
#   Page → 页码
#   of %1 (Page Up / Page Down turn the pages) → / 共 %1 页（PageUp / PageDown 翻页）
#   The report was built but cannot be shown: %1 → 报表已生成，但无法预览：%1
#   PDF files (*.pdf) → PDF 文件 (*.pdf)
#   Save the report as → 报表另存为
#   Choose a folder for the files → 选择存放文件的文件夹
from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QWidget

from ...core.errors import JiarenError, PermissionDenied, ValidationError
from ...core.services.progress import Cancelled, CancelToken
from ...core.services.report_process import build_in_child
from ...core.services.reports import (
    ReportKind,
    ReportResult,
    build_report,
    check_request,
    default_filename,
    report_scopes,
)
from ..context import AppContext
from ..forms.ui_reports_page import Ui_ReportsPage
from ..lazy import LazyLoad
from ..widgets.field_error import FieldErrors
from ..widgets.progress import ProgressBridge
from ..widgets.report_printing import ReportPrinting
from ..widgets.report_scope import ReportScope

FOLDER = "JiarenBase报表"  # under the user's Documents folder
PATH_FIELD = "保存位置"
REPORT_EVERY_S = 0.05  # the worker reports progress to the GUI at most ~20 times a second


class ThrottledBridge(ProgressBridge):
    """ProgressBridge that checks Cancel on every call but tells the GUI only now
    and then (a report calls progress thousands of times)."""

    def __init__(self, token: CancelToken, parent=None) -> None:
        super().__init__(token, parent)
        self._last, self._total = 0.0, -1

    def __call__(self, done: int, total: int = 0) -> None:  # worker thread
        self.token.raise_if_cancelled()
        now = time.monotonic()
        if total != self._total or (total and done >= total) or now - self._last >= REPORT_EVERY_S:
            self._last, self._total = now, total
            super().__call__(done, total)


def build_into(db, actor, request, out: Path, progress, in_child: bool = True) -> ReportResult:
    """The operation (worker thread): make the folder, then build — in a child process, so
    ReportLab never competes with the window for the interpreter (report_process.py)."""
    folder = out if request.one_file_per_student else out.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:  # said at the path field, not as a crash
        reason = exc.strerror or type(exc).__name__
        raise ValidationError.of(PATH_FIELD, f"无法创建文件夹“{folder}”（{reason}），请选择其他位置。",
                                 f"Cannot create the folder “{folder}” ({reason}); choose another place.",
                                 "Save to") from exc
    build = build_in_child if in_child else build_report
    return build(db, actor, request, out, progress=progress)


class ReportsPage(QWidget):
    built = Signal(object)  # ReportResult
    build_failed = Signal(object)  # the exception (Cancelled too)
    progressed = Signal(int, int)  # (done, total) as the build reports it
    scopes_loaded = Signal()  # the schools, cohorts, mentors and years to choose from arrived

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ReportsPage()
        self.ui.setupUi(self)
        self.setObjectName("reports")
        self.result: ReportResult | None = None
        self.token: CancelToken | None = None
        self.in_child = True  # build in a child process (report_process.py); False: in the worker thread
        self._bridge: ThrottledBridge | None = None  # the running build's progress
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        self._path_edited = False
        self._path_mode: tuple | None = None
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.kindHeading.setStyleSheet("font-weight: 600;")
        ui.resultTitle.setStyleSheet("font-size: 15px; font-weight: 600;")
        ui.emptyHint.setStyleSheet("color: palette(mid); font-size: 14px;")
        ui.deniedLabel.setStyleSheet("font-size: 15px;")
        ui.workspace.setStretchFactor(1, 1)
        self.errors = FieldErrors(ui.formError, ctx.lang)
        self.errors.bind(PATH_FIELD, ui.outputPath, ui.outputPathError)
        self.scope = ReportScope(ctx, ui, self.errors, self)
        self.scope.changed.connect(self._scope_changed)
        self._fill_kinds()
        ui.kindList.currentItemChanged.connect(
            lambda item, _old: item and self.select_kind(item.data(Qt.ItemDataRole.UserRole)))
        ui.outputPath.textEdited.connect(self._path_typed)
        ui.browse.clicked.connect(self.browse)
        ui.build.clicked.connect(self.start_build)
        ui.cancel.clicked.connect(self.cancel)
        self.printing = ReportPrinting(ctx, ui, self)
        self.printing.busy_changed.connect(lambda _busy: self._set_busy(self.busy))
        ui.printButton.clicked.connect(self.print_report)
        ui.openFolder.clicked.connect(self.open_folder)
        ui.appraisalButton.clicked.connect(self.edit_appraisal)
        ui.pageSpin.valueChanged.connect(lambda n: ui.preview.show_page(n - 1))
        ui.preview.pageNavigator().currentPageChanged.connect(self._page_turned)
        self._show_page_turner()
        self._set_busy(False)
        ui.previewStack.setCurrentWidget(ui.emptyHint)
        ui.kindList.setCurrentRow(list(ReportKind).index(ReportKind.COHORT))

    def edit_appraisal(self) -> None:
        """鉴定意见 of the chosen student, written before the report is printed."""
        from ..dialogs.appraisal_dialog import edit_appraisal

        student_id = self.scope.request().student_id
        if student_id is not None:
            edit_appraisal(self, self.ctx, student_id)

    # -- the report kinds --------------------------------------------------------
    def _fill_kinds(self) -> None:
        about = {
            ReportKind.CERTIFICATE: self.tr(
                "One per student, landscape, with its register number, completion date, hours and QR code for "
                "checking."),
            ReportKind.STUDENT: self.tr(
                "One student's 结业报告 or 阶段报告: stages, sessions, growth chart, assessment, appraisal, "
                "signatures."),
            ReportKind.SCHOOL: self.tr(
                "For a partner school: cover, rates per cohort, roster, then each student's report."),
            ReportKind.COHORT: self.tr("One cohort: mentors, pass rate per stage, rates and roster."),
            ReportKind.MENTOR: self.tr(
                "Students guided and sessions led per mentor over a period (the last full month by default)."),
            ReportKind.ANNUAL: self.tr(
                "Cohorts that ended in the year and their outcomes; the year's sessions, rooms, enterprise orders "
                "and exams; compared with last year."),
            ReportKind.SUBSIDY: self.tr(
                "Cover sheet per eligible graduate for the district centre (full ID numbers), and who is not "
                "eligible and why.")}
        for kind in ReportKind:
            name = kind.zh if self.ctx.lang == "zh" else kind.value.capitalize()
            item = QListWidgetItem(f"{name}\n{about[kind]}")
            item.setData(Qt.ItemDataRole.UserRole, kind)
            item.setToolTip(about[kind])
            self.ui.kindList.addItem(item)
        rows = self.ui.kindList.sizeHintForRow(0) * self.ui.kindList.count()  # one line of description each
        self.ui.kindList.setFixedHeight(rows + 2 * self.ui.kindList.frameWidth() + 4)

    def select_kind(self, kind: ReportKind) -> None:
        kind = ReportKind(kind)
        row = list(ReportKind).index(kind)
        if self.ui.kindList.currentRow() != row:
            self.ui.kindList.setCurrentRow(row)  # comes back here through currentItemChanged
            return
        self.errors.clear()
        self.scope.set_kind(kind)

    # -- loading the choices -----------------------------------------------------
    def refresh(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ui.status.setText(self.tr("Loading…"))
        self.ctx.ops.run(self, report_scopes, self.ctx.db, self.ctx.actor, success=self._scopes_loaded,
                         failure=self._scopes_failed, latest="scopes")

    def _scopes_loaded(self, scopes) -> None:
        self.ui.status.setText("")
        self.scope.set_scopes(scopes)
        self.scopes_loaded.emit()

    def _scopes_failed(self, exc: JiarenError) -> None:
        self.ui.status.setText("")
        if isinstance(exc, PermissionDenied):
            self._show_denied()
        else:
            self.errors.set_general(self.ctx.message(exc))

    def _show_denied(self) -> None:
        self.ui.deniedLabel.setText(self.tr("Reports and certificates are printed by the academic office (教务). "
                                            "Please ask them when you need one."))
        self.ui.pageStack.setCurrentWidget(self.ui.deniedLabel)

    @property
    def denied(self) -> bool:
        return self.ui.pageStack.currentWidget() is self.ui.deniedLabel

    # -- where the file goes -----------------------------------------------------
    def _scope_changed(self) -> None:
        mode = (self.scope.kind, self.scope.per_student())
        if mode != self._path_mode:  # another report or file/folder: a fresh default
            self._path_mode = mode
            self._path_edited = False
        if not self._path_edited:
            self.ui.outputPath.setText(str(self.default_path()))

    def default_path(self) -> Path:
        documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) \
            or str(Path.home())
        name = default_filename(self.scope.kind, self.scope.label())
        if self.scope.per_student():
            name = name.removesuffix(".pdf")
        return Path(documents) / FOLDER / name

    def _path_typed(self, _text: str) -> None:
        self._path_edited = True
        self.errors.set_error(PATH_FIELD, "")

    def browse(self) -> None:
        current = self.ui.outputPath.text().strip() or str(self.default_path())
        if self.scope.per_student():
            chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the files"), current)
        else:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Save the report as"), current,
                                                    self.tr("PDF files (*.pdf)"))
            if chosen and not chosen.lower().endswith(".pdf"):
                chosen += ".pdf"
        if chosen:
            self.ui.outputPath.setText(str(Path(chosen)))
            self._path_typed(chosen)

    # -- building ----------------------------------------------------------------
    def start_build(self) -> bool:
        """Check the choices and start the build; False when a field needs fixing."""
        if self.token is not None or self.printing.busy:  # a print job reads the current file
            return False
        self.errors.clear()
        self.ui.status.setText("")
        request = self.scope.request()
        problems = []
        try:
            check_request(request, self.ctx.actor)
        except ValidationError as exc:
            problems = list(exc.problems)
        except PermissionDenied:
            self._show_denied()
            return False
        text = self.ui.outputPath.text().strip()
        if not text:
            self.errors.show_problems(problems)
            self.errors.set_error(PATH_FIELD, self.tr("Choose where to save the report."))
            self.ui.outputPath.setFocus()
            return False
        if problems:
            self._show_problems(problems)
            return False
        self.ui.preview.clear()  # Windows: an open file cannot be replaced
        self.token = CancelToken()
        self._bridge = ThrottledBridge(self.token, self)  # destroyed with the page: the build is cancelled
        self._bridge.reported.connect(self._progressed)
        self._set_busy(True)
        # A page destroyed meanwhile gets no result; `after` also ends the busy state
        # when the build died of an unexpected error (that one goes to the crash dialog).
        self.ctx.ops.run(self, build_into, self.ctx.db, self.ctx.actor, request, Path(text), self._bridge,
                         self.in_child, success=self._built, failure=self._failed, after=self._build_ended,
                         latest="build")
        return True

    def cancel(self) -> None:
        if self.token is not None and not self.token.cancelled:
            self.token.cancel()
            self.ui.status.setText(self.tr("Cancelling…"))
            self.ui.cancel.setEnabled(False)

    @property
    def busy(self) -> bool:
        return self.token is not None

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        ui.build.setEnabled(not busy and not self.printing.busy)
        ui.printButton.setEnabled(not busy and not self.printing.busy)
        ui.chooser.setProperty("busy", busy)
        for widget in (ui.kindList, ui.scopeBox, ui.saveBox):
            widget.setEnabled(not busy)
        ui.progress.setVisible(busy)
        ui.cancel.setVisible(busy)
        ui.cancel.setEnabled(busy)
        if busy:
            ui.progress.setRange(0, 0)
            ui.status.setText(self.tr("Building the report…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.token is None or self.token.cancelled:
            return
        if total > 0:
            self.ui.progress.setRange(0, total)
            self.ui.progress.setValue(min(done, total))
            self.ui.status.setText(self.tr("Building the report… %1 of %2").replace("%1", f"{done:,}")
                                   .replace("%2", f"{total:,}"))
        self.progressed.emit(done, total)

    def _build_ended(self) -> None:
        if self._bridge is not None:
            self._bridge.deleteLater()  # progress still queued from the build is dropped with it
            self._bridge = None
        if self.token is not None:
            self.token = None
            self._set_busy(False)
            self.ui.status.setText("")

    def _built(self, result: ReportResult) -> None:
        self.token = None
        self._set_busy(False)
        self.ui.status.setText(self.tr("The report is ready."))
        self.show_result(result)
        self.built.emit(result)

    def _failed(self, exc: JiarenError) -> None:
        self.token = None
        self._set_busy(False)
        self.ui.status.setText("")
        if isinstance(exc, Cancelled):
            self.ui.status.setText(self.tr("Cancelled; no file was written."))
        elif isinstance(exc, ValidationError):
            self._show_problems(exc.problems)
        elif isinstance(exc, PermissionDenied):
            self._show_denied()
        else:
            self.errors.set_general(self.ctx.message(exc))
        if self.result is not None and self.result.paths and self.result.paths[0].exists():
            self.ui.preview.load(self.result.paths[0])  # the earlier report stays on show
        self.build_failed.emit(exc)

    def _show_problems(self, problems) -> None:
        first = self.errors.show_problems(problems)
        if first is not None:
            first.setFocus()

    # -- the result --------------------------------------------------------------
    def show_result(self, result: ReportResult) -> None:
        self.result = result
        ui = self.ui
        ui.previewStack.setCurrentWidget(ui.previewPage)
        ui.resultTitle.setText(result.title)
        if not result.paths:
            ui.resultInfo.setText("")
            return
        first = result.paths[0]
        if ui.preview.load(first) == 0:
            self.errors.set_general(self.tr("The report was built but cannot be shown: %1").replace("%1", str(first)))
        if len(result.paths) > 1:
            ui.resultInfo.setText(self.tr("%1 files · %2 pages in all · in %3 (showing the first file)")
                                  .replace("%1", str(len(result.paths))).replace("%2", str(result.pages))
                                  .replace("%3", str(first.parent)))
        else:
            ui.resultInfo.setText(self.tr("Pages: %1 · %2").replace("%1", str(result.pages)).replace("%2", str(first)))
        self._show_page_turner()

    def _show_page_turner(self) -> None:
        """A long document is previewed one page at a time, with a page number to go to."""
        ui, single = self.ui, self.ui.preview.single_page
        for widget in (ui.pageLabel, ui.pageSpin, ui.pageTotal):
            widget.setVisible(single)
        if single:
            ui.pageSpin.blockSignals(True)
            ui.pageSpin.setRange(1, max(ui.preview.page_count(), 1))
            ui.pageSpin.setValue(ui.preview.current_page() + 1)
            ui.pageSpin.blockSignals(False)
            ui.pageTotal.setText(self.tr("of %1 (Page Up / Page Down turn the pages)")
                                 .replace("%1", str(ui.preview.page_count())))

    def _page_turned(self, index: int) -> None:
        self.ui.pageSpin.blockSignals(True)
        self.ui.pageSpin.setValue(index + 1)
        self.ui.pageSpin.blockSignals(False)

    def result_folder(self) -> Path | None:
        if self.result is None or not self.result.paths:
            return None
        return self.result.paths[0].parent

    def open_folder(self) -> None:
        folder = self.result_folder()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def print_report(self) -> bool:
        """Print the report's file(s) the way this desktop prints (widgets/report_printing.py);
        False when nothing was started."""
        return self.printing.start(self.result)
