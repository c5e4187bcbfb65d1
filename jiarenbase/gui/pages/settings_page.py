"""设置: this desktop's settings (core/config.py) — theme, language, database
connection, backups — and where the data directory is.

# zh_CN: English → 中文
# Settings → 设置
# These settings belong to this computer; every desktop keeps its own. → 以下设置只对这台电脑有效，每台电脑各自保存。
# Appearance and language → 外观与语言
# Theme → 主题
# Light → 浅色
# Dark → 深色
# Language → 界面语言
# A new language takes effect after the program is restarted. → 更改语言后需重新启动程序才能生效。
# Database connection → 数据库连接
# Database file on this computer (SQLite) → 本机数据库文件（SQLite）
# PostgreSQL server (several computers share one database) → PostgreSQL 服务器（多台电脑共用一个数据库）
# Address → 地址
# Password → 密码
# Browse… → 浏览…
# Test connection → 测试连接
# Testing… → 正在测试…
# Connection OK: %1 → 连接成功：%1
# Backups → 备份
# Backup folder → 备份文件夹
# Backups to keep → 保留备份数
# Older backups in the folder are deleted. → 超出数量的旧备份会被自动删除。
# Data directory → 数据目录
# The settings file, the logs and (by default) the database and backups are kept here.
#   → 设置文件、日志以及（默认情况下）数据库和备份都保存在这里。
# Open data folder → 打开数据目录
# Save → 保存
# In use now: %1 → 当前使用：%1
# Default: %1 → 默认：%1
# Choose the database file → 选择数据库文件
# SQLite database (*.sqlite3 *.sqlite *.db);;All files (*) → SQLite 数据库 (*.sqlite3 *.sqlite *.db);;所有文件 (*)
# Choose the backup folder → 选择备份文件夹
# Saved. → 已保存。
# Saved. The new database is used after the program is restarted. → 已保存。新的数据库连接将在重新启动程序后生效。
# Saved. The new language is used after the program is restarted. → 已保存。新的界面语言将在重新启动程序后生效。
# Not saved: please correct the fields marked in red. → 未保存：请修改标红的内容。
# Printed reports → 打印报表
# Report font file → 报表字体文件
# Automatic (Microsoft YaHei on Windows) → 自动选择（Windows 上为微软雅黑）
# PDFs embed a Chinese TrueType font (.ttf/.ttc) so every reader shows them alike. In use: %1
#   → PDF 内嵌中文 TrueType 字体（.ttf/.ttc），任何阅读器打开都一样。当前使用：%1
# none found → 未找到
# Choose the report font → 选择报表字体
# TrueType fonts (*.ttf *.ttc) → TrueType 字体 (*.ttf *.ttc)
"""
from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QWidget

from ...core import config
from ...core.errors import JiarenError, ValidationError
from ...core.reports.fonts import candidates, use_font_file
from ..context import AppContext
from ..forms.ui_settings_page import Ui_SettingsPage
from ..theme import apply_theme

log = logging.getLogger(__name__)
ERROR_STYLE = "color: #d32f2f;"
OK_STYLE = "color: #2e7d32;"
MUTED_STYLE = "color: #6e7781;"


class SettingsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data_dir = Path(ctx.data_dir)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        self.ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        for label in (self.ui.subtitle, self.ui.languageNote, self.ui.keepHint, self.ui.dataHint, self.ui.sharedHint,
                      self.ui.currentDatabase, self.ui.reportFontHint):
            label.setStyleSheet(MUTED_STYLE)
        self.field_errors: dict[str, QLabel] = {
            config.FIELD_DB: self.ui.databaseError, config.FIELD_BACKUP_FOLDER: self.ui.backupFolderError,
            config.FIELD_KEEP: self.ui.keepError, config.FIELD_REPORT_FONT: self.ui.reportFontError,
            config.FIELD_THEME: self.ui.saveStatus,
            config.FIELD_LANG: self.ui.saveStatus}
        self.ui.currentDatabase.setText(self.tr("In use now: %1").replace("%1", ctx.db.describe()))
        default_db = config.default_database_url(self.data_dir).removeprefix("sqlite:///")
        self.ui.sqlitePathEdit.setPlaceholderText(self.tr("Default: %1").replace("%1", default_db))
        self.ui.backupFolderEdit.setPlaceholderText(
            self.tr("Default: %1").replace("%1", str(self.data_dir / "backups")))
        self.ui.dataDirEdit.setText(str(self.data_dir))
        self.ui.reportFontEdit.setPlaceholderText(self.tr("Automatic (Microsoft YaHei on Windows)"))
        first = candidates()[:1]
        self.ui.reportFontHint.setText(
            self.tr("PDFs embed a Chinese TrueType font (.ttf/.ttc) so every reader shows them alike. In use: %1")
            .replace("%1", str(first[0]) if first else self.tr("none found")))
        self.saved = config.load(self.data_dir)
        self.show_config(self.saved)

        self.ui.themeGroup.buttonToggled.connect(self._theme_toggled)
        self.ui.databaseGroup.buttonToggled.connect(lambda *_: self._database_kind_changed())
        self.ui.postgresUrlEdit.editingFinished.connect(self._move_password_out_of_url)
        for edit in (self.ui.sqlitePathEdit, self.ui.postgresUrlEdit, self.ui.postgresPasswordEdit):
            edit.textEdited.connect(self._database_edited)
        self.ui.backupFolderEdit.textEdited.connect(lambda _t: self._set(self.ui.backupFolderError, ""))
        self.ui.keepSpin.valueChanged.connect(lambda _v: self._set(self.ui.keepError, ""))
        self.ui.reportFontEdit.textEdited.connect(lambda _t: self._set(self.ui.reportFontError, ""))
        self.ui.reportFontBrowseButton.clicked.connect(self.browse_report_font)
        self.ui.sqliteBrowseButton.clicked.connect(self.browse_database)
        self.ui.backupBrowseButton.clicked.connect(self.browse_backup_folder)
        self.ui.testButton.clicked.connect(self.test_connection)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.openDataDirButton.clicked.connect(self.open_data_dir)
        self.ui.complianceTermsButton.clicked.connect(self.edit_compliance_terms)
        self.ui.subsidyRatesButton.clicked.connect(self.edit_subsidy_rates)

    # ------------------------------------------------------------------ showing
    def show_config(self, cfg: config.AppConfig) -> None:
        self.ui.themeGroup.blockSignals(True)
        (self.ui.darkRadio if cfg.theme == "dark" else self.ui.lightRadio).setChecked(True)
        self.ui.themeGroup.blockSignals(False)
        (self.ui.enRadio if cfg.lang == "en" else self.ui.zhRadio).setChecked(True)
        is_pg = config.is_postgres(cfg.db_url)
        self.ui.postgresRadio.setChecked(is_pg)
        self.ui.sqliteRadio.setChecked(not is_pg)
        if is_pg:
            address, password = config.split_password(cfg.db_url.strip())
            self.ui.postgresUrlEdit.setText(address)
            self.ui.postgresPasswordEdit.setText(password)
        else:
            self.ui.sqlitePathEdit.setText(cfg.db_url.strip())
        self.ui.backupFolderEdit.setText(cfg.backup_folder)
        self.ui.keepSpin.setValue(cfg.keep_backups)
        self.ui.reportFontEdit.setText(cfg.report_font)
        for label in (*self.field_errors.values(), self.ui.testResult):
            self._set(label, "")
        self._database_kind_changed()

    @staticmethod
    def _set(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
        label.setStyleSheet(style)
        label.setText(text)
        label.setVisible(bool(text))

    def _database_kind_changed(self) -> None:
        """Only the chosen kind's fields are shown."""
        pg = self.ui.postgresRadio.isChecked()
        for w in (self.ui.sqlitePathEdit, self.ui.sqliteBrowseButton):
            w.setVisible(not pg)
        for w in (self.ui.postgresUrlEdit, self.ui.postgresPasswordEdit, self.ui.postgresUrlLabel,
                  self.ui.postgresPasswordLabel):
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

    # ------------------------------------------------------------------ reading the form
    def database_setting(self) -> str:
        """The db_url the form describes ("" = the default SQLite file)."""
        if not self.ui.postgresRadio.isChecked():
            path = self.ui.sqlitePathEdit.text().strip()
            if path and config.normalise_url(path) == config.default_database_url(self.data_dir):
                return ""
            return path
        text = self.ui.postgresUrlEdit.text().strip()
        if "://" not in text:  # "jiaren@server/jiarenbase" is meant as a PostgreSQL address
            text = "postgresql://" + text  # (config.validate says what is missing)
        return config.join_password(text, self.ui.postgresPasswordEdit.text())

    def form_config(self) -> config.AppConfig:
        return config.AppConfig(
            theme="dark" if self.ui.darkRadio.isChecked() else "light",
            lang="en" if self.ui.enRadio.isChecked() else "zh",
            db_url=self.database_setting(),
            backup_folder=self.ui.backupFolderEdit.text().strip(),
            keep_backups=self.ui.keepSpin.value(),
            report_font=self.ui.reportFontEdit.text().strip(),
        )

    # ------------------------------------------------------------------ actions
    def _theme_toggled(self, _button, checked: bool) -> None:
        if not checked:
            return
        theme = "dark" if self.ui.darkRadio.isChecked() else "light"
        apply_theme(QApplication.instance(), dark=theme == "dark")
        try:  # remembered at once, whatever else is still unsaved on the page
            self.saved = self.saved.with_(theme=theme)
            config.save(self.data_dir, config.load(self.data_dir).with_(theme=theme))
        except (JiarenError, OSError) as exc:
            log.warning("Theme not saved: %s", exc)

    def test_connection(self) -> None:
        url = self.database_setting() or config.default_database_url(self.data_dir)
        self._set(self.ui.testResult, self.tr("Testing…"), MUTED_STYLE)
        self.ctx.ops.run(self, config.test_connection, url, self.ctx.lang, success=self._tested,
                         failure=self._test_failed, latest="test", busy=[self.ui.testButton])

    def _tested(self, description: str) -> None:
        self._set(self.ui.testResult, self.tr("Connection OK: %1").replace("%1", description), OK_STYLE)

    def _test_failed(self, exc: JiarenError) -> None:
        self._set(self.ui.testResult, self.ctx.message(exc))

    def save(self) -> None:
        cfg = self.form_config()
        for label in self.field_errors.values():
            self._set(label, "")
        try:
            config.save(self.data_dir, cfg)
        except ValidationError as exc:
            for problem in exc.problems:
                label = self.field_errors.get(problem.field, self.ui.saveStatus)
                self._set(label, problem.en if self.ctx.lang == "en" else problem.zh)
            if self.ui.saveStatus.text() == "":
                self._set(self.ui.saveStatus, self.tr("Not saved: please correct the fields marked in red."))
            return
        except OSError as exc:  # the settings file cannot be written: in plain words
            self._set(self.ui.saveStatus, self.ctx.message(exc))
            return
        previous, self.saved = self.saved, cfg
        use_font_file(cfg.report_font)  # the next report uses it (the screen's font after a restart)
        log.info("Settings saved: theme=%s lang=%s backups=%s keep=%s", cfg.theme, cfg.lang,
                 cfg.backup_folder or "(default)", cfg.keep_backups)
        if self._database_changes(cfg):
            message = self.tr("Saved. The new database is used after the program is restarted.")
        elif cfg.lang != previous.lang:
            message = self.tr("Saved. The new language is used after the program is restarted.")
        else:
            message = self.tr("Saved.")
        self._set(self.ui.saveStatus, message, OK_STYLE)

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
