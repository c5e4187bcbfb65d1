"""ActionBar moves the buttons that do not fit into »更多; FilterCombo (filter_combo)
shrinks to its shown text and no further."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from jiarenbase.gui.widgets.action_bar import ActionBar
from jiarenbase.gui.widgets.filter_combo import FilterCombo, fit_to_text, needed_size

pytestmark = pytest.mark.gui

TEXTS = ["新建", "编辑", "删除", "学员档案", "分配导师", "导入照片…", "导出…", "刷新"]


@pytest.fixture
def bar(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    bar = ActionBar(host)
    clicked = []
    for text in TEXTS:
        button = QPushButton(text)
        button.clicked.connect(lambda _c=False, t=text: clicked.append(t))
        bar.add_button(button)
    bar.clicked, bar.host = clicked, host  # (the host lives as long as the test)
    host.show()
    return bar


def test_everything_fits_when_there_is_room(bar):
    bar.resize(bar.sizeHint())
    assert bar.overflowed() == [] and bar.more.isHidden()
    shown = [b for b in bar.buttons() if b.isVisible()]
    assert len(shown) == len(TEXTS) and all(bar.rect().contains(b.geometry()) for b in shown)
    assert all(b.width() >= b.sizeHint().width() for b in shown)  # nothing squeezed


def test_a_narrow_bar_puts_the_last_buttons_into_more(bar):
    bar.resize(bar.sizeHint().width() // 2, bar.sizeHint().height())
    overflowed = [b.text() for b in bar.overflowed()]
    assert overflowed and overflowed == TEXTS[len(TEXTS) - len(overflowed):]  # in order, from the end
    assert bar.more.isVisible() and bar.rect().contains(bar.more.geometry())
    visible = [b for b in bar.buttons() if b.isVisible()] + [bar.more]
    for i, a in enumerate(visible):  # nothing overlaps, nothing is cut
        assert bar.rect().contains(a.geometry()) and a.width() >= a.sizeHint().width()
        assert all(not a.geometry().intersects(b.geometry()) for b in visible[i + 1:])
    bar._fill_menu()
    actions = bar.menu.actions()
    assert [a.text() for a in actions] == overflowed
    actions[-1].trigger()
    assert bar.clicked == [overflowed[-1]]


def test_the_menu_keeps_the_enabled_state_and_hidden_buttons_stay_hidden(bar):
    bar.resize(bar.more.sizeHint().width() + 10, 40)  # only »更多
    buttons = bar.buttons()
    buttons[0].setEnabled(False)
    buttons[1].hide()  # the page's choice (e.g. no permission)
    bar._fill_menu()
    actions = {a.text(): a for a in bar.menu.actions()}
    assert "编辑" not in actions and not actions["新建"].isEnabled() and actions["删除"].isEnabled()
    assert not bar.offers(buttons[1]) and bar.offers(buttons[0])
    bar.resize(bar.sizeHint())  # room again: the hidden button stays hidden
    assert not buttons[1].isVisible() and buttons[2].isVisible() and bar.more.isHidden()
    buttons[1].show()
    bar.resize(bar.sizeHint())
    assert buttons[1].isVisible()


def test_minimum_is_the_more_button(bar):
    assert bar.minimumSizeHint().width() == bar.more.sizeHint().width()
    assert bar.sizeHint().width() > 4 * bar.minimumSizeHint().width()


def test_filter_combo_shrinks_to_its_shown_text_only(qtbot):
    host = QWidget()
    qtbot.addWidget(host)
    row = QHBoxLayout(host)
    box = FilterCombo(host)
    box.addItems(["全部批次", "ZB202406-01 · 2024年6月直播实训1班"])
    row.addWidget(box)
    assert box.sizeHint().width() > box.minimumSizeHint().width() >= needed_size(box, "全部批次").width()
    host.resize(60, 40)  # far too narrow: the layout keeps the combo's minimum
    host.show()
    assert box.width() >= needed_size(box, "全部批次").width()
    box.setCurrentIndex(1)
    assert box.minimumSizeHint().width() >= needed_size(box, box.currentText()).width()


def test_fit_to_text_gives_a_plain_combo_its_longest_choice(qtbot):
    from PySide6.QtWidgets import QComboBox

    box = QComboBox()
    qtbot.addWidget(box)
    box.addItems(["按天", "按周（全部直播间）"])
    fit_to_text(box)
    assert box.minimumWidth() == needed_size(box, "按周（全部直播间）").width()


def test_a_button_added_to_a_shown_bar_appears(bar):
    bar.resize(2000, 40)
    late = QPushButton("阶段标准…", bar.host)
    late.setVisible(True)
    bar.insert_button(0, late)
    assert late.isVisible() and late.parentWidget() is bar and bar.buttons()[0] is late
