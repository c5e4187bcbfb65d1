"""The annual summary's charts (ReportLab graphics, vector): sessions per month,
completed students by outcome, and this year's rates beside last year's. Dark and
light fills, so a black-and-white print still tells the two series apart."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from .document import INK, MUTED
from .dto import Count, MonthActivity
from .fonts import FONT_NAME

DARK = colors.HexColor("#1d4ed8")
LIGHT = colors.HexColor("#93c5fd")
GREY = colors.HexColor("#d1d5db")
GRID = colors.HexColor("#e5e7eb")


def _axis_style(chart) -> None:
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = FONT_NAME
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.3


def _nice_max(top: float) -> tuple[float, float]:
    """An axis maximum above `top` and a step that gives four or five gridlines."""
    if top <= 4:
        return 4, 1
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000, 20000, 50000):
        if top / step <= 5:
            return step * (int(top // step) + 1), step
    step = 10 ** len(str(int(top)))
    return step, step / 5


def _legend(d: Drawing, x: float, y: float, items: Sequence[tuple[str, object]]) -> None:
    for label, fill in items:
        d.add(Rect(x, y - 1, 7, 7, fillColor=fill, strokeColor=None))
        d.add(String(x + 10, y, label, fontName=FONT_NAME, fontSize=7.5, fillColor=INK))
        x += 16 + len(label) * 7.5


def months_chart(months: Sequence[MonthActivity], width: float, height: float = 120) -> Drawing:
    """Drills and live sessions per month, side by side."""
    d = Drawing(width, height)
    d.add(String(0, height - 10, "每月实训场次", fontName=FONT_NAME, fontSize=8.5, fillColor=INK))
    _legend(d, width - 150, height - 10, (("模拟演练", LIGHT), ("实战直播", DARK)))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 32, 18, width - 40, height - 40
    chart.data = [[m.drills for m in months], [m.live for m in months]]
    chart.categoryAxis.categoryNames = [f"{m.month}月" for m in months]
    top, step = _nice_max(max([m.drills for m in months] + [m.live for m in months] + [1]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor, chart.bars[1].fillColor = LIGHT, DARK
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 6, 0.5
    _axis_style(chart)
    d.add(chart)
    return d


def outcome_chart(outcomes: Sequence[Count], width: float, height: float = 150) -> Drawing:
    """Completed students by latest outcome; 未知 and 未登记 in grey (never counted as unemployed)."""
    d = Drawing(width, height)
    d.add(String(0, height - 10, "结业学员去向（人；灰色不计入落实率）", fontName=FONT_NAME, fontSize=8.5,
                 fillColor=INK))
    shown = list(outcomes)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 62, 16, width - 90, height - 34
    chart.data = [[c.value for c in reversed(shown)]]
    chart.categoryAxis.categoryNames = [c.label for c in reversed(shown)]
    top, step = _nice_max(max([c.value for c in shown] + [1]))
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, top, step
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars.strokeColor = None
    for i, c in enumerate(reversed(shown)):
        chart.bars[(0, i)].fillColor = GREY if c.label in ("未知", "未登记") else (
            LIGHT if c.label == "人才库" else DARK)
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = FONT_NAME
    chart.barLabels.fontSize = 7
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    _axis_style(chart)
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    d.add(chart)
    return d


def rates_chart(rates: Sequence[tuple[str, float | None, float | None]], year: int, width: float,
                height: float = 150) -> Drawing:
    """(label, last year, this year) as percentages side by side; a missing rate is no bar."""
    d = Drawing(width, height)
    d.add(String(0, height - 10, "主要比率与上年对比（%）", fontName=FONT_NAME, fontSize=8.5, fillColor=INK))
    _legend(d, width - 110, height - 10, ((f"{year - 1}年", GREY), (f"{year}年", DARK)))
    chart = VerticalBarChart()
    chart.x, chart.y, chart.width, chart.height = 26, 16, width - 32, height - 40
    chart.data = [[None if b is None else b * 100 for _, b, _ in rates],
                  [None if a is None else a * 100 for _, _, a in rates]]
    chart.categoryAxis.categoryNames = [label for label, _, _ in rates]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labelTextFormat = "%d"
    chart.bars[0].fillColor, chart.bars[1].fillColor = GREY, DARK
    chart.bars.strokeColor = None
    chart.groupSpacing, chart.barSpacing = 10, 1
    chart.barLabelFormat = "%.0f"
    chart.barLabels.fontName = FONT_NAME
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    _axis_style(chart)
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    d.add(chart)
    return d
