"""A person's look put on the screen (gui/personal.py, gui/theme.py): theme and font
size restyle the whole application at once; nothing is redone when it already looks so."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from jiarenbase.core.services.personal_settings import PersonalSettings
from jiarenbase.gui.personal import apply_personal, language_changes
from jiarenbase.gui.theme import FONT_PIXELS, apply_theme, current_font_size, is_dark

pytestmark = pytest.mark.gui


@pytest.fixture
def standard_look(qapp):
    apply_theme(qapp, dark=False, font_size="standard")
    yield qapp
    apply_theme(qapp, dark=False, font_size="standard")


def test_font_size_and_theme_restyle_every_widget(qtbot, standard_look):
    app = standard_look
    label = QLabel("字号")
    qtbot.addWidget(label)
    label.show()
    normal = label.fontInfo().pixelSize()
    assert apply_personal(app, PersonalSettings(theme="dark", font_size="xlarge"))
    assert is_dark(app) and current_font_size(app) == "xlarge"
    assert f"font-size: {FONT_PIXELS['xlarge']}" in app.styleSheet().replace(".0px", "px")
    label.ensurePolished()
    assert label.fontInfo().pixelSize() > normal
    assert apply_personal(app, PersonalSettings(theme="light", font_size="small"))
    assert not is_dark(app) and current_font_size(app) == "small"


def test_nothing_is_redone_when_it_already_looks_so(standard_look, monkeypatch):
    from jiarenbase.gui import personal

    calls = []
    monkeypatch.setattr(personal, "apply_theme", lambda app, **kw: calls.append(kw))
    assert not apply_personal(standard_look, PersonalSettings(theme="light", font_size="standard"))
    assert apply_personal(standard_look, PersonalSettings(theme="light", font_size="large"))
    assert calls == [{"dark": False, "font_size": "large"}]


def test_a_theme_switch_keeps_the_font_size(standard_look):
    apply_theme(standard_look, dark=False, font_size="large")
    apply_theme(standard_look, dark=True)
    assert current_font_size(standard_look) == "large" and is_dark(standard_look)


def test_the_language_waits_for_a_restart():
    assert language_changes(PersonalSettings(lang="en"), "zh")
    assert not language_changes(PersonalSettings(lang="zh"), "zh")
