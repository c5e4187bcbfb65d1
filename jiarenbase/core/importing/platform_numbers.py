"""Numbers as live-commerce back ends show them: "1,234", "1.2万", "¥3,600.00",
"1分23秒", "2小时3分钟", "--". Used by the session form (a mentor copies a figure
from the platform) and the platform CSV import.

Every parser returns the value or raises `NumberError` carrying a Chinese and an
English reason (without the field name: the caller knows the field).
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import fields
from datetime import datetime
from decimal import Decimal, InvalidOperation

from ..domain.metrics import LABELS, MONEY_FIELDS, SessionCounts, validate_counts, validate_rubric_scores
from ..errors import Problem

# What a platform shows for "nothing": counted as 0.
BLANKS = frozenset({"", "-", "--", "—", "——", "－", "/", "无", "暂无", "n/a", "na", "null", "none"})
UNITS = {"万": Decimal(10_000), "w": Decimal(10_000), "亿": Decimal(100_000_000), "k": Decimal(1_000),
         "千": Decimal(1_000)}
CURRENCY = ("¥", "￥", "rmb", "cny", "元")
COUNT_SUFFIXES = ("人次", "人", "次", "个", "单", "笔", "件", "条")
_NUMBER = re.compile(r"^([+-]?)(\d+(?:\.\d+)?|\.\d+)(万|w|亿|k|千)?$")
_CLOCK = re.compile(r"^(?:(\d+):)?(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
_PARTS = re.compile(r"(\d+(?:\.\d+)?)\s*(小时|时|h|分钟|分|min|m|秒钟|秒|s)")


class NumberError(ValueError):
    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh, self.en = zh, en


def _clean(text: object) -> str:
    s = unicodedata.normalize("NFKC", "" if text is None else str(text))
    return re.sub(r"[\s,，'’_]", "", s).lower()


def _decimal(text: object, *, money: bool) -> Decimal:
    raw = "" if text is None else str(text).strip()
    s = _clean(text)
    if s in BLANKS:
        return Decimal(0)
    if s.endswith("%"):
        raise NumberError(f"“{raw}”是百分比，这里要填{'金额' if money else '数量'}：请确认选对了列或填写原始数。",
                          f"'{raw}' is a percentage; this needs {'an amount' if money else 'a count'}.")
    if money:
        for mark in CURRENCY:
            s = s.replace(mark, "")
    else:
        for suffix in COUNT_SUFFIXES:
            if s.endswith(suffix):
                s = s[: -len(suffix)]
                break
    m = _NUMBER.match(s)
    if not m:
        what = "金额（如 3600 或 ¥3,600.00）" if money else "数字（如 1234、1.2万）"
        raise NumberError(f"“{raw}”不是{what}，请改正。",
                          f"'{raw}' is not {'an amount' if money else 'a number'} (e.g. 1234, 1.2万).")
    sign, digits, unit = m.groups()
    try:
        value = Decimal(digits) * (UNITS[unit] if unit else 1)
    except InvalidOperation as exc:  # pragma: no cover - the pattern only lets digits through
        raise NumberError(f"“{raw}”不是数字。", f"'{raw}' is not a number.") from exc
    return -value if sign == "-" else value


def parse_count(text: object) -> int:
    """A whole count: "1,234" → 1234, "1.2万" → 12000, "--" → 0, "86人" → 86.
    A negative number is returned as such (the domain check refuses it with its reason)."""
    if isinstance(text, bool):
        raise NumberError("请填写整数。", "enter a whole number.")
    if isinstance(text, int):
        return text
    value = _decimal(text, money=False)
    if value != value.to_integral_value():
        raw = str(text).strip()
        raise NumberError(f"“{raw}”不是整数，人数和次数只能是整数。", f"'{raw}' is not a whole number.")
    return int(value)


def parse_money(text: object) -> Decimal:
    """An amount in yuan, 2 decimals: "¥3,600.5" → Decimal("3600.50"), "1.2万" → 12000.00."""
    if isinstance(text, bool):
        raise NumberError("请填写金额（元）。", "enter an amount in yuan.")
    if isinstance(text, (int, Decimal)):
        value = Decimal(text)
    elif isinstance(text, float):
        value = Decimal(str(text))
    else:
        value = _decimal(text, money=True)
    if not value.is_finite():
        raise NumberError("请填写金额（元）。", "enter an amount in yuan.")
    return value.quantize(Decimal("0.01"))


def parse_seconds(text: object, *, bare_unit: int = 1) -> int:
    """A duration in whole seconds: "83" (× bare_unit), "1分23秒", "01:23", "1:02:03",
    "2小时3分钟", "1.5分钟". `bare_unit` is 60 where a bare number means minutes."""
    raw = "" if text is None else str(text).strip()
    s = _clean(text)
    if s in BLANKS:
        return 0
    try:
        if re.fullmatch(r"\d+(?:\.\d+)?", s):
            return round(float(s) * bare_unit)
        clock = _CLOCK.match(s)
        if clock:
            h, m, sec = clock.groups()
            return int(h or 0) * 3600 + int(m) * 60 + round(float(sec))
        parts = _PARTS.findall(s)
        if parts and _PARTS.sub("", s) == "":
            scale = {"小时": 3600, "时": 3600, "h": 3600, "分钟": 60, "分": 60, "min": 60, "m": 60}
            return round(sum(float(n) * scale.get(unit, 1) for n, unit in parts))
    except ValueError:
        pass
    raise NumberError(f"“{raw}”不是时长（如 83、1分23秒 或 00:01:23），请改正。",
                      f"'{raw}' is not a duration (e.g. 83, 1分23秒 or 00:01:23).")


def parse_percent(text: object) -> float:
    """A rate as a fraction: "5.2%" → 0.052, "0.052" → 0.052."""
    raw = "" if text is None else str(text).strip()
    s = _clean(text)
    if s in BLANKS:
        return 0.0
    try:
        if s.endswith("%"):
            return float(s[:-1]) / 100
        return float(s)
    except ValueError:
        raise NumberError(f"“{raw}”不是百分比。", f"'{raw}' is not a percentage.") from None


# ---------------------------------------------------------------- whole forms

def counts_from_text(texts: Mapping[str, object], start: datetime | None = None,
                     end: datetime | None = None) -> tuple[SessionCounts, list[Problem]]:
    """Typed or imported texts (field name → text, e.g. {"viewers": "1.2万"}) → the
    counts and every problem: unreadable numbers (with their reason) and the domain's
    checks (成交人数 > 观看人数, negatives, end before start…). A field that cannot be
    read counts as 0 in the returned counts and is left out of the cross-checks."""
    values: dict[str, object] = {}
    problems: list[Problem] = []
    for f in fields(SessionCounts):
        text = texts.get(f.name, "")
        try:
            if f.name in MONEY_FIELDS:
                values[f.name] = parse_money(text)
            elif f.name == "avg_watch_seconds":
                values[f.name] = parse_seconds(text)
            else:
                values[f.name] = parse_count(text)
        except NumberError as exc:
            label_zh, label_en = LABELS[f.name]
            problems.append(Problem(label_zh, exc.zh, exc.en, label_en))
            values[f.name] = None  # validate_counts leaves it out of the cross-checks
    unread = {p.field for p in problems}
    checked = validate_counts(SessionCounts(**values), start, end)  # type: ignore[arg-type]
    problems.extend(p for p in checked if p.field not in unread)
    counts = SessionCounts(**{k: (v if v is not None else SessionCounts.__dataclass_fields__[k].default)
                              for k, v in values.items()})
    return counts, problems


def scores_from_text(texts: Mapping[str, str], scale_max: int) -> tuple[dict[str, float], list[Problem]]:
    """Rubric scores typed per criterion name ("" = not scored) → the scores and the
    problems (not a number; outside 0–100 / 1–5)."""
    scores: dict[str, float] = {}
    problems: list[Problem] = []
    for name, text in texts.items():
        s = unicodedata.normalize("NFKC", text or "").strip()
        if not s:
            continue
        try:
            value = float(s)
            scores[name] = int(value) if value.is_integer() else value
        except ValueError:
            low = 0 if scale_max == 100 else 1
            problems.append(Problem(name, f"“{s}”不是分数，请填写{low}–{scale_max}之间的数字。",
                                    f"'{s}' is not a score; enter {low} to {scale_max}."))
    problems.extend(validate_rubric_scores(scores, scale_max))
    return scores, problems
