"""用户: create or edit a sign-in account (admins only; the services check it). A mentor
account's mentor is searched (SearchCombo), never loaded whole."""
# zh_CN: English → 中文
#   New user → 新建用户
#   Edit user → 编辑用户
#   User → 用户
#   User name → 用户名
#   Display name → 显示名
#   Role → 角色
#   Linked mentor → 关联导师
#   (none) → （无）
#   Password → 密码
#   Confirm password → 确认密码
#   New password → 新密码
#   Confirm new password → 确认新密码
#   Leave empty to keep the current password → 留空则不修改密码
#   At least 8 characters of two kinds (letters, digits, symbols) → 至少8位，包含字母、数字、符号中的两种
#   Active (may sign in) → 启用（可以登录）
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from ...core.db.models import utcnow
from ...core.domain.enums import Role
from ...core.errors import Problem, ValidationError
from ...core.services import mentors, users
from ...core.services.users import UserDTO, UserInput
from ..context import AppContext
from ..forms.ui_user_dialog import Ui_UserDialog
from .form_values import enum_value, fill_enum, select_value
from .record_dialog import RecordDialog

MISMATCH = Problem("确认密码", "两次输入的密码不一致，请重新输入。", "the two passwords differ; type them again.",
                   "confirm password")


@dataclass(frozen=True)
class Account:
    """What the form collects: the account's settings and, maybe, a new password."""

    username: str
    password: str  # "" on edit = keep the current password
    settings: UserInput


def create_account(db, actor, data: Account) -> UserDTO:
    s = data.settings
    return users.add_user(db, actor, data.username, data.password, s.role, s.display_name, s.mentor_id)


def update_account(db, actor, user_id: int, version: int | None, data: Account) -> UserDTO:
    """Settings first (optimistic lock), then the new password if one was typed."""
    if data.password:
        users.check_password(data.password)  # refuse a weak one before anything is written
    dto = users.update_user(db, actor, user_id, version, data.settings)
    if data.password:
        users.set_password(db, actor, user_id, data.password)
        dto = users.get_user(db, actor, user_id)
    return dto


def password_problems(password: str) -> list[Problem]:
    try:
        users.check_password(password)
    except ValidationError as exc:
        return exc.problems
    return []


class UserDialog(RecordDialog):
    FIELDS = {"用户名": "username", "显示名": "displayName", "角色": "role", "关联导师": "mentor",
              "密码": "password", "确认密码": "confirm", "启用": "active"}
    REQUIRED = ("username", "role")

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_UserDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        ui = self.ui
        fill_enum(ui.role, Role, ctx.lang)
        ui.mentor.setup(ctx, mentors.list_mentors, lambda m: m.name, sort="name", none_text=self.tr("(none)"))
        ui.password.setToolTip(self.tr("At least 8 characters of two kinds (letters, digits, symbols)"))
        if self.is_new:
            self.mark_required(ui.passwordLabel, True)
            self.mark_required(ui.confirmLabel, True)
            ui.form.setRowVisible(ui.active, False)
        else:
            ui.username.setReadOnly(True)  # a user name never changes
            ui.username.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.relabel(ui.passwordLabel, self.tr("New password"))
            self.relabel(ui.confirmLabel, self.tr("Confirm new password"))
            for edit in (ui.password, ui.confirm):
                edit.setPlaceholderText(self.tr("Leave empty to keep the current password"))
        ui.role.currentIndexChanged.connect(self._role_changed)
        ui.password.textChanged.connect(self._password_typed)
        ui.confirm.textChanged.connect(self._confirm_typed)
        ui.password.editingFinished.connect(lambda: self._password_typed(ui.password.text(), finished=True))
        ui.confirm.editingFinished.connect(lambda: self._confirm_typed(ui.confirm.text(), finished=True))
        ui.unlock.clicked.connect(self.unlock_account)
        self._show_lock(None)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New user"), self.tr("Edit user")

    def choices(self):
        return [self.ui.mentor.first_page()]

    def _show_mentor(self, mentor_id: int | None, row=None, text: str = "") -> None:
        blocked = self.ui.mentor.blockSignals(True)
        self.ui.mentor.set_current(mentor_id, text, row=row)
        self.ui.mentor.blockSignals(blocked)

    # -- live checks -------------------------------------------------------------------
    def _role_changed(self, *_args) -> None:
        is_mentor = enum_value(self.ui.role, Role) is Role.MENTOR
        self.ui.mentor.setEnabled(is_mentor)
        self.mark_required(self.ui.mentorLabel, is_mentor)
        if not is_mentor:
            self.errors.set_error("关联导师", "")

    def _password_typed(self, text: str, finished: bool = False) -> None:
        if not text and not self.is_new:
            self.errors.set_error("密码", "")
        elif text:
            self.live_check("密码", password_problems(text), show=finished or len(text) >= users.MIN_PASSWORD_LENGTH)
        if self.ui.confirm.text():
            self._confirm_typed(self.ui.confirm.text())

    def _confirm_typed(self, text: str, finished: bool = False) -> None:
        password = self.ui.password.text()
        wrong = [MISMATCH] if text != password else []
        self.live_check("确认密码", wrong, show=finished or len(text) >= len(password))

    # -- load / fill / gather -------------------------------------------------------------
    def load(self, db, actor, record_id: int) -> UserDTO:
        return users.get_user(db, actor, record_id)

    def prepare_new(self) -> None:
        select_value(self.ui.role, Role.STAFF)
        self.ui.active.setChecked(True)
        self._role_changed()

    def fill(self, dto: UserDTO) -> None:
        ui = self.ui
        ui.username.setText(dto.username)
        ui.displayName.setText(dto.display_name)
        select_value(ui.role, dto.role)
        row = ui.mentor.row(dto.mentor_id) if dto.mentor_id is not None else None
        if dto.mentor_id is None or row is not None:
            self._show_mentor(dto.mentor_id, row)
        else:  # not on the drop-down's first page: looked up (the form settles once it is in)
            mentor_id = dto.mentor_id
            self.run(mentors.get_mentor, mentor_id, on_done=lambda m: self._show_mentor(m.id, m),
                     on_error=lambda _exc: self._show_mentor(mentor_id))  # gone: keep the link as it is
        ui.password.clear()
        ui.confirm.clear()
        ui.active.setChecked(dto.active)
        self._role_changed()
        self._show_lock(dto)

    def _show_lock(self, dto: UserDTO | None) -> None:
        """An account locked after five wrong passwords: say until when, offer 解锁."""
        locked = dto is not None and dto.locked_until is not None and dto.locked_until > utcnow()
        self.ui.lockState.setVisible(locked)
        self.ui.unlock.setVisible(locked)
        if locked:
            until = dto.locked_until.replace(tzinfo=UTC).astimezone()  # stored as UTC
            self.ui.lockState.setText(self.tr("Locked after wrong passwords until %1")
                                      .replace("%1", f"{until:%Y-%m-%d %H:%M}"))

    def unlock_account(self) -> None:
        if self.record_id is None:
            return
        self.run(users.unlock_user, self.record_id, on_done=self._unlocked)

    def _unlocked(self, dto: UserDTO) -> None:
        self.version = dto.version
        self._show_lock(dto)

    def gather(self) -> Account:
        ui = self.ui
        password = ui.password.text()
        problems = []
        if self.is_new or password or ui.confirm.text():
            problems += password_problems(password)
            if ui.confirm.text() != password:
                problems.append(MISMATCH)
        if problems:
            raise ValidationError(problems)
        role = enum_value(ui.role, Role) or Role.STAFF
        settings = UserInput(display_name=ui.displayName.text(), role=role,
                             mentor_id=ui.mentor.checked_id("关联导师", "mentor") if role is Role.MENTOR else None,
                             active=ui.active.isChecked() if not self.is_new else True)
        return Account(username=ui.username.text(), password=password, settings=settings)

    def create(self, db, actor, data: Account) -> UserDTO:
        return create_account(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: Account) -> UserDTO:
        return update_account(db, actor, record_id, version, data)

