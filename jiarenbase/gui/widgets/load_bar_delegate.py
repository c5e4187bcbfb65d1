"""A table cell drawn as a load bar: how full a mentor's week is.

The cell's `LOAD_ROLE` data is the load ratio (sessions / capacity; None = no
capacity and nothing booked); the display text is drawn centred over the bar. The
bar is green below the core's near-capacity threshold (mentor_workload.NEAR_CAPACITY,
80 %), amber up to 100 % and red beyond, and full at 100 % (the text tells how far over).
Row tints (BackgroundRole) are painted first, as in `TintedRowsDelegate`, so an
over-capacity row stays tinted under the theme. The track, the selection and the text
take the current theme's colours (widgets/chart_colours.py), so the bars read in the
dark theme too.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QStyle

from ...core.services.mentor_workload import NEAR_CAPACITY
from . import chart_colours
from .tinted_rows import TintedRowsDelegate

LOAD_ROLE = Qt.ItemDataRole.UserRole + 1
GREEN, AMBER, RED = QColor("#43a047"), QColor("#f9a825"), QColor("#e53935")


def bar_colour(ratio: float) -> QColor:
    return RED if ratio > 1 else AMBER if ratio >= NEAR_CAPACITY else GREEN


class LoadBarDelegate(TintedRowsDelegate):
    def paint(self, painter: QPainter, option, index) -> None:
        ratio = index.data(LOAD_ROLE)
        if ratio is None or not isinstance(ratio, (int, float)):
            super().paint(painter, option, index)
            return
        text = index.data(Qt.ItemDataRole.DisplayRole) or ""
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        theme = chart_colours.current()
        painter.save()
        if brush is not None:
            painter.fillRect(option.rect, brush)
        if option.state & QStyle.StateFlag.State_Selected:
            selected = QColor(theme.accent)
            selected.setAlpha(70)  # a see-through wash: light or dark, the text stays readable
            painter.fillRect(option.rect, selected)
        track = QRectF(option.rect.adjusted(6, 6, -6, -6))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor(theme.border), 1))
        empty = QColor(theme.grid)
        empty.setAlpha(90)
        painter.setBrush(empty)
        painter.drawRoundedRect(track, 3, 3)
        filled = 1.0 if math.isinf(ratio) else max(0.0, min(1.0, float(ratio)))
        if filled > 0:
            bar = QRectF(track.x(), track.y(), track.width() * filled, track.height())
            colour = bar_colour(float(ratio))
            colour.setAlpha(200)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(bar, 3, 3)
        painter.setPen(QColor(theme.text))
        painter.drawText(track, Qt.AlignmentFlag.AlignCenter, text)
        painter.restore()
