"""The base of the create/edit dialogs (RecordDialog) and its background calls, on the
school dialog: Save is off while a call runs, the form settles once every call is
back, `latest` drops an older call, and a dialog closed while loading or saving gets
nothing back. The dialogs themselves are tested in tests/gui/test_dialogs.py."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.services import organisations
from jiarenbase.core.services.organisations import SchoolInput
from jiarenbase.gui.dialogs.school_dialog import SchoolDialog

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def discard(monkeypatch):
    """"Close without saving?" never blocks: the answer is Discard."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


def a_school(ctx) -> int:
    return organisations.create_school(ctx.db, ctx.actor, SchoolInput(name="上海中侨职业技术大学")).id


def test_save_is_off_while_a_call_runs(qtbot, ctx, in_flight, drain):
    dialog = SchoolDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    assert dialog.save_button.isEnabled() and not dialog.busy
    dialog.ui.name.setText("金山食品工业学校")
    in_flight.hold(organisations, "create_school")
    dialog.save()
    assert not dialog.save_button.isEnabled() and dialog.busy
    dialog.save()  # a second click while saving does nothing
    in_flight.release()
    with qtbot.waitSignal(dialog.saved):
        drain()
    assert dialog.result() == 1 and in_flight.finished == ["create_school"]
    assert organisations.list_schools(ctx.db, ctx.actor).total == 1


def test_the_form_settles_once_loaded(qtbot, ctx, in_flight, drain):
    school_id = a_school(ctx)
    in_flight.hold(organisations, "get_school")
    dialog = SchoolDialog(ctx, school_id)
    qtbot.addWidget(dialog)
    assert dialog.busy and not dialog.save_button.isEnabled() and not dialog.is_dirty()
    in_flight.release()
    drain()
    assert dialog.ui.name.text() == "上海中侨职业技术大学" and dialog.save_button.isEnabled()
    assert not dialog.is_dirty()
    dialog.ui.note.setPlainText("改了")
    assert dialog.is_dirty()


def test_closed_while_the_record_loads(qtbot, ctx, in_flight, owner):
    school_id = a_school(ctx)
    in_flight.hold(organisations, "get_school")
    dialog = SchoolDialog(ctx, school_id, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_saving(qtbot, ctx, in_flight, owner, drain):
    school_id = a_school(ctx)
    dialog = SchoolDialog(ctx, school_id, owner)
    dialog.open()
    drain()
    dialog.ui.note.setPlainText("2024年4月起合作")
    in_flight.hold(organisations, "update_school")
    dialog.save()
    in_flight.close_while_loading(dialog)
    assert organisations.get_school(ctx.db, ctx.actor, school_id).note == "2024年4月起合作"


def test_latest_drops_the_older_call_and_still_settles(qtbot, ctx, drain):
    dialog = SchoolDialog(ctx, None)
    qtbot.addWidget(dialog)
    drain()
    gate, seen = threading.Event(), []

    def older(db, actor):
        assert gate.wait(30)
        return "older"

    dialog.run(older, on_done=seen.append, latest="list")
    dialog.run(lambda db, actor: "newer", on_done=seen.append, latest="list")
    qtbot.waitUntil(lambda: seen == ["newer"])
    assert dialog.save_button.isEnabled() and not dialog.busy  # the older call is not waited for
    gate.set()
    drain()
    assert seen == ["newer"] and dialog.save_button.isEnabled()


def test_a_domain_error_goes_under_the_form(qtbot, ctx, drain):
    dialog = SchoolDialog(ctx, 999)  # no such school
    qtbot.addWidget(dialog)
    drain()
    assert dialog.ui.formError.text() and not dialog.save_button.isEnabled()
    dialog.save()  # nothing loaded: nothing to save
    drain()
    assert organisations.list_schools(ctx.db, ctx.actor).total == 0
