"""The colours custom-painted dashboard panels and charts take from the current theme
(light or dark, gui/theme.py). qt-material styles widgets through a style sheet and leaves
the application palette light, so painted things ask here instead of hard-coding white.

`style_chart(chart)` restyles a QChart (background, title, axes, grid); widgets restyle
after `QEvent.StyleChange`, which every widget receives when the theme is switched, through
`restyle_soon()`: the event comes while the new style sheet is being set, before
apply_theme records which theme it is."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCharts import QChart, QChartView
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QPen
from PySide6.QtWidgets import QApplication, QFrame


@dataclass(frozen=True)
class ChartColours:
    dark: bool
    panel: str  # background of a card, a chart, a panel
    text: str
    muted: str  # secondary text: card titles, counts
    grid: str
    border: str
    accent: str  # bars, focus
    line: str  # the trend line
    median: str  # the cohort median line of the growth chart
    danger: str  # overdue, live sessions

    def card_style(self, hover: bool = True) -> str:
        style = (f"QFrame#card {{ border: 1px solid {self.border}; border-radius: 8px; background: {self.panel}; }}"
                 f"QFrame#card QLabel {{ background: transparent; color: {self.text}; }}"
                 f"QFrame#card QLabel#muted {{ color: {self.muted}; }}")
        if hover:
            style += (f"QFrame#card:hover {{ border: 1px solid {self.accent}; }}"
                      f"QFrame#card:focus {{ border: 2px solid {self.accent}; }}")
        return style


LIGHT = ChartColours(False, "#ffffff", "#24292f", "#57606a", "#d8dee4", "#d0d7de", "#0969da", "#1a7f37",
                     "#3d444d", "#cf222e")
DARK = ChartColours(True, "#3a4047", "#e6edf3", "#a8b3bd", "#4f5b62", "#4f5b62", "#58a6ff", "#3fb950",
                    "#d0d7de", "#ff7b72")


def current() -> ChartColours:
    """The colours of the theme now applied (light when no theme was applied)."""
    app = QApplication.instance()
    return DARK if app is not None and app.property("jiarenbase_theme") == "dark" else LIGHT


def restyle_soon(owner: QObject, apply: Callable[[], None]) -> None:
    """Call `apply` once the theme switch in progress has finished (not if `owner` is gone)."""
    QTimer.singleShot(0, owner, apply)


def style_view(view: QChartView, colours: ChartColours | None = None) -> ChartColours:
    """A chart view drawn as one rounded panel like the cards: no frame of its own, the page
    showing around the chart's rounded corners, the chart in the theme's colours."""
    if view.styleSheet() != VIEW_STYLE:
        view.setStyleSheet(VIEW_STYLE)
    view.setFrameShape(QFrame.Shape.NoFrame)
    view.setBackgroundBrush(Qt.BrushStyle.NoBrush)
    view.chart().layout().setContentsMargins(0, 0, 0, 0)  # the panel's edge lines up with the cards'
    return style_chart(view.chart(), colours)


VIEW_STYLE = "background: transparent; border: none;"


def style_chart(chart: QChart, colours: ChartColours | None = None) -> ChartColours:
    c = colours or current()
    chart.setBackgroundBrush(QBrush(QColor(c.panel)))
    chart.setBackgroundPen(QPen(QColor(c.border)))
    chart.setBackgroundRoundness(8)
    chart.setTitleBrush(QBrush(QColor(c.text)))
    for axis in chart.axes():
        axis.setLabelsBrush(QBrush(QColor(c.muted)))
        axis.setTitleBrush(QBrush(QColor(c.muted)))
        axis.setLinePen(QPen(QColor(c.border)))
        axis.setGridLinePen(QPen(QColor(c.grid)))
    legend = chart.legend()
    legend.setLabelColor(QColor(c.text))
    return c
