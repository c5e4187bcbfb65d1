"""The user dialog (用户) and its background calls: closed while the mentors or the
account load, or while an account is unlocked, nothing comes back to it. Creating and
editing accounts is tested in tests/gui/test_dialogs.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import AuthenticationError
from jiarenbase.core.services import mentors, users
from jiarenbase.gui.dialogs.user_dialog import UserDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_mentors_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(mentors, "list_mentors")
    dialog = UserDialog(ctx, None, owner)
    dialog.open()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)


def test_closed_while_the_account_loads(qtbot, ctx, in_flight, owner):
    account = users.add_user(ctx.db, ctx.actor, "laoshi", "Jiaren#2025", Role.STAFF)
    in_flight.hold(users, "get_user")
    dialog = UserDialog(ctx, account.id, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_unlocking(qtbot, ctx, in_flight, owner, drain):
    account = users.add_user(ctx.db, ctx.actor, "laoshi", "Jiaren#2025", Role.STAFF)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate(ctx.db, "laoshi", "wrong")
    dialog = UserDialog(ctx, account.id, owner)
    dialog.open()
    drain()
    assert dialog.ui.unlock.isVisibleTo(dialog)
    in_flight.hold(users, "unlock_user")
    dialog.ui.unlock.click()
    assert not dialog.save_button.isEnabled()  # the version changes with the unlock
    in_flight.close_while_loading(dialog)
    assert users.authenticate(ctx.db, "laoshi", "Jiaren#2025").username == "laoshi"


def test_a_mentor_beyond_the_first_page_is_shown_kept_and_found(qtbot, ctx, drain, monkeypatch):
    """The mentor list is searched, not loaded whole: an account linked to a mentor
    who is not on the drop-down's first page shows that mentor and saves it unchanged;
    another one is found by typing part of the name."""
    from jiarenbase.core.services.listing import ListQuery
    from jiarenbase.gui.widgets import search_combo

    monkeypatch.setattr(search_combo, "PAGE_SIZE", 1)
    for name in ("艾老师", "包老师", "陈老师"):
        mentors.create_mentor(ctx.db, ctx.actor, mentors.MentorInput(name=name))
    listed = mentors.list_mentors(ctx.db, ctx.actor, ListQuery(sort="name")).rows
    last = listed[-1]
    account = users.add_user(ctx.db, ctx.actor, "daoshi", "Jiaren#2025", Role.MENTOR, "导师", last.id)
    dialog = UserDialog(ctx, account.id)
    qtbot.addWidget(dialog)
    drain()
    ui = dialog.ui
    assert ui.mentor.current_id() == last.id and ui.mentor.current_text() == last.name
    assert not dialog.is_dirty()
    assert dialog.gather().settings.mentor_id == last.id
    ui.mentor.search(listed[1].name[:1])
    drain()
    assert ui.mentor.result_texts()[0] == listed[1].name
    ui.mentor.choose_result(0)
    assert dialog.gather().settings.mentor_id == listed[1].id and dialog.is_dirty()
