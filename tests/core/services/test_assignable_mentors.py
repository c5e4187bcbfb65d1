"""Deleted or inactive mentors: never a choice for an assignment or a booking, refused
by name when chosen anyway, not a current load target — but kept in history."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import mentor_workload, mentors
from jiarenbase.core.services.listing import ListQuery

ON = date(2025, 4, 1)


def retire(world, mentor):
    dto = mentors.get_mentor(world.db, world.admin, mentor.id)
    mentors.update_mentor(world.db, world.admin, mentor.id, dto.version, mentors.MentorInput(name=dto.name,
                                                                                            active=False))


def test_assignable_mentors_are_live_and_active(world):
    spare = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="林导师"))
    retire(world, world.mentor_b)
    mentors.delete_mentor(world.db, world.admin, spare.id)
    mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="退休导师", active=False))
    assert [m.name for m in mentors.assignable_mentors(world.db, world.staff)] == ["王导师"]
    page = mentors.list_mentors(world.db, world.staff, ListQuery(filters={"assignable": True}, include_deleted=True))
    assert [m.name for m in page.rows] == ["王导师"]
    # the mentors list itself still shows the inactive ones (history, reactivation)
    assert {m.name for m in mentors.list_mentors(world.db, world.staff).rows} == {"王导师", "陈导师", "退休导师"}


def test_an_inactive_or_deleted_mentor_is_refused_by_name(world):
    retire(world, world.mentor_b)
    with pytest.raises(ValidationError) as info:
        mentors.assign_mentor(world.db, world.staff, world.unassigned[0], world.mentor_b.id, on=ON)
    assert info.value.fields == ["导师"] and "“陈导师”已停用" in info.value.zh and "启用" in info.value.zh
    mentors.delete_mentor(world.db, world.admin, world.mentor_b.id)
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(world.db, world.staff, [(world.unassigned[0], world.mentor_b.id)], on=ON)
    assert "学员“赵婷婷”所选的导师“陈导师”已被删除" in info.value.zh
    with pytest.raises(ValidationError) as info:
        mentors.assign_mentor(world.db, world.staff, world.unassigned[0], 9999, on=ON)
    assert "编号 9999" in info.value.zh


def test_history_keeps_an_inactive_mentor(world):
    sid = world.theirs[0]
    retire(world, world.mentor_b)
    history = mentors.assignment_history(world.db, world.staff, sid)
    assert [(a.mentor_name, a.end_date) for a in history] == [("陈导师", None)]
    mentors.assign_mentor(world.db, world.staff, sid, world.mentor_a.id, on=ON)
    history = mentors.assignment_histories(world.db, world.staff, [sid])[0].history
    assert [(a.mentor_name, a.end_date) for a in history] == [("陈导师", ON), ("王导师", None)]


def test_workload_lists_only_active_mentors_as_load_targets_but_the_period_keeps_history(world):
    retire(world, world.mentor_b)
    week = mentor_workload.mentor_workload(world.db, world.staff, ON)
    assert [r.mentor_name for r in week] == ["王导师"]
    with world.db.read() as s:
        period = mentor_workload.workload_between(s, date(2025, 3, 1), date(2025, 3, 31))
    assert {r.mentor_name for r in period} == {"王导师", "陈导师"}  # 陈导师 guided a student then
    mentors.delete_mentor(world.db, world.admin, world.mentor_b.id)
    proposal = mentor_workload.suggest_cohort_assignment(world.db, world.staff, world.cohort.id)
    assert {share.mentor_name for share in proposal.shares} == {"王导师"}
