"""The stage-criteria dialog (阶段标准) and its background calls: a late result for a
closed dialog is dropped (the stage board opens it with open() and deletes it when it
is finished); Save waits for the criteria. Saving and the conflict on a colleague's
save are tested with the stage board in tests/gui/test_stage_board_page.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.services import cohorts
from jiarenbase.gui.dialogs.criteria_dialog import CriteriaDialog

pytestmark = pytest.mark.gui


def a_cohort(ctx) -> int:
    return cohorts.create_cohort(ctx.db, ctx.actor, cohorts.CohortInput(code="2025-01", name="认知班")).id


def opened(ctx, cohort_id: int, owner) -> CriteriaDialog:
    dialog = CriteriaDialog(ctx, cohort_id, "认知班", owner)
    dialog.finished.connect(dialog.deleteLater)  # as the stage board does
    dialog.open()
    return dialog


def test_closed_while_the_criteria_load(qtbot, ctx, in_flight, owner):
    cohort_id = a_cohort(ctx)
    in_flight.hold(cohorts, "criteria_for_edit")
    in_flight.close_while_loading(opened(ctx, cohort_id, owner))


def test_closed_while_saving(qtbot, ctx, in_flight, owner, drain):
    cohort_id = a_cohort(ctx)
    dialog = opened(ctx, cohort_id, owner)
    drain()
    in_flight.hold(cohorts, "set_criteria")
    dialog.ui.minMockDrills.setValue(5)
    dialog.save()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)
    assert cohorts.get_criteria(ctx.db, ctx.actor, cohort_id).min_mock_drills == 5  # saved all the same


def test_save_waits_for_the_criteria(qtbot, ctx, in_flight, owner, drain):
    cohort_id = a_cohort(ctx)
    in_flight.hold(cohorts, "criteria_for_edit")
    dialog = opened(ctx, cohort_id, owner)
    assert not dialog.save_button.isEnabled()
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save()  # Ctrl+S before the criteria are in: nothing to save yet
    in_flight.release()
    drain()
    assert dialog.save_button.isEnabled() and dialog.version is not None
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
    assert not dialog.isVisible()
