"""The idle lock (gui/idle_lock.py, DesktopSession.lock): after the idle time without
input every window is covered and the sign-in window in its locked mode asks for the
password; the right one restores everything, a wrong one keeps it locked (the lockout
rules hold); a dialog running exec() keeps its typed text and still accepts; 切换用户
in the lock leads to the sign-out; idle_lock_minutes = 0 never locks. The idle time is
given in milliseconds here."""
from __future__ import annotations

import os

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit, QMessageBox, QWidget

from jiarenbase.core import config
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import users
from jiarenbase.gui.idle_lock import IDLE_STEPS, IdleWatch, covered, idle_lock_ms
from jiarenbase.gui.session_loop import DesktopSession

# the offscreen platform cannot make a window transparent; it says so (Windows, macOS and X11 can)
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("This plugin does not support setting window opacity")]
PASSWORD = "Jiaren@2025"
IDLE_MS = 300


@pytest.fixture
def demo_db(db):
    build_demo(db, students=20, seed=3)
    return db


@pytest.fixture
def make_session(qapp, qtbot, demo_db, ops, drain, tmp_path):
    made: list[DesktopSession] = []

    def make(idle_ms: int | None = IDLE_MS, name: str = "admin") -> DesktopSession:
        desk = DesktopSession(demo_db, ops, "zh", tmp_path, idle_ms=idle_ms)
        made.append(desk)
        with qtbot.waitSignal(desk.window_opened, timeout=10_000):
            desk.begin(users.authenticate(demo_db, name, PASSWORD))
        return desk

    yield make
    for desk in made:
        desk.finish()
    for window in QApplication.topLevelWidgets():
        if isinstance(window, QDialog):
            QDialog.done(window, QDialog.DialogCode.Rejected)
        window.close()
    drain()


def unlock_with(lock, password: str) -> None:
    lock.ui.passwordEdit.setText(password)
    lock.ui.signInButton.click()


# --------------------------------------------------------------------------- the watch

def test_the_idle_time_comes_from_the_settings():
    assert idle_lock_ms(config.AppConfig(idle_lock_minutes=0)) == 0
    assert idle_lock_ms(config.AppConfig(idle_lock_minutes=5)) == 300_000
    assert idle_lock_ms(object()) == 30 * 60_000  # a settings file from before the setting: 30 minutes


def test_input_keeps_the_watch_quiet_and_idleness_wakes_it(qtbot, qapp):
    target = QWidget()
    qtbot.addWidget(target)
    fired: list[bool] = []
    watch = IdleWatch(IDLE_MS)
    watch.idle.connect(lambda: fired.append(True))
    watch.start()
    sent = [0]

    def touch() -> None:  # a key now, a mouse move next time: both are input
        event = (QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier) if sent[0] % 2 else
                 QMouseEvent(QEvent.Type.MouseMove, QPointF(5, 5), QPointF(5, 5), Qt.MouseButton.NoButton,
                             Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
        QApplication.sendEvent(target, event)
        sent[0] += 1

    typing = QTimer(interval=IDLE_MS // 5)
    typing.timeout.connect(touch)
    typing.start()
    qtbot.waitUntil(lambda: sent[0] >= 20, timeout=10_000)  # four idle periods of steady input
    typing.stop()
    assert fired == [] and watch.running
    with qtbot.waitSignal(watch.idle, timeout=5_000):
        pass
    assert fired == [True] and not watch.running  # once; start() again after the unlock
    watch.stop()


def test_an_injected_timer_sets_the_pace(qapp):
    timer = QTimer()
    watch = IdleWatch(60_000, timer=timer)
    assert timer.interval() == 60_000 // IDLE_STEPS
    watch.start()
    for _ in range(IDLE_STEPS - 1):
        timer.timeout.emit()
    fired: list[bool] = []
    watch.idle.connect(lambda: fired.append(True))
    watch.eventFilter(None, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier))
    timer.timeout.emit()  # input came: the count starts over
    for _ in range(IDLE_STEPS - 1):
        timer.timeout.emit()
    assert fired == []
    timer.timeout.emit()
    assert fired == [True]


# --------------------------------------------------------------------------- the lock

def test_idle_locks_and_the_right_password_unlocks(make_session, qtbot, drain):
    session = make_session()
    window = session.window
    student = window.open_student(1)
    drain()
    qtbot.waitUntil(lambda: session.locked, timeout=10_000)
    lock = session.lock_dialog
    assert lock.isVisible() and lock.windowModality() == Qt.WindowModality.ApplicationModal
    assert covered(window) and window.windowOpacity() == 0 and window.isVisible()  # covered, not hidden
    assert covered(student) and student.isVisible()
    assert not covered(lock) and lock.windowOpacity() == 1
    assert lock.ui.usernameEdit.text() == "admin" and lock.ui.usernameEdit.isReadOnly()
    assert lock.ui.switchUserButton.isVisible() and not lock.ui.quitButton.isVisible()
    assert not lock.ui.demoBox.isVisible()
    lock.reject()  # Esc
    lock.close()  # the window's close button
    assert lock.isVisible() and session.locked
    later = window.open_student(2)  # a window that comes up while locked is covered too
    assert covered(later)
    unlock_with(lock, PASSWORD)
    drain()
    assert not session.locked and session.lock_dialog is None and session.window is window
    assert not covered(window) and window.windowOpacity() == 1 and not covered(student)
    assert session.watch.running  # watching again
    qtbot.waitUntil(lambda: session.locked, timeout=10_000)  # and locks again after the next idle time


def test_a_wrong_password_keeps_it_locked_and_the_lockout_holds(make_session, qtbot, drain):
    session = make_session()
    qtbot.waitUntil(lambda: session.locked, timeout=10_000)
    lock = session.lock_dialog
    unlock_with(lock, "not-the-password")
    drain()
    assert session.locked and lock.isVisible() and covered(session.window)
    assert lock.ui.errorLabel.text() == "用户名或密码不正确。" and lock.ui.passwordEdit.text() == ""
    for _ in range(users.MAX_FAILED_LOGINS - 1):
        unlock_with(lock, "not-the-password")
        drain()
    unlock_with(lock, PASSWORD)  # the account is locked now: even the right password waits
    drain()
    assert session.locked and "锁定" in lock.ui.errorLabel.text()


def test_no_lock_when_the_idle_time_is_zero(make_session, qtbot, tmp_path):
    config.save(tmp_path, config.AppConfig(idle_lock_minutes=0))
    session = make_session(idle_ms=None)  # from the settings
    assert session.watch.idle_ms == 0 and not session.watch.running
    ticks = [0]
    clock = QTimer(interval=IDLE_MS // 10)
    clock.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    clock.start()
    qtbot.waitUntil(lambda: ticks[0] >= 20, timeout=10_000)  # twice the test's idle time
    clock.stop()
    assert not session.locked and not covered(session.window)
    config.save(tmp_path, config.AppConfig(idle_lock_minutes=5))
    minutes = make_session(idle_ms=None)
    assert minutes.watch.idle_ms == 300_000 and minutes.watch.running


def run_form_through(qtbot, session, steps) -> tuple[int, list]:
    """A form (a dialog with typed text) runs exec() over the main window while `steps`
    (callables returning True when done) are taken one by one from a timer inside that
    exec(). Returns exec()'s code and what the steps noted."""
    form = QDialog(session.window)
    edit = QLineEdit(form)
    notes: list = []
    queue = list(steps)

    def step() -> None:
        if queue and queue[0](form, edit, notes):
            queue.pop(0)
        if not queue:
            driver.stop()

    driver = QTimer(interval=10)
    driver.timeout.connect(step)
    watchdog = QTimer(singleShot=True, interval=30_000)
    watchdog.timeout.connect(lambda: (notes.append("timed out"), QDialog.done(form, 99)))
    driver.start()
    watchdog.start()
    code = form.exec()
    watchdog.stop()
    driver.stop()
    return code, notes


def test_a_dialog_keeps_its_typed_text_through_lock_and_unlock(make_session, qtbot, ops, drain):
    session = make_session()

    def type_text(form, edit, notes):
        if not form.isVisible():
            return False
        edit.setFocus()
        for ch in "未保存的备注":  # typed: key events through the app, as a person's keys come
            QApplication.sendEvent(edit, QKeyEvent(QEvent.Type.KeyPress, 0, Qt.KeyboardModifier.NoModifier, ch))
        return True

    def locked(form, edit, notes):
        if not session.locked:
            return False
        notes.append((form.isVisible(), covered(form), edit.text()))
        unlock_with(session.lock_dialog, PASSWORD)
        return True

    def unlocked(form, edit, notes):
        if session.locked or ops.pending:
            return False
        notes.append((form.isVisible(), covered(form), edit.text()))
        form.accept()  # the form still works: its exec() ends as the person chose
        return True

    code, notes = run_form_through(qtbot, session, [type_text, locked, unlocked])
    assert notes == [(True, True, "未保存的备注"), (True, False, "未保存的备注")]
    assert code == QDialog.DialogCode.Accepted


def test_switch_user_in_the_lock_signs_out_over_a_running_dialog(make_session, qtbot, ops, drain, monkeypatch):
    session = make_session()
    window = session.window
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda parent, _t, text, *_a: (asked.append((parent, text)), QMessageBox.StandardButton.Yes)[1]))

    def locked(form, edit, notes):
        if not session.locked:
            return False
        lock = session.lock_dialog
        lock.ui.switchUserButton.click()  # 切换用户
        notes.append(lock)
        return True

    code, notes = run_form_through(qtbot, session, [locked])
    assert code == QDialog.DialogCode.Rejected  # the form's exec() ended: the sign-out closed it
    [lock] = notes
    assert len(asked) == 1 and asked[0][0] is lock  # asked in the lock, which is not covered
    assert window.windowTitle()  # hidden but not deleted under the code that ran exec()
    assert not window.isVisible() and session.window is None and not session.locked
    dialog = session.sign_in_dialog
    assert dialog.isVisible() and not covered(dialog) and dialog.windowOpacity() == 1
    deleted: list[bool] = []
    window.destroyed.connect(lambda *_: deleted.append(True))
    drain()
    dialog.ui.usernameEdit.setText("mentor")
    dialog.ui.passwordEdit.setText(PASSWORD)
    dialog.ui.signInButton.click()
    qtbot.waitUntil(lambda: session.window is not None and bool(deleted), timeout=10_000)
    assert session.window.ctx.is_mentor and not covered(session.window)
    drain()


@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshot_of_the_lock_window(make_session, qtbot, qapp, out_dir, tmp_path, theme):
    from jiarenbase.gui.theme import apply_theme, install_translators, is_dark

    install_translators(qapp, "zh")
    # A restyle costs in proportion to the widgets alive: only when the look changes, and back
    # to light only once this test's windows are gone.
    if is_dark(qapp) != (theme == "dark") or not qapp.styleSheet():
        apply_theme(qapp, dark=theme == "dark")
    config.save(tmp_path, config.AppConfig(theme=theme))  # this desktop's look: the person has none of their own
    before = set(QApplication.topLevelWidgets())
    session = make_session()
    try:
        qtbot.waitUntil(lambda: session.locked, timeout=10_000)
        lock = session.lock_dialog
        unlock_with(lock, "wrong-password")
        qtbot.waitUntil(lambda: lock.ui.errorLabel.isVisible(), timeout=10_000)
        path = os.path.join(out_dir, f"lock_window_{theme}.png")
        assert lock.grab().save(path)
        assert os.path.getsize(path) > 5_000
    finally:
        session.finish()
        for window in set(QApplication.topLevelWidgets()) - before:  # this test's windows only
            if isinstance(window, QDialog):
                QDialog.done(window, QDialog.DialogCode.Rejected)
            window.close()
            window.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        if is_dark(qapp):
            apply_theme(qapp, dark=False)
