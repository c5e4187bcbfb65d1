"""A card of the stage board (widgets/stage_card.py): name and badge on the first
line, number · mentor · days on the second, one line per criterion — nothing wraps,
long texts are elided (the tooltip has them whole); 无数据 and 已豁免 (with the
cohort's reason) are shown as such, and 无数据 is never 可签核."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from jiarenbase.core.domain.enums import Stage, StudentStatus
from jiarenbase.core.services.stage_board import BoardCheck, StageCard
from jiarenbase.gui.widgets.stage_card import ElidedLabel, StageCardWidget, board_colours
from screen_checks import clipped

pytestmark = pytest.mark.gui

WAIVER = "本批次为企业定向班，出勤由企业考核"


def check(met: bool = True, *, no_data: bool = False, waiver: str = "") -> BoardCheck:
    actual = "0/0" if no_data else ("7/8（88%）" if met else "5/8（63%）")
    return BoardCheck("module_attendance", "认知模块出勤", "Module attendance", actual, "≥80%", met and not no_data,
                      0 if no_data else (7 if met else 5), 7, 8,
                      "本批次尚未开设认知模块" if no_data else "", "no lessons yet" if no_data else "", waiver)


def card(*checks: BoardCheck, name: str = "李娜", mentor: str = "王老师") -> StageCard:
    return StageCard(1, name, "JR2025001", StudentStatus.ENROLLED, Stage.COGNITIVE, mentor, date(2025, 5, 1), checks)


def widget(qtbot, c: StageCard, width: int = 250) -> StageCardWidget:
    w = StageCardWidget(c, "zh", today=date(2025, 5, 13))
    qtbot.addWidget(w)
    w.resize(width, w.sizeHint().height())
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    return w


def test_states_and_badges(qtbot):
    assert widget(qtbot, card(check(True))).badge.text() == "Ready for sign-off"
    assert widget(qtbot, card(check(False))).badge.text() == "Not ready"
    no_data = widget(qtbot, card(check(no_data=True)))
    assert not no_data.card.ready and no_data.badge.text() == "No data"
    assert no_data.texts["module_attendance"].text() == "No data"
    assert "本批次尚未开设认知模块" in no_data.toolTip()


def test_a_waived_criterion_shows_the_reason(qtbot):
    w = widget(qtbot, card(check(no_data=True, waiver=WAIVER)))
    assert w.card.ready and w.badge.text() == "Ready for sign-off"
    assert w.labels["module_attendance"].text() == f"Waived: {WAIVER}"
    assert WAIVER in w.toolTip()
    assert w.bars["module_attendance"].value() == w.bars["module_attendance"].maximum()


def test_texts_stay_on_one_line_and_elide(qtbot):
    long = card(check(False), name="欧阳娜娜娜娜娜娜娜娜娜娜", mentor="司马相如相如相如相如相如")
    wide, narrow = widget(qtbot, long, 320), widget(qtbot, long, 200)
    assert wide.sizeHint().height() == narrow.sizeHint().height()  # nothing wraps
    assert all(not label.wordWrap() for label in narrow.findChildren(QLabel))
    assert narrow.name.text() == "欧阳娜娜娜娜娜娜娜娜娜娜" and narrow.name.shown_text().endswith("…")
    assert isinstance(narrow.sub, ElidedLabel) and "导师：" not in narrow.sub.text()  # (English until translated)
    assert "Mentor: 司马相如相如相如相如相如" in narrow.sub.text() and "12 days in stage" in narrow.sub.text()
    assert clipped(narrow) == []
    line = narrow.fontMetrics().height()
    assert narrow.sizeHint().height() < 2 * line + 3 * (line + 8)  # two text lines and one per criterion


def test_colours_come_from_the_palette(qtbot):
    w = widget(qtbot, card(check(True)))
    colours = board_colours(w.parentWidget() or w)
    assert colours.text in w.name.styleSheet() or board_colours().text in w.name.styleSheet()
    assert not colours.dark  # no theme applied in this directory: the default light palette
