"""The login dialog (login_dialog.py) while its calls are under way: closed while the
demo accounts or the sign-in are loading, a demo list that cannot be read, and a bug
in the sign-in. The everyday sign-in is tested in tests/gui/test_login.py."""
from __future__ import annotations

import logging
import threading

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import users
from jiarenbase.gui.dialogs.login_dialog import LoginDialog
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui
PASSWORD = "Jiaren@2025"


@pytest.fixture
def demo_db(db):
    build_demo(db, students=10, seed=3)
    return db


def blocked(monkeypatch, name):
    """users.<name> waits for the gate before answering."""
    gate, started = threading.Event(), threading.Event()
    real = getattr(users, name)

    def waits(*args, **kwargs):
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(users, name, waits)
    return gate, started


def spy(monkeypatch, *names):
    ran = []
    for name in names:
        monkeypatch.setattr(LoginDialog, name, lambda self, *a, _n=name: ran.append(_n))
    return ran


def close_in_flight(qtbot, dialog, gate, started, ops, drain):
    qtbot.waitUntil(started.is_set)
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    gate.set()
    drain()


def test_closed_while_the_demo_accounts_load(qtbot, demo_db, ops, drain, monkeypatch):
    gate, started = blocked(monkeypatch, "demo_logins")
    ran = spy(monkeypatch, "show_demo_logins")
    dialog = LoginDialog(demo_db, ops, "zh")
    dialog.show()
    close_in_flight(qtbot, dialog, gate, started, ops, drain)
    assert ran == []


def test_closed_while_signing_in(qtbot, demo_db, ops, drain, monkeypatch):
    dialog = LoginDialog(demo_db, ops, "zh")
    dialog.show()
    drain()
    gate, started = blocked(monkeypatch, "authenticate")
    ran = spy(monkeypatch, "_signed_in", "_failed", "_busy")
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.signInButton.click()
    close_in_flight(qtbot, dialog, gate, started, ops, drain)
    assert ran == ["_busy"]  # only the one before the call: nothing after it


def test_demo_accounts_that_cannot_be_read_leave_the_sign_in_working(qtbot, demo_db, ops, drain, monkeypatch,
                                                                    caplog):
    def old_database(db):
        raise RuntimeError("no such table: setting")

    monkeypatch.setattr(users, "demo_logins", old_database)
    with caplog.at_level(logging.WARNING, logger="jiarenbase.gui.dialogs.login_dialog"):
        dialog = LoginDialog(demo_db, ops, "zh")
        qtbot.addWidget(dialog)
        dialog.show()
        drain()
    assert not dialog.ui.demoBox.isVisible()
    assert any("Demo logins unavailable" in r.getMessage() for r in caplog.records)
    dialog.ui.usernameEdit.setText("jiaowu")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.signInButton.click()
    drain()
    assert dialog.user is not None and dialog.user.username == "jiaowu"


def test_a_bug_in_the_sign_in_goes_to_the_crash_dialog_and_the_button_comes_back(qtbot, demo_db, monkeypatch):
    reported = []
    ops = Operations(on_unexpected=reported.append)
    dialog = LoginDialog(demo_db, ops, "zh")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: ops.pending == 0)

    def broken(*args):
        raise TypeError("a bug")

    monkeypatch.setattr(users, "authenticate", broken)
    dialog.ui.usernameEdit.setText("admin")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.signInButton.click()
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert len(reported) == 1 and isinstance(reported[0], TypeError)
    assert not dialog.ui.errorLabel.isVisible()  # not dressed up as a wrong password
    assert dialog.ui.signInButton.isEnabled() and dialog.ui.signInButton.text() == "Sign in"
    assert dialog.user is None
