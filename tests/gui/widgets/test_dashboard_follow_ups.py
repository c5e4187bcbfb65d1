"""Follow-ups due on the dashboard (widgets/dashboard_follow_ups.py): the counts, one
line a follow-up with the student, the day mark and the due date, overdue ones in
red; a click opens the student; nothing due says so."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from jiarenbase.core.services.summary import FollowUpDue, FollowUpFigures
from jiarenbase.gui.widgets.chart_colours import LIGHT
from jiarenbase.gui.widgets.dashboard_follow_ups import DashboardFollowUps
from screen_checks import clipped

pytestmark = pytest.mark.gui

DUE = FollowUpFigures(overdue=1, due_soon=2, window_days=7, items=(
    FollowUpDue(11, 21, 31, "李娜", 30, date(2025, 6, 20), True),
    FollowUpDue(12, 22, 32, "张伟", 90, date(2025, 7, 2), False),
    FollowUpDue(13, 23, 33, "王芳", 180, date(2025, 7, 5), False)))
NONE_DUE = FollowUpFigures(0, 0, 7, ())


@pytest.fixture
def panel(qtbot):
    p = DashboardFollowUps()
    qtbot.addWidget(p)
    p.resize(420, 280)
    p.show()
    qtbot.waitExposed(p)
    return p


def lines(panel) -> list[str]:
    return [panel.list.item(i).text() for i in range(panel.list.count())]


def test_each_follow_up_is_a_line_earliest_first_overdue_in_red(panel, out_dir):
    panel.set_follow_ups(DUE)
    assert panel.counts.text() == "1 overdue, 2 due within 7 days"
    assert lines(panel) == ["李娜 · 30-day follow-up · due 2025-06-20 · overdue",
                            "张伟 · 90-day follow-up · due 2025-07-02",
                            "王芳 · 180-day follow-up · due 2025-07-05"]
    assert panel.list.item(0).foreground().color() == QColor(LIGHT.danger)
    assert panel.list.item(1).foreground().style() == Qt.BrushStyle.NoBrush
    assert panel.list.isVisibleTo(panel) and panel.empty.isHidden()
    assert clipped(panel) == []
    panel.grab().save(f"{out_dir}/dashboard_follow_ups.png")


def test_a_click_on_a_line_opens_that_student(qtbot, panel):
    panel.set_follow_ups(DUE)
    item = panel.list.item(1)
    with qtbot.waitSignal(panel.student_clicked) as sig:
        qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.list.visualItemRect(item).center())
    assert sig.args == [32]


def test_nothing_due_says_so_and_a_reload_replaces_the_lines(panel):
    panel.set_follow_ups(DUE)
    panel.set_follow_ups(NONE_DUE)
    assert panel.list.count() == 0 and panel.list.isHidden()
    assert panel.empty.isVisibleTo(panel) and panel.empty.text() == "No follow-ups due."
    assert panel.counts.text() == "0 overdue, 0 due within 7 days"


def test_the_panel_reads_in_chinese_with_the_translators(qtbot, qapp):
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    p = DashboardFollowUps()
    qtbot.addWidget(p)
    p.set_follow_ups(DUE)
    assert p.title.text() == "待回访"
    assert p.counts.text() == "逾期 1 条，7 天内到期 2 条"
    assert lines(p)[0] == "李娜 · 30 天回访 · 2025-06-20 到期 · 已逾期"
