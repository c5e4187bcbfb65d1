"""The dashboard (工作台): its shown figures equal summary()'s for the demo database,
read back from the widgets; every figure emits open_list with the list behind it;
only the newest summary is shown; the page closed while the figures load. The
figures come back through ctx.ops: tests wait for them."""
from __future__ import annotations

import os
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import CertificateKind, PlacementOutcome, SessionKind, SkillLevel, Stage
from jiarenbase.core.services import summary as summary_svc, users

pytestmark = pytest.mark.gui

TODAY = date(2025, 9, 10)


def _num(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture
def demo_db(db):
    build_demo(db, students=40, seed=3, today=TODAY)
    return db


@pytest.fixture
def page(qtbot, ctx, demo_db):
    from jiarenbase.gui.pages.dashboard import DashboardPage

    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.today = TODAY
    p.resize(1280, 900)
    p.refresh()
    qtbot.waitUntil(lambda: p.data is not None, timeout=20_000)  # through ctx.ops
    return p


def test_cards_equal_the_summary(page, demo_db, admin):
    data = summary_svc.summary(demo_db, admin, TODAY)
    c = {k: card.value.text() for k, card in page.cards.items()}
    assert _num(c["total"]) == data.trained_to_date == data.students.total
    for stage in Stage:
        assert _num(c[stage.value]) == data.students.by_stage[stage.value]
    by_outcome = data.placements.by_outcome
    assert _num(c["employed"]) == data.placements.records_by_outcome["employed_on_graduation"]
    assert by_outcome["employed_on_graduation"] <= _num(c["employed"])  # a student's latest ≤ all records
    assert _num(c["pool"]) == data.students.in_talent_pool
    assert _num(c["clients"]) == data.enterprise_clients.total  # the 企业 list's count; served below it
    assert _num(c["signed"]) == data.placements.records_by_outcome["signed_enterprise_project"]
    assert _num(c["certificates"]) == data.certificates.total
    assert _num(c["sessions"]) == data.sessions.total
    assert _num(c["rooms"]) == data.live_rooms
    fu = data.follow_ups
    assert _num(c["follow_ups"]) == fu.overdue + fu.due_soon
    trend = data.conversion_trend
    assert c["conversion"] == f"{sum(m.buyers for m in trend) / sum(m.viewers for m in trend):.2%}"


def test_charts_equal_the_summary(page, demo_db, admin):
    data = summary_svc.summary(demo_db, admin, TODAY)
    assert page.funnel.values() == data.stage_funnel
    assert page.outcomes.values() == data.placements.by_outcome
    assert page.levels.values() == data.certificates.skill_level_by_level
    shown = page.utilisation.values()
    for room in data.rooms_this_week.by_room:
        assert shown[room.room_id] == pytest.approx(room.ratio, abs=0.001)
    rates = page.trend.rates()
    expected = {m.month: m.rate for m in data.conversion_trend if m.rate is not None}
    assert rates.keys() == expected.keys() and expected  # the demo has live sessions
    for month, rate in expected.items():
        assert rates[month] == pytest.approx(rate, abs=0.0001)
    assert page.follow_ups.list.count() == len(data.follow_ups.items)


def test_cards_open_their_lists(qtbot, page):
    expected = {
        "total": ("students", {}),
        "project": ("students", {"stage": Stage.PROJECT}),
        "signed": ("placements", {"outcome": PlacementOutcome.SIGNED_ENTERPRISE_PROJECT}),
        "employed": ("placements", {"outcome": PlacementOutcome.EMPLOYED_ON_GRADUATION}),
        "pool": ("students", {"in_talent_pool": True}),
        "clients": ("clients", {}),
        "certificates": ("certificates", {}),
        "conversion": ("sessions", {"kind": SessionKind.LIVE_SESSION}),
        "rooms": ("rooms", {}),
    }
    for key, (page_key, filters) in expected.items():
        with qtbot.waitSignal(page.open_list) as blocker:
            qtbot.mouseClick(page.cards[key], Qt.MouseButton.LeftButton)
        assert blocker.args == [page_key, filters], key
    page.cards["live"].setFocus()
    with qtbot.waitSignal(page.open_list) as blocker:
        qtbot.keyClick(page.cards["live"], Qt.Key.Key_Return)
    assert blocker.args == ["students", {"stage": Stage.LIVE}]
    emitted = []
    page.open_list.connect(lambda *args: emitted.append(args))
    page.show()
    qtbot.mouseClick(page.cards["follow_ups"], Qt.MouseButton.LeftButton)  # the panel below lists them
    assert emitted == []  # no list page: the panel lists them


def test_charts_open_their_lists(qtbot, page):
    page.show()
    qtbot.waitExposed(page)
    with qtbot.waitSignal(page.open_list) as blocker:
        page.funnel.series.clicked.emit(1, page.funnel.bars)
    assert blocker.args == ["students", {"stage": Stage.PROJECT}]
    # a real click on the outcome bars: the top bar (horizontal) is the first outcome
    chart = page.outcomes.chart()
    n = len(PlacementOutcome)
    value = page.outcomes.bars.at(n - 1)
    point = chart.mapToPosition(QPointF(max(value, 0.01) / 2, n - 1), page.outcomes.series)
    with qtbot.waitSignal(page.open_list) as blocker:
        qtbot.mouseClick(page.outcomes.viewport(), Qt.MouseButton.LeftButton,
                         pos=page.outcomes.mapFromScene(point))
    assert blocker.args == ["placements", {"outcome": PlacementOutcome.EMPLOYED_ON_GRADUATION}]
    with qtbot.waitSignal(page.open_list) as blocker:
        page.levels.activate(page.levels.keys.index(SkillLevel.INTERMEDIATE.value))
    assert blocker.args == ["certificates", {"kind": CertificateKind.SKILL_LEVEL, "level": SkillLevel.INTERMEDIATE}]
    with qtbot.waitSignal(page.open_list) as blocker:
        qtbot.mouseClick(page.trend.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(50, 50))
    assert blocker.args == ["sessions", {"kind": SessionKind.LIVE_SESSION}]
    with qtbot.waitSignal(page.open_list) as blocker:
        page.utilisation.activate(0)
    assert blocker.args == ["rooms", {}]


def test_follow_up_opens_the_students_placements(qtbot, ctx, db, admin):
    from jiarenbase.gui.pages.dashboard import DashboardPage

    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    data = replace(summary_svc.summary(db, admin, TODAY), follow_ups=summary_svc.FollowUpFigures(1, 0, 7, (
        summary_svc.FollowUpDue(1, 2, 7, "李小雨", 30, date(2025, 9, 1), True),)))
    p.show_summary(data)
    assert p.cards["follow_ups"].value.text() == "1"
    assert "李小雨" in p.follow_ups.list.item(0).text()
    with qtbot.waitSignal(p.open_list) as blocker:
        p.follow_ups.list.itemClicked.emit(p.follow_ups.list.item(0))
    assert blocker.args == ["placements", {"student_id": 7}]


def test_empty_database_shows_zeros_and_empty_states(qtbot, ctx, drain):
    from jiarenbase.gui.pages.dashboard import DashboardPage

    p = DashboardPage(ctx)
    qtbot.addWidget(p)
    p.refresh()
    drain()
    assert p.cards["total"].value.text() == "0"
    assert p.cards["conversion"].value.text() == "—"
    assert p.follow_ups.empty.isVisibleTo(p) and not p.follow_ups.list.isVisibleTo(p)
    assert p.trend.rates() == {}


def test_mentor_sees_own_cards(qtbot, ctx, demo_db, drain):
    from jiarenbase.gui.pages.dashboard import DashboardPage

    mentor = users.authenticate(demo_db, "mentor", "Jiaren@2025").actor()
    p = DashboardPage(replace(ctx, actor=mentor))
    qtbot.addWidget(p)
    p.refresh()
    drain()
    data = summary_svc.mentor_summary(demo_db, mentor)
    assert _num(p.cards["students"].value.text()) == data.students
    assert _num(p.cards["lives"].value.text()) == data.sessions_by_kind["live_session"]
    with qtbot.waitSignal(p.open_list) as blocker:
        qtbot.mouseClick(p.cards["drills"], Qt.MouseButton.LeftButton)
    assert blocker.args == ["sessions", {"kind": SessionKind.MOCK_DRILL}]


@pytest.mark.parametrize("role", ["admin", "mentor"])
def test_screenshot(qtbot, qapp, ctx, demo_db, screenshot_dir, role, drain):
    from jiarenbase.gui.pages.dashboard import DashboardPage
    from jiarenbase.gui.theme import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    actor = ctx.actor if role == "admin" else users.authenticate(demo_db, "mentor", "Jiaren@2025").actor()
    p = DashboardPage(replace(ctx, actor=actor))
    qtbot.addWidget(p)
    p.today = TODAY
    p.resize(1280, 900 if role == "admin" else 600)
    p.show()
    p.refresh()
    qtbot.waitExposed(p)
    drain()
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    p.grab().save(os.path.join(out, f"issue5_dashboard_{role}.png"))  # what fits on a 1280×900 screen
    p.ui.content.grab().save(os.path.join(out, f"issue5_dashboard_{role}_whole.png"))  # scrolled through


def test_only_the_newest_figures_are_shown(qtbot, ctx, demo_db, drain, monkeypatch):
    import threading

    from jiarenbase.gui.pages import dashboard

    gate, summary = threading.Event(), summary_svc.summary
    calls = []

    def first_one_slow(db, actor, today=None, *args):
        calls.append(today)
        if today is None:  # the request from before the change (the pool may start either first)
            assert gate.wait(30)
        return summary(db, actor, today, *args)

    monkeypatch.setattr(dashboard.summary_svc, "summary", first_one_slow)
    p = dashboard.DashboardPage(ctx)
    qtbot.addWidget(p)
    p.refresh()  # held: an answer from before the change below
    p.today = TODAY
    p.refresh()
    qtbot.waitUntil(lambda: p.data is not None, timeout=20_000)
    shown = p.data
    gate.set()
    drain()
    assert p.data is shown and p.data.as_of == TODAY  # the late answer (the computer's date) was dropped


def test_closed_while_the_figures_load(qtbot, ctx, demo_db, drain, monkeypatch):
    import threading

    from jiarenbase.gui.pages import dashboard

    gate, summary, finished = threading.Event(), summary_svc.summary, []

    def held(*args):
        assert gate.wait(30)
        finished.append(True)
        return summary(*args)

    monkeypatch.setattr(dashboard.summary_svc, "summary", held)
    p = dashboard.DashboardPage(ctx)
    shown = []
    monkeypatch.setattr(p, "show_summary", shown.append)  # bound before the call starts
    p.refresh()
    assert ctx.ops.pending_for(p) == 1  # the figures (the students awaiting sign-off follow them)
    gone = []
    p.destroyed.connect(lambda *_: gone.append(True))
    p.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    gate.set()
    drain()
    assert finished and shown == []
