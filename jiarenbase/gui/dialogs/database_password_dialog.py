"""数据库密码: asked at start when the PostgreSQL server wants a password the desktop
does not have — no system credential store on this computer (then for this run only),
none kept yet, or the kept one was refused (changed on the server).

    answer = ask_database_password(request, lang)   # PasswordAnswer, or None (Quit)

# zh_CN: English → 中文
# Database password — JiarenBase → 数据库密码 — JiarenBase
# Database password → 数据库密码
# Password → 密码
# Keep it in this computer's system credential store → 保存到本机的系统密码库（下次启动不再询问）
# Connect → 连接
# Quit → 退出
# Enter the password. → 请输入密码。
"""
from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ...core.credentials import REFUSED, PasswordAnswer, PasswordRequest, Secret
from ..forms.ui_database_password_dialog import Ui_DatabasePasswordDialog

ERROR_STYLE = "color: #d32f2f;"
MUTED_STYLE = "color: #6e7781;"


class DatabasePasswordDialog(QDialog):
    """Accepts with `answer()` set to the typed password (and whether to keep it)."""

    def __init__(self, request: PasswordRequest, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.ui = ui = Ui_DatabasePasswordDialog()
        ui.setupUi(self)
        ui.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        ui.message.setText(request.text(lang))
        # the server's own words only when a password was refused (not when none was given yet)
        self.server_text = request.error.text(lang) if request.reason == REFUSED else ""
        self._say("")
        ui.storeCheck.setVisible(request.can_store)
        ui.storeCheck.setChecked(request.can_store)
        self.setMinimumWidth(460)
        ui.connectButton.clicked.connect(self._connect)
        ui.quitButton.clicked.connect(self.reject)
        ui.passwordEdit.textEdited.connect(lambda _t: self._say(""))
        ui.passwordEdit.setFocus()

    def _say(self, text: str) -> None:
        """`text` in red under the message; "" shows the server's answer again (if any)."""
        label = self.ui.serverAnswer
        label.setStyleSheet(ERROR_STYLE if text else MUTED_STYLE)
        label.setText(text or self.server_text)
        label.setVisible(bool(label.text()))

    def _connect(self) -> None:
        if not self.ui.passwordEdit.text():
            self._say(self.tr("Enter the password."))
            self.ui.passwordEdit.setFocus()
            return
        self.accept()

    def answer(self) -> PasswordAnswer | None:
        if self.result() != QDialog.DialogCode.Accepted or not self.ui.passwordEdit.text():
            return None
        return PasswordAnswer(Secret(self.ui.passwordEdit.text()),
                              store=self.request.can_store and self.ui.storeCheck.isChecked())


def ask_database_password(request: PasswordRequest, lang: str = "zh") -> PasswordAnswer | None:
    """The dialog, modal; the answer or None when the person chose Quit."""
    dialog = DatabasePasswordDialog(request, lang)
    try:
        dialog.exec()
        return dialog.answer()
    finally:
        dialog.deleteLater()
