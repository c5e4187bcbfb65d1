"""The desktop application's start: settings, language, theme, database, sign-in,
main window.

# zh_CN: English → 中文
# The database cannot be opened → 无法打开数据库
"""
from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMainWindow, QMessageBox, QWidget

from ..core import config
from ..core.bootstrap import OpenedDatabase, open_database
from ..core.credentials import PasswordAnswer, PasswordRequest
from ..core.paths import data_dir as resolve_data_dir
from ..core.reports.fonts import use_font_file
from ..core.services import users
from ..core.services.context import Database
from ..core.services.users import UserDTO
from .crash import configure_logging, install_excepthook, remove_logging
from .dialogs.database_password_dialog import ask_database_password
from .dialogs.first_admin_dialog import FirstAdminDialog
from .dialogs.login_dialog import LoginDialog
from .operations import Operations
from .session_loop import DesktopSession
from .theme import TRANSLATIONS, apply_theme, install_translators

__all__ = ["TRANSLATIONS", "apply_theme", "install_translators", "make_app", "run_app", "sign_in",
           "open_or_explain"]

log = logging.getLogger("jiarenbase")


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("JiarenBase")
    app.setApplicationName("JiarenBase")
    return app


def sign_in(db: Database, ops: Operations, lang: str = "zh", parent: QWidget | None = None) -> UserDTO | None:
    """The first-admin dialog on a database without accounts, else the login
    dialog; the signed-in user, or None when the person quit."""
    if users.has_users(db):
        dialog: FirstAdminDialog | LoginDialog = LoginDialog(db, ops, lang, parent)
    else:
        dialog = FirstAdminDialog(db, ops, lang, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.user
    finally:
        dialog.deleteLater()


def open_or_explain(url: str | None, data, lang: str, splash: QWidget | None = None) -> OpenedDatabase | None:
    """open_database, or a message box in plain words and None. A PostgreSQL password
    comes from the system's credential store; when the server refuses (none kept, no
    keystore on this computer, or the kept one was changed) the password dialog asks."""

    def ask(request: PasswordRequest) -> PasswordAnswer | None:
        if splash is not None:
            splash.close()  # no dialog under the start window
        return ask_database_password(request, lang)

    try:
        return open_database(url, data, ask_password=ask)
    except Exception as exc:  # noqa: BLE001 - every failure here is shown, then the app ends
        log.exception("The database could not be opened")
        if splash is not None:
            splash.close()
        error = config.connection_error(exc, url or config.default_database_url(data))
        QMessageBox.critical(None, QApplication.translate("App", "The database cannot be opened"),
                             error.text(lang))
        return None


def settle_heap() -> None:
    """Move everything alive after start-up (Qt wrappers, SQLAlchemy, the translations)
    out of the garbage collector's reach: its full passes then scan only what was made
    since, instead of stalling the window for 50–90 ms each (measured on the GUI thread)."""
    gc.collect()
    gc.freeze()


def start_daily_backup(ops: Operations, opened: OpenedDatabase, window: QMainWindow | None, lang: str,
                       session: DesktopSession | None = None) -> None:
    """The first start of a day backs the database up, off the GUI thread. Never in the
    way, never silent: a backup that fails leaves a warning in the status bar for as
    long as the window is open; one that failed at an earlier start is said in a
    dialog now ("最近一次自动备份失败：…，上次成功备份：日期"). A start that created
    the database says so in the status bar. Once per run: with the desktop `session`,
    each of these goes to the main window open (or the next to open), the warning to
    every main window of a later sign-in too."""
    from ..core.services import auto_backup

    def at_window(show: Callable[[QMainWindow], None], every: bool = False) -> None:
        current = session.window if session is not None else window
        if current is not None:
            show(current)
        if session is not None and (every or current is None):
            once = Qt.ConnectionType.AutoConnection if every else Qt.ConnectionType.SingleShotConnection
            session.window_opened.connect(show, once)

    if opened.created:
        at_window(lambda w: w.statusBar().showMessage(
            ("已新建数据库：" if lang != "en" else "Created a new database: ") + opened.db.describe(), 15_000))

    def done(result: auto_backup.DailyBackup) -> None:
        warning = auto_backup.failure_warning(result, lang)
        if warning is not None:
            tip = result.problem.text(lang)
            at_window(lambda w: _backup_warning(w, warning, tip), every=True)
        notice = auto_backup.failure_notice(result, lang)
        if notice is not None:
            at_window(lambda w: _backup_notice(w, notice))

    ops.run(session if session is not None else window, auto_backup.daily_backup, opened.db, opened.data_dir,
            success=done)


def _backup_warning(window: QMainWindow, warning: str, tip: str) -> None:
    label = QLabel(warning, window)
    label.setObjectName("backupWarning")
    label.setStyleSheet("color: #b71c1c; font-weight: bold;")
    label.setToolTip(tip)
    window.statusBar().addPermanentWidget(label)


def _backup_notice(window: QMainWindow, notice: str) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, "JiarenBase", notice, QMessageBox.StandardButton.Ok, window)
    box.setObjectName("backupFailedBefore")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()


def run_app(args: argparse.Namespace, splash: QWidget | None = None,
            themed: tuple[str, str] | None = None) -> int:
    """`splash`: the start window gui/launch.py showed (closed before any dialog);
    `themed`: the (theme, language) it already applied."""
    app = make_app()
    data = resolve_data_dir(getattr(args, "data_dir", None))
    log_file = configure_logging(data)
    settings = config.load(data)
    use_font_file(settings.report_font)  # before the theme picks its font: screens and paper match
    # --lang overrides the saved language
    lang = getattr(args, "lang", None) or settings.lang
    if themed != (settings.theme, lang):
        install_translators(app, lang)
        apply_theme(app, dark=settings.theme == "dark")
    crash = install_excepthook(data, lang)
    log.info("JiarenBase starting: data dir %s, language %s", data, lang)
    try:
        # --db > JIARENBASE_DB > the saved connection > the SQLite file in the data directory
        raw = getattr(args, "db", None) or os.environ.get("JIARENBASE_DB") or settings.db_url
        url = config.normalise_url(raw) or None  # keeps //server/share a network path on every OS
        opened = open_or_explain(url, data, lang, splash)
        if opened is None:
            return 1
        log.info("Database %s (%s)", opened.db.describe(), opened.schema)
        ops = Operations(lang=lang)  # the desktop's one way to run work off the GUI thread
        try:
            if splash is not None:
                splash.close()
            user = sign_in(opened.db, ops, lang)
            if user is None:
                return 0
            # sign-in → main window → 注销 / 切换用户 → …; the idle lock; one database throughout
            session = DesktopSession(opened.db, ops, lang, opened.data_dir)
            session.ended.connect(app.quit)
            app.setQuitOnLastWindowClosed(False)  # the session ends the app (no window between sign-in and window)
            session.window_opened.connect(lambda _window: settle_heap(), Qt.ConnectionType.SingleShotConnection)
            session.begin(user)
            start_daily_backup(ops, opened, None, lang, session)  # once per run, not per sign-in
            try:
                return app.exec()
            finally:
                session.finish()
                app.setQuitOnLastWindowClosed(True)
        finally:
            ops.wait()  # (also when sign-in was left: its lookups must not outlive the database)
            opened.db.dispose()
    finally:
        log.info("JiarenBase stopped")
        crash.uninstall()
        remove_logging(log_file)
