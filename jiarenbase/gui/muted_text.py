"""The colour of secondary text (counts, hints, meta lines) in the current theme: the
palette's text colour faded toward its background, so it reads on white and on the
dark theme's grey alike (a fixed #57606a all but vanishes on the dark theme)."""
from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

SHARE = 0.7  # of the text colour; the rest is the background


def muted_colour() -> str:
    palette = QApplication.palette()
    text, base = palette.color(QPalette.ColorRole.WindowText), palette.color(QPalette.ColorRole.Window)
    mixed = QColor(*(round(a * SHARE + b * (1 - SHARE)) for a, b in (
        (text.red(), base.red()), (text.green(), base.green()), (text.blue(), base.blue()))))
    return mixed.name()
