"""Axis arithmetic shared by the charts (工作台 and the student file's 成长曲线): round
(1-2-5) value ticks and readable month labels. Plain Python, no Qt, so it is unit-tested
on its own."""
from __future__ import annotations

import math
from dataclasses import dataclass


def nice_step(span: float, ticks: int = 6) -> float:
    """A round tick interval (1, 2 or 5 × 10^k) giving at most about `ticks` intervals over `span`."""
    if span <= 0 or not math.isfinite(span):
        return 1.0
    raw = span / max(ticks, 1)
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * power * (1 + 1e-9):
            return float(m * power)
    return float(10 * power)  # pragma: no cover - unreachable


@dataclass(frozen=True)
class ValueAxis:
    """A value axis from 0: `top` = `intervals` × `step`, so every tick is a multiple of `step`."""

    top: float
    step: float
    intervals: int

    @property
    def ticks(self) -> list[float]:
        return [round(i * self.step, 10) for i in range(self.intervals + 1)]


def value_axis(largest: float, ticks: int = 5, headroom: float = 1.0, whole: bool = False) -> ValueAxis:
    """The axis 0 … top for values up to `largest`: a 1-2-5 step, top the first multiple of it
    at or above `largest × headroom` (room for a bar's label); `whole` keeps steps ≥ 1 (counts)."""
    wanted = max(largest, 0.0) * headroom
    step = nice_step(wanted, ticks) if wanted > 0 else 1.0
    if whole:
        step = max(step, 1.0)
    intervals = max(math.ceil(wanted / step - 1e-9), 1)
    return ValueAxis(intervals * step, step, intervals)


MONTH_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def month_labels(months: list[str], lang: str = "zh") -> list[str]:
    """Short labels for months given as "YYYY-MM": "3月" (zh) or "Mar" (en). Twelve of them fit
    under a half-width chart (a label that does not fit is elided to "26/…"); `month_span`
    names the years."""
    return [f"{int(m[5:7])}月" if lang == "zh" else MONTH_EN[int(m[5:7]) - 1] for m in months]


def month_span(months: list[str]) -> str:
    """"2025-10 – 2026-09": the months an axis covers, for its title ("" without months)."""
    if not months:
        return ""
    return months[0] if len(months) == 1 else f"{months[0]} – {months[-1]}"
