"""The roster import wizard (名单导入向导), for staff and admin.

1 choose the file → 2 school and cohort → 3 preview (read and checked, nothing saved)
→ 4 confirm and import (one transaction, progress with Cancel) → 5 summary with
the error list for the school. The pages live in dialogs/import_pages/.

The services decide: roster_import.preview_roster reads and checks,
import_rows (existing school and cohort) or import_roster (finds or creates them
in the same transaction) saves; importing the same file again adds nobody twice.
"""
# zh_CN: English → 中文 (this module and the wizard's .ui forms)
#   "Import a roster" → "导入名单"
#   "Importing is for staff: %1" → "导入名单仅限教务和管理员：%1"
#   "Imported %1 students, %2 warnings" → "已导入 %1 名学员，%2 条提醒"
#   ImportFilePage:
#   "Choose the roster file" → "选择名单文件"
#   "The roster a partner school sent: an Excel workbook (.xlsx, .xlsm) or a CSV file."
#     → "合作院校发来的名单：Excel 工作簿（.xlsx、.xlsm）或 CSV 文件。"
#   "The first sheet with the columns 姓名 and 身份证号 is read; the header may be anywhere in the first 30 rows.
#     Nothing is saved until you confirm the import."
#     → "读取第一个包含“姓名”和“身份证号”两列的工作表，表头可在前 30 行内任意位置。确认导入之前不会保存任何数据。"
#   "File:" → "文件："
#   "Path of the roster file" → "名单文件的路径"
#   "Browse…" → "浏览…"
#   ImportTargetPage:
#   "Partner school and cohort" → "合作院校和批次"
#   "Where the students on this roster are enrolled." → "名单上的学员登记到哪个院校和批次。"
#   "Partner school:" → "合作院校："
#   "Name of the new partner school" → "新合作院校的名称"
#   "Cohort:" → "批次："
#   "A new school or cohort is created together with the students, in one step. A cohort can only take students of its
#     own school."
#     → "新的院校或批次会与学员一起一次性创建。一个批次只能接收本院校的学员。"
#   ImportPreviewPage:
#   "Check the roster" → "核对名单"
#   "Every row as read from the file. Red rows are not imported; yellow rows are imported with a warning; blue rows
#     are skipped or carry a note." → "文件中的每一行。红色行不会导入；黄色行会导入但带有提醒；蓝色行跳过或带有说明。"
#   "Only rows with problems" → "只看问题行"
#   "Show only the rows with an error or a warning" → "只显示有错误或提醒的行"
#   (page 2's new-cohort box: see import_pages/target_page.py)
#   ImportConfirmPage:
#   "Confirm the import" → "确认导入"
#   "The students are saved in one step: all of them or, if anything goes wrong, none."
#     → "学员将一次性保存：要么全部保存，出错则一个也不保存。"
#   ImportSummaryPage:
#   "Import finished" → "导入完成"
#   "What was saved, and what was left out." → "已保存的和未导入的。"
#   "Students added:" → "新增学员："
#   "Already enrolled (skipped):" → "已在册（跳过）："
#   "Rows with problems (not imported):" → "有问题的行（未导入）："
#   "Save the rows with problems as an Excel file, send it back to the school to correct, then import the corrected
#     file: nobody is added twice."
#     → "把有问题的行保存为 Excel 文件，发回学校修改，再导入改好的文件即可：不会重复添加任何人。"
#   "Save error list…" → "保存错误清单…"
from __future__ import annotations

from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QWidget, QWizard

from ...core.errors import PermissionDenied
from ...core.importing import RosterPreview
from ...core.services.progress import CancelToken
from ...core.services.roster_import import ImportOutcome, require_importer
from .import_pages import ImportConfirmPage, ImportFilePage, ImportPreviewPage, ImportSummaryPage, ImportTargetPage
from .import_pages.common import ImportTarget

FILE, TARGET, PREVIEW, CONFIRM, SUMMARY = range(5)


class ImportWizard(QWizard):
    """`imported(ImportOutcome)` is emitted once the students are saved."""

    imported = Signal(object)

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.preview: RosterPreview | None = None
        self.outcome: ImportOutcome | None = None
        self.busy = False
        self.token_factory = CancelToken  # tests swap in a pre-cancelled token
        self.setWindowTitle(self.tr("Import a roster"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(QSize(820, 420))  # fits 1280×720 at 125 % (1024×504 for a dialog)
        self.resize(1000, 660)
        self.file_page = ImportFilePage(self._refusal(), self)
        self.target_page = ImportTargetPage(ctx, self)
        self.preview_page = ImportPreviewPage(ctx, self)
        self.confirm_page = ImportConfirmPage(ctx, self)
        self.summary_page = ImportSummaryPage(ctx, self)
        for page_id, page in ((FILE, self.file_page), (TARGET, self.target_page), (PREVIEW, self.preview_page),
                              (CONFIRM, self.confirm_page), (SUMMARY, self.summary_page)):
            self.setPage(page_id, page)

    def _refusal(self) -> str:
        """The import service's own refusal for this user, shown on page 1 at once
        (the service checks again on every call)."""
        try:
            require_importer(self.ctx.actor)
        except PermissionDenied as exc:
            return self.ctx.message(exc)
        return ""

    @property
    def path(self) -> str:
        return self.file_page.path

    @property
    def target(self) -> ImportTarget | None:
        return self.target_page.target()

    def new_token(self) -> CancelToken:
        return self.token_factory()

    def finish_import(self, outcome: ImportOutcome) -> None:
        self.outcome = outcome
        self.ctx.notify(self.tr("Imported %1 students, %2 warnings").replace("%1", str(outcome.added))
                        .replace("%2", str(outcome.warnings)))
        self.imported.emit(outcome)

    def reject(self) -> None:
        if self.busy:  # the import is running: Cancel is on the progress dialog
            return
        super().reject()
