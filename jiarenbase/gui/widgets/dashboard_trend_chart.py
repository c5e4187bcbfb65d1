"""The base's conversion-rate trend (转化率走势) on the dashboard: live sessions per
month, Σ buyers / Σ viewers, as a line; months without live sessions are gaps.
Clicking the chart opens the live sessions."""
# zh_CN: English → 中文
#   Conversion rate → 转化率
#   %1: %2 (%3 live sessions) → %1：%2（%3 场实战直播）
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QCategoryAxis, QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...core.services.summary import MonthConversion
from . import chart_colours
from .chart_axes import month_labels, month_span, value_axis


class DashboardTrendChart(QChartView):
    """`set_months(summary.conversion_trend)` (each month's `rate` a fraction or None); `clicked`.
    The months read "3月" ("Mar" in English) with the span ("2025-10 – 2026-09") as the axis title."""

    clicked = Signal()

    def __init__(self, title: str, parent: QWidget | None = None, lang: str = "zh") -> None:
        super().__init__(parent)
        self.lang = lang
        self.months: list[str] = []
        self._gap_lines: list[QLineSeries] = []  # one more line per run of months after a gap
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()
        self.line = QLineSeries()
        self.dots = QScatterSeries()
        self.dots.setMarkerSize(7)
        self.dots.setPointLabelsVisible(True)
        self.dots.setPointLabelsFormat("@yPoint%")
        self.dots.setPointLabelsClipping(False)
        for s in (self.line, self.dots):
            s.setUseOpenGL(False)
            chart.addSeries(s)
        self.x_axis = QCategoryAxis()
        self.x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        self.y_axis = QValueAxis()
        self.y_axis.setLabelFormat("%.1f%%")
        self.y_axis.setTitleText(self.tr("Conversion rate"))
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for s in (self.line, self.dots):
            s.attachAxis(self.x_axis)
            s.attachAxis(self.y_axis)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(240)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.apply_colours()

    def apply_colours(self) -> None:
        """Line, dots, labels, axes and background in the current theme's colours (again when it changes)."""
        c = chart_colours.style_view(self)
        colour = QColor(c.line)
        for line in (self.line, *self._gap_lines):
            line.setPen(QPen(colour, 2.2))
        self.dots.setColor(colour)
        self.dots.setBorderColor(colour)
        self.dots.setPointLabelsColor(QColor(c.text))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            chart_colours.restyle_soon(self, self.apply_colours)

    def set_months(self, months: Sequence[MonthConversion]) -> None:
        self.months = [m.month for m in months]
        points = [QPointF(i, round(m.rate * 100, 2)) for i, m in enumerate(months) if m.rate is not None]
        runs: list[list[QPointF]] = []  # a month without live sessions is a gap, never a joined line
        for p in points:
            if runs and p.x() - runs[-1][-1].x() == 1:
                runs[-1].append(p)
            else:
                runs.append([p])
        self.line.replace(runs[0] if runs else [])
        self._set_gap_lines(runs[1:])
        self.dots.replace(points)
        for label in list(self.x_axis.categoriesLabels()):
            self.x_axis.remove(label)
        for i, label in enumerate(month_labels(self.months, self.lang)):
            self.x_axis.append(label, i)  # 3月 … (labels must be unique: at most 12 months)
        self.x_axis.setTitleText(month_span(self.months))
        self.x_axis.setRange(-0.5, max(len(self.months) - 0.5, 0.5))
        y = value_axis(max((p.y() for p in points), default=0), 5, headroom=1.25)  # room for the labels
        self.y_axis.setRange(0, y.top)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(y.step)
        tips = []
        for m in months:
            if m.rate is not None:
                tips.append(self.tr("%1: %2 (%3 live sessions)").replace("%1", m.month)
                            .replace("%2", f"{m.rate:.2%}").replace("%3", str(m.sessions)))
        self.setToolTip("\n".join(tips))

    def _set_gap_lines(self, runs: list[list[QPointF]]) -> None:
        chart = self.chart()
        for line in self._gap_lines:
            chart.removeSeries(line)
            line.deleteLater()
        self._gap_lines = []
        for run in runs:
            line = QLineSeries()
            line.setPen(self.line.pen())
            line.setUseOpenGL(False)
            line.replace(run)
            chart.addSeries(line)
            line.attachAxis(self.x_axis)
            line.attachAxis(self.y_axis)
            self._gap_lines.append(line)

    def rates(self) -> dict[str, float]:
        """The plotted rates (fractions) by month, read back from the series."""
        return {self.months[int(p.x())]: p.y() / 100 for p in self.dots.points()}

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
