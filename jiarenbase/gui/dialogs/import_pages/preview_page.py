"""Import wizard, page 3: the roster as read and checked, before anything is saved.

The file is read by roster_import.preview_roster through ctx.ops (the newest read
only); a busy bar shows the rows read so far. A file that cannot be read at all
(ImportFileError) is explained on the page and Back stays available.
"""
# zh_CN: English → 中文
#   "Reading “%1”…" → "正在读取“%1”…"
#   "Reading “%1”… %2 rows so far" → "正在读取“%1”… 已读 %2 行"
#   "%1 to import (%2 with a warning), %3 skipped (already enrolled or repeated), %4 rows with errors, not imported"
#     → "可导入 %1 人（其中 %2 人带提醒），跳过 %3 人（已在册或重复），%4 行有错误、不导入"
#   "Sheet “%1”, header on row %2." → "工作表“%1”，表头在第 %2 行。"
#   "Header on row %1." → "表头在第 %1 行。"
#   "Columns not used: %1." → "未使用的列：%1。"
#   "Other sheets, not read: %1." → "未读取的其他工作表：%1。"
#   "Reading stopped at row %1 (a total or signature line)." → "读到第 %1 行（合计或签名行）为止。"
#   "The file has a header but no student rows. Go back to choose another file."
#     → "该文件只有表头，没有学员数据。请返回选择其他文件。"
#   "There are no new students to import. Continue to save the rows with problems as a list, or go back."
#     → "没有可新增的学员。可继续下一步保存错误清单，或返回上一步。"
#   "The file could not be read. Go back to choose another file, or correct this one and try again."
#     → "无法读取该文件。请返回选择其他文件，或改正后重试。"
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QHeaderView, QWizardPage

from ....core.errors import JiarenError
from ....core.services import roster_import
from ....core.services.progress import Cancelled, CancelToken
from ...forms.ui_import_wizard_preview_page import Ui_ImportPreviewPage
from ...models.roster_preview_model import PROBLEMS_COLUMN, RosterPreviewModel
from ...widgets.progress import ProgressBridge
from ...widgets.tinted_rows import TintedRowsDelegate
from .common import NOTE_STYLE, show_message

MAX_COLUMN_WIDTH = 260
MIN_PROBLEMS_WIDTH = 240  # the problems column is at least this wide (it wraps), and the user can widen it
WRAP_ROWS = 2000  # up to this many rows, each row is as tall as its problems text


class ImportPreviewPage(QWizardPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportPreviewPage()
        self.ui.setupUi(self)
        self.model = RosterPreviewModel(ctx.lang, self)
        self.ui.table.setModel(self.model)
        self.ui.table.setItemDelegate(TintedRowsDelegate(self.ui.table))
        self.ui.table.setWordWrap(True)
        self.ui.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.ui.table.setHorizontalScrollMode(self.ui.table.ScrollMode.ScrollPerPixel)
        self.ui.problemsOnlyCheck.toggled.connect(self.model.set_problems_only)
        self._fitting = False
        self._user_sized = False  # the problems column was dragged: it then keeps its width
        self.ui.table.horizontalHeader().sectionResized.connect(self._section_resized)
        self.ui.table.viewport().installEventFilter(self)
        self.preview = None
        self.reading = False
        self._token: CancelToken | None = None
        self._reset()

    def _reset(self) -> None:
        self.preview = None
        self.model.set_preview(None)
        self.ui.counts.setText("")
        self.ui.counts.setStyleSheet("font-weight: 600;")
        show_message(self.ui.info, "", NOTE_STYLE)
        show_message(self.ui.message, "")
        self.ui.readingBar.hide()
        self.ui.table.show()
        self.ui.problemsOnlyCheck.setChecked(False)
        self.ui.problemsOnlyCheck.setEnabled(False)

    # --- reading -------------------------------------------------------------
    def initializePage(self) -> None:
        self._reset()
        self.wizard().preview = None
        path = self.wizard().path
        self.reading = True
        self._token = token = CancelToken()
        bridge = ProgressBridge(token, self)
        name = Path(path).name
        bridge.reported.connect(lambda done, _total: self.ui.counts.setText(
            self.tr("Reading “%1”… %2 rows so far").replace("%1", name).replace("%2", f"{done:,}")))
        self.ui.counts.setText(self.tr("Reading “%1”…").replace("%1", name))
        self.ui.readingBar.show()
        self.completeChanged.emit()
        self.ctx.ops.run(self, roster_import.preview_roster, self.ctx.db, self.ctx.actor, path, bridge,
                         success=self._read, failure=self._failed, latest="read")

    def cleanupPage(self) -> None:  # Back pressed
        if self._token is not None:
            self._token.cancel()  # a read still running stops at its next report
        self.ctx.ops.cancel(self, "read")  # and whatever it answers is not shown
        self.reading = False
        self._reset()

    def _read(self, preview) -> None:
        self.reading = False
        self.ui.readingBar.hide()
        self.preview = preview
        self.wizard().preview = preview
        self.model.set_preview(preview)
        self._fit_columns()
        counts = self.tr("%1 to import (%2 with a warning), %3 skipped (already enrolled or repeated), "
                         "%4 rows with errors, not imported")
        for i, n in enumerate((len(preview.accepted), len(preview.warned), len(preview.already_enrolled),
                               len(preview.rejected)), 1):
            counts = counts.replace(f"%{i}", str(n))
        self.ui.problemsOnlyCheck.setEnabled(bool(preview.warned or preview.rejected))
        self.ui.counts.setText(counts)
        show_message(self.ui.info, self._describe(preview), NOTE_STYLE)
        if not preview.rows:
            show_message(self.ui.message, self.tr("The file has a header but no student rows. "
                                                  "Go back to choose another file."))
        elif not preview.accepted:
            show_message(self.ui.message, self.tr("There are no new students to import. Continue to save "
                                                  "the rows with problems as a list, or go back."), NOTE_STYLE)
        self.completeChanged.emit()

    def _failed(self, exc: JiarenError) -> None:
        if isinstance(exc, Cancelled):
            return
        self.reading = False
        self.ui.readingBar.hide()
        self.ui.table.hide()
        self.ui.counts.setText(self.tr("The file could not be read. Go back to choose another file, "
                                       "or correct this one and try again."))
        show_message(self.ui.message, self.ctx.message(exc))
        self.completeChanged.emit()

    def _describe(self, preview) -> str:
        parts = []
        if preview.sheet:
            parts.append(self.tr("Sheet “%1”, header on row %2.").replace("%1", preview.sheet)
                         .replace("%2", str(preview.header_row)))
        else:
            parts.append(self.tr("Header on row %1.").replace("%1", str(preview.header_row)))
        if preview.ignored_columns:
            parts.append(self.tr("Columns not used: %1.").replace("%1", "、".join(preview.ignored_columns)))
        if preview.ignored_sheets:
            parts.append(self.tr("Other sheets, not read: %1.").replace("%1", "、".join(preview.ignored_sheets)))
        if preview.footer_row:
            parts.append(self.tr("Reading stopped at row %1 (a total or signature line).")
                         .replace("%1", str(preview.footer_row)))
        return " ".join(parts)

    def _fit_columns(self) -> None:
        table = self.ui.table
        table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            if column != PROBLEMS_COLUMN:
                table.setColumnWidth(column, min(table.columnWidth(column), MAX_COLUMN_WIDTH))
        self._user_sized = False
        self._fit_problems()
        # The problems column wraps; rows follow its width while that stays cheap.
        mode = (QHeaderView.ResizeMode.ResizeToContents if self.model.rowCount() <= WRAP_ROWS
                else QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setSectionResizeMode(mode)

    def _fit_problems(self) -> None:
        """The problems column takes the rest of the view (at least MIN_PROBLEMS_WIDTH). It is
        not stretched, so its edge can be dragged wider (the view then scrolls sideways)."""
        table = self.ui.table
        used = sum(table.columnWidth(c) for c in range(self.model.columnCount()) if c != PROBLEMS_COLUMN)
        self._fitting = True
        try:
            table.setColumnWidth(PROBLEMS_COLUMN, max(MIN_PROBLEMS_WIDTH, table.viewport().width() - used - 2))
        finally:
            self._fitting = False

    def _section_resized(self, column: int, _old: int, _new: int) -> None:
        if column == PROBLEMS_COLUMN and not self._fitting:
            self._user_sized = True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt API
        if (event.type() == QEvent.Type.Resize and watched is self.ui.table.viewport()
                and not self._user_sized and self.model.columnCount()):
            self._fit_problems()
        return super().eventFilter(watched, event)

    def isComplete(self) -> bool:
        return not self.reading and self.preview is not None and bool(self.preview.rows)
