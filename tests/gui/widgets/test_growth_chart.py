"""A learning curve of the student page (widgets/growth_chart.py): round tick steps
(nice_step), the student's line, the cohort median and the live sessions from
thousands of points in one go, axes from session 1 to the last, a hover tooltip;
no sessions yet draws an empty chart."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QApplication, QToolTip

from jiarenbase.gui.widgets.growth_chart import GrowthChart, nice_step
from screen_checks import has_ink

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(("span", "ticks", "step"), [(0, 6, 1.0), (-3, 6, 1.0), (6, 6, 1), (7, 6, 2), (39, 6, 10),
                                                     (100, 5, 20), (5.125, 5, 2), (0.3, 6, 0.05), (2500, 6, 500)])
def test_nice_step_is_1_2_or_5_times_a_power_of_ten(span, ticks, step):
    assert nice_step(span, ticks) == pytest.approx(step)


@pytest.mark.parametrize("span", [0.01, 0.7, 3, 13, 99, 101, 777, 12345])
def test_nice_step_gives_about_the_ticks_asked_for(span):
    step = nice_step(span)
    assert span / step <= 6 < span / step * 2.5 + 1e-9  # never more ticks than asked, at worst 2.5 × fewer


@pytest.fixture
def chart(qtbot):
    c = GrowthChart("实训评分", "评分", "%.0f")
    qtbot.addWidget(c)
    c.resize(560, 320)
    c.show()
    qtbot.waitExposed(c)
    return c


def test_thousands_of_points_are_drawn_with_the_median_and_live_sessions(chart, out_dir):
    student = [(i, 40 + (i * 7) % 50) for i in range(1, 3001)]
    median = [(i, 62.5) for i in range(1, 3001)]
    live = [(i, 80) for i in range(100, 3001, 100)]
    chart.set_data("李娜", student, median, live, 100)
    assert chart.point_count() == (3000, 3000, 30)
    assert chart.student.name() == "李娜" and chart.live.isVisible()
    assert (chart.x_axis.min(), chart.x_axis.max(), chart.x_axis.tickInterval()) == (1, 3000, 500)
    assert (chart.y_axis.min(), chart.y_axis.max(), chart.y_axis.tickInterval()) == (0, 100, 20)
    QApplication.processEvents()
    assert has_ink(chart)
    chart.grab().save(f"{out_dir}/growth_chart.png")


def test_without_live_sessions_their_series_and_legend_entry_hide(chart):
    chart.set_data("张伟", [(1, 3.2), (2, 4.5)], [(1, 3.0), (2, 3.9)], [], 10)
    assert not chart.live.isVisible()
    assert not chart.chart().legend().markers(chart.live)[0].isVisible()
    assert chart.chart().legend().markers(chart.median)[0].isVisible()
    chart.set_data("张伟", [(1, 3.2)], [], [(1, 3.2)], 10)  # a reload brings them back
    assert chart.live.isVisible() and chart.chart().legend().markers(chart.live)[0].isVisible()


def test_one_session_or_none_still_gives_a_sensible_x_axis(chart):
    chart.set_data("王芳", [(1, 55)], [], [], 100)
    assert (chart.x_axis.min(), chart.x_axis.max()) == (0, 2)
    chart.set_data("王芳", [], [], [], 100)
    assert chart.point_count() == (0, 0, 0)
    assert (chart.x_axis.min(), chart.x_axis.max()) == (0, 2)
    chart.grab()


def test_the_x_axis_runs_to_the_longer_of_the_student_and_the_median(chart):
    chart.set_data("刘洋", [(i, 50) for i in range(1, 9)], [(i, 60) for i in range(1, 25)], [], 100)
    assert (chart.x_axis.min(), chart.x_axis.max(), chart.x_axis.tickInterval()) == (1, 24, 5)


@pytest.mark.parametrize(("y_format", "value", "text"), [("%.0f", 78.4, "Session 12: 78"),
                                                         ("%.1f%%", 3.26, "Session 12: 3.3%")])
def test_hovering_a_point_tells_the_session_and_value(qtbot, chart, y_format, value, text):
    chart.y_format = y_format
    chart._hovered(QPointF(12.2, value), True)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == text
    chart._hovered(QPointF(12.2, value), False)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
