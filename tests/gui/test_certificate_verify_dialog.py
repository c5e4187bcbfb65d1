"""证书 → 核验 (CertificateVerifyDialog): a scanner's text and Enter verify, the result
is green for a valid certificate and red otherwise, with masked facts only; an
administrator revokes from here. Screenshots: tests/output/screens/certificate_verify_*.png."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt

from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import cohorts, completion_certificates, enrolment, organisations, stages
from jiarenbase.core.services.completion_certificates import VerifyStatus
from jiarenbase.gui.dialogs import certificate_verify_dialog as module
from jiarenbase.gui.dialogs.certificate_verify_dialog import CertificateVerifyDialog, open_verify_dialog
from screen_checks import shoot

pytestmark = pytest.mark.gui

@pytest.fixture
def owner(qtbot):
    """The window the dialog is opened over (the 证书 list page): it outlives the dialog.
    (This file sits with the other themed screens, outside tests/gui/dialogs: its screenshots
    apply the qt-material theme, which no test in that folder does.)"""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    return window


REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"


def valid_id() -> str:
    from jiarenbase.core.domain.idcard import check_char

    return "31011620040506001" + check_char("31011620040506001")


@pytest.fixture
def certificate(db, admin) -> completion_certificates.RegisterEntry:
    """陆一 completed the 2024 autumn cohort on 2024-10-29 and holds JRB-ZB202406-01-001."""
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(
        code="ZB202406-01", name="2024春季直播实训1班", school_id=school.id,
        start_date=date(2024, 6, 1), end_date=date(2024, 10, 31)))
    student = enrolment.create_student(db, admin, enrolment.StudentInput(
        name="陆一", id_number=valid_id(), school_id=school.id, cohort_id=cohort.id))
    for _ in range(3):
        stages.sign_off_stage(db, admin, student.id, override_reason=REASON, on=date(2024, 10, 29))
    with db.read() as s:
        return completion_certificates.register_of(s, [student.id])[student.id]


def dialog_for(qtbot, ctx, owner) -> CertificateVerifyDialog:
    dialog = CertificateVerifyDialog(ctx, owner)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def scan(qtbot, dialog, text: str, drain) -> None:
    """What a USB scanner does: types the text, then Enter."""
    dialog.ui.verifyText.clear()
    qtbot.keyClicks(dialog.ui.verifyText, text)
    qtbot.keyClick(dialog.ui.verifyText, Qt.Key.Key_Return)
    drain()


def colour(label) -> str:
    return label.styleSheet().split("color:")[-1].strip(" ;")


def test_a_scanned_valid_certificate_is_green_with_masked_facts(qtbot, ctx, owner, drain, certificate):
    dialog = dialog_for(qtbot, ctx, owner)
    scan(qtbot, dialog, certificate.qr, drain)
    assert dialog.isVisible()  # Enter verified; it did not close the dialog
    v = dialog.result_shown
    assert v is not None and v.status is VerifyStatus.VALID
    ui = dialog.ui
    assert ui.resultPanel.isVisible() and colour(ui.status) == module.GOOD[0]
    assert (ui.numberValue.text(), ui.holderValue.text()) == ("JRB-ZB202406-01-001", "陆*")
    assert ui.idValue.text() == valid_id()[:6] + "********" + valid_id()[-4:]
    assert ui.cohortValue.text() == "2024春季直播实训1班（ZB202406-01）"
    assert ui.issuedValue.text() == "2024-10-29" and not ui.revokedValue.isVisible()
    assert ui.revokeButton.isVisible()  # an administrator
    assert ui.verifyText.selectedText() == certificate.qr  # the next scan replaces it


def test_number_and_code_typed_by_hand(qtbot, ctx, owner, drain, certificate):
    dialog = dialog_for(qtbot, ctx, owner)
    scan(qtbot, dialog, f"{certificate.number.lower()} {certificate.code.lower()}", drain)
    assert dialog.result_shown.valid


def test_unknown_mismatch_and_unreadable_are_red(qtbot, ctx, owner, drain, certificate):
    dialog = dialog_for(qtbot, ctx, owner)
    scan(qtbot, dialog, "JRB-ZB202406-01-099 " + certificate.code, drain)
    assert dialog.result_shown.status is VerifyStatus.UNKNOWN and colour(dialog.ui.status) == module.BAD[0]
    assert not dialog.ui.holderValue.isVisible() and not dialog.ui.revokeButton.isVisible()
    wrong = "00000000" if certificate.code != "00000000" else "11111111"
    scan(qtbot, dialog, f"{certificate.number} {wrong}", drain)
    assert dialog.result_shown.status is VerifyStatus.MISMATCH and not dialog.ui.holderValue.isVisible()
    scan(qtbot, dialog, "hello", drain)
    assert not dialog.ui.resultPanel.isVisible()
    assert "扫码得到的整段文字" in dialog.ui.message.text() and dialog.ui.message.isVisible()


def test_an_admin_revokes_with_a_reason(qtbot, ctx, owner, drain, certificate, monkeypatch):
    answers = ["太短", "学籍材料不实，经基地会议决定撤销"]
    monkeypatch.setattr(module, "ask_reason", lambda *a: answers.pop(0))
    dialog = dialog_for(qtbot, ctx, owner)
    scan(qtbot, dialog, certificate.qr, drain)
    dialog.ui.revokeButton.click()
    drain()
    assert "撤销原因" in dialog.ui.message.text() and dialog.result_shown.valid
    dialog.ui.revokeButton.click()
    drain()
    v = dialog.result_shown
    assert v.status is VerifyStatus.REVOKED and colour(dialog.ui.status) == module.BAD[0]
    assert dialog.ui.revokedValue.text() == f"{date.today():%Y-%m-%d}"
    assert dialog.ui.reasonValue.text() == "学籍材料不实，经基地会议决定撤销"
    assert not dialog.ui.revokeButton.isVisible()
    assert completion_certificates.verify(ctx.db, certificate.qr).status is VerifyStatus.REVOKED


def test_staff_see_no_revoke_button_and_a_cancel_revokes_nothing(qtbot, ctx, owner, drain, certificate,
                                                                 monkeypatch):
    staff = replace(ctx, actor=replace(ctx.actor, role=Role.STAFF))
    dialog = dialog_for(qtbot, staff, owner)
    scan(qtbot, dialog, certificate.qr, drain)
    assert dialog.result_shown.valid and not dialog.ui.revokeButton.isVisible()

    monkeypatch.setattr(module, "ask_reason", lambda *a: None)
    admin_dialog = dialog_for(qtbot, ctx, owner)
    scan(qtbot, admin_dialog, certificate.qr, drain)
    admin_dialog.ui.revokeButton.click()
    drain()
    assert completion_certificates.verify(ctx.db, certificate.qr).valid


def test_open_verify_dialog(qtbot, ctx, owner):
    dialog = open_verify_dialog(owner, ctx)
    assert dialog.isVisible() and dialog.testAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    assert dialog.parent() is owner and dialog.ui.verifyText.placeholderText()
    # closed, it deletes itself (not left to qtbot, which would close and delete it a second time)
    with qtbot.waitSignal(dialog.destroyed, timeout=5_000):
        dialog.close()


@pytest.fixture
def themed(themed, qapp):
    """The shared `themed` (tests/gui/conftest.py), with the Chinese translators installed."""
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    return themed


def test_screenshots_valid_and_revoked_light_and_dark(qtbot, ctx, owner, drain, certificate, themed, out_dir):
    for dark in (False, True):
        themed(dark)
        dialog = dialog_for(qtbot, ctx, owner)
        scan(qtbot, dialog, certificate.qr, drain)
        assert colour(dialog.ui.status) == module.GOOD[1 if dark else 0]
        shoot(dialog, out_dir, "certificate_verify_valid" + ("_dark" if dark else ""), qtbot)
        dialog.close()
    completion_certificates.revoke(ctx.db, ctx.actor, certificate.number, "学籍材料不实，经基地会议决定撤销")
    for dark in (False, True):
        themed(dark)
        dialog = dialog_for(qtbot, ctx, owner)
        scan(qtbot, dialog, certificate.qr, drain)
        shoot(dialog, out_dir, "certificate_verify_revoked" + ("_dark" if dark else ""), qtbot)
        dialog.close()
