"""The exam-results dialog (考试成绩) and its background calls: closed while the exam,
the cohorts or the results load, nothing comes back to it; the students of the cohort
chosen last are the ones listed. Entering results is tested in tests/gui/test_exams_page.py."""
from __future__ import annotations

import threading

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import certificates, cohorts, enrolment, exam_results
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.exam_results_dialog import ExamResultsDialog
from jiarenbase.gui.dialogs.form_values import select_value

pytestmark = pytest.mark.gui


def test_closed_while_loading(qtbot, ctx, in_flight, owner):
    for module, name in ((certificates, "get_exam"), (cohorts, "list_cohorts"), (exam_results, "exam_results")):
        in_flight.hold(module, name)
    dialog = ExamResultsDialog(ctx, 1, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_the_cohort_chosen_last_is_listed(qtbot, ctx, db, monkeypatch, drain):
    build_demo(db, students=24, seed=3)
    exam = certificates.list_exams(db, ctx.actor, ListQuery(limit=1)).rows[0]
    first, second = [c for c in cohorts.list_cohorts(db, ctx.actor, ListQuery(limit=100)).rows if c.student_count][:2]
    real, gate = enrolment.list_students, threading.Event()

    def list_students(db_, actor, query):  # the first cohort's students come back last
        if query.filters.get("cohort_id") == first.id:
            assert gate.wait(30)
        return real(db_, actor, query)

    monkeypatch.setattr(enrolment, "list_students", list_students)
    dialog = ExamResultsDialog(ctx, exam.id)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ui.cohort.count() > 1)
    select_value(dialog.ui.cohort, first.id)
    select_value(dialog.ui.cohort, second.id)
    wanted = {s.id for s in real(db, ctx.actor, ListQuery(filters={"cohort_id": second.id})).rows
              if s.status.value != "withdrawn"}
    qtbot.waitUntil(lambda: {c[0] for c in dialog.candidates} == wanted)
    gate.set()
    drain()
    assert {c[0] for c in dialog.candidates} == wanted


def test_a_cohort_beyond_the_first_page_lists_all_its_students(qtbot, ctx, db, monkeypatch, drain):
    """Neither list stops short: the cohort asked for is found when it is not on the
    drop-down's first page, and its students are read page after page, all of them."""
    from jiarenbase.gui.dialogs import exam_results_dialog
    from jiarenbase.gui.widgets import search_combo

    monkeypatch.setattr(search_combo, "PAGE_SIZE", 1)
    monkeypatch.setattr(exam_results_dialog, "STUDENTS_PAGE", 2)
    build_demo(db, students=24, seed=3)
    exam = certificates.list_exams(db, ctx.actor, ListQuery(limit=1)).rows[0]
    listed = cohorts.list_cohorts(db, ctx.actor, ListQuery(sort="code", descending=True)).rows
    cohort = next(c for c in reversed(listed) if c.student_count > 2)
    assert cohort.id != listed[0].id
    dialog = ExamResultsDialog(ctx, exam.id, cohort_id=cohort.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.cohort.current_id() == cohort.id
    wanted = {s.id for s in enrolment.list_students(db, ctx.actor, ListQuery(filters={"cohort_id": cohort.id})).rows
              if s.status.value != "withdrawn"}
    assert len(wanted) > 2 and {c[0] for c in dialog.candidates} == wanted
