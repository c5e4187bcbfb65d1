"""The service-agreement dialog (the 服务期 rule refused with the legal reason) and an
enterprise client's orders and placements, on demo data; screenshots. The agreements
page is tested in tests/gui/pages/test_agreements_page.py. Results come back through
ctx.ops: tests drain."""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import clients, organisations, users
from jiarenbase.core.services.listing import ListQuery
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue5_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def save(dialog):
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_agreement_dialog_refuses_a_period_without_fee_with_the_law(demo, qtbot, out_dir, drain):
    from jiarenbase.gui.dialogs.agreement_dialog import AgreementDialog

    before = clients.list_service_agreements(demo.db, demo.actor).total
    dialog = AgreementDialog(demo, None)
    qtbot.addWidget(dialog)
    drain()
    dialog.ui.student.setCurrentIndex(0)
    dialog.ui.employerClient.setCurrentIndex(1)
    dialog.ui.serviceMonths.setValue(12)
    assert "第二十二条" in dialog.errors.message("服务期（月）")  # said while typing
    shoot(dialog, out_dir, "agreement_dialog_refused", qtbot)
    save(dialog)
    drain()
    assert "第二十二条" in dialog.errors.message("服务期（月）")
    assert clients.list_service_agreements(demo.db, demo.actor).total == before
    dialog.ui.feePaid.setChecked(True)
    dialog.ui.feeAmount.setValue(6000)
    assert dialog.errors.message("服务期（月）") == ""
    dialog.ui.hasStart.setChecked(True)
    dialog.ui.startDate.setDate(date(2025, 3, 31))
    assert "2026-03-31" in dialog.ui.endDate.text()
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    new = clients.get_service_agreement(demo.db, demo.actor, dialog.saved_id)
    assert new.fee_amount == Decimal("6000.00") and new.end_date == date(2026, 3, 31) and new.employer_client_id


def test_agreement_dialog_edits_an_agreement(demo, qtbot, out_dir, drain):
    from jiarenbase.gui.dialogs.agreement_dialog import AgreementDialog

    rows = clients.list_service_agreements(demo.db, demo.actor).rows
    if not rows:  # the demo draws agreements at random: make one the way staff would
        from jiarenbase.core.services import enrolment
        student = enrolment.list_students(demo.db, demo.actor, ListQuery(limit=1)).rows[0]
        clients.add_service_agreement(demo.db, demo.actor, clients.AgreementInput(
            student.id, 12, True, Decimal("5000"), employer_client_id=1, start_date=date(2025, 7, 1)))
        rows = clients.list_service_agreements(demo.db, demo.actor).rows
    first = rows[0]
    dialog = AgreementDialog(demo, first.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.serviceMonths.value() == first.service_months
    assert dialog.ui.feePaid.isChecked() and dialog.ui.feeAmount.value() == float(first.fee_amount)
    shoot(dialog, out_dir, "agreement_dialog_edit", qtbot)
    dialog.ui.note.setPlainText("企业确认已支付专项培训费用")
    with qtbot.waitSignal(dialog.saved):
        save(dialog)
    assert clients.get_service_agreement(demo.db, demo.actor, first.id).note == "企业确认已支付专项培训费用"


def test_client_detail_shows_orders_and_placements_and_adds_an_order(demo, qtbot, out_dir, drain):
    from jiarenbase.gui.dialogs.client_detail_dialog import ClientDetailDialog

    listed = organisations.list_clients(demo.db, demo.actor, ListQuery(limit=100)).rows
    client = max(listed, key=lambda c: len(clients.client_outcomes(demo.db, demo.actor, c.id).placements))
    out = clients.client_outcomes(demo.db, demo.actor, client.id)
    dialog = ClientDetailDialog(demo, client.id)
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.orders.rowCount() == len(out.orders)
    assert dialog.ui.placements.rowCount() == len(out.placements)
    shoot(dialog, out_dir, "client_detail_orders", qtbot)
    dialog.ui.tabs.setCurrentIndex(1)
    shoot(dialog, out_dir, "client_detail_placements", qtbot)
    dialog.ui.tabs.setCurrentIndex(0)
    dialog.ui.addOrder.click()  # no title
    drain()
    assert dialog.ui.orderError.isVisibleTo(dialog) and "培训项目" in dialog.ui.orderError.text()
    dialog.ui.orderTitle.setText("直播选品专项培训")
    dialog.ui.trainees.setValue(12)
    dialog.ui.hours.setValue(6.5)
    with qtbot.waitSignal(dialog.changed):
        dialog.ui.addOrder.click()
    drain()
    assert dialog.ui.orders.rowCount() == len(out.orders) + 1
    assert not dialog.ui.orderError.isVisibleTo(dialog)


def test_client_detail_for_a_mentor_has_no_add_order(demo, qtbot, drain):
    from jiarenbase.gui.dialogs.client_detail_dialog import ClientDetailDialog

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    client = organisations.list_clients(demo.db, demo.actor, ListQuery(limit=1)).rows[0]
    dialog = ClientDetailDialog(replace(demo, actor=mentor), client.id)
    qtbot.addWidget(dialog)
    drain()
    assert not dialog.ui.addOrderBox.isVisibleTo(dialog)
