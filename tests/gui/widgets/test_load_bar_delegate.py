"""A mentor's week as a load bar (widgets/load_bar_delegate.py): green below the
core's near-capacity threshold, amber up to 100 %, red beyond; the bar fills the
share of the cell the load is (full when over, or with no capacity but sessions);
no ratio, no bar; the row tint stays under it."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from jiarenbase.core.services.mentor_workload import NEAR_CAPACITY as NEAR  # the threshold the page reports
from jiarenbase.gui.widgets.load_bar_delegate import AMBER, GREEN, LOAD_ROLE, RED, LoadBarDelegate, bar_colour

pytestmark = pytest.mark.gui

WHITE = QColor("white")


@pytest.mark.parametrize(("ratio", "colour"), [(0.0, GREEN), (NEAR - 0.01, GREEN), (NEAR, AMBER), (1.0, AMBER),
                                               (1.01, RED), (math.inf, RED)])
def test_the_bar_turns_amber_near_capacity_and_red_over_it(ratio, colour):
    assert bar_colour(ratio) == colour


def over_white(colour: QColor, alpha: int = 200) -> QColor:
    a = alpha / 255
    return QColor(*(round(c * a + 255 * (1 - a)) for c in (colour.red(), colour.green(), colour.blue())))


def close(a: QColor, b: QColor, tolerance: int = 4) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.fixture
def view(qtbot):
    """One row a load: 50 %, 90 %, 150 %, no capacity with sessions (∞), none, and a tinted 30 %."""
    model = QStandardItemModel(0, 1)
    for ratio in (0.5, 0.9, 1.5, math.inf, None, 0.3):
        item = QStandardItem("")
        item.setData(ratio, LOAD_ROLE)
        model.appendRow(item)
    model.item(5).setBackground(QBrush(QColor(229, 57, 53, 60)))
    v = QTableView()
    v.setModel(model)
    v.model_ref = model
    v.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    v.setItemDelegate(LoadBarDelegate(v))
    v.horizontalHeader().setStretchLastSection(True)
    v.verticalHeader().setDefaultSectionSize(30)
    v.resize(420, 260)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def sample(view: QTableView, row: int, share: float) -> QColor:
    """The colour `share` of the way along the bar's track, near its top edge (clear of the text)."""
    rect = view.visualRect(view.model().index(row, 0)).adjusted(6, 6, -6, -6)
    x = rect.left() + round(rect.width() * share)
    return view.viewport().grab().toImage().pixelColor(QPoint(x, rect.top() + 3))


def test_the_bar_fills_the_load_s_share_of_the_cell(view):
    assert close(sample(view, 0, 0.25), over_white(GREEN))
    assert not close(sample(view, 0, 0.75), over_white(GREEN))  # the empty track beyond 50 %
    assert close(sample(view, 1, 0.85), over_white(AMBER))


@pytest.mark.parametrize("row", [2, 3])
def test_over_capacity_or_without_capacity_the_bar_is_full_and_red(view, row):
    assert close(sample(view, row, 0.05), over_white(RED)) and close(sample(view, row, 0.95), over_white(RED))


def test_a_cell_without_a_ratio_has_no_bar(view):
    assert close(sample(view, 4, 0.1), WHITE)


def test_the_row_tint_stays_under_the_bar(view):
    image = view.viewport().grab().toImage()
    rect = view.visualRect(view.model().index(5, 0))
    margin = image.pixelColor(QPoint(rect.right() - 2, rect.top() + 2))  # outside the track
    assert margin.red() > margin.green() + 20  # tinted red
    assert not close(sample(view, 5, 0.1), over_white(GREEN))  # the bar over the tint, not over white
    assert sample(view, 5, 0.1).green() > sample(view, 5, 0.1).red()  # and still green
