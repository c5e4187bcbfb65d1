"""One column of the stage board (widgets/stage_column.py): the stage's name in its
colour, how many students are in it and how many are ready, their cards in order;
a filter hides cards without rebuilding them and says when none match; the cards'
one-line texts get the height they need; a new set of cards replaces the old."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QApplication

from jiarenbase.core.domain.enums import Stage, StudentStatus
from jiarenbase.core.services.stage_board import BoardCheck, StageCard
from jiarenbase.gui.widgets.stage_column import HEADER_COLOURS, StageColumn
from screen_checks import clipped

pytestmark = pytest.mark.gui


def attendance(met: bool) -> BoardCheck:
    return BoardCheck("attendance", "出勤率", "attendance", "7/8（88%）" if met else "5/8（63%）", "≥80%", met,
                      0.88 if met else 0.63, 0.8, 1.0)


SESSIONS = BoardCheck("sessions", "实训场次", "practice sessions", "6", "≥5", True, 6, 5, 8)


def card(student_id: int, name: str, ready: bool, mentor: str = "王老师") -> StageCard:
    return StageCard(student_id, name, f"JR20250{student_id:02d}", StudentStatus.ENROLLED, Stage.PROJECT, mentor,
                     date(2025, 5, 1), (attendance(ready), SESSIONS))


CARDS = [card(1, "李娜", True), card(2, "张伟", False), card(3, "王芳", True, mentor=""), card(4, "刘洋", False)]


@pytest.fixture
def column(qtbot):
    c = StageColumn(Stage.PROJECT, lang="zh")
    qtbot.addWidget(c)
    c.resize(280, 900)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_the_header_names_the_stage_and_counts_its_students(column, out_dir):
    widgets = column.set_cards(CARDS)
    assert column.title.text() == Stage.PROJECT.zh and HEADER_COLOURS[Stage.PROJECT] in column.title.styleSheet()
    assert column.count.text() == "4" and column.ready.text() == "2 ready"
    assert [w.card.name for w in widgets] == ["李娜", "张伟", "王芳", "刘洋"]
    assert [column.cards_layout.itemAt(i).widget() for i in range(4)] == widgets  # in the order given
    assert column.empty.isHidden()
    QApplication.processEvents()
    assert clipped(column) == []
    column.grab().save(f"{out_dir}/stage_column.png")


def test_no_ready_student_shows_no_ready_figure(column):
    column.set_cards([card(2, "张伟", False)])
    assert column.count.text() == "1" and column.ready.text() == ""


def test_an_empty_stage_says_so(column):
    assert column.set_cards([]) == []
    assert column.count.text() == "0" and column.empty.isVisibleTo(column)
    assert column.empty.text() == "No students in this stage"


def test_the_filter_hides_cards_and_counts_what_shows(column):
    widgets = column.set_cards(CARDS)
    assert column.filter(lambda c: c.ready) == 2
    assert [w.isVisibleTo(column) for w in widgets] == [True, False, True, False]
    assert column.widgets == widgets  # hidden, not rebuilt
    assert column.count.text() == "4"  # the count is of the whole stage
    assert column.filter(lambda c: "娜" in c.name) == 1
    assert column.filter(lambda c: False) == 0
    assert column.empty.isVisibleTo(column) and column.empty.text() == "No students match the filter"
    assert column.filter(lambda c: True) == 4 and column.empty.isHidden()


def test_the_inner_area_is_as_tall_as_the_shown_cards_need(column):
    widgets = column.set_cards(CARDS)
    width = column.scroll.viewport().width() - 4  # the layout's right margin
    assert width > 0
    need = sum(w.sizeHint().height() for w in widgets) + 3 * column.cards_layout.spacing()
    assert column.inner.minimumHeight() == need
    column.filter(lambda c: c.student_id == 1)
    assert column.inner.minimumHeight() == widgets[0].sizeHint().height()
    column.resize(210, 900)  # narrower: texts are elided on one line, the cards keep their height
    QApplication.processEvents()
    assert column.inner.minimumHeight() == widgets[0].sizeHint().height()
    assert clipped(column) == []


def test_new_cards_replace_the_old_ones(qtbot, column):
    old = column.set_cards(CARDS)
    new = column.set_cards(CARDS[:1])
    assert len(new) == 1 and column.count.text() == "1"
    assert all(w.parent() is None for w in old)
    qtbot.waitUntil(lambda: len(column.inner.findChildren(type(new[0]))) == 1)
