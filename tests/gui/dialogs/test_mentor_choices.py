"""The assignment dialogs offer only live, active mentors (a retired or deleted one is
still named in the history) and confirm a saved assignment in the status bar."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import cohorts, enrolment, mentors
from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog
from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

pytestmark = pytest.mark.gui


def _id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


@pytest.fixture
def people(db, admin):
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(code="ZB202605-01", name="五月主播班"))
    students = [enrolment.create_student(db, admin, enrolment.StudentInput(
        name=name, id_number=_id(i + 40), cohort_id=cohort.id)).id for i, name in enumerate(("张三", "李四"))]
    active = mentors.create_mentor(db, admin, mentors.MentorInput(name="王敏"))
    retired = mentors.create_mentor(db, admin, mentors.MentorInput(name="退休导师"))
    gone = mentors.create_mentor(db, admin, mentors.MentorInput(name="离职导师"))
    mentors.assign_mentor(db, admin, students[0], retired.id, on=date(2026, 3, 1))
    dto = mentors.get_mentor(db, admin, retired.id)
    mentors.update_mentor(db, admin, retired.id, dto.version, mentors.MentorInput(name=dto.name, active=False))
    mentors.delete_mentor(db, admin, gone.id)
    return cohort, students, active


def combo_texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_assign_dialog_offers_active_mentors_and_keeps_the_retired_one_in_history(qtbot, ctx, drain, people):
    _cohort, students, active = people
    dialog = AssignMentorDialog(ctx, [students[0]])
    qtbot.addWidget(dialog)
    drain()
    ui = dialog.ui
    assert [ui.mentor.itemData(i) for i in range(ui.mentor.count())] == [active.id]
    assert not any("退休" in t or "离职" in t for t in combo_texts(ui.mentor))
    assert ui.history.item(0, 1).text() == "退休导师"  # history stays
    assert "退休导师" in ui.studentsLabel.text()
    with qtbot.waitSignal(dialog.assigned):
        ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        drain()
    assert "张三" in ctx.notices.last and "王敏" in ctx.notices.last
    assert mentors.current_mentor(ctx.db, ctx.actor, students[0]).mentor_id == active.id


def test_cohort_dialog_offers_active_mentors_and_confirms_how_many(qtbot, ctx, drain, people):
    cohort, students, active = people
    dialog = CohortAssignDialog(ctx, cohort.id)
    qtbot.addWidget(dialog)
    drain()
    table = dialog.ui.mentors
    assert [table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(table.rowCount())] == [active.id]
    assert dialog.proposal is not None
    for combo in dialog.combos:
        assert not any("退休" in t or "离职" in t for t in combo_texts(combo))
    dialog.ui.onlyUnassigned.setChecked(False)  # 张三's retired mentor counts as none: both are proposed
    dialog.ui.suggestButton.click()
    drain()
    with qtbot.waitSignal(dialog.assigned) as signal:
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
        drain()
    assert signal.args == [2]
    assert "2" in ctx.notices.last
    assert {mentors.current_mentor(ctx.db, ctx.actor, sid).mentor_id for sid in students} == {active.id}
