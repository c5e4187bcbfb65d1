"""The windowed table model (lists of millions of rows): the whole count at once,
pages read where the view looks, a jump to the end reads the last page only."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import sessions
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.models.windowed_model import WindowedTableModel
from jiarenbase.gui.pages.specs import SPECS

pytestmark = pytest.mark.gui


class CountingTasks:
    """Runs at once like the test runner, and remembers which offsets were read."""

    synchronous = True

    def __init__(self, tasks):
        self.tasks, self.offsets = tasks, []

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs):
        query = args[-1]
        self.offsets.append(query.offset)
        self.tasks.run(fn, *args, on_done=on_done, on_error=on_error, **kwargs)


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=40, seed=3)
    return ctx


def make(ctx, page_size=20):
    from dataclasses import replace

    counting = CountingTasks(ctx.tasks)
    model = WindowedTableModel(replace(ctx, tasks=counting), SPECS["sessions"], page_size)
    return model, counting


def test_the_whole_count_after_the_first_page_and_only_the_pages_looked_at(demo, qtbot):
    model, tasks = make(demo)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    total = sessions.list_sessions(demo.db, demo.actor, ListQuery(limit=1)).total
    assert total > 100 and model.rowCount() == total == model.total and tasks.offsets == [0]
    assert not model.canFetchMore(QModelIndex())
    last = total - 1
    expected = sessions.list_sessions(demo.db, demo.actor, ListQuery(offset=last, limit=1)).rows[0]
    assert model.data(model.index(last, 2)) == expected.student_name  # the jump reads the last page only
    assert tasks.offsets == [0, (last // 20) * 20]
    assert model.record_at(last).id == expected.id and model.row_of(expected.id) == last


def test_pages_of_an_older_query_are_dropped_and_a_search_counts_again(demo, qtbot):
    model, tasks = make(demo)
    model.fetchMore(QModelIndex())
    name = model.record_at(0).student_name
    model.set_search(name)
    assert 0 < model.rowCount() < model.total + 1
    assert all(model.record_at(r).student_name == name for r in range(model.rowCount()))


def test_a_row_still_on_its_way_shows_nothing_and_is_filled_when_it_arrives(demo, qtbot):
    from dataclasses import replace

    held = []

    class HeldTasks:
        synchronous = False

        def run(self, fn, *args, on_done=None, on_error=None, **kwargs):
            held.append(lambda: on_done(fn(*args, **kwargs)))

    model = WindowedTableModel(replace(demo, tasks=HeldTasks()), SPECS["sessions"], 20)
    model.fetchMore(QModelIndex())
    held.pop()()
    far = model.rowCount() - 1
    assert model.data(model.index(far, 2)) is None and model.record_at(far) is None and model.id_at(far) == -1
    assert len(held) == 1  # requested once, however often the view asks
    model.data(model.index(far, 2))
    assert len(held) == 1
    with qtbot.waitSignal(model.dataChanged):
        held.pop()()
    assert model.data(model.index(far, 2))
