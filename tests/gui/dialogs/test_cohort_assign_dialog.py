"""The cohort-assign dialog (按批次分配导师) and its background calls: closed while its
lists or a proposal load, nothing comes back to it. Proposals, late answers and saving
are tested in tests/gui/test_mentor_assign.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import cohorts
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs import cohort_assign_dialog
from jiarenbase.gui.dialogs.cohort_assign_dialog import CohortAssignDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_lists_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(cohorts, "list_cohorts")
    in_flight.hold(cohort_assign_dialog, "mentor_workload")
    dialog = CohortAssignDialog(ctx, None, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_the_proposal_is_made(qtbot, ctx, db, in_flight, owner):
    build_demo(db, students=12, seed=3)
    cohort = cohorts.list_cohorts(db, ctx.actor, ListQuery(limit=1)).rows[0]
    in_flight.hold(cohort_assign_dialog, "suggest_cohort_assignment")
    dialog = CohortAssignDialog(ctx, cohort.id, owner)  # the lists come back, then the proposal is held
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_a_cohort_beyond_the_first_page_is_shown_and_proposed(qtbot, ctx, db, drain, owner, monkeypatch):
    """The cohort list is searched, not loaded whole: a cohort that is not on the
    drop-down's first page is looked up, shown and proposed for all the same."""
    from jiarenbase.gui.widgets import search_combo

    monkeypatch.setattr(search_combo, "PAGE_SIZE", 1)
    build_demo(db, students=12, seed=3)
    listed = cohorts.list_cohorts(db, ctx.actor, ListQuery(sort="start", descending=True))
    assert listed.total > 1
    oldest = listed.rows[-1]
    dialog = CohortAssignDialog(ctx, oldest.id, owner)
    drain()
    assert dialog.ui.cohort.current_id() == oldest.id
    assert dialog.ui.cohort.current_text() == f"{oldest.code}  {oldest.name}"
    assert dialog.proposal is not None and dialog.proposal.cohort_id == oldest.id
    # the drop-down says how many more there are rather than passing for the whole list
    assert dialog.ui.cohort.itemText(dialog.ui.cohort.count() - 1) == dialog.ui.cohort.more_text(listed.total - 1)


def test_without_a_cohort_the_newest_is_chosen_and_nothing_proposed(qtbot, ctx, db, drain, owner):
    build_demo(db, students=12, seed=3)
    newest = cohorts.list_cohorts(db, ctx.actor, ListQuery(sort="start", descending=True, limit=1)).rows[0]
    dialog = CohortAssignDialog(ctx, None, owner)
    drain()
    assert dialog.ui.cohort.current_id() == newest.id and dialog.proposal is None
    assert dialog.ui.suggestButton.isEnabled()
    dialog.ui.suggestButton.click()
    drain()
    assert dialog.proposal.cohort_id == newest.id
