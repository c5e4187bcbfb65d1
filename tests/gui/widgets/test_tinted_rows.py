"""Row tints under the theme (widgets/tinted_rows.py): qt-material's `::item` rule
makes the style drop a model's BackgroundRole; the delegate paints the tint itself,
once (a translucent tint painted twice would come out darker)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QStyleOptionViewItem, QTableView

from jiarenbase.gui.widgets.tinted_rows import TintedRowsDelegate

pytestmark = pytest.mark.gui

TINT = QColor(229, 57, 53, 128)  # translucent red, as the problem rows of an import
THEME_ITEM_RULE = "QTableView::item { padding: 4px; border-color: transparent; }"  # qt-material's rule
WHITE = QColor("white")


def over(colour: QColor, base: QColor, times: int = 1) -> QColor:
    """`colour` composed `times` over an opaque `base`."""
    a = colour.alphaF()
    rgb = [base.red(), base.green(), base.blue()]
    for _ in range(times):
        rgb = [c * a + b * (1 - a) for c, b in zip((colour.red(), colour.green(), colour.blue()), rgb, strict=True)]
    return QColor(*(round(v) for v in rgb))


def close(a: QColor, b: QColor, tolerance: int = 3) -> bool:
    return all(abs(x - y) <= tolerance for x, y in zip(a.getRgb()[:3], b.getRgb()[:3], strict=True))


@pytest.fixture
def view(qtbot):
    model = QStandardItemModel(2, 2)
    for r in range(2):
        for c in range(2):
            model.setItem(r, c, QStandardItem(""))
    for c in range(2):
        model.item(0, c).setBackground(QBrush(TINT))
    v = QTableView()
    v.setModel(model)
    v.model_ref = model
    v.setStyleSheet(THEME_ITEM_RULE)
    v.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no current cell: its focus frame would colour the pixels
    v.resize(300, 140)
    qtbot.addWidget(v)
    v.show()
    qtbot.waitExposed(v)
    return v


def cell_colour(view: QTableView, row: int) -> QColor:
    rect = view.visualRect(view.model().index(row, 0))
    return view.viewport().grab().toImage().pixelColor(rect.center() + QPoint(rect.width() // 3, 0))


def test_without_the_delegate_the_theme_drops_the_tint(view):
    assert close(cell_colour(view, 0), WHITE)


def test_the_delegate_paints_the_tint_once_under_the_theme(view):
    view.setItemDelegate(TintedRowsDelegate(view))
    tinted = cell_colour(view, 0)
    assert close(tinted, over(TINT, WHITE)) and not close(tinted, over(TINT, WHITE, times=2))
    assert close(cell_colour(view, 1), WHITE)  # an untinted row stays plain


def test_the_style_is_not_asked_to_paint_the_background_again(view):
    delegate = TintedRowsDelegate(view)
    option = QStyleOptionViewItem()
    delegate.initStyleOption(option, view.model().index(0, 0))
    assert option.backgroundBrush.style() == Qt.BrushStyle.NoBrush
