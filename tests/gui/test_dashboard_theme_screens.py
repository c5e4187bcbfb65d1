"""The dashboard (工作台) in the light and the dark theme (issue 17): cards, panels and
charts take the theme's colours — no white chart or panel on the dark page, the 待回访
title readable — and the month axis reads "3月", the value axes 1-2-5 steps. Saved as
tests/output/screens/dashboard_light.png and dashboard_dark.png (1366×768) and
dashboard_dark_1093.png (1366×768 at 125 %), with the student file's growth chart and
the load bars in the dark theme. Lives directly in tests/gui: it applies the theme and
puts the application's style sheet, font and palette back afterwards."""
from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTableView

from jiarenbase.core.demo import build_demo

pytestmark = pytest.mark.gui

TODAY = date(2026, 3, 18)


@pytest.fixture
def restore_theme(qapp):
    saved = (qapp.styleSheet(), qapp.font(), qapp.property("jiarenbase_theme"), qapp.palette())
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setProperty("jiarenbase_theme", saved[2])
    qapp.setPalette(saved[3])


def _lightness(widget) -> float:
    """Average lightness (0–255) of a widget's pixels, sampled."""
    image = widget.grab().toImage()
    values = [image.pixelColor(x, y).lightness() for x in range(2, image.width() - 2, 9)
              for y in range(2, image.height() - 2, 9)]
    return sum(values) / max(len(values), 1)


def _title_ink(panel) -> int:
    """How far the darkest/lightest pixel of the panel's title is from the panel's background."""
    image = panel.grab(panel.title.geometry()).toImage()
    background = image.pixelColor(0, 0).lightness()
    return max(abs(image.pixelColor(x, y).lightness() - background)
               for x in range(image.width()) for y in range(image.height()))


def test_dashboard_in_light_and_dark(qtbot, qapp, ctx, db, drain, out_dir, restore_theme):
    from jiarenbase.gui.pages.dashboard import DashboardPage
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=20, seed=4, today=TODAY)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.today = TODAY
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    for dark in (False, True):
        apply_theme(qapp, dark=dark)
        page.refresh()
        drain()
        QApplication.processEvents()
        name = "dark" if dark else "light"
        page.grab().save(os.path.join(out_dir, f"dashboard_{name}.png"))
        page.ui.content.grab().save(os.path.join(out_dir, f"dashboard_{name}_whole.png"))
        charts = (page.funnel, page.outcomes, page.levels, page.utilisation, page.trend)
        for panel in (*charts, page.follow_ups, page.cards["total"]):
            lightness = _lightness(panel)
            assert (lightness < 110) if dark else (lightness > 200), (name, type(panel).__name__, lightness)
        assert _title_ink(page.follow_ups) > 100, name  # the 待回访 title shows in both themes
        assert page.trend.x_axis.categoriesLabels()[-1] == "3月"
        assert page.trend.x_axis.titleText() == "2025-04 – 2026-03"
    page.resize(1093, 614)
    QApplication.processEvents()
    page.grab().save(os.path.join(out_dir, "dashboard_dark_1093.png"))


def test_growth_chart_and_load_bars_in_dark(qtbot, qapp, out_dir, restore_theme):
    from jiarenbase.gui.theme import apply_theme
    from jiarenbase.gui.widgets.growth_chart import GrowthChart
    from jiarenbase.gui.widgets.load_bar_delegate import LOAD_ROLE, LoadBarDelegate

    apply_theme(qapp, dark=True)
    chart = GrowthChart("实训评分", "评分", "%.0f")
    qtbot.addWidget(chart)
    chart.resize(560, 320)
    chart.show()
    qtbot.waitExposed(chart)
    chart.set_data("李娜", [(i, 40 + (i * 7) % 50) for i in range(1, 41)], [(i, 62.5) for i in range(1, 41)],
                   [(i, 80) for i in range(10, 41, 10)], 100)
    QApplication.processEvents()
    assert _lightness(chart) < 110
    assert chart.chart().backgroundBrush().color() != QColor("white")
    chart.grab().save(os.path.join(out_dir, "growth_chart_dark.png"))

    model = QStandardItemModel(0, 1)
    for ratio, text in ((0.5, "5 / 10 场"), (0.9, "9 / 10 场"), (1.5, "15 / 10 场")):
        item = QStandardItem(text)
        item.setData(ratio, LOAD_ROLE)
        model.appendRow(item)
    view = QTableView()
    view.setModel(model)
    view.setItemDelegate(LoadBarDelegate(view))
    view.horizontalHeader().setStretchLastSection(True)
    view.verticalHeader().setDefaultSectionSize(30)
    view.resize(360, 140)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    view.selectRow(0)
    QApplication.processEvents()
    assert _lightness(view.viewport()) < 130  # no light wash over the selected row's bar
    view.grab().save(os.path.join(out_dir, "load_bars_dark.png"))


def test_overdue_follow_ups_show_red_under_the_theme(qtbot, qapp, restore_theme):
    from jiarenbase.core.services.summary import FollowUpDue, FollowUpFigures
    from jiarenbase.gui.theme import apply_theme
    from jiarenbase.gui.widgets.dashboard_follow_ups import DashboardFollowUps

    for dark in (False, True):
        apply_theme(qapp, dark=dark)
        panel = DashboardFollowUps()
        qtbot.addWidget(panel)
        panel.resize(420, 200)
        panel.show()
        panel.set_follow_ups(FollowUpFigures(1, 0, 7, (FollowUpDue(1, 2, 3, "李娜", 30, date(2025, 6, 20), True),)))
        QApplication.processEvents()
        image = panel.list.viewport().grab().toImage()
        reds = sum(1 for x in range(0, image.width(), 2) for y in range(0, image.height(), 2)
                   if image.pixelColor(x, y).red() > 150 > image.pixelColor(x, y).green() + 40)
        assert reds > 10, ("dark" if dark else "light", reds)
