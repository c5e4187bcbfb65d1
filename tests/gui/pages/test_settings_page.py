"""The settings page by scope: each role sees only what it may change (mentors: their
own look and the data folder; staff: also the base-wide lists; admins: everything);
personal settings are saved at once (in the background) and follow the account;
this desktop's settings are saved through the admin-only service, the PostgreSQL
password into the keystore and never into config.json; the connection test uses
the password field; the page survives being closed while its calls run."""
from __future__ import annotations

import json
import os
import socket
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.core import config, credentials
from jiarenbase.core.credentials import SERVICE
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import mentors, users
from jiarenbase.core.services.personal_settings import PersonalSettings, load_personal

pytestmark = pytest.mark.gui
PASSWORD = "Jiaren#2025"
PG = "postgresql://jiaren@10.0.0.5:5432/jiarenbase"


@pytest.fixture
def looks(monkeypatch):
    """apply_personal calls, recorded instead of restyling the whole application."""
    from jiarenbase.gui.pages import settings_page

    calls = []
    monkeypatch.setattr(settings_page, "apply_personal", lambda app, prefs: calls.append(prefs))
    return calls


@pytest.fixture
def as_role(ctx, admin):
    """as_role(Role.MENTOR) -> an AppContext signed in with a real account of that role."""

    def make(role: Role):
        mentor_id = None
        if role is Role.MENTOR:
            mentor_id = mentors.create_mentor(ctx.db, admin, mentors.MentorInput(name="王导师")).id
        user = users.add_user(ctx.db, admin, role.value + "1", PASSWORD, role, "王导师", mentor_id=mentor_id)
        return replace(ctx, actor=user.actor())

    return make


def make_page(qtbot, ctx, drain=None):
    from jiarenbase.gui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    page.resize(820, 900)
    page.show()
    qtbot.waitExposed(page)
    if drain is not None:
        drain()  # the person's settings (and the kept password) have arrived
    return page


def db_path(ctx) -> str:
    return ctx.db.engine.url.database


def desktop_entries(db):
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.after).where(AuditEntry.entity == "setting:desktop")))


# --------------------------------------------------------------------------- who sees what

def test_a_mentor_sees_only_personal_settings_and_the_data_folder(qtbot, as_role, looks, drain):
    page = make_page(qtbot, as_role(Role.MENTOR), drain)
    ui = page.ui
    assert ui.personalBox.isVisible() and ui.dataBox.isVisible()
    for hidden in (ui.databaseBox, ui.backupBox, ui.reportBox, ui.lockBox, ui.saveButton, ui.sharedBox):
        assert not hidden.isVisible()
    assert "管理员" in ui.subtitle.text() or "administrator" in ui.subtitle.text()


def test_staff_also_see_the_base_wide_lists(qtbot, as_role, looks, drain):
    page = make_page(qtbot, as_role(Role.STAFF), drain)
    ui = page.ui
    assert ui.personalBox.isVisible() and ui.sharedBox.isVisible() and ui.complianceTermsButton.isVisible()
    assert not ui.databaseBox.isVisible() and not ui.backupBox.isVisible() and not ui.saveButton.isVisible()


def test_a_mentor_cannot_save_this_desktops_settings_even_past_the_page(qtbot, as_role, looks, drain, tmp_path):
    """The page hides the fields; the service refuses whatever reaches it."""
    ctx = as_role(Role.MENTOR)
    config.save(ctx.data_dir, config.AppConfig(keep_backups=6))
    page = make_page(qtbot, ctx, drain)
    page.ui.keepSpin.setValue(1)
    page.ui.sqlitePathEdit.setText(str(tmp_path / "elsewhere.sqlite3"))
    page.save()
    drain()
    assert "无权" in page.ui.saveStatus.text() and "仅限管理员" in page.ui.saveStatus.text()
    assert config.load(ctx.data_dir) == config.AppConfig(keep_backups=6)


def test_an_admin_sees_everything(qtbot, ctx, looks, drain):
    page = make_page(qtbot, ctx, drain)
    ui = page.ui
    for shown in (ui.personalBox, ui.databaseBox, ui.backupBox, ui.reportBox, ui.lockBox, ui.saveButton,
                  ui.sharedBox, ui.dataBox):
        assert shown.isVisible()
    assert ui.lightRadio.isChecked() and ui.zhRadio.isChecked() and ui.sqliteRadio.isChecked()
    assert ui.fontSizeCombo.currentData() == "standard" and ui.fontSizeCombo.count() == 4
    assert ui.sqlitePathEdit.text() == "" and str(ctx.data_dir) in ui.sqlitePathEdit.placeholderText()
    assert ui.keepSpin.value() == 10 and (ui.keepSpin.minimum(), ui.keepSpin.maximum()) == (1, 100)
    assert ui.maxAgeSpin.value() == 7 and ui.idleLockSpin.value() == 30 and ui.idleLockSpin.minimum() == 0
    assert ui.dataDirEdit.text() == str(ctx.data_dir) and ui.dataDirEdit.isReadOnly()
    assert ctx.db.describe() in ui.currentDatabase.text()
    assert not ui.postgresUrlEdit.isVisible() and ui.sqlitePathEdit.isVisible()
    ui.postgresRadio.setChecked(True)
    assert ui.postgresUrlEdit.isVisible() and not ui.sqlitePathEdit.isVisible()
    assert not looks


# --------------------------------------------------------------------------- personal settings

def test_a_mentor_changes_theme_and_font_size_at_once(qtbot, as_role, looks, drain):
    ctx = as_role(Role.MENTOR)
    page = make_page(qtbot, ctx, drain)
    page.ui.darkRadio.setChecked(True)
    drain()
    combo = page.ui.fontSizeCombo
    combo.setCurrentIndex(combo.findData("xlarge"))
    combo.activated.emit(combo.currentIndex())
    drain()
    assert [p.theme for p in looks] == ["dark", "dark"] and looks[-1].font_size == "xlarge"
    assert load_personal(ctx.db, ctx.actor) == PersonalSettings("dark", "zh", "xlarge")  # follows the account
    saved = config.load(ctx.data_dir)
    assert (saved.theme, saved.font_size) == ("dark", "xlarge")  # the sign-in window's look
    assert page.ui.personalStatus.text() == page.tr("Personal settings saved.")


def test_the_page_shows_the_persons_own_settings(qtbot, as_role, looks, drain):
    from jiarenbase.core.services.personal_settings import save_personal

    ctx = as_role(Role.STAFF)
    save_personal(ctx.db, ctx.actor, PersonalSettings("dark", "en", "large"))
    page = make_page(qtbot, ctx, drain)
    assert page.ui.darkRadio.isChecked() and page.ui.enRadio.isChecked()
    assert page.ui.fontSizeCombo.currentData() == "large"
    assert not looks  # showing them does not restyle again


def test_another_language_says_it_needs_a_restart(qtbot, ctx, looks, drain):
    page = make_page(qtbot, ctx, drain)
    page.ui.enRadio.setChecked(True)
    drain()
    assert config.load(ctx.data_dir).lang == "en"
    assert page.ui.personalStatus.text() == page.tr("Saved. The new language is used after the program is restarted.")


def test_quick_changes_are_saved_one_after_another_and_the_last_wins(qtbot, as_role, looks, drain):
    ctx = as_role(Role.MENTOR)
    page = make_page(qtbot, ctx, drain)
    for _ in range(3):
        page.ui.darkRadio.setChecked(True)
        page.ui.lightRadio.setChecked(True)
    page.ui.darkRadio.setChecked(True)
    drain()
    qtbot.waitUntil(lambda: page._saving is None)
    drain()
    assert load_personal(ctx.db, ctx.actor).theme == "dark"


def test_theme_really_restyles_the_application(qtbot, ctx, qapp, drain):
    from jiarenbase.gui.theme import current_font_size, is_dark

    page = make_page(qtbot, ctx, drain)
    page.ui.darkRadio.setChecked(True)
    assert is_dark(qapp)
    combo = page.ui.fontSizeCombo
    combo.setCurrentIndex(combo.findData("large"))
    combo.activated.emit(combo.currentIndex())
    assert current_font_size(qapp) == "large" and "15" in qapp.styleSheet().split("font-size:")[1][:8]
    page.ui.lightRadio.setChecked(True)
    combo.setCurrentIndex(combo.findData("standard"))
    combo.activated.emit(combo.currentIndex())
    drain()
    assert not is_dark(qapp) and current_font_size(qapp) == "standard"


# --------------------------------------------------------------------------- this desktop's settings (admin)

def test_save_writes_the_settings_file_through_the_service(qtbot, ctx, looks, drain, tmp_path):
    page = make_page(qtbot, ctx, drain)
    page.ui.sqlitePathEdit.setText(db_path(ctx))  # the database in use: no restart needed
    page.ui.backupFolderEdit.setText(str(tmp_path / "备份"))
    page.ui.keepSpin.setValue(30)
    page.ui.maxAgeSpin.setValue(3)
    page.ui.idleLockSpin.setValue(0)
    assert page.ui.idleLockSpin.text() == page.tr("Never")
    page.ui.saveButton.click()
    drain()
    saved = config.load(ctx.data_dir)
    assert saved == config.AppConfig(db_url=db_path(ctx), backup_folder=str(tmp_path / "备份"), keep_backups=30,
                                     backup_max_age_days=3, idle_lock_minutes=0)
    assert page.ui.saveStatus.isVisible() and page.ui.saveStatus.text() == page.tr("Saved.")
    [after] = desktop_entries(ctx.db)
    assert json.loads(after)["keep_backups"] == 30


def test_saving_another_database_says_it_needs_a_restart(qtbot, ctx, looks, drain, tmp_path):
    page = make_page(qtbot, ctx, drain)
    page.ui.sqlitePathEdit.setText(str(tmp_path / "other.sqlite3"))
    page.ui.saveButton.click()
    drain()
    assert config.load(ctx.data_dir).db_url == str(tmp_path / "other.sqlite3")
    assert page.ui.saveStatus.text() == page.tr("Saved. The new database is used after the program is restarted.")


def test_validation_errors_are_shown_under_their_fields(qtbot, ctx, looks, drain, tmp_path):
    a_file = tmp_path / "a-file.txt"
    a_file.write_text("x")
    page = make_page(qtbot, ctx, drain)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText("postgresql://jiaren@10.0.0.5")  # no database name
    page.ui.backupFolderEdit.setText(str(a_file))
    page.ui.saveButton.click()
    drain()
    assert page.ui.databaseError.isVisible() and "数据库名" in page.ui.databaseError.text()
    assert page.ui.backupFolderError.isVisible() and "不是文件夹" in page.ui.backupFolderError.text()
    assert not page.ui.keepError.isVisible()
    assert not (Path(ctx.data_dir) / "config.json").exists()
    page.ui.postgresUrlEdit.textEdited.emit("x")  # editing clears the field's message
    assert not page.ui.databaseError.isVisible()


def test_network_share_database_is_refused_under_the_field(qtbot, ctx, looks, drain):
    page = make_page(qtbot, ctx, drain)
    page.ui.sqlitePathEdit.setText("//server/share/jiarenbase.sqlite3")
    page.ui.saveButton.click()
    drain()
    assert "网络共享" in page.ui.databaseError.text()
    assert not (Path(ctx.data_dir) / "config.json").exists()


def test_a_password_typed_into_the_address_moves_to_the_masked_field(qtbot, ctx, looks, drain):
    page = make_page(qtbot, ctx, drain)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText("postgresql://jiaren:pa55word@10.0.0.5:5432/jiarenbase")
    page.ui.postgresUrlEdit.editingFinished.emit()
    assert page.ui.postgresUrlEdit.text() == "postgresql://jiaren@10.0.0.5:5432/jiarenbase"
    assert page.ui.postgresPasswordEdit.text() == "pa55word"
    assert page.form_config().db_url == "postgresql://jiaren@10.0.0.5:5432/jiarenbase"  # never in the file
    assert page.form_password().value == "pa55word"
    page.ui.postgresUrlEdit.setText("jiaren@10.0.0.5/jiarenbase")  # the scheme may be left out
    assert page.form_config().db_url == "postgresql://jiaren@10.0.0.5/jiarenbase"


def test_a_postgresql_password_is_saved_into_the_keystore_not_the_file(qtbot, ctx, looks, drain, memory_keyring):
    page = make_page(qtbot, ctx, drain)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText(PG)
    page.ui.postgresPasswordEdit.setText("S3cret!")
    page.ui.saveButton.click()
    drain()
    file_text = (Path(ctx.data_dir) / "config.json").read_text(encoding="utf-8")
    assert "S3cret" not in file_text and json.loads(file_text)["db_url"] == PG
    assert memory_keyring.passwords == {(SERVICE, PG): "S3cret!"}
    assert all("S3cret" not in after for after in desktop_entries(ctx.db))
    assert page.ui.saveStatus.text().startswith(page.tr("Saved. The new database is used after the program is "
                                                        "restarted."))


def test_the_kept_password_is_shown_masked(qtbot, ctx, looks, drain, memory_keyring):
    config.save(ctx.data_dir, config.AppConfig(db_url=PG))
    credentials.store_password(PG, "S3cret!")
    page = make_page(qtbot, ctx, drain)
    ui = page.ui
    assert ui.postgresRadio.isChecked() and ui.postgresUrlEdit.text() == PG
    assert ui.postgresPasswordEdit.text() == "S3cret!"
    assert ui.postgresPasswordEdit.echoMode() == ui.postgresPasswordEdit.EchoMode.Password
    assert "系统密码库" in ui.postgresPasswordHint.text() or "credential store" in ui.postgresPasswordHint.text()
    assert ui.saveButton.isEnabled() and ui.testButton.isEnabled()


def test_without_a_keystore_the_page_says_the_password_is_asked_at_start(qtbot, ctx, looks, drain):
    config.save(ctx.data_dir, config.AppConfig(db_url=PG))
    page = make_page(qtbot, ctx, drain)
    assert page.ui.postgresPasswordEdit.text() == ""
    assert page.ui.postgresPasswordHint.text() == page.tr(
        "This computer has no system credential store: the password is not saved and is asked for at each start.")
    page.ui.postgresPasswordEdit.setText("S3cret!")
    page.ui.saveButton.click()
    drain()
    assert "本机没有可用的系统密码库" in page.ui.saveStatus.text()
    assert "S3cret" not in (Path(ctx.data_dir) / "config.json").read_text(encoding="utf-8")


def test_report_font_is_saved_and_used_for_the_next_report(qtbot, ctx, looks, drain, tmp_path, monkeypatch):
    from jiarenbase.core.reports import fonts

    used = []
    monkeypatch.setattr("jiarenbase.gui.pages.settings_page.use_font_file", used.append)
    page = make_page(qtbot, ctx, drain)
    assert ".ttf/.ttc" in page.ui.reportFontHint.text() and page.ui.reportFontEdit.placeholderText()
    page.ui.reportFontEdit.setText(str(tmp_path / "NotoSansCJK.otf"))
    page.ui.saveButton.click()
    drain()
    assert page.ui.reportFontError.isVisible() and ".otf" in page.ui.reportFontError.text()
    assert used == []
    real = fonts.candidates()[0]
    page.ui.reportFontEdit.setText(str(real))
    page.ui.saveButton.click()
    drain()
    assert not page.ui.reportFontError.isVisible()
    assert config.load(ctx.data_dir).report_font == str(real) and used == [str(real)]


# --------------------------------------------------------------------------- connection test

def test_test_connection_on_the_database_in_use(qtbot, ctx, looks, drain):
    page = make_page(qtbot, ctx, drain)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    drain()
    text = page.ui.testResult.text()
    assert page.ui.testResult.isVisible() and "SQLite:" in text and db_path(ctx) in text
    assert page.ui.testButton.isEnabled()


def test_test_connection_uses_the_password_field(qtbot, ctx, looks, drain, monkeypatch):
    from jiarenbase.gui.pages import settings_page

    tried = []
    monkeypatch.setattr(settings_page.config, "test_connection", lambda url, lang: tried.append(url) or "PostgreSQL")
    page = make_page(qtbot, ctx, drain)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText(PG)
    page.ui.postgresPasswordEdit.setText("S3cret!")
    page.ui.testButton.click()
    drain()
    from sqlalchemy.engine import make_url

    [url] = tried
    assert make_url(url).password == "S3cret!" and make_url(url).host == "10.0.0.5"
    assert "S3cret" not in page.ui.testResult.text()


def test_test_connection_to_an_unreachable_postgresql(qtbot, ctx, looks, drain):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    page = make_page(qtbot, ctx, drain)
    page.ui.postgresRadio.setChecked(True)
    page.ui.postgresUrlEdit.setText(f"postgresql://jiaren@127.0.0.1:{port}/jiarenbase")
    page.ui.testButton.click()
    drain()
    assert f"无法连接 PostgreSQL 服务器 127.0.0.1:{port}" in page.ui.testResult.text()


def test_test_connection_runs_in_the_background(qtbot, ctx, looks, monkeypatch, drain):
    import threading

    gate, test_connection = threading.Event(), config.test_connection
    monkeypatch.setattr(config, "test_connection", lambda *a: gate.wait(30) and test_connection(*a))
    page = make_page(qtbot, ctx, drain)
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    assert ctx.ops.pending_for(page) == 1 and page.ui.testResult.text() == "Testing…"
    assert not page.ui.testButton.isEnabled()  # until the answer arrives
    gate.set()
    drain()
    assert page.ui.testButton.isEnabled() and "SQLite:" in page.ui.testResult.text()


def test_open_data_folder_and_browse(qtbot, ctx, looks, drain, monkeypatch, tmp_path):
    from jiarenbase.gui.pages import settings_page

    opened = []
    monkeypatch.setattr(settings_page.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    monkeypatch.setattr(settings_page.QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(tmp_path / "chosen")))
    monkeypatch.setattr(settings_page.QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(tmp_path / "db.sqlite3"), "")))
    page = make_page(qtbot, ctx, drain)
    page.ui.openDataDirButton.click()
    assert opened[0].toLocalFile() == str(ctx.data_dir)
    page.ui.backupBrowseButton.click()
    assert page.ui.backupFolderEdit.text() == str(tmp_path / "chosen")
    page.ui.sqliteBrowseButton.click()
    assert page.ui.sqlitePathEdit.text() == str(tmp_path / "db.sqlite3")


# --------------------------------------------------------------------------- closed while working

def test_closed_while_a_connection_test_runs(qtbot, ctx, looks, in_flight, drain):
    from jiarenbase.gui.pages.settings_page import SettingsPage

    page = SettingsPage(ctx)
    in_flight.hold(config, "test_connection")
    page.ui.sqlitePathEdit.setText(db_path(ctx))
    page.ui.testButton.click()
    in_flight.destroy_while_loading(page)


def test_closed_while_the_personal_settings_load(qtbot, as_role, looks, in_flight):
    from jiarenbase.gui.pages import settings_page

    in_flight.hold(settings_page.personal_settings, "load_personal")
    page = settings_page.SettingsPage(as_role(Role.MENTOR))
    page.show()
    in_flight.destroy_while_loading(page)


# --------------------------------------------------------------------------- screenshots

@pytest.mark.parametrize("theme", ["light", "dark"])
def test_screenshots_by_role(qtbot, qapp, ctx, as_role, screenshot_dir, drain, theme):
    """What each role sees, in both themes, at the window size of a 1366×768 laptop."""
    from jiarenbase.core.services.personal_settings import save_personal
    from jiarenbase.gui.app import install_translators
    from jiarenbase.gui.theme import apply_theme
    from screen_checks import clipped

    install_translators(qapp, "zh")
    apply_theme(qapp, dark=theme == "dark", font_size="standard")
    try:
        for role, role_ctx in (("mentor", as_role(Role.MENTOR)), ("staff", as_role(Role.STAFF)), ("admin", ctx)):
            save_personal(role_ctx.db, role_ctx.actor, PersonalSettings(theme=theme), data_dir=role_ctx.data_dir)
            page = make_page(qtbot, role_ctx, drain)
            page.resize(1366 - 220, 768 - 90)  # beside the navigation, under the menu and status bars
            if role == "admin":
                page.ui.sqlitePathEdit.setText(db_path(ctx))
                page.ui.testButton.click()
                drain()
                page.ui.backupFolderEdit.setText("relative/folder")
                page.ui.saveButton.click()
                drain()
            qapp.processEvents()  # let the layouts fit the new messages
            assert page.grab().save(os.path.join(screenshot_dir, f"settings_page_{role}_{theme}.png"))
            assert clipped(page) == [], role
            if role == "admin":
                page.ui.postgresRadio.setChecked(True)
                page.ui.postgresUrlEdit.setText("postgresql://jiaren:secret@127.0.0.1:1/jiarenbase")
                page.ui.postgresUrlEdit.editingFinished.emit()
                page.ui.testButton.click()
                drain()
                assert page.grab().save(os.path.join(screenshot_dir, f"settings_page_postgresql_{theme}.png"))
                bar = page.ui.scroll.verticalScrollBar()
                bar.setValue(bar.maximum())
                assert page.grab().save(os.path.join(screenshot_dir, f"settings_page_admin_lower_{theme}.png"))
            page.close()
    finally:
        apply_theme(qapp, dark=False, font_size="standard")
