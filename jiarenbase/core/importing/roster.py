"""Read a partner school's roster (花名册) into a preview, checking every row.

    preview = read_roster(path, existing={"3101162004…": "2025春季直播班 张三"})
    preview.accepted        # rows to enrol
    preview.rejected        # rows with errors → write_error_workbook(preview, out)

Pure: no database, no Qt. Formulas are never evaluated.
"""
from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from itertools import islice
from pathlib import Path
from types import MappingProxyType

from ..errors import ImportFileError
from .headers import HEADER_SCAN_ROWS, HeaderMatch, find_header
from .model import RosterPreview, RosterRow, RowProblem, StudentDraft
from .rows import RowChecker, is_footer
from .sources import Cell, Sheet, open_sheets

__all__ = ["read_roster", "RosterPreview", "RosterRow", "RowProblem", "StudentDraft",
           "ImportFileError", "MAX_ROWS"]

MAX_ROWS = 20_000  # data rows; a roster is a few hundred at most
MAX_BLANK_RUN = 1_000  # this many blank rows in a row end the list
_NO_ENTRIES: Mapping[str, str] = MappingProxyType({})


def _header_values(row: list[Cell]) -> list[object]:
    return [c.value if c.kind == "s" else None for c in row]


def title_of(rows: list[list[Cell]]) -> str:
    """The text above the header (title, notes), one line per row, as typed."""
    lines = (" ".join(str(c.value).strip() for c in row
                     if c.kind == "s" and not c.filled and str(c.value).strip()) for row in rows)
    return "\n".join(line for line in lines if line)


def read_roster(path: str | Path, *, existing: Mapping[str, str] = _NO_ENTRIES,
                today: date | None = None,
                progress: Callable[[int], None] | None = None,
                enrolled: Callable[[list[str]], Mapping[str, str]] | None = None) -> RosterPreview:
    """Read and check a roster (.xlsx/.xlsm/.csv).

    existing: ID numbers already enrolled → a description ("2025春季直播班 张三");
    such rows are marked `already_enrolled` with a notice, not an error.
    enrolled: the same, asked once after reading for just the file's valid ID
    numbers (18-character form) instead of handed every enrolled person up front:
    called with those numbers, it returns the enrolled ones → description.
    today: the date ID birth dates are checked against (tests pin it).
    progress: called now and then with the number of data rows read so far.

    Raises ImportFileError when the file cannot be read at all.
    """
    p = Path(path)
    with _collector_paused():
        return _read_roster(p, existing, today, progress, enrolled)


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector held off while a roster is read. Reading
    makes ~100,000 small containers (cells, rows, drafts) that all stay alive, and
    the collector's repeated passes over them and over the rest of the app took a
    fifth of a 5,000-row preview. Reading makes no garbage that needs it; it is
    switched back on afterwards (when it was on: another thread's reading may hold
    it off too, and the last one to finish switches it back on)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def _read_roster(p: Path, existing: Mapping[str, str], today: date | None,
                 progress: Callable[[int], None] | None,
                 enrolled: Callable[[list[str]], Mapping[str, str]] | None) -> RosterPreview:
    sheets = open_sheets(p)
    saw_content = False
    for sheet in sheets:
        rows = sheet.rows()
        try:
            head = list(islice(rows, HEADER_SCAN_ROWS))
            saw_content = saw_content or any(any(c.kind for c in r) for r in head)
            header = find_header([_header_values(r) for r in head])
            if header is None:
                if not saw_content:
                    saw_content = any(any(c.kind for c in r) for r in islice(rows, 500))
                continue
            others = tuple(s.title for s in sheets if s is not sheet and s.title)
            preview, checker = _read_sheet(p, sheet, header, head, rows, existing, today, progress, others)
            if enrolled is not None and checker.numbers:
                found = enrolled(sorted(set(checker.numbers.values())))
                if found:
                    preview = replace(preview, rows=tuple(checker.mark_enrolled(r, found) for r in preview.rows))
            return preview
        finally:
            rows.close()  # type: ignore[attr-defined]
    if not saw_content:
        raise ImportFileError(f"“{p.name}”里没有任何数据，请检查是否选错了文件。",
                              f"'{p.name}' contains no data; check that it is the right file.")
    raise ImportFileError(
        "找不到表头：需要至少包含“姓名”和“身份证号”两列（表头须在前30行内）。",
        "No header found: the sheet needs at least the columns 姓名 (name) and 身份证号 "
        "(ID number), within the first 30 rows.",
    )


def roster_title(path: str | Path) -> str:
    """The text above the header of the sheet `read_roster` would read ("" when there is
    none), without checking any row: the wizard's school suggestion. ImportFileError
    when the file cannot be read."""
    for sheet in open_sheets(Path(path)):
        rows = sheet.rows()
        try:
            head = list(islice(rows, HEADER_SCAN_ROWS))
        finally:
            rows.close()  # type: ignore[attr-defined]
        header = find_header([_header_values(r) for r in head])
        if header is not None:
            return title_of(head[:header.row - 1])
    return ""


def _read_sheet(path: Path, sheet: Sheet, header: HeaderMatch, head: list[list[Cell]],
                rest: Iterator[list[Cell]], existing: Mapping[str, str], today: date | None,
                progress: Callable[[int], None] | None,
                other_sheets: tuple[str, ...]) -> tuple[RosterPreview, RowChecker]:
    checker = RowChecker(header, existing, today)
    out: list[RosterRow] = []
    footer_row: int | None = None
    blank_run = 0
    data = head[header.row:]  # rows after the header among those already read

    def all_rows() -> Iterator[list[Cell]]:
        yield from data
        yield from rest

    for excel_row, cells in enumerate(all_rows(), start=header.row + 1):
        if is_footer(cells):
            footer_row = excel_row
            break
        if checker.is_blank(cells):
            blank_run += 1
            if blank_run >= MAX_BLANK_RUN:
                break
            continue
        blank_run = 0
        if checker.is_repeated_header(cells):  # a header repeated for a second class block
            continue
        out.append(checker.check(excel_row, cells))
        if len(out) > MAX_ROWS:
            raise ImportFileError(
                f"数据超过{MAX_ROWS}行，不像是一份名单：请拆分成几个文件后再导入。",
                f"More than {MAX_ROWS} rows; split the roster into several files.")
        if progress is not None and len(out) % 100 == 0:
            progress(len(out))
    if progress is not None:
        progress(len(out))
    out = checker.settle_repeats(out)
    columns = {f: header.texts[i] for f, i in header.columns.items()}
    return RosterPreview(
        path=str(path), sheet=sheet.title, header_row=header.row, columns=columns,
        rows=tuple(out), ignored_columns=header.ignored, footer_row=footer_row,
        ignored_sheets=other_sheets, title=title_of(head[:header.row - 1]),
    ), checker
