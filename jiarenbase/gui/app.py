"""The desktop application: QApplication, translations, theme, font, main window."""
from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.bootstrap import open_database
from ..core.errors import JiarenError
from ..core.paths import logs_dir
from ..core.services.context import Actor
from .fonts import chinese_font_family
from .main_window import MainWindow
from .tasks import TaskRunner

# resources/ sits beside the package in the repository (and in the Windows bundle).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """zh: our own zh_CN strings plus Qt's qtbase_zh_CN (standard dialogs in Chinese)."""
    if lang != "zh":
        return []
    installed = []
    ours = QTranslator(app)
    if ours.load(str(TRANSLATIONS / "jiarenbase_zh_CN.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def apply_theme(app: QApplication, dark: bool = False) -> None:
    from qt_material import apply_stylesheet  # imported after PySide6, as qt-material expects

    family = chinese_font_family()
    extra = {"font_family": family or "sans-serif", "density_scale": "0"}
    theme = "dark_teal.xml" if dark else "light_teal.xml"
    apply_stylesheet(app, theme=theme, invert_secondary=not dark, extra=extra)
    if family:
        app.setFont(QFont(family, 10))


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setOrganizationName("JiarenBase")
    app.setApplicationName("JiarenBase")
    return app


def run_app(args: argparse.Namespace) -> int:
    app = make_app()
    install_translators(app, args.lang)
    apply_theme(app)
    try:
        opened = open_database(args.db, args.data_dir)
    except JiarenError as exc:
        QMessageBox.critical(None, "JiarenBase", exc.text(args.lang))
        return 1
    logging.basicConfig(filename=logs_dir(opened.data_dir) / "jiarenbase.log", level=logging.INFO,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    # Sign-in arrives with the desktop issue; until then the app acts as the local admin.
    window = MainWindow(opened.db, Actor.system(), TaskRunner(), args.lang)
    window.show()
    code = app.exec()
    opened.db.dispose()
    return code
