"""The growth chart of a student report: rubric average and conversion rate by
session number, drawn with ReportLab graphics (vector, no image files)."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.lineplots import LinePlot
from reportlab.graphics.shapes import Drawing, String
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
           width: float, height: float, x0: float) -> list:
    plot = LinePlot()
    plot.x, plot.y = x0 + 30, 22
    plot.width, plot.height = width - 40, height - 44
    plot.data = [series]
    plot.lines[0].strokeColor = color
    plot.lines[0].strokeWidth = 1.4
    plot.joinedLines = 1
    last = series[-1][0] if series else 1
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
    plot.yValueAxis.labelTextFormat = y_label
    plot.yValueAxis.visibleGrid = True
    plot.yValueAxis.gridStrokeColor = colors.HexColor("#e5e7eb")
    plot.yValueAxis.gridStrokeWidth = 0.3
    head = String(x0 + 30, height - 12, title, fontName=FONT_NAME, fontSize=8.5, fillColor=INK)
    foot = String(x0 + 30 + (width - 40) / 2, 4, "第 n 次实训", fontName=FONT_NAME, fontSize=7,
                  fillColor=MUTED, textAnchor="middle")
    return [plot, head, foot]


def _steps(last: int) -> list[int]:
    step = max(1, round(last / 6))
    values = list(range(1, last + 1, step))
    if values[-1] != last:
        values.append(last)
    return values


def growth_drawing(points: Sequence[GrowthPoint], width: float, height: float = 120) -> Drawing:
    """Two panels side by side: 评分 (0–100) and 转化率 (%)."""
    pts = _thin(points)
    rubric = [(p.number, p.rubric) for p in pts if p.rubric is not None]
    conv = [(p.number, p.conversion * 100) for p in pts if p.conversion is not None]
    top = max([c for _, c in conv] + [1.0])
    conv_max = 5.0 if top <= 5 else (10.0 if top <= 10 else float(int(top / 10 + 1) * 10))
    d = Drawing(width, height)
    half = width / 2
    if rubric:
        for shape in _panel("评分（0–100）", rubric, RUBRIC, 100, "%d", half, height, 0):
            d.add(shape)
    else:
        d.add(String(30, height / 2, "暂无评分", fontName=FONT_NAME, fontSize=8, fillColor=MUTED))
    if conv:
        for shape in _panel("转化率（成交人数 / 观看人数）", conv, CONVERSION, conv_max, "%.0f%%", half, height, half):
            d.add(shape)
    else:
        d.add(String(half + 30, height / 2, "暂无转化数据", fontName=FONT_NAME, fontSize=8, fillColor=MUTED))
    return d
