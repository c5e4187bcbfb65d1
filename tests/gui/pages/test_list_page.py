"""ListPage on a demo database: search, filters, sort, the count, permissions,
delete + undo, export, dialogs, empty states; a page closed while its list loads;
and a screenshot of every list. Results come back through ctx.ops: tests drain."""
from __future__ import annotations

import os

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import SessionKind, Stage
from jiarenbase.core.services import cohorts, enrolment, sessions, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.pages.list_page import ListPage
from jiarenbase.gui.pages.specs import ALL_SPECS, SPECS

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=40, seed=3)
    return ctx


@pytest.fixture
def mentor_ctx(demo):
    demo.actor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    return demo


@pytest.fixture
def dialogs(monkeypatch):
    """Record every message box instead of showing it; questions answer Yes."""
    seen: list[tuple[str, str]] = []

    def record(kind, answer=None):
        def show(_parent, _title, text, *_a, **_k):
            seen.append((kind, text))
            return answer
        return show

    monkeypatch.setattr(QMessageBox, "warning", record("warning", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "information", record("information", QMessageBox.StandardButton.Ok))
    monkeypatch.setattr(QMessageBox, "question", record("question", QMessageBox.StandardButton.Yes))
    return seen


@pytest.fixture
def open_page(qtbot, drain):
    """open_page(ctx, key): the list page shown, its first page and filter choices in."""

    def show(ctx, key, page_size=200):
        page = ListPage(ctx, SPECS[key], page_size=page_size)
        qtbot.addWidget(page)
        page.resize(1100, 640)
        page.show()
        qtbot.waitExposed(page)
        drain()
        return page

    return show


def activate(qtbot, page):
    """Shortcuts fire only in the active window."""
    page.windowHandle().requestActivate()
    qtbot.waitUntil(page.isActiveWindow, timeout=3000)


def ids(page):
    return [page.model.id_at(r) for r in range(page.model.rowCount())]


def test_page_loads_when_shown_and_counts_the_records(demo, qtbot, drain):
    page = ListPage(demo, SPECS["students"])
    qtbot.addWidget(page)
    assert page.model.rowCount() == 0  # nothing fetched before it is shown
    page.show()
    qtbot.waitExposed(page)
    drain()
    assert page.model.rowCount() == 40
    assert "40" in page.ui.countLabel.text()  # "共 40 条" once translated
    assert page.ui.stack.currentWidget() is page.ui.tablePage
    assert page.ui.title.text() and page.model.headerData(0, Qt.Orientation.Horizontal)


def test_search_is_debounced_and_narrows(demo, qtbot, open_page, drain):
    page = open_page(demo, "students")
    name = page.model.record_at(3).name
    page.ui.search.setText(name)
    assert page.model.search == ""  # not yet: the timer waits 300 ms
    qtbot.waitUntil(lambda: page.model.search == name, timeout=2000)
    drain()
    assert 1 <= page.model.rowCount() < 40
    assert all(name in page.model.record_at(r).name for r in range(page.model.rowCount()))
    assert str(page.model.total) in page.ui.countLabel.text()


def test_search_for_nothing_shows_the_empty_state(demo, qtbot, screenshot_dir, open_page, drain):
    page = open_page(demo, "students")
    page.ui.search.setText("不存在的人")
    page.apply_search()  # Enter applies at once
    drain()
    assert page.model.rowCount() == 0
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "不存在的人" in page.ui.emptyLabel.text()
    assert page.grab().save(os.path.join(screenshot_dir, "list_students_no_match.png"))
    page.ui.search.clear()
    page.apply_search()
    drain()
    assert page.ui.stack.currentWidget() is page.ui.tablePage


def test_filter_combos_come_from_the_spec(demo, qtbot, open_page, drain):
    page = open_page(demo, "students")
    stage_box = page.findChild(type(page._filter_boxes["stage"]), "filter_stage")
    assert stage_box.count() == 1 + len(Stage) and stage_box.itemText(1) == "认知实训"
    page.set_filter("stage", Stage.LIVE)
    assert stage_box.currentText() == "实战实训"
    drain()
    assert {page.model.record_at(r).stage for r in range(page.model.rowCount())} == {Stage.LIVE}
    cohort_box = page._filter_boxes["cohort_id"]
    codes = {c.code: c.id for c in cohorts.list_cohorts(demo.db, demo.actor).rows}
    assert cohort_box.count() == 1 + len(codes)  # loaded through ctx.ops
    cohort_box.setCurrentIndex(1)
    drain()
    chosen = codes[cohort_box.currentText()]
    expected = enrolment.list_students(demo.db, demo.actor, ListQuery(
        filters={"cohort_id": chosen, "stage": Stage.LIVE})).total
    assert page.model.total == expected
    stage_box.setCurrentIndex(0)
    assert page.model.filters == {"cohort_id": chosen}


def test_header_click_sorts_in_sql_and_unsortable_columns_keep_the_order(demo, qtbot, open_page, drain):
    page = open_page(demo, "sessions")
    spec = SPECS["sessions"]
    gmv = [c.header for c in spec.columns].index("GMV")
    page.ui.table.sortByColumn(gmv, Qt.SortOrder.DescendingOrder)
    drain()
    page.model.ensure_rows(0, page.model.rowCount() - 1)
    drain()
    expected = sessions.list_sessions(demo.db, demo.actor, ListQuery(sort="gmv", descending=True, limit=10_000)).rows
    assert ids(page) == [x.id for x in expected]  # the sessions list is windowed: every row is there
    before = ids(page)
    conversion = [c.header for c in spec.columns].index("Conversion")
    page.ui.table.sortByColumn(conversion, Qt.SortOrder.AscendingOrder)
    drain()
    assert ids(page) == before
    header = page.ui.table.horizontalHeader()
    assert header.sortIndicatorSection() == gmv and header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder


def test_table_pages_in_more_rows_when_scrolled(demo, qtbot, open_page):
    page = open_page(demo, "sessions", page_size=20)
    total = sessions.list_sessions(demo.db, demo.actor, ListQuery(limit=1)).total
    assert total > 40 and page.model.rowCount() >= 20 and page.model.total == total
    page.ui.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() > 20 or not page.model.canFetchMore(), timeout=2000)
    assert page.model.rowCount() > 20 and str(total) in page.ui.countLabel.text()


def test_mentor_sees_own_students_without_new_or_delete(mentor_ctx, qtbot, open_page):
    page = open_page(mentor_ctx, "students")
    mine = enrolment.list_students(mentor_ctx.db, mentor_ctx.actor).rows
    assert sorted(ids(page)) == sorted(s.id for s in mine) and 0 < len(mine) < 40
    assert not page.ui.newButton.isVisible() and not page.ui.deleteButton.isVisible()
    assert page.ui.editButton.text() == "Open"
    log = open_page(mentor_ctx, "sessions")  # mentors log and delete their own sessions
    assert log.ui.newButton.isVisible() and log.ui.deleteButton.isVisible()
    assert {log.model.record_at(r).student_id for r in range(log.model.rowCount())} <= {s.id for s in mine}


@pytest.mark.parametrize("who", ["jiaowu", "mentor"])
def test_users_page_is_for_admins_only(demo, qtbot, dialogs, who, open_page):
    demo.actor = users.authenticate(demo.db, who, "Jiaren@2025").actor()
    page = open_page(demo, "users")
    assert not page.allowed and page.model.rowCount() == 0 and dialogs == []
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert not any(b.isVisible() for b in (page.ui.newButton, page.ui.deleteButton, page.ui.exportButton,
                                           page.ui.editButton, page.ui.search))


def test_delete_asks_then_undo_restores(demo, qtbot, dialogs, open_page, drain):
    page = open_page(demo, "sessions")
    total = page.model.total
    victim = page.model.record_at(2)
    activate(qtbot, page)
    page.ui.table.selectRow(2)
    page.ui.table.setFocus()
    qtbot.keyClick(page.ui.table, Qt.Key.Key_Delete)
    assert dialogs[0][0] == "question" and victim.student_name in dialogs[0][1]
    drain()
    assert victim.id not in ids(page) and page.model.total == total - 1
    assert demo.undo.count() == 1 and demo.undo.canUndo()
    demo.undo.undo()
    drain()
    assert victim.id in ids(page) and page.model.total == total
    demo.undo.redo()
    drain()
    assert victim.id not in ids(page)
    assert [d for d in dialogs if d[0] == "warning"] == []


def test_deleting_several_students_is_one_undo_step(demo, qtbot, dialogs, open_page, drain):
    page = open_page(demo, "students")
    page.ui.table.selectRow(0)
    page.ui.table.selectionModel().select(page.model.index(1, 0), page.ui.table.selectionModel().SelectionFlag.Select
                                          | page.ui.table.selectionModel().SelectionFlag.Rows)
    chosen = [page.model.id_at(0), page.model.id_at(1)]
    page.delete_selected()
    assert not page.ui.deleteButton.isEnabled()  # while the records are being deleted
    drain()
    assert "2" in dialogs[0][1] and not set(chosen) & set(ids(page)) and page.model.total == 38
    demo.undo.undo()
    drain()
    assert set(chosen) <= set(ids(page)) and page.model.total == 40


def test_refused_delete_shows_the_service_message_and_pushes_nothing(demo, qtbot, dialogs, open_page, drain):
    page = open_page(demo, "cohorts")
    busy = next(r for r in range(page.model.rowCount()) if page.model.record_at(r).student_count > 0)
    page.ui.table.selectRow(busy)
    page.delete_selected()
    drain()
    warnings = [text for kind, text in dialogs if kind == "warning"]
    assert len(warnings) == 1 and "名学员" in warnings[0]
    assert demo.undo.count() == 0 and page.model.rowCount() == len(cohorts.list_cohorts(demo.db, demo.actor).rows)


def test_declined_delete_does_nothing(demo, qtbot, monkeypatch, open_page, ops):
    page = open_page(demo, "students")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.ui.table.selectRow(0)
    page.delete_selected()
    assert ops.pending == 0 and page.model.total == 40 and demo.undo.count() == 0


def test_export_writes_the_filtered_rows(demo, qtbot, dialogs, monkeypatch, tmp_path, open_page, drain):
    page = open_page(demo, "sessions", page_size=25)
    page.set_filter("kind", SessionKind.LIVE_SESSION)
    drain()
    out = tmp_path / "live"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "Excel workbook (*.xlsx)"))
    page.ui.exportButton.click()
    drain()
    path = tmp_path / "live.xlsx"  # the extension is added
    wb = load_workbook(path)
    rows = list(wb.active.iter_rows(values_only=True))[1:]
    wb.close()
    expected = sessions.list_sessions(demo.db, demo.actor, ListQuery(filters={"kind": SessionKind.LIVE_SESSION}))
    assert len(rows) == expected.total > page.model.rowCount() - 1 and {r[1] for r in rows} == {"实战直播"}
    assert dialogs[-1][0] == "information" and str(expected.total) in dialogs[-1][1]


def test_export_cancelled_writes_nothing(demo, qtbot, dialogs, monkeypatch, tmp_path, open_page):
    page = open_page(demo, "students")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    page.export()
    assert dialogs == [] and page.ui.exportButton.isEnabled()


class FakeDialog:
    opened: list = []
    result = QDialog.DialogCode.Accepted

    def __init__(self, ctx, record_id, parent):
        FakeDialog.opened.append(record_id)

    def exec(self):
        return FakeDialog.result

    def deleteLater(self):
        pass


def test_dialog_factory_opens_on_new_and_double_click_and_refreshes(demo, qtbot, monkeypatch, open_page, drain):
    spec = SPECS["schools"]
    monkeypatch.setattr(spec, "dialog", FakeDialog)
    FakeDialog.opened = []
    page = open_page(demo, "schools")
    refreshed = []
    page.model.modelReset.connect(lambda: refreshed.append(1))
    page.ui.newButton.click()
    drain()
    assert FakeDialog.opened == [None] and refreshed
    first = page.model.id_at(0)
    rect = page.ui.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # the view
    qtbot.mouseDClick(page.ui.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # wants a press
    assert FakeDialog.opened == [None, first]
    drain()
    FakeDialog.result = QDialog.DialogCode.Rejected
    refreshed.clear()
    page.ui.table.selectRow(0)
    page.ui.editButton.click()
    assert FakeDialog.opened[-1] == first and not refreshed
    FakeDialog.result = QDialog.DialogCode.Accepted


def test_without_a_dialog_the_page_emits_signals(demo, qtbot, open_page):
    page = open_page(demo, "placements")
    assert not page.ui.editButton.isVisible()  # no record dialog yet: no button that does nothing
    page.ui.table.selectRow(0)
    with qtbot.waitSignal(page.open_requested) as opened:
        page.ui.editButton.click()
    assert opened.args == [page.model.id_at(0)]
    with qtbot.waitSignal(page.new_requested):
        page.ui.newButton.click()


def test_keyboard_enter_opens_ctrl_f_searches_ctrl_n_creates(demo, qtbot, open_page):
    page = open_page(demo, "placements")
    activate(qtbot, page)
    page.ui.table.selectRow(1)
    page.ui.table.setFocus()
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.ui.table, Qt.Key.Key_Return)
    assert opened.args == [page.model.id_at(1)]
    qtbot.keyClick(page.ui.table, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.ui.search.hasFocus()
    with qtbot.waitSignal(page.new_requested):  # the button's shortcut animates a click
        qtbot.keyClick(page.ui.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_fetch_error_is_shown(demo, qtbot, dialogs, monkeypatch, open_page):
    from jiarenbase.core.errors import PermissionDenied

    def refuse(*_a):
        raise PermissionDenied("导师账号无权查看（仅限管理员、教务）。")

    monkeypatch.setattr(SPECS["clients"], "fetch", refuse)
    page = open_page(demo, "clients")
    assert dialogs == [("warning", "导师账号无权查看（仅限管理员、教务）。")]
    assert page.ui.emptyLabel.text() == "导师账号无权查看（仅限管理员、教务）。"


def test_empty_database_invites_a_first_record(ctx, qtbot, open_page):
    page = open_page(ctx, "clients")
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == "No records yet" and "New" in page.ui.emptyHint.text()


@pytest.mark.parametrize("key", [s.key for s in ALL_SPECS])
def test_screenshot_of_every_list(demo, qtbot, qapp, screenshot_dir, key, open_page):
    from jiarenbase.gui.theme import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    page = open_page(demo, key)
    page.resize(1280, 720)
    assert page.model.rowCount() > 0
    path = os.path.join(screenshot_dir, f"list_{key}.png")
    assert page.grab().save(path)
    assert os.path.getsize(path) > 10_000


def test_closed_while_its_list_loads(demo, qtbot, in_flight):
    in_flight.hold(SPECS["students"], "fetch")
    page = ListPage(demo, SPECS["students"])
    page.show()
    in_flight.destroy_while_loading(page)


def test_closed_while_its_filter_choices_load(demo, qtbot, in_flight):
    from dataclasses import replace

    spec = SPECS["students"]
    filters = tuple(replace(f, choices=in_flight.held(f.choices, "choices")) if f.choices else f
                    for f in spec.filters)
    page = ListPage(demo, replace(spec, filters=filters))  # not shown: only the choices are asked for
    in_flight.destroy_while_loading(page)
