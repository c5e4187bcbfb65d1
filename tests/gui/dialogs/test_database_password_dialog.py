"""The password dialog the desktop shows at start when the PostgreSQL server wants a
password it does not have: says why (no keystore / refused), keeps it or not."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QDialog

from jiarenbase.core.credentials import NO_KEYSTORE, NOT_STORED, REFUSED, PasswordAnswer, PasswordRequest, Secret
from jiarenbase.core.errors import JiarenError

pytestmark = pytest.mark.gui
REFUSAL = JiarenError("PostgreSQL 服务器 10.0.0.5:5432 拒绝登录：用户名或密码不正确。", "refused")


def make(qtbot, reason: str, can_store: bool):
    from jiarenbase.gui.dialogs.database_password_dialog import DatabasePasswordDialog

    dialog = DatabasePasswordDialog(PasswordRequest("jiaren@10.0.0.5:5432/jiarenbase", reason, can_store, REFUSAL))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_without_a_keystore_it_says_so_and_keeps_nothing(qtbot):
    dialog = make(qtbot, NO_KEYSTORE, can_store=False)
    ui = dialog.ui
    assert ui.message.text().startswith("本机没有可用的系统密码库，请输入数据库密码")
    assert "只用于本次运行" in ui.message.text() and "jiaren@10.0.0.5:5432/jiarenbase" in ui.message.text()
    assert not ui.storeCheck.isVisible() and not ui.serverAnswer.isVisible()
    assert ui.passwordEdit.echoMode() == ui.passwordEdit.EchoMode.Password
    ui.passwordEdit.setText("S3cret!")
    ui.connectButton.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.answer() == PasswordAnswer(Secret("S3cret!"), store=False)


def test_a_refused_password_shows_the_servers_answer_and_offers_to_keep_the_new_one(qtbot):
    dialog = make(qtbot, REFUSED, can_store=True)
    ui = dialog.ui
    assert "拒绝了密码" in ui.message.text()
    assert ui.serverAnswer.isVisible() and "用户名或密码不正确" in ui.serverAnswer.text()
    assert ui.storeCheck.isVisible() and ui.storeCheck.isChecked()
    ui.connectButton.click()  # nothing typed: said, not accepted
    assert dialog.isVisible() and dialog.ui.serverAnswer.text() == dialog.tr("Enter the password.")
    ui.passwordEdit.textEdited.emit("n")  # typing brings the server's answer back
    assert "用户名或密码不正确" in ui.serverAnswer.text()
    ui.passwordEdit.setText("new")
    ui.storeCheck.setChecked(False)
    ui.connectButton.click()
    assert dialog.answer() == PasswordAnswer(Secret("new"), store=False)


def test_quit_gives_no_answer(qtbot):
    dialog = make(qtbot, NOT_STORED, can_store=True)
    dialog.ui.passwordEdit.setText("typed but not sent")
    dialog.ui.quitButton.click()
    assert dialog.answer() is None


def test_ask_database_password_runs_the_dialog(qtbot, monkeypatch):
    from jiarenbase.gui.dialogs import database_password_dialog as module

    def fake_exec(dialog):
        dialog.ui.passwordEdit.setText("S3cret!")
        dialog.ui.connectButton.click()
        return dialog.result()

    monkeypatch.setattr(module.DatabasePasswordDialog, "exec", fake_exec)
    request = PasswordRequest("jiaren@h:5432/db", NOT_STORED, True, REFUSAL)
    assert module.ask_database_password(request) == PasswordAnswer(Secret("S3cret!"), store=True)


def test_screenshot(qtbot, qapp, screenshot_dir):
    from jiarenbase.gui.theme import apply_theme, install_translators
    from screen_checks import clipped

    install_translators(qapp, "zh")
    apply_theme(qapp)
    for reason in (NO_KEYSTORE, REFUSED):
        dialog = make(qtbot, reason, can_store=reason == REFUSED)
        dialog.adjustSize()
        qapp.processEvents()
        assert dialog.grab().save(os.path.join(screenshot_dir, f"database_password_{reason}.png"))
        assert clipped(dialog) == []
