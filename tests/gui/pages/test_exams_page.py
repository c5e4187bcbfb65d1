"""The exams page and its dialogs on demo data: new exam (一试双证), results sheet
(all or nothing, two certificates per pass), readiness with reasons (registering
the ready students: the 报名 list and the results sheet start from them), mentor
read-only; the page closed while its list loads; screenshots under
tests/output/screens/issue5_*.png. Results come back through ctx.ops: tests drain."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Occupation, SkillLevel
from jiarenbase.core.services import certificates, cohorts, exam_readiness, exam_results, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.exam_results_dialog import CHECK, SCORE, ExamResultsDialog
from jiarenbase.gui.dialogs.form_values import select_value
from jiarenbase.gui.dialogs.readiness_dialog import ReadinessDialog
from jiarenbase.gui.pages.exams_page import ExamsPage
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui

DUAL = certificates.ExamInput(occupation=Occupation.INTERNET_MARKETER, level=SkillLevel.JUNIOR,
                              exam_date=date(2025, 6, 18), work_type="直播销售员",
                              evaluating_org="上海市职业技能鉴定中心", dual_certificate=True,
                              enterprise_issuer="自家人(上海)文化有限公司")


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue5_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def first_cohort(ctx):
    return next(c for c in cohorts.list_cohorts(ctx.db, ctx.actor, ListQuery(limit=100)).rows if c.student_count)


def test_empty_page_then_new_dual_exam(demo, qtbot, out_dir, drain):
    page = ExamsPage(demo)
    qtbot.addWidget(page)
    page.resize(1000, 560)
    page.refresh()
    drain()
    before = len(page.rows)
    shoot(page, out_dir, "exams_page", qtbot)
    page.ui.search.setText("没有这个机构")
    page.refresh()
    drain()
    assert page.ui.stack.currentWidget() is page.ui.emptyPage and "search" in page.ui.emptyLabel.text()
    page.ui.search.setText("")
    page.refresh()
    drain()
    dialog = page.new_exam()
    drain()
    ui = dialog.ui
    ui.workType.setText("直播销售员")
    ui.evaluatingOrg.setText("上海市职业技能鉴定中心")
    ui.dualCertificate.setChecked(True)
    dialog.save()  # the issuer is missing: the service names the field
    drain()
    assert "一试双证" in ui.enterpriseIssuerError.text() and dialog.isVisible()
    ui.enterpriseIssuer.setText("自家人(上海)文化有限公司")
    shoot(dialog, out_dir, "exam_dialog", qtbot)
    dialog.save()
    drain()
    assert dialog.saved_id is not None and not dialog.isVisible()
    assert len(page.rows) == before + 1 and dialog.saved_id in {r.id for r in page.rows if r.dual_certificate}


def test_results_sheet_issues_two_certificates_per_pass(demo, qtbot, out_dir, drain):
    exam = certificates.create_exam(demo.db, demo.actor, DUAL)
    cohort = first_cohort(demo)
    page = ExamsPage(demo)
    qtbot.addWidget(page)
    page.refresh()
    dialog = ExamResultsDialog(demo, exam.id, page, cohort_id=cohort.id)
    qtbot.addWidget(dialog)
    drain()
    dialog.resize(900, 560)
    table = dialog.ui.table
    assert table.rowCount() >= 3
    for r, score in enumerate((85, 72.5, 40)):
        table.cellWidget(r, SCORE).setValue(score)  # typing a score ticks the line
    assert len(dialog.entries()) == 3
    table.cellWidget(3, SCORE).setValue(130)  # clamped by the spin box to 100
    table.cellWidget(3, CHECK).box.setChecked(False)
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    drain()  # the sheet is read again
    assert "3" in dialog.ui.outcome.text() and "4" in dialog.ui.outcome.text()  # 2 passed x 2 certificates
    results = exam_results.exam_results(demo.db, demo.actor, exam.id)
    assert sorted(len(r.certificates) for r in results) == [0, 2, 2]
    assert table.item(0, 0).text() == "Recorded"
    shoot(dialog, out_dir, "exam_results", qtbot)
    page.refresh()
    drain()
    row = next(r for r in page.rows if r.id == exam.id)
    assert (row.results, row.passed) == (3, 2)


def test_all_or_nothing_shows_the_problem(demo, qtbot, drain):
    exam = certificates.create_exam(demo.db, demo.actor, DUAL)
    cohort = first_cohort(demo)
    dialog = ExamResultsDialog(demo, exam.id, cohort_id=cohort.id)
    qtbot.addWidget(dialog)
    drain()
    dialog.save()  # nothing ticked
    drain()
    assert "学员" in dialog.ui.formError.text()
    assert exam_results.exam_results(demo.db, demo.actor, exam.id) == []


def test_readiness_lists_reasons_and_adds_to_an_exam(demo, qtbot, out_dir, drain):
    exam = certificates.create_exam(demo.db, demo.actor, DUAL)
    cohort = first_cohort(demo)
    data = exam_readiness.exam_readiness(demo.db, demo.actor, cohort.id, SkillLevel.JUNIOR)
    dialog = ReadinessDialog(demo, cohort_id=cohort.id)
    qtbot.addWidget(dialog)
    dialog.resize(1000, 680)
    drain()
    assert dialog.ui.readyTable.rowCount() == len(data.ready)
    assert dialog.ui.notReadyTable.rowCount() == len(data.not_ready)
    if data.not_ready:
        assert dialog.ui.notReadyTable.item(0, 7).text()  # the reasons
    assert "70" in dialog.ui.barText.text()
    shoot(dialog, out_dir, "readiness", qtbot)
    if data.ready:  # registered for the exam: its 报名 list opens, and the results sheet starts from it
        select_value(dialog.ui.exam, exam.id)
        dialog.add_to_exam()
        drain()
        qtbot.addWidget(dialog.registration)
        drain()
        ready = {r.student_id for r in data.ready}
        assert {r.student_id for r in dialog.registration.rows} == ready
        assert str(len(ready)) in demo.notices.last
        sheet = ExamResultsDialog(demo, exam.id)
        qtbot.addWidget(sheet)
        drain()
        assert {c[0] for c in sheet.registered} == ready and sheet.ui.table.rowCount() == len(ready)
    # a looser bar shows more students ready
    exam_readiness.set_readiness_bar(demo.db, demo.actor, replace(data.bar, min_mock_drills=0, min_mock_avg=None))
    dialog.refresh()
    drain()
    assert dialog.ui.readyTable.rowCount() >= len(data.ready)
    assert exam.id in [dialog.ui.exam.itemData(i) for i in range(dialog.ui.exam.count())]


def test_mentor_sees_read_only(demo, qtbot, out_dir, drain):
    certificates.create_exam(demo.db, demo.actor, DUAL)
    mentor = replace(demo, actor=users.authenticate(demo.db, "mentor", "Jiaren@2025").actor())
    page = ExamsPage(mentor)
    qtbot.addWidget(page)
    page.resize(1000, 500)
    page.refresh()
    drain()
    assert not page.ui.newExam.isVisibleTo(page) and not page.ui.editExam.isVisibleTo(page)
    page.ui.table.selectRow(0)
    sheet = page.open_results()
    qtbot.addWidget(sheet)
    drain()
    assert not sheet.save_button.isVisibleTo(sheet)
    readiness = page.open_readiness()
    qtbot.addWidget(readiness)
    drain()
    assert not readiness.ui.addToExam.isVisibleTo(readiness)
    assert readiness.ui.readyTable.item(0, 0) is None or \
        readiness.ui.readyTable.item(0, 0).flags() & Qt.ItemFlag.ItemIsUserCheckable == Qt.ItemFlag.NoItemFlags
    shoot(readiness, out_dir, "readiness_mentor", qtbot)


def test_closed_while_its_list_loads(demo, qtbot, in_flight):
    from jiarenbase.gui.pages import exams_page

    in_flight.hold(exams_page.certificates, "list_exams")
    page = ExamsPage(demo)
    page.show()  # loads on its first show
    in_flight.destroy_while_loading(page)


def test_an_older_search_answering_late_is_dropped(demo, qtbot, drain, monkeypatch):
    import threading

    certificates.create_exam(demo.db, demo.actor, DUAL)
    gate, list_exams = threading.Event(), certificates.list_exams

    def slow_when_unfiltered(db, actor, query):
        if not query.search:
            assert gate.wait(30)
        return list_exams(db, actor, query)

    monkeypatch.setattr(certificates, "list_exams", slow_when_unfiltered)
    page = ExamsPage(demo)
    qtbot.addWidget(page)
    page.refresh()  # all exams: held
    page.ui.search.setText("没有这个机构")
    page.refresh()  # the newer search answers first
    qtbot.waitUntil(lambda: demo.ops.pending == 1)
    gate.set()
    drain()
    assert page.rows == [] and page.ui.stack.currentWidget() is page.ui.emptyPage


def test_every_exam_is_listed_and_counted(demo, qtbot, drain, monkeypatch):
    """The list is read page after page, never cut at a limit; the summary adds up all of it."""
    from jiarenbase.gui.pages import exams_page

    monkeypatch.setattr(exams_page, "PAGE", 2)
    for day in range(1, 4):
        certificates.create_exam(demo.db, demo.actor, replace(DUAL, exam_date=date(2025, 7, day)))
    every = certificates.list_exams(demo.db, demo.actor, ListQuery(limit=10_000))
    assert every.total > 2
    page = ExamsPage(demo)
    qtbot.addWidget(page)
    page.refresh()
    drain()
    assert page.ui.table.rowCount() == every.total and {r.id for r in page.rows} == {r.id for r in every.rows}
    assert page.ui.summary.text() == (f"{every.total} exams · {sum(r.results for r in every.rows)} results · "
                                      f"{sum(r.passed for r in every.rows)} passed")
