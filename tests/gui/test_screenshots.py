"""Every main page and dialog rendered in Chinese with the light theme on demo
data, saved to tests/output/screens/ for a person to look at, and checked for
labels and buttons too narrow for their text. Each shot waits until what the
screen loads through ctx.ops has arrived."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, users
from jiarenbase.core.services.listing import ListQuery
from screen_checks import clipped, has_ink, shoot as _shoot

pytestmark = pytest.mark.gui


OPS = []  # the test's Operations (set by _loaded_before_shots)


@pytest.fixture(autouse=True)
def _loaded_before_shots(ops):
    OPS[:] = [ops]
    yield
    OPS.clear()


def shoot(widget, out_dir, name, qtbot):
    qtbot.waitUntil(lambda: OPS[0].pending == 0, timeout=30_000)
    _shoot(widget, out_dir, name, qtbot, chinese=True)


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme, install_translators

    build_demo(db, students=40, seed=3)
    install_translators(qapp, "zh")
    apply_theme(qapp)
    return ctx


def test_every_main_page_as_admin(qtbot, demo, out_dir):
    from jiarenbase.gui.main_window import MainWindow

    w = MainWindow(demo)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    for key in w.page_keys:
        w.show_page(key)
        shoot(w, out_dir, f"page_{key}", qtbot)
        assert getattr(getattr(w.pages[key], "ui", None), "title", None) != "…"


def test_main_pages_as_mentor(qtbot, demo, out_dir):
    from jiarenbase.gui.main_window import MainWindow

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    w = MainWindow(replace(demo, actor=mentor))
    qtbot.addWidget(w)
    w.resize(1280, 800)
    for key in ("dashboard", "students", "stage_board", "mentor_workload", "rooms", "sessions", "exams"):
        w.show_page(key)
        shoot(w, out_dir, f"mentor_{key}", qtbot)


def test_every_record_dialog_new_and_edit(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.client_dialog import ClientDialog
    from jiarenbase.gui.dialogs.cohort_dialog import CohortDialog
    from jiarenbase.gui.dialogs.mentor_dialog import MentorDialog
    from jiarenbase.gui.dialogs.school_dialog import SchoolDialog
    from jiarenbase.gui.dialogs.student_dialog import StudentDialog
    from jiarenbase.gui.dialogs.user_dialog import UserDialog

    student = enrolment.list_students(demo.db, demo.actor, ListQuery(limit=1)).rows[0]
    user = users.list_users(demo.db, demo.actor)[0]
    for name, cls, record_id in (("student", StudentDialog, student.id), ("school", SchoolDialog, 1),
                                 ("client", ClientDialog, 1), ("cohort", CohortDialog, 1),
                                 ("mentor", MentorDialog, 1), ("user", UserDialog, user.id)):
        for mode, rid in (("new", None), ("edit", record_id)):
            dialog = cls(demo, rid)
            qtbot.addWidget(dialog)
            shoot(dialog, out_dir, f"dialog_{name}_{mode}", qtbot)
            dialog.reject()


def test_sign_in_first_start_conflict_error_wizard(qtbot, demo, out_dir):
    from jiarenbase.gui.dialogs.conflict_dialog import ConflictDialog
    from jiarenbase.gui.dialogs.error_dialog import ErrorDialog
    from jiarenbase.gui.dialogs.first_admin_dialog import FirstAdminDialog
    from jiarenbase.gui.dialogs.import_wizard import ImportWizard
    from jiarenbase.gui.dialogs.login_dialog import LoginDialog

    for name, widget in (("login", LoginDialog(demo.db, demo.ops, "zh")),
                         ("first_admin", FirstAdminDialog(demo.db, demo.ops, "zh")),
                         ("conflict", ConflictDialog()),
                         ("error", ErrorDialog("ValueError: 示例", "Traceback (most recent call last):\n  …")),
                         ("import_wizard", ImportWizard(demo))):
        qtbot.addWidget(widget)
        shoot(widget, out_dir, name, qtbot)
        widget.close()


def test_the_clipping_check_catches_a_squeezed_label(qtbot):
    box = QWidget()
    qtbot.addWidget(box)
    label = QLabel("一段放不下的很长的中文标签文字", box)
    label.setFixedWidth(30)
    box.show()
    assert clipped(box) and "一段放不下" in clipped(box)[0]


def test_training_flow_windows_and_dialogs(qtbot, demo, out_dir):
    """The stage board's, rooms', sessions', mentors' and scripts' dialogs, and the
    student file, in Chinese on demo data."""
    from jiarenbase.core.services import cohorts, rooms, scripts, sessions
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog
    from jiarenbase.gui.dialogs.attendance_dialog import AttendanceDialog
    from jiarenbase.gui.dialogs.booking_dialog import BookingDialog
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog
    from jiarenbase.gui.dialogs.compliance_terms_dialog import ComplianceTermsDialog
    from jiarenbase.gui.dialogs.criteria_dialog import CriteriaDialog
    from jiarenbase.gui.dialogs.script_diff_dialog import ScriptDiffDialog
    from jiarenbase.gui.dialogs.scripts_dialog import ScriptsDialog
    from jiarenbase.gui.dialogs.session_dialog import SessionDialog
    from jiarenbase.gui.dialogs.session_import_dialog import SessionImportDialog
    from jiarenbase.gui.dialogs.sign_off_dialog import SignOffDialog
    from jiarenbase.gui.dialogs.video_dialog import VideoDialog
    from jiarenbase.gui.pages.student_page import StudentPage

    db, actor = demo.db, demo.actor
    cohort = cohorts.list_cohorts(db, actor, ListQuery(limit=1)).rows[0]
    session = sessions.list_sessions(db, actor, ListQuery(limit=1)).rows[0]
    student_id = session.student_id
    versions = next(s.versions for s in scripts.scripts_of(db, actor, student_id) if len(s.versions) > 1)
    booking = rooms.bookings_between(db, actor, session.started_at, session.ended_at)[0]
    for name, widget in (
            ("student_file", StudentPage(demo, student_id)),
            ("sign_off", SignOffDialog(demo, student_id)),
            ("criteria", CriteriaDialog(demo, cohort.id, cohort.name)),
            ("attendance", AttendanceDialog(demo, cohort.id, cohort.name)),
            ("booking_new", BookingDialog(demo, None)),
            ("booking_edit", BookingDialog(demo, booking.id)),
            ("session_new", SessionDialog(demo, None)),
            ("session_edit", SessionDialog(demo, session.id)),
            ("session_from_booking", SessionDialog(demo, None, booking_id=booking.id)),
            ("session_import", SessionImportDialog(demo)),
            ("assign_mentor", AssignMentorDialog(demo, [student_id])),
            ("cohort_assign", CohortAssignDialog(demo, cohort.id)),
            ("scripts", ScriptsDialog(demo, student_id)),
            ("script_diff", ScriptDiffDialog(demo, versions[0].id, versions[-1].id)),
            ("video_new", VideoDialog(demo, student_id)),
            ("compliance_terms", ComplianceTermsDialog(demo))):
        qtbot.addWidget(widget)
        if name == "student_file":
            widget.resize(1280, 820)
        shoot(widget, out_dir, f"flow_{name}", qtbot)
        widget.close()


def test_outcomes_dialogs(qtbot, demo, out_dir):
    """Placements, exams, readiness, agreements, clients and the subsidy figures, in Chinese."""
    from jiarenbase.core.services import certificates, placements
    from jiarenbase.gui.dialogs.agreement_dialog import AgreementDialog
    from jiarenbase.gui.dialogs.client_detail_dialog import ClientDetailDialog
    from jiarenbase.gui.dialogs.exam_dialog import ExamDialog
    from jiarenbase.gui.dialogs.exam_results_dialog import ExamResultsDialog
    from jiarenbase.gui.dialogs.placement_dialog import PlacementDialog
    from jiarenbase.gui.dialogs.readiness_dialog import ReadinessDialog
    from jiarenbase.gui.dialogs.subsidy_rates_dialog import SubsidyRatesDialog

    db, actor = demo.db, demo.actor
    placement = placements.list_placements(db, actor, ListQuery(limit=1)).rows[0]
    exam = certificates.list_exams(db, actor).rows[0]
    for name, widget in (
            ("placement_new", PlacementDialog(demo, None)),
            ("placement_edit", PlacementDialog(demo, placement.id)),
            ("exam_new", ExamDialog(demo, None)),
            ("exam_edit", ExamDialog(demo, exam.id)),
            ("exam_results", ExamResultsDialog(demo, exam.id)),
            ("readiness", ReadinessDialog(demo)),
            ("agreement_new", AgreementDialog(demo, None)),
            ("client_detail", ClientDetailDialog(demo, 1)),
            ("subsidy_rates", SubsidyRatesDialog(demo, 2025))):
        qtbot.addWidget(widget)
        shoot(widget, out_dir, f"outcome_{name}", qtbot)
        widget.close()


def test_reports_page_with_a_school_pack_built(qtbot, demo, out_dir, tmp_path):
    """The 报表 page after building a partner-school pack: the preview shows the cover."""
    from jiarenbase.core.services.reports import ReportKind, report_scopes
    from jiarenbase.gui.pages.reports_page import ReportsPage

    page = ReportsPage(demo)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.lazy.ensure()  # what the main window does when the page comes to the front
    qtbot.waitUntil(lambda: demo.ops.pending == 0, timeout=20_000)
    page.select_kind(ReportKind.SCHOOL)
    page.scope.select(page.ui.school, report_scopes(demo.db, demo.actor).schools[0].id)
    qtbot.waitUntil(lambda: demo.ops.pending == 0, timeout=20_000)
    page.ui.outputPath.setText(str(tmp_path / "合作院校报告包.pdf"))
    with qtbot.waitSignal(page.built, timeout=60_000):
        assert page.start_build()
    assert (tmp_path / "合作院校报告包.pdf").exists()
    page.show()
    qtbot.waitUntil(lambda: has_ink(page.ui.preview.viewport()), timeout=10_000)  # QPdfView renders in the background
    shoot(page, out_dir, "flow_reports_school_pack", qtbot)

