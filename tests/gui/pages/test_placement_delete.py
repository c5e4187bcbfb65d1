"""就业 list: staff delete a placement (asked first, confirmed in the status bar), Ctrl+Z
brings it back through the trash; mentors may not delete."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.domain.enums import PlacementOutcome, Role
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import enrolment, placement_records, placements
from jiarenbase.core.services.context import Actor
from jiarenbase.gui.pages.list_page import ListPage
from jiarenbase.gui.pages.specs import SPECS

pytestmark = pytest.mark.gui


@pytest.fixture
def placed(db, admin):
    body = "31011620040506077"
    st = enrolment.create_student(db, admin, enrolment.StudentInput(name="孙悦", id_number=body + check_char(body)))
    return placements.record_placement(db, admin, placements.PlacementInput(
        student_id=st.id, outcome=PlacementOutcome.EMPLOYED_ON_GRADUATION, employer_name="金山农品电商",
        position="主播", start_date=date(2026, 6, 1)))


def open_list(ctx, qtbot, drain) -> ListPage:
    page = ListPage(ctx, SPECS["placements"])
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    drain()
    return page


def test_delete_a_placement_then_undo(ctx, qtbot, drain, placed, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _p, _t, text, *a, **k: asked.append(text) or QMessageBox.StandardButton.Yes)
    page = open_list(ctx, qtbot, drain)
    assert page.ui.deleteButton.isVisible() and page.model.rowCount() == 1
    page.ui.table.selectRow(0)
    page.delete_selected()
    drain()
    assert "孙悦" in asked[0] and page.model.rowCount() == 0
    assert "孙悦" in ctx.notices.last
    assert placement_records.follow_ups_due(ctx.db, ctx.actor, within_days=400, as_of=date(2026, 6, 1)) == []
    ctx.undo.undo()
    drain()
    assert page.model.rowCount() == 1
    assert placements.placements_of(ctx.db, ctx.actor, placed.student_id)[0].id == placed.id


def test_mentors_get_no_delete(ctx, qtbot, drain, placed):
    ctx.actor = Actor(user_id=None, username="m", role=Role.MENTOR, mentor_id=1)
    page = open_list(ctx, qtbot, drain)
    assert not page.may_change
    page.ui.table.selectRow(0)
    page.delete_selected()  # the Del key too: nothing happens
    drain()
    assert placements.placements_of(ctx.db, Actor.system(), placed.student_id)[0].id == placed.id
