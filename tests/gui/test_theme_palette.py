"""gui/theme.py: the application palette matches the qt-material theme, light and dark,
so custom painting that asks the palette (Base, Window, Text, Mid, Highlight) agrees
with what the style sheet paints. Kept directly in tests/gui (it applies the theme)
and restores the style sheet, font and palette afterwards."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from jiarenbase.gui.theme import apply_theme, theme_colours, theme_palette

pytestmark = pytest.mark.gui
Role = QPalette.ColorRole


@pytest.fixture
def restore(qapp):
    saved = (qapp.styleSheet(), qapp.font(), qapp.palette(), qapp.property("jiarenbase_theme"),
             qapp.property("jiarenbase_font_size"))
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setPalette(saved[2])
    qapp.setProperty("jiarenbase_theme", saved[3])
    qapp.setProperty("jiarenbase_font_size", saved[4])


@pytest.mark.parametrize(("dark", "background", "text"), [(False, "#ffffff", "#3c3c3c"), (True, "#31363b", "#ffffff")])
def test_the_palette_is_made_of_the_theme_colours(qapp, dark, background, text):
    pal = theme_palette(dark)
    colours = theme_colours(dark)
    assert colours["secondaryDarkColor"] == background  # what qt-material paints every widget with
    for role in (Role.Window, Role.Base):
        assert pal.color(role) == QColor(background), role
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.ToolTipText):
        assert pal.color(role) == QColor(text), role
    assert pal.color(Role.Highlight) == QColor(colours["primaryColor"])
    assert pal.color(Role.Mid) == QColor(colours["secondaryLightColor"]) != pal.color(Role.Base)
    assert abs(pal.color(Role.Text).lightness() - pal.color(Role.Base).lightness()) > 150  # readable
    disabled = pal.color(QPalette.ColorGroup.Disabled, Role.Text)
    assert disabled not in (pal.color(Role.Text), pal.color(Role.Base))


@pytest.mark.parametrize("dark", [False, True])
def test_apply_theme_sets_it_and_widgets_paint_in_it(qtbot, qapp, restore, dark):
    apply_theme(qapp, dark=dark)
    pal = qapp.palette()
    assert pal.color(Role.Base) == theme_palette(dark).color(Role.Base)
    assert pal.color(Role.Text).alpha() == 255  # not qt-material's translucent teal
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.resize(80, 40)
    widget.show()
    qtbot.waitExposed(widget)
    QApplication.processEvents()
    painted = widget.grab().toImage().pixelColor(QPoint(40, 20))
    assert painted == widget.palette().color(Role.Window) == pal.color(Role.Base)  # the sheet and the palette agree
    assert (widget.palette().color(Role.Base).lightness() < 100) == dark
