"""The sessions list's own buttons (实训记录): "记录实训" as the New button's text and
"Import from platform CSV…" (直播数据导入). The main window calls
`add_session_actions(page)` on the ListPage it builds for the "sessions" spec."""
# zh_CN: English → 中文
#   Log session → 记录实训; Log a drill or live session (%1) → 记录一场模拟演练或实战直播（%1）
#   Import CSV… → 导入CSV…; Import sessions from a platform's CSV export → 从平台导出的CSV文件导入实训记录
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QPushButton

from ..dialogs.session_import_dialog import SessionImportDialog


def add_session_actions(page) -> QPushButton:
    """Rename New to 记录实训 and add the CSV import button; returns that button."""
    native = QKeySequence(QKeySequence.StandardKey.New).toString(QKeySequence.SequenceFormat.NativeText)
    page.ui.newButton.setText(QCoreApplication.translate("SessionActions", "Log session"))
    page.ui.newButton.setToolTip(
        QCoreApplication.translate("SessionActions", "Log a drill or live session (%1)").replace("%1", native))

    def open_import() -> None:
        dialog = SessionImportDialog(page.ctx, page)
        try:
            imported = dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()
        if imported:
            page.refresh()

    tooltip = QCoreApplication.translate("SessionActions", "Import sessions from a platform's CSV export")
    return page.add_action(QCoreApplication.translate("SessionActions", "Import CSV…"), open_import, tooltip=tooltip)
