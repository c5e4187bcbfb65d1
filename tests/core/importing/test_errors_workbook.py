"""The error workbook goes back to the school, and comes back corrected."""
from __future__ import annotations

import zipfile
from datetime import date

import pytest
from openpyxl import load_workbook

from jiarenbase.core.importing import ImportFileError, read_roster, write_error_workbook
from jiarenbase.core.importing.errors_workbook import ERROR_COLUMN, ROW_COLUMN

from .workbooks import ID_LI, ID_WANG, ID_WU, make_id, messy_workbook, write_csv

TODAY = date(2025, 9, 1)


@pytest.fixture
def written(tmp_path):
    m = messy_workbook(tmp_path / "名单.xlsx")
    preview = read_roster(m.path, today=TODAY)
    out = tmp_path / "名单_需更正.xlsx"
    n = write_error_workbook(preview, out)
    return preview, out, n


def sheet_xml(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def test_rejected_rows_are_written_with_original_headers(written):
    preview, out, n = written
    assert n == len(preview.rejected) == 4
    ws = load_workbook(out).active
    header = [c.value for c in ws[1]]
    assert header == [ROW_COLUMN, *preview.columns.values(), ERROR_COLUMN]
    assert all(c.font.b for c in ws[1])
    assert ws.max_row == 1 + n
    rows = [(ws.cell(row=r, column=1).value, ws.cell(row=r, column=2).value) for r in range(2, ws.max_row + 1)]
    assert rows == [(6, "李四"), (8, "王五"), (10, "孙七"), (12, "吴九")]  # the original row first


def test_every_value_is_text_and_never_a_formula(written):
    _, out, _ = written
    ws = load_workbook(out).active
    for row in ws.iter_rows(min_row=2, min_col=2):
        for cell in row:
            assert cell.data_type in ("s", "n") and not isinstance(cell.value, (int, float))
    phone_col = [c.value for c in ws[1]].index("手机号码") + 1
    formula_cell = ws.cell(row=5, column=phone_col)  # 吴九
    assert formula_cell.value == '=HYPERLINK("http://x","y")'
    assert formula_cell.data_type == "s" and formula_cell.quotePrefix
    assert "<f>" not in sheet_xml(out) and "<f " not in sheet_xml(out)


def test_id_column_is_text_formatted_and_widths_set(written):
    _, out, _ = written
    ws = load_workbook(out).active
    id_col = [c.value for c in ws[1]].index("身份证号码【必填】") + 1
    for r in range(2, ws.max_row + 1):
        assert ws.cell(row=r, column=id_col).number_format == "@"
    assert ws.cell(row=3, column=id_col).value == f"{float(ID_WANG):.15G}"
    letters = [c.column_letter for c in ws[1]]
    assert all(ws.column_dimensions[x].width >= 10 for x in letters)
    assert ws.column_dimensions[letters[-1]].width > ws.column_dimensions[letters[1]].width
    assert ws.freeze_panes == "A2"


def test_reasons_list_every_problem(written):
    preview, out, _ = written
    ws = load_workbook(out).active
    reasons = [ws.cell(row=r, column=ws.max_column).value for r in range(2, ws.max_row + 1)]
    for row, text in zip(preview.rejected, reasons, strict=False):
        for p in row.problems:
            assert p.cell_text() in text
    assert "第6行与第10行身份证号相同但姓名不同（李四 / 孙七）" in reasons[0] and reasons[0] == reasons[2]


def test_no_temporary_files_are_left(written):
    _, out, _ = written
    assert sorted(p.name for p in out.parent.iterdir()) == ["名单.xlsx", "名单_需更正.xlsx"]


def test_the_error_workbook_reads_back(written):
    preview, out, _ = written
    again = read_roster(out, today=TODAY)
    assert again.header_row == 1
    assert again.ignored_columns == (ROW_COLUMN, ERROR_COLUMN)
    assert again.columns == preview.columns
    assert len(again.rows) == 4
    by_id = {r.raw["id_number"]: r for r in again.rows}
    assert "以数字格式存储" in by_id[f"{float(ID_WANG):.15G}"].problems[0].zh
    assert "身份证号相同但姓名不同（李四 / 孙七）" in by_id[ID_LI].problems[0].zh
    # with 李四 enrolled meanwhile, both rows with that ID still carry their error: one of them
    # (孙七) is another person with a mistyped ID, and skipping it would lose a real student
    li = read_roster(out, today=TODAY, existing={ID_LI: "2025春季直播班 李四"})
    assert li.already_enrolled == []
    assert {r.raw["name"] for r in li.rejected} >= {"李四", "孙七"}


def test_corrected_workbook_is_accepted(written):
    _, out, _ = written
    wb = load_workbook(out)
    ws = wb.active
    col = {c.value: c.column for c in ws[1]}
    fixes = {
        "李四": {},
        "王五": {"身份证号码【必填】": make_id(5, male=True)},
        "孙七": {"身份证号码【必填】": make_id(21, male=False)},
        "吴九": {"手机号码": "13800070007"},
    }
    for r in range(2, ws.max_row + 1):
        for header, value in fixes[ws.cell(row=r, column=2).value].items():
            ws.cell(row=r, column=col[header]).value = value
    wb.save(out)
    again = read_roster(out, today=TODAY)
    assert len(again.accepted) == 4 and not again.rejected
    assert {r.draft.id_number for r in again.accepted} >= {ID_LI, ID_WU}


def test_no_rejected_rows_writes_just_the_header(tmp_path):
    path = write_csv(tmp_path / "ok.csv", [["姓名", "身份证号"], ["张三", make_id(1)]])
    preview = read_roster(path, today=TODAY)
    out = tmp_path / "err.xlsx"
    assert write_error_workbook(preview, out) == 0
    ws = load_workbook(out).active
    assert [c.value for c in ws[1]] == [ROW_COLUMN, "姓名", "身份证号", ERROR_COLUMN]
    assert ws.max_row == 1


def test_risky_and_illegal_text_is_kept_as_text(tmp_path):
    path = write_csv(tmp_path / "r.csv", [
        ["姓名", "身份证号", "专业", "备注"],
        ["+张三", make_id(1), "-电商", "@备注\x07响铃"],
        ["李四", "123", "=SUM(A1:A2)", "  "],
    ], encoding="utf-8")
    preview = read_roster(path, today=TODAY)
    assert len(preview.rejected) == 2
    out = tmp_path / "r_err.xlsx"
    write_error_workbook(preview, out)
    ws = load_workbook(out).active
    assert [ws.cell(row=2, column=c).value for c in range(1, 6)] == [2, "+张三", make_id(1), "-电商",
                                                                      "@备注响铃"]
    assert ws.cell(row=2, column=2).quotePrefix and ws.cell(row=2, column=5).quotePrefix
    assert ws.cell(row=3, column=4).value == "=SUM(A1:A2)"
    assert ws.cell(row=3, column=4).data_type == "s"
    assert ws.cell(row=3, column=5).value is None
    assert "<f>" not in sheet_xml(out)


def test_overwrites_an_existing_file(written):
    preview, out, _ = written
    out.write_bytes(b"old")
    assert write_error_workbook(preview, out) == 4
    assert load_workbook(out).active.max_row == 5


def test_save_failure_raises_and_leaves_nothing(written, tmp_path):
    preview, _, _ = written
    target = tmp_path / "is_a_dir.xlsx"
    target.mkdir()
    before = set(tmp_path.iterdir())
    with pytest.raises(ImportFileError) as info:
        write_error_workbook(preview, target)
    assert "无法保存" in info.value.zh
    assert set(tmp_path.iterdir()) == before
    with pytest.raises(ImportFileError):
        write_error_workbook(preview, tmp_path / "no" / "such" / "dir.xlsx")
