"""The client detail dialog (订单与就业) and its background calls: closed while its
figures load or an order is being added, nothing comes back to it; Add order is off
while the order is saved. Its figures are tested in tests/gui/test_agreements_and_clients.py."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.services import organisations
from jiarenbase.gui.dialogs import client_detail_dialog
from jiarenbase.gui.dialogs.client_detail_dialog import ClientDetailDialog

pytestmark = pytest.mark.gui


def a_client(ctx) -> int:
    return organisations.create_client(ctx.db, ctx.actor, organisations.ClientInput(name="金山农家乐合作社")).id


def test_closed_while_the_figures_load(qtbot, ctx, in_flight, owner):
    client_id = a_client(ctx)
    in_flight.hold(client_detail_dialog, "client_outcomes")
    dialog = ClientDetailDialog(ctx, client_id, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_an_order_is_added(qtbot, ctx, in_flight, owner, drain):
    client_id = a_client(ctx)
    dialog = ClientDetailDialog(ctx, client_id, owner)
    dialog.open()
    drain()
    ui = dialog.ui
    ui.orderTitle.setText("直播带货主播培训")
    ui.trainees.setValue(12)
    ui.hours.setValue(24)
    ui.start.setDate(date(2025, 3, 1))
    ui.end.setDate(date(2025, 3, 10))
    in_flight.hold(client_detail_dialog, "add_training_order")
    ui.addOrder.click()
    assert not ui.addOrder.isEnabled()  # one order per click
    in_flight.close_while_loading(dialog)
    outcomes = client_detail_dialog.client_outcomes(ctx.db, ctx.actor, client_id)
    assert [o.title for o in outcomes.orders] == ["直播带货主播培训"]
