"""“此记录已被他人修改”: someone else saved the record while this user edited it.

The user chooses: Reload (show the saved record, dropping their edits), Overwrite
(save their values over the other person's) or Cancel (keep editing). Never a
silent overwrite (optimistic locking, see core/services/common.load_versioned).
"""
# zh_CN: English → 中文
#   Record changed → 记录已被修改
#   This record was changed by someone else since you opened it. → 此记录已被他人修改。
#   Reload shows the saved record and discards your changes. Overwrite saves your values over the other
#     person's changes. → “重新载入”显示已保存的记录，您的修改将丢弃；“覆盖”用您填写的内容覆盖他人的修改。
#   Reload → 重新载入
#   Overwrite → 覆盖
#   Cancel → 取消
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QStyle, QWidget

from ..forms.ui_conflict_dialog import Ui_ConflictDialog


class ConflictDialog(QDialog):
    """exec() returns CANCEL, RELOAD or OVERWRITE."""

    CANCEL = int(QDialog.DialogCode.Rejected)
    RELOAD = 2
    OVERWRITE = 3

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_ConflictDialog()
        self.ui.setupUi(self)
        self.ui.message.setStyleSheet("QLabel { font-weight: bold; }")
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        self.ui.icon.setPixmap(icon.pixmap(40, 40))
        self.ui.reloadButton.clicked.connect(lambda: self.done(self.RELOAD))
        self.ui.overwriteButton.clicked.connect(lambda: self.done(self.OVERWRITE))
        self.ui.cancelButton.clicked.connect(self.reject)
        self.setMinimumWidth(420)

    @classmethod
    def ask(cls, parent: QWidget | None = None) -> int:
        """Show the dialog modally and return the choice."""
        dialog = cls(parent)
        try:
            return int(dialog.exec())
        finally:
            dialog.deleteLater()
