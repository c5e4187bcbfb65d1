"""Property tests: messy spellings of the same data give the same draft, and no
cell content, however odd, crashes the importer."""
from __future__ import annotations

import os
from datetime import date, datetime

from hypothesis import HealthCheck, assume, given, settings, strategies as st
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from jiarenbase.core.domain.idcard import check_char, parse_id_number
from jiarenbase.core.importing import (
    ImportFileError,
    RosterPreview,
    StudentDraft,
    read_roster,
    write_error_workbook,
)

from .workbooks import full_width, write_csv

TODAY = date(2025, 9, 1)
# JIARENBASE_PROPERTY_EXAMPLES=1000 for a longer hunt.
SLOW = settings(max_examples=int(os.environ.get("JIARENBASE_PROPERTY_EXAMPLES", "40")), deadline=None,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

HAN = ("张王李赵刘陈杨黄周吴徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡杜叶程苏魏吕丁任沈姚卢"
       "姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英")
REGIONS = ("310116", "310101", "110105", "320102", "340104", "440305")

names = st.text(alphabet=HAN, min_size=2, max_size=4)


@st.composite
def id_numbers(draw) -> str:
    born = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2008, 12, 31)))
    first17 = f"{draw(st.sampled_from(REGIONS))}{born:%Y%m%d}{draw(st.integers(0, 999)):03d}"
    return first17 + check_char(first17)


phones = st.builds(lambda a, rest: f"1{a}{rest:09d}", st.integers(3, 9), st.integers(0, 10**9 - 1))
spaces = st.sampled_from(["", " ", "  ", "\u3000", "\t"])


@st.composite
def scatter(draw, text: str, *, widen: bool) -> str:
    """Spaces between characters, around the value, and full-width forms."""
    out = draw(spaces)
    for ch in text:
        if widen and draw(st.booleans()):
            ch = full_width(ch)
        out += ch + draw(spaces)
    return out


@st.composite
def messy_student(draw):
    name, number, phone = draw(names), draw(id_numbers()), draw(phones)
    messy_number = number.lower() if draw(st.booleans()) else number
    phone_prefix = draw(st.sampled_from(["", "+86", "+86 ", "0086"]))
    messy_phone = phone_prefix + phone[:3] + draw(st.sampled_from(["", " ", "-"])) + phone[3:7] \
        + draw(st.sampled_from(["", " ", "-"])) + phone[7:]
    return (
        (name, number, phone),
        (draw(scatter(name, widen=False)), draw(scatter(messy_number, widen=True)),
         full_width(messy_phone) if draw(st.booleans()) else messy_phone),
    )


@SLOW
@given(students=st.lists(messy_student(), min_size=1, max_size=6,
                         unique_by=lambda s: s[0][1][:17]))
def test_messy_spellings_give_the_clean_draft(tmp_path_factory, students):
    path = tmp_path_factory.mktemp("prop") / "roster.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["学员名单"])
    ws.append(["序号", "学生姓名", "身份证号码", "手机号码"])
    for i, (_, messy) in enumerate(students, start=1):
        ws.append([i, *messy])
    wb.save(path)
    preview = read_roster(path, today=TODAY)
    expected = []
    for (name, number, phone), _ in students:
        info = parse_id_number(number, today=TODAY)
        expected.append(StudentDraft(name=name, id_number=number, sex=info.sex,
                                     birth_date=info.birth_date, phone=phone))
    assert [r.draft for r in preview.rows] == expected
    assert len(preview.accepted) == len(students)


# ---------------------------------------------------------------- garbage never crashes

_xml_safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",),
                           blacklist_characters="\ufffe\uffff"),
    max_size=40,
).map(lambda s: ILLEGAL_CHARACTERS_RE.sub("", s))

_interesting = st.sampled_from([
    "姓名", "身份证号", "性别", "手机", "合计", "制表人：", "=1+2", '=HYPERLINK("http://x","y")',
    "#N/A", "#REF!", "1.10105E+17", "男", "女", "M", "2025.6", "2025-13-45", "+86", "@x", "-",
    "310116200405060016", "31011620040506001X", "  ", "\u200b", "２０２５年６月",
])

cell_values = st.one_of(
    st.none(),
    _xml_safe_text,
    _interesting,
    st.integers(min_value=-(10**20), max_value=10**20),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
    st.datetimes(min_value=datetime(1900, 3, 1), max_value=datetime(9999, 12, 31)),
    st.dates(min_value=date(1900, 3, 1), max_value=date(9999, 12, 31)),
)
garbage_rows = st.lists(st.lists(cell_values, max_size=8), max_size=12)
headers = st.lists(st.sampled_from(["姓名", "身份证号", "性别", "手机", "离校日期", "学号", "班级",
                                    "备注", "序号", "其他"]), min_size=0, max_size=8)


def _read_never_crashes(path) -> RosterPreview | None:
    try:
        preview = read_roster(path, today=TODAY)
    except ImportFileError as e:
        assert e.zh and e.en
        return None
    assert isinstance(preview, RosterPreview)
    for r in preview.rows:
        assert r.accepted == (r.draft is not None and not r.errors)
        for p in r.problems:
            assert p.text() and p.text("en")
    return preview


@SLOW
@given(before=garbage_rows, header=headers, after=garbage_rows, number_format=st.booleans())
def test_garbage_cells_never_crash(tmp_path_factory, before, header, after, number_format):
    folder = tmp_path_factory.mktemp("garbage")
    wb = Workbook()
    ws = wb.active
    try:
        for row in [*before, header, *after]:
            ws.append(row)
        if number_format:
            for cell in ws["C"]:
                cell.number_format = "yyyy-mm-dd"
        wb.save(folder / "g.xlsx")
    except (ValueError, TypeError, OverflowError):
        assume(False)  # openpyxl itself refuses to write it
    preview = _read_never_crashes(folder / "g.xlsx")
    if preview is not None:
        n = write_error_workbook(preview, folder / "g_err.xlsx")
        assert n == len(preview.rejected)
        again = _read_never_crashes(folder / "g_err.xlsx")
        if preview.rows:
            assert again is not None


@SLOW
@given(rows=st.lists(st.lists(st.one_of(_xml_safe_text, _interesting), max_size=6), max_size=10),
       header=headers, encoding=st.sampled_from(["utf-8", "utf-8-sig", "gb18030", "utf-16"]))
def test_garbage_csv_never_crashes(tmp_path_factory, rows, header, encoding):
    path = tmp_path_factory.mktemp("csv") / "g.csv"
    try:
        write_csv(path, [header, *rows], encoding=encoding)
    except UnicodeEncodeError:
        assume(False)
    _read_never_crashes(path)


@SLOW
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".xlsx", ".xlsm", ".csv", ".xls"]),
       zip_magic=st.booleans())
def test_garbage_bytes_never_crash(tmp_path_factory, data, suffix, zip_magic):
    path = tmp_path_factory.mktemp("bytes") / f"g{suffix}"
    path.write_bytes((b"PK\x03\x04" if zip_magic else b"") + data)
    _read_never_crashes(path)

