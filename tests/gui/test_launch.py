"""The start: a window is on screen before the database stack is loaded; it closes
before the sign-in window comes up."""
from __future__ import annotations

import argparse
import json

import pytest

from screen_checks import shoot

pytestmark = pytest.mark.gui


def test_the_start_window_comes_first_in_the_saved_language_and_theme(qtbot, qapp, tmp_path, monkeypatch,
                                                                        out_dir):
    from jiarenbase.gui import app as desktop, launch

    data = tmp_path / "data"
    data.mkdir()
    (data / "config.json").write_text(json.dumps({"theme": "light", "lang": "zh"}), encoding="utf-8")
    seen = {}

    def heavy_part(args, splash=None, themed=None):
        seen.update(splash=splash, themed=themed, visible=splash.isVisible(), status=splash.ui.status.text())
        shoot(splash, out_dir, "start_splash", qtbot, chinese=True)
        splash.close()
        return 0

    monkeypatch.setattr(desktop, "run_app", heavy_part)
    assert launch.run_app(argparse.Namespace(db=None, data_dir=str(data), lang=None)) == 0
    assert seen["visible"] and seen["themed"] == ("light", "zh") and seen["status"] == "正在打开数据库…"


def test_early_settings_fall_back_like_the_settings_file(tmp_path):
    from jiarenbase.gui.launch import early_settings

    assert early_settings(tmp_path) == ("light", "zh", "")
    (tmp_path / "config.json").write_text("{not json", encoding="utf-8")
    assert early_settings(tmp_path) == ("light", "zh", "")
    (tmp_path / "config.json").write_text(json.dumps({"theme": "purple", "lang": "en", "report_font": 3}),
                                          encoding="utf-8")
    assert early_settings(tmp_path) == ("light", "en", "")


def test_the_start_window_closes_before_sign_in(qtbot, qapp, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QWidget

    from jiarenbase.gui import app as desktop

    splash = QWidget()
    qtbot.addWidget(splash)
    splash.show()
    visible_at_sign_in = []
    monkeypatch.setattr(desktop, "sign_in", lambda *a, **k: visible_at_sign_in.append(splash.isVisible()))
    code = desktop.run_app(argparse.Namespace(db=None, data_dir=str(tmp_path / "data"), lang="zh"), splash=splash,
                           themed=("light", "zh"))
    assert code == 0 and visible_at_sign_in == [False]


def test_the_everyday_start_loads_no_database_code_before_its_window(tmp_path):
    """What is imported before the start window is shown (a fresh interpreter)."""
    import subprocess
    import sys

    code = ("import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'; "
            "from jiarenbase.gui import launch; "
            "print(sorted({m.split('.')[0] for m in sys.modules} "
            "& {'sqlalchemy', 'alembic', 'reportlab', 'openpyxl'}))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
