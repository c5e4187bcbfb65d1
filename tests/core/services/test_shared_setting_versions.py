"""Shared settings carry a version: two desktops load the same setting, the first
save wins, the second (stale) save is refused with ConflictError and loses nothing
of the first — for the CSV mappings, banned terms, opening hours, readiness bars
and the base profile, on both backends."""
from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import Setting
from jiarenbase.core.domain.compliance import BannedTerm
from jiarenbase.core.domain.enums import Platform, SkillLevel, Stage
from jiarenbase.core.errors import ConflictError
from jiarenbase.core.services import base_profile, exam_readiness, rooms, scripts, session_import
from jiarenbase.core.services.base_profile import BaseProfile
from jiarenbase.core.services.context import Database
from jiarenbase.core.services.exam_readiness import ReadinessBar
from jiarenbase.core.services.shared_settings import read_versioned, write_setting


@pytest.fixture
def other(world) -> Database:
    """A second desktop: its own engine on the same database."""
    engine = create_engine(world.db.engine.url.render_as_string(hide_password=False))
    yield Database(engine)
    engine.dispose()


def test_write_setting_versions(world):
    with world.db.transaction() as s:
        assert read_versioned(s, "x.test", {}).version == 0
        assert write_setting(s, world.staff, "x.test", {"a": 1}, expected_version=0) == 1
    with world.db.transaction() as s:
        assert write_setting(s, world.staff, "x.test", {"a": 2}, expected_version=1) == 2
    with pytest.raises(ConflictError), world.db.transaction() as s:
        write_setting(s, world.staff, "x.test", {"a": 3}, expected_version=1)
    with pytest.raises(ConflictError), world.db.transaction() as s:  # "never saved" is stale too
        write_setting(s, world.staff, "x.test", {"a": 4}, expected_version=0)
    with world.db.read() as s:
        assert read_versioned(s, "x.test").value == {"a": 2}
        assert s.scalar(select(Setting.version).where(Setting.key == "x.test")) == 2
    with world.db.transaction() as s:  # no expected version: no check (scripts, the demo)
        assert write_setting(s, world.staff, "x.test", {"a": 5}) == 3


def test_opening_hours_stale_save_refused(world, other):
    first = rooms.opening_hours_for_edit(world.db, world.staff)
    second = rooms.opening_hours_for_edit(other, world.admin)
    assert first.version == second.version == 0
    rooms.set_opening_hours(world.db, world.staff, 9, 21, expected_version=first.version)
    with pytest.raises(ConflictError):
        rooms.set_opening_hours(other, world.admin, 7, 23, expected_version=second.version)
    again = rooms.opening_hours_for_edit(other, world.admin)
    assert (again.value.open_hour, again.value.close_hour, again.version) == (9, 21, 1)
    rooms.set_opening_hours(other, world.admin, 7, 23, expected_version=again.version)  # reloaded: saves
    assert rooms.get_opening_hours(world.db, world.staff).open_hour == 7


def test_banned_terms_stale_save_refused(world, other):
    first = scripts.compliance_terms_for_edit(world.db, world.staff)
    second = scripts.compliance_terms_for_edit(other, world.staff)
    scripts.set_compliance_terms(world.db, world.staff, list(first.value) + [BannedTerm("秒杀", "诱导词")],
                                 expected_version=first.version)
    with pytest.raises(ConflictError):
        scripts.set_compliance_terms(other, world.staff, [BannedTerm("第一", "极限词")],
                                     expected_version=second.version)
    terms = scripts.compliance_terms_for_edit(world.db, world.mentor)
    assert "秒杀" in {t.term for t in terms.value} and len(terms.value) == len(first.value) + 1
    assert terms.version == 1


def test_readiness_bars_stale_save_refused(world, other):
    first = exam_readiness.readiness_bars_for_edit(world.db, world.staff)
    second = exam_readiness.readiness_bars_for_edit(other, world.staff)
    exam_readiness.set_readiness_bar(world.db, world.staff, ReadinessBar(SkillLevel.JUNIOR, Stage.PROJECT, 6, 72.0),
                                     expected_version=first.version)
    with pytest.raises(ConflictError):
        exam_readiness.set_readiness_bar(other, world.staff, ReadinessBar(SkillLevel.APPRENTICE, Stage.PROJECT, 1),
                                         expected_version=second.version)
    bars = {b.level: b for b in exam_readiness.readiness_bars(world.db, world.mentor)}
    assert bars[SkillLevel.JUNIOR].min_mock_drills == 6
    assert bars[SkillLevel.APPRENTICE].min_mock_drills == 2  # the refused save left no trace


def test_column_mapping_stale_save_refused(world, other):
    headers = ["开播时间", "下播时间", "观看人数"]
    first = session_import.suggest_mapping_for_edit(world.db, world.staff, Platform.DOUYIN, headers)
    second = session_import.suggest_mapping_for_edit(other, world.mentor, Platform.DOUYIN, headers)
    assert first.version == second.version == 0 and not first.saved
    session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"观看人数": "viewers"},
                                       expected_version=first.version)
    with pytest.raises(ConflictError):
        session_import.save_column_mapping(other, world.mentor, Platform.DOUYIN, {"观看人数": ""},
                                           expected_version=second.version)
    again = session_import.suggest_mapping_for_edit(other, world.mentor, Platform.DOUYIN, headers)
    assert again.saved and again.version == 1 and again.mapping["观看人数"] == "viewers"


def test_base_profile_stale_save_refused(world, other):
    first = base_profile.profile_for_edit(world.db, world.staff)
    second = base_profile.profile_for_edit(other, world.admin)
    profile = BaseProfile(full_name="自家人数字产业人才产学研基地", short_name="自家人基地")
    base_profile.save_profile(world.db, world.staff, profile, expected_version=first.version)
    with pytest.raises(ConflictError):
        base_profile.save_profile(other, world.admin, replace(profile, short_name="别的名字"),
                                  expected_version=second.version)
    now = base_profile.profile_for_edit(world.db, world.staff)
    assert now.value.short_name == "自家人基地" and now.version == 1
    base_profile.save_profile(world.db, world.staff, replace(profile, contact="沈老师"), expected_version=1)
    assert base_profile.profile_for_edit(world.db, world.staff).version == 2
