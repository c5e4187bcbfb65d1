"""The talent pool page (人才库): search filters, results, candidate file with the
consent shown, archiving, the shortlist export, mentor scope, screenshots."""
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
    page = TalentPoolPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page


def test_lists_the_pool_and_shows_the_file(qtbot, ctx, demo):
    page = shown(qtbot, ctx)
    expected = talent_pool.search_talent_pool(ctx.db, ctx.actor)
    assert expected and page.ui.results.rowCount() == len(expected)
    assert page.ui.results.item(0, 0).text() == expected[0].name
    assert page.file is not None and page.file.candidate.student_id == expected[0].student_id
    text = page.ui.candidateFile.toPlainText()
    assert expected[0].name in text and ("Agreed" in text or "NOT agreed" in text)


def test_filters_go_into_the_query(qtbot, ctx, demo):
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
    assert [c.student_id for c in page.rows] == [c.student_id for c in talent_pool.search_talent_pool(
        ctx.db, ctx.actor, q)]
    ui.skill.setText("不存在的技能")
    ui.searchButton.click()
    assert page.ui.resultsStack.currentWidget() is ui.emptyState and "Loosen" in ui.emptyState.text()
    ui.clearButton.click()
    assert page.rows and page.query() == talent_pool.TalentQuery()


def test_export_selected_candidates(qtbot, ctx, demo, tmp_path, monkeypatch, boxes):
    page = shown(qtbot, ctx)
    out = tmp_path / "候选名单.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a, **_k: (str(out), ""))
    page.ui.results.selectRow(1)
    page.ui.exportButton.click()
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == 2 and rows[1][0] == page.rows[1].name
    assert "Shortlist saved" in boxes[-1]


def test_archive_unplaced(qtbot, ctx, demo, boxes):
    page = shown(qtbot, ctx)
    waiting = talent_pool.unplaced_graduates(ctx.db, ctx.actor)
    before = len(page.rows)
    page.ui.archiveButton.click()
    assert talent_pool.unplaced_graduates(ctx.db, ctx.actor) == []
    assert len(page.rows) == before + len(waiting)
    assert boxes  # told what happened (or that nobody was waiting)


def test_mentor_sees_own_students_and_cannot_export(qtbot, demo, sync_tasks, tmp_path):
    actor = users.authenticate(demo, "mentor", "Jiaren@2025").actor()
    ctx = AppContext(db=demo, actor=actor, tasks=sync_tasks, lang="zh", data_dir=tmp_path)
    page = shown(qtbot, ctx)
    assert not page.ui.exportButton.isVisible() and not page.ui.archiveButton.isVisible()
    assert {c.student_id for c in page.rows} == {c.student_id for c in talent_pool.search_talent_pool(demo, actor)}


def test_screenshots(qtbot, qapp, ctx, demo, screenshot_dir):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    page = shown(qtbot, ctx)
    assert page.grab().save(os.path.join(out, "issue5_talent_pool.png"))
    page.ui.skill.setText("不存在的技能")
    page.ui.searchButton.click()
    assert page.grab().save(os.path.join(out, "issue5_talent_pool_empty.png"))
