"""首次启动: a database without accounts asks for the administrator's account,
creates it (as the local system) and signs in as that administrator.

# zh_CN: English → 中文
# First start — JiarenBase → 首次启动 — JiarenBase
# Welcome to JiarenBase → 欢迎使用 JiarenBase
# This database has no accounts yet. Create the administrator account first; the administrator then adds the accounts
#   of staff and mentors.
#   → 这个数据库还没有任何账号。请先建立管理员账号，之后由管理员为教务老师和导师添加账号。
# User name → 用户名
# Display name → 显示名称
# e.g. Base administrator → 例如：基地管理员
# Shown in the status bar and the audit log. → 显示在状态栏和操作日志中。
# Password → 密码
# Password again → 再次输入密码
# Quit → 退出
# Create and sign in → 创建并登录
# Creating the account… → 正在创建账号…
# At least %1 characters, with two of: letters, digits, symbols. → 至少 %1 位，包含字母、数字、符号中的两种。
# Strong enough. → 密码强度合格。
# Too weak: at least %1 characters of two kinds (letters, digits, symbols).
#   → 太弱：至少 %1 位，包含字母、数字、符号中的两种。
# The two passwords differ. → 两次输入的密码不一致。
# Enter the password again. → 请再次输入密码。
# Base administrator → 基地管理员
"""
from __future__ import annotations

import logging

from PySide6.QtWidgets import QDialog, QLabel, QWidget

from ...core.domain.enums import Role
from ...core.errors import JiarenError, ValidationError
from ...core.services import users
from ...core.services.context import Actor, Database
from ...core.services.users import MIN_PASSWORD_LENGTH, UserDTO
from ..forms.ui_first_admin_dialog import Ui_FirstAdminDialog
from ..operations import Operations

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #d32f2f;"
OK_STYLE = "color: #2e7d32;"
MUTED_STYLE = "color: #6e7781;"


def _create_and_sign_in(db: Database, username: str, password: str, display_name: str) -> UserDTO:
    """One background job: the admin account, then the sign-in (so the start flow
    goes on exactly as after the login dialog)."""
    users.add_user(db, Actor.system(), username, password, Role.ADMIN, display_name)
    return users.authenticate(db, username, password)


class FirstAdminDialog(QDialog):
    """Accepts with `self.user` (the new administrator, signed in)."""

    def __init__(self, db: Database, ops: Operations, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops, self.lang = db, ops, lang
        self.user: UserDTO | None = None
        self.ui = Ui_FirstAdminDialog()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.ui.displayNameEdit.setText(self.tr("Base administrator"))
        self.ui.displayNameHint.setStyleSheet(MUTED_STYLE)
        self.errors = {"用户名": self.ui.usernameError, "密码": self.ui.passwordHint,
                       "confirm": self.ui.confirmError, "": self.ui.errorLabel}
        for label in self.errors.values():
            label.setStyleSheet(ERROR_STYLE)
            label.hide()
        self._show_strength()
        self.ui.passwordEdit.textChanged.connect(self._show_strength)
        self.ui.confirmEdit.textChanged.connect(lambda _t: self._set(self.ui.confirmError, ""))
        self.ui.usernameEdit.textEdited.connect(lambda _t: self._set(self.ui.usernameError, ""))
        self.ui.createButton.clicked.connect(self.create)
        self.ui.quitButton.clicked.connect(self.reject)
        self.ui.passwordEdit.setFocus()

    # ------------------------------------------------------------------ live hints
    def _show_strength(self, *_args) -> None:
        password = self.ui.passwordEdit.text()
        label = self.ui.passwordHint
        if not password:
            label.setStyleSheet(MUTED_STYLE)
            self._set(label, self.tr("At least %1 characters, with two of: letters, digits, symbols.")
                      .replace("%1", str(MIN_PASSWORD_LENGTH)))
            return
        problems = users.password_problems(password)
        if problems:
            label.setStyleSheet(ERROR_STYLE)
            self._set(label, self._weak_text(problems))
        else:
            label.setStyleSheet(OK_STYLE)
            self._set(label, self.tr("Strong enough."))

    def _weak_text(self, problems: list[str]) -> str:
        if self.lang == "zh":  # the service's own words name exactly what is missing
            return "太弱：" + "，".join(problems) + "。"
        return self.tr("Too weak: at least %1 characters of two kinds (letters, digits, symbols).") \
            .replace("%1", str(MIN_PASSWORD_LENGTH))

    @staticmethod
    def _set(label: QLabel, text: str) -> None:
        label.setText(text)
        label.setVisible(bool(text))

    # ------------------------------------------------------------------ create
    def create(self) -> None:
        password, again = self.ui.passwordEdit.text(), self.ui.confirmEdit.text()
        problems = users.password_problems(password)
        ok = True
        if problems:
            self.ui.passwordHint.setStyleSheet(ERROR_STYLE)
            self._set(self.ui.passwordHint, self._weak_text(problems))
            ok = False
        if not again:
            self._set(self.ui.confirmError, self.tr("Enter the password again."))
            ok = False
        elif again != password:
            self._set(self.ui.confirmError, self.tr("The two passwords differ."))
            ok = False
        if not ok:
            (self.ui.passwordEdit if problems else self.ui.confirmEdit).setFocus()
            return
        self._set(self.ui.errorLabel, "")
        self._busy(True)
        self.ops.run(self, _create_and_sign_in, self.db, self.ui.usernameEdit.text(), password,
                     self.ui.displayNameEdit.text(), success=self._created, failure=self._failed,
                     busy=[self.ui.createButton], after=lambda: self._busy(False))

    def _created(self, user: UserDTO) -> None:
        self.user = user
        log.info("First administrator created: %s", user.username)
        self.accept()

    def _failed(self, exc: JiarenError) -> None:
        """A domain error (anything else is a bug: logged, and shown in the crash dialog)."""
        if isinstance(exc, ValidationError):
            for problem in exc.problems:
                label = self.errors.get(problem.field, self.ui.errorLabel)
                label.setStyleSheet(ERROR_STYLE)
                text = problem.en if self.lang == "en" else problem.zh
                self._set(label, text if label is not self.ui.errorLabel else problem.text(self.lang))
        else:
            self._set(self.ui.errorLabel, exc.text(self.lang))

    def _busy(self, busy: bool) -> None:
        self.ui.createButton.setEnabled(not busy)
        self.ui.createButton.setText(self.tr("Creating the account…") if busy else self.tr("Create and sign in"))
