"""A delegate that paints the model's BackgroundRole itself.

qt-material's `QTableView::item` rule makes the style ignore BackgroundRole, so a
row tint (problem rows light red, notices light yellow) would vanish under the
theme. This delegate fills the cell first and lets the style draw the rest. Use
translucent tints: they read as light colours on the light theme and as dark
ones on the dark theme, and the theme's text colour stays readable on both.
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QStyledItemDelegate


class TintedRowsDelegate(QStyledItemDelegate):
    def paint(self, painter, option, index) -> None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        if isinstance(brush, QBrush) and brush.style() != Qt.BrushStyle.NoBrush:
            painter.fillRect(option.rect, brush)
        super().paint(painter, option, index)

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.backgroundBrush = QBrush()  # painted above, once
