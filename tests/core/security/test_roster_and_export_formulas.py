"""Roster import under random workbooks (hypothesis) and formula safety on export.

Decision (documented): a formula cell in a roster is never evaluated and never
stored — the importer reads the file with openpyxl's data_only=False, sees the
formula, and rejects that row ("含有公式，请粘贴为数值"); the error workbook gives
the school its formula text back as plain text. Text that merely starts with
= + - @ (typed into a text cell, or saved through a service) is stored as typed,
and every export writes it as a text cell with Excel's quote prefix: staff see the
exact text, and nothing runs when the sheet is opened."""
from __future__ import annotations

import csv
import itertools
import re
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from openpyxl import Workbook, load_workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import select

from jiarenbase.core import exporting
from jiarenbase.core.db.models import Cohort
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.importing.errors_workbook import write_error_workbook
from jiarenbase.core.importing.headers import _SYNONYMS
from jiarenbase.core.services import enrolment, organisations, roster_import
from jiarenbase.core.services.listing import ListQuery

from .support import row_counts

HAN = re.compile(r"[\u4e00-\u9fff]")
FORMULAS = ('=HYPERLINK("http://x","y")', "=1+1", "=cmd|' /C calc'!A0", "=SUM(A1:A3)")
RISKY_TEXT = ("@SUM(A1)", "+86 138", "-1", "=1+1", "#N/A", "=HYPERLINK(\"http://x\",\"y\")")
_files = itertools.count()


def _valid_id(seq: int) -> str:
    first17 = f"310116200{seq % 10}0506{seq % 1000:03d}"[:17]
    return first17 + check_char(first17)


cell_values = st.one_of(
    st.none(), st.sampled_from(FORMULAS), st.text(max_size=20).map(lambda t: ILLEGAL_CHARACTERS_RE.sub("", t)),
    st.integers(-10 ** 18, 10 ** 18),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(date(1900, 1, 1), date(2100, 1, 1)), st.datetimes(datetime(1900, 1, 1), datetime(2100, 1, 1)),
    st.sampled_from(("张三", "李 四", "王五😀", "１３８００００１１１１", "男", "女", "Ｍ", "\t\n", "#N/A",
                     "2025.6", "3.10116200405061E17", "长" * 40_000, "@SUM(A1)", "+86", "-")),
    st.integers(0, 999).map(_valid_id))


@st.composite
def workbooks(draw):
    fields = draw(st.lists(st.sampled_from(list(_SYNONYMS)), unique=True, min_size=1, max_size=8))
    if draw(st.integers(0, 4)):  # mostly the two required columns are there
        fields = list(dict.fromkeys(["name", "id_number", *fields]))
    fields = draw(st.permutations(fields))
    headers = [draw(st.sampled_from(_SYNONYMS[f])) for f in fields]
    rows = draw(st.lists(st.lists(cell_values, min_size=len(fields), max_size=len(fields)), max_size=6))
    title = draw(st.one_of(st.none(), st.sampled_from(("2025年春季直播班名单", "=1+1"))))
    return fields, headers, rows, title


def _write_xlsx(path, headers, rows, title) -> None:
    wb = Workbook()
    ws = wb.active
    if title is not None:
        ws.append([title])
        ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(len(headers), 2))
    ws.append(headers)
    for row in rows:
        ws.append(row)
        if not any(v is not None for v in row):
            ws.append([])  # an empty row
    wb.save(path)


def _no_formula_cells(path) -> None:
    wb = load_workbook(path)
    for ws in wb:
        for row in ws.iter_rows():
            for c in row:
                assert c.data_type != "f", f"{path.name} {c.coordinate} is a formula: {c.value!r}"


def _check_preview_and_import(db, staff, cohort_id, school_id, path, tmp_path) -> None:
    try:
        preview = roster_import.preview_roster(db, staff, path)
    except JiarenError as e:  # ImportFileError: a file it cannot read, said in Chinese
        assert HAN.search(e.zh)
        return
    for row in preview.rows:
        for p in row.problems:
            assert p.column and HAN.search(p.column) and HAN.search(p.zh), p
    # formulas are never evaluated nor stored: a row with one is rejected
    for row in [*preview.accepted, *preview.already_enrolled]:
        assert not any(str(v).startswith("=") and v in FORMULAS for v in row.raw.values()), row.raw
    errors = tmp_path / f"errors-{next(_files)}.xlsx"
    write_error_workbook(preview, errors)
    _no_formula_cells(errors)
    before = row_counts(db)
    try:
        outcome = roster_import.import_rows(db, staff, preview, school_id, cohort_id)
    except JiarenError as e:
        assert HAN.search(e.zh)
        assert row_counts(db) == before
        return
    assert row_counts(db)["student"] == before["student"] + outcome.added


@pytest.mark.slow
def test_random_workbooks_never_surprise_the_importer(demo, tmp_path):
    db, staff = demo.db, demo.staff
    with db.read() as s:
        cohort_id, school_id = s.execute(select(Cohort.id, Cohort.school_id).order_by(Cohort.id)).first()

    @settings(max_examples=40, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.function_scoped_fixture])
    @given(book=workbooks())
    def run(book):
        _fields, headers, rows, title = book
        path = tmp_path / f"roster-{next(_files)}.xlsx"
        _write_xlsx(path, headers, rows, title)
        _check_preview_and_import(db, staff, cohort_id, school_id, path, tmp_path)

    run()
    out = tmp_path / "students.xlsx"
    exporting.export_students(db, staff, out, ListQuery())
    _no_formula_cells(out)


@pytest.mark.slow
def test_random_csv_files_with_control_characters(demo, tmp_path):
    db, staff = demo.db, demo.staff
    csv_cells = st.one_of(cell_values.map(lambda v: "" if v is None else str(v)[:200]),
                          st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=6))

    @settings(max_examples=25, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
    @given(headers=st.permutations(["姓名", "身份证号", "手机", "备注"]),
           rows=st.lists(st.lists(csv_cells, min_size=4, max_size=4), max_size=5),
           encoding=st.sampled_from(["utf-8-sig", "gb18030", "utf-8"]))
    def run(headers, rows, encoding):
        path = tmp_path / f"roster-{next(_files)}.csv"
        with open(path, "w", newline="", encoding=encoding, errors="replace") as fh:
            csv.writer(fh).writerows([headers, *rows])
        _check_preview_and_import(db, staff, None, None, path, tmp_path)

    run()


def test_formula_looking_text_is_exported_as_text_exactly(db, admin, tmp_path):
    """Text starting with = + - @ (or an error code like #N/A) saved through the
    services comes back out of every export as a text cell, shown exactly as
    stored (quote prefix), never a formula."""
    school = organisations.create_school(db, admin, organisations.SchoolInput(
        name="=HYPERLINK(\"http://x\",\"y\")", short_name="+86", address="-1", note="@SUM(A1)"))
    first17 = "31011620040506001"
    enrolment.create_student(db, admin, enrolment.StudentInput(
        name="李小明", id_number=first17 + check_char(first17), school_id=school.id, major="=1+1",
        class_name="=cmd|' /C calc'!A0", note="#N/A"))
    organisations.create_client(db, admin, organisations.ClientInput(name="=1+1 公司", industry="#N/A"))
    for export in (exporting.export_students, exporting.export_schools, exporting.export_clients):
        out = tmp_path / f"{export.__name__}.xlsx"
        export(db, admin, out, ListQuery())
        _no_formula_cells(out)
        ws = load_workbook(out).active
        values = {c.value: c for row in ws.iter_rows(min_row=2) for c in row if isinstance(c.value, str)}
        risky = [v for v in values if v.startswith(("=", "+", "-", "@"))]
        assert risky, export.__name__
        for v in risky:
            assert values[v].data_type == "s" and values[v].quotePrefix, (export.__name__, v)
        if "#N/A" in values:
            assert values["#N/A"].data_type == "s"
    ws = load_workbook(tmp_path / "export_students.xlsx").active
    texts = {c.value for row in ws.iter_rows(min_row=2) for c in row}
    assert {"=1+1", "=cmd|' /C calc'!A0", '=HYPERLINK("http://x","y")'} <= texts


def test_export_drops_what_a_workbook_cannot_hold(tmp_path):
    out = tmp_path / "t.xlsx"
    exporting.write_table(out, "表", ["文本"], [["a\x00b\x1fc"], ["长" * 40_000], ["\ud800x"]])
    ws = load_workbook(out).active
    assert [r[0] for r in ws.iter_rows(min_row=2, values_only=True)] == ["abc", "长" * 32767, "x"]
