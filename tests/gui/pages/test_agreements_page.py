"""The service agreements page (服务期协议) on demo data: the list, the "ending soon"
filter, an older answer dropped, the page closed while it loads; a screenshot.
Results come back through ctx.ops: tests drain."""
from __future__ import annotations

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import clients
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.pages import agreements_page
from jiarenbase.gui.pages.agreements_page import AgreementsPage
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue5_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


def test_agreements_page_lists_and_filters_ending_soon(demo, qtbot, out_dir, drain):
    page = AgreementsPage(demo)
    qtbot.addWidget(page)
    page.resize(1180, 640)
    page.refresh()
    drain()
    total = clients.list_service_agreements(demo.db, demo.actor).total
    assert page.ui.table.rowCount() == total
    shoot(page, out_dir, "agreements_page", qtbot)
    page.show_ending_soon()
    drain()
    soon = clients.list_service_agreements(demo.db, demo.actor, ListQuery(filters={"ending_soon": True}))
    assert page.ui.table.rowCount() == soon.total
    if not soon.total:
        assert page.ui.stack.currentWidget() is page.ui.emptyLabel


def test_the_page_loads_when_first_shown_and_from_a_dashboard_figure(demo, qtbot, drain):
    page = AgreementsPage(demo)
    qtbot.addWidget(page)
    assert not page.lazy.started and demo.ops.pending == 0
    page.show()
    drain()
    assert page.ui.table.rowCount() == clients.list_service_agreements(demo.db, demo.actor).total
    hidden = AgreementsPage(demo)  # a dashboard figure opens it filtered, before it was ever shown
    qtbot.addWidget(hidden)
    hidden.show_ending_soon()
    assert demo.ops.pending_for(hidden) == 1  # one load, not one for the filter and one for the page
    drain()
    soon = clients.list_service_agreements(demo.db, demo.actor, ListQuery(filters={"ending_soon": True}))
    assert hidden.ui.table.rowCount() == soon.total


def agreements_ending_soon_and_later(ctx) -> None:
    """The demo draws agreements at random: two the way staff would make them."""
    from jiarenbase.core.services import enrolment

    first, second = enrolment.list_students(ctx.db, ctx.actor, ListQuery(limit=2)).rows
    for student, start in ((first, date.today() - timedelta(days=340)), (second, date.today())):
        clients.add_service_agreement(ctx.db, ctx.actor, clients.AgreementInput(
            student.id, 12, True, Decimal("5000"), employer_client_id=1, start_date=start))


def test_an_older_answer_is_dropped(demo, qtbot, drain, monkeypatch):
    agreements_ending_soon_and_later(demo)
    gate, list_all = threading.Event(), agreements_page.list_service_agreements

    def slow_when_unfiltered(db, actor, query):
        if not query.filters:
            assert gate.wait(30)
        return list_all(db, actor, query)

    monkeypatch.setattr(agreements_page, "list_service_agreements", slow_when_unfiltered)
    page = AgreementsPage(demo)
    qtbot.addWidget(page)
    page.refresh()  # every agreement: held
    page.show_ending_soon()  # answers first
    qtbot.waitUntil(lambda: demo.ops.pending == 1)
    gate.set()
    drain()
    soon = clients.list_service_agreements(demo.db, demo.actor, ListQuery(filters={"ending_soon": True}))
    assert soon.total < clients.list_service_agreements(demo.db, demo.actor).total  # the two answers differ
    assert [r.id for r in page.rows] == [r.id for r in soon.rows]


def test_closed_while_it_loads(demo, qtbot, in_flight):
    in_flight.hold(agreements_page, "list_service_agreements")
    page = AgreementsPage(demo)
    page.show()  # loads on its first show
    in_flight.destroy_while_loading(page)


def test_every_agreement_is_listed_and_counted(demo, qtbot, drain, monkeypatch):
    """The list is read page after page, never cut at a limit; the summary counts all of it."""
    from jiarenbase.core.services import enrolment

    monkeypatch.setattr(agreements_page, "PAGE", 2)
    for i, student in enumerate(enrolment.list_students(demo.db, demo.actor, ListQuery(limit=3)).rows):
        clients.add_service_agreement(demo.db, demo.actor, clients.AgreementInput(
            student.id, 12, True, Decimal("5000"), employer_client_id=1,
            start_date=date.today() - timedelta(days=340 if i == 0 else 10 * i)))
    every = clients.list_service_agreements(demo.db, demo.actor, ListQuery(limit=10_000))
    assert every.total > 2
    page = AgreementsPage(demo)
    qtbot.addWidget(page)
    page.refresh()
    drain()
    assert page.ui.table.rowCount() == every.total and {r.id for r in page.rows} == {r.id for r in every.rows}
    soon = sum(r.ending_soon for r in every.rows)
    assert page.ui.summary.text() == (f"{every.total} agreements · {soon} ending within "
                                      f"{clients.ENDING_SOON_DAYS} days")
