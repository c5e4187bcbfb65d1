"""One KPI card of the dashboard (widgets/dashboard_card.py): title, big figure and
an optional line under it; a left click on it, Enter or Space opens the list
behind it; screen readers hear the title and the figure."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from jiarenbase.gui.widgets.dashboard_card import DashboardCard
from screen_checks import clipped, has_ink

pytestmark = pytest.mark.gui


@pytest.fixture
def card(qtbot):
    c = DashboardCard("在训学员", tooltip="点击查看在训学员名单")
    qtbot.addWidget(c)
    c.resize(200, 100)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_a_new_card_waits_for_its_figure(card):
    assert card.title.text() == "在训学员" and card.value.text() == "…"
    assert card.detail.isHidden() and card.toolTip() == "点击查看在训学员名单"
    assert card.accessibleName() == "在训学员"


def test_the_figure_and_the_line_under_it(card, out_dir):
    card.set_value("128", "本月新增 12 人")
    assert card.value.text() == "128" and card.detail.text() == "本月新增 12 人"
    assert card.detail.isVisibleTo(card) and card.accessibleDescription() == "128 本月新增 12 人"
    assert has_ink(card) and clipped(card) == []
    card.grab().save(f"{out_dir}/dashboard_card.png")
    card.set_value("130")
    assert card.detail.isHidden() and card.accessibleDescription() == "130"


def test_a_left_click_anywhere_on_the_card_opens_it(qtbot, card):
    card.set_value("128", "本月新增 12 人")
    with qtbot.waitSignal(card.clicked):
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    for label in (card.title, card.value, card.detail):  # the labels let a click through to the card
        with qtbot.waitSignal(card.clicked):
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())


@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")  # passed on to the parent
def test_a_right_click_or_a_release_outside_does_not(qtbot, card):
    clicked = []
    card.clicked.connect(lambda: clicked.append(1))
    qtbot.mouseClick(card, Qt.MouseButton.RightButton, pos=card.rect().center())
    qtbot.mousePress(card, Qt.MouseButton.LeftButton, pos=card.rect().center())
    qtbot.mouseRelease(card, Qt.MouseButton.LeftButton, pos=QPoint(card.width() + 20, 10))  # dragged off
    assert clicked == []


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space])
def test_enter_or_space_opens_a_focused_card(qtbot, card, key):
    assert card.focusPolicy() == Qt.FocusPolicy.StrongFocus
    with qtbot.waitSignal(card.clicked):
        qtbot.keyClick(card, key)


def test_other_keys_do_not(qtbot, card):
    clicked = []
    card.clicked.connect(lambda: clicked.append(1))
    qtbot.keyClick(card, Qt.Key.Key_A)
    assert clicked == []
