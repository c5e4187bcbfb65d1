"""Look and language of the application: translators, qt-material theme, Chinese font.

Kept apart from app.py so pages (the settings page switches the theme) can use it
without importing the start-up code.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from .fonts import chinese_font_family

# resources/ sits beside the package in the repository (and in the Windows bundle).
TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
ICON = Path(__file__).resolve().parents[2] / "resources" / "icons" / "jiarenbase.png"  # packaging/make_icon.py


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """zh: our own zh_CN strings plus Qt's qtbase_zh_CN (standard dialogs in Chinese),
    and the Chinese locale for dates and numbers in widgets (周四, not Thu)."""
    if lang != "zh":
        return []
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
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


def apply_icon(app: QApplication) -> None:
    from PySide6.QtGui import QIcon

    app.setWindowIcon(QIcon(str(ICON)))


# 个人设置 → 字号: the text size of every widget, in pixels (qt-material's own default is 13)
FONT_PIXELS = {"small": 12, "standard": 13, "large": 15, "xlarge": 17}


def apply_theme(app: QApplication, dark: bool = False, font_size: str | None = None) -> None:
    """Restyle the whole application. `font_size` (a key of FONT_PIXELS; None keeps
    the current one) sets the text size of every widget."""
    from qt_material import apply_stylesheet  # imported after PySide6, as qt-material expects

    size = font_size if font_size in FONT_PIXELS else current_font_size(app)
    family = chinese_font_family()
    extra = {"font_family": family or "sans-serif", "density_scale": "0", "font_size": f"{FONT_PIXELS[size]}px"}
    theme = "dark_teal.xml" if dark else "light_teal.xml"
    apply_stylesheet(app, theme=theme, invert_secondary=not dark, extra=extra)
    app.setProperty("jiarenbase_theme", "dark" if dark else "light")
    app.setProperty("jiarenbase_font_size", size)
    font = QFont(family) if family else QFont(app.font())
    font.setPointSizeF(10 * FONT_PIXELS[size] / 13)  # what the style sheet does not reach (painted text): 10 pt
    app.setFont(font)


def current_font_size(app: QApplication) -> str:
    size = app.property("jiarenbase_font_size")
    return size if size in FONT_PIXELS else "standard"


def is_dark(app: QApplication) -> bool:
    return app.property("jiarenbase_theme") == "dark"
