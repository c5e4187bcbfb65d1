"""Assigning mentors (one student, several, a whole cohort), driven through the
widgets on demo data; screenshots go to tests/output/screens/issue4_*.png. The
mentor workload page is tested in tests/gui/pages/test_mentor_workload_page.py."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.services import cohorts, enrolment, mentors, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.mentor_workload import mentor_workload
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


def settled(qtbot, dialog):
    """`dialog` once every service call is back (they run on the pool, as in the app)."""
    qtbot.waitUntil(lambda: dialog.ctx.ops.pending == 0)
    return dialog


# --- one student, several students -------------------------------------------------------

def test_assign_one_student_to_another_mentor_keeps_history(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

    cohort = cohort_in(demo.db, demo.actor, Stage.LIVE)
    student = enrolment.list_students(demo.db, demo.actor, ListQuery(filters={"cohort_id": cohort.id})).rows[0]
    before = mentors.assignment_history(demo.db, demo.actor, student.id)
    current = before[-1]
    dialog = AssignMentorDialog(demo, [student.id])
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # until both lists are in
    settled(qtbot, dialog)
    ui = dialog.ui
    assert student.name in ui.heading.text() and dialog.save_button.isEnabled()
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
    settled(qtbot, dialog)
    ui = dialog.ui
    assert "3 students" in ui.heading.text() and "新生1" in ui.studentsLabel.text()
    assert not ui.history.isColumnHidden(0) and ui.history.rowCount() >= 1
    lightest = min(mentor_workload(demo.db, demo.actor), key=lambda r: (r.students, r.mentor_name))
    assert ui.mentor.currentData() == lightest.mentor_id
    # a start date before the third student's current mentor began is refused, naming the field
    ui.start.setDate(ui.start.date().addYears(-3))
    save(dialog)
    assert not dialog.save_button.isEnabled()  # while saving
    settled(qtbot, dialog)
    assert dialog.isVisible() and "开始日期" in dialog.errors.shown() and dialog.save_button.isEnabled()
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
    dialog = settled(qtbot, AssignMentorDialog(replace(demo, actor=mentor), [own.id]))
    qtbot.addWidget(dialog)
    dialog.show()
    save(dialog)
    settled(qtbot, dialog)
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
    settled(qtbot, dialog)
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
    settled(qtbot, dialog)
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
    assert not ui.cohort.isEnabled()  # what is being saved stays on screen
    settled(qtbot, dialog)
    assert ui.cohort.isEnabled()
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
    dialog = settled(qtbot, CohortAssignDialog(demo, cohort.id))
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    ui = dialog.ui
    assert ui.studentsStack.currentWidget() is ui.emptyLabel and "already has a mentor" in ui.emptyLabel.text()
    assert not ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()  # nothing would change
    shoot(dialog, out_dir, "cohort_assign_all_assigned", qtbot)
    ui.onlyUnassigned.setChecked(False)
    ui.suggestButton.click()
    settled(qtbot, dialog)
    assert ui.students.rowCount() > 0 and ui.studentsStack.currentWidget() is ui.students
    # rebalancing keeps most students with their mentor
    moved = sum(1 for row in dialog.proposal.rows if row.changes)
    assert moved < len(dialog.proposal.rows)


class Held:
    """Proposals held on the pool until the test lets each one go — in any order, as a
    pool of threads may answer. A proposal is named by its cohort and how many were
    asked for that cohort before it."""

    def __init__(self, monkeypatch) -> None:
        from jiarenbase.gui.dialogs import cohort_assign_dialog

        self.real = cohort_assign_dialog.suggest_cohort_assignment
        self.lock = threading.Lock()
        self.asked: dict[int, int] = {}  # cohort → proposals asked for so far
        self.gates: dict[tuple[int, int], threading.Event] = {}
        self.all_go = threading.Event()  # from now on, proposals are not held
        self.answered: list[int] = []  # the cohort of each proposal made, in order
        monkeypatch.setattr(cohort_assign_dialog, "suggest_cohort_assignment", self.suggest)

    def _gate(self, key: tuple[int, int]) -> threading.Event:
        with self.lock:
            return self.gates.setdefault(key, threading.Event())

    def suggest(self, db, actor, cohort_id, *args):
        with self.lock:
            n = self.asked.get(cohort_id, 0)
            self.asked[cohort_id] = n + 1
        gate = self._gate((cohort_id, n))
        for _ in range(600):
            if gate.wait(0.05) or self.all_go.is_set():
                break
        else:
            raise AssertionError("a proposal was never let go")
        try:
            return self.real(db, actor, cohort_id, *args)
        finally:
            self.answered.append(cohort_id)

    def let_go(self, cohort_id: int, n: int = 0) -> None:
        """Let the n-th proposal asked for `cohort_id` (from 0) be made."""
        self._gate((cohort_id, n)).set()

    def let_all_go(self) -> None:
        self.all_go.set()


def test_a_late_proposal_for_another_cohort_is_dropped(qtbot, demo, monkeypatch):
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

    first, second = cohort_in(demo.db, demo.actor, Stage.COGNITIVE), cohort_in(demo.db, demo.actor, Stage.PROJECT)
    new_students(demo.db, demo.actor, first, 3)
    held = Held(monkeypatch)
    dialog = CohortAssignDialog(demo, first.id)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    held.let_go(first.id)  # the lists, then the proposal for the first cohort
    settled(qtbot, dialog)
    assert dialog.proposal.cohort_id == first.id and ui.students.rowCount() == 3
    ui.suggestButton.click()  # asked again for the first cohort ...
    assert not ui.suggestButton.isEnabled()
    ui.cohort.setCurrentIndex(ui.cohort.findData(second.id))  # ... then for the second
    held.let_go(second.id)  # the second cohort's answer comes first
    qtbot.waitUntil(lambda: dialog.proposal.cohort_id == second.id)
    assert ui.suggestButton.isEnabled()  # the older proposal is not waited for
    shown = ui.studentsStack.currentWidget(), ui.emptyLabel.text(), ui.summary.text()
    held.let_go(first.id, 1)  # the first cohort's answer arrives last: it is not shown
    settled(qtbot, dialog)
    assert held.answered[-1] == first.id and dialog.proposal.cohort_id == second.id
    assert (ui.studentsStack.currentWidget(), ui.emptyLabel.text(), ui.summary.text()) == shown
    assert ui.suggestButton.isEnabled()
    # options changed while a proposal was being made: the user is told to suggest again
    ui.suggestButton.click()
    ui.onlyUnassigned.setChecked(not ui.onlyUnassigned.isChecked())
    held.let_all_go()
    settled(qtbot, dialog)
    assert "click “Suggest”" in ui.summary.text()
    # while saving, the cohort cannot be switched under the proposal being written
    ui.onlyUnassigned.setChecked(True)
    ui.cohort.setCurrentIndex(ui.cohort.findData(first.id))
    settled(qtbot, dialog)
    assert dialog.proposal.cohort_id == first.id and ui.cohort.isEnabled()
    with qtbot.waitSignal(dialog.assigned) as signal:
        save(dialog)
        assert not ui.cohort.isEnabled() and not dialog.save_button.isEnabled()
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
    dialog = settled(qtbot, AssignMentorDialog(demo, fresh))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.ui.stage.currentData() is None  # "each student's current stage"
    save(dialog)
    settled(qtbot, dialog)
    text = dialog.ui.formError.text()
    assert dialog.isVisible() and "学员“新生2”已结业，无需分配导师。" in text and "学员“新生3”已退学" in text
    assert all(mentors.current_mentor(demo.db, demo.actor, sid) is None for sid in fresh)  # all or nothing
