"""Roster column names (表头) and header-row detection.

Partner schools type their own headers: "学生姓名", "身份证号码", "手机号（必填）",
"*证件号码"… Each field has a list of synonyms; a header cell is matched after
normalisation (full-width → half-width, case folded, spaces, "*" required markers and
bracketed notes such as "（必填）" removed). Matching is exact after that, so "家长姓名"
never counts as the student's name.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from ..domain.text import normalise_text

# Field key → (Chinese label, English label). Order = the order of a fresh roster.
FIELDS: dict[str, tuple[str, str]] = {
    "name": ("姓名", "name"),
    "id_number": ("身份证号", "ID number"),
    "sex": ("性别", "sex"),
    "phone": ("手机", "mobile"),
    "student_number": ("学号", "student number"),
    "major": ("专业", "major"),
    "class_name": ("班级", "class"),
    "hukou_district": ("户籍区", "hukou district"),
    "residence_district": ("居住区", "district of residence"),
    "left_school_on": ("离校日期", "date of leaving school"),
    "remark": ("备注", "remark"),
}

REQUIRED_FIELDS = ("name", "id_number")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "学生姓名", "名字", "学员姓名", "name", "student name"),
    "id_number": ("身份证号", "身份证号码", "证件号码", "身份证", "公民身份号码", "证件号",
                  "身份证件号码", "id number", "id no", "id card"),
    "sex": ("性别", "sex", "gender"),
    "phone": ("手机", "手机号", "手机号码", "联系电话", "电话", "联系方式", "电话号码",
              "mobile", "phone", "mobile phone"),
    "student_number": ("学号", "学籍号", "student number", "student no", "student id"),
    "major": ("专业", "所学专业", "专业名称", "major"),
    "class_name": ("班级", "所在班级", "班级名称", "行政班", "class"),
    "hukou_district": ("户籍区", "户籍所在区", "户籍地", "户籍", "户籍所在地", "户口所在地",
                       "hukou"),
    "residence_district": ("居住区", "在沪居住区", "居住地", "现居住区", "现居住地",
                           "居住地址", "现住址", "residence"),
    "left_school_on": ("离校日期", "毕业时间", "毕业日期", "离校时间", "预计毕业时间",
                       "graduation date", "left school on"),
    "remark": ("备注", "备注信息", "remark", "remarks", "note", "notes"),
}

HEADER_SCAN_ROWS = 30

# Bracketed notes: （必填） (必填) 【必填】 [必填] <必填> 〔必填〕
_BRACKETS = re.compile(r"\([^()]*\)|【[^【】]*】|\[[^\[\]]*\]|<[^<>]*>|〔[^〔〕]*〕|〈[^〈〉]*〉")
_DROP = re.compile(r"[\s*＊※:：_\-·.]+")


def header_key(text: object) -> str:
    """The comparable form of a header cell: "* 姓名（必填）" → "姓名"."""
    s = normalise_text(text).casefold()
    s = _BRACKETS.sub("", s)
    return _DROP.sub("", s)


# comparable header → (field key, rank); a lower rank is a more specific name.
_LOOKUP: dict[str, tuple[str, int]] = {
    header_key(syn): (key, rank) for key, syns in _SYNONYMS.items() for rank, syn in enumerate(syns)
}


def _lookup(text: object) -> tuple[str, int] | None:
    k = header_key(text)
    return _LOOKUP.get(k) if k else None


def match_header(text: object) -> str | None:
    """The field key a header cell names, or None."""
    hit = _lookup(text)
    return hit[0] if hit else None


def label(field_key: str, lang: str = "zh") -> str:
    zh, en = FIELDS[field_key]
    return en if lang == "en" else zh


def label_en(zh_label: str) -> str:
    """English label for a Chinese field label; unknown labels come back unchanged."""
    for zh, en in FIELDS.values():
        if zh == zh_label:
            return en
    return zh_label


@dataclass(frozen=True)
class HeaderMatch:
    """Where the header is and what each column means."""

    row: int  # 1-based row number in the sheet
    columns: dict[str, int]  # field key → 0-based column index, in column order
    texts: dict[int, str]  # 0-based column index → header text as typed (cleaned)
    ignored: tuple[str, ...] = field(default=())  # non-empty headers not used

    @property
    def score(self) -> int:
        return len(self.columns)

    @property
    def complete(self) -> bool:
        return all(f in self.columns for f in REQUIRED_FIELDS)

    def header_text(self, field_key: str) -> str:
        return self.texts[self.columns[field_key]]


def match_row(cells: Sequence[object], row: int) -> HeaderMatch:
    """Interpret one row as a header row. When two columns name the same field
    ("手机" and "联系电话"), the more specific name wins, then the leftmost."""
    chosen: dict[str, tuple[int, int]] = {}  # field → (rank, column)
    texts: dict[int, str] = {}
    for i, cell in enumerate(cells):
        text = normalise_text(cell) if isinstance(cell, str) else ""
        if not text:
            continue
        texts[i] = text
        hit = _lookup(text)
        if hit is not None:
            key, rank = hit
            if key not in chosen or rank < chosen[key][0]:
                chosen[key] = (rank, i)
    used = {col for _, col in chosen.values()}
    columns = {k: col for k, (_, col) in sorted(chosen.items(), key=lambda kv: kv[1][1])}
    ignored = tuple(t for i, t in texts.items() if i not in used)
    return HeaderMatch(row=row, columns=columns, texts=texts, ignored=ignored)


def names_required_fields(cells: Sequence[object]) -> bool:
    """`match_row(cells, n).complete`, without building the match: some cell names
    姓名 and some cell names 身份证号. Run on every data row (a header repeated for a
    second class block), so it stops as soon as it knows."""
    found: set[str] = set()
    for cell in cells:
        # ASCII digits (ID numbers, phones, 学号 typed as text) are their own header
        # key, and no header is a number: skip them without normalising.
        if isinstance(cell, str) and not (cell.isdigit() and cell.isascii()):
            key = _required_field(cell) if type(cell) is str else _required_field.__wrapped__(cell)
            if key is not None:
                found.add(key)
                if len(found) == len(REQUIRED_FIELDS):
                    return True
    return False


@lru_cache(maxsize=4096)
def _required_field(text: str) -> str | None:
    """The required field a cell names (name, id_number), or None; cached, as
    专业, 班级 and 性别 repeat on every row."""
    hit = _lookup(normalise_text(text))
    return hit[0] if hit is not None and hit[0] in REQUIRED_FIELDS else None


def find_header(rows: Iterable[Sequence[object]], *,
                max_rows: int = HEADER_SCAN_ROWS) -> HeaderMatch | None:
    """The header among the first `max_rows` rows: the row naming the most fields,
    among rows naming at least 姓名 and 身份证号 (the earliest on a tie).
    Title rows, notes and merged titles above it simply score lower."""
    best: HeaderMatch | None = None
    for n, cells in enumerate(rows, start=1):
        if n > max_rows:
            break
        m = match_row(cells, n)
        if m.complete and (best is None or m.score > best.score):
            best = m
    return best
