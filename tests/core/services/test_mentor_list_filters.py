"""list_mentors' "active" filter (the room booking's mentor field lists the active ones)."""
from __future__ import annotations

from jiarenbase.core.services import mentors
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.mentors import MentorInput


def test_the_active_filter(db, admin):
    here = mentors.create_mentor(db, admin, MentorInput(name="在岗导师"))
    gone = mentors.create_mentor(db, admin, MentorInput(name="停用导师", active=False))
    assert {m.id for m in mentors.list_mentors(db, admin, ListQuery()).rows} == {here.id, gone.id}
    active = mentors.list_mentors(db, admin, ListQuery(filters={"active": True}))
    assert [m.id for m in active.rows] == [here.id] and active.total == 1
    assert [m.id for m in mentors.list_mentors(db, admin, ListQuery(filters={"active": False})).rows] == [gone.id]
