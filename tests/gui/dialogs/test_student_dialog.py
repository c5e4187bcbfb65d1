"""The student dialog (学员): school and cohort are searched, never loaded whole or cut
off; the cohort list follows the school, keeping a cohort of that school and letting
go of another's; a cohort chosen without a school brings its school. Closed while the
lists load or the cohorts reload, nothing comes back to it."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import cohorts, enrolment, organisations
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.student_dialog import StudentDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing an edited dialog asks first: answer "discard" (never a blocking box)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)
ALL = ListQuery(limit=10_000)


def make_id(seq: int, born: date = date(2004, 5, 6)) -> str:
    first17 = f"310116{born:%Y%m%d}{seq % 1000:03d}"
    return first17 + check_char(first17)


@pytest.fixture
def demo(ctx):
    build_demo(ctx.db, students=40, seed=3)
    return ctx


def opened(qtbot, ctx, drain, record_id=None) -> StudentDialog:
    dialog = StudentDialog(ctx, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    return dialog


def ids(combo) -> set:
    return {combo.itemData(i) for i in range(1, combo.count())}


def test_the_cohorts_follow_the_school(qtbot, demo, drain):
    everything = cohorts.list_cohorts(demo.db, demo.actor, ALL).rows
    dialog = opened(qtbot, demo, drain)
    ui = dialog.ui
    assert ids(ui.cohort) == {c.id for c in everything}  # no school yet: every cohort
    school = everything[0].school_id
    ui.school.set_current(school, everything[0].school_name)
    drain()
    theirs = {c.id for c in everything if c.school_id == school}
    assert ids(ui.cohort) == theirs and len(theirs) < len(everything)
    ui.cohort.setCurrentIndex(ui.cohort.findData(everything[0].id))
    other = next(c for c in everything if c.school_id not in (school, None))
    ui.school.set_current(other.school_id, other.school_name)  # another school: that cohort goes
    drain()
    assert ui.cohort.current_id() is None
    assert ids(ui.cohort) == {c.id for c in everything if c.school_id == other.school_id}
    # a cohort chosen while no school is brings its school along, and stays
    ui.school.set_current(None)
    drain()
    ui.cohort.setCurrentIndex(ui.cohort.findData(everything[0].id))
    drain()
    assert ui.school.current_id() == school and ui.cohort.current_id() == everything[0].id
    assert ids(ui.cohort) == theirs


def test_round_trip_and_an_edit_that_stays_unedited(qtbot, demo, drain):
    cohort = next(c for c in cohorts.list_cohorts(demo.db, demo.actor, ALL).rows if c.school_id)
    dialog = opened(qtbot, demo, drain)
    ui = dialog.ui
    ui.name.setText("李小明")
    ui.idNumber.setText(make_id(41))
    ui.school.search(cohort.school_name)
    drain()
    ui.school.choose_result(ui.school.result_texts().index(cohort.school_name))
    drain()
    ui.cohort.setCurrentIndex(ui.cohort.findData(cohort.id))
    dialog.save()
    drain()
    assert dialog.result() == 1
    got = enrolment.get_student(demo.db, demo.actor, dialog.saved_id)
    assert (got.school_id, got.cohort_id) == (cohort.school_id, cohort.id)
    edit = opened(qtbot, demo, drain, got.id)
    assert (edit.ui.school.current_id(), edit.ui.cohort.current_id()) == (cohort.school_id, cohort.id)
    assert ids(edit.ui.cohort) >= {cohort.id} and not edit.is_dirty()
    edit.ui.major.setText("电子商务")
    edit.save()
    drain()
    after = enrolment.get_student(demo.db, demo.actor, got.id)
    assert after.major == "电子商务" and (after.school_id, after.cohort_id) == (cohort.school_id, cohort.id)


def test_many_schools_are_not_cut_off(qtbot, ctx, drain):
    for i in range(55):
        organisations.create_school(ctx.db, ctx.actor, organisations.SchoolInput(name=f"院校{i:02d}"))
    dialog = opened(qtbot, ctx, drain)
    combo = dialog.ui.school
    assert combo.itemText(combo.count() - 1) == combo.more_text(5)


def test_closed_while_the_lists_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(cohorts, "list_cohorts")
    dialog = StudentDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)


def test_closed_while_the_cohorts_reload(qtbot, demo, drain, in_flight, owner):
    student = next(s for s in enrolment.list_students(demo.db, demo.actor, ALL).rows if s.school_id)
    in_flight.hold(cohorts, "list_cohorts")
    dialog = StudentDialog(demo, student.id, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)
