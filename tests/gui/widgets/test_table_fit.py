"""Column widths of a QTableWidget (widgets/table_fit.py): each column as wide as its
contents plus air and as its header drawn in capitals with the theme's padding;
extra pixels where asked; one column stretching over the rest."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from jiarenbase.gui.widgets.table_fit import CELL_ALLOWANCE, HEADER_ALLOWANCE, fit_columns

pytestmark = pytest.mark.gui

HEADERS = ["No.", "Student name", "Note"]
ROWS = [["1", "李娜", "一段很长很长很长很长很长很长很长很长很长的备注文字"], ["2", "欧阳娜娜", ""]]


@pytest.fixture
def table(qtbot):
    t = QTableWidget(len(ROWS), len(HEADERS))
    t.setHorizontalHeaderLabels(HEADERS)
    for r, row in enumerate(ROWS):
        for c, text in enumerate(row):
            t.setItem(r, c, QTableWidgetItem(text))
    qtbot.addWidget(t)
    t.resize(900, 200)
    t.show()
    qtbot.waitExposed(t)
    return t


def content_width(table: QTableWidget, column: int) -> int:
    table.resizeColumnToContents(column)
    return table.columnWidth(column)


def test_each_column_fits_its_contents_and_its_capitalised_header(table):
    contents = [content_width(table, c) for c in range(3)]
    fit_columns(table, stretch=0)  # the first column stretches: the others keep their fitted widths
    metrics = table.horizontalHeader().fontMetrics()
    for c, title in enumerate(HEADERS):
        header_needs = metrics.horizontalAdvance(title.upper()) + HEADER_ALLOWANCE
        fitted = max(contents[c] + CELL_ALLOWANCE, header_needs)
        assert table.columnWidth(c) == fitted if c else table.columnWidth(c) >= fitted, title
    # (which of header and text wins depends on the application font other tests may have set)


def test_extra_pixels_are_added_to_the_columns_named(table):
    fit_columns(table)
    plain = [table.columnWidth(c) for c in range(2)]  # the last one stretches
    fit_columns(table, extra={1: 30})
    assert [table.columnWidth(c) for c in range(2)] == [plain[0], plain[1] + 30]


def test_the_stretch_column_takes_the_rest_of_the_width(table):
    fit_columns(table, stretch=1)
    header = table.horizontalHeader()
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Interactive
    assert not header.stretchLastSection()
    assert sum(table.columnWidth(c) for c in range(3)) == table.viewport().width()


def test_without_a_stretch_column_the_last_one_stretches(table):
    fit_columns(table)
    assert table.horizontalHeader().stretchLastSection()
    fit_columns(table, stretch=2)
    assert table.horizontalHeader().stretchLastSection()


def test_a_column_without_a_header_item_is_fitted_to_its_contents(qtbot):
    t = QTableWidget(1, 1)
    qtbot.addWidget(t)
    t.setItem(0, 0, QTableWidgetItem("没有表头的一列"))
    contents = content_width(t, 0)
    fit_columns(t, stretch=None)
    assert t.columnWidth(0) >= max(contents + CELL_ALLOWANCE, HEADER_ALLOWANCE)  # an empty title needs its padding
