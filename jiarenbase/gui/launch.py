"""The desktop's first steps, kept light: a window is on screen before the heavy
modules (SQLAlchemy, the models, the services) are even imported.

    QApplication → this desktop's theme and language → StartSplash → gui/app.py
    (settings, database, sign-in, main window)

Measured (tests/perf figures_app.py "app start to first window shown"): with the
database opened first, the sign-in window came up 610 ms after the process started
against 196 ms for a bare themed PySide6 window.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..core.paths import CONFIG_FILENAME, data_dir as resolve_data_dir


def early_settings(data: Path) -> tuple[str, str, str]:
    """(theme, language, report font) from this desktop's settings file, read without the settings
    module (which needs SQLAlchemy to check a database address); anything unusual
    gives the defaults, as config.load would."""
    try:
        raw = json.loads((data / CONFIG_FILENAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raw = {}
    raw = raw if isinstance(raw, dict) else {}
    theme = raw.get("theme") if raw.get("theme") in ("light", "dark") else "light"
    lang = raw.get("lang") if raw.get("lang") in ("zh", "en") else "zh"
    font = raw.get("report_font") if isinstance(raw.get("report_font"), str) else ""
    return theme, lang, font


def run_app(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("JiarenBase")
    app.setApplicationName("JiarenBase")
    data = resolve_data_dir(getattr(args, "data_dir", None))
    theme, saved_lang, font = early_settings(data)
    lang = getattr(args, "lang", None) or saved_lang
    from ..core.reports.fonts import use_font_file
    from .start_splash import StartSplash
    from .theme import apply_icon, apply_theme, install_translators

    use_font_file(font)  # the theme takes the reports' font: screens and paper match
    install_translators(app, lang)
    apply_theme(app, dark=theme == "dark")
    apply_icon(app)
    splash = StartSplash()
    splash.show()
    app.processEvents()
    from . import app as desktop  # the heavy part: settings, database, sign-in, main window

    return desktop.run_app(args, splash=splash, themed=(theme, lang))
