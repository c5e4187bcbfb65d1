"""Axis arithmetic of the charts (widgets/chart_axes.py, Qt-free): 1-2-5 ticks from 0 with
the top on a tick — 0/50/100/150, never 31/62/93/124 — and month labels that read "3月"."""
from __future__ import annotations

import pytest

from jiarenbase.gui.widgets.chart_axes import month_labels, month_span, nice_step, value_axis


def is_1_2_5(step: float) -> bool:
    while step >= 10:
        step /= 10
    while step < 1:
        step *= 10
    return round(step, 6) in (1, 2, 5)


@pytest.mark.parametrize(("span", "ticks", "step"), [(0, 5, 1), (-1, 5, 1), (124, 4, 50), (324, 4, 100),
                                                     (10, 5, 2), (0.37, 5, 0.1), (1e6, 5, 200_000)])
def test_nice_step(span, ticks, step):
    assert nice_step(span, ticks) == pytest.approx(step)


@pytest.mark.parametrize("largest", [0, 0.3, 1, 3, 7, 31, 124, 162, 243, 324, 999, 12_345])
def test_value_axis_is_round_from_0_with_the_top_on_a_tick(largest):
    axis = value_axis(largest, 4, headroom=1.1, whole=True)
    assert axis.top >= largest * 1.1 and axis.top > 0
    assert is_1_2_5(axis.step) and axis.step >= 1
    assert axis.ticks[0] == 0 and axis.ticks[-1] == axis.top and len(axis.ticks) == axis.intervals + 1
    assert 1 <= axis.intervals <= 5  # about the ticks asked for, never crowded


def test_the_issue_s_axes():
    assert value_axis(124, 4).ticks == [0, 50, 100, 150]  # was 31/62/93/124
    assert value_axis(324, 4).ticks == [0, 100, 200, 300, 400]  # was 81/162/243/324
    assert value_axis(5.125, 5).ticks == [0, 2, 4, 6]  # percentages keep fractions


def test_month_labels_and_span():
    months = ["2025-10", "2025-11", "2025-12", "2026-01", "2026-02", "2026-03"]
    assert month_labels(months) == ["10月", "11月", "12月", "1月", "2月", "3月"]
    assert month_labels(months, "en") == ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar"]
    assert month_span(months) == "2025-10 – 2026-03"
    assert month_span(["2026-03"]) == "2026-03" and month_span([]) == ""
