"""The subsidy view (补贴) and the subsidy-rates dialog on demo data: verdicts,
months left, amount, centre; the detail panel; the "eligible, not applied" filter;
marking an application; rates saved by staff; the page closed while it loads;
screenshots. Results come back through ctx.ops: tests drain."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QDialog, QDialogButtonBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import subsidy, users
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue5_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    add_flexible_graduates(db, ctx.actor)
    apply_theme(qapp)
    return ctx


# (insured, months used, applied) — the demo (40 students, seed 3) has no flexible
# employment, so the tests add some to completed students through the service.
FLEXIBLE = ((True, 0, False), (True, 5, False), (False, 0, False), (True, 24, False), (True, 23, True),
            (True, 2, False))


def add_flexible_graduates(db, actor):
    from jiarenbase.core.domain.enums import PlacementOutcome, StudentStatus
    from jiarenbase.core.services import enrolment, placements
    from jiarenbase.core.services.listing import ListQuery

    done = enrolment.list_students(db, actor, ListQuery(filters={"status": StudentStatus.COMPLETED}, limit=50))
    graduates = [s for s in done.rows][:len(FLEXIBLE)]
    assert len(graduates) == len(FLEXIBLE)
    for student, (insured, used, applied) in zip(graduates, FLEXIBLE, strict=True):
        placements.record_placement(db, actor, placements.PlacementInput(
            student_id=student.id, outcome=PlacementOutcome.FLEXIBLE_EMPLOYMENT, employer_name="个人直播工作室",
            position="主播", start_date=date(2025, 8, 1), insured_pension_medical=insured,
            subsidy_months_used=used, subsidy_applied_on=date(2025, 9, 1) if applied else None))


def page_of(ctx, qtbot, closed_by_qtbot=True):
    from jiarenbase.gui.pages.subsidy_page import SubsidyPage

    page = SubsidyPage(ctx)
    if closed_by_qtbot:
        qtbot.addWidget(page)
    page.resize(1280, 760)
    page.refresh()
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)
    return page


def test_subsidy_page_lists_verdicts_and_shows_the_detail(demo, qtbot, out_dir):
    page = page_of(demo, qtbot)
    rows = subsidy.flexible_graduates(demo.db, demo.actor, date.today())
    assert rows, "the demo needs flexibly employed graduates"
    assert page.ui.table.rowCount() == len(rows)
    eligible = next((i for i, r in enumerate(page.shown) if r.eligible), None)
    assert eligible is not None, "the demo needs an eligible graduate"
    page.ui.table.selectRow(eligible)
    row = page.shown[eligible]
    assert page.current == row
    if row.verdict.centre:
        assert row.verdict.centre.address in page.ui.centre.text()
    assert [c.text() for c in page.ui.materials.findChildren(QCheckBox)] == list(row.verdict.materials)
    assert row.verdict.materials
    assert page.ui.reasons.text().count("<br>") == len(row.verdict.reasons) - 1
    shoot(page, out_dir, "subsidy_page", qtbot)
    ineligible = next((i for i, r in enumerate(page.shown) if not r.eligible), None)
    if ineligible is not None:
        page.ui.table.selectRow(ineligible)
        assert not page.ui.materials.isVisibleTo(page)
        shoot(page, out_dir, "subsidy_page_not_eligible", qtbot)


def test_not_applied_filter_and_marking_an_application(demo, qtbot, drain):
    page = page_of(demo, qtbot)
    page.show_not_applied()
    waiting = subsidy.eligible_not_applied(demo.db, demo.actor, date.today())
    assert [r.placement_id for r in page.shown] == [r.placement_id for r in waiting]
    if not waiting:
        pytest.skip("the demo has no eligible graduate without an application")
    page.ui.table.selectRow(0)
    first = page.shown[0]
    page.ui.appliedOn.setDate(QDate.currentDate())
    page.ui.markApplied.click()
    assert not page.ui.markApplied.isEnabled() and not page.ui.clearApplied.isEnabled()  # while it is saved
    drain()
    assert first.placement_id not in [r.placement_id for r in page.shown]  # left the filter
    assert len(page.shown) == len(waiting) - 1
    after = [r for r in subsidy.flexible_graduates(demo.db, demo.actor, date.today())
             if r.placement_id == first.placement_id][0]
    assert after.applied_on == date.today()
    page.ui.show.setCurrentIndex(0)
    page.ui.table.selectRow([r.placement_id for r in page.shown].index(first.placement_id))
    assert page.current.applied_on == date.today()
    assert f"{date.today():%Y-%m-%d}" in page.ui.applied.text()
    page.ui.clearApplied.click()
    drain()
    assert page.current.applied_on is None
    page.ui.search.setText("没有这个人")
    assert page.ui.stack.currentWidget() is page.ui.emptyLabel and page.ui.emptyLabel.text()


def test_empty_database_says_what_to_do(qapp, ctx, qtbot, out_dir):
    page = page_of(ctx, qtbot)
    assert page.ui.stack.currentWidget() is page.ui.emptyLabel
    assert "flexible" in page.ui.emptyLabel.text()
    shoot(page, out_dir, "subsidy_page_empty", qtbot)


def test_mentor_sees_own_graduates_and_cannot_mark(demo, qtbot):
    from dataclasses import replace

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    page = page_of(replace(demo, actor=mentor), qtbot)
    assert len(page.rows) == len(subsidy.flexible_graduates(demo.db, mentor))
    assert not page.ui.markApplied.isVisibleTo(page) and not page.ui.ratesButton.isVisibleTo(page)


def test_rates_dialog_shows_placeholder_and_saves(demo, qtbot, out_dir, monkeypatch, drain):
    from jiarenbase.gui.dialogs.subsidy_rates_dialog import SubsidyRatesDialog

    dialog = SubsidyRatesDialog(demo, 2031)
    qtbot.addWidget(dialog)
    drain()
    assert "2031" in dialog.ui.source.text()
    dialog.ui.year.setValue(2025)
    drain()
    assert dialog.ui.minimumBase.value() == 7460
    assert "1,324.15" in dialog.ui.amount.text()
    shoot(dialog, out_dir, "subsidy_rates_dialog", qtbot)
    dialog.ui.contributionRate.setValue(0)
    dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    drain()
    assert dialog.errors.message("缴费比例")
    assert dialog.result() != QDialog.DialogCode.Accepted
    dialog.ui.contributionRate.setValue(30)
    dialog.ui.minimumBase.setValue(8000)
    with qtbot.waitSignal(dialog.saved):
        dialog.ui.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    saved = subsidy.year_rates(demo.db, demo.actor, 2025)
    assert saved.confirmed and saved.rates.monthly_amount == Decimal("1200.00")


def test_closed_while_it_loads(demo, qtbot, in_flight):
    from jiarenbase.gui.pages import subsidy_page

    in_flight.hold(subsidy_page, "flexible_graduates")
    page = subsidy_page.SubsidyPage(demo)
    page.show_not_applied()  # e.g. from a dashboard figure: loads at once
    in_flight.destroy_while_loading(page)


def test_closed_while_an_application_is_marked(demo, qtbot, in_flight):
    from jiarenbase.gui.pages import subsidy_page

    page = page_of(demo, qtbot, closed_by_qtbot=False)  # the test deletes it
    eligible = next(i for i, r in enumerate(page.shown) if r.eligible and not r.applied_on)
    page.ui.table.selectRow(eligible)
    in_flight.hold(subsidy_page, "mark_subsidy_applied")
    page.ui.markApplied.click()
    in_flight.destroy_while_loading(page)
