"""Assigning mentors (one student, several, a whole cohort) and the mentor workload
page, driven through the widgets on demo data; screenshots go to
tests/output/screens/issue4_*.png."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.services import cohorts, enrolment, mentors, rooms, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.mentor_workload import mentor_workload, week_of
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue4_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def cohort_in(db, actor, stage: Stage):
    for c in cohorts.list_cohorts(db, actor, ListQuery(limit=100)).rows:
        page = enrolment.list_students(db, actor, ListQuery(filters={"cohort_id": c.id}, limit=1))
        if page.rows and page.rows[0].stage is stage:
            return c
    raise AssertionError(stage)


def new_students(db, actor, cohort, n: int) -> list[int]:
    from jiarenbase.core.domain.idcard import check_char

    ids = []
    for i in range(n):
        body = f"31011620050{i % 9 + 1}1{i % 9}{900 + i:03d}"
        ids.append(enrolment.create_student(db, actor, enrolment.StudentInput(
            name=f"新生{i + 1}", id_number=body + check_char(body), cohort_id=cohort.id)).id)
    return ids


def save(dialog) -> None:
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


# --- one student, several students -------------------------------------------------------

def test_assign_one_student_to_another_mentor_keeps_history(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.LIVE)
    student = enrolment.list_students(demo.db, demo.actor, ListQuery(filters={"cohort_id": cohort.id})).rows[0]
    before = mentors.assignment_history(demo.db, demo.actor, student.id)
    current = before[-1]
    dialog = AssignMentorDialog(demo, [student.id])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert student.name in ui.heading.text()
    assert ui.mentor.currentData() == current.mentor_id  # their mentor is preselected
    assert ui.stage.currentData() == Stage.LIVE.value
    # the combo shows each mentor's load, e.g. "王老师 (12 students)"
    loads = {r.mentor_id: r.students for r in mentor_workload(demo.db, demo.actor)}
    assert all(f"({loads[ui.mentor.itemData(i)]} students)" in ui.mentor.itemText(i) for i in range(ui.mentor.count()))
    assert ui.history.rowCount() == len(before) and ui.history.isColumnHidden(0)
    assert "This week" in ui.mentorHint.text()
    shoot(dialog, out_dir, "assign_mentor_one", qtbot)
    other = next(ui.mentor.itemData(i) for i in range(ui.mentor.count()) if ui.mentor.itemData(i) != current.mentor_id)
    ui.mentor.setCurrentIndex(ui.mentor.findData(other))
    ui.note.setPlainText("直播时段冲突")
    with qtbot.waitSignal(dialog.assigned) as signal:
        save(dialog)
    assert signal.args == [1]
    after = mentors.assignment_history(demo.db, demo.actor, student.id)
    assert len(after) == len(before) + 1
    assert after[-2].mentor_id == current.mentor_id and after[-2].end_date == date.today()
    assert (after[-1].mentor_id, after[-1].end_date, after[-1].note) == (other, None, "直播时段冲突")


def test_assign_several_students_shows_errors_in_the_form(qtbot, demo, out_dir, monkeypatch):
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.COGNITIVE)
    fresh = new_students(demo.db, demo.actor, cohort, 2)
    assigned = enrolment.list_students(demo.db, demo.actor, ListQuery(filters={"cohort_id": cohort.id})).rows
    ids = fresh + [next(s.id for s in assigned if s.id not in fresh)]
    dialog = AssignMentorDialog(demo, ids)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert "3 students" in ui.heading.text() and "新生1" in ui.studentsLabel.text()
    assert not ui.history.isColumnHidden(0) and ui.history.rowCount() >= 1
    lightest = min(mentor_workload(demo.db, demo.actor), key=lambda r: (r.students, r.mentor_name))
    assert ui.mentor.currentData() == lightest.mentor_id
    # a start date before the third student's current mentor began is refused, naming the field
    ui.start.setDate(ui.start.date().addYears(-3))
    save(dialog)
    assert dialog.isVisible() and "开始日期" in dialog.errors.shown()
    shoot(dialog, out_dir, "assign_mentor_several_error", qtbot)
    ui.start.setDate(ui.start.date().addYears(3))
    with qtbot.waitSignal(dialog.assigned) as signal:
        save(dialog)
    assert signal.args == [3]
    assert {mentors.current_mentor(demo.db, demo.actor, sid).mentor_id for sid in ids} == {lightest.mentor_id}


def test_a_mentor_cannot_assign(qtbot, demo):
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    own = enrolment.list_students(demo.db, mentor, ListQuery(limit=1)).rows[0]
    dialog = AssignMentorDialog(replace(demo, actor=mentor), [own.id])
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog)
    assert dialog.isVisible() and "导师账号无权分配导师" in dialog.ui.formError.text()


# --- a whole cohort ---------------------------------------------------------------------------

def test_cohort_proposal_balances_and_saves_all_or_nothing(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.COGNITIVE)
    fresh = new_students(demo.db, demo.actor, cohort, 7)
    dialog = CohortAssignDialog(demo, cohort.id)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    dialog.show()
    ui = dialog.ui
    assert ui.cohort.currentData() == cohort.id
    # every active mentor is ticked and the proposal came at once: the 7 new students
    assert len(dialog.ticked_mentors()) == ui.mentors.rowCount() > 1
    assert ui.students.rowCount() == 7 and dialog.proposal.kept > 0
    afters = [int(ui.mentors.item(r, 3).text()) for r in range(ui.mentors.rowCount())]
    befores = [int(ui.mentors.item(r, 1).text()) for r in range(ui.mentors.rowCount())]
    assert sum(afters) == sum(befores) + 7
    assert "7 of them change mentor" in ui.summary.text()
    shoot(dialog, out_dir, "cohort_assign", qtbot)
    # share among two mentors only: untick the others, suggest again
    keep = dialog.ticked_mentors()[:2]
    for r in range(ui.mentors.rowCount()):
        item = ui.mentors.item(r, 0)
        if item.data(Qt.ItemDataRole.UserRole) not in keep:
            item.setCheckState(Qt.CheckState.Unchecked)
    assert "click “Suggest”" in ui.summary.text()
    ui.suggestButton.click()
    assert {dialog.combos[i].currentData() for i in range(7)} <= set(keep)
    # change one row by hand, leave another as is: the summary follows
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData(keep[1]))
    dialog.combos[1].setCurrentIndex(0)  # (leave as is)
    assert "6 of them change mentor" in ui.summary.text()
    # a mentor retired meanwhile: nothing is written, the error names the field
    retired = keep[0]
    dto = mentors.get_mentor(demo.db, demo.actor, retired)
    mentors.update_mentor(demo.db, demo.actor, retired, dto.version, mentors.MentorInput(
        name=dto.name, weekly_capacity=dto.weekly_capacity, active=False))
    save(dialog)
    assert dialog.isVisible() and "导师" in ui.formError.text() and "停用" in ui.formError.text()
    assert all(mentors.current_mentor(demo.db, demo.actor, sid) is None for sid in fresh)
    for combo in dialog.combos:
        if combo.currentData() == retired:
            combo.setCurrentIndex(combo.findData(keep[1]))
    with qtbot.waitSignal(dialog.assigned) as signal:
        save(dialog)
    assert signal.args == [6]
    assert mentors.current_mentor(demo.db, demo.actor, fresh[1]) is None
    assert {mentors.current_mentor(demo.db, demo.actor, sid).mentor_id for sid in fresh[2:]} == {keep[1]}


def test_cohort_without_unassigned_students_explains_itself(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.PROJECT)
    dialog = CohortAssignDialog(demo, cohort.id)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    ui = dialog.ui
    assert ui.studentsStack.currentWidget() is ui.emptyLabel and "already has a mentor" in ui.emptyLabel.text()
    assert not ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()  # nothing would change
    shoot(dialog, out_dir, "cohort_assign_all_assigned", qtbot)
    ui.onlyUnassigned.setChecked(False)
    ui.suggestButton.click()
    assert ui.students.rowCount() > 0 and ui.studentsStack.currentWidget() is ui.students
    # rebalancing keeps most students with their mentor
    moved = sum(1 for row in dialog.proposal.rows if row.changes)
    assert moved < len(dialog.proposal.rows)


class DeferredTasks:
    """A task runner that keeps each call until the test finishes it — in any order,
    as a thread pool may."""

    def __init__(self) -> None:
        self.jobs: list[tuple] = []

    def run(self, fn, *args, on_done=None, on_error=None, **kwargs) -> None:
        self.jobs.append((fn, args, kwargs, on_done, on_error))

    def finish(self, job: tuple) -> None:
        self.jobs.remove(job)
        fn, args, kwargs, on_done, on_error = job
        try:
            result = fn(*args, **kwargs)
        except Exception as exc:  # noqa: BLE001 - delivered as the real runner does
            on_error(exc)
        else:
            on_done(result)

    def finish_all(self) -> None:
        while self.jobs:
            self.finish(self.jobs[0])


def test_a_late_proposal_for_another_cohort_is_dropped(qtbot, demo):
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

    first, second = cohort_in(demo.db, demo.actor, Stage.COGNITIVE), cohort_in(demo.db, demo.actor, Stage.PROJECT)
    new_students(demo.db, demo.actor, first, 3)
    tasks = DeferredTasks()
    dialog = CohortAssignDialog(replace(demo, tasks=tasks), first.id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    tasks.finish_all()  # the lists, then the proposal for the first cohort
    assert dialog.proposal.cohort_id == first.id and ui.students.rowCount() == 3
    ui.suggestButton.click()  # asked again for the first cohort ...
    ui.cohort.setCurrentIndex(ui.cohort.findData(second.id))  # ... then for the second
    older, newer = tasks.jobs
    tasks.finish(newer)
    assert dialog.proposal.cohort_id == second.id
    shown = ui.studentsStack.currentWidget(), ui.emptyLabel.text(), ui.summary.text()
    tasks.finish(older)  # the first cohort's answer arrives last: it is not shown
    assert dialog.proposal.cohort_id == second.id
    assert (ui.studentsStack.currentWidget(), ui.emptyLabel.text(), ui.summary.text()) == shown
    assert ui.suggestButton.isEnabled()
    # options changed while a proposal was being made: the user is told to suggest again
    ui.suggestButton.click()
    ui.onlyUnassigned.setChecked(not ui.onlyUnassigned.isChecked())
    tasks.finish_all()
    assert "click “Suggest”" in ui.summary.text()
    # while saving, the cohort cannot be switched under the proposal being written
    ui.onlyUnassigned.setChecked(True)
    ui.cohort.setCurrentIndex(ui.cohort.findData(first.id))
    tasks.finish_all()
    assert dialog.proposal.cohort_id == first.id and ui.cohort.isEnabled()
    save(dialog)
    assert not ui.cohort.isEnabled()
    with qtbot.waitSignal(dialog.assigned) as signal:
        tasks.finish_all()
    assert signal.args == [3]


def test_several_students_with_a_completed_one_are_refused_naming_them(qtbot, demo):
    from jiarenbase.core.db.models import Student
    from jiarenbase.core.domain.enums import StudentStatus
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.COGNITIVE)
    fresh = new_students(demo.db, demo.actor, cohort, 3)
    with demo.db.transaction() as s:
        s.get(Student, fresh[1]).stage = Stage.COMPLETED
        s.get(Student, fresh[1]).status = StudentStatus.COMPLETED
        s.get(Student, fresh[2]).status = StudentStatus.WITHDRAWN
    dialog = AssignMentorDialog(demo, fresh)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.stage.currentData() is None  # "each student's current stage"
    save(dialog)
    text = dialog.ui.formError.text()
    assert dialog.isVisible() and "学员“新生2”已结业，无需分配导师。" in text and "学员“新生3”已退学" in text
    assert all(mentors.current_mentor(demo.db, demo.actor, sid) is None for sid in fresh)  # all or nothing


# --- the workload page ----------------------------------------------------------------------------

def test_workload_page_weeks_and_over_capacity(qtbot, demo, out_dir):
    from jiarenbase.gui.pages.mentor_workload_page import MentorWorkloadPage

    # this week: four sessions of one mentor whose capacity is 3 (over), two of another
    monday, sunday = week_of(date.today())
    start_of_week = datetime.combine(monday, time())
    for booking in rooms.bookings_between(demo.db, demo.actor, start_of_week, start_of_week + timedelta(days=7)):
        rooms.cancel_booking(demo.db, demo.actor, booking.id)  # the demo's own bookings of the week
    rows = mentor_workload(demo.db, demo.actor)
    busy, second = [r for r in rows if r.students][:2]
    room_ids = [r.id for r in rooms.list_rooms(demo.db, demo.actor)]
    for i, (mentor, hour) in enumerate([(busy, 9), (busy, 11), (busy, 14), (busy, 16), (second, 9), (second, 14)]):
        start = datetime.combine(monday + timedelta(days=i % 5), time(hour))
        rooms.book_room(demo.db, demo.actor, rooms.BookingInput(
            room_id=room_ids[i], start=start, end=start + timedelta(hours=2), mentor_id=mentor.mentor_id))
    dto = mentors.get_mentor(demo.db, demo.actor, busy.mentor_id)
    mentors.update_mentor(demo.db, demo.actor, dto.id, dto.version, mentors.MentorInput(
        name=dto.name, weekly_capacity=3))
    page = MentorWorkloadPage(demo)
    qtbot.addWidget(page)
    page.resize(1200, 560)
    page.on_shown()
    ui = page.ui
    assert ui.table.rowCount() == len(rows)
    assert f"{monday:%Y-%m-%d}" in ui.weekLabel.text() and "(this week)" in ui.weekLabel.text()
    assert not ui.thisWeek.isEnabled()
    assert f"{len(rows)} mentors" in ui.summary.text()
    r = next(i for i, row in enumerate(page.rows) if row.mentor_id == busy.mentor_id)
    assert (page.rows[r].sessions, page.rows[r].over_capacity) == (4, True)
    assert ui.table.item(r, 8).text() == "Over capacity by 1" and "1 over capacity" in ui.summary.text()
    assert ui.table.item(r, 0).background().color().alpha() > 0
    assert "4 booked in rooms + 0 logged" in ui.table.item(r, 5).toolTip()
    r2 = next(i for i, row in enumerate(page.rows) if row.mentor_id == second.mentor_id)
    assert page.rows[r2].sessions == 2 and not page.rows[r2].over_capacity
    shoot(page, out_dir, "mentor_workload", qtbot)
    ui.previousWeek.click()
    assert sum(row.sessions for row in page.rows) == 0
    assert page.day == date.today() - timedelta(days=7) and ui.thisWeek.isEnabled()
    assert "(this week)" not in ui.weekLabel.text()
    ui.nextWeek.click()
    ui.nextWeek.click()
    assert week_of(page.day)[0] == monday + timedelta(days=7)
    ui.thisWeek.click()
    assert week_of(page.day)[0] == monday


def test_workload_page_as_a_mentor_shows_their_own_row(qtbot, demo, out_dir):
    from jiarenbase.gui.pages.mentor_workload_page import MentorWorkloadPage

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    page = MentorWorkloadPage(replace(demo, actor=mentor))
    qtbot.addWidget(page)
    page.resize(1200, 360)
    page.refresh()
    assert [row.mentor_id for row in page.rows] == [mentor.mentor_id]
    assert page.ui.table.rowCount() == 1
    shoot(page, out_dir, "mentor_workload_as_mentor", qtbot)


def test_workload_page_empty_state(qtbot, qapp, ctx, out_dir):
    from jiarenbase.gui.pages.mentor_workload_page import MentorWorkloadPage

    page = MentorWorkloadPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 360)
    page.refresh()
    assert page.ui.stack.currentWidget() is page.ui.emptyLabel
    assert "No active mentors" in page.ui.emptyLabel.text()
    shoot(page, out_dir, "mentor_workload_empty", qtbot)
