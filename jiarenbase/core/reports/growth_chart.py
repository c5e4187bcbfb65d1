"""The growth chart of a student report: rubric average and conversion rate by
session number, drawn with ReportLab graphics (vector, no image files)."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib import colors

from .document import INK, MUTED
from .dto import GrowthPoint
from .fonts import FONT_NAME

RUBRIC = colors.HexColor("#2563eb")
CONVERSION = colors.HexColor("#d97706")
MAX_POINTS = 120  # a longer history is thinned evenly (the chart is 8 cm wide)


def _thin(points: Sequence[GrowthPoint]) -> list[GrowthPoint]:
    if len(points) <= MAX_POINTS:
        return list(points)
    step = len(points) / MAX_POINTS
    picked = [points[int(i * step)] for i in range(MAX_POINTS)]
    return picked[:-1] + [points[-1]]


def _panel(title: str, series: list[tuple[int, float]], color, y_max: float, y_label: str,
           width: float, height: float, x0: float, last: int, marked: list[tuple[int, float]] | None = None,
           line: bool = True, dotted: bool = False) -> list:
    """One chart: `series` drawn as a line (or markers only), `marked` points as dots on it.
    Room is kept below the x tick labels for the axis caption and left of the y tick
    labels, so no label touches another."""
    plot = LinePlot()
    plot.x, plot.y = x0 + 32, 30
    plot.width, plot.height = width - 44, height - 50
    plot.data = [series] + ([marked] if marked else [])
    plot.lines[0].strokeColor = color if line else None
    plot.lines[0].strokeWidth = 1.4
    if dotted or not line:
        plot.lines[0].symbol = makeMarker("FilledCircle", size=3.5, fillColor=color, strokeColor=color)
    if marked:
        plot.lines[1].strokeColor = None
        plot.lines[1].symbol = makeMarker("FilledCircle", size=3.5, fillColor=color, strokeColor=color)
    plot.joinedLines = 1
    plot.xValueAxis.valueMin, plot.xValueAxis.valueMax = 1, max(last, 2)
    plot.xValueAxis.valueSteps = _steps(max(last, 2))
    plot.yValueAxis.valueMin, plot.yValueAxis.valueMax = 0, y_max
    plot.yValueAxis.valueStep = y_max / 4
    for axis in (plot.xValueAxis, plot.yValueAxis):
        axis.labels.fontName = FONT_NAME
        axis.labels.fontSize = 7
        axis.labels.fillColor = MUTED
        axis.strokeColor = MUTED
        axis.strokeWidth = 0.5
    plot.xValueAxis.labelTextFormat = "%d"
    plot.xValueAxis.labels.dy = -2
    plot.yValueAxis.labelTextFormat = y_label
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")
    plot.yValueAxis.gridStrokeWidth = 0.3
    head = String(x0 + 32, height - 11, title, fontName=FONT_NAME, fontSize=8.5, fillColor=INK)
    foot = String(x0 + 32 + (width - 44) / 2, 3, "第 n 次实训（模拟演练与实战直播按时间先后编号）",
                  fontName=FONT_NAME, fontSize=6.5, fillColor=MUTED, textAnchor="middle")
    return [plot, head, foot]


def _steps(last: int) -> list[int]:
    step = max(1, round(last / 6))
    values = list(range(1, last + 1, step))
    if values[-1] != last:
        if last - values[-1] <= step / 2 and len(values) > 1:
            values[-1] = last  # two labels a step apart at most, never touching
        else:
            values.append(last)
    return values


def _percent_top(top: float) -> float:
    """The conversion axis' top: four steps of a whole percent each (4%, 8%, 12%, 20%, 40%…)."""
    for nice in (4, 8, 12, 20, 40):
        if top <= nice:
            return float(nice)
    return float(-(-top // 20) * 20)


def _note(d: Drawing, x: float, height: float, text: str) -> None:
    d.add(String(x + 32, height / 2, text, fontName=FONT_NAME, fontSize=8, fillColor=MUTED))


def growth_drawing(points: Sequence[GrowthPoint], width: float, height: float = 120) -> Drawing:
    """Two panels side by side: 评分 (0–100) of every session, live sessions dotted,
    and 转化率 (%) of live sessions only (a drill's audience is practice)."""
    pts = _thin(points)
    last = pts[-1].number if pts else 1
    rubric = [(p.number, p.rubric) for p in pts if p.rubric is not None]
    live_rubric = [(p.number, p.rubric) for p in pts if p.rubric is not None and p.live]
    conv = [(p.number, p.conversion * 100) for p in pts if p.conversion is not None and p.live]
    conv_max = _percent_top(max([c for _, c in conv] + [1.0]))
    d = Drawing(width, height)
    half = width / 2
    if rubric:
        title = "评分（0–100）　圆点：实战直播" if live_rubric else "评分（0–100）"
        for shape in _panel(title, rubric, RUBRIC, 100, "%d", half, height, 0, last, live_rubric):
            d.add(shape)
    else:
        _note(d, 0, height, "暂无评分")
    if conv:
        for shape in _panel("实战直播转化率（成交人数 / 观看人数）", conv, CONVERSION, conv_max, "%.0f%%", half,
                            height, half, last, line=len(conv) > 1, dotted=True):
            d.add(shape)
    else:
        _note(d, half, height, "暂无实战直播转化数据")
    return d
