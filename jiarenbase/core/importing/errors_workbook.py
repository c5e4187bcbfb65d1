"""The error workbook (错误名单): the rejected rows, as the school typed them, with
the reasons — for the school to correct and send back.

Every value is written as a text cell (never a formula, even when it starts with
"="), the columns are text-formatted ("@") so Excel keeps long ID numbers intact
when the school retypes them, and the header row is row 1 so that `read_roster`
recognises the corrected file (the extra "原行号" and "错误原因" columns are ignored).
The first column is the row number in the original file, which the reasons name.
"""
from __future__ import annotations

import unicodedata
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from ..errors import ImportFileError, JiarenError
from ..output_files import atomic_output
from .model import RosterPreview, RosterRow

ERROR_COLUMN = "错误原因"
ROW_COLUMN = "原行号"  # the row in the school's file, which the reasons ("第8行…") refer to
SHEET_TITLE = "需更正的名单"
_EXCEL_MAX_CHARS = 32767
_RISKY_START = ("=", "+", "-", "@")
_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="FFF2CC")
_ERROR_FONT = Font(color="C00000")
_TOP = Alignment(vertical="top")
_WRAP_TOP = Alignment(vertical="top", wrap_text=True)


def _safe_text(value: object) -> str:
    s = "" if value is None else str(value)
    s = ILLEGAL_CHARACTERS_RE.sub("", s)
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Cs")  # lone surrogates
    return s[:_EXCEL_MAX_CHARS]


def _put_text(ws, row: int, col: int, value: object):
    """Write `value` as a text cell. openpyxl turns any string starting with "=" into
    a formula; resetting the data type keeps it text, and quotePrefix makes Excel
    show it as typed and keep it text when edited."""
    text = _safe_text(value)
    cell = ws.cell(row=row, column=col)
    if text == "":
        return cell
    cell.value = text
    cell.data_type = "s"
    if text.startswith(_RISKY_START):
        cell.quotePrefix = True
    return cell


def _width(text: str) -> int:
    """Display width: CJK and other wide characters count double."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _reasons(row: RosterRow) -> str:
    return "\n".join(p.cell_text("zh") for p in row.problems)


def write_error_workbook(preview: RosterPreview, out_path: str | Path) -> int:
    """Write the rejected rows of `preview` to `out_path` (.xlsx); return how many.

    The file is written to a temporary file next to `out_path` and renamed over it
    at the end, so a failure never leaves half a workbook. With no rejected rows a
    workbook with just the header is written and 0 returned.
    """
    out = Path(out_path)
    rows = preview.rejected
    fields = list(preview.columns)  # in the original column order
    headers = [ROW_COLUMN] + [preview.columns[f] for f in fields] + [ERROR_COLUMN]

    wb = Workbook()
    ws = wb.active
    ws.title = SHEET_TITLE
    widths = [_width(h) for h in headers]
    for c, h in enumerate(headers, start=1):
        cell = _put_text(ws, 1, c, h)
        cell.font = _HEADER_FONT
        cell.fill = _HEADER_FILL
        cell.alignment = _WRAP_TOP

    for r, row in enumerate(rows, start=2):
        cell = ws.cell(row=r, column=1, value=row.excel_row)  # a number: the school can sort by it
        cell.alignment = _TOP
        for c, f in enumerate(fields, start=2):
            value = row.raw.get(f, "")
            cell = _put_text(ws, r, c, value)
            cell.number_format = "@"
            cell.alignment = _TOP
            widths[c - 1] = max(widths[c - 1], _width(_safe_text(value)))
        reasons = _reasons(row)
        cell = _put_text(ws, r, len(headers), reasons)
        cell.font = _ERROR_FONT
        cell.alignment = _WRAP_TOP
        widths[-1] = max(widths[-1], max((_width(x) for x in reasons.split("\n")), default=0))

    for c, w in enumerate(widths, start=1):
        dim = ws.column_dimensions[get_column_letter(c)]
        limit = 80 if c == len(headers) else 50
        dim.width = min(max(w + 2, 10), limit)
        if 1 < c < len(headers):
            dim.number_format = "@"  # cells the school adds later are text too
    ws.freeze_panes = "A2"

    _save_atomically(wb, out)
    return len(rows)


def _save_atomically(wb: Workbook, out: Path) -> None:
    """Under a temporary name, then one rename (output_files.atomic_output): a failure
    leaves no half workbook and is ImportFileError (the command line's exit 2)."""
    directory = out.parent if str(out.parent) else Path(".")
    if not directory.is_dir():  # not created: a typo in the folder should not make a new one
        raise ImportFileError(f"无法在“{directory}”中保存文件：文件夹不存在。请先建好这个文件夹，或换一个位置。",
                              f"Cannot save a file in '{directory}': the folder does not exist. Create it first, "
                              "or choose another place.")
    try:
        with atomic_output(out) as tmp:
            wb.save(tmp)
    except JiarenError as e:
        raise ImportFileError(e.zh, e.en) from e
