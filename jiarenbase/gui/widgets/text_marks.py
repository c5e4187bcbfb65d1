"""Marks painted over a QPlainTextEdit without touching its text: banned terms in a
script (合规检查) and the changed spans of a version comparison.

Positions from the core are code-point offsets; Qt counts UTF-16 units, so an
emoji (🍑) before a term would shift every mark after it — `utf16_offset` maps them.
The tints are translucent so they read on the light and the dark theme alike.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from ...core.domain.compliance import Finding, utf16_offset

FLAG_BACKGROUND = QColor(229, 57, 53, 60)
FLAG_UNDERLINE = QColor("#c62828")
REMOVED_ROW = QColor(229, 57, 53, 40)
REMOVED_SPAN = QColor(229, 57, 53, 120)
ADDED_ROW = QColor(67, 160, 71, 40)
ADDED_SPAN = QColor(67, 160, 71, 130)
CHANGED_ROW = QColor(251, 192, 45, 45)
FILLER_ROW = QColor(128, 128, 128, 40)


def flag_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(FLAG_BACKGROUND)
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(FLAG_UNDERLINE)
    return fmt


def background_format(colour: QColor, full_width: bool = False) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    if full_width:
        fmt.setProperty(QTextFormat.Property.FullWidthSelection, True)
    return fmt


def selection(edit: QPlainTextEdit, start: int, end: int, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    """A mark over UTF-16 positions [start, end) of the edit's document."""
    cursor = QTextCursor(edit.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    sel = QTextEdit.ExtraSelection()
    sel.cursor = cursor
    sel.format = fmt
    return sel


def finding_selections(edit: QPlainTextEdit, text: str, findings: Iterable[Finding]) -> list:
    """Underline and tint every finding; `text` is what the findings were computed on."""
    fmt = flag_format()
    return [selection(edit, utf16_offset(text, f.start), utf16_offset(text, f.end), fmt) for f in findings]


def select_span(edit: QPlainTextEdit, text: str, start: int, end: int) -> None:
    """Select code points [start, end) and scroll them into view."""
    cursor = edit.textCursor()
    cursor.setPosition(utf16_offset(text, start))
    cursor.setPosition(utf16_offset(text, end), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.ensureCursorVisible()


def local_time(value: datetime | None) -> str:
    """A stored UTC time as the desk's local yyyy-MM-dd HH:mm."""
    if value is None:
        return ""
    return value.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")
