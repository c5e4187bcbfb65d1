"""Marks over a script editor (widgets/text_marks.py): each banned term underlined and
tinted exactly over its characters, also after emoji (two UTF-16 units each), a
span selected and scrolled to, the row and span tints, and UTC shown as local time."""
from __future__ import annotations

import time
from datetime import datetime

import pytest
from PySide6.QtGui import QColor, QTextCharFormat, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit

from jiarenbase.core.domain.compliance import find_banned_terms
from jiarenbase.gui.widgets import text_marks
from jiarenbase.gui.widgets.text_marks import (
    FLAG_BACKGROUND,
    FLAG_UNDERLINE,
    REMOVED_SPAN,
    background_format,
    finding_selections,
    flag_format,
    local_time,
    select_span,
    selection,
)

pytestmark = pytest.mark.gui

SCRIPT = "🍑🍑 这是全网最低价！\n第一次来，最好的选择"


@pytest.fixture
def edit(qtbot):
    e = QPlainTextEdit()
    qtbot.addWidget(e)
    e.setPlainText(SCRIPT)
    return e


def test_every_finding_is_marked_over_its_own_characters_after_emoji(edit):
    findings = find_banned_terms(SCRIPT)
    assert [f.matched for f in findings] == ["全网最低价", "最好"]  # 第一次 is an allowed phrase
    marks = finding_selections(edit, SCRIPT, findings)
    assert [m.cursor.selectedText() for m in marks] == ["全网最低价", "最好"]
    assert marks[0].cursor.selectionStart() == findings[0].start + 2  # two peaches: two extra UTF-16 units


def test_a_finding_mark_is_a_red_wave_under_a_translucent_tint():
    fmt = flag_format()
    assert fmt.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline
    assert fmt.underlineColor() == FLAG_UNDERLINE
    assert fmt.background().color() == FLAG_BACKGROUND and 0 < FLAG_BACKGROUND.alpha() < 255


def test_row_tints_take_the_full_width_span_tints_do_not():
    row = background_format(text_marks.ADDED_ROW, full_width=True)
    span = background_format(REMOVED_SPAN)
    assert row.property(QTextFormat.Property.FullWidthSelection) is True
    assert not span.hasProperty(QTextFormat.Property.FullWidthSelection)
    assert span.background().color() == REMOVED_SPAN
    # every tint is translucent: it reads on the light and on the dark theme
    for name in ("REMOVED_ROW", "REMOVED_SPAN", "ADDED_ROW", "ADDED_SPAN", "CHANGED_ROW", "FILLER_ROW"):
        colour: QColor = getattr(text_marks, name)
        assert 0 < colour.alpha() < 255, name


def test_a_selection_covers_utf16_positions(edit):
    sel = selection(edit, 0, 2, flag_format())
    assert sel.cursor.selectedText() == "🍑"
    assert sel.format.underlineStyle() == QTextCharFormat.UnderlineStyle.WaveUnderline


def test_select_span_selects_code_points_in_the_editor(edit):
    start = SCRIPT.index("最好")
    select_span(edit, SCRIPT, start, start + 2)
    assert edit.textCursor().selectedText() == "最好"


def test_marks_painted_do_not_change_the_text(edit):
    before = edit.toPlainText()
    edit.setExtraSelections(finding_selections(edit, SCRIPT, find_banned_terms(SCRIPT)))
    assert edit.toPlainText() == before and len(edit.extraSelections()) == 2


@pytest.fixture
def shanghai(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_local_time_shows_a_stored_utc_time_at_the_desk(shanghai):
    assert local_time(datetime(2025, 3, 31, 17, 5)) == "2025-04-01 01:05"
    assert local_time(None) == ""
