"""Screens that hold up on a laptop: the main window on demo data at the sizes a
1366×768 or 1280×720 screen leaves at 100 % and 125 % Windows scaling, every page
visited, and the dialogs at the largest size such a screen gives them — in the light
and the dark theme. Fails on clipped texts, widgets cut off by their parent and
overlapping siblings (tests/gui/layout_checks.py names the widget). The PNGs go to
tests/output/screens/fit_<size>_<page>.png (dark_fit_… in the dark theme)."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QApplication

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment
from jiarenbase.core.services.listing import ListQuery
from layout_checks import dialog_size, layout_problems, page_too_big, window_size

pytestmark = pytest.mark.gui

LIGHT_SIZES = ("1366x768", "1280x720", "1093x614", "1024x576")
DARK_SIZES = ("1024x576",)  # colours do not change with the size: the smallest one checks the layout too


@pytest.fixture
def themed(themed, qapp):
    """The shared `themed` (tests/gui/conftest.py), with the Chinese translators installed."""
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    return themed


@pytest.fixture
def demo(db, ctx):
    build_demo(db, students=24, seed=3)
    return ctx


def settle(qtbot, ctx) -> None:
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=30_000)
    QApplication.processEvents()


def visit_pages(qtbot, ctx, out_dir, sizes, prefix) -> list[str]:
    from jiarenbase.gui.main_window import MainWindow

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    found = []
    for size in sizes:
        limit = window_size(size)
        for key in window.page_keys:
            window.show_page(key)
            window.resize(limit)
            settle(qtbot, ctx)
            page, stack = window.pages[key], window.ui.pages
            room = limit - (window.size() - stack.size())  # the window less navigation, menus, status bar
            problems = page_too_big(page, room) or layout_problems(window, limit)
            window.grab().save(os.path.join(out_dir, f"{prefix}fit_{size}_{key}.png"))
            found += [f"[{size} {key}] {p}" for p in problems]
    window.close()
    return found


def test_every_page_fits_the_laptop_screens_light(qtbot, demo, themed, out_dir):
    themed(False)
    found = visit_pages(qtbot, demo, out_dir, LIGHT_SIZES, "")
    assert not found, "\n".join(found)


def test_every_page_fits_the_laptop_screens_dark(qtbot, demo, themed, out_dir):
    from jiarenbase.core.services import sessions
    from jiarenbase.gui.pages.student_page import StudentPage

    themed(True)
    found = visit_pages(qtbot, demo, out_dir, DARK_SIZES, "dark_")
    student = StudentPage(demo, sessions.list_sessions(demo.db, demo.actor, ListQuery(limit=1)).rows[0].student_id)
    qtbot.addWidget(student)
    student.show()
    student.resize(window_size(DARK_SIZES[-1]))
    settle(qtbot, demo)
    student.grab().save(os.path.join(out_dir, f"dark_fit_{DARK_SIZES[-1]}_student_file.png"))
    found += [f"[student_file] {p}" for p in layout_problems(student, window_size(DARK_SIZES[-1]))]
    assert not found, "\n".join(found)


def dialogs(ctx):
    """Every dialog a person meets, as (name, factory)."""
    from jiarenbase.core.services import certificates, cohorts, placements, sessions
    from jiarenbase.gui.dialogs.agreement_dialog import AgreementDialog
    from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog
    from jiarenbase.gui.dialogs.attendance_dialog import AttendanceDialog
    from jiarenbase.gui.dialogs.booking_dialog import BookingDialog
    from jiarenbase.gui.dialogs.client_detail_dialog import ClientDetailDialog
    from jiarenbase.gui.dialogs.client_dialog import ClientDialog
    from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog
    from jiarenbase.gui.dialogs.cohort_dialog import CohortDialog
    from jiarenbase.gui.dialogs.compliance_terms_dialog import ComplianceTermsDialog
    from jiarenbase.gui.dialogs.criteria_dialog import CriteriaDialog
    from jiarenbase.gui.dialogs.exam_dialog import ExamDialog
    from jiarenbase.gui.dialogs.exam_results_dialog import ExamResultsDialog
    from jiarenbase.gui.dialogs.import_wizard import ImportWizard
    from jiarenbase.gui.dialogs.mentor_dialog import MentorDialog
    from jiarenbase.gui.dialogs.placement_dialog import PlacementDialog
    from jiarenbase.gui.dialogs.readiness_dialog import ReadinessDialog
    from jiarenbase.gui.dialogs.registration_dialog import RegistrationDialog
    from jiarenbase.gui.dialogs.school_dialog import SchoolDialog
    from jiarenbase.gui.dialogs.scripts_dialog import ScriptsDialog
    from jiarenbase.gui.dialogs.session_dialog import SessionDialog
    from jiarenbase.gui.dialogs.session_import_dialog import SessionImportDialog
    from jiarenbase.gui.dialogs.sign_off_dialog import SignOffDialog
    from jiarenbase.gui.dialogs.student_dialog import StudentDialog
    from jiarenbase.gui.dialogs.subsidy_rates_dialog import SubsidyRatesDialog
    from jiarenbase.gui.dialogs.user_dialog import UserDialog
    from jiarenbase.gui.dialogs.video_dialog import VideoDialog
    from jiarenbase.gui.pages.student_page import StudentPage

    db, actor = ctx.db, ctx.actor
    student = enrolment.list_students(db, actor, ListQuery(limit=1)).rows[0]
    cohort = cohorts.list_cohorts(db, actor, ListQuery(limit=1)).rows[0]
    session = sessions.list_sessions(db, actor, ListQuery(limit=1)).rows[0]
    placement = placements.list_placements(db, actor, ListQuery(limit=1)).rows[0]
    exam = certificates.list_exams(db, actor).rows[0]
    sid = session.student_id
    from jiarenbase.gui.dialogs.about_dialog import AboutDialog
    from jiarenbase.gui.dialogs.appraisal_dialog import AppraisalDialog
    from jiarenbase.gui.dialogs.base_profile_dialog import BaseProfileDialog
    from jiarenbase.gui.dialogs.certificate_verify_dialog import CertificateVerifyDialog
    from jiarenbase.gui.dialogs.conflict_dialog import ConflictDialog
    from jiarenbase.gui.dialogs.error_dialog import ErrorDialog
    from jiarenbase.gui.dialogs.first_admin_dialog import FirstAdminDialog
    from jiarenbase.gui.dialogs.login_dialog import LoginDialog

    return [
        ("about", lambda: AboutDialog(ctx)),
        ("appraisal", lambda: AppraisalDialog(ctx, sid)),
        ("base_profile", lambda: BaseProfileDialog(ctx)),
        ("certificate_verify", lambda: CertificateVerifyDialog(ctx)),
        ("conflict", lambda: ConflictDialog()),
        ("error", lambda: ErrorDialog("出现意外错误", "Traceback (most recent call last): …")),
        ("first_admin", lambda: FirstAdminDialog(db, ctx.ops)),
        ("login", lambda: LoginDialog(db, ctx.ops)),
        ("student_file", lambda: StudentPage(ctx, sid)),
        ("student", lambda: StudentDialog(ctx, student.id)),
        ("school", lambda: SchoolDialog(ctx, 1)),
        ("client", lambda: ClientDialog(ctx, 1)),
        ("cohort", lambda: CohortDialog(ctx, cohort.id)),
        ("mentor", lambda: MentorDialog(ctx, 1)),
        ("user", lambda: UserDialog(ctx, None)),
        ("import_wizard", lambda: ImportWizard(ctx)),
        ("sign_off", lambda: SignOffDialog(ctx, sid)),
        ("criteria", lambda: CriteriaDialog(ctx, cohort.id, cohort.name)),
        ("attendance", lambda: AttendanceDialog(ctx, cohort.id, cohort.name)),
        ("booking", lambda: BookingDialog(ctx, None)),
        ("session", lambda: SessionDialog(ctx, session.id)),
        ("session_import", lambda: SessionImportDialog(ctx)),
        ("assign_mentor", lambda: AssignMentorDialog(ctx, [sid])),
        ("cohort_assign", lambda: CohortAssignDialog(ctx, cohort.id)),
        ("scripts", lambda: ScriptsDialog(ctx, sid)),
        ("video", lambda: VideoDialog(ctx, sid)),
        ("compliance_terms", lambda: ComplianceTermsDialog(ctx)),
        ("placement", lambda: PlacementDialog(ctx, placement.id)),
        ("exam", lambda: ExamDialog(ctx, exam.id)),
        ("exam_results", lambda: ExamResultsDialog(ctx, exam.id)),
        ("exam_registration", lambda: RegistrationDialog(ctx, exam.id)),
        ("readiness", lambda: ReadinessDialog(ctx)),
        ("agreement", lambda: AgreementDialog(ctx, None)),
        ("client_detail", lambda: ClientDetailDialog(ctx, 1)),
        ("subsidy_rates", lambda: SubsidyRatesDialog(ctx, 2025)),
    ]


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_every_dialog_fits_the_smallest_screen(qtbot, demo, themed, out_dir, dark):
    """Each dialog at the size it opens with, at most what a 1024×576 screen leaves, in both themes."""
    themed(dark)
    prefix = "dark_" if dark else ""
    limit = window_size("1024x576")
    found = []
    for name, make in dialogs(demo):
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        settle(qtbot, demo)
        dialog.resize(dialog_size(dialog, limit))
        settle(qtbot, demo)
        dialog.grab().save(os.path.join(out_dir, f"{prefix}fit_1024x576_dialog_{name}.png"))
        found += [f"[{name}] {p}" for p in layout_problems(dialog, limit)]
        dialog.close()
    assert not found, "\n".join(found)


def test_the_checks_catch_a_squeezed_combo_overlapping_buttons_and_a_cut_label(qtbot):
    from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

    from layout_checks import clipped_text, cut_by_parent, overlapping

    box = QWidget()
    qtbot.addWidget(box)
    row = QHBoxLayout(box)
    combo, first, second = QComboBox(box), QPushButton("员档", box), QPushButton("配导", box)
    combo.setObjectName("filter_cohort")
    combo.addItem("全部批次")
    for w in (combo, first, second):
        row.addWidget(w)
    label = QLabel("一段被父窗口裁掉的文字", box)
    box.resize(400, 60)
    box.show()
    combo.setGeometry(0, 0, 40, 30)  # "全部批▼" and worse
    first.setGeometry(50, 0, 80, 30)
    second.setGeometry(100, 0, 80, 30)
    label.setGeometry(300, 40, 200, 30)
    assert any("filter_cohort QComboBox '全部批次': width 40" in p for p in clipped_text(box))
    assert any("'员档'" in p and "'配导'" in p for p in overlapping(box))
    assert any("QLabel '一段被父窗口裁掉的文字'" in p for p in cut_by_parent(box))
