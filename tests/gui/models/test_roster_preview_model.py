"""The roster preview model: warning rows yellow, full ID numbers on rows with a
problem (masked elsewhere), messages joined cleanly, and 只看问题行."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from jiarenbase.core.importing import read_roster
from jiarenbase.gui.models.roster_preview_model import (
    COLUMNS,
    ERROR_BACKGROUND,
    NOTICE_BACKGROUND,
    WARNING_BACKGROUND,
    RosterPreviewModel,
)
from roster_samples import BAD_ID, SHARED, make_id, warning_roster

pytestmark = pytest.mark.gui
BG = Qt.ItemDataRole.BackgroundRole


@pytest.fixture
def model(qapp, tmp_path):
    m = RosterPreviewModel("zh")
    m.set_preview(read_roster(warning_roster(tmp_path / "r.xlsx"), today=date(2026, 12, 8)))
    return m


def cell(model, excel_row: int, column: str):
    r = next(i for i in range(model.rowCount()) if model.index(i, 0).data() == str(excel_row))
    return model.index(r, COLUMNS.index(column))


def test_tints_ids_and_messages(model, qtmodeltester):
    qtmodeltester.check(model)
    assert model.rowCount() == 9
    assert cell(model, 3, "name").data(BG) is None
    for row in (4, 5):
        assert cell(model, row, "name").data(BG).color() == WARNING_BACKGROUND
    for row in (6, 9, 10):
        assert cell(model, row, "name").data(BG).color() == ERROR_BACKGROUND
    assert cell(model, 11, "name").data(BG).color() == NOTICE_BACKGROUND  # skipped: the same person again
    assert cell(model, 4, "id_number").data() == make_id(41, male=True)  # a warning: in full
    assert cell(model, 6, "id_number").data() == SHARED and cell(model, 10, "id_number").data() == BAD_ID
    assert cell(model, 3, "id_number").data() == "310116********" + make_id(12)[-4:]  # masked
    assert cell(model, 5, "phone").data() == "1380013"  # as typed (it is not saved)
    assert "第6行与第9行身份证号相同但姓名不同（莫勇 / 陆一）" in cell(model, 6, "problems").data()
    assert "填的是“女”" in cell(model, 4, "problems").data()
    assert len({cell(model, n, "status").data() for n in (3, 4, 6, 11)}) == 4


def test_problems_only(model, qtmodeltester):
    model.set_problems_only(True)
    qtmodeltester.check(model)
    assert [model.index(i, 0).data() for i in range(model.rowCount())] == ["4", "5", "6", "9", "10"]
    model.set_problems_only(False)
    assert model.rowCount() == 9


def test_joined_messages_read_cleanly(qapp, tmp_path):
    from openpyxl import Workbook

    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "性别", "手机"])
    ws.append(["何晓东", make_id(41, male=True), "女", "1380013"])
    wb.save(tmp_path / "two.xlsx")
    m = RosterPreviewModel("zh")
    m.set_preview(read_roster(tmp_path / "two.xlsx", today=date(2026, 12, 8)))
    text = m.index(0, COLUMNS.index("problems")).data()
    assert "。；" not in text and text.count("；") == 1 and text.endswith("。")
    assert text.startswith("性别：填的是“女”") and "手机：“1380013”" in text
