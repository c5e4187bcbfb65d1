"""意外错误: what an unexpected exception shows. The data is safe (every service
call is one transaction), the traceback is in the log, and the app keeps running.
What it shows and what 复制详情 copies have their ID numbers and mobiles masked.

# zh_CN: English → 中文
# Unexpected error — JiarenBase → 意外错误 — JiarenBase
# An unexpected error occurred. Your data is safe; the details were written to the log.
#   → 程序遇到了一个意外错误。您的数据是安全的，详细信息已写入日志。
# You can keep working. If it happens again, copy the details and send them to whoever looks after this computer.
#   → 您可以继续使用。如果再次出现，请点“复制详情”，把内容发给负责这台电脑的同事。
# Copy details → 复制详情
# Open log folder → 打开日志文件夹
# Close → 关闭
# Copied. → 已复制。
# Log file: %1 → 日志文件：%1
# The log could not be written; copy the details instead. → 日志无法写入，请复制详情保存。
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import QDialog, QStyle, QWidget

from ...core.sensitive import mask_sensitive
from ..forms.ui_error_dialog import Ui_ErrorDialog


class ErrorDialog(QDialog):
    def __init__(self, summary: str, details: str, log_path: Path | None = None,
                 parent: QWidget | None = None) -> None:
        """`summary`: the exception's type and message; `details`: the full traceback;
        `log_path`: the log file it was written to (None when writing failed). Both texts
        are masked here too, whoever made them."""
        super().__init__(parent)
        self.log_path = log_path
        self.ui = Ui_ErrorDialog()
        self.ui.setupUi(self)
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxCritical)
        self.ui.icon.setPixmap(icon.pixmap(40, 40))
        self.ui.message.setStyleSheet("font-weight: 600;")
        self.ui.errorText.setText(mask_sensitive(summary))
        self.ui.details.setPlainText(mask_sensitive(details))
        self.ui.details.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        if log_path is not None:
            self.ui.logLabel.setText(self.tr("Log file: %1").replace("%1", mask_sensitive(str(log_path))))
        else:
            self.ui.logLabel.setText(self.tr("The log could not be written; copy the details instead."))
        self.ui.openLogButton.setEnabled(log_path is not None)
        self.ui.copyButton.clicked.connect(self.copy_details)
        self.ui.openLogButton.clicked.connect(self.open_log_folder)
        self.ui.closeButton.clicked.connect(self.accept)

    def details_text(self) -> str:
        """What 复制详情 puts on the clipboard: the summary and the traceback, masked."""
        return mask_sensitive(self.ui.errorText.text() + "\n\n" + self.ui.details.toPlainText())

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details_text())
        self.ui.copyButton.setText(self.tr("Copied."))
        QTimer.singleShot(2000, self, lambda: self.ui.copyButton.setText(self.tr("Copy details")))

    def open_log_folder(self) -> None:
        if self.log_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.log_path.parent)))
