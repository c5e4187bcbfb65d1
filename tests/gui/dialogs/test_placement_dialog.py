"""The placement dialog (就业去向): create with a client or a typed employer, edit
with a version, follow-ups recorded as done, field errors, screenshots."""
from __future__ import annotations

import os
from datetime import date, timedelta

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import EvidenceLevel, PlacementOutcome
from jiarenbase.core.services import enrolment, organisations, placement_records, placements
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.form_values import select_value, to_qdate
from jiarenbase.gui.dialogs.placement_dialog import PlacementDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *_a, **_k: asked.append(text) or QMessageBox.StandardButton.Discard)
    return asked


@pytest.fixture
def demo(db):
    build_demo(db, students=40, seed=3)
    return db


def settled(qtbot, dialog):
    """`dialog` once every service call is back (they run on the pool, as in the app)."""
    qtbot.waitUntil(lambda: dialog.ctx.ops.pending == 0)
    return dialog


def opened(qtbot, ctx, record_id=None, **kw) -> PlacementDialog:
    dialog = PlacementDialog(ctx, record_id, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return settled(qtbot, dialog)


def save(qtbot, dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    settled(qtbot, dialog)


def a_student(ctx):
    return enrolment.list_students(ctx.db, ctx.actor, ListQuery(limit=1)).rows[0]


def test_new_placement_with_a_client(qtbot, ctx, demo):
    student = a_student(ctx)
    client = organisations.list_clients(ctx.db, ctx.actor, ListQuery(limit=1)).rows[0]
    before = len(placements.placements_of(ctx.db, ctx.actor, student.id))
    dialog = opened(qtbot, ctx, student_id=student.id)
    ui = dialog.ui
    assert ui.student.currentData() == student.id and ui.student.isEnabled()
    assert ui.position.findText("成本核价师") >= 0 and ui.position.isEditable()
    assert not ui.recordFollowUp.isEnabled() and ui.followUpHint.isVisible()
    select_value(ui.outcome, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT)
    select_value(ui.employer, client.id)
    ui.position.setEditText("数据分析师")
    ui.hasStartDate.setChecked(True)
    ui.startDate.setDate(to_qdate(date(2025, 7, 1)))
    select_value(ui.evidence, EvidenceLevel.MENTOR_CONFIRMED)
    save(qtbot, dialog)
    assert dialog.result() == PlacementDialog.DialogCode.Accepted
    saved = dialog.record
    assert saved.employer_client_id == client.id and saved.employer_name == client.name
    assert saved.position == "数据分析师" and saved.evidence is EvidenceLevel.MENTOR_CONFIRMED
    assert [f.day_mark for f in saved.follow_ups] == [30, 90, 180]
    assert len(placements.placements_of(ctx.db, ctx.actor, student.id)) == before + 1


def test_free_text_employer_and_errors_under_fields(qtbot, ctx, demo):
    dialog = opened(qtbot, ctx)
    ui = dialog.ui
    save(qtbot, dialog)  # no student
    assert dialog.errors.message("学员") and dialog.isVisible()
    select_value(ui.student, a_student(ctx).id)
    select_value(ui.outcome, PlacementOutcome.EMPLOYED_ON_GRADUATION)
    save(qtbot, dialog)  # employed, no employer
    assert "用人单位" in dialog.errors.shown() and dialog.isVisible()
    ui.employer.setEditText("枫泾镇个人直播工作室")
    ui.position.setEditText("视频剪辑师")
    save(qtbot, dialog)
    assert not dialog.isVisible()
    assert dialog.record.employer_client_id is None and dialog.record.employer_name == "枫泾镇个人直播工作室"


def test_flexible_fields_only_for_flexible_employment(qtbot, ctx, demo):
    dialog = opened(qtbot, ctx)
    ui = dialog.ui
    select_value(ui.outcome, PlacementOutcome.FURTHER_STUDY)
    assert not ui.insured.isVisible()
    select_value(ui.outcome, PlacementOutcome.FLEXIBLE_EMPLOYMENT)
    assert ui.insured.isVisible() and ui.firstShanghaiJob.isChecked()


def employed(ctx, start):
    student = a_student(ctx)
    return placements.record_placement(ctx.db, ctx.actor, placements.PlacementInput(
        student.id, PlacementOutcome.EMPLOYED_ON_GRADUATION, employer_name="金山自家人", position="主播",
        start_date=start))


def test_edit_and_record_a_follow_up(qtbot, ctx, demo):
    start = date.today() - timedelta(days=40)
    dto = employed(ctx, start)
    dialog = opened(qtbot, ctx, dto.id)
    ui = dialog.ui
    assert not ui.student.isEnabled() and ui.employer.currentText() == "金山自家人"
    assert ui.followUps.rowCount() == 3 and ui.followUps.item(0, 1).text().endswith("overdue")
    assert ui.recordFollowUp.isEnabled()  # the first open one is selected
    ui.followUpDate.setDate(to_qdate(date.today()))
    ui.stillEmployed.setChecked(True)
    ui.followUpNote.setText("仍在岗 已转正")
    ui.recordFollowUp.click()
    settled(qtbot, dialog)
    assert ui.followUps.item(0, 2).text() == date.today().isoformat()
    assert ui.followUps.item(0, 4).text() == "仍在岗 已转正"
    assert dialog.record.student_name in ctx.notices.last and "30" in ctx.notices.last
    assert not dialog.is_dirty()  # the follow-up inputs are not the placement's
    record = placement_records.get_placement(ctx.db, ctx.actor, dto.id)
    assert record.follow_ups[0].done_on == date.today() and record.version == dto.version
    dialog.reject()  # nothing else edited: closes as changed so the list refreshes
    assert dialog.result() == PlacementDialog.DialogCode.Accepted


def test_edit_saves_with_the_version(qtbot, ctx, demo):
    dto = employed(ctx, date(2025, 7, 1))
    dialog = opened(qtbot, ctx, dto.id)
    select_value(dialog.ui.evidence, EvidenceLevel.EMPLOYER_CONFIRMED)
    assert dialog.is_dirty()
    save(qtbot, dialog)
    assert placement_records.get_placement(ctx.db, ctx.actor, dto.id).evidence is EvidenceLevel.EMPLOYER_CONFIRMED


def test_screenshots(qtbot, qapp, ctx, demo, screenshot_dir):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    dto = employed(ctx, date.today() - timedelta(days=100))
    placement_records.record_follow_up(ctx.db, ctx.actor, placement_records.get_placement(
        ctx.db, ctx.actor, dto.id).follow_ups[0].id, 1, date.today() - timedelta(days=65), True, "仍在岗")
    dialog = opened(qtbot, ctx, dto.id)
    dialog.resize(dialog.sizeHint().expandedTo(dialog.minimumSizeHint()))
    assert dialog.grab().save(os.path.join(out, "issue5_placement_dialog_edit.png"))
    new = opened(qtbot, ctx)
    select_value(new.ui.outcome, PlacementOutcome.FLEXIBLE_EMPLOYMENT)
    save(qtbot, new)
    new.resize(new.sizeHint().expandedTo(new.minimumSizeHint()))
    assert new.grab().save(os.path.join(out, "issue5_placement_dialog_errors.png"))
