"""Open a roster file and hand out its sheets as rows of raw cells.

This is the only module that knows about file formats. It never evaluates a
formula (openpyxl `data_only=False`): a formula cell arrives as kind "f" with its
text. Every failure to read the file becomes an `ImportFileError` in plain Chinese.
"""
from __future__ import annotations

import codecs
import csv
import io
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import NamedTuple

from ..errors import ImportFileError

MAX_FILE_BYTES = 100 * 1024 * 1024
EXCEL_SUFFIXES = (".xlsx", ".xlsm", ".xltx", ".xltm")
CSV_SUFFIXES = (".csv", ".txt")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class Cell(NamedTuple):
    """One cell as stored. kind: "s" text, "n" number, "b" boolean, "d" date/time,
    "f" formula, "e" error value (#N/A…), "" empty. `filled` marks a value copied
    down from the top of a vertically merged cell."""

    value: object
    kind: str
    filled: bool = False


EMPTY = Cell(None, "")
_ROW_BLOCK = 256  # rows parsed per warnings context


@dataclass
class Sheet:
    title: str
    _rows: object  # a callable returning an iterator of list[Cell]
    hidden: bool = False

    def rows(self) -> Iterator[list[Cell]]:
        """Row 1, row 2, … (missing rows come as empty lists)."""
        return self._rows()  # type: ignore[operator]


def _fail(zh: str, en: str, cause: BaseException | None = None) -> ImportFileError:
    err = ImportFileError(zh, en)
    err.__cause__ = cause
    return err


def _corrupt(path: Path, cause: BaseException | None = None) -> ImportFileError:
    return _fail(
        f"无法读取“{path.name}”：文件已损坏，或不是真正的 .xlsx 文件（可能只是改了扩展名）。"
        "请用Excel打开它，另存为 .xlsx 后再导入。",
        f"Cannot read '{path.name}': the file is damaged or is not a real .xlsx file (perhaps "
        "only renamed). Open it in Excel, save it as .xlsx and import again.",
        cause,
    )


@contextmanager
def _quiet():
    """openpyxl warns about extensions it drops (data validation, conditional
    formats…) and bad date serials; none of that matters for reading a roster.
    Held only around calls into openpyxl, never across a `yield`."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", category=UserWarning, module=r"openpyxl(\..*)?$")
        yield


def open_sheets(path: str | Path) -> list[Sheet]:
    """The sheets of an .xlsx/.xlsm/.csv file, visible ones first."""
    p = Path(path)
    if not p.exists():
        raise _fail(f"找不到文件“{p}”，请确认文件还在原处。",
                    f"File '{p}' not found; check that it is still there.")
    if not p.is_file():
        raise _fail(f"“{p}”不是文件，请选择一个Excel文件。",
                    f"'{p}' is not a file; choose an Excel file.")
    suffix = p.suffix.lower()
    try:
        size = p.stat().st_size
        if size > MAX_FILE_BYTES:
            raise _fail(f"“{p.name}”太大（超过100MB），不像是一份名单，请检查。",
                        f"'{p.name}' is larger than 100 MB; that is not a roster.")
        data = p.read_bytes()
    except OSError as e:
        raise _fail(f"无法打开“{p.name}”：{e.strerror or e}。如果文件正在Excel中打开，请先关闭。",
                    f"Cannot open '{p.name}': {e.strerror or e}. Close it in Excel first.", e) from e
    if not data.strip(b" \t\r\n\x00"):
        raise _fail(f"“{p.name}”是空文件，里面没有任何内容。",
                    f"'{p.name}' is empty.")
    if suffix == ".xls" and not data.startswith(b"PK\x03\x04"):
        raise _fail(f"“{p.name}”是旧版 .xls 格式，无法直接读取：请在Excel中另存为 .xlsx 后再导入。",
                    f"'{p.name}' is in the old .xls format: save it as .xlsx in Excel and import again.")
    if suffix in CSV_SUFFIXES:
        return [Sheet("", lambda: _csv_rows(p, data))]
    if suffix in EXCEL_SUFFIXES or suffix == ".xls":
        if data.startswith(_OLE_MAGIC):
            raise _fail(
                f"“{p.name}”设置了打开密码，或其实是旧版 .xls 文件：请在Excel中取消密码，"
                "另存为 .xlsx 后再导入。",
                f"'{p.name}' is password-protected or really an old .xls file: remove the password, "
                "save it as .xlsx in Excel and import again.")
        if not zipfile.is_zipfile(io.BytesIO(data)):
            raise _corrupt(p)
        return _xlsx_sheets(p, data)
    shown = suffix or "（无扩展名）"
    raise _fail(f"不支持“{shown}”格式的文件：请在Excel或WPS中另存为 .xlsx（或 .csv）后再导入。",
                f"'{suffix or 'no extension'}' files are not supported: save the file as .xlsx (or .csv).")


# ---------------------------------------------------------------- xlsx

def _xlsx_sheets(path: Path, data: bytes) -> list[Sheet]:
    from openpyxl import load_workbook

    try:
        with _quiet():
            # One workbook for the listing and the reading: loading reads the shared
            # strings (every text of an Excel-made roster) and the styles. It holds only
            # the bytes already read (no file handle), so it needs no closing.
            wb = load_workbook(io.BytesIO(data), read_only=True, data_only=False)
            sheets = [(ws.title, ws.sheet_state != "visible") for ws in wb.worksheets]
    except Exception as e:  # zipfile, XML, KeyError…: the file is not a workbook
        raise _corrupt(path, e) from e
    out = [Sheet(title, (lambda t=title: _xlsx_rows(path, wb, t)), hidden)
           for title, hidden in sheets]
    return sorted(out, key=lambda s: s.hidden)


def _xlsx_rows(path: Path, wb, title: str) -> Iterator[list[Cell]]:
    from .xlsx_reader import sheet_rows

    it = None
    try:
        with _quiet():
            ws = wb[title]
            merges = _MergeFiller(_vertical_merges(ws))
            # the sheet's recorded size is ignored (some writers record a wrong one)
            it = sheet_rows(ws)
        r = 0
        failure: Exception | None = None
        while failure is None:
            # A block of rows per warnings context (entering one per row costs). A read
            # error is raised after the rows before it, as when reading row by row.
            block = []
            with _quiet():
                try:
                    block.extend(islice(it, _ROW_BLOCK))
                except Exception as e:  # re-raised below, in order
                    failure = e
            if not block and failure is None:
                break
            for row in block:
                r += 1
                cells = [_cell(v, k) for v, k in row]
                merges.apply(r, cells)
                while cells and cells[-1].kind == "":
                    cells.pop()
                yield cells
        if failure is not None:
            raise failure
    except ImportFileError:
        raise
    except Exception as e:
        raise _corrupt(path, e) from e
    finally:
        if it is not None:
            it.close()


def _cell(value: object, kind: str) -> Cell:
    """A cell from openpyxl's value and data type."""
    if value is None:
        return EMPTY
    kind = kind or "n"
    if kind == "f":
        text = getattr(value, "text", None)  # ArrayFormula
        if not isinstance(value, str):
            value = text if isinstance(text, str) else "=" + type(value).__name__
        return Cell(value, "f")
    if kind in ("s", "inlineStr", "str"):
        return Cell(value, "s") if value != "" else EMPTY
    return Cell(value, kind)


def _mentions_merges(ws) -> bool:
    """Whether the sheet XML contains "mergeCell" at all: a byte scan of the
    decompressed part, in blocks (never the whole part in memory), much cheaper than
    parsing the XML again. Most rosters have no merged cells."""
    needle = b"mergeCell"
    src = ws._get_source()
    try:
        tail = b""
        while block := src.read(1 << 20):
            if needle in tail + block[:len(needle)] or needle in block:
                return True
            tail = block[-(len(needle) - 1):]
    finally:
        src.close()
    return False


def _vertical_merges(ws) -> list[tuple[int, int, int]]:
    """(top row, bottom row, 0-based column) of merged ranges taller than one row.
    Read-only worksheets do not expose merged cells, so read <mergeCell ref=…>
    from the sheet XML (it follows the cell data)."""
    from xml.etree.ElementTree import iterparse

    from openpyxl.utils.cell import range_boundaries

    out: list[tuple[int, int, int]] = []
    if not _mentions_merges(ws):
        return out
    src = ws._get_source()
    try:
        for _, el in iterparse(src):
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "mergeCell":
                try:
                    c1, r1, _c2, r2 = range_boundaries(el.get("ref", ""))
                except (ValueError, TypeError):
                    continue
                if r1 and r2 and c1 and r2 > r1:
                    out.append((r1, r2, c1 - 1))
            elif tag in ("row", "c", "v", "f", "is", "t"):
                el.clear()
    finally:
        src.close()
    return out


class _MergeFiller:
    """Copies the value at the top of a vertically merged range (a 班级 spanning
    ten students) into the empty cells below it, marked `filled`. Only the first
    column of a range is filled: horizontal merges are titles, not data."""

    def __init__(self, spans: list[tuple[int, int, int]]) -> None:
        self.pending = sorted(spans, reverse=True)  # the next range to start is last
        self.active: list[tuple[int, int, Cell]] = []  # (bottom, column, top cell)

    def apply(self, r: int, cells: list[Cell]) -> None:
        if self.active:
            self.active = [a for a in self.active if a[0] >= r]
            for _bottom, col, top in self.active:
                if top.kind and (col >= len(cells) or cells[col].kind == ""):
                    if col >= len(cells):
                        cells.extend([EMPTY] * (col + 1 - len(cells)))
                    cells[col] = Cell(top.value, top.kind, True)
        while self.pending and self.pending[-1][0] <= r:
            top_row, bottom, col = self.pending.pop()
            if top_row == r:
                self.active.append((bottom, col, cells[col] if col < len(cells) else EMPTY))


# ---------------------------------------------------------------- csv

def _decode(path: Path, data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "gb18030")
    for enc in encodings:
        try:
            return data.decode(enc)
        except UnicodeDecodeError:
            continue
    raise _fail(f"无法识别“{path.name}”的文字编码：请在Excel中打开它，另存为 .xlsx 后再导入。",
                f"Cannot tell the text encoding of '{path.name}': save it as .xlsx in Excel.")


def _csv_cell(text: str) -> Cell:
    if not text.strip():
        return EMPTY
    # Excel would evaluate "=…" when it opens the CSV: it is a formula, not a value.
    return Cell(text, "f" if text.lstrip().startswith("=") and len(text.strip()) > 1 else "s")


def _csv_rows(path: Path, data: bytes) -> Iterator[list[Cell]]:
    text = _decode(path, data).replace("\x00", "")
    sample = text[:20000]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        for row in reader:
            cells = [_csv_cell(v) for v in row]
            while cells and cells[-1].kind == "":
                cells.pop()
            yield cells
    except csv.Error as e:
        raise _fail(f"“{path.name}”的CSV格式有误（{e}）：请在Excel中另存为 .xlsx 后再导入。",
                    f"'{path.name}' is not valid CSV ({e}): save it as .xlsx in Excel.", e) from e
