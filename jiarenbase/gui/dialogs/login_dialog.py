"""登录: the sign-in dialog. On a demo database it lists the demo accounts.

Three modes: "start" (at start and after 注销; Quit ends the app), "switch" (切换用户
over the main window; Cancel keeps the session) and "locked" (the idle lock: the
user's name is fixed, only the password is asked; 切换用户 leads to the sign-out;
Esc and the window's close button do nothing, so the lock cannot be dismissed).

# zh_CN: English → 中文
# Sign in — JiarenBase → 登录 — JiarenBase
# 自家人 live-streaming training base. Sign in to continue. → 自家人直播实训基地，请登录。
# User name → 用户名
# Password → 密码
# Role → 角色
# Demo logins → 演示账号
# This is a demo database. Click an account to fill in the fields. → 这是演示数据库。点击一个账号即可填入。
# Quit → 退出
# Sign in → 登录
# Signing in… → 正在登录…
# Enter your user name. → 请输入用户名。
# Enter your password. → 请输入密码。
# Database: %1 → 数据库：%1
# Cancel → 取消
# Switch user → 切换用户
# Unlock → 解锁
# Unlocking… → 正在解锁…
# Locked — JiarenBase → 已锁定 — JiarenBase
# JiarenBase is locked → JiarenBase 已锁定
# Locked after a time without use. Enter the password of %1 to go on; what you were typing is kept.
#   → 长时间未操作，程序已锁定。请输入 %1 的密码继续，正在填写的内容都还在。
# Sign in as another user — JiarenBase → 切换用户 — JiarenBase
# Sign in as another user. Cancel keeps %1 signed in. → 以其他账号登录。取消则 %1 保持登录。
"""
from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QTableWidgetItem, QWidget

from ...core.domain.enums import Role
from ...core.errors import AuthenticationError, JiarenError
from ...core.origin import origin
from ...core.services import users
from ...core.services.context import Database
from ...core.services.users import UserDTO
from ..dialog_fit import scroll_body
from ..forms.ui_login_dialog import Ui_LoginDialog
from ..operations import Operations

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #d32f2f;"
MUTED_STYLE = "color: #6e7781;"


def _demo_logins(db: Database) -> list[tuple[str, str, str]]:
    """The demo accounts, or none when they cannot be read (an old database): the
    list is a convenience, signing in works without it."""
    try:
        return users.demo_logins(db)
    except Exception as exc:  # whatever went wrong, the sign-in goes on
        log.warning("Demo logins unavailable: %s", exc)
        return []


class LoginDialog(QDialog):
    """Accepts with `self.user` (UserDTO) set once the service signs the user in.
    `mode`: "start", "switch" or "locked" (then `locked` names the signed-in user)."""

    switch_user_requested = Signal()  # locked mode: 切换用户

    def __init__(self, db: Database, ops: Operations, lang: str = "zh", parent: QWidget | None = None, *,
                 mode: str = "start", locked: UserDTO | None = None, current: str = "") -> None:
        super().__init__(parent)
        self.db, self.ops, self.lang, self.mode = db, ops, lang, mode
        self.locked = locked if mode == "locked" else None
        self.origin = origin("desktop")  # kept in the login's audit entry
        self.user: UserDTO | None = None
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 22px; font-weight: 600;")
        self.ui.errorLabel.setStyleSheet(ERROR_STYLE)
        self.ui.errorLabel.hide()
        self.ui.databaseLabel.setStyleSheet(MUTED_STYLE)
        self.ui.databaseLabel.setText(self.tr("Database: %1").replace("%1", db.describe()))
        self.ui.demoBox.hide()
        header = self.ui.demoTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumWidth(460)
        self._body = scroll_body(self)  # the demo logins make it taller than a 1280×720 screen at 125 % leaves
        self.ui.signInButton.clicked.connect(self.sign_in)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.switchUserButton.clicked.connect(self.switch_user_requested)
        self.ui.switchUserButton.hide()
        self.ui.demoTable.cellClicked.connect(self._fill_from_demo)
        self.ui.usernameEdit.textEdited.connect(self._clear_error)
        self.ui.passwordEdit.textEdited.connect(self._clear_error)
        self.ui.usernameEdit.setFocus()
        if self.locked is not None:
            self._lock_mode(self.locked)
            return  # no demo accounts: only this user may go on
        if mode == "switch":
            self.setWindowTitle(self.tr("Sign in as another user — JiarenBase"))
            self.ui.subtitle.setText(self.tr("Sign in as another user. Cancel keeps %1 signed in.")
                                     .replace("%1", current))
            self.ui.quitButton.setText(self.tr("Cancel"))
        ops.run(self, _demo_logins, db, success=self.show_demo_logins)

    def _lock_mode(self, user: UserDTO) -> None:
        ui = self.ui
        self.setWindowTitle(self.tr("Locked — JiarenBase"))
        ui.title.setText(self.tr("JiarenBase is locked"))
        ui.subtitle.setText(self.tr("Locked after a time without use. Enter the password of %1 to go on; "
                                    "what you were typing is kept.").replace("%1", user.display_name or user.username))
        ui.usernameEdit.setText(user.username)
        ui.usernameEdit.setReadOnly(True)
        ui.usernameEdit.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        ui.quitButton.hide()
        ui.switchUserButton.show()
        ui.signInButton.setText(self.tr("Unlock"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        ui.passwordEdit.setFocus()

    def reject(self) -> None:
        if self.locked is None:  # Esc in the lock does nothing: only the password or 切换用户 leave it
            super().reject()

    def closeEvent(self, event) -> None:
        if self.locked is not None:
            event.ignore()
            return
        super().closeEvent(event)

    # ------------------------------------------------------------------ demo accounts
    def show_demo_logins(self, logins: list[tuple[str, str, str]]) -> None:
        table = self.ui.demoTable
        table.setRowCount(len(logins))
        for row, (name, password, role) in enumerate(logins):
            for col, value in enumerate((name, password, self._role_label(role))):
                table.setItem(row, col, QTableWidgetItem(value))
        self.ui.demoBox.setVisible(bool(logins))
        self._fit_demo_table()

    def _fit_demo_table(self) -> None:
        """The whole (short) list at once, no scrolling; measured after the style applies."""
        table = self.ui.demoTable
        table.resizeRowsToContents()
        height = table.horizontalHeader().sizeHint().height() + table.verticalHeader().length()
        table.setFixedHeight(height + 2 * table.frameWidth() + 2)
        self._fit_screen()

    def _fit_screen(self) -> None:
        """The whole form when the screen has room; on a short screen the form scrolls above the buttons."""
        screen = self.screen()
        if self._body is None or screen is None or self._body.widget() is None:
            self.adjustSize()
            return
        room = screen.availableGeometry().height() - 40
        need = self._body.widget().sizeHint().height() + 2
        rest = max(0, self.sizeHint().height() - self._body.height())
        height = max(self.minimumSizeHint().height(), min(rest + need, room))
        self.resize(max(self.width(), self.minimumWidth()), height)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.ui.demoTable.rowCount():
            self._fit_demo_table()
        else:
            self._fit_screen()

    def _role_label(self, code: str) -> str:
        try:
            role = Role(code)
        except ValueError:
            return code
        return role.zh if self.lang == "zh" else role.value

    def _fill_from_demo(self, row: int, _column: int) -> None:
        self.ui.usernameEdit.setText(self.ui.demoTable.item(row, 0).text())
        self.ui.passwordEdit.setText(self.ui.demoTable.item(row, 1).text())
        self._clear_error()
        self.ui.signInButton.setFocus()

    # ------------------------------------------------------------------ sign in
    def sign_in(self) -> None:
        name, password = self.ui.usernameEdit.text().strip(), self.ui.passwordEdit.text()
        if not name:
            self.show_error(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self.show_error(self.tr("Enter your password."))
            self.ui.passwordEdit.setFocus()
            return
        self._busy(True)
        self.ops.run(self, users.authenticate, self.db, name, password, origin=self.origin,
                     success=self._signed_in, failure=self._failed, busy=[self.ui.signInButton],
                     after=lambda: self._busy(False))

    def _signed_in(self, user: UserDTO) -> None:
        if self.locked is not None and user.id != self.locked.id:  # the name now belongs to another account
            self._failed(AuthenticationError("用户名或密码不正确。", "Wrong user name or password."))
            return
        self.user = user
        log.info("Signed in: %s (%s)", user.username, user.role.value)
        self.accept()

    def _failed(self, exc: JiarenError) -> None:
        """Wrong password, locked account, … (anything else is a bug: logged, and shown
        in the crash dialog)."""
        self.show_error(exc.text(self.lang))
        self.ui.passwordEdit.clear()
        self.ui.passwordEdit.setFocus()

    def show_error(self, text: str) -> None:
        self.ui.errorLabel.setText(text)
        self.ui.errorLabel.setVisible(bool(text))

    def _clear_error(self, *_args) -> None:
        self.show_error("")

    def _busy(self, busy: bool) -> None:
        self.ui.signInButton.setEnabled(not busy)
        if self.locked is not None:
            self.ui.signInButton.setText(self.tr("Unlocking…") if busy else self.tr("Unlock"))
        else:
            self.ui.signInButton.setText(self.tr("Signing in…") if busy else self.tr("Sign in"))
