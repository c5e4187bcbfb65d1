"""The 操作日志 page: loads when shown, newest first, the first entry's before/after
side by side (masked, changed rows tinted); filters reload the list in SQL; a bad
record number is said on the page; only the time sorts; export of the whole filtered
log (file dialog patched), a workbook open in Excel said plainly; closed while
loading; only administrators; qtmodeltester on both models. Results come back
through ctx.ops: tests drain."""
from __future__ import annotations

import json
import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from unittest.mock import patch

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jiarenbase.core import output_files
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import audit, common
from jiarenbase.core.services.audit import FieldChange
from jiarenbase.core.services.context import Actor
from jiarenbase.gui.models.audit_model import CHANGED_TINT, AuditChangesModel, AuditLogModel, audit_spec
from jiarenbase.gui.pages.audit_page import AuditPage

pytestmark = pytest.mark.gui

FULL_ID = "310116200903030290"
FULL_ID_RE = re.compile(r"[1-9][0-9]{16}[0-9Xx]")
JIAOWU = Actor(user_id=7, username="jiaowu", role=Role.STAFF, origin="desktop jiaowu@DESK-02")


def write(db, actor, at, action, entity, entity_id=None, before=None, after=None):
    with patch.object(common, "utcnow", lambda: at), db.transaction() as s:
        common.audit(s, actor, action, entity, entity_id, before, after)


@pytest.fixture
def log(db, admin):
    """A small log: twelve cohorts created by the admin, then jiaowu's change of a
    student (an older entry that still holds a full ID number), a backup."""
    start = datetime(2025, 5, 6, 1, 0)
    for n in range(12):
        write(db, admin, start + timedelta(minutes=n), "create", "cohort", 100 + n, after={"code": f"C{n}"})
    with db.transaction() as s:  # as written before snapshots were masked
        s.add(AuditEntry(at=start + timedelta(hours=1), user_id=7, username="jiaowu", origin=JIAOWU.origin,
                         action="update", entity="student", entity_id=12,
                         before=json.dumps({"id_number": FULL_ID, "major": "市场营销", "class_name": "1班"}),
                         after=json.dumps({"id_number": "31011620090303031X", "major": "电子商务",
                                           "class_name": "1班"}, ensure_ascii=False)))
    write(db, JIAOWU, start + timedelta(hours=2), "backup", "database", after={"file": "backup.sqlite3"})
    return db


def make_page(qtbot, ctx, drain, page_size: int | None = None) -> AuditPage:
    page = AuditPage(ctx)
    qtbot.addWidget(page)
    if page_size:
        page.model.page_size = page_size
    page.resize(1100, 700)
    page.show()  # loads on its first show
    drain()
    return page


def rows(page) -> list[tuple]:
    m = page.model
    return [tuple(m.index(r, c).data() for c in range(m.columnCount())) for r in range(m.rowCount())]


def detail_rows(page) -> list[tuple]:
    m = page.changes
    return [tuple(m.index(r, c).data() for c in range(3)) for r in range(m.rowCount())]


def test_loads_newest_first_and_shows_the_newest_entry(qtbot, ctx, log, drain):
    page = make_page(qtbot, ctx, drain)
    assert page.model.total == 14 and page.ui.stack.currentWidget() is page.ui.tablePage
    assert page.ui.countLabel.text() == page.tr("%1 entries").replace("%1", "14")
    first, second = rows(page)[:2]
    assert first[1:] == ("jiaowu", "备份", "数据库", "", "desktop jiaowu@DESK-02")
    assert second[1:5] == ("jiaowu", "修改", "学员", "12")
    assert first[0] == f"{audit.to_local(datetime(2025, 5, 6, 3)):%Y-%m-%d %H:%M:%S}"  # local time
    assert page.current_row() == 0  # the newest is chosen, its entry shown
    assert detail_rows(page) == [("文件", "", "backup.sqlite3")]
    assert page.ui.detailTitle.text() == page.tr("Entry no. %1").replace("%1", str(page.model.id_at(0))) + \
        "  ·  备份 数据库"
    assert "desktop jiaowu@DESK-02" in page.ui.detailOrigin.text() and "jiaowu" in page.ui.detailTitle.toolTip()

    page.ui.table.selectRow(1)
    drain()
    assert detail_rows(page) == [("身份证号", "310116********0290", "310116********031X"),
                                 ("专业", "市场营销", "电子商务"), ("班级", "1班", "1班")]
    tints = [page.changes.index(r, 1).data(Qt.ItemDataRole.BackgroundRole) for r in range(3)]
    assert tints == [CHANGED_TINT, CHANGED_TINT, None]  # the class did not change
    shown = " ".join(str(page.changes.index(r, c).data(role)) for r in range(3) for c in range(3)
                     for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole))
    assert not FULL_ID_RE.search(shown)
    assert page.ui.detailStack.currentWidget() is page.ui.changesPage


def test_refresh_keeps_the_chosen_entry(qtbot, ctx, log, drain, admin):
    page = make_page(qtbot, ctx, drain)
    page.ui.table.selectRow(3)
    drain()
    chosen = page.model.id_at(3)
    write(log, admin, datetime(2025, 5, 6, 5), "backup", "database")  # one more on top
    page.refresh()
    drain()
    assert page.model.total == 15 and page.model.id_at(page.current_row()) == chosen
    assert page.current_row() == 4 and page.ui.detailTitle.text().startswith(
        page.tr("Entry no. %1").replace("%1", str(chosen)))


def test_filters_reload_the_list_and_clear(qtbot, ctx, log, drain):
    page = make_page(qtbot, ctx, drain)
    ui = page.ui
    assert [ui.userCombo.itemData(i) for i in range(ui.userCombo.count())] == [None, "jiaowu", "system"]
    assert [ui.entityCombo.itemText(i) for i in range(1, ui.entityCombo.count())] == ["批次", "数据库", "学员"]
    assert ui.actionCombo.itemText(ui.actionCombo.findData("backup")) == "备份"

    page.set_filter(ui.userCombo, "jiaowu")
    drain()
    assert page.model.filters == {"username": "jiaowu"} and page.model.total == 2
    page.set_filter(ui.entityCombo, "student")
    drain()
    assert [r[4] for r in rows(page)] == ["12"]
    page.set_filter(ui.userCombo, None)
    page.set_filter(ui.entityCombo, "cohort")
    page.set_filter(ui.actionCombo, "create")
    drain()
    assert page.model.total == 12
    ui.recordEdit.setText("105")
    qtbot.waitUntil(lambda: page.model.filters.get("entity_id") == "105")
    drain()
    assert [r[4] for r in rows(page)] == ["105"]

    ui.recordEdit.clear()
    ui.dateCheck.setChecked(True)
    assert ui.dateFrom.isEnabled() and ui.dateTo.isEnabled()
    ui.dateFrom.setDate(date(2020, 1, 1))
    ui.dateTo.setDate(date(2020, 1, 2))
    drain()
    assert page.model.total == 0 and ui.stack.currentWidget() is ui.emptyPage
    assert ui.emptyLabel.text() == page.tr("No audit entries match the filters")
    assert not ui.detailPanel.isVisible()

    ui.clearButton.click()
    drain()
    assert page.model.filters == {} and page.model.total == 14 and not ui.dateCheck.isChecked()
    assert ui.stack.currentWidget() is ui.tablePage and ui.detailPanel.isVisible()


def test_a_bad_record_number_is_said_on_the_page(qtbot, ctx, log, drain, monkeypatch):
    boxes = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *a: boxes.append(a)))
    page = make_page(qtbot, ctx, drain)
    page.ui.recordEdit.setText("十二")
    page.ui.recordEdit.returnPressed.emit()
    drain()
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "记录编号" in page.ui.emptyLabel.text() and "只填数字" in page.ui.emptyLabel.text()
    assert boxes == []


def test_only_the_time_sorts(qtbot, ctx, log, drain):
    page = make_page(qtbot, ctx, drain)
    header = page.ui.table.horizontalHeader()
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # as a click on 时间 does
    drain()
    assert rows(page)[0][2:5] == ("新建", "批次", "100")  # oldest first
    header.setSortIndicator(1, Qt.SortOrder.AscendingOrder)  # 用户: not sortable, the arrow goes back
    drain()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.AscendingOrder)
    assert rows(page)[0][4] == "100"
    header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
    drain()
    assert rows(page)[0][2] == "备份"


def test_export_writes_every_filtered_entry_masked(qtbot, ctx, log, drain, tmp_path, monkeypatch):
    page = make_page(qtbot, ctx, drain, page_size=5)  # the view holds a page of five
    asked, told = [], []
    out = tmp_path / "exports" / "log"

    def save_as(parent, title, suggested, kinds):
        asked.append(suggested)
        return str(out), kinds

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda _p, _t, text: told.append(text)))
    page.ui.exportButton.click()
    drain()
    assert re.search(r"_\d{8}\.xlsx$", asked[0]) and date.today().strftime("%Y%m%d") in asked[0]
    written = out.with_suffix(".xlsx")
    assert told and "14" in told[0] and str(written) in told[0]
    sheet = [[c.value for c in r] for r in load_workbook(written)["操作日志"].iter_rows()]
    assert len(sheet) == 15  # every entry, not only the five in view
    assert not any(isinstance(v, str) and FULL_ID_RE.search(v) for r in sheet for v in r)

    page.set_filter(page.ui.entityCombo, "cohort")
    drain()
    page.ui.exportButton.click()
    drain()
    assert len(list(load_workbook(written)["操作日志"].iter_rows())) == 13  # the filter holds
    assert page.ui.exportButton.isEnabled()


def test_a_workbook_open_in_excel_is_a_plain_message(qtbot, ctx, log, drain, tmp_path, monkeypatch):
    page = make_page(qtbot, ctx, drain)
    warned = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(tmp_path / "操作日志_20250506.xlsx"), "")))
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda _p, _t, text: warned.append(text)))

    def in_use(tmp, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(output_files, "replace_file", in_use)
    page.export()
    drain()
    assert len(warned) == 1 and "正被其他程序打开" in warned[0] and "请关闭它后重试" in warned[0]
    assert page.ui.exportButton.isEnabled()


def test_closed_while_its_log_loads(qtbot, ctx, log, in_flight):
    in_flight.hold(audit, "list_entries")  # (the page's spec takes it when the page is made)
    page = AuditPage(ctx)
    page.show()
    in_flight.destroy_while_loading(page)


def test_only_administrators_see_the_log(qtbot, ctx, log, drain):
    page = AuditPage(replace(ctx, actor=JIAOWU))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    drain()
    assert ctx.ops.pending == 0 and page.model.rowCount() == 0
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == page.tr("Only administrators can see the audit log.")
    assert not page.ui.exportButton.isVisibleTo(page) and not page.ui.userCombo.isVisibleTo(page)


def test_an_empty_log_says_so(qtbot, ctx, drain):
    page = make_page(qtbot, ctx, drain)
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == page.tr("The audit log has no entries yet.")


def test_the_log_model_passes_the_model_tester(ctx, log, qtmodeltester, drain):
    model = AuditLogModel(ctx, audit_spec("zh"), 5)
    qtmodeltester.check(model)
    drain()
    model.ensure_rows(0, model.rowCount() - 1)
    drain()
    assert model.rowCount() == 14 and model.is_loaded(13)
    qtmodeltester.check(model)
    model.set_filters({"entity": "cohort", "action": ""})
    drain()
    assert model.filters == {"entity": "cohort"} and model.total == 12
    qtmodeltester.check(model)


def test_the_changes_model_passes_the_model_tester(qapp, qtmodeltester):
    model = AuditChangesModel()
    qtmodeltester.check(model)
    model.set_changes([FieldChange("major", "专业", "市场营销", "电子商务", True),
                       FieldChange("note", "备注", "", "第一行\n第二行", False)])
    qtmodeltester.check(model)
    assert model.index(1, 2).data() == "第一行 ⏎ 第二行"
    assert model.index(1, 2).data(Qt.ItemDataRole.ToolTipRole) == "第一行\n第二行"
    assert isinstance(model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole), QBrush)
    assert model.index(0, 0).data(Qt.ItemDataRole.FontRole).bold()
    assert model.rowCount(model.index(0, 0)) == 0 and model.index(5, 0) == QModelIndex()
