"""The 报表 page on demo data: each report shows the fields it needs; a missing
choice is shown at its field and nothing is built; a cohort report is built,
previewed, printed and its folder opened; Cancel leaves no file; a batch of
certificates one file per student; a mentor gets a calm note; the unmask box is
for administrators only; a page closed while its choices load or its report builds;
screenshots (empty and with a preview). Results come back through ctx.ops."""
from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import reports, users
from jiarenbase.core.services.progress import Cancelled
from jiarenbase.core.services.reports import ReportKind
from screen_checks import has_ink, shoot as _shoot

pytestmark = pytest.mark.gui
PASSWORD = "Jiaren@2025"


def shoot(widget, out_dir, name, qtbot):
    return _shoot(widget, out_dir, name, qtbot, prefix="issue6_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def as_user(ctx, username):
    return dataclasses.replace(ctx, actor=users.authenticate(ctx.db, username, PASSWORD).actor())


def page_of(ctx, qtbot):
    """The page with its choices loaded (ctx.ops: waited for)."""
    from jiarenbase.gui.pages.reports_page import ReportsPage

    page = ReportsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 820)
    page.refresh()
    qtbot.waitUntil(lambda: ctx.ops.pending_for(page) == 0, timeout=20_000)
    return page


def biggest_cohort(ctx):
    scopes = reports.report_scopes(ctx.db, ctx.actor)
    return max(scopes.cohorts, key=lambda c: len(reports.students_of_cohort(ctx.db, ctx.actor, c.id)))


def cohort_with_most_graduates(ctx):
    from jiarenbase.core.domain.enums import Stage
    from jiarenbase.core.services import enrolment
    from jiarenbase.core.services.listing import ListQuery

    def graduates(cohort):
        query = ListQuery(filters={"cohort_id": cohort.id, "stage": Stage.COMPLETED}, limit=1)
        return enrolment.list_students(ctx.db, ctx.actor, query).total

    cohort = max(reports.report_scopes(ctx.db, ctx.actor).cohorts, key=graduates)
    return cohort, graduates(cohort)


def build(page, qtbot):
    """Start the build and return its ReportResult (or the exception it ended in)."""
    outcome = []
    page.built.connect(outcome.append)
    page.build_failed.connect(outcome.append)
    assert page.start_build(), page.errors.shown()
    assert page.busy and not page.ui.build.isEnabled()
    qtbot.waitUntil(lambda: bool(outcome), timeout=60_000)
    assert len(outcome) == 1 and not page.busy
    return outcome[0]


def shown_rows(page):
    ui = page.ui
    rows = {"school": ui.school, "cohort": ui.cohort, "student": ui.student, "mentor": ui.mentor, "year": ui.year,
            "dates": ui.dates, "output": ui.outputMode, "unmask": ui.unmask, "reason": ui.reason,
            "mask": ui.maskIds, "appraisal": ui.appraisalButton}
    return {name for name, widget in rows.items() if ui.scopeForm.isRowVisible(widget)}


def test_each_report_shows_the_fields_it_needs(demo, qtbot):
    page = page_of(demo, qtbot)
    assert page.ui.kindList.count() == 7
    assert page.ui.kindList.item(0).text().startswith("结业证书")
    expected = {ReportKind.CERTIFICATE: {"school", "cohort", "student", "output", "unmask", "reason"},
                ReportKind.STUDENT: {"school", "cohort", "student", "appraisal", "unmask", "reason"},
                ReportKind.SCHOOL: {"school", "cohort", "dates", "unmask", "reason"},
                ReportKind.COHORT: {"school", "cohort", "unmask", "reason"},
                ReportKind.MENTOR: {"mentor", "dates"},  # the period (the last full month when not chosen)
                ReportKind.ANNUAL: {"year"},
                ReportKind.SUBSIDY: {"school", "cohort", "student", "mask"}}  # full ID numbers unless masked
    for kind, fields in expected.items():
        page.select_kind(kind)
        assert shown_rows(page) == fields, kind
        if kind is ReportKind.MENTOR:
            assert page.ui.datesLabel.text() in ("统计期间", "Period")  # not the cohorts' start dates
        assert page.ui.outputPath.text().endswith(".pdf")
        assert "JiarenBase报表" in page.ui.outputPath.text()


def test_cohorts_follow_the_school_and_students_follow_the_cohort(demo, qtbot, drain):
    page = page_of(demo, qtbot)
    scopes = page.scope.scopes
    school = next(s for s in scopes.schools if s.id in scopes.cohort_school.values())
    page.select_kind(ReportKind.STUDENT)
    page.scope.select(page.ui.school, school.id)
    drain()  # the students of a cohort come through ctx.ops
    offered = [page.ui.cohort.itemData(i) for i in range(1, page.ui.cohort.count())]
    assert offered and all(scopes.cohort_school[c] == school.id for c in offered)
    assert page.ui.student.count() == 1  # only "choose a student" until a cohort is chosen
    page.scope.select(page.ui.cohort, offered[0])
    drain()
    students = reports.students_of_cohort(demo.db, demo.actor, offered[0])
    assert [page.ui.student.itemText(i) for i in range(1, page.ui.student.count())] == [s.label for s in students]
    page.scope.select(page.ui.student, students[0].id)
    drain()
    assert students[0].label.split("（")[0] in page.ui.outputPath.text()
    # a single certificate: no choice between one PDF and one file per student
    page.select_kind(ReportKind.CERTIFICATE)
    assert "output" not in shown_rows(page)


def test_a_missing_choice_is_shown_at_its_field_and_nothing_is_built(demo, qtbot, monkeypatch):
    from jiarenbase.gui.pages import reports_page

    calls = []
    monkeypatch.setattr(reports_page, "build_into", lambda *a, **k: calls.append(a))
    page = page_of(demo, qtbot)
    page.select_kind(ReportKind.COHORT)
    assert page.start_build() is False
    assert "请选择批次" in page.errors.message("批次")
    assert page.ui.scopeForm.isRowVisible(page.ui.cohortError)
    page.select_kind(ReportKind.SCHOOL)
    assert not page.errors.has_errors()  # another report: a fresh start
    page.ui.useDates.setChecked(True)
    page.ui.dateTo.setDate(page.ui.dateFrom.date().addDays(-1))
    page.ui.outputPath.clear()
    assert page.start_build() is False
    assert page.errors.message("合作院校") and page.errors.message("结束日期") and page.errors.message("保存位置")
    assert calls == [] and not page.busy


def test_a_cohort_report_is_built_previewed_printed_and_its_folder_opened(demo, qtbot, monkeypatch, tmp_path,
                                                                          out_dir, drain):
    from PySide6.QtPrintSupport import QPrinter

    from jiarenbase.gui.pages import reports_page
    from jiarenbase.gui.widgets import report_printing

    page = page_of(demo, qtbot)
    assert page.ui.previewStack.currentWidget() is page.ui.emptyHint
    shoot(page, out_dir, "reports_empty", qtbot)
    cohort = biggest_cohort(demo)
    page.select_kind(ReportKind.COHORT)
    page.scope.select(page.ui.cohort, cohort.id)
    drain()
    out = tmp_path / "报表" / reports.default_filename(ReportKind.COHORT, cohort.label)
    assert page.ui.outputPath.text().endswith(out.name)
    page.ui.outputPath.setText(str(out))
    result = build(page, qtbot)
    assert result.paths == (out,), (result, page.ui.formError.text()) and out.exists() and result.pages > 0
    assert page.ui.previewStack.currentWidget() is page.ui.previewPage
    assert page.ui.preview.page_count() == result.pages > 0
    assert str(out) in page.ui.resultInfo.text()
    assert not page.busy and page.ui.build.isEnabled() and not page.ui.progress.isVisibleTo(page)
    page.show()
    qtbot.waitUntil(lambda: has_ink(page.ui.preview.viewport()), timeout=10_000)
    shoot(page, out_dir, "reports_preview", qtbot)

    opened = []
    monkeypatch.setattr(reports_page.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    page.ui.openFolder.click()
    assert [Path(u.toLocalFile()) for u in opened] == [out.parent]

    printed_to = tmp_path / "printed.pdf"

    class FakePrintDialog:
        PrintDialogOption = report_printing.QPrintDialog.PrintDialogOption

        def __init__(self, printer, parent=None):
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(printed_to))

        def setOption(self, *_a):
            pass

        def setMinMax(self, *_a):
            pass

        def exec(self):
            return QDialog.DialogCode.Accepted

    # printed by JiarenBase in the background (widgets/report_printing.py has the Windows hand-off's tests)
    monkeypatch.setattr(report_printing, "QPrintDialog", FakePrintDialog)
    page.printing.system = False
    page.printing.in_child = False
    with qtbot.waitSignal(page.printing.printed, timeout=30_000) as printed:
        assert page.print_report() is True
    assert printed.args[0].pages == result.pages
    assert printed_to.exists() and printed_to.stat().st_size > 1000


def test_cancel_leaves_no_file(demo, qtbot, tmp_path, monkeypatch, drain):
    import threading

    from jiarenbase.gui.pages import reports_page

    page = page_of(demo, qtbot)
    page.select_kind(ReportKind.COHORT)
    page.scope.select(page.ui.cohort, biggest_cohort(demo).id)
    drain()
    out = tmp_path / "cancelled.pdf"
    page.ui.outputPath.setText(str(out))
    pressed = threading.Event()
    page.progressed.connect(lambda *_: page.cancel() or pressed.set())  # Cancel pressed as the build reports
    build_into = reports_page.build_into

    def build_waiting_for_cancel(db, actor, request, out, progress, in_child=True):
        def report(done, total=0):  # the build goes on only once Cancel was pressed (no race with its end)
            progress(done, total)
            if pressed.wait(30):
                progress.token.raise_if_cancelled()

        return build_into(db, actor, request, out, report, in_child)

    monkeypatch.setattr(reports_page, "build_into", build_waiting_for_cancel)
    assert isinstance(build(page, qtbot), Cancelled)
    assert page.ui.status.text() in ("已取消，没有生成文件。", "Cancelled; no file was written.")
    assert not out.exists() and list(tmp_path.glob("cancelled*")) == []
    assert page.result is None and page.ui.previewStack.currentWidget() is page.ui.emptyHint
    assert not page.busy and page.ui.build.isEnabled()


def test_certificates_one_file_per_student(demo, qtbot, tmp_path, drain):
    page = page_of(demo, qtbot)
    cohort, graduates = cohort_with_most_graduates(demo)
    page.select_kind(ReportKind.CERTIFICATE)
    page.scope.select(page.ui.cohort, cohort.id)
    drain()
    page.ui.perStudent.setChecked(True)
    assert not page.ui.outputPath.text().endswith(".pdf")  # a folder
    folder = tmp_path / "证书"
    page.ui.outputPath.setText(str(folder))
    result = build(page, qtbot)
    assert len(result.paths) == graduates > 1, (result, page.ui.formError.text())
    assert all(p.parent == folder and p.exists() for p in result.paths)
    assert str(graduates) in page.ui.resultInfo.text()
    assert page.ui.preview.page_count() > 0


def test_a_mentor_is_told_calmly_who_prints_reports(demo, qtbot):
    page = page_of(as_user(demo, "mentor"), qtbot)
    assert page.denied
    assert "教务" in page.ui.deniedLabel.text()
    assert not page.ui.workspace.isVisibleTo(page)


def test_full_id_numbers_are_for_administrators_only(demo, qtbot, drain):
    staff = page_of(as_user(demo, "jiaowu"), qtbot)
    staff.select_kind(ReportKind.SCHOOL)
    assert not staff.denied
    assert "unmask" not in shown_rows(staff) and "reason" not in shown_rows(staff)
    assert staff.scope.request().unmasked is False

    admin = page_of(demo, qtbot)
    admin.select_kind(ReportKind.SCHOOL)
    assert {"unmask", "reason"} <= shown_rows(admin)
    assert not admin.ui.reason.isEnabled()
    admin.ui.unmask.setChecked(True)
    assert admin.ui.reason.isEnabled()
    admin.scope.select(admin.ui.school, admin.scope.scopes.schools[0].id)
    drain()
    assert admin.start_build() is False  # no purpose given
    assert admin.errors.message("用途说明")


def test_a_long_report_is_previewed_one_page_at_a_time(demo, qtbot, tmp_path, monkeypatch, drain):
    from jiarenbase.gui.widgets import pdf_preview

    monkeypatch.setattr(pdf_preview, "MULTI_PAGE_LIMIT", 3)  # the demo's packs are short; the rule is the same
    page = page_of(demo, qtbot)
    cohort = biggest_cohort(demo)
    page.select_kind(ReportKind.CERTIFICATE)
    page.scope.select(page.ui.cohort, cohort_with_most_graduates(demo)[0].id)
    drain()
    page.ui.outputPath.setText(str(tmp_path / "certs.pdf"))
    result = build(page, qtbot)
    assert result.pages > 3 and page.ui.preview.single_page
    assert page.ui.pageSpin.isVisibleTo(page) and page.ui.pageSpin.maximum() == result.pages
    page.ui.pageSpin.setValue(3)
    assert page.ui.preview.current_page() == 2
    page.ui.preview.show_page(0)
    assert page.ui.pageSpin.value() == 1
    assert str(result.pages) in page.ui.pageTotal.text()
    page.select_kind(ReportKind.COHORT)
    page.scope.select(page.ui.cohort, cohort.id)
    drain()
    page.ui.outputPath.setText(str(tmp_path / "cohort.pdf"))
    short = build(page, qtbot)
    assert short.pages <= 3 and not page.ui.preview.single_page and not page.ui.pageSpin.isVisibleTo(page)


def test_an_unwritable_folder_is_said_at_the_path_field(demo, qtbot, tmp_path, drain):
    page = page_of(demo, qtbot)
    page.select_kind(ReportKind.COHORT)
    page.scope.select(page.ui.cohort, biggest_cohort(demo).id)
    drain()
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    page.ui.outputPath.setText(str(blocker / "cohort.pdf"))  # its folder cannot be made
    outcome = build(page, qtbot)
    assert "保存位置" in str(outcome) and page.errors.message("保存位置")
    assert page.ui.build.isEnabled()


def test_closed_while_the_choices_load(demo, qtbot, in_flight):
    from jiarenbase.gui.pages import reports_page

    in_flight.hold(reports_page, "report_scopes")
    page = reports_page.ReportsPage(demo)
    page.show()  # loads on its first show
    in_flight.destroy_while_loading(page)


def test_closed_while_a_report_builds_cancels_it(demo, qtbot, in_flight, tmp_path, drain):
    from jiarenbase.gui.pages import reports_page

    page = reports_page.ReportsPage(demo)
    page.refresh()
    qtbot.waitUntil(lambda: demo.ops.pending_for(page) == 0, timeout=20_000)
    page.select_kind(ReportKind.COHORT)
    page.scope.select(page.ui.cohort, biggest_cohort(demo).id)
    drain()
    out = tmp_path / "closed.pdf"
    page.ui.outputPath.setText(str(out))
    in_flight.hold(reports_page, "build_into")
    assert page.start_build()
    token = page.token
    in_flight.destroy_while_loading(page)
    assert token.cancelled  # the page's progress bridge went with it: the build stops
    assert not out.exists()
