"""Look and language of the application: translators, qt-material theme, Chinese font.

Kept apart from app.py so pages (the settings page switches the theme) can use it
without importing the start-up code.

qt-material styles widgets through a style sheet only and leaves the application
palette as Fusion's light one (with a translucent teal Text). `apply_theme` therefore
also sets a palette made from the same theme colours (`theme_palette`), so that custom
painting that asks the palette (Base, Window, Text, Mid, Highlight, …) matches the
style sheet in the light and in the dark theme.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QColor, QFont, QPalette
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
    app.setPalette(theme_palette(dark))
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


def theme_colours(dark: bool) -> dict[str, str]:
    """The qt-material theme's colours (primaryColor, secondaryDarkColor, …) as apply_theme
    uses them: the light theme with its secondary colours inverted, as qt-material does."""
    from xml.dom.minidom import parse

    import qt_material  # after PySide6 (imported above)

    path = Path(qt_material.__file__).parent / "themes" / ("dark_teal.xml" if dark else "light_teal.xml")
    colours = {c.getAttribute("name"): c.firstChild.nodeValue for c in parse(str(path)).getElementsByTagName("color")}
    if not dark:  # invert_secondary=True
        colours["secondaryLightColor"], colours["secondaryDarkColor"] = \
            colours["secondaryDarkColor"], colours["secondaryLightColor"]
    return colours


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of a, the rest b."""
    return QColor(*(round(x * share + y * (1 - share)) for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                                  (a.blue(), b.blue()))))


def theme_palette(dark: bool) -> QPalette:
    """A palette in the theme's colours: Window and Base are the background qt-material
    gives every widget (secondaryDarkColor), Text its text colour, AlternateBase and Mid
    its other secondary shades, Highlight its primary colour."""
    t = {k: QColor(v) for k, v in theme_colours(dark).items()}
    base, text, primary = t["secondaryDarkColor"], t["primaryTextColor"], t["primaryColor"]
    alternate, mid = t["secondaryColor"], t["secondaryLightColor"]
    Role, Group = QPalette.ColorRole, QPalette.ColorGroup
    pal = QPalette()
    roles = {
        Role.Window: base, Role.Base: base, Role.AlternateBase: alternate, Role.Button: alternate,
        Role.WindowText: text, Role.Text: text, Role.ButtonText: text, Role.BrightText: QColor("#ff5252"),
        Role.PlaceholderText: _mix(text, base, 0.5), Role.ToolTipBase: alternate, Role.ToolTipText: text,
        Role.Light: _mix(QColor("#ffffff"), base, 0.25) if dark else base, Role.Midlight: _mix(mid, base, 0.5),
        Role.Mid: mid, Role.Dark: _mix(text, base, 0.45), Role.Shadow: _mix(QColor("#000000"), base, 0.6),
        Role.Highlight: primary, Role.HighlightedText: base if dark else text,
        Role.Link: primary if dark else _mix(primary, QColor("#000000"), 0.55),
        Role.LinkVisited: _mix(primary, text, 0.6),
    }
    for role, colour in roles.items():
        pal.setColor(role, colour)
    faded = _mix(text, base, 0.45)
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        pal.setColor(Group.Disabled, role, faded)
    return pal
