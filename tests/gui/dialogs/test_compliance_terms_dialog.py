"""The banned-term dialog (违禁词) and its background calls: closed while the list
loads or is saved, nothing comes back to it; Save waits for the list (saving the
empty table would clear it). Editing the list is tested in test_scripts_dialog.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.domain.compliance import DEFAULT_TERMS
from jiarenbase.core.services import scripts
from jiarenbase.gui.dialogs.compliance_terms_dialog import ComplianceTermsDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_list_loads(qtbot, ctx, in_flight, owner):
    in_flight.hold(scripts, "compliance_terms_for_edit")
    dialog = ComplianceTermsDialog(ctx, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_save_waits_for_the_list(qtbot, ctx, in_flight, drain):
    in_flight.hold(scripts, "compliance_terms_for_edit")
    dialog = ComplianceTermsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()
    in_flight.release()
    drain()
    assert dialog.ui.table.rowCount() == len(DEFAULT_TERMS) and dialog.save_button.isEnabled()
    assert scripts.compliance_terms(ctx.db, ctx.actor) == DEFAULT_TERMS


def test_closed_while_saving(qtbot, ctx, in_flight, owner, drain):
    dialog = ComplianceTermsDialog(ctx, owner)
    dialog.open()
    drain()
    dialog.remove_selected()
    dialog.ui.table.removeRow(0)
    in_flight.hold(scripts, "set_compliance_terms")
    dialog.save()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)
    assert scripts.compliance_terms(ctx.db, ctx.actor) == DEFAULT_TERMS[1:]
