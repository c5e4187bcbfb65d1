"""The mentor dialog (导师): the enterprise is searched among the clients, never loaded
whole or cut off; closed while the clients load, nothing comes back to it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.services import mentors, organisations
from jiarenbase.core.services.organisations import ClientInput
from jiarenbase.gui.dialogs.mentor_dialog import MentorDialog
from jiarenbase.gui.widgets.search_combo import MORE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing an edited dialog asks first: answer "discard" (never a blocking box)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def opened(qtbot, ctx, drain, record_id=None) -> MentorDialog:
    dialog = MentorDialog(ctx, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    return dialog


def test_the_enterprise_is_searched_among_many_clients(qtbot, ctx, drain):
    clients = [organisations.create_client(ctx.db, ctx.actor, ClientInput(name=f"金山企业{i:03d}"))
               for i in range(75)]
    dialog = opened(qtbot, ctx, drain)
    combo = dialog.ui.enterprise
    assert combo.currentText() == "(none)" and combo.itemData(combo.count() - 1) == MORE
    assert combo.itemText(combo.count() - 1) == combo.more_text(25)
    combo.search("企业074")
    drain()
    assert combo.result_texts() == ["金山企业074"]
    combo.choose_result(0)
    dialog.ui.name.setText("金导师")
    dialog.save()
    drain()
    got = mentors.get_mentor(ctx.db, ctx.actor, dialog.saved_id)
    assert got.enterprise_id == clients[74].id
    edit = opened(qtbot, ctx, drain, got.id)
    assert edit.ui.enterprise.current_id() == clients[74].id and edit.ui.enterprise.currentText() == "金山企业074"
    assert not edit.is_dirty()


def test_closed_while_the_clients_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(organisations, "list_clients")
    dialog = MentorDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)
