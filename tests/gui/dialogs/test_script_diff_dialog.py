"""The script comparison (话术版本对比) and its background call: closed while the
comparison is made, nothing comes back to it. The comparison itself is tested in
test_scripts_dialog.py."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from jiarenbase.core.services import scripts
from jiarenbase.gui.dialogs.script_diff_dialog import ScriptDiffDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_comparison_loads(qtbot, ctx, in_flight, owner):
    in_flight.hold(scripts, "diff_versions")
    dialog = ScriptDiffDialog(ctx, 1, 2, owner)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # as the scripts dialog opens it
    dialog.open()
    assert dialog.ui.summaryLabel.text() == "Loading…"
    in_flight.close_while_loading(dialog)
