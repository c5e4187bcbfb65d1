"""Field checks shared by the services' input validation."""
from __future__ import annotations

from datetime import date

from ..domain.metrics import MAX_COUNT
from ..domain.text import is_valid_mobile, keep_typed, normalise_phone, normalise_text
from ..errors import Problem

FIRST_DATE, LAST_DATE = date(1950, 1, 1), date(2100, 12, 31)


class Checker:
    """Collects problems so a form shows all of them at once."""

    def __init__(self) -> None:
        self.problems: list[Problem] = []

    def add(self, field: str, zh: str, en: str, field_en: str = "") -> None:
        self.problems.append(Problem(field, zh, en, field_en))

    def text(self, value: object, field: str, field_en: str, *, required: bool = False,
             max_len: int = 100) -> str:
        s = normalise_text(value)
        if required and not s:
            self.add(field, "不能为空，请填写。", "is required.", field_en)
        elif len(s) > max_len:
            self.add(field, f"太长（{len(s)} 个字），最多 {max_len} 个字。",
                     f"is too long ({len(s)} characters); at most {max_len}.", field_en)
        return s

    def prose(self, value: object, field: str, field_en: str, *, required: bool = False,
              max_len: int = 5000) -> str:
        """Free text (a remark, a review, a script, an opinion) kept as typed: line breaks and
        full-width punctuation stay; only control characters and lone surrogates go (keep_typed).
        Identifiers and short labels use `text` (normalised) instead."""
        s = keep_typed(value)
        if required and not s:
            self.add(field, "不能为空，请填写。", "is required.", field_en)
        elif len(s) > max_len:
            self.add(field, f"太长（{len(s)} 个字），最多 {max_len} 个字。",
                     f"is too long ({len(s)} characters); at most {max_len}.", field_en)
        return s

    def phone(self, value: object, field: str = "手机", field_en: str = "phone") -> str:
        s = normalise_phone(value)
        if s and not is_valid_mobile(s):
            self.add(field, f"“{s}”不是有效的11位手机号，请核对。",
                     f"'{s}' is not a valid 11-digit mobile number.", field_en)
        return s

    def non_negative(self, value: int | float | None, field: str, field_en: str) -> None:
        if value is not None and value < 0:
            self.add(field, "不能为负数。", "must not be negative.", field_en)
        elif value is not None and value > MAX_COUNT:
            self.add(field, f"数值过大（最多 {MAX_COUNT:,}），请核对。", f"is too large (at most {MAX_COUNT:,}).",
                     field_en)

    def plausible_date(self, value: date | None, field: str, field_en: str) -> None:
        """A date a person means: years 1950–2100 (a typo like 9999-12-31 is said, not stored)."""
        if value is not None and not FIRST_DATE <= value <= LAST_DATE:
            self.add(field, f"日期{value.isoformat()}不合理，"
                            f"请填写 {FIRST_DATE.year} 至 {LAST_DATE.year} 年之间的日期。",
                     f"{value.isoformat()} is not a plausible date ({FIRST_DATE.year}–{LAST_DATE.year}).", field_en)

    def date_order(self, start: date | None, end: date | None, field: str, field_en: str) -> None:
        if start and end and end < start:
            self.add(field, "结束日期早于开始日期，请改正。", "ends before it starts.", field_en)

    def raise_if_any(self) -> None:
        if self.problems:
            from ..errors import ValidationError

            raise ValidationError(self.problems)
