"""The desktop's start makes the day's automatic backup off the GUI thread; a backup
that fails is never in the way and never silent: a lasting warning in the status
bar now, a dialog at the next start. A database at a newer revision opens to a
plain message, never a traceback."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox

from jiarenbase.core import config
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.migrate import head_revision
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import auto_backup
from jiarenbase.gui.app import open_or_explain, start_daily_backup

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    qtbot.addWidget(w)
    return w


def _warning(window) -> QLabel | None:
    return window.statusBar().findChild(QLabel, "backupWarning")


def test_the_first_start_of_a_day_backs_up_and_says_a_new_database_was_made(window, ops, drain, tmp_path):
    opened = open_database(None, tmp_path / "data")
    try:
        start_daily_backup(ops, opened, window, "zh")
        assert window.statusBar().currentMessage().startswith("已新建数据库：SQLite: ")
        drain()
        assert list((tmp_path / "data" / "backups").glob("jiarenbase-*-daily.sqlite3"))
        assert _warning(window) is None and window.findChild(QMessageBox, "backupFailedBefore") is None
    finally:
        opened.db.dispose()


def test_a_failed_backup_warns_until_closed_and_the_next_start_says_so(window, ops, drain, tmp_path, qtbot):
    data = tmp_path / "data"
    opened = open_database(None, data)
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    config.save(data, config.AppConfig(backup_folder=str(blocker / "backups")))
    try:
        start_daily_backup(ops, opened, window, "zh")
        drain()
        label = _warning(window)
        assert label is not None and label.text().startswith("自动备份失败：无法在")
        assert label.text().endswith("上次成功备份：无") and "设置 → 备份文件夹" in label.toolTip()
        window.statusBar().showMessage("其他消息", 10)  # a passing message does not take the warning away
        qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "")
        assert _warning(window) is label and label.isVisibleTo(window)

        config.save(data, config.AppConfig())  # the next start, the folder fixed
        later = QMainWindow()
        qtbot.addWidget(later)
        start_daily_backup(ops, opened, later, "zh")
        drain()
        box = later.findChild(QMessageBox, "backupFailedBefore")
        assert box is not None and box.isVisible()
        assert box.text().startswith("最近一次自动备份失败：无法在") and "，上次成功备份：无。" in box.text()
        assert _warning(later) is None
        box.close()
        later.grab().save(str(tmp_path / "later.png"))
    finally:
        opened.db.dispose()


def test_closing_the_window_while_the_backup_runs_delivers_nothing(qtbot, ops, drain, tmp_path, monkeypatch):
    opened = open_database(None, tmp_path / "data")
    release, ran = threading.Event(), []

    def slow_backup(db, data_dir):
        release.wait(10)
        return auto_backup.DailyBackup(None, JiarenError("失败", "failed"))

    monkeypatch.setattr(auto_backup, "daily_backup", slow_backup)
    window = QMainWindow()
    window.statusBar().addPermanentWidget = lambda *a: ran.append(a)  # the handler's first step
    start_daily_backup(ops, opened, window, "zh")
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    release.set()
    drain()
    assert ran == []
    opened.db.dispose()


def test_a_database_from_a_newer_version_opens_to_a_plain_message(tmp_path, qapp, monkeypatch):
    from sqlalchemy import text

    opened = open_database(None, tmp_path / "data")
    with opened.db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0099'"))
    opened.db.dispose()
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, message: shown.append(message))
    assert open_or_explain(None, tmp_path / "data", "zh") is None
    [message] = shown
    assert "结构版本为 0099" in message and f"结构版本 {head_revision()}" in message
    assert "安全副本" in message and "Traceback" not in message and "alembic" not in message.lower()
