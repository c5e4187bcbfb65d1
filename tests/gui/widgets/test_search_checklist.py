"""SearchChecklist: ticking students from a list that is searched, never loaded whole,
and never cut off without saying so."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QWidget

from jiarenbase.core.services.listing import ListQuery, Page
from jiarenbase.gui.widgets.search_checklist import ID_ROLE, SearchChecklist

pytestmark = pytest.mark.gui

PEOPLE = [SimpleNamespace(id=i, name=f"学员{i:03d}") for i in range(1, 121)]


def fetch(db, actor, query: ListQuery) -> Page:
    rows = [p for p in PEOPLE if query.search in p.name]
    return Page(rows=tuple(rows[: query.limit]), total=len(rows), offset=0)


@pytest.fixture
def picker(qtbot, ctx):
    owner = QWidget()
    qtbot.addWidget(owner)
    search, view = QLineEdit(owner), QListWidget(owner)
    p = SearchChecklist(search, view, parent=owner)
    p.setup(ctx, fetch, lambda row: row.name, sort="name")
    p.page_size = 20
    p.owner = owner  # qtbot holds widgets weakly
    return p


def shown_ids(p):
    return [p.view.item(i).data(ID_ROLE) for i in range(p.view.count()) if p.view.item(i).data(ID_ROLE) is not None]


def test_first_page_and_an_honest_count_of_the_rest(picker, drain):
    picker.reload()
    drain()
    assert shown_ids(picker) == list(range(1, 21))
    assert len(picker.note_texts()) == 1 and "100" in picker.note_texts()[0]  # 还有 100 条…


def test_searching_goes_to_the_service_and_ticked_stay_on_top(picker, drain, qtbot):
    picker.reload()
    drain()
    picker.view.item(2).setCheckState(Qt.CheckState.Checked)  # 学员003
    assert picker.ticked_ids() == (3,)
    picker.search("学员11")
    drain()
    assert shown_ids(picker)[0] == 3  # the ticked one first, then the matches
    assert shown_ids(picker)[1:] == list(range(110, 120))
    assert picker.ticked_texts() == ["学员003"]


def test_nothing_found_says_so(picker, drain):
    picker.search("没有这个人")
    drain()
    assert shown_ids(picker) == [] and "没有这个人" in picker.note_texts()[0]


def test_tick_known_records_from_outside_the_page(picker, drain):
    picker.reload()
    drain()
    picker.add(99, "学员099")
    picker.tick([99, 5])
    assert sorted(shown_ids(picker)[:2]) == [5, 99]
    assert set(picker.ticked_ids()) == {5, 99}
