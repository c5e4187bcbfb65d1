"""Sign-in: the login dialog, the lockout, the demo accounts, the first start and
the start flow of run_app. The dialogs' calls go through Operations (the `ops`
fixture's pool) and are drained before asserting; closing them while a call is
under way: tests/gui/dialogs/test_login_dialog.py and test_first_admin_dialog.py."""
from __future__ import annotations

import argparse
import os

import pytest
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QMainWindow

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import users
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui
PASSWORD = "Jiaren@2025"  # the demo accounts' password


@pytest.fixture
def demo_db(db):
    build_demo(db, students=40, seed=3)
    return db


def make_login(qtbot, db, ops):
    from jiarenbase.gui.dialogs.login_dialog import LoginDialog

    dialog = LoginDialog(db, ops, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    settle(qtbot, ops)  # the demo accounts
    return dialog


def settle(qtbot, ops) -> None:
    qtbot.waitUntil(lambda: ops.pending == 0, timeout=20_000)


def sign_in_with(dialog, name: str, password: str) -> None:
    dialog.ui.usernameEdit.setText(name)
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.signInButton.click()


def signed_in_with(qtbot, dialog, name: str, password: str) -> None:
    """Sign in and wait for the answer."""
    sign_in_with(dialog, name, password)
    settle(qtbot, dialog.ops)


def test_sign_in_succeeds_and_exposes_the_user(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    signed_in_with(qtbot, dialog, "jiaowu", PASSWORD)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "jiaowu" and dialog.user.role is Role.STAFF
    assert dialog.user.actor().role is Role.STAFF


def test_enter_in_the_password_field_signs_in(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    dialog.ui.usernameEdit.setText("mentor")
    dialog.ui.passwordEdit.setText(PASSWORD)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    settle(qtbot, ops)
    assert dialog.user is not None and dialog.user.role is Role.MENTOR


def test_wrong_password_is_said_in_the_dialog(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    signed_in_with(qtbot, dialog, "admin", "nope-nope")
    assert dialog.user is None and dialog.isVisible()
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.ui.errorLabel.text() == "用户名或密码不正确。"
    assert dialog.ui.passwordEdit.text() == ""  # cleared for the next try
    dialog.ui.passwordEdit.setText("x")
    dialog.ui.passwordEdit.textEdited.emit("x")
    assert not dialog.ui.errorLabel.isVisible()  # typing again clears the message


def test_empty_fields_are_asked_for_without_calling_the_service(qtbot, demo_db, ops, monkeypatch):
    dialog = make_login(qtbot, demo_db, ops)
    called = []
    monkeypatch.setattr(users, "authenticate", lambda *a, **k: called.append(a))
    sign_in_with(dialog, "", "")
    assert dialog.ui.errorLabel.isVisible() and not called and ops.pending == 0
    sign_in_with(dialog, "admin", "")
    assert dialog.ui.errorLabel.isVisible() and not called and ops.pending == 0


def test_five_wrong_passwords_lock_the_account(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    for _ in range(users.MAX_FAILED_LOGINS):
        signed_in_with(qtbot, dialog, "jiaowu", "wrong-password")
        assert "不正确" in dialog.ui.errorLabel.text()
    signed_in_with(qtbot, dialog, "jiaowu", PASSWORD)  # even the right password now
    text = dialog.ui.errorLabel.text()
    assert dialog.user is None
    assert "锁定" in text and "分钟后再试" in text and "15" in text


def test_demo_logins_are_listed_on_a_demo_database(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    table = dialog.ui.demoTable
    assert dialog.ui.demoBox.isVisible()
    rows = [[table.item(r, c).text() for c in range(3)] for r in range(table.rowCount())]
    assert rows == [["admin", PASSWORD, "管理员"], ["jiaowu", PASSWORD, "教务"], ["mentor", PASSWORD, "导师"]]
    rect = table.visualItemRect(table.item(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert dialog.ui.usernameEdit.text() == "mentor" and dialog.ui.passwordEdit.text() == PASSWORD
    dialog.ui.signInButton.click()
    assert not dialog.ui.signInButton.isEnabled()  # while the service checks the password
    settle(qtbot, ops)
    assert dialog.user.role is Role.MENTOR and dialog.ui.signInButton.isEnabled()


def test_no_demo_logins_on_a_real_database(qtbot, db, admin, ops):
    users.add_user(db, admin, "admin", "Real#Pass2025", Role.ADMIN)
    dialog = make_login(qtbot, db, ops)
    assert not dialog.ui.demoBox.isVisible()
    assert dialog.ui.demoTable.rowCount() == 0


def test_the_database_in_use_is_named(qtbot, demo_db, ops):
    dialog = make_login(qtbot, demo_db, ops)
    assert demo_db.describe() in dialog.ui.databaseLabel.text()


# --------------------------------------------------------------------------- first start

def make_first_admin(qtbot, db, ops):
    from jiarenbase.gui.dialogs.first_admin_dialog import FirstAdminDialog

    dialog = FirstAdminDialog(db, ops, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def fill_admin(dialog, password: str, again: str, name: str = "admin") -> None:
    dialog.ui.usernameEdit.setText(name)
    dialog.ui.displayNameEdit.setText("基地管理员")
    dialog.ui.passwordEdit.setText(password)
    dialog.ui.confirmEdit.setText(again)


def test_first_admin_refuses_two_different_passwords(qtbot, db, ops):
    assert not users.has_users(db)
    dialog = make_first_admin(qtbot, db, ops)
    fill_admin(dialog, "Strong#2025", "Strong#2026")
    dialog.ui.createButton.click()
    assert ops.pending == 0  # refused before any service call
    assert dialog.ui.confirmError.isVisible() and dialog.ui.confirmError.text()
    assert dialog.user is None and not users.has_users(db)


def test_first_admin_refuses_a_weak_password_with_a_live_hint(qtbot, db, ops):
    dialog = make_first_admin(qtbot, db, ops)
    dialog.ui.passwordEdit.setText("abc")
    assert dialog.ui.passwordHint.text().startswith("太弱") and "至少 8 位" in dialog.ui.passwordHint.text()
    dialog.ui.passwordEdit.setText("abcdefgh")
    assert "两种" in dialog.ui.passwordHint.text()
    dialog.ui.passwordEdit.setText("abcdefg1")
    assert not dialog.ui.passwordHint.text().startswith("太弱")  # strong enough now
    fill_admin(dialog, "password", "password")
    dialog.ui.createButton.click()
    settle(qtbot, ops)
    assert dialog.ui.passwordHint.text().startswith("太弱")
    assert dialog.user is None and not users.has_users(db)


def test_first_admin_shows_the_services_user_name_message(qtbot, db, ops):
    dialog = make_first_admin(qtbot, db, ops)
    fill_admin(dialog, "Strong#2025", "Strong#2025", name="a b")
    dialog.ui.createButton.click()
    settle(qtbot, ops)
    assert dialog.ui.createButton.isEnabled() and dialog.ui.createButton.text() == "Create and sign in"
    assert dialog.ui.usernameError.isVisible() and "不含空格" in dialog.ui.usernameError.text()
    assert not users.has_users(db)


def test_first_admin_creates_the_admin_and_signs_in(qtbot, db, admin, ops):
    dialog = make_first_admin(qtbot, db, ops)
    assert dialog.ui.usernameEdit.text() == "admin"
    fill_admin(dialog, "Strong#2025", "Strong#2025")
    dialog.ui.createButton.click()
    assert not dialog.ui.createButton.isEnabled()
    settle(qtbot, ops)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.user.username == "admin" and dialog.user.role is Role.ADMIN
    assert dialog.user.last_login_at is not None  # signed in, not just created
    [made] = users.list_users(db, admin)
    assert made.role is Role.ADMIN and made.display_name == "基地管理员"
    assert users.authenticate(db, "admin", "Strong#2025").id == made.id


# --------------------------------------------------------------------------- start flow

def test_sign_in_picks_the_first_admin_dialog_on_an_empty_database(qtbot, db, ops, monkeypatch):
    from jiarenbase.gui import app as app_module

    def fake_exec(dialog):
        assert isinstance(dialog, app_module.FirstAdminDialog)
        fill_admin(dialog, "Strong#2025", "Strong#2025")
        dialog.ui.createButton.click()
        settle(qtbot, ops)
        return dialog.result()

    monkeypatch.setattr(app_module.FirstAdminDialog, "exec", fake_exec)
    user = app_module.sign_in(db, ops, "zh")
    assert user.role is Role.ADMIN


def test_sign_in_returns_none_when_the_person_quits(qtbot, demo_db, ops, monkeypatch):
    from jiarenbase.gui import app as app_module

    monkeypatch.setattr(app_module.LoginDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert app_module.sign_in(demo_db, ops, "zh") is None


def test_run_app_signs_in_then_opens_the_main_window_with_a_context(qtbot, qapp, tmp_path, monkeypatch):
    """The whole start with the app's own Operations (the global pool): settings file,
    database, login dialog, AppContext, main window."""
    from jiarenbase.core import config
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.gui import app as app_module

    data = tmp_path / "data"
    opened = open_database(None, data)
    build_demo(opened.db, students=40, seed=3)
    opened.db.dispose()
    config.save(data, config.AppConfig(keep_backups=12))
    made = []

    class FakeMainWindow(QMainWindow):  # a window (the daily backup reports to its status bar)
        sign_out_requested = Signal()
        switch_user_requested = Signal()
        closed = Signal()

        def __init__(self, ctx):
            super().__init__()
            qtbot.addWidget(self)
            made.append(ctx)

    def fake_exec(dialog):
        sign_in_with(dialog, "mentor", PASSWORD)
        qtbot.waitUntil(lambda: dialog.user is not None, timeout=10_000)
        return dialog.result()

    def fake_app_exec():
        qtbot.waitUntil(lambda: bool(made), timeout=10_000)  # the window opens once the person's look is loaded
        return 0

    monkeypatch.setattr("jiarenbase.gui.main_window.MainWindow", FakeMainWindow)  # imported after sign-in
    monkeypatch.setattr(app_module.LoginDialog, "exec", fake_exec)
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_app_exec))
    code = app_module.run_app(argparse.Namespace(db=None, data_dir=str(data), lang=None))
    assert code == 0
    [ctx] = made
    assert ctx.actor.username == "mentor" and ctx.is_mentor and ctx.lang == "zh"
    assert ctx.actor.origin.startswith("desktop ")  # where from: kept in the audit entries
    assert qapp.quitOnLastWindowClosed()  # given back after the run
    assert isinstance(ctx.ops, Operations) and ctx.ops.lang == "zh"  # the one the sign-in used too
    assert ctx.data_dir == data.resolve()
    assert "jiarenbase.sqlite3" in ctx.db.describe()
    log_text = (data / "logs" / "jiarenbase.log").read_text(encoding="utf-8")
    assert "Signed in: mentor" in log_text and "JiarenBase stopped" in log_text


def test_run_app_explains_a_database_it_cannot_open(qapp, tmp_path, monkeypatch):
    from jiarenbase.gui import app as app_module

    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", staticmethod(lambda *a: shown.append(a)))
    for dialog in (app_module.LoginDialog, app_module.FirstAdminDialog):
        monkeypatch.setattr(dialog, "exec", lambda d: pytest.fail("no sign-in without a database"))
    code = app_module.run_app(argparse.Namespace(db="//server/share/jiarenbase.sqlite3",
                                                 data_dir=str(tmp_path / "data"), lang="zh"))
    assert code == 1
    assert "网络共享" in shown[0][2]


def test_run_app_uses_the_saved_database_setting(qapp, tmp_path, monkeypatch):
    from jiarenbase.core import config
    from jiarenbase.gui import app as app_module

    data = tmp_path / "data"
    port_url = "postgresql://jiaren@127.0.0.1:1/jiarenbase"
    config.save(data, config.AppConfig(db_url=port_url))
    shown = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", staticmethod(lambda *a: shown.append(a)))
    for dialog in (app_module.LoginDialog, app_module.FirstAdminDialog):
        monkeypatch.setattr(dialog, "exec", lambda d: pytest.fail("no sign-in without a database"))
    code = app_module.run_app(argparse.Namespace(db=None, data_dir=str(data), lang="zh"))
    assert code == 1
    assert "无法连接 PostgreSQL 服务器 127.0.0.1:1" in shown[0][2]


# --------------------------------------------------------------------------- screenshots

def test_screenshots_of_login_and_first_admin(qtbot, qapp, demo_db, ops, screenshot_dir, tmp_path):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.gui.app import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    login = make_login(qtbot, demo_db, ops)
    signed_in_with(qtbot, login, "admin", "wrong-one")
    path = os.path.join(screenshot_dir, "login_dialog.png")
    assert login.grab().save(path)
    empty = open_database(None, tmp_path / "empty")
    try:
        first = make_first_admin(qtbot, empty.db, ops)
        first.ui.passwordEdit.setText("abc12")
        first.ui.confirmEdit.setText("abc")
        first.ui.createButton.click()
        settle(qtbot, ops)
        assert first.grab().save(os.path.join(screenshot_dir, "first_admin_dialog.png"))
    finally:
        empty.db.dispose()


def test_run_app_opens_the_real_main_window(qtbot, qapp, tmp_path, monkeypatch):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.gui import app as app_module
    from jiarenbase.gui.main_window import MainWindow

    data = tmp_path / "data"
    opened = open_database(None, data)
    build_demo(opened.db, students=40, seed=3)
    opened.db.dispose()
    windows = []

    def fake_exec(dialog):
        sign_in_with(dialog, "admin", PASSWORD)
        qtbot.waitUntil(lambda: dialog.user is not None, timeout=10_000)
        return dialog.result()

    def fake_app_exec():
        qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) and w.isVisible() for w in qapp.topLevelWidgets()),
                        timeout=10_000)
        [window] = [w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        windows.append(window)
        window.close()
        return 0

    monkeypatch.setattr(app_module.LoginDialog, "exec", fake_exec)
    monkeypatch.setattr(app_module.QApplication, "exec", staticmethod(fake_app_exec))
    assert app_module.run_app(argparse.Namespace(db=None, data_dir=str(data), lang="zh")) == 0
    assert windows and windows[0].ctx.actor.username == "admin"
