"""The first-start dialog (first_admin_dialog.py) while the account is being made:
closed meanwhile, and a bug in the service. The everyday first start is tested in
tests/gui/test_login.py."""
from __future__ import annotations

import threading

import pytest

from jiarenbase.core.services import users
from jiarenbase.gui.dialogs import first_admin_dialog
from jiarenbase.gui.dialogs.first_admin_dialog import FirstAdminDialog
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui


def fill(dialog) -> None:
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText("Strong#2025")
    dialog.ui.confirmEdit.setText("Strong#2025")


def test_closed_while_the_account_is_made(qtbot, db, ops, drain, monkeypatch):
    gate, started = threading.Event(), threading.Event()
    real = first_admin_dialog._create_and_sign_in

    def waits(*args):
        started.set()
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(first_admin_dialog, "_create_and_sign_in", waits)
    ran = []
    for name in ("_created", "_failed"):
        monkeypatch.setattr(FirstAdminDialog, name, lambda self, *a, _n=name: ran.append(_n))
    dialog = FirstAdminDialog(db, ops, "zh")
    dialog.show()
    fill(dialog)
    dialog.ui.createButton.click()
    qtbot.waitUntil(started.is_set)
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    gate.set()
    drain()
    assert ran == []
    assert users.has_users(db)  # the account was made all the same: the next start signs in


def test_a_bug_goes_to_the_crash_dialog_and_the_button_comes_back(qtbot, db, monkeypatch):
    reported = []
    ops = Operations(on_unexpected=reported.append)

    def broken(*args):
        raise KeyError("a bug")

    monkeypatch.setattr(first_admin_dialog, "_create_and_sign_in", broken)
    dialog = FirstAdminDialog(db, ops, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    dialog.ui.createButton.click()
    assert not dialog.ui.createButton.isEnabled()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert len(reported) == 1 and isinstance(reported[0], KeyError)
    assert not dialog.ui.errorLabel.isVisible()
    assert dialog.ui.createButton.isEnabled() and dialog.ui.createButton.text() == "Create and sign in"
    assert dialog.user is None
