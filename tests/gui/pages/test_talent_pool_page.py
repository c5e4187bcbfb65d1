"""The talent pool page (人才库): search filters, results, candidate file with the
consent shown, archiving, the shortlist export, mentor scope, an older search
answering late, the page closed while it searches, screenshots. Results come back
through ctx.ops: tests drain."""
from __future__ import annotations

import os

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import SkillLevel
from jiarenbase.core.services import talent_pool, users
from jiarenbase.gui.context import AppContext
from jiarenbase.gui.dialogs.form_values import select_value
from jiarenbase.gui.pages.talent_pool_page import TalentPoolPage

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def boxes(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    return said


@pytest.fixture
def demo(db):
    build_demo(db, students=40, seed=3)
    return db


def shown(qtbot, ctx) -> TalentPoolPage:
    """The page shown (it searches on its first show), the results and the first file in."""
    page = TalentPoolPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)
    return page


def test_lists_the_pool_and_shows_the_file(qtbot, ctx, demo):
    page = shown(qtbot, ctx)
    expected = talent_pool.search_talent_pool(ctx.db, ctx.actor)
    assert expected and page.ui.results.rowCount() == len(expected)
    assert page.ui.results.item(0, 0).text() == expected[0].name
    assert page.file is not None and page.file.candidate.student_id == expected[0].student_id
    text = page.ui.candidateFile.toPlainText()
    assert expected[0].name in text and ("Agreed" in text or "NOT agreed" in text)


def test_filters_go_into_the_query(qtbot, ctx, demo, drain):
    page = shown(qtbot, ctx)
    ui = page.ui
    ui.skill.setText("主播")
    select_value(ui.minLevel, SkillLevel.JUNIOR)
    ui.minConversion.setValue(1.5)
    ui.minRubric.setValue(60)
    ui.consentOnly.setChecked(True)
    q = page.query()
    assert (q.skill, q.min_level, q.min_best_conversion, q.min_average_rubric, q.consent_only) == \
        ("主播", SkillLevel.JUNIOR, 0.015, 60, True)
    ui.searchButton.click()
    assert not ui.searchButton.isEnabled()  # while it searches
    drain()
    assert [c.student_id for c in page.rows] == [c.student_id for c in talent_pool.search_talent_pool(
        ctx.db, ctx.actor, q)]
    ui.skill.setText("不存在的技能")
    ui.searchButton.click()
    drain()
    assert page.ui.resultsStack.currentWidget() is ui.emptyState and "Loosen" in ui.emptyState.text()
    ui.clearButton.click()
    drain()
    assert page.rows and page.query() == talent_pool.TalentQuery()


def test_export_selected_candidates(qtbot, ctx, demo, tmp_path, monkeypatch, boxes, drain):
    page = shown(qtbot, ctx)
    out = tmp_path / "候选名单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.ui.results.selectRow(1)
    page.ui.exportButton.click()
    drain()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == page.rows[1].name
    assert "Shortlist saved" in ctx.notices.last and str(out) in ctx.notices.last


def test_archive_unplaced(qtbot, ctx, demo, boxes, drain):
    page = shown(qtbot, ctx)
    waiting = talent_pool.unplaced_graduates(ctx.db, ctx.actor)
    before = len(page.rows)
    page.ui.archiveButton.click()
    drain()
    assert talent_pool.unplaced_graduates(ctx.db, ctx.actor) == []
    assert len(page.rows) == before + len(waiting)
    if waiting:  # told in the status bar
        assert ctx.notices.last == f"{len(waiting)} archived to the talent pool."
    else:
        assert boxes  # told that nobody was waiting


def test_mentor_sees_own_students_and_cannot_export(qtbot, demo, ops, tmp_path):
    actor = users.authenticate(demo, "mentor", "Jiaren@2025").actor()
    ctx = AppContext(db=demo, actor=actor, ops=ops, lang="zh", data_dir=tmp_path)
    page = shown(qtbot, ctx)
    assert not page.ui.exportButton.isVisible() and not page.ui.archiveButton.isVisible()
    assert {c.student_id for c in page.rows} == {c.student_id for c in talent_pool.search_talent_pool(demo, actor)}


def test_screenshots(qtbot, qapp, ctx, demo, screenshot_dir, drain):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    page = shown(qtbot, ctx)
    assert page.grab().save(os.path.join(out, "issue5_talent_pool.png"))
    page.ui.skill.setText("不存在的技能")
    page.ui.searchButton.click()
    drain()
    assert page.grab().save(os.path.join(out, "issue5_talent_pool_empty.png"))


def test_an_older_search_answering_late_is_dropped(qtbot, ctx, demo, drain, monkeypatch):
    import threading

    from jiarenbase.gui.pages import talent_pool_page

    gate, search = threading.Event(), talent_pool.search_talent_pool

    def unfiltered_slow(db, actor, q):
        if q == talent_pool.TalentQuery():
            assert gate.wait(30)
        return search(db, actor, q)

    monkeypatch.setattr(talent_pool_page.talent_pool, "search_talent_pool", unfiltered_slow)
    page = TalentPoolPage(ctx)
    qtbot.addWidget(page)
    page.search()  # everyone: held
    page.ui.skill.setText("不存在的技能")
    page.search()  # answers first
    qtbot.waitUntil(lambda: ctx.ops.pending == 1)
    gate.set()
    drain()
    assert page.rows == [] and page.ui.resultsStack.currentWidget() is page.ui.emptyState


def test_closed_while_it_searches(qtbot, ctx, demo, in_flight):
    from jiarenbase.gui.pages import talent_pool_page

    in_flight.hold(talent_pool_page.talent_pool, "search_talent_pool")
    page = TalentPoolPage(ctx)
    page.show()  # searches on its first show
    in_flight.destroy_while_loading(page)


def test_closed_while_a_candidate_file_loads(qtbot, ctx, demo, in_flight):
    from jiarenbase.gui.pages import talent_pool_page

    in_flight.hold(talent_pool_page.talent_pool, "candidate_file")  # the results come, the file is held
    page = TalentPoolPage(ctx)
    page.show()
    in_flight.destroy_while_loading(page)
