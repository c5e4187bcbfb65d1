"""The assign-mentor dialog (分配导师) and its background calls: closed while its lists
load, nothing comes back to it; Save waits for both lists. Assigning one or several
students is tested in tests/gui/test_mentor_assign.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.services import mentors
from jiarenbase.gui.dialogs import assign_mentor_dialog
from jiarenbase.gui.dialogs.assign_mentor_dialog import AssignMentorDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_lists_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(assign_mentor_dialog, "mentor_workload")
    in_flight.hold(mentors, "assignment_histories")
    dialog = AssignMentorDialog(ctx, [1], owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_save_is_off_until_both_lists_are_in(qtbot, ctx, in_flight, drain):
    in_flight.hold(mentors, "assignment_histories")
    dialog = AssignMentorDialog(ctx, [1])
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()
    in_flight.release()
    drain()
    # no such student: the service's message is shown and there is nothing to save
    assert dialog.ui.formError.text() and not dialog.save_button.isEnabled()
