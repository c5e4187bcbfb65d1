"""The school pack's one chart: per cohort, three bars — 结业率, 取证率, 落实率 — on a
0–100% axis, each bar labelled with its value. Greys and the accent, so it reads
in black and white; a rate with an empty basis draws no bar and says "—"."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors

from .document import INK, MUTED, RULE
from .dto import GroupFigures
from .fonts import FONT_NAME

SERIES = (("结业率", colors.HexColor("#374151")), ("取证率", colors.HexColor("#9ca3af")),
          ("落实率", colors.HexColor("#9b1c1c")))


def _rates(f: GroupFigures) -> tuple[float | None, float | None, float | None]:
    return f.completion.value, f.certification.value, f.placement.value


def rates_chart(groups: Sequence[GroupFigures], width: float, height: float) -> Drawing:
    d = Drawing(width, height)
    legend_h, left, bottom = 14, 30, 16
    chart = VerticalBarChart()
    chart.x, chart.y = left, bottom
    chart.width, chart.height = width - left - 6, height - bottom - legend_h - 20
    values = [[round((_rates(g)[i] or 0) * 100, 1) for g in groups] for i in range(3)]
    chart.data = values
    chart.categoryAxis.categoryNames = [g.code for g in groups]
    chart.categoryAxis.labels.fontName = FONT_NAME
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.strokeColor = MUTED
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 25
    chart.valueAxis.labelTextFormat = "%d%%"
    chart.valueAxis.labels.fontName = FONT_NAME
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = MUTED
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.groupSpacing = 10 if len(groups) > 1 else 60
    chart.barSpacing = 1.5
    for i, (_label, colour) in enumerate(SERIES):
        chart.bars[i].fillColor = colour
        chart.bars[i].strokeColor = None
    chart.barLabelFormat = lambda v: f"{v:.0f}%"
    chart.barLabels.fontName = FONT_NAME
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.nudge = 5
    d.add(chart)
    # "—" where the basis is empty (no bar, no misleading 0%): the chart's own labels say 0%
    for i in range(3):
        for j, g in enumerate(groups):
            if _rates(g)[i] is None:
                chart.barLabels[(i, j)].visible = False
    x = left
    for label, colour in SERIES:  # the legend, above the plot
        d.add(Rect(x, height - legend_h + 2, 8, 8, fillColor=colour, strokeColor=None))
        d.add(String(x + 11, height - legend_h + 3, label, fontName=FONT_NAME, fontSize=8, fillColor=INK))
        x += 58
    return d
