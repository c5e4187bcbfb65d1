"""How list cells show values: dates yyyy-MM-dd, times yyyy-MM-dd HH:mm, enums by
their Chinese label (code in English), bools 是/否, money with two decimals,
ratios as percentages."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any

from ...core.domain.enums import LabelledEnum


def is_number(value: Any) -> bool:
    return isinstance(value, (int, float, Decimal)) and not isinstance(value, bool)


def display(value: Any, lang: str = "zh", *, percent: bool = False, decimals: int = 1) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        if lang == "zh":
            return "是" if value else "否"
        return "Yes" if value else "No"
    if isinstance(value, LabelledEnum):
        return value.zh if lang == "zh" else value.value
    if isinstance(value, Enum):
        return str(value.value)
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    if percent and is_number(value):
        return f"{float(value) * 100:.{decimals}f}%"
    if isinstance(value, Decimal):
        return f"{value:,.2f}"
    if isinstance(value, float):
        return f"{value:,.{decimals}f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)
