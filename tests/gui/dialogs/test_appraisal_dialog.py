"""鉴定意见 editor (AppraisalDialog, edit_appraisal): loads the student's name and
text off the GUI thread, counts characters, saves the text exactly as typed, shows a
refusal under the field, and drops a late answer for a closed dialog."""
from __future__ import annotations

import os
from datetime import date

import pytest

from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import appraisals, cohorts, enrolment, organisations
from jiarenbase.core.services.appraisals import MAX_OPINION
from jiarenbase.gui.dialogs.appraisal_dialog import AppraisalDialog, edit_appraisal

pytestmark = pytest.mark.gui

TYPED = "该生实训态度端正，进步明显；\n直播节奏把控良好！\n\n建议：加强“开场三秒”。"


@pytest.fixture
def student_id(db, admin) -> int:
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(
        code="2025-SP-01", name="2025春季主播班", school_id=school.id, start_date=date(2025, 3, 1)))
    first17 = "31011620040506001"
    return enrolment.create_student(db, admin, enrolment.StudentInput(
        name="李小明", id_number=first17 + check_char(first17), school_id=school.id, cohort_id=cohort.id)).id


def opened(ctx, student_id: int, owner, drain) -> AppraisalDialog:
    dialog = AppraisalDialog(ctx, student_id, owner)
    dialog.show()
    drain()
    return dialog


def test_loads_counts_and_saves_the_text_exactly(qtbot, ctx, db, student_id, owner, drain, out_dir):
    appraisals.save_appraisal(db, ctx.actor, student_id, "旧的意见")
    dialog = opened(ctx, student_id, owner, drain)
    assert dialog.ui.studentName.text() == "李小明" and "李小明" in dialog.windowTitle()
    assert dialog.ui.opinion.toPlainText() == "旧的意见" and dialog.save_button.isEnabled()
    dialog.ui.opinion.setPlainText(TYPED)
    assert dialog.ui.count.text().startswith(f"{len(TYPED)} / {MAX_OPINION} ")  # line breaks count, as stored
    dialog.resize(640, 420)
    dialog.grab().save(os.path.join(out_dir, "appraisal_dialog.png"))
    dialog.save()
    drain()
    assert dialog.result() == AppraisalDialog.DialogCode.Accepted and dialog.saved.opinion == TYPED
    assert appraisals.appraisal_of(db, ctx.actor, student_id) == TYPED


def test_too_long_shows_the_refusal_under_the_field(qtbot, ctx, db, student_id, owner, drain):
    dialog = opened(ctx, student_id, owner, drain)
    dialog.ui.opinion.setPlainText("好" * (MAX_OPINION + 1))
    assert "color: #c62828" in dialog.ui.count.styleSheet()
    dialog.save()
    drain()
    assert dialog.isVisible() and dialog.saved is None
    assert "最多 1000 个字" in dialog.errors.message("鉴定意见")
    assert appraisals.appraisal_of(db, ctx.actor, student_id) == ""
    dialog.ui.opinion.setPlainText("好" * MAX_OPINION)  # back under the limit: the error goes
    assert dialog.errors.message("鉴定意见") == ""


def test_edit_appraisal_reports_whether_it_was_saved(qtbot, ctx, db, student_id, owner, drain, monkeypatch):
    def typed_and_saved(self):
        drain()
        self.ui.opinion.setPlainText("表现良好。")
        self.save()
        drain()
        return self.result()

    monkeypatch.setattr(AppraisalDialog, "exec", typed_and_saved)
    assert edit_appraisal(owner, ctx, student_id) is True
    assert appraisals.appraisal_of(db, ctx.actor, student_id) == "表现良好。"
    monkeypatch.setattr(AppraisalDialog, "exec", lambda self: (drain(), self.reject(), self.result())[-1])
    assert edit_appraisal(owner, ctx, student_id) is False


def test_closed_while_loading(qtbot, ctx, student_id, in_flight, owner):
    in_flight.hold(appraisals, "appraisal_form")
    dialog = AppraisalDialog(ctx, student_id, owner)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
    in_flight.close_while_loading(dialog)
