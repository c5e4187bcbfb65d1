"""The conversion-rate trend of the dashboard (widgets/dashboard_trend_chart.py): one
point a month with live sessions, months without them left as gaps, a round
y axis above the best month, the months as "3月" with the span ("2025-03 – 2025-06") as the
axis title (not "25/03", which an axis elides to "26/…"), a tooltip per month, a click
opens the live sessions; no months draws an empty chart without error."""
from __future__ import annotations

import pytest
from PySide6.QtCharts import QLineSeries
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from jiarenbase.core.services.summary import MonthConversion
from jiarenbase.gui.widgets.dashboard_trend_chart import DashboardTrendChart
from jiarenbase.gui.widgets.growth_chart import nice_step
from screen_checks import has_ink

pytestmark = pytest.mark.gui

MONTHS = (MonthConversion("2025-03", 4, 2000, 50, 0.025), MonthConversion("2025-04", 0, 0, 0, None),
          MonthConversion("2025-05", 6, 3000, 123, 0.041), MonthConversion("2025-06", 5, 2500, 80, 0.032))


@pytest.fixture
def chart(qtbot):
    c = DashboardTrendChart("转化率走势")
    qtbot.addWidget(c)
    c.resize(520, 300)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_each_month_with_live_sessions_is_a_point_and_the_others_gaps(chart, out_dir):
    chart.set_months(MONTHS)
    assert chart.rates() == pytest.approx({"2025-03": 0.025, "2025-05": 0.041, "2025-06": 0.032})
    assert chart.dots.count() == 3
    assert [p.x() for p in chart.dots.points()] == [0, 2, 3]  # April keeps its place on the axis
    lines = [s for s in chart.chart().series() if type(s) is QLineSeries]
    assert sorted(p.x() for s in lines for p in s.points()) == [0, 2, 3]
    assert chart.x_axis.categoriesLabels() == ["3月", "4月", "5月", "6月"]
    assert chart.x_axis.titleText() == "2025-03 – 2025-06"
    QApplication.processEvents()  # the axes lay their ticks out on the next turn of the event loop
    assert has_ink(chart)
    chart.grab().save(f"{out_dir}/dashboard_trend_chart.png")


def test_the_line_does_not_run_across_a_month_without_live_sessions(chart):
    # Found while writing this test: the one line series joins March to May straight
    # across April, as if April had converted at about 3.3 %; the module says such
    # months are gaps.
    chart.set_months(MONTHS)
    lines = [s for s in chart.chart().series() if type(s) is QLineSeries]
    pairs = [(a.x(), b.x()) for s in lines for a, b in zip(s.points(), s.points()[1:], strict=False)]
    joined = [(a, b) for a, b in pairs if b - a > 1]
    assert joined == []


def test_the_y_axis_is_round_and_leaves_room_above_the_best_month(chart):
    chart.set_months(MONTHS)
    axis = chart.y_axis
    step = axis.tickInterval()
    assert step == nice_step(4.1 * 1.25, 5) == 2  # best month 4.1 %: ticks 0, 2, 4, 6 %
    assert (axis.min(), axis.max()) == (0, 6)
    assert axis.tickType() == axis.TickType.TicksDynamic and axis.labelFormat() == "%.1f%%"


def test_the_tooltip_gives_each_month_s_rate_and_sessions(chart):
    chart.set_months(MONTHS)
    assert chart.toolTip().splitlines() == ["2025-03: 2.50% (4 live sessions)", "2025-05: 4.10% (6 live sessions)",
                                            "2025-06: 3.20% (5 live sessions)"]


def test_no_months_draws_an_empty_chart(chart):
    chart.set_months(MONTHS)
    chart.set_months(())
    assert chart.rates() == {} and chart.x_axis.categoriesLabels() == []
    assert (chart.y_axis.min(), chart.y_axis.max()) == (0, 1)
    assert chart.toolTip() == ""
    chart.grab()


def test_months_without_any_rate_draw_too(chart):
    chart.set_months((MonthConversion("2025-04", 0, 0, 0, None),))
    assert chart.rates() == {} and chart.x_axis.categoriesLabels() == ["4月"]
    chart.grab()


@pytest.mark.qt_log_ignore("Mouse event .* not accepted by receiving widget")  # the chart view passes it on
def test_a_click_opens_the_live_sessions(qtbot, chart):
    chart.set_months(MONTHS)
    with qtbot.waitSignal(chart.clicked):
        qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=chart.viewport().rect().center())


def test_english_months_and_a_year_turning(qtbot):
    c = DashboardTrendChart("Conversion", lang="en")
    qtbot.addWidget(c)
    c.set_months([MonthConversion(m, 1, 100, 3, 0.03) for m in ("2025-11", "2025-12", "2026-01")])
    assert c.x_axis.categoriesLabels() == ["Nov", "Dec", "Jan"] and c.x_axis.titleText() == "2025-11 – 2026-01"
