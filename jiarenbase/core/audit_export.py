"""The audit log (操作日志) as an Excel workbook: every entry the filters keep, not
only the rows on screen, each with its before/after as "field：value" lines —
masked like the page (audit_text.value_text), text never a formula
(exporting.put_value), written under a temporary name and renamed at the end
(output_files.atomic_output: a workbook open in Excel is said plainly).

The sheet is written in openpyxl's write-only mode: a log of 500,000 entries is
streamed to the file instead of being held as cells in memory.
"""
from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from .audit_text import action_label, entity_label, group_label
from .exporting import put_value, safe_text
from .output_files import atomic_output
from .services import audit
from .services.context import Actor, Database
from .services.listing import ListQuery

SHEET = "操作日志"
HEADERS = ("日志编号", "时间", "用户", "来源", "操作", "对象", "记录编号", "修改前", "修改后")
WIDTHS = (10, 20, 14, 26, 14, 16, 10, 50, 50)
TIME_FORMAT = "yyyy-mm-dd hh:mm:ss"
RISKY_START = "=+-@"  # as exporting.put_value: such text gets Excel's quote prefix
FILTER_LABELS = (("username", "用户"), ("entity", "对象"), ("action", "操作"), ("date_from", "开始日期"),
                 ("date_to", "结束日期"), ("entity_id", "记录编号"))


def side_text(changes: tuple[audit.FieldChange, ...], before: bool) -> str:
    """One side of an entry as "field：value" lines (fields without a value on that side left out)."""
    lines = []
    for c in changes:
        value = c.before if before else c.after
        if value:
            lines.append(f"{c.label}：{value}" if c.field else value)
    return "\n".join(lines)


BOLD = Font(bold=True)
WRAPPED = Alignment(wrap_text=True, vertical="top")


def _cell(ws, value: Any, *, bold: bool = False, number_format: str | None = None, wrap: bool = False):
    """What to append for one value. A plain value where nothing needs saying (the
    quick path: a 500,000-row log is mostly these); else a cell — text that could
    read as a formula goes through exporting.put_value, which keeps it text."""
    if isinstance(value, str):
        value = safe_text(value)
        plain = not (value[:1] and value[:1] in RISKY_START)
    else:
        plain = value is None or isinstance(value, int)
    if plain and not (bold or number_format or wrap):
        return value
    cell = WriteOnlyCell(ws)
    put_value(cell, value)  # text stays text: never a formula
    if bold:
        cell.font = BOLD
    if number_format:
        cell.number_format = number_format
    if wrap:
        cell.alignment = WRAPPED
    return cell


def describe_filters(query: ListQuery) -> list[tuple[str, str]]:
    """The query's filters as (label, value) lines, for the workbook's 说明 sheet."""
    out = []
    for key, label in FILTER_LABELS:
        value = query.filters.get(key)
        if value in (None, ""):
            continue
        if key == "entity":
            value = group_label(str(value))
        elif key == "action":
            value = action_label(str(value))
        out.append((label, str(value)))
    return out


def export_audit(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery(),
                 progress: Callable[[int, int], None] | None = None) -> int:
    """Write every entry matching `query`'s filters (in its order) to `out`; returns
    how many. Administrators only (as the log itself). `progress(done, total)` is
    called after each chunk; an exception from it (Cancel) leaves no file behind."""
    entries = audit.iter_entries(db, actor, query, progress)  # checks the role before anything is written
    wb = Workbook(write_only=True)
    try:
        n = _write(wb, entries)
        _write_notes(wb, actor, query, n)
        with atomic_output(out) as tmp:
            wb.save(tmp)
    except BaseException:
        _discard(wb)
        raise
    return n


def _write(wb: Workbook, entries) -> int:
    ws = wb.create_sheet(SHEET)
    ws.freeze_panes = "A2"
    for col, width in enumerate(WIDTHS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    ws.append([_cell(ws, h, bold=True) for h in HEADERS])
    n = 0
    for row, before, after in entries:
        changes = audit.changes(row.entity, before, after)
        ws.append([
            _cell(ws, row.id), _cell(ws, audit.to_local(row.at), number_format=TIME_FORMAT),
            _cell(ws, row.username), _cell(ws, row.origin), _cell(ws, action_label(row.action)),
            _cell(ws, entity_label(row.entity)), _cell(ws, row.entity_id),
            _cell(ws, side_text(changes, before=True), wrap=True),
            _cell(ws, side_text(changes, before=False), wrap=True),
        ])
        n += 1
    return n


def _write_notes(wb: Workbook, actor: Actor, query: ListQuery, n: int) -> None:
    notes = wb.create_sheet("说明")
    notes.column_dimensions["A"].width, notes.column_dimensions["B"].width = 14, 50
    lines = [("导出时间", f"{datetime.now():%Y-%m-%d %H:%M:%S}"), ("导出人", actor.username), ("条数", str(n)),
             *describe_filters(query),
             ("说明", "身份证号、手机号已打码；校验值只显示前几位。时间为本机时间。")]
    for label, value in lines:
        notes.append([_cell(notes, label, bold=True), _cell(notes, value)])


def _discard(wb: Workbook) -> None:
    """A cancelled or failed export: end the write-only sheets' row streams and remove
    the temporary files openpyxl keeps them in until a save."""
    for ws in wb.worksheets:
        with contextlib.suppress(Exception):
            if not ws.closed:
                ws.close()
        with contextlib.suppress(Exception):
            os.remove(ws._writer.out)  # openpyxl's own temporary file (no public name for it)
