"""The cohort dialog (批次): its partner school is searched, never loaded whole or cut
off; a school typed but not chosen is never saved; closed while the schools load or
while a school search runs, nothing comes back to it."""
from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.services import cohorts, organisations
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.organisations import SchoolInput
from jiarenbase.gui.dialogs.cohort_dialog import CohortDialog
from jiarenbase.gui.widgets.search_combo import MORE

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def discard_on_close(monkeypatch):
    """Closing an edited dialog asks first: answer "discard" (never a blocking box)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: QMessageBox.StandardButton.Discard)


@pytest.fixture
def schools(ctx):
    """60 partner schools: more than the combo's first page."""
    return [organisations.create_school(ctx.db, ctx.actor, SchoolInput(name=f"合作院校{i:02d}")) for i in range(60)]


def opened(qtbot, ctx, drain, record_id=None) -> CohortDialog:
    dialog = CohortDialog(ctx, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    return dialog


def test_the_school_list_says_how_many_more_and_searches(qtbot, ctx, drain, schools):
    dialog = opened(qtbot, ctx, drain)
    combo = dialog.ui.school
    assert combo.itemText(0) == "(none)" and combo.current_id() is None
    assert combo.count() == 1 + 50 + 1 and combo.itemData(51) == MORE
    assert combo.itemText(51) == combo.more_text(10)  # 60 schools, 50 shown
    last = schools[-1]
    combo.search("院校59")
    drain()
    assert combo.result_texts() == [last.name]
    combo.choose_result(0)
    ui = dialog.ui
    ui.code.setText("2026-AU-01")
    ui.name.setText("2026秋季主播班")
    dialog.save()
    drain()
    assert dialog.result() == 1
    saved = cohorts.get_cohort(ctx.db, ctx.actor, dialog.saved_id)
    assert saved.school_id == last.id
    # editing shows that school without loading all of them, and the form is not edited
    edit = opened(qtbot, ctx, drain, saved.id)
    assert edit.ui.school.current_id() == last.id and edit.ui.school.currentText() == last.name
    assert not edit.is_dirty()
    edit.ui.school.set_current(None)
    edit.save()
    drain()
    assert cohorts.get_cohort(ctx.db, ctx.actor, saved.id).school_id is None


def test_a_school_typed_but_not_chosen_is_not_saved(qtbot, ctx, drain, schools):
    dialog = opened(qtbot, ctx, drain)
    ui = dialog.ui
    ui.code.setText("2026-AU-02")
    ui.name.setText("2026秋季运营班")
    ui.school.lineEdit().setText("院校5")  # typed, no school chosen from the list
    before = cohorts.list_cohorts(ctx.db, ctx.actor, ListQuery()).total
    dialog.save()
    drain()
    assert dialog.result() == 0 and "请从列表中选择" in ui.schoolError.text()
    assert cohorts.list_cohorts(ctx.db, ctx.actor, ListQuery()).total == before


def test_closed_while_the_schools_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(organisations, "list_schools")
    dialog = CohortDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)


def test_closed_while_a_school_search_runs(qtbot, ctx, drain, in_flight, owner, schools):
    dialog = CohortDialog(ctx, None, owner)
    dialog.open()
    drain()
    combo = dialog.ui.school
    in_flight.hold(organisations, "list_schools")
    combo._fetch = organisations.list_schools  # the held one (the combo took the function when set up)
    combo.search("院校")
    qtbot.waitUntil(in_flight.started.is_set)
    gone = []
    combo.destroyed.connect(lambda *_: gone.append(True))
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    in_flight.release()
    drain()
    assert in_flight.finished == ["list_schools"]
