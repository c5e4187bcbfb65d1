"""The scope box of the 报表 page (report_scope.py): a cohort's students arrive
through ctx.ops, only the newest cohort's answer is shown, a refusal is said under
the field, and a scope closed while loading gets nothing."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from jiarenbase.core.demo import build_demo
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import reports
from jiarenbase.core.services.reports import ReportKind
from jiarenbase.gui.forms.ui_reports_page import Ui_ReportsPage
from jiarenbase.gui.widgets import report_scope
from jiarenbase.gui.widgets.field_error import FieldErrors
from jiarenbase.gui.widgets.report_scope import ReportScope

pytestmark = pytest.mark.gui


@pytest.fixture
def demo(db, ctx):
    build_demo(db, students=40, seed=3)
    return ctx


def make_scope(qtbot, ctx, drain=None) -> tuple[QWidget, ReportScope]:
    host = QWidget()
    ui = Ui_ReportsPage()
    ui.setupUi(host)
    scope = ReportScope(ctx, ui, FieldErrors(ui.formError, ctx.lang), host)
    scope.set_scopes(reports.report_scopes(ctx.db, ctx.actor))
    scope.set_kind(ReportKind.STUDENT)
    if drain is not None:
        qtbot.addWidget(host)
        drain()
    return host, scope


def students_shown(scope) -> list[int]:
    combo = scope.ui.student
    return [combo.itemData(i) for i in range(1, combo.count())]


def two_cohorts(ctx):
    cohorts = reports.report_scopes(ctx.db, ctx.actor).cohorts
    sized = sorted(cohorts, key=lambda c: -len(reports.students_of_cohort(ctx.db, ctx.actor, c.id)))
    return sized[0], sized[1]


def blocked_for(monkeypatch, cohort_id):
    """students_of_cohort waits for the gate when asked for this cohort."""
    gate, started = threading.Event(), threading.Event()
    real = report_scope.students_of_cohort

    def waits(db, actor, asked):
        if asked == cohort_id:
            started.set()
            gate.wait(10)
        return real(db, actor, asked)

    monkeypatch.setattr(report_scope, "students_of_cohort", waits)
    return gate, started


def test_choosing_a_cohort_lists_its_students(qtbot, demo, drain):
    _host, scope = make_scope(qtbot, demo, drain)
    first, _second = two_cohorts(demo)
    with qtbot.waitSignal(scope.students_loaded):
        scope.select(scope.ui.cohort, first.id)
    expected = [c.id for c in reports.students_of_cohort(demo.db, demo.actor, first.id)]
    assert students_shown(scope) == expected and expected
    scope.select(scope.ui.student, expected[0])
    assert scope.request().student_id == expected[0] and scope.request().cohort_id == first.id


def test_only_the_newest_cohorts_students_are_shown(qtbot, demo, drain, monkeypatch):
    _host, scope = make_scope(qtbot, demo, drain)
    first, second = two_cohorts(demo)
    gate, started = blocked_for(monkeypatch, first.id)
    scope.select(scope.ui.cohort, first.id)
    assert started.wait(10)
    scope.select(scope.ui.cohort, second.id)  # chosen again before the first answered
    qtbot.waitUntil(lambda: demo.ops.pending == 1)  # the second is in
    gate.set()
    drain()  # the first answers last: dropped
    assert students_shown(scope) == [c.id for c in reports.students_of_cohort(demo.db, demo.actor, second.id)]


def test_no_cohort_drops_a_list_still_coming(qtbot, demo, drain, monkeypatch):
    _host, scope = make_scope(qtbot, demo, drain)
    first, _second = two_cohorts(demo)
    gate, started = blocked_for(monkeypatch, first.id)
    scope.select(scope.ui.cohort, first.id)
    assert started.wait(10)
    scope.ui.cohort.setCurrentIndex(0)  # "choose a cohort" again
    assert students_shown(scope) == []
    gate.set()
    drain()
    assert students_shown(scope) == []


def test_a_refusal_is_said_under_the_student_field(qtbot, demo, drain, monkeypatch):
    _host, scope = make_scope(qtbot, demo, drain)
    first, _second = two_cohorts(demo)

    def refused(*_a):
        raise PermissionDenied("导师账号无权打印报表。", "Mentors may not print reports.")

    monkeypatch.setattr(report_scope, "students_of_cohort", refused)
    scope.select(scope.ui.cohort, first.id)
    drain()
    assert "无权打印报表" in scope.errors.message("学员") and students_shown(scope) == []


def test_closed_while_the_students_load(qtbot, demo, drain, monkeypatch):
    host, scope = make_scope(qtbot, demo)
    drain()
    first, _second = two_cohorts(demo)
    gate, started = blocked_for(monkeypatch, first.id)
    ran = []
    for name in ("_students_arrived", "_students_failed"):
        monkeypatch.setattr(ReportScope, name, lambda self, *a, _n=name: ran.append(_n))
    scope.select(scope.ui.cohort, first.id)
    assert started.wait(10)
    host.deleteLater()  # the page goes, its scope with it
    qtbot.waitUntil(lambda: all(op.dropped for op in demo.ops._pending.values()))
    gate.set()
    drain()
    assert ran == []


def test_the_school_pack_ticks_started_cohorts_and_offers_the_others(qtbot, demo, drain, tmp_path):
    from pathlib import Path

    from jiarenbase.core.services import cohorts as cohort_svc

    scopes = reports.report_scopes(demo.db, demo.actor)
    school = next(s for s in scopes.schools if s.id in scopes.cohort_school.values())
    fresh = cohort_svc.create_cohort(demo.db, demo.actor, cohort_svc.CohortInput("ZB202612-98", "2026冬季新班",
                                                                                 school_id=school.id))
    host, scope = make_scope(qtbot, demo, drain)
    scope.set_kind(ReportKind.SCHOOL)
    scope.select(scope.ui.school, school.id)
    drain()
    box = scope.cohort_checks
    assert scope.ui.scopeForm.isRowVisible(box)
    items = {box.item(i).data(report_scope.Qt.ItemDataRole.UserRole): box.item(i) for i in range(box.count())}
    mine = {c for c, s in scope.scopes.cohort_school.items() if s == school.id}
    assert set(items) == mine and fresh.id in items
    assert items[fresh.id].checkState() == report_scope.Qt.CheckState.Unchecked
    assert items[fresh.id].text() != fresh.code + " " + fresh.name  # labelled as not started
    started = tuple(sorted(c for c in mine if c in scope.scopes.started))
    assert started and tuple(sorted(scope.request().cohort_ids)) == started
    items[fresh.id].setCheckState(report_scope.Qt.CheckState.Checked)
    assert fresh.id in scope.request().cohort_ids
    out = Path(__file__).resolve().parents[2] / "output" / "reports"
    out.mkdir(parents=True, exist_ok=True)
    host.resize(420, 640)
    assert scope.ui.scopeBox.grab().save(str(out / "report_scope_school_pack.png"))
    scope.select(scope.ui.cohort, next(iter(mine - {fresh.id})))  # one cohort: no checklist
    assert not scope.ui.scopeForm.isRowVisible(box) and scope.request().cohort_ids is None
    scope.set_kind(ReportKind.COHORT)
    assert scope.request().cohort_ids is None
