"""The attendance dialog (认知课程考勤) and its background calls: a late result for a
closed dialog is dropped — the stage board opens it with open() and deletes it when
it is finished. Lessons and the check-in sheet are tested with the stage board in
tests/gui/test_stage_board_page.py."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.services import attendance, cohorts
from jiarenbase.gui.dialogs.attendance_dialog import AttendanceDialog

pytestmark = pytest.mark.gui


def a_cohort_with_a_lesson(ctx) -> int:
    cohort = cohorts.create_cohort(ctx.db, ctx.actor, cohorts.CohortInput(code="2025-01", name="认知班"))
    attendance.create_module(ctx.db, ctx.actor, cohort.id, attendance.ModuleInput("直播认知", date.today()))
    return cohort.id


def opened(ctx, cohort_id: int, owner) -> AttendanceDialog:
    dialog = AttendanceDialog(ctx, cohort_id, "认知班", owner)
    dialog.finished.connect(dialog.deleteLater)  # as the stage board does
    dialog.open()
    return dialog


def test_closed_while_the_lessons_load(qtbot, ctx, in_flight, owner):
    cohort_id = a_cohort_with_a_lesson(ctx)
    in_flight.hold(attendance, "list_modules")
    in_flight.close_while_loading(opened(ctx, cohort_id, owner))


def test_closed_while_the_sheet_loads(qtbot, ctx, in_flight, owner):
    cohort_id = a_cohort_with_a_lesson(ctx)
    in_flight.hold(attendance, "attendance_sheet")  # the lessons come back; the sheet of the latest is held
    in_flight.close_while_loading(opened(ctx, cohort_id, owner))


def test_a_new_lesson_drops_the_sheet_still_coming(qtbot, ctx, in_flight, owner, drain):
    cohort_id = a_cohort_with_a_lesson(ctx)
    in_flight.hold(attendance, "attendance_sheet")
    dialog = opened(ctx, cohort_id, owner)
    qtbot.waitUntil(in_flight.started.is_set)
    dialog.ui.newLessonButton.click()
    in_flight.release()
    drain()
    assert dialog.module_id is None and dialog.sheet is None and not dialog.save_button.isEnabled()
