"""Import wizard, page 5: what was added, skipped and rejected; save the error list."""
# zh_CN: English → 中文
#   "The partner school “%1” was created." → "已新建合作院校“%1”。"
#   "The cohort “%1” was created." → "已新建批次“%1”。"
#   "Save error list" → "保存错误清单"
#   "Excel workbook (*.xlsx)" → "Excel 工作簿 (*.xlsx)"
#   "%1 - rows with problems.xlsx" → "%1 - 错误清单.xlsx"
#   "Saving…" → "正在保存…"
#   "%1 rows saved to %2." → "已将 %1 行保存到 %2。"
#   "Every row was imported or already enrolled: there is no error list to save."
#     → "所有行均已导入或已在册，没有需要保存的错误清单。"
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizardPage

from ....core.errors import JiarenError
from ....core.importing import write_error_workbook
from ...forms.ui_import_wizard_summary_page import Ui_ImportSummaryPage
from .common import NOTE_STYLE, OK_STYLE, show_message


class ImportSummaryPage(QWizardPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportSummaryPage()
        self.ui.setupUi(self)
        self.ui.saveErrorsButton.clicked.connect(self.save_errors)
        for label in (self.ui.addedValue, self.ui.skippedValue, self.ui.rejectedValue):
            label.setStyleSheet("font-weight: 600;")
        show_message(self.ui.saveMessage, "")

    def initializePage(self) -> None:
        wizard = self.wizard()
        out, target = wizard.outcome, wizard.target
        self.ui.addedValue.setText(str(out.added))
        self.ui.skippedValue.setText(str(out.skipped_existing))
        self.ui.rejectedValue.setText(str(out.rejected))
        created = []
        if out.school_created:
            created.append(self.tr("The partner school “%1” was created.").replace("%1", target.school_name))
        if out.cohort_created:
            created.append(self.tr("The cohort “%1” was created.").replace("%1", target.cohort_code))
        show_message(self.ui.created, " ".join(created), OK_STYLE)
        has_errors = out.rejected > 0
        self.ui.saveErrorsButton.setEnabled(has_errors)
        self.ui.errorsHint.setVisible(has_errors)
        show_message(self.ui.saveMessage, "" if has_errors else self.tr(
            "Every row was imported or already enrolled: there is no error list to save."), NOTE_STYLE)

    def default_error_path(self) -> str:
        source = Path(self.wizard().preview.path)
        return str(source.with_name(self.tr("%1 - rows with problems.xlsx").replace("%1", source.stem)))

    def save_errors(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save error list"), self.default_error_path(),
                                              self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        show_message(self.ui.saveMessage, self.tr("Saving…"), NOTE_STYLE)
        self.ctx.ops.run(self, write_error_workbook, self.wizard().preview, path,
                         success=lambda n: self._saved(n, path), failure=self._failed,
                         busy=[self.ui.saveErrorsButton])

    def _saved(self, rows: int, path: str) -> None:
        show_message(self.ui.saveMessage, self.tr("%1 rows saved to %2.").replace("%1", str(rows))
                     .replace("%2", path), OK_STYLE)

    def _failed(self, exc: JiarenError) -> None:
        show_message(self.ui.saveMessage, self.ctx.message(exc))
