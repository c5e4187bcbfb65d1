"""The student page (学员档案): header and key figures, both learning curves with
the right number of points, the timeline and its filter, the empty state, mentor
scope, the scripts dialog and videos tab opened on demand; screenshots of a demo
student with many sessions and of a new student."""
from __future__ import annotations

import importlib.machinery
import os
import random
import sys
import types
from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from sqlalchemy import insert, select

from jiarenbase.core.db.models import PracticeSession, Student
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Platform, SessionKind, Stage
from jiarenbase.core.services import users
from jiarenbase.core.services.student_file import EventKind, student_file
from screen_checks import clipped

pytestmark = pytest.mark.gui


def practice_rows(student_id: int, n: int, rng: random.Random, start: datetime) -> list[dict]:
    """`n` sessions of a learner who improves: rubric and conversion rise, live sessions
    come in the second half; a few are left unscored."""
    rows = []
    for i in range(n):
        p = i / max(n - 1, 1)
        live = p > 0.5 and rng.random() < 0.4
        viewers = rng.randint(300, 5000) if live else rng.randint(12, 60)
        conv = max(0.0, rng.gauss((0.012 + 0.02 * p) if live else (0.05 + 0.08 * p), 0.01 if live else 0.03))
        buyers = min(viewers, int(viewers * conv))
        at = start + timedelta(hours=8 * i)
        rubric = None if rng.random() < 0.03 else max(0.0, min(100.0, rng.gauss(55 + 30 * p, 6)))
        rows.append(dict(kind=SessionKind.LIVE_SESSION if live else SessionKind.MOCK_DRILL, student_id=student_id,
                         started_at=at, ended_at=at + timedelta(hours=1), platform=Platform.DOUYIN, viewers=viewers,
                         buyers=buyers, orders=buyers, rubric_average=rubric))
    return rows


@pytest.fixture
def demo(db, ctx):
    """The demo base plus a live-stage cohort that practised a lot: one student with
    300 sessions, the others 30–80 each. Returns (ctx, star id, new student id)."""
    build_demo(db, students=40, seed=3)
    rng = random.Random(7)
    with db.transaction() as s:
        live = list(s.scalars(select(Student).where(Student.stage == Stage.LIVE).order_by(Student.id)))
        mates = [st.id for st in live if st.cohort_id == live[0].cohort_id]
        for sid in mates:
            n = 300 if sid == mates[0] else rng.randint(30, 80)
            s.execute(insert(PracticeSession), practice_rows(sid, n, rng, datetime(2025, 3, 1, 9)))
        new = s.scalar(select(Student.id).where(Student.stage == Stage.COGNITIVE).order_by(Student.id))
    return ctx, mates[0], new


def open_page(qtbot, ctx, student_id):
    from jiarenbase.gui.pages.student_page import StudentPage

    page = StudentPage(ctx, student_id)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)  # the file comes through ctx.ops
    return page


def test_header_kpis_and_chart_points(qtbot, demo):
    ctx, star, _ = demo
    f = student_file(ctx.db, ctx.actor, star)
    page = open_page(qtbot, ctx, star)
    assert page.ui.nameLabel.text() == f.name
    assert page.ui.stageBadge.text() == Stage.LIVE.zh
    assert f.mentor_name in page.ui.metaLabel.text() and f.cohort_code in page.ui.metaLabel.text()
    assert f.id_number_masked in page.ui.metaLabel.text()
    n = f.kpis.sessions
    assert n >= 300 and page.kpis["sessions"].value.text() == f"{n:,}"
    assert page.kpis["rubric"].value.text() == f"{f.kpis.average_rubric:.1f}"
    assert page.kpis["conversion"].value.text() == f"{f.kpis.best_conversion * 100:.1f}%"
    assert page.ui.chartStack.currentWidget() is page.ui.chartsPage
    scored = sum(p.rubric is not None for p in f.growth)
    converted = sum(p.conversion is not None for p in f.growth)
    live = [p for p in f.growth if p.kind is SessionKind.LIVE_SESSION]
    median_r = sum(v is not None for v in f.cohort_median.rubric)
    median_c = sum(v is not None for v in f.cohort_median.conversion)
    assert scored < n and median_r >= 30  # some unscored sessions; the median reaches the mates' 30th
    assert page.rubric_chart.point_count() == (scored, median_r, sum(p.rubric is not None for p in live))
    assert page.conversion_chart.point_count() == (converted, median_c, sum(p.conversion is not None for p in live))
    assert page.rubric_chart.x_axis.max() == n
    assert page.windowTitle().endswith(f.name)


def test_timeline_lists_everything_and_filters_by_kind(qtbot, qtmodeltester, demo):
    ctx, star, _ = demo
    f = student_file(ctx.db, ctx.actor, star)
    page = open_page(qtbot, ctx, star)
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == len(f.timeline) > 300
    assert page.ui.countLabel.text() == f"{len(f.timeline):,} entries"
    first = model.index(0, model.EVENT).data()
    assert first == f.timeline[0].title
    combo = page.ui.kindCombo
    combo.setCurrentIndex(combo.findData(EventKind.SESSION))
    assert model.rowCount() == f.kpis.sessions >= 300
    assert {model.event_at(r).kind for r in range(model.rowCount())} == {EventKind.SESSION}
    assert page.ui.countLabel.text() == f"{f.kpis.sessions} of {len(f.timeline):,} entries"
    combo.setCurrentIndex(combo.findData(EventKind.ATTENDANCE))
    assert model.rowCount() == sum(e.kind is EventKind.ATTENDANCE for e in f.timeline) > 0
    page.ui.notableCheck.setChecked(True)
    assert model.rowCount() == sum(e.kind is EventKind.ATTENDANCE and e.notable for e in f.timeline)
    combo.setCurrentIndex(0)  # all kinds, attention only
    assert model.rowCount() == sum(e.notable for e in f.timeline)
    page.ui.notableCheck.setChecked(False)
    assert model.rowCount() == len(f.timeline)
    qtmodeltester.check(model)


def test_new_student_shows_the_empty_state(qtbot, demo):
    ctx, _, new = demo
    page = open_page(qtbot, ctx, new)
    assert page.ui.chartStack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() == "No practice sessions yet"
    assert page.kpis["sessions"].value.text() == "0" and page.kpis["rubric"].value.text() == "–"
    assert page.model.rowCount() > 0  # entered the stage, lessons attended


def test_mentor_cannot_open_another_mentors_student(qtbot, demo):
    ctx, star, _ = demo
    mentor = users.authenticate(ctx.db, "mentor", "Jiaren@2025").actor()
    with ctx.db.read() as s:
        from jiarenbase.core.services.common import mentor_student_ids

        own = set(s.scalars(mentor_student_ids(mentor.mentor_id)))
        stranger = s.scalar(select(Student.id).where(Student.id.not_in(own)).order_by(Student.id))
    mctx = replace(ctx, actor=mentor)
    page = open_page(qtbot, mctx, stranger)
    assert "不是您指导的学员" in page.ui.metaLabel.text()
    assert not page.ui.tabs.isEnabled() and not page.ui.scriptsButton.isEnabled()
    assert own
    mine = open_page(qtbot, mctx, sorted(own)[0])
    assert mine.ui.tabs.isEnabled() and mine.file is not None


def test_failed_signal_carries_the_message(qtbot, demo):
    ctx, _, _ = demo
    page = open_page(qtbot, ctx, 999_999)
    with qtbot.waitSignal(page.failed) as blocker:
        page.reload()
    assert "999999" in blocker.args[0]
    assert page.file is None


def _fake_module(monkeypatch, name: str, cls_name: str, base: type) -> list:
    made = []

    class Fake(base):
        def __init__(self, ctx, student_id, parent=None):
            super().__init__(parent)
            made.append((ctx, student_id, parent))

    module = types.ModuleType(name)
    module.__spec__ = importlib.machinery.ModuleSpec(name, None)
    setattr(module, cls_name, Fake)
    monkeypatch.setitem(sys.modules, name, module)
    return made


def test_scripts_dialog_and_videos_panel_open_on_demand(qtbot, demo, monkeypatch):
    ctx, star, _ = demo
    dialogs = _fake_module(monkeypatch, "jiarenbase.gui.dialogs.scripts_dialog", "ScriptsDialog", QDialog)
    panels = _fake_module(monkeypatch, "jiarenbase.gui.widgets.videos_panel", "VideosPanel", QWidget)
    page = open_page(qtbot, ctx, star)
    assert page.ui.scriptsButton.isEnabled()
    assert panels == []  # nothing built before the tab is shown
    page.ui.scriptsButton.click()
    assert dialogs and dialogs[0][1] == star and page.scripts_dialog.isVisible()
    page.scripts_dialog.close()
    page.ui.tabs.setCurrentWidget(page.ui.videosTab)
    assert len(panels) == 1 and panels[0][1] == star
    page.ui.tabs.setCurrentIndex(0)
    page.ui.tabs.setCurrentWidget(page.ui.videosTab)
    assert len(panels) == 1  # built once


def test_missing_scripts_and_videos_modules_fall_back(qtbot, demo, monkeypatch):
    import importlib.util

    from jiarenbase.gui.pages import student_page

    real = importlib.util.find_spec
    missing = {"jiarenbase.gui.dialogs.scripts_dialog", "jiarenbase.gui.widgets.videos_panel"}
    monkeypatch.setattr(student_page.importlib.util, "find_spec",
                        lambda name, *a: None if name in missing else real(name, *a))
    ctx, star, _ = demo
    page = open_page(qtbot, ctx, star)
    assert not page.ui.scriptsButton.isEnabled()
    page.ui.tabs.setCurrentWidget(page.ui.videosTab)
    assert isinstance(page.videos_panel, QLabel) and "not available" in page.videos_panel.text()


# --- screenshots -------------------------------------------------------------------



@pytest.mark.parametrize("who", ["star", "new"])
def test_screenshot(qtbot, qapp, demo, screenshot_dir, who):
    from jiarenbase.gui.theme import apply_theme, install_translators

    ctx, star, new = demo
    install_translators(qapp, "zh")
    apply_theme(qapp)
    page = open_page(qtbot, ctx, star if who == "star" else new)
    page.resize(1280, 820)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    path = os.path.join(out, f"issue4_student_page{'' if who == 'star' else '_empty'}.png")
    assert page.grab().save(path)
    assert os.path.getsize(path) > 5_000
    assert clipped(page) == []


def test_reload_keeps_refresh_off_until_the_file_is_back(qtbot, demo, drain):
    ctx, star, _ = demo
    page = open_page(qtbot, ctx, star)
    loaded = []
    page.loaded.connect(lambda: loaded.append(page.ui.refreshButton.isEnabled()))
    page.ui.refreshButton.click()
    assert not page.ui.refreshButton.isEnabled()
    drain()
    assert loaded == [True]


def test_closed_while_the_file_loads(qtbot, demo, in_flight):
    from jiarenbase.gui.pages import student_page

    ctx, star, _ = demo
    in_flight.hold(student_page.student_file_svc, "student_file")
    page = student_page.StudentPage(ctx, star)  # (the main window opens it with WA_DeleteOnClose)
    page.show()
    in_flight.destroy_while_loading(page)
