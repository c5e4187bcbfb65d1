"""The searchable, lazy record combo (widgets/search_combo.py): a first page with an
honest "N more" row, typing searches through the list service (debounced, newest
only), choosing gives the id, typed text that is not a choice never gets saved, and
a combo closed while its search runs drops the answer."""
from __future__ import annotations

import os
import threading
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QDialog, QFormLayout, QLineEdit

from jiarenbase.core.demo import build_demo
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import enrolment
from jiarenbase.core.services.listing import ListQuery, Page
from jiarenbase.gui.widgets.search_combo import MORE, SearchCombo, load_all

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Rec:
    id: int
    name: str


RECORDS = [Rec(i, f"学员{i:04d}") for i in range(1, 121)]  # 120 records


class FakeList:
    """A list service over RECORDS: search by substring, offset/limit, true total; it
    notes every query and can be held on an event."""

    def __init__(self) -> None:
        self.queries: list[ListQuery] = []
        self.gate: threading.Event | None = None

    def __call__(self, _db, _actor, query: ListQuery) -> Page:
        self.queries.append(query)
        if self.gate is not None:
            assert self.gate.wait(10)
        found = [r for r in RECORDS if query.search in r.name]
        return Page(tuple(found[query.offset:query.offset + query.limit]), len(found), query.offset)

    @property
    def searches(self) -> list[str]:
        return [q.search for q in self.queries]


@pytest.fixture
def fake():
    return FakeList()


@pytest.fixture
def combo(qtbot, ctx, fake):
    box = SearchCombo()
    qtbot.addWidget(box)
    box.setup(ctx, fake, lambda r: r.name, sort="name")
    return box


def in_window(qtbot, ctx, fake) -> tuple[QDialog, SearchCombo]:
    """A combo in a shown, active window, with the keyboard focus."""
    window = QDialog()
    qtbot.addWidget(window)
    box = SearchCombo(window)
    box.setup(ctx, fake, lambda r: r.name, sort="name")
    box.setMinimumWidth(320)
    QFormLayout(window).addRow("学员", box)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    return window, box


POPUP = pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen popups


def items(box: SearchCombo) -> list[tuple[str, object]]:
    return [(box.itemText(i), box.itemData(i)) for i in range(box.count())]


def test_the_first_page_ends_with_the_true_number_left(combo, fake, drain):
    combo.reload()
    assert combo.count() == 0  # never filled synchronously
    drain()
    shown = items(combo)
    assert len(shown) == 51 and shown[:50] == [(r.name, r.id) for r in RECORDS[:50]]
    assert shown[50] == (combo.more_text(70), MORE) and "70" in shown[50][0]
    assert not combo.model().item(50).isEnabled()  # a note, not a choice
    assert fake.queries == [ListQuery(sort="name", limit=50)]
    assert combo.current_id() is None and combo.currentText() == ""


def test_a_short_list_has_no_more_row(combo, fake, drain):
    combo.page_size = 200
    combo.reload()
    drain()
    assert combo.count() == 120 and all(d != MORE for _t, d in items(combo))


def test_typing_narrows_through_the_service_debounced(qtbot, combo, fake, drain):
    combo.page_size = 5
    combo.reload()
    drain()
    qtbot.keyClicks(combo.lineEdit(), "01")  # (QTest types ASCII only) two keystrokes, one search after the pause
    qtbot.waitUntil(lambda: combo.result_texts() != [])
    drain()
    assert fake.searches == ["", "01"]
    # 学员0001, 学员0010–0019 and 学员0100–0120 match: the first five, then the true number left
    assert combo.result_texts() == ["学员0001", "学员0010", "学员0011", "学员0012", "学员0013", combo.more_text(27)]
    qtbot.keyClicks(combo.lineEdit(), "1")
    qtbot.waitUntil(lambda: len(fake.queries) == 3)
    drain()
    assert fake.searches[-1] == "011"
    assert combo.result_texts() == ["学员0011", "学员0110", "学员0111", "学员0112", "学员0113", combo.more_text(6)]
    combo.search("没有这个人")
    drain()
    assert combo.result_texts() == ["Nothing matches “没有这个人”"]
    combo.choose_result(0)  # the note is not a choice
    assert combo.current_id() is None


def test_only_the_newest_search_is_shown(combo, fake, drain, qtbot):
    fake.gate = threading.Event()
    combo.search("学员00")
    combo.search("学员011")
    fake.gate.set()
    drain()
    assert combo.result_texts() == [f"学员{i:04d}" for i in range(110, 120)]


def test_choosing_a_match_gives_its_id(qtbot, combo, fake, drain):
    combo.reload()
    drain()
    combo.search("学员0077")
    drain()
    with qtbot.waitSignal(combo.chosen) as chosen:
        combo.choose_result(0)
    assert chosen.args == [77] and combo.current_id() == 77 and combo.currentText() == "学员0077"
    assert combo.current_row() == RECORDS[76] and combo.checked_id("学员", "student") == 77
    # it stands first in the drop-down now, and the page is not shown twice
    assert combo.itemData(0) == 77 and combo.count() == 52 and combo.findData(40) > 0
    combo.reload()
    drain()
    assert combo.currentIndex() == 0 and combo.current_id() == 77 and combo.count() == 52


@POPUP
def test_a_click_in_the_popup_chooses(qtbot, ctx, fake, drain):
    _window, combo = in_window(qtbot, ctx, fake)
    qtbot.keyClicks(combo.lineEdit(), "0042")
    popup = combo.completer_popup.popup()
    qtbot.waitUntil(popup.isVisible)
    view_index = popup.model().index(0, 0)
    with qtbot.waitSignal(combo.chosen) as chosen:
        qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(view_index).center())
    assert chosen.args == [42] and combo.current_id() == 42 and not popup.isVisible()


def test_set_current_preselects_without_loading(qtbot, combo, fake, drain):
    with qtbot.waitSignal(combo.chosen) as chosen:
        combo.set_current(99, "学员0099")
    assert chosen.args == [99] and fake.queries == []
    assert combo.current_id() == 99 and combo.currentText() == "学员0099" and combo.count() == 1
    combo.reload()
    drain()
    assert combo.current_id() == 99 and combo.currentIndex() == 0 and combo.count() == 52
    assert [d for _t, d in items(combo)].count(99) == 1


def test_typed_text_that_is_not_a_choice_never_counts(qtbot, ctx, fake, drain):
    box = SearchCombo()
    qtbot.addWidget(box)
    box.setup(ctx, fake, lambda r: r.name, none_text="（无）")
    other = QLineEdit()
    qtbot.addWidget(other)
    box.set_current(5, "学员0005")
    box.lineEdit().setText("学员00")  # typed over, not chosen
    assert box.current_id() is None and not box.is_settled()
    with pytest.raises(ValidationError) as refused:
        box.checked_id("合作院校", "school")
    assert refused.value.problems[0].field == "合作院校"
    box.lineEdit().editingFinished.emit()  # the field is left: the choice shows again
    assert box.currentText() == "学员0005" and box.current_id() == 5
    box.lineEdit().setText("学员0005")
    box.lineEdit().setText("")
    with qtbot.waitSignal(box.chosen) as chosen:
        box.lineEdit().editingFinished.emit()  # emptied: the "none" item
    assert chosen.args == [None] and box.currentText() == "（无）" and box.checked_id("x", "x") is None
    box.search("学员0033")
    drain()
    box.lineEdit().setText("学员0033")  # typed exactly as a match reads: that record
    box.lineEdit().editingFinished.emit()
    assert box.current_id() == 33


def test_a_required_choice(qtbot, combo):
    with pytest.raises(ValidationError):
        combo.checked_id("学员", "student", required=True)
    combo.set_current(3, "学员0003")
    assert combo.checked_id("学员", "student", required=True) == 3


def test_filters_go_to_the_service_and_may_let_go_of_the_choice(combo, fake, drain):
    combo.set_current(8, "学员0008")
    combo.set_filters({"school_id": 2})
    drain()
    assert fake.queries[-1].filters == {"school_id": 2} and combo.current_id() == 8
    combo.set_filters({"school_id": 3}, keep=False)
    drain()
    assert fake.queries[-1].filters == {"school_id": 3} and combo.current_id() is None


def test_closing_while_a_search_runs_raises_nothing(qtbot, ctx, fake, drain):
    window = QDialog()
    box = SearchCombo(window)
    box.setup(ctx, fake, lambda r: r.name)
    fake.gate = threading.Event()
    box.reload()
    box.search("学员01")
    assert ctx.ops.pending_for(box) == 2
    window.close()
    window.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ctx.ops._pending.values()))
    fake.gate.set()
    drain()  # the answers are dropped: no handler ran on the deleted combo


def test_on_the_students_service(qtbot, ctx, db, drain):
    build_demo(db, students=60, seed=3)
    everyone = enrolment.list_students(db, ctx.actor, ListQuery(limit=1000))
    box = SearchCombo()
    qtbot.addWidget(box)
    box.setup(ctx, enrolment.list_students, lambda s: f"{s.name} · {s.student_number}", sort="name")
    box.page_size = 20
    box.reload()
    drain()
    assert box.count() == 21 and box.itemText(20) == box.more_text(everyone.total - 20)
    target = everyone.rows[37]
    box.search(target.student_number)
    drain()
    assert f"{target.name} · {target.student_number}" in box.result_texts()
    row = next(i for i, t in enumerate(box.result_texts()) if target.student_number in t)
    box.choose_result(row)
    assert box.current_id() == target.id


def test_load_all_pages_through_a_short_list(fake):
    every = load_all(None, None, fake, ListQuery(search="学员", limit=50))
    assert every == Page(tuple(RECORDS), 120, 0) and [q.offset for q in fake.queries] == [0, 50, 100]
    assert {q.search for q in fake.queries} == {"学员"}


@POPUP
def test_screenshot_in_chinese(qtbot, qapp, ctx, fake, drain, out_dir):
    from jiarenbase.gui.theme import apply_theme, install_translators

    apply_theme(qapp)
    install_translators(qapp, "zh")
    window, combo = in_window(qtbot, ctx, fake)
    combo.page_size = 8
    combo.reload()
    drain()
    qtbot.keyClicks(combo.lineEdit(), "00")
    popup = combo.completer_popup.popup()
    qtbot.waitUntil(popup.isVisible)
    QApplication.processEvents()
    # the window with its popup below the field, as a person sees them
    shot, under = window.grab(), popup.grab()
    below = combo.mapTo(window, combo.rect().bottomLeft())
    picture = QPixmap(max(shot.width(), below.x() + under.width()), below.y() + under.height() + 4)
    picture.fill(Qt.GlobalColor.white)
    painter = QPainter(picture)
    painter.drawPixmap(0, 0, shot)
    painter.drawPixmap(below.x(), below.y() + 2, under)
    painter.end()
    assert picture.save(os.path.join(out_dir, "search_combo.png"))
    left = sum("00" in r.name for r in RECORDS) - 8
    assert combo.result_texts()[-1] == f"还有 {left} 条，请输入更多字以缩小范围"
    combo.lineEdit().clear()
    assert combo.lineEdit().placeholderText() == "输入文字搜索"
