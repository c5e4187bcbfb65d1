"""文件 → 注销 and 切换用户 (gui/session_loop.py): the session's windows close, the
sign-in window comes up, the next person gets a fresh main window of their role on
the same open database; Quit at that window ends the app; 切换用户 keeps the session
on Cancel. The daily backup runs once per run, its warning reaches later windows."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import users
from jiarenbase.gui.main_window import MENTOR_PAGES
from jiarenbase.gui.session_loop import DesktopSession

pytestmark = pytest.mark.gui
PASSWORD = "Jiaren@2025"  # the demo accounts'


@pytest.fixture
def session(qapp, db, ops, drain, tmp_path):
    """A desktop session on the demo database, signed in as the administrator; no idle lock."""
    build_demo(db, students=30, seed=3)
    desk = DesktopSession(db, ops, "zh", tmp_path, idle_ms=0)
    desk.begin(users.authenticate(db, "admin", PASSWORD))
    drain()  # the person's own look, then the window
    assert desk.window is not None and desk.window.isVisible()
    yield desk
    desk.finish()
    for window in QApplication.topLevelWidgets():  # whatever the test left open
        if isinstance(window, QDialog):
            QDialog.done(window, QDialog.DialogCode.Rejected)
        window.close()
    drain()


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox.question answers as told (Yes by default) and records the questions."""
    asked: list[str] = []
    reply = {"button": QMessageBox.StandardButton.Yes}

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return reply["button"]

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked, reply


def sign_in(qtbot, dialog, name: str) -> None:
    dialog.ui.usernameEdit.setText(name)
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.signInButton.click()


def deletion_of(widget) -> list[bool]:
    """[True] once the widget's C++ object is destroyed."""
    destroyed: list[bool] = []
    widget.destroyed.connect(lambda *_: destroyed.append(True))
    return destroyed


def test_sign_out_then_a_mentor_signs_in_and_gets_a_mentors_window(session, qtbot, drain, db, answer):
    asked, _reply = answer
    old, old_ctx = session.window, session.ctx
    deleted = deletion_of(old)
    student = old.open_student(1)
    drain()
    assert student.isVisible()
    old.sign_out_action.trigger()  # 文件 → 注销
    assert asked == []  # no dialog was open: nothing to lose, nothing asked
    assert session.window is None and not old.isVisible() and not student.isVisible()
    dialog = session.sign_in_dialog
    assert dialog is not None and dialog.isVisible() and dialog.mode == "start"
    assert dialog.ui.quitButton.isVisible()
    drain()  # the demo accounts
    sign_in(qtbot, dialog, "mentor")
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    new = session.window
    assert new is not old and new.isVisible() and session.sign_in_dialog is None
    assert new.ctx.actor.username == "mentor" and new.ctx.is_mentor
    assert new.ctx.actor.origin.startswith("desktop ")
    assert new.ctx.db is db  # the database stays open: not opened again
    assert new.ctx.undo is not old_ctx.undo and new.ctx.undo.count() == 0
    assert set(new.page_keys) == MENTOR_PAGES
    assert "导师" in new.user_label.text()  # the status bar names the signed-in person
    assert not new.import_action.isVisible() and not new.open_data_dir.isVisible()
    qtbot.waitUntil(lambda: bool(deleted))  # the old window is deleted once back in the home loop
    drain()


def test_open_dialogs_are_asked_about_and_closed(session, qtbot, answer):
    asked, reply = answer
    window = session.window
    form = QDialog(window)
    QLineEdit("未保存的输入", form)
    form.open()
    reply["button"] = QMessageBox.StandardButton.No
    window.sign_out_action.trigger()
    assert len(asked) == 1 and session.window is window and form.isVisible()  # No: nothing happens
    reply["button"] = QMessageBox.StandardButton.Yes
    window.sign_out_action.trigger()
    assert len(asked) == 2 and session.window is None
    assert not form.isVisible() and form.result() == QDialog.DialogCode.Rejected
    assert session.sign_in_dialog.isVisible()


def test_quit_at_the_sign_in_window_ends_the_app(session, qtbot, drain):
    session.window.sign_out_action.trigger()
    drain()
    with qtbot.waitSignal(session.ended, timeout=5_000):
        session.sign_in_dialog.ui.quitButton.click()
    assert session.window is None and session.sign_in_dialog is None


def test_switch_user_cancel_keeps_the_session(session, qtbot, drain):
    window, ctx = session.window, session.ctx
    window.switch_user_action.trigger()  # 文件 → 切换用户
    dialog = session.switch_dialog
    assert dialog is not None and dialog.isVisible() and dialog.parent() is window
    assert dialog.mode == "switch"
    drain()
    dialog.ui.quitButton.click()  # Cancel
    assert session.switch_dialog is None
    assert session.window is window and session.ctx is ctx and window.isVisible()
    assert ctx.actor.username == "admin"


def test_switch_user_to_another_account_replaces_the_window(session, qtbot, drain):
    old = session.window
    deleted = deletion_of(old)
    old.switch_user_action.trigger()
    drain()
    sign_in(qtbot, session.switch_dialog, "jiaowu")
    qtbot.waitUntil(lambda: session.window not in (None, old), timeout=10_000)
    new = session.window
    qtbot.waitUntil(lambda: bool(deleted))  # the old window went once the new one was up
    assert new.isVisible()
    assert new.ctx.actor.username == "jiaowu" and not new.ctx.is_admin and not new.ctx.is_mentor
    assert "users" not in new.page_keys and "reports" in new.page_keys  # staff: no admin pages
    assert "教务" in new.user_label.text()
    drain()


def test_switch_user_to_the_same_account_keeps_the_window(session, qtbot, drain):
    window = session.window
    window.switch_user_action.trigger()
    drain()
    sign_in(qtbot, session.switch_dialog, "admin")
    qtbot.waitUntil(lambda: session.switch_dialog is None, timeout=10_000)
    assert session.window is window and window.isVisible()


def test_the_daily_backup_runs_once_and_its_warning_reaches_later_windows(session, qtbot, drain, monkeypatch,
                                                                         tmp_path):
    from jiarenbase.core.bootstrap import OpenedDatabase
    from jiarenbase.core.errors import JiarenError
    from jiarenbase.core.services import auto_backup
    from jiarenbase.gui.app import start_daily_backup

    runs = []

    def failing(db, data_dir):
        runs.append(data_dir)
        return auto_backup.DailyBackup(None, JiarenError("磁盘已满", "disk full"))

    monkeypatch.setattr(auto_backup, "daily_backup", failing)
    opened = OpenedDatabase(session.db, tmp_path, "current", None)
    start_daily_backup(session.ops, opened, session.window, "zh", session)
    drain()
    from PySide6.QtWidgets import QLabel

    assert session.window.statusBar().findChild(QLabel, "backupWarning") is not None
    session.window.sign_out_action.trigger()
    drain()
    sign_in(qtbot, session.sign_in_dialog, "jiaowu")
    qtbot.waitUntil(lambda: session.window is not None, timeout=10_000)
    drain()
    assert session.window.statusBar().findChild(QLabel, "backupWarning") is not None
    assert len(runs) == 1  # once per run, not per sign-in


def test_closing_the_main_window_ends_the_app(session, qtbot):
    window = session.window
    with qtbot.waitSignal(session.ended, timeout=5_000):
        window.close()  # 文件 → 退出, or the window's ×
    assert session.window is None


def test_a_main_window_that_cannot_be_built_ends_the_app(qapp, db, ops, drain, qtbot, tmp_path, monkeypatch):
    """No window to work in and the app would run on unseen (the session, not Qt, ends it)."""
    def broken(_ctx):
        raise RuntimeError("a page could not be built")

    monkeypatch.setattr("jiarenbase.gui.main_window.MainWindow", broken)
    build_demo(db, students=10, seed=3)
    desk = DesktopSession(db, ops, "zh", tmp_path, idle_ms=0)
    with qtbot.captureExceptions() as caught, qtbot.waitSignal(desk.ended, timeout=10_000):
        desk.begin(users.authenticate(db, "admin", PASSWORD))
    assert [str(exc) for _type, exc, _tb in caught] == ["a page could not be built"]  # shown in the crash dialog
    assert desk.window is None
