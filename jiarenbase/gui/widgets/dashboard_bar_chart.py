"""A bar chart of the dashboard (工作台): one bar per key (stage, outcome, level,
room), each bar clickable to open the list behind it. Used for the stage funnel,
placements by outcome, certificates by level and room utilisation this week."""
# zh_CN: English → 中文
#   No figures yet → 暂无数据
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QHorizontalBarSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from . import chart_colours
from .chart_axes import value_axis


class DashboardBarChart(QChartView):
    """`set_bars([(key, label, value), …])`; `bar_clicked(key)` when a bar is clicked.
    `percent=True` shows values as 0–100 % (pass fractions); `horizontal` lays bars
    sideways (long labels such as room names or outcomes)."""

    bar_clicked = Signal(object)

    def __init__(self, title: str, horizontal: bool = False, percent: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.horizontal, self.percent = horizontal, percent
        self.keys: list[object] = []
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        self.series = QHorizontalBarSeries() if horizontal else QBarSeries()
        self.series.setLabelsVisible(True)
        self.series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
        self.series.setBarWidth(0.6)
        self.bars = QBarSet(title)
        self.series.append(self.bars)
        if percent:
            self.series.setLabelsFormat("@value%")
        chart.addSeries(self.series)
        self.categories = QBarCategoryAxis()
        self.values_axis = QValueAxis()
        self.values_axis.setLabelFormat("%.0f%%" if percent else "%.0f")
        self.values_axis.setTickType(QValueAxis.TickType.TicksDynamic)  # ticks at multiples of the step
        self.values_axis.setTickAnchor(0)
        cat_side, val_side = ((Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignBottom) if horizontal
                              else (Qt.AlignmentFlag.AlignBottom, Qt.AlignmentFlag.AlignLeft))
        chart.addAxis(self.categories, cat_side)
        chart.addAxis(self.values_axis, val_side)
        self.series.attachAxis(self.categories)
        self.series.attachAxis(self.values_axis)
        self.series.clicked.connect(lambda index, _set: self.activate(index))
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.apply_colours()

    def apply_colours(self) -> None:
        """Bars, labels, axes and background in the current theme's colours (again when it changes)."""
        c = chart_colours.style_view(self)
        self.bars.setColor(QColor(c.accent))
        self.bars.setBorderColor(QColor(c.accent))
        self.bars.setLabelColor(QColor(c.text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            chart_colours.restyle_soon(self, self.apply_colours)

    def set_bars(self, bars: Sequence[tuple[object, str, float]]) -> None:
        # Horizontal bars list top-down in the given order (Qt draws category 0 at the bottom).
        ordered = list(reversed(bars)) if self.horizontal else list(bars)
        self.keys = [key for key, _label, _value in ordered]
        scale = 100.0 if self.percent else 1.0
        values = [round(value * scale, 1) for _key, _label, value in ordered]
        self.bars.remove(0, self.bars.count())
        self.bars.append(values)
        self.categories.clear()
        self.categories.append([label for _key, label, _value in ordered])
        if self.percent:  # 0 %, 20 %, … 100 % (beyond when a room is overbooked)
            axis = value_axis(max(max(values, default=0), 100.0), 5)
        else:  # round (1-2-5) whole-number ticks with room above the tallest bar for its label
            axis = value_axis(max(values, default=0), 4, headroom=1.1, whole=True)
        self.values_axis.setRange(0, axis.top)
        self.values_axis.setTickInterval(axis.step)

    def values(self) -> dict[object, float]:
        """The figures the bars show, by key (as given: fractions when `percent`)."""
        scale = 100.0 if self.percent else 1.0
        return {key: self.bars.at(i) / scale for i, key in enumerate(self.keys)}

    def activate(self, index: int) -> None:
        if 0 <= index < len(self.keys):
            self.bar_clicked.emit(self.keys[index])
