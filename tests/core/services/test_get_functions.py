"""The single-record reads the edit dialogs use (get_school, get_client, get_cohort,
get_mentor, get_user) and update_user: role checks, deleted rows, versions."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import User
from jiarenbase.core.domain.enums import CohortStatus, Role
from jiarenbase.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import audit, cohorts, mentors, organisations, users

PASSWORD = "Jiaren#2025"


def test_get_school_counts_students_and_hides_deleted(world):
    db, admin = world.db, world.admin
    got = organisations.get_school(db, world.mentor, world.school.id)
    assert got.name == "金山食品工业学校" and got.student_count == 4 and got.version == world.school.version
    empty = organisations.create_school(db, admin, organisations.SchoolInput(name="上海中侨职业技术大学"))
    organisations.delete_school(db, admin, empty.id)
    with pytest.raises(NotFound) as info:
        organisations.get_school(db, admin, empty.id)
    assert "合作院校" in info.value.zh
    with pytest.raises(NotFound):
        organisations.get_school(db, admin, 9999)


def test_get_client_round_trip(world):
    db, admin = world.db, world.admin
    made = organisations.create_client(db, admin, organisations.ClientInput(
        name="金山农家乐合作社", industry="农产品", since=date(2024, 4, 1)))
    got = organisations.get_client(db, world.staff, made.id)
    assert got == made
    organisations.delete_client(db, admin, made.id)
    with pytest.raises(NotFound):
        organisations.get_client(db, admin, made.id)


def test_get_cohort_names_its_school(world):
    got = cohorts.get_cohort(world.db, world.staff, world.cohort.id)
    assert (got.code, got.school_name, got.student_count, got.status) == \
        ("2025-SP-01", "金山食品工业学校", 4, CohortStatus.ACTIVE)
    with pytest.raises(NotFound):
        cohorts.get_cohort(world.db, world.staff, 12345)


def test_get_mentor_counts_current_students(world):
    got = mentors.get_mentor(world.db, world.staff, world.mentor_a.id)
    assert got.name == "王导师" and got.student_count == 2 and got.is_senior_streamer
    assert mentors.get_mentor(world.db, world.staff, world.mentor_b.id).student_count == 1


def test_get_user_is_admin_only(world):
    got = users.get_user(world.db, world.admin, world.mentor_user.id)
    assert got.username == "wang" and got.role is Role.MENTOR and got.mentor_id == world.mentor_a.id
    for actor in (world.staff, world.mentor):
        with pytest.raises(PermissionDenied):
            users.get_user(world.db, actor, world.mentor_user.id)
    with pytest.raises(NotFound):
        users.get_user(world.db, world.admin, 777)


def test_update_user_changes_name_role_link_and_active(world):
    db, admin = world.db, world.admin
    u = world.staff_user
    got = users.update_user(db, admin, u.id, u.version, users.UserInput(
        display_name=" 新教务 ", role=Role.MENTOR, mentor_id=world.mentor_b.id, active=False))
    assert (got.display_name, got.role, got.mentor_id, got.active) == ("新教务", Role.MENTOR, world.mentor_b.id, False)
    assert got.version == u.version + 1
    entry = audit.list_audit(db, admin, entity="app_user", entity_id=u.id)[0]
    assert entry.action == "update" and entry.after["role"] == "mentor"
    # back to staff: the mentor link is dropped
    back = users.update_user(db, admin, u.id, got.version, users.UserInput(
        display_name="", role=Role.STAFF, mentor_id=world.mentor_b.id, active=True))
    assert back.mentor_id is None and back.display_name == "jiaowu" and back.active


def test_update_user_refuses_what_it_should(world):
    db, admin = world.db, world.admin
    u = world.staff_user
    with pytest.raises(ValidationError) as info:
        users.update_user(db, admin, u.id, u.version, users.UserInput("x", Role.MENTOR))
    assert info.value.fields == ["关联导师"]
    with pytest.raises(ValidationError) as info:
        users.update_user(db, admin, u.id, u.version, users.UserInput("x", Role.MENTOR, mentor_id=4242))
    assert info.value.fields == ["关联导师"]
    with pytest.raises(ValidationError) as info:
        users.update_user(db, admin, u.id, u.version, users.UserInput("名" * 61, Role.STAFF))
    assert info.value.fields == ["显示名"]
    with pytest.raises(PermissionDenied):
        users.update_user(db, world.staff, u.id, u.version, users.UserInput("x", Role.ADMIN))
    users.update_user(db, admin, u.id, u.version, users.UserInput("教务", Role.STAFF))
    with pytest.raises(ConflictError):
        users.update_user(db, admin, u.id, u.version, users.UserInput("教务2", Role.STAFF))


def test_the_last_active_admin_stays(world):
    db, admin = world.db, world.admin
    boss = users.add_user(db, admin, "boss", PASSWORD, Role.ADMIN, "主任")
    for data, field in ((users.UserInput("主任", Role.STAFF), "角色"),
                        (users.UserInput("主任", Role.ADMIN, active=False), "启用")):
        with pytest.raises(ValidationError) as info:
            users.update_user(db, admin, boss.id, boss.version, data)
        assert info.value.fields == [field] and "唯一" in info.value.zh
    # with a second admin the first may be demoted; an admin never switches off themselves
    second = users.add_user(db, admin, "second", PASSWORD, Role.ADMIN)
    me = second.actor()
    with pytest.raises(ValidationError) as info:
        users.update_user(db, me, second.id, second.version, users.UserInput("second", Role.ADMIN, active=False))
    assert info.value.fields == ["启用"]
    demoted = users.update_user(db, me, boss.id, boss.version, users.UserInput("主任", Role.STAFF))
    assert demoted.role is Role.STAFF


def test_check_password_is_the_services_rule(world, count_rows):
    with pytest.raises(ValidationError) as info:
        users.check_password("abc")
    assert info.value.fields == ["密码"] and "太弱" in info.value.zh
    users.check_password("Jiaren#2026")
    assert count_rows(User) == 3
