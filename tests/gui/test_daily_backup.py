"""The desktop's start makes the day's automatic backup off the GUI thread and says
in the status bar when it could not (it never stands in the way)."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import auto_backup
from jiarenbase.gui.app import start_daily_backup
from jiarenbase.gui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_the_first_start_of_a_day_backs_up(qtbot, tmp_path):
    opened = open_database(None, tmp_path / "data")
    window = QMainWindow()
    qtbot.addWidget(window)
    start_daily_backup(TaskRunner(synchronous=True), opened, window, "zh")
    assert list((tmp_path / "data" / "backups").glob("jiarenbase-*-daily.sqlite3"))
    assert window.statusBar().currentMessage() == ""
    opened.db.dispose()


def test_a_backup_that_cannot_be_made_is_said_in_the_status_bar(qtbot, tmp_path, monkeypatch):
    opened = open_database(None, tmp_path / "data")
    problem = JiarenError("找不到 pg_dump，无法自动备份。", "pg_dump not found.")
    monkeypatch.setattr(auto_backup, "daily_backup", lambda db, data_dir: auto_backup.DailyBackup(None, problem))
    window = QMainWindow()
    qtbot.addWidget(window)
    start_daily_backup(TaskRunner(synchronous=True), opened, window, "zh")
    assert window.statusBar().currentMessage() == "找不到 pg_dump，无法自动备份。"
    opened.db.dispose()
