"""A bar chart of the dashboard (widgets/dashboard_bar_chart.py): one bar a key with
its label, five round ticks with room above the tallest bar, percentages 0–100 %,
horizontal bars listed top-down, a click on a bar names its key; empty data and
reloads draw without error."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, Qt

from jiarenbase.core.domain.enums import Stage
from jiarenbase.gui.widgets.dashboard_bar_chart import DashboardBarChart
from screen_checks import has_ink

pytestmark = pytest.mark.gui

FUNNEL = [(Stage.COGNITIVE, "认知", 40), (Stage.PROJECT, "项目", 27), (Stage.LIVE, "实战", 13),
          (Stage.COMPLETED, "结业", 7)]


def chart(qtbot, **kw) -> DashboardBarChart:
    c = DashboardBarChart("阶段漏斗", **kw)
    qtbot.addWidget(c)
    c.resize(480, 300)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_bars_show_the_figures_by_key_with_their_labels(qtbot, out_dir):
    c = chart(qtbot)
    c.set_bars(FUNNEL)
    assert c.values() == {Stage.COGNITIVE: 40, Stage.PROJECT: 27, Stage.LIVE: 13, Stage.COMPLETED: 7}
    assert c.categories.categories() == ["认知", "项目", "实战", "结业"]
    assert c.chart().title() == "阶段漏斗"
    assert has_ink(c)
    c.grab().save(f"{out_dir}/dashboard_bar_chart.png")


@pytest.mark.parametrize("tallest", [0, 1, 7, 40, 100, 1234])
def test_the_value_axis_starts_at_0_with_room_above_the_tallest_bar_in_whole_steps(qtbot, tallest):
    c = chart(qtbot)
    c.set_bars([("a", "甲", tallest), ("b", "乙", tallest / 2)])
    axis = c.values_axis
    assert axis.min() == 0 and axis.max() >= tallest * 1.1 and axis.max() > 0  # the bar's label fits above it
    assert axis.tickType() == axis.TickType.TicksDynamic and axis.tickAnchor() == 0
    step = axis.tickInterval()
    assert step == int(step) and axis.max() % step == 0  # counts of students: whole ticks, the top one a tick


def is_round(step: float) -> bool:
    """1, 2 or 5 × 10^k (what nice_step gives the other dashboard charts)."""
    while step >= 10:
        step /= 10
    return step in (1, 2, 5)


@pytest.mark.parametrize("tallest", [7, 40, 100])
def test_the_value_axis_ticks_are_round_numbers(qtbot, tallest):
    # Found while writing this test: the axis always has 5 ticks over 0..4×ceil(1.1×max/4),
    # so 40 students give ticks 0, 11, 22, 33, 44 and 100 give 0, 28, 56, 84, 112.
    c = chart(qtbot)
    c.set_bars([("a", "甲", tallest)])
    axis = c.values_axis
    if axis.tickType() == axis.TickType.TicksDynamic:
        step = axis.tickInterval()
    else:
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert is_round(step), f"ticks every {step:g} up to {axis.max():g}"


def test_percent_bars_take_fractions_and_show_0_to_100(qtbot):
    c = chart(qtbot, percent=True)
    c.set_bars([("a", "一号直播间", 0.425), ("b", "二号直播间", 0.07)])
    assert [c.bars.at(i) for i in range(2)] == [42.5, 7.0]
    assert c.values() == pytest.approx({"a": 0.425, "b": 0.07})
    assert (c.values_axis.min(), c.values_axis.max(), c.values_axis.tickInterval()) == (0, 100, 20)  # 1-2-5
    assert c.values_axis.labelFormat() == "%.0f%%" and c.series.labelsFormat() == "@value%"


def test_horizontal_bars_list_top_down_in_the_order_given(qtbot):
    c = chart(qtbot, horizontal=True)
    c.set_bars([("hired", "已就业", 9), ("study", "升学", 3), ("none", "待业", 1)])
    assert c.categories.categories() == ["待业", "升学", "已就业"]  # Qt draws category 0 at the bottom
    assert c.keys == ["none", "study", "hired"]
    with qtbot.waitSignal(c.bar_clicked) as sig:
        c.activate(2)  # the top bar
    assert sig.args == ["hired"]


def test_clicking_a_bar_names_its_key(qtbot):
    c = chart(qtbot)
    c.set_bars(FUNNEL)
    qtbot.wait(1)  # let the chart lay the bars out
    inside = c.chart().mapToPosition(QPointF(1, 10), c.series)  # the 项目 bar, halfway up
    with qtbot.waitSignal(c.bar_clicked) as sig:
        qtbot.mouseClick(c.viewport(), Qt.MouseButton.LeftButton, pos=c.mapFromScene(inside))
    assert sig.args == [Stage.PROJECT]


def test_no_signal_for_an_index_without_a_bar(qtbot):
    c = chart(qtbot)
    c.set_bars(FUNNEL[:2])
    clicked = []
    c.bar_clicked.connect(clicked.append)
    c.activate(-1)
    c.activate(2)
    assert clicked == []


def test_empty_figures_and_reloads_draw_without_error(qtbot):
    c = chart(qtbot)
    c.set_bars([])
    assert c.values() == {} and c.categories.categories() == []
    c.grab()
    c.set_bars(FUNNEL)
    c.set_bars(FUNNEL[:1])  # a reload with fewer bars replaces them
    assert c.values() == {Stage.COGNITIVE: 40} and c.categories.count() == 1
    assert has_ink(c)
