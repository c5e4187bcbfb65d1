"""Size a QTableWidget's columns to their contents without clipping the headers.

qt-material draws header texts in capitals with 24 px of padding each side, which
the header's own size hint does not know about; `fit_columns` widens each column to
its header as the theme draws it (as ListPage does), then lets `stretch` take the
rest of the width.
"""
from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableWidget

HEADER_ALLOWANCE = 52  # the theme pads headers 24 px each side, plus a little air
CELL_ALLOWANCE = 12


def fit_columns(table: QTableWidget, stretch: int | None = None, extra: dict[int, int] | None = None) -> None:
    """Columns as wide as their contents and their (capitalised) header; column
    `stretch` takes the remaining width. `extra` adds pixels to a column (e.g. for a
    combo box put into its cells)."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()
    metrics = header.fontMetrics()
    for c in range(table.columnCount()):
        item = table.horizontalHeaderItem(c)
        title = item.text().upper() if item else ""
        needed = max(header.sectionSize(c) + CELL_ALLOWANCE, metrics.horizontalAdvance(title) + HEADER_ALLOWANCE)
        header.resizeSection(c, needed + (extra or {}).get(c, 0))
    if stretch is not None:
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(stretch is None or stretch == table.columnCount() - 1)
