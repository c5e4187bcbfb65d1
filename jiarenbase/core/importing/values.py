"""Turning one raw cell into text, a sex, or a date — the fiddly bits of hand-made
Excel rosters (numbers for IDs, "2025.6" for a graduation date, "Ｍ" for male)."""
from __future__ import annotations

import calendar
import math
import re
import unicodedata
from datetime import date, datetime, time, timedelta

from ..domain.enums import Sex
from ..domain.text import normalise_text
from .sources import Cell

# "1.10105E+17", "3.10116200405061E17": what Excel shows for a long number.
SCIENTIFIC = re.compile(r"^[+-]?[0-9]+(?:\.[0-9]+)?[eE][+-]?[0-9]+$")
# Characters never wanted in a cell: format characters (bidi overrides, zero-width)
# and lone surrogates. normalise_text already drops controls. Private-use and
# unassigned code points stay: rare name characters (生僻字) are often stored there.
_STRIP_CATEGORIES = frozenset({"Cf", "Cs"})


def display(cell: Cell) -> str:
    """The cell as a person sees it in Excel (roughly), for messages and write-back."""
    v = cell.value
    if type(v) is str:  # most cells, first
        return v
    if v is None:
        return ""
    if isinstance(v, bool):
        return "TRUE" if v else "FALSE"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, float):
        if not math.isfinite(v):
            return str(v)
        if v.is_integer() and abs(v) < 1e15:
            return str(int(v))
        return format(v, ".15G")
    if isinstance(v, datetime):
        if v.time() == time(0, 0):
            return v.date().isoformat()
        return v.isoformat(sep=" ", timespec="seconds")
    if isinstance(v, (date, time)):
        return v.isoformat()
    return str(v)


def clean(text: object) -> str:
    """Full-width → half-width, invisible and control characters removed, spaces folded."""
    s = "" if text is None else str(text)
    # A printable string holds no Cf or Cs character (the common case, checked in C).
    if not s.isprintable() and any(unicodedata.category(ch) in _STRIP_CATEGORIES for ch in s):
        s = "".join(ch for ch in s if unicodedata.category(ch) not in _STRIP_CATEGORIES)
    return normalise_text(s)


def is_number(cell: Cell) -> bool:
    return cell.kind == "n" and isinstance(cell.value, (int, float)) and not isinstance(cell.value, bool)


def looks_scientific(text: str) -> bool:
    return bool(SCIENTIFIC.match(text.replace(" ", "")))


_MALE = frozenset({"男", "男性", "男生", "m", "male"})
_FEMALE = frozenset({"女", "女性", "女生", "f", "female"})


def parse_sex(text: str) -> Sex:
    """男/女/M/F/male/female (any case, full-width allowed). ValueError otherwise."""
    t = clean(text).replace(" ", "").casefold()
    if t in _MALE:
        return Sex.MALE
    if t in _FEMALE:
        return Sex.FEMALE
    raise ValueError(text)


class AmbiguousDate(ValueError):
    """A number like 2025.1 that may have been 2025.10 before Excel dropped the 0."""


_SEP = r"\s*[-/.年]\s*"
_TIME = r"(?:\s*[0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:\.[0-9]+)?)?)?"
_FULL = re.compile(rf"^([0-9]{{4}}){_SEP}([0-9]{{1,2}})\s*[-/.月]\s*([0-9]{{1,2}})\s*日?{_TIME}$")
_COMPACT = re.compile(r"^([0-9]{4})([0-9]{2})([0-9]{2})$")
_MONTH = re.compile(rf"^([0-9]{{4}}){_SEP}([0-9]{{1,2}})\s*(?:月份?)?$")
_COMPACT_MONTH = re.compile(r"^([0-9]{4})([0-9]{2})$")
_EXCEL_EPOCH = date(1899, 12, 30)


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def parse_date(cell: Cell) -> tuple[date, bool]:
    """(date, month_only) from an Excel date, a serial number, or text such as
    2025-06-30, 2025/6/30, 2025.6, 2025年6月30日, 20250630. A month alone means
    the last day of that month. ValueError when it is not a date."""
    v = cell.value
    if isinstance(v, datetime):
        return v.date(), False
    if isinstance(v, date):
        return v, False
    if is_number(cell):
        if not math.isfinite(float(v)):  # type: ignore[arg-type]
            raise ValueError(v)
        if float(v).is_integer():  # type: ignore[arg-type]
            n = int(v)  # type: ignore[arg-type]
            if 20000 <= n <= 80000:  # an Excel serial date left in General format
                return _EXCEL_EPOCH + timedelta(days=n), False
            text = str(n)
        else:
            text = display(cell)
            if re.fullmatch(r"[0-9]{4}\.1", text):
                raise AmbiguousDate(text)
    else:
        text = clean(v)
    if (m := _FULL.match(text)) or (m := _COMPACT.match(text)):
        return date(int(m[1]), int(m[2]), int(m[3])), False
    if (m := _MONTH.match(text)) or (m := _COMPACT_MONTH.match(text)):
        year, month = int(m[1]), int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(text)
        return _month_end(year, month), True
    raise ValueError(text)
