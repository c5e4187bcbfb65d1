"""Import wizard, page 1: choose the roster file (Excel or CSV).

Whether the file can be read is the importer's decision: page 3 shows its message."""
# zh_CN: English → 中文 (the .ui strings are listed in import_wizard.py)
#   "Choose the roster file" → "选择名单文件"
#   "Roster files (*.xlsx *.xlsm *.csv)" → "名单文件 (*.xlsx *.xlsm *.csv)"
#   "Excel workbooks (*.xlsx *.xlsm)" → "Excel 工作簿 (*.xlsx *.xlsm)"
#   "CSV files (*.csv)" → "CSV 文件 (*.csv)"
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWizardPage

from ...forms.ui_import_wizard_file_page import Ui_ImportFilePage
from .common import show_message


class ImportFilePage(QWizardPage):
    def __init__(self, refusal: str = "", parent=None) -> None:
        super().__init__(parent)
        self.ui = Ui_ImportFilePage()
        self.ui.setupUi(self)
        self.refusal = refusal  # the service's "may not import" message, if any
        self.ui.browseButton.clicked.connect(self.browse)
        self.ui.pathEdit.textChanged.connect(self._changed)
        show_message(self.ui.message, refusal)
        self.ui.pathEdit.setEnabled(not refusal)
        self.ui.browseButton.setEnabled(not refusal)

    @property
    def path(self) -> str:
        return self.ui.pathEdit.text().strip().strip('"')

    def set_path(self, path: str) -> None:
        self.ui.pathEdit.setText(path)

    def browse(self) -> None:
        start = str(Path(self.path).parent) if self.path else str(Path.home())
        filters = ";;".join((self.tr("Roster files (*.xlsx *.xlsm *.csv)"),
                             self.tr("Excel workbooks (*.xlsx *.xlsm)"), self.tr("CSV files (*.csv)")))
        chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the roster file"), start, filters)
        if chosen:
            self.set_path(chosen)

    def _changed(self) -> None:
        if not self.refusal:
            show_message(self.ui.message, "")
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return not self.refusal and bool(self.path)
