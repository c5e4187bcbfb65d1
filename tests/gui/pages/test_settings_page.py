"""The settings page: shows the saved settings, saves with per-field errors,
switches the theme at once, tests a connection (through ctx.ops: tests drain),
opens the data folder; closed while a connection test runs."""
from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from jiarenbase.core import config

pytestmark = pytest.mark.gui


@pytest.fixture
def themes(monkeypatch):
    """apply_theme calls, recorded instead of restyling the whole application."""
    from jiarenbase.gui.pages import settings_page

    calls = []
    monkeypatch.setattr(settings_page, "apply_theme", lambda app, dark=False: calls.append(dark))
    return calls


def make_page(qtbot, ctx):
    from jiarenbase.gui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(820, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def db_path(ctx) -> str:
    return ctx.db.engine.url.database


def test_page_shows_the_defaults_and_the_data_directory(qtbot, ctx, themes):
    page = make_page(qtbot, ctx)
    ui = page.ui
    assert ui.lightRadio.isChecked() and ui.zhRadio.isChecked() and ui.sqliteRadio.isChecked()
    assert ui.sqlitePathEdit.text() == "" and str(ctx.data_dir) in ui.sqlitePathEdit.placeholderText()
    assert ui.keepSpin.value() == 10 and (ui.keepSpin.minimum(), ui.keepSpin.maximum()) == (1, 100)
    assert ui.dataDirEdit.text() == str(ctx.data_dir) and ui.dataDirEdit.isReadOnly()
    assert ctx.db.describe() in ui.currentDatabase.text()
    assert not ui.postgresUrlEdit.isVisible() and ui.sqlitePathEdit.isVisible()
    ui.postgresRadio.setChecked(True)
    assert ui.postgresUrlEdit.isVisible() and not ui.sqlitePathEdit.isVisible()
    assert not themes


def test_page_shows_saved_settings_with_the_password_masked(qtbot, ctx, themes, tmp_path):
    config.save(ctx.data_dir, config.AppConfig(
        theme="dark", lang="en", db_url="postgresql://jiaren:s3cret@10.0.0.5:5432/jiarenbase",
        backup_folder=str(tmp_path / "bk"), keep_backups=25))
    page = make_page(qtbot, ctx)
    ui = page.ui
    assert ui.darkRadio.isChecked() and ui.enRadio.isChecked() and ui.postgresRadio.isChecked()
    assert ui.postgresUrlEdit.text() == "postgresql://jiaren@10.0.0.5:5432/jiarenbase"
    assert "s3cret" not in ui.postgresUrlEdit.text()
    assert ui.postgresPasswordEdit.text() == "s3cret"
    assert ui.postgresPasswordEdit.echoMode() == ui.postgresPasswordEdit.EchoMode.Password
    assert ui.backupFolderEdit.text() == str(tmp_path / "bk") and ui.keepSpin.value() == 25
    assert not themes  # showing the saved theme does not restyle again


def test_save_writes_the_settings_file(qtbot, ctx, themes, tmp_path):
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText(db_path(ctx))  # the database in use: no restart needed
    page.ui.backupFolderEdit.setText(str(tmp_path / "备份"))
    page.ui.keepSpin.setValue(30)
    page.ui.saveButton.click()
    saved = config.load(ctx.data_dir)
    assert saved == config.AppConfig(db_url=db_path(ctx), backup_folder=str(tmp_path / "备份"), keep_backups=30)
    assert page.ui.saveStatus.isVisible() and page.ui.saveStatus.text() == page.tr("Saved.")


def test_saving_another_database_says_it_needs_a_restart(qtbot, ctx, themes, tmp_path):
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText(str(tmp_path / "other.sqlite3"))
    page.ui.saveButton.click()
    assert config.load(ctx.data_dir).db_url == str(tmp_path / "other.sqlite3")
    assert page.ui.saveStatus.text() == page.tr("Saved. The new database is used after the program is restarted.")


def test_saving_another_language_says_it_needs_a_restart(qtbot, ctx, themes):
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.enRadio.setChecked(True)
    page.ui.saveButton.click()
    assert config.load(ctx.data_dir).lang == "en"
    assert page.ui.saveStatus.text() == page.tr("Saved. The new language is used after the program is restarted.")


def test_validation_errors_are_shown_under_their_fields(qtbot, ctx, themes, tmp_path):
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    page = make_page(qtbot, ctx)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText("postgresql://jiaren@10.0.0.5")  # no database name
    page.ui.backupFolderEdit.setText(str(a_file))
    page.ui.saveButton.click()
    assert page.ui.databaseError.isVisible() and "数据库名" in page.ui.databaseError.text()
    assert page.ui.backupFolderError.isVisible() and "不是文件夹" in page.ui.backupFolderError.text()
    assert not page.ui.keepError.isVisible()
    assert not (Path(ctx.data_dir) / "config.json").exists()
    page.ui.postgresUrlEdit.textEdited.emit("x")  # editing clears the field's message
    assert not page.ui.databaseError.isVisible()


def test_network_share_database_is_refused_under_the_field(qtbot, ctx, themes):
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText("//server/share/jiarenbase.sqlite3")
    page.ui.saveButton.click()
    assert "网络共享" in page.ui.databaseError.text()
    assert not (Path(ctx.data_dir) / "config.json").exists()


def test_a_password_typed_into_the_address_moves_to_the_masked_field(qtbot, ctx, themes):
    page = make_page(qtbot, ctx)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText("postgresql://jiaren:pa55word@10.0.0.5:5432/jiarenbase")
    page.ui.postgresUrlEdit.editingFinished.emit()
    assert page.ui.postgresUrlEdit.text() == "postgresql://jiaren@10.0.0.5:5432/jiarenbase"
    assert page.ui.postgresPasswordEdit.text() == "pa55word"
    assert page.form_config().db_url == "postgresql://jiaren:pa55word@10.0.0.5:5432/jiarenbase"
    page.ui.postgresUrlEdit.setText("jiaren@10.0.0.5/jiarenbase")  # the scheme may be left out
    assert page.form_config().db_url == "postgresql://jiaren:pa55word@10.0.0.5/jiarenbase"


def test_theme_is_applied_at_once_and_remembered(qtbot, ctx, themes):
    page = make_page(qtbot, ctx)
    page.ui.keepSpin.setValue(50)  # unsaved: switching the theme must not save it
    page.ui.darkRadio.setChecked(True)
    assert themes == [True]
    assert config.load(ctx.data_dir) == config.AppConfig(theme="dark")
    page.ui.lightRadio.setChecked(True)
    assert themes == [True, False]
    assert config.load(ctx.data_dir).theme == "light"


def test_theme_really_restyles_the_application(qtbot, ctx, qapp):
    from jiarenbase.gui.theme import is_dark

    page = make_page(qtbot, ctx)
    page.ui.darkRadio.setChecked(True)
    assert is_dark(qapp)
    page.ui.lightRadio.setChecked(True)
    assert not is_dark(qapp)


def test_test_connection_on_the_database_in_use(qtbot, ctx, themes, drain):
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    drain()
    text = page.ui.testResult.text()
    assert page.ui.testResult.isVisible() and "SQLite:" in text and db_path(ctx) in text
    assert page.ui.testButton.isEnabled()


def test_test_connection_to_an_unreachable_postgresql(qtbot, ctx, themes, drain):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    page = make_page(qtbot, ctx)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText(f"postgresql://jiaren@127.0.0.1:{port}/jiarenbase")
    page.ui.testButton.click()
    drain()
    assert f"无法连接 PostgreSQL 服务器 127.0.0.1:{port}" in page.ui.testResult.text()


def test_test_connection_runs_in_the_background(qtbot, ctx, themes, monkeypatch, drain):
    import threading

    gate, test_connection = threading.Event(), config.test_connection
    monkeypatch.setattr(config, "test_connection", lambda *a: gate.wait(30) and test_connection(*a))
    page = make_page(qtbot, ctx)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    assert ctx.ops.pending_for(page) == 1 and page.ui.testResult.text() == "Testing…"
    assert not page.ui.testButton.isEnabled()  # until the answer arrives
    gate.set()
    drain()
    assert page.ui.testButton.isEnabled() and "SQLite:" in page.ui.testResult.text()


def test_open_data_folder_and_browse(qtbot, ctx, themes, monkeypatch, tmp_path):
    from jiarenbase.gui.pages import settings_page

    opened = []
    monkeypatch.setattr(settings_page.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    monkeypatch.setattr(settings_page.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "chosen")))
    monkeypatch.setattr(settings_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "db.sqlite3"), "")))
    page = make_page(qtbot, ctx)
    page.ui.openDataDirButton.click()
    assert opened[0].toLocalFile() == str(ctx.data_dir)
    page.ui.backupBrowseButton.click()
    assert page.ui.backupFolderEdit.text() == str(tmp_path / "chosen")
    page.ui.sqliteBrowseButton.click()
    assert page.ui.sqlitePathEdit.text() == str(tmp_path / "db.sqlite3")


def test_screenshot_of_settings_page(qtbot, ctx, qapp, screenshot_dir, drain):
    from jiarenbase.gui.app import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    page = make_page(qtbot, ctx)
    page.resize(820, 1080)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    drain()
    page.ui.backupFolderEdit.setText("relative/folder")
    page.ui.saveButton.click()
    qapp.processEvents()  # let the layouts fit the new messages
    assert page.grab().save(os.path.join(screenshot_dir, "settings_page.png"))
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText("postgresql://jiaren:secret@127.0.0.1:1/jiarenbase")
    page.ui.postgresUrlEdit.editingFinished.emit()
    page.ui.testButton.click()
    drain()
    assert page.grab().save(os.path.join(screenshot_dir, "settings_page_postgresql.png"))


def test_report_font_is_saved_and_used_for_the_next_report(qtbot, ctx, themes, tmp_path, monkeypatch):
    from jiarenbase.core.reports import fonts

    used = []
    monkeypatch.setattr("jiarenbase.gui.pages.settings_page.use_font_file", used.append)
    page = make_page(qtbot, ctx)
    assert ".ttf/.ttc" in page.ui.reportFontHint.text() and page.ui.reportFontEdit.placeholderText()
    page.ui.reportFontEdit.setText(str(tmp_path / "NotoSansCJK.otf"))
    page.ui.saveButton.click()
    assert page.ui.reportFontError.isVisible() and ".otf" in page.ui.reportFontError.text()
    assert used == []
    real = fonts.candidates()[0]
    page.ui.reportFontEdit.setText(str(real))
    page.ui.saveButton.click()
    assert not page.ui.reportFontError.isVisible()
    assert config.load(ctx.data_dir).report_font == str(real) and used == [str(real)]


def test_closed_while_a_connection_test_runs(qtbot, ctx, themes, in_flight):
    from jiarenbase.gui.pages.settings_page import SettingsPage

    in_flight.hold(config, "test_connection")
    page = SettingsPage(ctx)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    in_flight.destroy_while_loading(page)
