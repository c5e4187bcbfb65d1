"""The exam-readiness dialog (考前资格) and its background calls: closed while the
cohorts or a cohort's readiness load, nothing comes back to it. The lists and adding
to an exam are tested in tests/gui/test_exams_page.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import cohorts, exam_readiness
from jiarenbase.gui.dialogs.readiness_dialog import ReadinessDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_cohorts_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(cohorts, "list_cohorts")
    dialog = ReadinessDialog(ctx, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_the_readiness_loads(qtbot, ctx, db, in_flight, owner):
    build_demo(db, students=12, seed=3)
    in_flight.hold(exam_readiness, "exam_readiness")  # the cohorts come back, the newest one's readiness is held
    dialog = ReadinessDialog(ctx, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)



def test_a_cohort_beyond_the_first_page_and_every_exam_of_the_level(qtbot, ctx, db, drain, monkeypatch):
    """The cohort asked for is found when it is not on the drop-down's first page, and
    every exam of the level is offered (read page after page, not cut at a limit)."""
    from datetime import date

    from jiarenbase.core.domain.enums import Occupation, SkillLevel
    from jiarenbase.core.services import certificates
    from jiarenbase.core.services.listing import ListQuery
    from jiarenbase.gui.dialogs import readiness_dialog
    from jiarenbase.gui.widgets import search_combo

    monkeypatch.setattr(search_combo, "PAGE_SIZE", 1)
    monkeypatch.setattr(readiness_dialog, "EXAMS_PAGE", 2)
    build_demo(db, students=12, seed=3)
    for day in range(1, 4):
        certificates.create_exam(db, ctx.actor, certificates.ExamInput(
            occupation=Occupation.INTERNET_MARKETER, level=SkillLevel.JUNIOR, exam_date=date(2025, 7, day)))
    listed = cohorts.list_cohorts(db, ctx.actor, ListQuery(sort="code", descending=True)).rows
    cohort = next(c for c in reversed(listed) if c.student_count)
    assert cohort.id != listed[0].id
    dialog = ReadinessDialog(ctx, cohort_id=cohort.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.cohort.current_id() == cohort.id and dialog.data.cohort_id == cohort.id
    total = certificates.list_exams(db, ctx.actor, ListQuery(filters={"level": SkillLevel.JUNIOR})).total
    assert total > 2 and dialog.ui.exam.count() == total


def test_without_a_cohort_the_newest_with_students_is_shown(qtbot, ctx, db, drain):
    from jiarenbase.core.services.listing import ListQuery

    build_demo(db, students=12, seed=3)
    newest = next(c for c in cohorts.list_cohorts(db, ctx.actor, ListQuery(sort="code", descending=True)).rows
                  if c.student_count)
    dialog = ReadinessDialog(ctx)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.cohort.current_id() == newest.id and dialog.data.cohort_id == newest.id
