"""The windowed table model (lists of millions of rows): the whole count at once,
pages read where the view looks, a jump to the end reads the last page only.
Pages come back through ctx.ops: the tests drain before reading."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtCore import QModelIndex

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import sessions
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.models.windowed_model import WindowedTableModel
from jiarenbase.gui.pages.specs import SPECS

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=40, seed=3)
    return ctx


@pytest.fixture
def offsets(ops, monkeypatch):
    """The offsets of the pages the model asked for, in order."""
    asked = []
    start = ops.start
    monkeypatch.setattr(ops, "start", lambda op: asked.append(op.args[-1].offset) or start(op))
    return asked


class HeldPages:
    """The sessions list function, each call waiting on the pool until its offset is released."""

    def __init__(self):
        self.waiting: dict[int, threading.Event] = {}
        self.lock = threading.Lock()

    def __call__(self, db, actor, query):
        gate = threading.Event()
        with self.lock:
            self.waiting[query.offset] = gate
        assert gate.wait(30), "never released"
        return SPECS["sessions"].fetch(db, actor, query)

    def release(self, qtbot, offset):
        qtbot.waitUntil(lambda: offset in self.waiting)
        with self.lock:
            self.waiting.pop(offset).set()


def test_the_whole_count_after_the_first_page_and_only_the_pages_looked_at(demo, qtbot, drain, offsets):
    model = WindowedTableModel(demo, SPECS["sessions"], 20)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert not model.canFetchMore(QModelIndex())  # once, however often the view asks
    drain()
    total = sessions.list_sessions(demo.db, demo.actor, ListQuery(limit=1)).total
    assert total > 100 and model.rowCount() == total == model.total and offsets == [0]
    assert not model.canFetchMore(QModelIndex())
    last = total - 1
    expected = sessions.list_sessions(demo.db, demo.actor, ListQuery(offset=last, limit=1)).rows[0]
    assert model.data(model.index(last, 2)) is None  # on its way
    drain()
    assert model.data(model.index(last, 2)) == expected.student_name  # the jump reads the last page only
    assert offsets == [0, (last // 20) * 20]
    assert model.record_at(last).id == expected.id and model.row_of(expected.id) == last


def test_pages_of_an_older_query_are_dropped_and_a_search_counts_again(demo, qtbot, drain):
    model = WindowedTableModel(demo, SPECS["sessions"], 20)
    model.fetchMore(QModelIndex())
    drain()
    name = model.record_at(0).student_name
    model.set_search(name)
    drain()
    assert 0 < model.rowCount() < model.total + 1
    for row in range(model.rowCount()):
        model.ensure_rows(row, row)
    drain()
    assert all(model.record_at(r).student_name == name for r in range(model.rowCount()))


def test_a_late_page_of_the_old_query_is_dropped(demo, qtbot, drain):
    held = HeldPages()
    model = WindowedTableModel(demo, replace(SPECS["sessions"], fetch=held), 20)
    model.fetchMore(QModelIndex())
    held.release(qtbot, 0)
    drain()
    model.ensure_rows(40, 40)  # page 2 is asked for …
    qtbot.waitUntil(lambda: 40 in held.waiting)
    model.refresh()  # … and the list reloaded before it came
    held.release(qtbot, 40)  # the old page 2 arrives: dropped
    qtbot.waitUntil(lambda: 0 in held.waiting)
    assert not model.has_loaded and model.rowCount() == 0
    held.release(qtbot, 0)
    drain()
    assert model.has_loaded and not model.is_loaded(40)


def test_a_row_still_on_its_way_shows_nothing_and_is_filled_when_it_arrives(demo, qtbot, drain, offsets):
    held = HeldPages()
    model = WindowedTableModel(demo, replace(SPECS["sessions"], fetch=held), 20)
    model.fetchMore(QModelIndex())
    held.release(qtbot, 0)
    drain()
    far = model.rowCount() - 1
    assert model.data(model.index(far, 2)) is None and model.record_at(far) is None and model.id_at(far) == -1
    model.data(model.index(far, 2))
    assert offsets == [0, (far // 20) * 20]  # requested once, however often the view asks
    with qtbot.waitSignal(model.dataChanged):
        held.release(qtbot, (far // 20) * 20)
    assert model.data(model.index(far, 2))


def test_qt_model_tester_passes(demo, qtmodeltester, drain):
    model = WindowedTableModel(demo, SPECS["sessions"], 20)
    qtmodeltester.check(model)
    drain()
    model.ensure_rows(0, model.rowCount() - 1)
    drain()
    model.set_search("x")
    drain()
    assert model.has_loaded


def test_a_model_destroyed_while_its_pages_are_on_the_way_gets_nothing(demo, qtbot, ops, drain):
    held = HeldPages()
    model = WindowedTableModel(demo, replace(SPECS["sessions"], fetch=held), 20)
    arrived = []
    model.loaded.connect(lambda: arrived.append("loaded"))
    model.fetchMore(QModelIndex())
    qtbot.waitUntil(lambda: 0 in held.waiting)
    assert ops.pending_for(model) == 1
    gone = []
    model.destroyed.connect(lambda *_: gone.append(True))
    model.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    held.release(qtbot, 0)
    drain()
    assert arrived == []
