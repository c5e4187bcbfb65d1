"""One learning-curve chart (成长曲线) of the student page: the student's value per
session, the cohort median by session number, and markers on the live sessions.

Built for thousands of points: each series is filled with one `replace()` call of
a QPointF list, no animation, no OpenGL (it does not render offscreen or over
remote desktop), one QChart reused across reloads."""
# zh_CN: English → 中文
#   Session no. → 第几场实训
#   Cohort median → 同批次中位数
#   Live session → 实战直播
#   Session %1: %2 → 第%1场：%2
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QToolTip, QWidget

from . import chart_colours
from .chart_axes import nice_step, value_axis

__all__ = ["GrowthChart", "nice_step"]


class GrowthChart(QChartView):
    """`set_data(student, median, live, y_max)` with (x, y) pairs; y is already in
    display units (rubric 0–100, conversion in %)."""

    def __init__(self, title: str, y_title: str, y_format: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.y_format = y_format
        chart = QChart()
        chart.setTitle(title)
        font = QFont(chart.titleFont())
        font.setBold(True)
        chart.setTitleFont(font)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.student = QLineSeries()
        self.median = QLineSeries()  # drawn over the student's line, so it stays visible
        self.median.setName(self.tr("Cohort median"))
        self.live = QScatterSeries()
        self.live.setName(self.tr("Live session"))
        self.live.setMarkerSize(5)
        for series in (self.student, self.live, self.median):
            series.setUseOpenGL(False)
            chart.addSeries(series)
        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Session no."))
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(0)
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText(y_title)
        self.y_axis.setLabelFormat(y_format)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.student, self.live, self.median):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)
        self.student.hovered.connect(self._hovered)
        self.setChart(chart)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(360, 220)
        self.apply_colours()

    def apply_colours(self) -> None:
        """Series, axes and background in the current theme's colours (again when it changes)."""
        c = chart_colours.style_view(self)
        self.student.setPen(QPen(QColor(c.accent), 1.2))
        self.median.setPen(QPen(QColor(c.median), 2.4, Qt.PenStyle.DashLine))
        self.live.setColor(QColor(c.danger))
        self.live.setBorderColor(QColor(c.danger))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.StyleChange:
            chart_colours.restyle_soon(self, self.apply_colours)

    def set_data(self, name: str, student: Sequence[tuple[float, float]], median: Sequence[tuple[float, float]],
                 live: Sequence[tuple[float, float]], y_max: float) -> None:
        # axes first: a range change re-maps every point already in a series
        last = max([x for x, _ in student[-1:]] + [x for x, _ in median[-1:]] + [1])
        self.x_axis.setRange(1 if last > 1 else 0, max(last, 2))
        self.x_axis.setTickInterval(nice_step(last))
        y = value_axis(y_max, 5)  # the top rounded up to a whole tick: 0/20/…/100, 0/10/…/40
        self.y_axis.setRange(0, y.top)
        self.y_axis.setTickInterval(y.step)
        self.student.setName(name)
        self.student.replace([QPointF(x, y) for x, y in student])
        self.median.replace([QPointF(x, y) for x, y in median])
        self.live.replace([QPointF(x, y) for x, y in live])
        self.live.setVisible(bool(live))
        self.chart().legend().markers(self.live)[0].setVisible(bool(live))

    def point_count(self) -> tuple[int, int, int]:
        """(student, median, live) points drawn; for tests."""
        return self.student.count(), self.median.count(), self.live.count()

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        value = self.y_format.replace("%%", "%").replace("%.0f", "{:.0f}").replace("%d", "{:.0f}") \
            .replace("%.1f", "{:.1f}")
        text = self.tr("Session %1: %2").replace("%1", str(round(point.x()))).replace("%2", value.format(point.y()))
        QToolTip.showText(self.cursor().pos(), text, self)
