"""read_roster on the rosters partner schools really send."""
from __future__ import annotations

import zipfile
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from jiarenbase.core.domain.enums import Sex
from jiarenbase.core.importing import (
    ImportFileError,
    RosterPreview,
    RowProblem,
    StudentDraft,
    read_roster,
)

from .workbooks import (
    HEADER,
    ID_LI,
    ID_WANG,
    ID_ZHANG,
    ID_ZHENG,
    full_width,
    make_id,
    messy_workbook,
    simple_workbook,
    write_csv,
)

TODAY = date(2025, 9, 1)


def row(preview: RosterPreview, n: int):
    return next(r for r in preview.rows if r.excel_row == n)


def messages(r) -> str:
    return " | ".join(p.text() for p in r.problems)


# ------------------------------------------------------------------ the messy workbook

@pytest.fixture
def messy(tmp_path):
    m = messy_workbook(tmp_path / "名单.xlsx")
    return m, read_roster(m.path, today=TODAY)


def test_messy_header_and_columns(messy):
    m, p = messy
    assert p.sheet == "花名册"
    assert p.header_row == m.header_row
    assert p.columns["name"] == "* 姓名(必填)"  # full-width brackets folded
    assert list(p.columns) == ["name", "id_number", "sex", "phone", "student_number", "major",
                               "class_name", "left_school_on", "remark"]
    assert p.ignored_columns == ("序号",)
    assert p.ignored_sheets == ("填表说明",)


def test_messy_stops_at_footer_and_skips_blank_rows(messy):
    m, p = messy
    assert p.footer_row == m.footer_row
    assert [r.excel_row for r in p.rows] == [5, 6, 8, 9, 10, 11, 12, 13]
    assert all(r.draft is None or r.draft.name != "after" for r in p.rows)


def test_messy_partition(messy):
    m, p = messy
    assert [r.excel_row for r in p.accepted] == list(m.accepted_rows)
    assert [r.excel_row for r in p.rejected] == list(m.rejected_rows)
    assert p.already_enrolled == []
    assert len(p.drafts) == 4
    assert [r.excel_row for r in p.warned] == [9, 11]
    assert p.summary() == "可导入4人，已在册0人，有错误4人"
    assert "4 to add" in p.summary("en")


def test_messy_normalises_names_ids_phones_dates(messy):
    _, p = messy
    zhang = row(p, 5).draft
    assert zhang == StudentDraft(
        name="张三", id_number=ID_ZHANG, sex=Sex.MALE, birth_date=date(2004, 5, 6),
        student_number="2023001", major="电子商务", class_name="电商2301", phone="13800010001",
        left_school_on=date(2025, 6, 30), remark="",
    )
    li = row(p, 6).draft  # rejected (its ID is on row 10 too), but read as typed
    assert li.id_number == ID_LI and ID_LI.endswith("X")
    assert li.phone == "13900020002" and li.sex is Sex.FEMALE and li.remark == "班长"
    assert li.left_school_on == date(2025, 6, 30)


def test_messy_raw_keeps_what_was_typed(messy):
    _, p = messy
    r = row(p, 5)
    assert r.raw["name"] == " 张  三 "
    assert r.raw["id_number"] == full_width(ID_ZHANG)
    assert r.raw["left_school_on"] == "2025-06-30"
    # the number cell as Excel would show it: the last digits are already gone
    assert row(p, 8).raw["id_number"] == f"{float(ID_WANG):.15G}"


def test_messy_id_typed_as_number(messy):
    _, p = messy
    r = row(p, 8)
    assert r.draft is None and not r.accepted
    (prob,) = r.problems
    assert prob.column == "身份证号" and prob.severity == "error"
    assert "以数字格式存储，后几位可能已丢失" in prob.zh
    assert prob.text() == f"第8行：身份证号：{prob.zh}"
    assert prob.text("en").startswith("row 8: ID number: is stored as a number")


def test_messy_sex_contradicting_id_is_a_warning(messy):
    _, p = messy
    r = row(p, 9)
    assert [(x.column, x.severity) for x in r.problems] == [("性别", "warning")]
    assert r.problems[0].zh == "填的是“女”，但身份证号显示为“男”，已按身份证号记为“男”，请核对。"
    assert r.accepted and r.draft.sex is Sex.MALE and r.flagged


def test_messy_same_id_different_names_rejects_both(messy):
    _, p = messy
    expected = "第6行与第10行身份证号相同但姓名不同（李四 / 孙七），请核对哪一行录错。"
    for n in (6, 10):
        assert not row(p, n).accepted and row(p, n) in p.rejected
        assert [x.zh for x in row(p, n).errors] == [expected]


def test_messy_bad_phone_is_a_warning(messy):
    _, p = messy
    r = row(p, 11)
    assert [(x.column, x.severity) for x in r.problems] == [("手机", "warning")]
    assert "“12345678”不是有效的11位手机号，已留空" in r.problems[0].zh
    assert r.problems[0].text("en").startswith("row 11: mobile: '12345678'")
    assert r.accepted and r.draft.phone == ""


def test_messy_formula_is_never_evaluated(messy):
    _, p = messy
    r = row(p, 12)
    assert [x.column for x in r.problems] == ["手机"]
    assert "含有公式，请粘贴为数值" in r.problems[0].zh
    assert r.raw["phone"] == '=HYPERLINK("http://x","y")'


def test_messy_sex_from_id_and_month_only_date(messy):
    _, p = messy
    r = row(p, 13)
    assert r.accepted
    assert r.draft.sex is Sex.FEMALE and r.draft.birth_date == date(2003, 11, 20)
    assert r.draft.id_number == ID_ZHENG
    assert r.draft.left_school_on == date(2025, 6, 30)
    assert [(x.column, x.severity) for x in r.problems] == [("离校日期", "notice")]


def test_messy_problems_are_flat(messy):
    _, p = messy
    assert len(p.problems) == sum(len(r.problems) for r in p.rows)
    assert all(isinstance(x, RowProblem) for x in p.problems)


def test_notes_sheet_first_is_skipped(tmp_path):
    m = messy_workbook(tmp_path / "a.xlsx", notes_first=True)
    p = read_roster(m.path, today=TODAY)
    assert p.sheet == "花名册" and p.ignored_sheets == ("填表说明",)
    assert len(p.accepted) == 4


def test_existing_ids_are_notices_not_errors(tmp_path):
    m = messy_workbook(tmp_path / "a.xlsx")
    p = read_roster(m.path, today=TODAY, existing={ID_ZHANG.lower(): "2025春季直播班 张三"})
    r = row(p, 5)
    assert r.already_enrolled and r.accepted
    assert r in p.already_enrolled and r not in p.accepted and r not in p.rejected
    (prob,) = r.problems
    assert prob.severity == "notice" and not prob.is_error
    assert prob.zh == "已在册（2025春季直播班 张三），不会重复添加。"
    assert [x.excel_row for x in p.accepted] == [9, 11, 13]


def test_progress_is_reported(tmp_path):
    rows = [["学员" + chr(0x4E00 + i), make_id(i)] for i in range(250)]
    path = simple_workbook(tmp_path / "big.xlsx", rows, header=["姓名", "身份证号"])
    seen: list[int] = []
    p = read_roster(path, progress=seen.append)
    assert len(p.accepted) == 250
    assert seen == [100, 200, 250]


# ------------------------------------------------------------------ single rules

def one_row(tmp_path, values, header=None, **kw):
    path = simple_workbook(tmp_path / "one.xlsx", [values], header=header)
    p = read_roster(path, today=TODAY, **kw)
    assert len(p.rows) == 1
    return p.rows[0]


@pytest.mark.parametrize("given", ["男", "M", "m", "Male", "MALE", "男性", "Ｍ", " 男 "])
def test_sex_male_spellings(tmp_path, given):
    r = one_row(tmp_path, ["张三", make_id(1, male=True), given])
    assert r.accepted and r.draft.sex is Sex.MALE


@pytest.mark.parametrize("given", ["女", "F", "female", "Female", "女性"])
def test_sex_female_spellings(tmp_path, given):
    r = one_row(tmp_path, ["李四", make_id(2, male=False), given])
    assert r.accepted and r.draft.sex is Sex.FEMALE


def test_unknown_sex_is_an_error(tmp_path):
    r = one_row(tmp_path, ["张三", make_id(1), "未知"])
    assert not r.accepted and "“未知”无法识别" in messages(r)


@pytest.mark.parametrize("name", ["张三2", "=A1", "张三/李四", "<b>张三</b>", "12345"])
def test_names_with_digits_or_symbols(tmp_path, name):
    r = one_row(tmp_path, [name, make_id(1)])
    assert r.draft is None and r.problems[0].column == "姓名"


@pytest.mark.parametrize("name", ["阿卜杜热合曼·买买提", "Anna-Lena O'Neil", "欧阳 娜娜", "\ue000明"])
def test_unusual_but_valid_names(tmp_path, name):
    assert one_row(tmp_path, [name, make_id(1)]).accepted


def test_missing_name(tmp_path):
    r = one_row(tmp_path, [None, make_id(1)])
    assert r.draft is None
    assert [(x.column, x.zh) for x in r.problems] == [("姓名", "不能为空，请填写学员姓名。")]


def test_missing_id_uses_idcard_message(tmp_path):
    r = one_row(tmp_path, ["张三", None, "男"])
    assert r.draft is None
    assert [x.column for x in r.problems] == ["身份证号"]
    assert "不能为空" in r.problems[0].zh


@pytest.mark.parametrize("bad", ["31011620040506001", "310116200405060011", "310116200402300011"])
def test_invalid_ids_are_rejected(tmp_path, bad):
    r = one_row(tmp_path, ["张三", bad])
    assert not r.accepted and r.problems[0].column == "身份证号"


@pytest.mark.parametrize("id_value", ["1.10105E+17", "3.10116200405061E17", 310116200405060016.0])
def test_ids_in_number_form(tmp_path, id_value):
    r = one_row(tmp_path, ["张三", id_value])
    assert "以数字格式存储" in messages(r)


def test_fifteen_digit_id_is_upgraded(tmp_path):
    r = one_row(tmp_path, ["老张", "310116800101001"])
    assert r.accepted and len(r.draft.id_number) == 18 and r.draft.birth_date == date(1980, 1, 1)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (datetime(2025, 6, 30), date(2025, 6, 30)),
        (date(2025, 7, 1), date(2025, 7, 1)),
        ("2025-06-30", date(2025, 6, 30)),
        ("2025/6/30", date(2025, 6, 30)),
        ("2025.6.30", date(2025, 6, 30)),
        ("2025年6月30日", date(2025, 6, 30)),
        ("２０２５年６月３０日", date(2025, 6, 30)),
        ("20250630", date(2025, 6, 30)),
        ("2025-06-30 00:00:00", date(2025, 6, 30)),
        ("2025.6", date(2025, 6, 30)),
        ("2025年6月", date(2025, 6, 30)),
        ("2024-02", date(2024, 2, 29)),
        (2025.6, date(2025, 6, 30)),
        (45838, date(2025, 6, 30)),  # an Excel serial left in General format
    ],
)
def test_left_school_on_formats(tmp_path, value, expected):
    r = one_row(tmp_path, ["张三", make_id(1), None, None, value])
    assert r.accepted, messages(r)
    assert r.draft.left_school_on == expected


@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "明年六月", "6/30", "1900-01-01",
                                   "2003-01-01", 2025])
def test_left_school_on_invalid(tmp_path, value):
    r = one_row(tmp_path, ["张三", make_id(1), None, None, value])
    assert not r.accepted
    assert [x.column for x in r.problems] == ["离校日期"]


def test_left_school_on_number_2025_1_is_ambiguous(tmp_path):
    r = one_row(tmp_path, ["张三", make_id(1), None, None, 2025.1])
    assert "分不清是1月还是10月" in messages(r)


@pytest.mark.parametrize("phone", ["13800001111", "138-0000-1111", "+86 138 0000 1111",
                                   "008613800001111", "１３８００００１１１１", 13800001111])
def test_phone_forms(tmp_path, phone):
    r = one_row(tmp_path, ["张三", make_id(1), None, phone])
    assert r.accepted and r.draft.phone == "13800001111"


@pytest.mark.parametrize("phone", ["021-57901234", "1380000111", "23800001111", "138000011112"])
def test_bad_phones(tmp_path, phone):
    r = one_row(tmp_path, ["张三", make_id(1), None, phone])
    assert r.accepted and r.draft.phone == "" and r.problems[0].column == "手机" and r.warnings


def test_too_long_values(tmp_path):
    r = one_row(tmp_path, ["张" * 101, make_id(1)])
    assert r.draft is None and "太长（101个字），最多100个字" in messages(r)
    r = one_row(tmp_path, ["张三", make_id(1), "备" * 501], header=["姓名", "身份证号", "备注"])
    assert not r.accepted and r.problems[0].column == "备注"
    r = one_row(tmp_path, ["张三", make_id(1), "备" * 500], header=["姓名", "身份证号", "备注"])
    assert r.accepted


def test_error_values_are_reported(tmp_path):
    r = one_row(tmp_path, ["张三", make_id(1), "#N/A"], header=["姓名", "身份证号", "专业"])
    assert "是错误值“#N/A”" in messages(r)


def test_date_cell_out_of_range_is_an_error_not_a_warning(tmp_path):
    # openpyxl warns about this cell; filterwarnings=error proves the warning is contained
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "离校日期"])
    ws.append(["张三", make_id(1), 1e10])
    ws["C2"].number_format = "yyyy-mm-dd"
    wb.save(tmp_path / "d.xlsx")
    p = read_roster(tmp_path / "d.xlsx", today=TODAY)
    assert [x.column for x in p.rows[0].problems] == ["离校日期"]


def test_vertically_merged_cells_fill_down(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.append(["姓名", "身份证号", "专业", "班级"])
    ws.append(["张三", make_id(1), "电子商务", "电商2301"])
    ws.append(["李四", make_id(2), None, None])
    ws.append(["王五", make_id(3), None, None])
    ws.append([None, None, None, None])
    ws.merge_cells("C2:C5")
    ws.merge_cells("D2:D4")
    wb.save(tmp_path / "m.xlsx")
    p = read_roster(tmp_path / "m.xlsx", today=TODAY)
    assert [r.draft.major for r in p.rows] == ["电子商务"] * 3
    assert [r.draft.class_name for r in p.rows] == ["电商2301"] * 3
    assert len(p.rows) == 3  # row 5 holds only the merged copy: blank


def test_row_with_only_serial_number_is_blank(tmp_path):
    p = read_roster(simple_workbook(tmp_path / "s.xlsx", [[1, "张三", make_id(1)], [2], [3]],
                                    header=["序号", "姓名", "身份证号"]), today=TODAY)
    assert [r.excel_row for r in p.rows] == [2]


def test_repeated_header_rows_are_skipped(tmp_path):
    rows = [["张三", make_id(1)], ["姓名", "身份证号"], ["李四", make_id(2)]]
    p = read_roster(simple_workbook(tmp_path / "r.xlsx", rows, header=["姓名", "身份证号"]))
    assert [r.excel_row for r in p.rows] == [2, 4] and len(p.accepted) == 2


@pytest.mark.parametrize("footer", ["合计：2人", "总计", "小计", "制表人：王老师", "填表人：李",
                                    "审核：张", "说明：以上学生", "备注：无", "以下空白", "合 计"])
def test_footer_lines_end_the_list(tmp_path, footer):
    rows = [["张三", make_id(1)], [footer], ["李四", make_id(2)]]
    p = read_roster(simple_workbook(tmp_path / "f.xlsx", rows, header=["姓名", "身份证号"]))
    assert [r.excel_row for r in p.rows] == [2] and p.footer_row == 3


def test_all_columns_are_read_and_cleaned(tmp_path):
    header = ["学生姓名", "公民身份号码", "学号", "专业", "班级", "户籍所在区", "在沪居住区", "备注",
              "离校日期"]
    values = ["Ｌｉ Ｍｉｎｇ", "'" + make_id(1), "'２０２３００１", " 直播  电商 ", "电商2301",
              "金山区", "  松江区", "需住宿\n优先", "2026年6月30日"]
    r = one_row(tmp_path, values, header=header)
    assert r.accepted, messages(r)
    assert r.draft == StudentDraft(
        name="Li Ming", id_number=make_id(1), sex=Sex.MALE, birth_date=date(2004, 5, 6),
        student_number="2023001", major="直播 电商", class_name="电商2301",
        hukou_district="金山区", residence_district="松江区", remark="需住宿\n优先",  # prose: kept as typed
        left_school_on=date(2026, 6, 30),
    )


def test_long_student_number_typed_as_number(tmp_path):
    r = one_row(tmp_path, ["张三", make_id(1), 2023010203040506], header=["姓名", "身份证号", "学号"])
    assert not r.accepted and r.problems[0].column == "学号"
    assert one_row(tmp_path, ["张三", make_id(1), 2023001],
                   header=["姓名", "身份证号", "学号"]).draft.student_number == "2023001"


def test_id_cell_with_zero_width_and_spaces(tmp_path):
    n = make_id(1)
    r = one_row(tmp_path, ["张\u200b三", f" {n[:6]} {n[6:14]}\u200b {n[14:]} "])
    assert r.accepted and r.draft.id_number == n and r.draft.name == "张三"


def test_bidi_control_characters_are_stripped(tmp_path):
    r = one_row(tmp_path, ["\u202e张三\u202c", make_id(1)])
    assert r.draft.name == "张三"


def test_today_bounds_birth_dates(tmp_path):
    n = make_id(1, born=date(2025, 10, 1))
    r = one_row(tmp_path, ["张三", n])
    assert not r.accepted and "不合理" in messages(r)


# ------------------------------------------------------------------ CSV

def test_csv_in_gbk(tmp_path):
    path = write_csv(tmp_path / "名单.csv", [
        ["学生姓名", "身份证号码", "性别", "联系电话", "毕业时间"],
        ["张三", make_id(1), "男", "13800001111", "2025/6/30"],
        ["李四", "1.10105E+17", "女", "13800002222", "2025/6/30"],
    ], encoding="gbk")
    p = read_roster(path, today=TODAY)
    assert p.sheet == "" and p.header_row == 1
    assert p.columns["name"] == "学生姓名"
    assert [r.draft.name for r in p.accepted] == ["张三"]
    assert "以数字格式存储" in messages(p.rejected[0])


def test_csv_utf8_bom_tabs_and_control_characters(tmp_path):
    path = write_csv(tmp_path / "a.csv", [
        ["", "说明：请勿修改表头"],
        ["姓名", "身份证号", "专业"],
        ["张\x07三", make_id(1), "电子\x1f商务"],
        [],
        ["李四", make_id(2), "直播电商"],
    ], encoding="utf-8-sig", delimiter="\t")
    p = read_roster(path, today=TODAY)
    assert p.header_row == 2
    assert [(r.draft.name, r.draft.major) for r in p.rows] == [("张三", "电子商务"), ("李四", "直播电商")]
    assert [r.excel_row for r in p.rows] == [3, 5]


def test_csv_formula_text_is_a_formula(tmp_path):
    path = write_csv(tmp_path / "f.csv", [["姓名", "身份证号"], ["=1+1", make_id(1)]],
                     encoding="utf-8")
    p = read_roster(path, today=TODAY)
    assert "含有公式" in messages(p.rows[0])


# ------------------------------------------------------------------ file-level failures

def fails(path, *fragments):
    with pytest.raises(ImportFileError) as info:
        read_roster(path)
    for f in fragments:
        assert f in info.value.zh
    assert info.value.en and info.value.text("en") == info.value.en
    return info.value


def test_missing_file(tmp_path):
    fails(tmp_path / "nope.xlsx", "找不到文件")


def test_directory(tmp_path):
    fails(tmp_path, "不是文件")


def test_old_xls(tmp_path):
    path = tmp_path / "old.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    fails(path, "请在Excel中另存为 .xlsx 后再导入")


def test_xls_that_is_really_xlsx_is_read(tmp_path):
    simple_workbook(tmp_path / "a.xlsx", [["张三", make_id(1)]])
    (tmp_path / "a.xlsx").rename(tmp_path / "a.xls")
    assert len(read_roster(tmp_path / "a.xls").accepted) == 1


def test_password_protected_xlsx(tmp_path):
    path = tmp_path / "locked.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    fails(path, "密码")


def test_renamed_csv_is_not_an_xlsx(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("姓名,身份证号\n张三,1\n", encoding="utf-8")
    fails(path, "不是真正的 .xlsx")


def test_corrupt_zip(tmp_path):
    good = simple_workbook(tmp_path / "g.xlsx", [["张三", make_id(1)]])
    data = good.read_bytes()
    bad = tmp_path / "bad.xlsx"
    bad.write_bytes(data[: len(data) // 2])
    fails(bad, "已损坏")


def test_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "z.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "hi")
    fails(path, "已损坏")


def test_empty_file(tmp_path):
    (tmp_path / "e.xlsx").write_bytes(b"")
    fails(tmp_path / "e.xlsx", "空文件")
    (tmp_path / "e.csv").write_bytes(b"\r\n")
    fails(tmp_path / "e.csv", "空文件")


def test_workbook_without_data(tmp_path):
    wb = Workbook()
    wb.create_sheet("Sheet2")
    wb.save(tmp_path / "blank.xlsx")
    fails(tmp_path / "blank.xlsx", "没有任何数据")


def test_no_recognisable_header(tmp_path):
    path = simple_workbook(tmp_path / "h.xlsx", [["张三", "男"]], header=["名称", "性别"])
    fails(path, "找不到表头：需要至少包含“姓名”和“身份证号”两列")


def test_header_below_row_30_is_not_found(tmp_path):
    wb = Workbook()
    ws = wb.active
    for i in range(30):
        ws.append([f"说明{i}"])
    ws.append(HEADER)
    wb.save(tmp_path / "deep.xlsx")
    fails(tmp_path / "deep.xlsx", "找不到表头")


@pytest.mark.parametrize("suffix", [".ods", ".et", ".xlsb", ".pdf", ""])
def test_unsupported_formats(tmp_path, suffix):
    path = tmp_path / f"roster{suffix}"
    path.write_bytes(b"PK\x03\x04 something")
    fails(path, "另存为 .xlsx")


def test_csv_with_undecodable_bytes(tmp_path):
    path = tmp_path / "bin.csv"
    path.write_bytes(bytes(range(128, 256)) * 10)
    with pytest.raises(ImportFileError):
        read_roster(path)
