"""The signed-in part of a desktop run: sign-in → main window → 注销 / 切换用户 → sign-in …,
and the idle lock (空闲锁定).

The database stays open for the whole run. Each sign-in gets a fresh AppContext (its
own undo stack, the person's Actor with where they act from) and a fresh main window
whose pages that person's role decides, in the person's own look (个人设置: loaded off
the GUI thread and applied before the window is built — restyling a built main window
freezes the screen for seconds). The session, not Qt, ends the app (`ended`): between
a sign-in and the new window no window is on screen, which would otherwise quit it.

After the first sign-in everything here is driven by signals: the sign-in, switch-user
and lock windows are shown, never exec()'d. A sign-out can come while dialogs run their
own exec() deeper in the stack (切换用户 in the lock, over a half-filled form): those are
ended with QDialog.done(Rejected) (not their reject(), which would ask about unsaved
changes again) and unwind once the handler returns. The old main window is hidden at
once but deleted only when the next person signs in (or the app ends): deleted at once,
it could vanish under the code still waiting in such a dialog's exec() (Qt deletes a
deleteLater()'d object as soon as control is back in the loop it was called from).

# zh_CN: English → 中文
#   Close open windows? → 关闭已打开的窗口？
#   Open windows will be closed; what is not saved in them is lost. Go on?
#     → 已打开的窗口将被关闭，其中未保存的内容会丢失。继续吗？
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QMessageBox, QWidget

from ..core import config
from ..core.origin import origin
from ..core.services.context import Actor, Database
from ..core.services.personal_settings import PersonalSettings, load_personal
from ..core.services.users import UserDTO
from .context import AppContext
from .dialogs.login_dialog import LoginDialog
from .idle_lock import Curtain, IdleWatch, close_popups, idle_lock_ms
from .operations import Operations
from .personal import apply_personal

log = logging.getLogger("jiarenbase")


def personal_look(db: Database, actor: Actor, data_dir: Path) -> PersonalSettings | None:
    """The person's own look (background thread); None when it cannot be read — the
    window then opens in the current look rather than not at all."""
    try:
        return load_personal(db, actor, data_dir)
    except Exception:  # noqa: BLE001 - a look must never keep anyone out; the traceback is logged
        log.exception("Personal settings of %s could not be loaded", actor.username)
        return None


class DesktopSession(QObject):
    """`window`: the signed-in person's main window (None between sessions);
    `locked`: the idle lock is up. `idle_ms` None reads the idle time from the
    desktop's settings at each sign-in; 0 never locks."""

    window_opened = Signal(object)  # the new MainWindow
    locked_changed = Signal(bool)
    ended = Signal()  # Quit at the sign-in window, or the main window closed: the app ends

    def __init__(self, db: Database, ops: Operations, lang: str, data_dir: Path, *,
                 idle_ms: int | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db, self.ops, self.lang, self.data_dir = db, ops, lang, Path(data_dir)
        self.idle_ms = idle_ms
        self.window: QMainWindow | None = None
        self.ctx: AppContext | None = None
        self.user: UserDTO | None = None
        self.sign_in_dialog: LoginDialog | None = None  # after a sign-out
        self.switch_dialog: LoginDialog | None = None
        self.lock_dialog: LoginDialog | None = None
        self._curtain: Curtain | None = None
        self.watch = IdleWatch(0, self)
        self._retired: list[QWidget] = []  # main windows of ended sessions, hidden, deleted at the next sign-in
        self._replacing: QMainWindow | None = None  # 切换用户: the old window, until the new one is up

    @property
    def locked(self) -> bool:
        return self.lock_dialog is not None

    # ------------------------------------------------------------------ a session
    def begin(self, user: UserDTO) -> None:
        """Open the main window for a person who just signed in (`window_opened` says
        when): their own look first, then the window."""
        self._delete_retired()  # any dialog.exec() of theirs ended long ago: the person signed in since
        actor = user.actor(origin("desktop"))
        self.ops.run(self, personal_look, self.db, actor, self.data_dir, latest="begin",
                     success=lambda prefs: self._open(user, actor, prefs))

    def _open(self, user: UserDTO, actor: Actor, prefs: PersonalSettings | None) -> None:
        from .main_window import MainWindow  # after sign-in: the sign-in window comes up sooner

        try:
            if prefs is not None:
                apply_personal(QApplication.instance(), prefs)  # the language follows at the next start
            ctx = AppContext(self.db, actor=actor, ops=self.ops, lang=self.lang, data_dir=self.data_dir)
            window = MainWindow(ctx)  # the main window gets everything through the AppContext
        except Exception:
            self.ended.emit()  # no window to work in: the app ends once the crash dialog has said why
            raise
        window.sign_out_requested.connect(self.sign_out)
        window.switch_user_requested.connect(self.switch_user)
        window.closed.connect(lambda: self._closed(window))
        self.window, self.ctx, self.user = window, ctx, user
        window.show()
        old, self._replacing = self._replacing, None
        if old is not None:  # 切换用户: only now the old window goes (from the menu: no exec() runs under it)
            self._close_windows(old, keep=window)
            self._delete_retired()
        self._start_watch()
        log.info("Session of %s (%s) began", user.username, user.role.value)
        self.window_opened.emit(window)

    def _closed(self, window: QMainWindow) -> None:
        """The person closed the main window (文件 → 退出, the window's ×): the app ends."""
        if window is self.window:
            self._detach()
            self.ended.emit()

    def _start_watch(self) -> None:
        idle_ms = self.idle_ms if self.idle_ms is not None else idle_lock_ms(config.load(self.data_dir))
        if idle_ms != self.watch.idle_ms:
            self.watch.stop()
            self.watch.deleteLater()
            self.watch = IdleWatch(idle_ms, self)
            self.watch.idle.connect(self.lock)
        self.watch.start()

    # ------------------------------------------------------------------ 注销
    def sign_out(self) -> None:
        """文件 → 注销, and 切换用户 in the lock: every window of the session closes (after a
        confirmation when dialogs are open) and the sign-in window comes up; signing in
        opens a fresh main window, Quit ends the app."""
        if self.window is None or not self._may_close_dialogs():
            return
        log.info("Signed out: %s", self.user.username if self.user else "?")
        old = self._detach()
        dialog = LoginDialog(self.db, self.ops, self.lang, None, mode="start")
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(lambda: self._signed_in_again(dialog))
        dialog.rejected.connect(lambda: self._left(dialog))
        self.sign_in_dialog = dialog
        if self._curtain is not None:  # from the lock: the sign-in window is not to be covered
            self._curtain.spare(dialog)
        dialog.show()  # before the old windows close: the app always has a window (quit on last closed)
        self._close_windows(old, keep=dialog)

    def _signed_in_again(self, dialog: LoginDialog) -> None:
        self.sign_in_dialog = None
        dialog.deleteLater()
        self.begin(dialog.user)

    def _left(self, dialog: LoginDialog) -> None:
        self.sign_in_dialog = None
        dialog.deleteLater()
        log.info("Left at the sign-in window")
        self.ended.emit()

    # ------------------------------------------------------------------ 切换用户
    def switch_user(self) -> None:
        """文件 → 切换用户: the sign-in window over the main window. Another account
        replaces the session; Cancel (or the same account) keeps it."""
        if self.window is None or self.switch_dialog is not None:
            return
        name = self.user.display_name or self.user.username if self.user else ""
        dialog = LoginDialog(self.db, self.ops, self.lang, self.window, mode="switch", current=name)
        dialog.finished.connect(lambda _code: self._switch_finished(dialog))
        self.switch_dialog = dialog
        dialog.open()

    def _switch_finished(self, dialog: LoginDialog) -> None:
        self.switch_dialog = None
        dialog.deleteLater()
        user = dialog.user
        if dialog.result() != QDialog.DialogCode.Accepted or user is None or self.window is None:
            return
        if self.user is not None and user.id == self.user.id:
            return  # the same person: nothing to replace
        if not self._may_close_dialogs():
            return
        log.info("Switched user: %s → %s", self.user.username if self.user else "?", user.username)
        self._replacing = self._detach()
        self._replacing.setEnabled(False)  # on screen until the new window is up, no longer in use
        self.begin(user)

    # ------------------------------------------------------------------ the idle lock
    def lock(self) -> None:
        """Cover every window and ask for the password again; dialogs keep what was typed."""
        if self.window is None or self.user is None or self.locked:
            return
        self.watch.stop()
        dialog = LoginDialog(self.db, self.ops, self.lang, None, mode="locked", locked=self.user)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        dialog.accepted.connect(self._unlocked)
        dialog.switch_user_requested.connect(self.sign_out)
        self._curtain = Curtain(dialog, self)
        self._curtain.draw()
        self.lock_dialog = dialog
        dialog.adjustSize()
        dialog.move(self.window.screen().availableGeometry().center() - dialog.rect().center())
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        log.info("Locked after %s ms without input", self.watch.idle_ms)
        self.locked_changed.emit(True)

    def _unlocked(self) -> None:
        if self.lock_dialog is None or self.user is None:
            return
        self._remove_lock()
        log.info("Unlocked by %s", self.user.username)
        self._start_watch()
        self.locked_changed.emit(False)

    def _remove_lock(self) -> None:
        if self._curtain is not None:
            self._curtain.lift()
            self._curtain.deleteLater()
            self._curtain = None
        if self.lock_dialog is not None:
            QDialog.done(self.lock_dialog, QDialog.DialogCode.Rejected)  # its own reject() refuses
            self.lock_dialog.deleteLater()
            self.lock_dialog = None

    # ------------------------------------------------------------------ closing a session
    def _may_close_dialogs(self) -> bool:
        """Ask before open dialogs (unsaved input) are closed; nothing to ask without any."""
        open_dialogs = [w for w in QApplication.topLevelWidgets()
                        if isinstance(w, QDialog) and w.isVisible() and w is not self.lock_dialog
                        and w is not self.switch_dialog]
        if not open_dialogs:
            return True
        answer = QMessageBox.question(
            self.lock_dialog or self.window, self.tr("Close open windows?"),
            self.tr("Open windows will be closed; what is not saved in them is lost. Go on?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _detach(self) -> QMainWindow | None:
        """The session ends: no more idle watch, no lock; the window is returned to be closed."""
        self.watch.stop()
        old, self.window, self.ctx, self.user = self.window, None, None, None
        return old

    def _close_windows(self, old: QMainWindow | None, keep: QWidget) -> None:
        """Close every window of the ended session but `keep` (and its own windows):
        dialogs end (their exec() returns), other windows hide, the main window closes
        (it saves its state) and is deleted later."""
        close_popups()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or window is old or _owned_by(window, keep) or window is self.lock_dialog:
                continue
            if isinstance(window, QDialog):
                QDialog.done(window, QDialog.DialogCode.Rejected)
            else:
                window.hide()  # not close(): a window deleted on close could be under a running exec()
        self._remove_lock()
        if old is not None:
            for owner in (old, *old.findChildren(QObject)):  # no late results (or error boxes) for them
                self.ops.cancel(owner)
            old.close()
            self._retired.append(old)

    def finish(self) -> None:
        """The app ends: no more idle lock."""
        self._detach()
        self._remove_lock()
        self._delete_retired()

    def _delete_retired(self) -> None:
        retired, self._retired = self._retired, []
        for window in retired:
            window.deleteLater()


def _owned_by(window: QWidget, owner: QWidget) -> bool:
    widget: QWidget | None = window
    while widget is not None:
        if widget is owner:
            return True
        widget = widget.parentWidget()
    return False
