"""Optimistic locking: the second of two saves from the same version fails with
a Chinese message instead of silently overwriting the first."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import update

from jiarenbase.core.db.models import Cohort, Mentor, PartnerSchool
from jiarenbase.core.errors import ConflictError
from jiarenbase.core.services import cohorts, mentors, organisations

MESSAGE = "此记录已被他人修改，请重新载入后再保存。"


def test_two_desktops_edit_the_same_cohort(world):
    seen = world.cohort  # both desktops loaded version 1
    first = cohorts.update_cohort(world.db, world.staff, seen.id, seen.version, cohorts.CohortInput(
        code=seen.code, name="第一台电脑改的", school_id=seen.school_id))
    assert first.version == seen.version + 1
    with pytest.raises(ConflictError) as info:
        cohorts.update_cohort(world.db, world.admin, seen.id, seen.version, cohorts.CohortInput(
            code=seen.code, name="第二台电脑改的", school_id=seen.school_id))
    assert info.value.zh == MESSAGE and info.value.text("en").startswith("This record was changed")
    assert cohorts.get_cohort_by_code(world.db, world.admin, seen.code).name == "第一台电脑改的"
    third = cohorts.update_cohort(world.db, world.admin, seen.id, first.version, cohorts.CohortInput(
        code=seen.code, name="重新载入后再改", school_id=seen.school_id, end_date=date(2025, 8, 1)))
    assert third.version == first.version + 1


def test_version_increments_on_every_real_change(world):
    m = world.mentor_a
    versions = [m.version]
    for cap in (11, 12, 13):
        m = mentors.update_mentor(world.db, world.staff, m.id, m.version, mentors.MentorInput(
            name=m.name, phone=m.phone, is_senior_streamer=True, weekly_capacity=cap))
        versions.append(m.version)
    assert versions == [1, 2, 3, 4]


def test_a_concurrent_write_inside_a_transaction_becomes_conflict_error(world):
    """Without an expected version, the row version SQLAlchemy checks in the
    UPDATE still catches a change made since the row was loaded."""
    with pytest.raises(ConflictError) as info, world.db.transaction() as s:
        row = s.get(PartnerSchool, world.school.id)
        # another desktop saves meanwhile (its own connection, committed)
        with world.db.engine.begin() as other:
            other.execute(update(PartnerSchool).where(PartnerSchool.id == world.school.id)
                          .values(address="别处", version=PartnerSchool.version + 1))
        row.address = "这里"
        s.flush()
    assert info.value.zh == MESSAGE
    with world.db.read() as s:
        row = s.get(PartnerSchool, world.school.id)
        assert (row.address, row.version) == ("别处", 2)


def test_conflict_on_delete_with_a_stale_version(world):
    with pytest.raises(ConflictError):
        mentors.delete_mentor(world.db, world.staff, world.mentor_b.id, version=world.mentor_b.version + 1)
    with world.db.read() as s:
        assert s.get(Mentor, world.mentor_b.id).deleted_at is None


def test_stale_version_leaves_the_row_untouched(world):
    s0 = organisations.list_schools(world.db, world.admin).rows[0]
    organisations.update_school(world.db, world.admin, s0.id, s0.version,
                                organisations.SchoolInput(name=s0.name, note="新"))
    with pytest.raises(ConflictError):
        organisations.update_school(world.db, world.admin, s0.id, s0.version,
                                    organisations.SchoolInput(name="改名", note="旧"))
    with world.db.read() as s:
        row = s.get(PartnerSchool, s0.id)
        assert (row.name, row.note, row.version) == (s0.name, "新", 2)
        assert s.get(Cohort, world.cohort.id).version == 1
