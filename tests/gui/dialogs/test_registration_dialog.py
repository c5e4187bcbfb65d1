"""考试报名 dialog: the demo exam's candidates with their statuses; staff add a student
by hand, set the status of the selected rows at once and remove a candidate (each
confirmed in the status bar); a stale row gets the list reloaded; a mentor reads
their own students only; closed while loading, nothing comes back."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import RegistrationStatus
from jiarenbase.core.services import certificates, enrolment, exam_registration, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.form_values import select_value
from jiarenbase.gui.dialogs.registration_dialog import RegistrationDialog

pytestmark = pytest.mark.gui


def select_rows(dialog, rows) -> None:
    model, selection = dialog.ui.table.model(), dialog.ui.table.selectionModel()
    selection.clearSelection()
    for r in rows:
        selection.select(model.index(r, 0), selection.SelectionFlag.Select | selection.SelectionFlag.Rows)


def test_closed_while_loading(qtbot, ctx, in_flight, owner):
    for module, name in ((certificates, "get_exam"), (exam_registration, "exam_registrations")):
        in_flight.hold(module, name)
    dialog = RegistrationDialog(ctx, 1, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_add_set_status_remove(qtbot, ctx, db, drain, monkeypatch):
    build_demo(db, students=16, seed=3)
    exam = certificates.list_exams(db, ctx.actor, ListQuery(limit=1)).rows[0]
    listed = exam_registration.exam_registrations(db, ctx.actor, exam.id)
    dialog = RegistrationDialog(ctx, exam.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.table.rowCount() == len(listed) > 0 and "candidates" in dialog.ui.summary.text()
    on_list = {r.student_id for r in listed}
    newcomer, second = [s for s in enrolment.list_students(db, ctx.actor, ListQuery(limit=100)).rows
                        if s.id not in on_list and s.status.value != "withdrawn"][:2]
    dialog.ui.student.set_current(newcomer.id, newcomer.name)
    dialog.add_chosen()
    drain()
    assert newcomer.id in {r.student_id for r in dialog.rows} and newcomer.name in ctx.notices.last
    dialog.add_students([second.id])
    drain()
    fresh = [i for i, r in enumerate(dialog.rows) if r.student_id in (newcomer.id, second.id)]
    assert {dialog.rows[i].status for i in fresh} == {RegistrationStatus.REGISTERED}
    select_rows(dialog, fresh)
    chosen = {dialog.rows[i].id for i in fresh}
    assert set(dialog.selected_ids()) == chosen
    select_value(dialog.ui.status, RegistrationStatus.PAID)
    dialog.set_status()
    drain()
    assert {r.status for r in dialog.rows if r.id in chosen} == {RegistrationStatus.PAID}
    assert "2" in ctx.notices.last
    # a stale row: another desktop changed it meanwhile — the list is read again
    target = next(r for r in dialog.rows if r.student_id == newcomer.id)
    exam_registration.set_registration_status(db, ctx.actor, [(target.id, target.version)], RegistrationStatus.SAT)
    dialog.ui.table.selectRow(dialog.rows.index(target))
    select_value(dialog.ui.status, RegistrationStatus.ABSENT)
    dialog.set_status()
    drain()
    assert dialog.ui.formError.text() and \
        next(r for r in dialog.rows if r.id == target.id).status is RegistrationStatus.SAT
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.ui.table.selectRow(next(i for i, r in enumerate(dialog.rows) if r.id == target.id))
    dialog.remove_selected()
    drain()
    assert newcomer.id not in {r.student_id for r in dialog.rows} and newcomer.name in ctx.notices.last


def test_mentor_reads_own_students(qtbot, ctx, db, drain):
    build_demo(db, students=16, seed=3)
    exam = certificates.list_exams(db, ctx.actor, ListQuery(limit=1)).rows[0]
    mentor = replace(ctx, actor=users.authenticate(db, "mentor", "Jiaren@2025").actor())
    dialog = RegistrationDialog(mentor, exam.id)
    qtbot.addWidget(dialog)
    drain()
    mine = exam_registration.exam_registrations(db, mentor.actor, exam.id)
    assert len(dialog.rows) == len(mine) <= len(exam_registration.exam_registrations(db, ctx.actor, exam.id))
    assert not dialog.ui.setStatus.isVisibleTo(dialog) and not dialog.ui.student.isVisibleTo(dialog)
