"""Every dashboard card's figure is the count of the list it opens (issue 17): for admin,
staff and a mentor, each card is clicked in the main window and the list it opens
(the list page's 共 N 条, the talent pool's candidates, the room week's rooms) must
count what the card said. One demo database for the module, one main window per role.

The demo is made awkward on purpose: a deleted student with a placement and
certificates, a deleted session, and a mentor whose earlier student moved to another
mentor (their sessions were logged by this mentor: the old card counted them, the list
did not — 我记录的实训 120 against a list of 76)."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, sessions
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery

pytestmark = pytest.mark.gui

RATE_CARDS = {"conversion"}  # a percentage, not a count (its list: the live sessions)


def _num(text: str) -> int:
    return int(text.replace(",", ""))


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("cards")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("JIARENBASE_HOME", str(folder / "home"))
        opened = open_database("sqlite:///" + str(folder / "cards.sqlite3"), folder / "data")
        db = opened.db
        build_demo(db, students=30, seed=5, today=date.today())
        _make_it_awkward(db)
        yield db
        db.dispose()


def _actor(db, username: str) -> Actor:
    """The demo login's actor, without hashing its password again (a second each)."""
    from jiarenbase.core.db.models import User

    with db.read() as s:
        u = s.scalars(select(User).where(User.username == username)).one()
        return Actor(u.id, u.username, u.role, u.mentor_id, u.display_name)


def _make_it_awkward(db) -> None:
    from jiarenbase.core.db.models import Certificate, MentorAssignment, Placement, PracticeSession

    system = Actor.system()
    mentor = _actor(db, "mentor")
    with db.read() as s:
        with_both = s.scalars(select(Placement.student_id).where(Placement.student_id.in_(
            select(Certificate.student_id)))).first()
        logged = s.scalars(select(PracticeSession.id).where(
            PracticeSession.student_id != with_both)).first()
        moved = s.scalars(select(MentorAssignment.student_id).where(
            MentorAssignment.mentor_id == mentor.mentor_id, MentorAssignment.end_date.is_(None))).first()
    assert with_both and logged and moved
    enrolment.delete_student(db, system, with_both)
    sessions.delete_session(db, system, logged)
    with db.transaction() as s:  # the mentor's student moves on; the sessions the mentor logged stay
        for a in s.scalars(select(MentorAssignment).where(MentorAssignment.student_id == moved,
                                                          MentorAssignment.end_date.is_(None))):
            a.end_date = date.today()


@pytest.fixture(params=["admin", "jiaowu", "mentor"])
def window(request, qtbot, qapp, demo, ops, tmp_path):
    from jiarenbase.gui.context import AppContext
    from jiarenbase.gui.main_window import MainWindow

    actor = _actor(demo, request.param)
    ctx = AppContext(db=demo, actor=actor, ops=ops, lang="zh", data_dir=tmp_path)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1280, 800)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: ops.pending == 0 and w.dashboard.data is not None, timeout=30_000)
    return w


def _list_count(window, qtbot, ops, key: str) -> int:
    """The count the page now showing says, once it has loaded."""
    from jiarenbase.gui.pages.list_page import ListPage

    qtbot.waitUntil(lambda: ops.pending == 0, timeout=20_000)
    page = window.ui.pages.currentWidget()
    if isinstance(page, ListPage):
        shown = page.ui.countLabel.text()
        assert f"{page.model.total:,}" in shown, (key, shown)  # what the user reads: 共 N 条
        return page.model.total
    if window.page_keys[window.ui.pages.currentIndex()] == "talent_pool":
        return len(page.rows)
    if window.page_keys[window.ui.pages.currentIndex()] == "rooms":
        return len(page.week.rooms)
    raise AssertionError(f"{key}: opened {type(page).__name__}, which shows no count")


def test_every_card_equals_the_list_it_opens(window, qtbot, ops):
    dashboard = window.dashboard
    checked = []
    for key, card in dashboard.cards.items():
        if key in RATE_CARDS:
            continue
        figure = _num(card.value.text())
        if key == "follow_ups":  # shown in the panel below the cards
            qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
            assert window.ui.pages.currentWidget() is dashboard
            assert dashboard.follow_ups.list.count() == min(figure, 20), key
            checked.append(key)
            continue
        qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
        assert window.ui.pages.currentWidget() is not dashboard, key
        assert _list_count(window, qtbot, ops, key) == figure, (window.ctx.actor.username, key)
        checked.append(key)
        window.show_page("dashboard")
    assert len(checked) >= 8


def test_the_mentor_s_sessions_card_is_their_students_sessions(demo):
    """The figure the mentor read as 120 while the list showed 76: now one query, the list's."""
    from jiarenbase.core.services import summary as summary_svc

    mentor = _actor(demo, "mentor")
    figures = summary_svc.mentor_summary(demo, mentor)
    listed = sessions.list_sessions(demo, mentor, ListQuery(limit=1)).total
    assert figures.sessions == listed and figures.sessions == sum(figures.sessions_by_kind.values())
    mine = enrolment.list_students(demo, mentor, ListQuery(limit=1)).total
    assert figures.students == mine == sum(figures.by_stage.values())


def test_the_staff_dashboard_figures_count_the_same_rows_as_its_lists(demo):
    from jiarenbase.core.domain.enums import PlacementOutcome
    from jiarenbase.core.services import certificates, placements, summary as summary_svc

    staff = _actor(demo, "jiaowu")
    data = summary_svc.summary(demo, staff, table_counts=False, sign_off=False)
    assert data.certificates.total == certificates.list_certificates(demo, staff, ListQuery(limit=1)).total
    for outcome in PlacementOutcome:
        listed = placements.list_placements(demo, staff, ListQuery(limit=1, filters={"outcome": outcome})).total
        assert data.placements.records_by_outcome[outcome.value] == listed, outcome
    assert data.awaiting_sign_off is None
