"""PagedTableModel: lazy pages from SQL, sort/search/filter re-query, formatting,
and pytest-qt's model tester for every list spec on a demo database. Pages come
back through ctx.ops (a pool thread, then the queue): tests drain before reading."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import PlacementOutcome, SessionKind, Stage
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import enrolment, sessions, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.models.formatting import display
from jiarenbase.gui.models.paged_model import PagedTableModel
from jiarenbase.gui.models.spec import Column, ListSpec
from jiarenbase.gui.pages.specs import ALL_SPECS, SPECS

pytestmark = pytest.mark.gui

Display, Align, Tip = Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ToolTipRole


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=40, seed=3)
    return ctx


@pytest.fixture
def loaded(drain):
    """loaded(ctx, key): a model of the list `key` with its first page in."""

    def load(ctx, key, page_size=200):
        model = PagedTableModel(ctx, SPECS[key], page_size)
        model.refresh()
        drain()
        return model

    return load


class HeldFetch:
    """A list function whose calls wait on the pool until `release(search)`."""

    def __init__(self, fetch):
        self.fetch, self.waiting, self.lock = fetch, {}, threading.Lock()

    def __call__(self, db, actor, query):
        gate = threading.Event()
        with self.lock:
            self.waiting[query.search] = gate
        assert gate.wait(30), "never released"
        return self.fetch(db, actor, query)

    def release(self, qtbot, search):
        qtbot.waitUntil(lambda: search in self.waiting)
        with self.lock:
            self.waiting.pop(search).set()


def column_of(model, header):
    return [c.header for c in model.spec.columns].index(header)


def texts(model, header):
    col = column_of(model, header)
    return [model.data(model.index(r, col)) for r in range(model.rowCount())]


@pytest.mark.parametrize("key", [s.key for s in ALL_SPECS])
def test_qt_model_tester_passes_for_every_list(demo, qtmodeltester, qtlog, key, drain):
    model = PagedTableModel(demo, SPECS[key], page_size=7)  # several pages: the tester fetches more
    qtmodeltester.check(model)  # the C++ QAbstractItemModelTester; it reports by qWarning
    drain()  # the tester stays attached: it checks the rows as they come in
    model.set_search("x")
    model.set_search("")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    drain()
    assert model.rowCount() > 0
    failures = [r.message for r in qtlog.records if "FAIL" in r.message or "QAbstractItemModelTester" in r.message]
    assert failures == []


@pytest.mark.parametrize("key", [s.key for s in ALL_SPECS])
def test_python_model_tester_passes_for_every_list(demo, qtmodeltester, key, drain):
    model = PagedTableModel(demo, SPECS[key], page_size=9)
    qtmodeltester.check(model, force_py=True)
    model.refresh()
    drain()
    assert model.rowCount() > 0 and model.columnCount() == len(SPECS[key].columns)


def test_first_page_total_and_fetch_more_pages_in(demo, qtbot, drain):
    model = PagedTableModel(demo, SPECS["students"], page_size=15)
    assert model.rowCount() == 0 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.totalChanged) as signal:
        model.refresh()
    assert signal.args == [40] and model.total == 40
    assert model.rowCount() == 15 and model.canFetchMore(QModelIndex())
    with qtbot.waitSignal(model.rowsInserted) as inserted:
        model.fetchMore(QModelIndex())
    assert inserted.args[1:] == [15, 29] and model.rowCount() == 30
    model.fetchMore(QModelIndex())
    drain()
    assert model.rowCount() == 40 and not model.canFetchMore(QModelIndex())
    assert len({model.id_at(r) for r in range(40)}) == 40  # no row twice
    assert not model.canFetchMore(model.index(0, 0))  # a table: no children


def test_no_second_fetch_while_one_is_in_flight_and_stale_pages_are_dropped(demo, qtbot, ops, drain, monkeypatch):
    held = HeldFetch(SPECS["students"].fetch)
    started = []
    start = ops.start
    monkeypatch.setattr(ops, "start", lambda op: started.append(op) or start(op))
    model = PagedTableModel(demo, replace(SPECS["students"], fetch=held), page_size=10)
    model.refresh()
    assert model.loading and not model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(started) == 1
    model.set_search("zzz-nobody")  # the query changes while the first page is on its way
    assert len(started) == 2 and started[0].dropped
    held.release(qtbot, "")  # the old answer arrives late: dropped
    qtbot.waitUntil(lambda: ops.pending == 1)
    assert model.rowCount() == 0 and model.loading
    held.release(qtbot, "zzz-nobody")
    drain()
    assert model.rowCount() == 0 and model.total == 0 and model.has_loaded and not model.loading


def test_a_model_destroyed_while_its_page_is_on_the_way_gets_nothing(demo, qtbot, ops, drain, monkeypatch):
    held = HeldFetch(SPECS["students"].fetch)
    ran = []
    start = ops.start

    def recording_start(op):
        for attr in ("success", "failure"):
            handler = getattr(op, attr)
            setattr(op, attr, lambda value, h=handler, a=attr: ran.append(a) or h(value))
        return start(op)

    monkeypatch.setattr(ops, "start", recording_start)
    model = PagedTableModel(demo, replace(SPECS["students"], fetch=held), page_size=10)
    model.refresh()
    gone = []
    model.destroyed.connect(lambda *_: gone.append(True))
    model.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    held.release(qtbot, "")
    drain()
    assert ran == []


def test_search_narrows_to_a_student(demo, loaded, drain):
    model = loaded(demo, "students")
    name = model.record_at(5).name
    model.set_search(name)
    drain()
    assert model.rowCount() >= 1 and all(name in r.name for r in map(model.record_at, range(model.rowCount())))
    assert model.total == model.rowCount() < 40


def test_sort_by_a_column_re_queries_in_sql_order(demo, loaded, drain):
    model = loaded(demo, "students")
    col = column_of(model, "Name")
    model.sort(col, Qt.SortOrder.DescendingOrder)
    drain()
    expected = enrolment.list_students(demo.db, demo.actor, ListQuery(sort="name", descending=True)).rows
    assert [model.record_at(r).id for r in range(model.rowCount())] == [s.id for s in expected]
    assert model.query().sort == "name" and model.query().descending and model.sort_column == col


def test_sort_on_a_column_without_a_key_is_ignored(demo, qtbot, loaded):
    model = loaded(demo, "students")
    before = [model.id_at(r) for r in range(model.rowCount())]
    with qtbot.assertNotEmitted(model.modelReset):
        model.sort(column_of(model, "Phone"), Qt.SortOrder.DescendingOrder)
    assert [model.id_at(r) for r in range(model.rowCount())] == before and model.query().sort == ""


def test_filters_reset_and_requery(demo, loaded, drain):
    model = loaded(demo, "students")
    model.set_filter("stage", Stage.LIVE)
    drain()
    live = enrolment.list_students(demo.db, demo.actor, ListQuery(filters={"stage": Stage.LIVE}))
    assert 0 < model.total == live.total < 40
    assert {model.record_at(r).stage for r in range(model.rowCount())} == {Stage.LIVE}
    model.set_filter("stage", None)
    drain()
    assert model.total == 40 and model.filters == {}


def test_session_kind_and_placement_outcome_filters(demo, loaded, drain):
    model = loaded(demo, "sessions")
    model.set_filter("kind", SessionKind.LIVE_SESSION)
    drain()
    assert {model.record_at(r).kind for r in range(model.rowCount())} == {SessionKind.LIVE_SESSION}
    placed = loaded(demo, "placements")
    placed.set_filter("outcome", PlacementOutcome.TALENT_POOL)
    drain()
    assert placed.total > 0 and set(texts(placed, "Outcome")) == {"人才库"}


def test_display_formats(demo, loaded):
    model = loaded(demo, "sessions")
    x = model.record_at(0)
    row = {c.header: model.data(model.index(0, i)) for i, c in enumerate(model.spec.columns)}
    assert row["Time"] == x.started_at.strftime("%Y-%m-%d %H:%M")
    assert row["Kind"] == x.kind.zh and row["Platform"] == x.platform.zh
    assert row["GMV"] == f"{x.counts.gmv:,.2f}"
    assert row["Conversion"] == f"{x.metrics.conversion_rate * 100:.1f}%"
    gmv = column_of(model, "GMV")
    assert model.data(model.index(0, gmv), Align) == int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    assert model.data(model.index(0, column_of(model, "Student")), Align) == int(
        Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    assert model.headerData(gmv, Qt.Orientation.Horizontal) == "GMV"


def test_display_of_values():
    assert display(date(2025, 3, 1)) == "2025-03-01"
    assert display(datetime(2025, 3, 1, 9, 5)) == "2025-03-01 09:05"
    assert (display(True), display(False), display(True, "en")) == ("是", "否", "Yes")
    assert display(Stage.LIVE) == "实战实训" and display(Stage.LIVE, "en") == "live"
    assert display(Decimal("1234.5")) == "1,234.50" and display(0.0667, percent=True) == "6.7%"
    assert display(None) == "" and display(88.333) == "88.3" and display(12345) == "12,345"


def test_students_show_masked_id_numbers_with_a_tooltip(demo, loaded):
    model = loaded(demo, "students")
    col = column_of(model, "ID number")
    shown = model.data(model.index(0, col))
    assert shown == model.record_at(0).id_number_masked and "*" in shown
    assert model.data(model.index(0, col), Tip)
    assert texts(model, "Talent pool")[0] in {"是", "否"}


def test_english_ui_shows_enum_codes(demo, loaded):
    demo.lang = "en"
    model = loaded(demo, "students")
    assert set(texts(model, "Stage")) <= {s.value for s in Stage}


def test_fetch_error_is_a_failed_signal(demo, qtbot, monkeypatch):
    def refuse(db, actor, query):
        raise PermissionDenied("导师账号无权管理用户（仅限管理员）。", "not allowed")

    spec = ListSpec("x", "X", (Column("Name", lambda r: r.name),), fetch=refuse)
    model = PagedTableModel(demo, spec)
    with qtbot.waitSignal(model.failed) as failed:
        model.refresh()
    assert failed.args == ["导师账号无权管理用户（仅限管理员）。"]
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())  # no retry loop


def test_mentor_sees_only_their_students_and_sessions(demo, loaded):
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    demo.actor = mentor
    students = loaded(demo, "students")
    mine = enrolment.list_students(demo.db, mentor).rows
    assert 0 < students.total == len(mine) < 40
    sessions_model = loaded(demo, "sessions")
    ids = {s.id for s in mine}
    assert sessions_model.total == sessions.list_sessions(demo.db, mentor).total > 0
    assert {sessions_model.record_at(r).student_id for r in range(sessions_model.rowCount())} <= ids
    placements_model = loaded(demo, "placements")
    assert {placements_model.record_at(r).student_id for r in range(placements_model.rowCount())} <= ids


def test_users_list_is_wrapped_into_pages(demo, loaded, drain):
    model = loaded(demo, "users", page_size=2)
    assert model.total == 3 and model.rowCount() == 2
    model.fetchMore(QModelIndex())
    drain()
    assert sorted(texts(model, "User name")) == ["admin", "jiaowu", "mentor"]
    model.sort(column_of(model, "User name"), Qt.SortOrder.AscendingOrder)
    drain()
    assert texts(model, "User name")[:2] == ["admin", "jiaowu"]
