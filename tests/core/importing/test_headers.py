"""Column synonyms and header-row detection."""
from __future__ import annotations

import pytest

from jiarenbase.core.importing.headers import (
    FIELDS,
    HEADER_SCAN_ROWS,
    find_header,
    header_key,
    label,
    label_en,
    match_header,
    match_row,
)


@pytest.mark.parametrize(
    ("text", "field"),
    [
        ("姓名", "name"), ("学生姓名", "name"), ("名字", "name"), ("姓 名", "name"),
        ("* 姓名（必填）", "name"), ("*姓名(必填)", "name"), ("姓名：", "name"), ("Name", "name"),
        ("身份证号", "id_number"), ("身份证号码", "id_number"), ("证件号码", "id_number"),
        ("身份证", "id_number"), ("公民身份号码", "id_number"), ("身份证号码【必填】", "id_number"),
        ("＊身份证号（18位）", "id_number"), ("ID Number", "id_number"), ("ＩＤ　ＮＵＭＢＥＲ", "id_number"),
        ("性别", "sex"), ("Gender", "sex"),
        ("手机", "phone"), ("手机号", "phone"), ("手机号码", "phone"), ("联系电话", "phone"),
        ("电话", "phone"), ("联系方式", "phone"),
        ("学号", "student_number"), ("专业", "major"), ("班级", "class_name"),
        ("户籍所在区", "hukou_district"), ("户籍地", "hukou_district"), ("户籍", "hukou_district"),
        ("在沪居住区", "residence_district"), ("居住地", "residence_district"),
        ("现居住区", "residence_district"),
        ("离校日期", "left_school_on"), ("毕业时间", "left_school_on"), ("毕业日期", "left_school_on"),
        ("备注", "remark"), ("备 注", "remark"),
    ],
)
def test_synonyms(text, field):
    assert match_header(text) == field


@pytest.mark.parametrize("text", ["家长姓名", "序号", "", None, "ID", "说明：姓名、身份证号必填",
                                  "2025届学员名单", "紧急联系人电话", 12345])
def test_unrelated_headers_do_not_match(text):
    assert match_header(text) is None


def test_header_key_strips_markers_and_brackets():
    assert header_key(" ＊ 手机号码 （选填） ") == "手机号码"
    assert header_key("ID No.") == "idno"


def test_every_field_label_is_its_own_synonym():
    for key, (zh, en) in FIELDS.items():
        assert match_header(zh) == key
        assert label(key) == zh and label(key, "en") == en
        assert label_en(zh) == en
    assert label_en("自定义列") == "自定义列"


def test_match_row_records_texts_and_ignored_columns():
    m = match_row(["序号", "姓名", None, "身份证号码", 3, "家长电话", "性别"], row=4)
    assert m.row == 4
    assert m.columns == {"name": 1, "id_number": 3, "sex": 6}
    assert m.complete and m.score == 3
    assert m.ignored == ("序号", "家长电话")
    assert m.header_text("id_number") == "身份证号码"


def test_more_specific_synonym_wins_then_leftmost():
    m = match_row(["联系电话", "姓名", "身份证号", "手机号", "电话"], row=1)
    assert m.columns["phone"] == 3  # 手机号 beats 联系电话 and 电话
    assert set(m.ignored) == {"联系电话", "电话"}
    m = match_row(["姓名", "学生姓名", "身份证号"], row=1)
    assert m.columns["name"] == 0


def test_columns_are_in_sheet_order():
    m = match_row(["身份证号", "手机", "姓名"], row=1)
    assert list(m.columns) == ["id_number", "phone", "name"]


def test_find_header_skips_titles_and_notes():
    rows = [
        ["2025年直播实训学员名单"],
        ["说明：姓名、身份证号必须填写"],
        [],
        ["序号", "姓名", "身份证号", "性别", "手机"],
        [1, "张三", "310116200405060016", "男", "13800000000"],
    ]
    m = find_header(rows)
    assert m is not None and m.row == 4
    assert set(m.columns) == {"name", "id_number", "sex", "phone"}


def test_find_header_needs_name_and_id():
    assert find_header([["姓名", "性别", "手机", "专业", "班级"]]) is None
    assert find_header([["身份证号", "性别"]]) is None
    assert find_header([]) is None


def test_find_header_prefers_the_richest_row_then_the_first():
    rows = [["姓名", "身份证号"], ["姓名", "身份证号", "性别"], ["姓名", "身份证号", "手机"]]
    assert find_header(rows).row == 2


def test_find_header_only_scans_the_first_rows():
    rows = [[] for _ in range(HEADER_SCAN_ROWS)] + [["姓名", "身份证号"]]
    assert find_header(rows) is None
    assert find_header(rows[1:]).row == HEADER_SCAN_ROWS
