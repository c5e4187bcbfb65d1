"""设置, by scope: each person's own look (every role, saved at once with the account);
this desktop's database connection, backups, report font and screen lock (admins
only: services/desktop_settings.py decides, the page only hides what a person may not
change); the base-wide lists (staff and admins); and where the data directory is.

# zh_CN: English → 中文
# Settings → 设置
# Personal settings → 个人设置
# Theme → 主题
# Light → 浅色
# Dark → 深色
# Language → 界面语言
# A new language takes effect after the program is restarted. → 更改语言后需重新启动程序才能生效。
# Font size → 字号
# Small → 小
# Standard → 标准
# Large → 大
# Extra large → 特大
# Saved at once with your account: they follow you to every computer. → 随您的账号立即保存，在任何一台电脑上登录都一样。
# Your personal settings are saved at once. This computer's database, backups, report font and screen lock are saved
#   with the button below. → 个人设置会立即保存。本机的数据库、备份、报表字体和自动锁定用下方的按钮保存。
# Your personal settings are saved at once. This computer's database and backups are set by an administrator.
#   → 个人设置会立即保存。本机的数据库和备份由管理员设置。
# Personal settings saved. → 个人设置已保存。
# Saved. The new language is used after the program is restarted. → 已保存。新的界面语言将在重新启动程序后生效。
# Database connection → 数据库连接
# Database file on this computer (SQLite) → 本机数据库文件（SQLite）
# PostgreSQL server (several computers share one database) → PostgreSQL 服务器（多台电脑共用一个数据库）
# Address → 地址
# Password → 密码
# Kept in this computer's system credential store, never in the settings file.
#   → 密码保存在本机的系统密码库中，不写入设置文件。
# This computer has no system credential store: the password is not saved and is asked for at each start.
#   → 本机没有可用的系统密码库：密码不会保存，每次启动时会询问。
# Browse… → 浏览…
# Test connection → 测试连接
# Testing… → 正在测试…
# Connection OK: %1 → 连接成功：%1
# Backups → 备份
# Backup folder → 备份文件夹
# Backups to keep → 保留备份数
# Older backups in the folder are deleted. → 超出数量的旧备份会被自动删除。
# Longest gap between backups → 备份最长间隔
# days; jiarenbase check reports a failure when the last good backup is older.
#   → 天；最近一次成功备份超过这个天数时，数据库检查会报告失败。
# Screen lock → 自动锁定
# Lock when idle for → 无操作后锁定
# minutes (0 = never). The desktop then returns to the sign-in window; unsaved input in open dialogs is kept.
#   → 分钟（0 表示从不）。锁定后回到登录窗口，已打开的对话框中未保存的内容会保留。
# Never → 从不
# Data directory → 数据目录
# The settings file, the logs and (by default) the database and backups are kept here.
#   → 设置文件、日志以及（默认情况下）数据库和备份都保存在这里。
# Open data folder → 打开数据目录
# Save this computer's settings → 保存本机设置
# In use now: %1 → 当前使用：%1
# Default: %1 → 默认：%1
# Choose the database file → 选择数据库文件
# SQLite database (*.sqlite3 *.sqlite *.db);;All files (*) → SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)
# Choose the backup folder → 选择备份文件夹
# Saved. → 已保存。
# Saved. The new database is used after the program is restarted. → 已保存。新的数据库连接将在重新启动程序后生效。
# Not saved: please correct the fields marked in red. → 未保存：请修改标红的内容。
# Printed reports → 打印报表
# Report font file → 报表字体文件
# Automatic (Microsoft YaHei on Windows) → 自动选择（Windows 上为微软雅黑）
# PDFs embed a Chinese TrueType font (.ttf/.ttc) so every reader shows them alike. In use: %1
#   → PDF 内嵌中文 TrueType 字体（.ttf/.ttc），任何阅读器打开都一样。当前使用：%1
# none found → 未找到
# Choose the report font → 选择报表字体
# TrueType fonts (*.ttf *.ttc) → TrueType 字体 (*.ttf *.ttc)
# Base profile… → 基地信息…
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from ...core import config
from ...core.credentials import Secret
from ...core.domain.enums import Role
from ...core.errors import JiarenError, ValidationError
from ...core.reports.fonts import candidates, use_font_file
from ...core.services import desktop_settings, personal_settings
from ...core.services.personal_settings import PersonalSettings
from ..context import AppContext
from ..forms.ui_settings_page import Ui_SettingsPage
from ..lazy import LazyLoad
from ..personal import apply_personal
from ..theme import current_font_size, is_dark

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #d32f2f;"
OK_STYLE = "color: #2e7d32;"
MUTED_STYLE = "color: #6e7781;"


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir = Path(ctx.data_dir)
        self.admin = ctx.is_admin  # the desktop's own settings (the service checks again)
        self.ui = ui = Ui_SettingsPage()
        ui.setupUi(self)
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        for label in (ui.subtitle, ui.languageNote, ui.personalHint, ui.keepHint, ui.maxAgeHint, ui.idleLockHint,
                      ui.dataHint, ui.sharedHint, ui.currentDatabase, ui.reportFontHint, ui.postgresPasswordHint):
            label.setStyleSheet(MUTED_STYLE)
        for key, text in (("small", self.tr("Small")), ("standard", self.tr("Standard")),
                          ("large", self.tr("Large")), ("xlarge", self.tr("Extra large"))):
            ui.fontSizeCombo.addItem(text, key)
        ui.idleLockSpin.setSpecialValueText(self.tr("Never"))
        self.field_errors: dict[str, QLabel] = {
            config.FIELD_DB: ui.databaseError, config.FIELD_BACKUP_FOLDER: ui.backupFolderError,
            config.FIELD_KEEP: ui.keepError, config.FIELD_BACKUP_AGE: ui.maxAgeError,
            config.FIELD_REPORT_FONT: ui.reportFontError, config.FIELD_IDLE_LOCK: ui.idleLockError}
        for widget in (ui.databaseBox, ui.backupBox, ui.reportBox, ui.lockBox, ui.saveButton, ui.saveStatus):
            widget.setVisible(self.admin)
        ui.sharedBox.setVisible(ctx.actor.role in (Role.ADMIN, Role.STAFF))  # base-wide lists: not mentors
        ui.subtitle.setText(
            self.tr("Your personal settings are saved at once. This computer's database, backups, report font and "
                    "screen lock are saved with the button below.") if self.admin else
            self.tr("Your personal settings are saved at once. This computer's database and backups are set by an "
                    "administrator."))
        ui.dataDirEdit.setText(str(self.data_dir))
        self._set(ui.personalStatus, "")
        app = QApplication.instance()  # what is on screen, until the person's saved settings arrive
        self.show_personal(PersonalSettings("dark" if is_dark(app) else "light", ctx.lang, current_font_size(app)))
        self._saving: PersonalSettings | None = None  # a save under way …
        self._next: PersonalSettings | None = None  # … and the change made meanwhile (saved after it)
        self.saved = config.load(self.data_dir)
        if self.admin:
            self._prepare_desktop()
        ui.themeGroup.buttonToggled.connect(self._personal_toggled)
        ui.languageGroup.buttonToggled.connect(self._personal_toggled)
        ui.fontSizeCombo.activated.connect(lambda _i: self._personal_changed())
        ui.openDataDirButton.clicked.connect(self.open_data_dir)
        ui.baseProfileButton.clicked.connect(self.edit_base_profile)
        ui.complianceTermsButton.clicked.connect(self.edit_compliance_terms)
        ui.subsidyRatesButton.clicked.connect(self.edit_subsidy_rates)
        self.lazy = LazyLoad(self, self.refresh)

    def _prepare_desktop(self) -> None:
        ui = self.ui
        ui.currentDatabase.setText(self.tr("In use now: %1").replace("%1", self.ctx.db.describe()))
        default_db = config.default_database_url(self.data_dir).removeprefix("sqlite:///")
        ui.sqlitePathEdit.setPlaceholderText(self.tr("Default: %1").replace("%1", default_db))
        ui.backupFolderEdit.setPlaceholderText(self.tr("Default: %1").replace("%1", str(self.data_dir / "backups")))
        ui.reportFontEdit.setPlaceholderText(self.tr("Automatic (Microsoft YaHei on Windows)"))
        first = candidates()[:1]
        ui.reportFontHint.setText(
            self.tr("PDFs embed a Chinese TrueType font (.ttf/.ttc) so every reader shows them alike. In use: %1")
            .replace("%1", str(first[0]) if first else self.tr("none found")))
        self.show_config(self.saved)
        ui.databaseGroup.buttonToggled.connect(lambda *_: self._database_kind_changed())
        ui.postgresUrlEdit.editingFinished.connect(self._move_password_out_of_url)
        for edit in (ui.sqlitePathEdit, ui.postgresUrlEdit, ui.postgresPasswordEdit):
            edit.textEdited.connect(self._database_edited)
        ui.backupFolderEdit.textEdited.connect(lambda _t: self._set(ui.backupFolderError, ""))
        ui.keepSpin.valueChanged.connect(lambda _v: self._set(ui.keepError, ""))
        ui.maxAgeSpin.valueChanged.connect(lambda _v: self._set(ui.maxAgeError, ""))
        ui.idleLockSpin.valueChanged.connect(lambda _v: self._set(ui.idleLockError, ""))
        ui.reportFontEdit.textEdited.connect(lambda _t: self._set(ui.reportFontError, ""))
        ui.reportFontBrowseButton.clicked.connect(self.browse_report_font)
        ui.sqliteBrowseButton.clicked.connect(self.browse_database)
        ui.backupBrowseButton.clicked.connect(self.browse_backup_folder)
        ui.testButton.clicked.connect(self.test_connection)
        ui.saveButton.clicked.connect(self.save)

    # ------------------------------------------------------------------ loading
    def refresh(self) -> None:
        """The person's own settings, and (admins) the password the keystore keeps."""
        ui, ctx = self.ui, self.ctx
        ctx.ops.run(self, personal_settings.load_personal, ctx.db, ctx.actor, data_dir=self.data_dir,
                    success=self.show_personal, latest="personal", busy=[ui.personalBox])
        if self.admin:  # (also for SQLite: whether a keystore is there, for the password field's hint)
            ctx.ops.run(self, desktop_settings.kept_password, ctx.actor, self.saved.db_url,
                        success=self._password_loaded, latest="password", busy=[ui.saveButton, ui.testButton])

    def show_personal(self, prefs: PersonalSettings) -> None:
        ui = self.ui
        for group in (ui.themeGroup, ui.languageGroup):
            group.blockSignals(True)
        (ui.darkRadio if prefs.theme == "dark" else ui.lightRadio).setChecked(True)
        (ui.enRadio if prefs.lang == "en" else ui.zhRadio).setChecked(True)
        for group in (ui.themeGroup, ui.languageGroup):
            group.blockSignals(False)
        ui.fontSizeCombo.setCurrentIndex(max(0, ui.fontSizeCombo.findData(prefs.font_size)))

    def _password_loaded(self, kept: desktop_settings.KeptPassword) -> None:
        ui = self.ui
        if kept.password is not None and not ui.postgresPasswordEdit.text():
            ui.postgresPasswordEdit.setText(kept.password.value)
        ui.postgresPasswordHint.setText(
            self.tr("Kept in this computer's system credential store, never in the settings file.") if kept.keystore
            else self.tr("This computer has no system credential store: the password is not saved and is asked for "
                         "at each start."))

    # ------------------------------------------------------------------ personal settings (saved at once)
    def form_personal(self) -> PersonalSettings:
        ui = self.ui
        return PersonalSettings(theme="dark" if ui.darkRadio.isChecked() else "light",
                                lang="en" if ui.enRadio.isChecked() else "zh",
                                font_size=ui.fontSizeCombo.currentData() or "standard")

    def _personal_toggled(self, _button, checked: bool) -> None:
        if checked:
            self._personal_changed()

    def _personal_changed(self) -> None:
        prefs = self.form_personal()
        apply_personal(QApplication.instance(), prefs)  # theme and size at once; the language after a restart
        if self._saving is not None:  # one save at a time: the newest choice follows the one under way
            self._next = prefs
            return
        self._start_personal_save(prefs)

    def _start_personal_save(self, prefs: PersonalSettings) -> None:
        ctx = self.ctx
        self._saving, self._next = prefs, None
        ctx.ops.run(self, personal_settings.save_personal, ctx.db, ctx.actor, prefs, data_dir=self.data_dir,
                    success=self._personal_saved, failure=self._personal_failed, after=self._personal_save_done)

    def _personal_saved(self, prefs: PersonalSettings) -> None:
        text = (self.tr("Saved. The new language is used after the program is restarted.")
                if prefs.lang != self.ctx.lang else self.tr("Personal settings saved."))
        self._set(self.ui.personalStatus, text, OK_STYLE)

    def _personal_failed(self, exc: JiarenError) -> None:
        self._set(self.ui.personalStatus, self.ctx.message(exc))

    def _personal_save_done(self) -> None:
        following, self._saving = self._next, None
        if following is not None:
            self._start_personal_save(following)

    # ------------------------------------------------------------------ this desktop's settings (admins)
    def show_config(self, cfg: config.AppConfig) -> None:
        ui = self.ui
        is_pg = config.is_postgres(cfg.db_url)
        ui.postgresRadio.setChecked(is_pg)
        ui.sqliteRadio.setChecked(not is_pg)
        if is_pg:
            address, password = config.split_password(cfg.db_url.strip())  # (a file from before the keystore)
            ui.postgresUrlEdit.setText(address)
            ui.postgresPasswordEdit.setText(password)
        else:
            ui.sqlitePathEdit.setText(cfg.db_url.strip())
        ui.backupFolderEdit.setText(cfg.backup_folder)
        ui.keepSpin.setValue(cfg.keep_backups)
        ui.maxAgeSpin.setValue(cfg.backup_max_age_days)
        ui.idleLockSpin.setValue(cfg.idle_lock_minutes)
        ui.reportFontEdit.setText(cfg.report_font)
        for label in (*self.field_errors.values(), ui.testResult, ui.saveStatus):
            self._set(label, "")
        self._database_kind_changed()

    @staticmethod
    def _set(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
        label.setStyleSheet(style)
        label.setText(text)
        label.setVisible(bool(text))

    def _database_kind_changed(self) -> None:
        """Only the chosen kind's fields are shown."""
        ui = self.ui
        pg = ui.postgresRadio.isChecked()
        for w in (ui.sqlitePathEdit, ui.sqliteBrowseButton):
            w.setVisible(not pg)
        for w in (ui.postgresUrlEdit, ui.postgresPasswordEdit, ui.postgresUrlLabel, ui.postgresPasswordLabel,
                  ui.postgresPasswordHint):
            w.setVisible(pg)
        self._database_edited()

    def _database_edited(self, *_args) -> None:
        self._set(self.ui.databaseError, "")
        self._set(self.ui.testResult, "")

    def _move_password_out_of_url(self) -> None:
        """A password typed into the address moves to the (masked) password field."""
        text = self.ui.postgresUrlEdit.text().strip()
        if "://" not in text:
            return
        address, password = config.split_password(text)
        if password:
            self.ui.postgresPasswordEdit.setText(password)
            self.ui.postgresUrlEdit.setText(address)

    def database_setting(self) -> str:
        """The db_url the form describes, without a password ("" = the default SQLite file)."""
        ui = self.ui
        if not ui.postgresRadio.isChecked():
            path = ui.sqlitePathEdit.text().strip()
            if path and config.normalise_url(path) == config.default_database_url(self.data_dir):
                return ""
            return path
        text = ui.postgresUrlEdit.text().strip()
        if "://" not in text:  # "jiaren@server/jiarenbase" is meant as a PostgreSQL address
            text = "postgresql://" + text  # (config.validate says what is missing)
        return config.split_password(text)[0] if config.password_in(text) else text

    def form_password(self) -> Secret | None:
        """The password field's text (PostgreSQL only; typed into the address: taken from there)."""
        ui = self.ui
        if not ui.postgresRadio.isChecked():
            return None
        typed = ui.postgresUrlEdit.text().strip()
        in_address = config.split_password(typed)[1] if "://" in typed else ""
        return Secret(ui.postgresPasswordEdit.text() or in_address)

    def form_config(self) -> config.AppConfig:
        ui = self.ui
        return self.saved.with_(db_url=self.database_setting(), backup_folder=ui.backupFolderEdit.text().strip(),
                                keep_backups=ui.keepSpin.value(), backup_max_age_days=ui.maxAgeSpin.value(),
                                idle_lock_minutes=ui.idleLockSpin.value(),
                                report_font=ui.reportFontEdit.text().strip())

    def test_connection(self) -> None:
        url = self.database_setting() or config.default_database_url(self.data_dir)
        password = self.form_password()
        url = config.join_password(url, password.value) if password else url  # in memory only
        self._set(self.ui.testResult, self.tr("Testing…"), MUTED_STYLE)
        self.ctx.ops.run(self, config.test_connection, url, self.ctx.lang, success=self._tested,
                         failure=self._test_failed, latest="test", busy=[self.ui.testButton])

    def _tested(self, description: str) -> None:
        self._set(self.ui.testResult, self.tr("Connection OK: %1").replace("%1", description), OK_STYLE)

    def _test_failed(self, exc: JiarenError) -> None:
        self._set(self.ui.testResult, self.ctx.message(exc))

    def save(self) -> None:
        for label in (*self.field_errors.values(), self.ui.saveStatus):
            self._set(label, "")
        ctx = self.ctx
        ctx.ops.run(self, desktop_settings.save_desktop_settings, ctx.db, ctx.actor, self.data_dir,
                    self.form_config(), self.form_password(), success=self._saved, failure=self._save_failed,
                    latest="save", busy=[self.ui.saveButton])

    def _saved(self, result: desktop_settings.DesktopSaved) -> None:
        cfg = result.config
        self.saved = cfg
        use_font_file(cfg.report_font)  # the next report uses it (the screen's font after a restart)
        log.info("Desktop settings saved: backups=%s keep=%s max_age=%s idle_lock=%s", cfg.backup_folder or
                 "(default)", cfg.keep_backups, cfg.backup_max_age_days, cfg.idle_lock_minutes)
        if self._database_changes(cfg):
            message = self.tr("Saved. The new database is used after the program is restarted.")
        else:
            message = self.tr("Saved.")
        note = result.note(self.ctx.lang)
        self._set(self.ui.saveStatus, message + (" " + note if note else ""), OK_STYLE)

    def _save_failed(self, exc: JiarenError) -> None:
        if not isinstance(exc, ValidationError):
            self._set(self.ui.saveStatus, self.ctx.message(exc))
            return
        for problem in exc.problems:
            label = self.field_errors.get(problem.field, self.ui.saveStatus)
            self._set(label, problem.en if self.ctx.lang == "en" else problem.zh)
        if self.ui.saveStatus.text() == "":
            self._set(self.ui.saveStatus, self.tr("Not saved: please correct the fields marked in red."))

    def _database_changes(self, cfg: config.AppConfig) -> bool:
        """True when the saved setting opens another database than the one in use."""
        in_use = self.ctx.db.engine.url.render_as_string(hide_password=False)
        return not config.same_database(cfg.database_url(self.data_dir), in_use)

    def browse_database(self) -> None:
        start = self.ui.sqlitePathEdit.text().strip() or str(self.data_dir)
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Choose the database file"), start,
            self.tr("SQLite database (*.sqlite3 *.sqlite *.db);;All files (*)"), "",
            QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.ui.sqlitePathEdit.setText(str(Path(path)))
            self._database_edited()

    def browse_backup_folder(self) -> None:
        start = self.ui.backupFolderEdit.text().strip() or str(self.data_dir)
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), start)
        if path:
            self.ui.backupFolderEdit.setText(str(Path(path)))
            self._set(self.ui.backupFolderError, "")

    def browse_report_font(self) -> None:
        start = self.ui.reportFontEdit.text().strip() or str(Path(candidates()[0]).parent if candidates() else "")
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the report font"), start,
                                              self.tr("TrueType fonts (*.ttf *.ttc)"))
        if path:
            self.ui.reportFontEdit.setText(str(Path(path)))
            self._set(self.ui.reportFontError, "")

    # ------------------------------------------------------------------ base-wide settings (staff and admins)
    def edit_base_profile(self) -> None:
        """基地信息: the issuing body on every report, and the window title."""
        from ...core.services.base_profile import window_title
        from ..dialogs.base_profile_dialog import BaseProfileDialog

        dialog = BaseProfileDialog(self.ctx, self)
        dialog.saved.connect(lambda profile: self.window().setWindowTitle(window_title(profile)))
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def edit_compliance_terms(self) -> None:
        """The banned advertising terms the script check flags (staff edit, everyone reads)."""
        from ..dialogs.compliance_terms_dialog import ComplianceTermsDialog

        dialog = ComplianceTermsDialog(self.ctx, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def edit_subsidy_rates(self) -> None:
        """The year's minimum contribution base and rate behind the subsidy amounts."""
        from datetime import date

        from ..dialogs.subsidy_rates_dialog import SubsidyRatesDialog

        dialog = SubsidyRatesDialog(self.ctx, date.today().year, self)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def open_data_dir(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
