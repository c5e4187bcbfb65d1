"""Users: argon2id hashes, sign-in, lockout after 5 wrong passwords, unlock,
weak passwords, re-hashing of old hashes."""
from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from argon2 import PasswordHasher

from jiarenbase.core.db.models import User
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import AuthenticationError, ValidationError
from jiarenbase.core.services import audit, mentors, users

GOOD = "Jiaren#2025"
T0 = datetime(2025, 5, 6, 9, 0)


@pytest.fixture
def staff_user(db, admin):
    return users.add_user(db, admin, "jiaowu", GOOD, Role.STAFF, "教务老师")


def stored_hash(db, user_id: int) -> str:
    with db.read() as s:
        return s.get(User, user_id).password_hash


def test_argon2id_hash_is_stored(db, staff_user):
    h = stored_hash(db, staff_user.id)
    assert h.startswith("$argon2id$") and GOOD not in h
    assert PasswordHasher().verify(h, GOOD)
    assert staff_user.display_name == "教务老师" and staff_user.role is Role.STAFF and staff_user.active
    assert users.has_users(db)


def test_authenticate_ok_is_case_insensitive_on_the_name(db, admin, staff_user):
    dto = users.authenticate(db, " JiaoWu ", GOOD, now=T0)
    assert dto.id == staff_user.id and dto.last_login_at == T0 and dto.failed_logins == 0
    actor = dto.actor()
    assert (actor.user_id, actor.role, actor.username) == (staff_user.id, Role.STAFF, "jiaowu")
    assert [e.action for e in audit.list_audit(db, admin, entity="app_user", entity_id=staff_user.id)] == \
        ["login", "create"]


def test_wrong_password_and_unknown_user_say_the_same(db, staff_user):
    with pytest.raises(AuthenticationError) as a:
        users.authenticate(db, "jiaowu", "nope", now=T0)
    with pytest.raises(AuthenticationError) as b:
        users.authenticate(db, "nobody", GOOD, now=T0)
    assert a.value.zh == b.value.zh == "用户名或密码不正确。"


def test_five_wrong_passwords_lock_for_fifteen_minutes(db, admin, staff_user):
    for i in range(4):
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "jiaowu", "wrong", now=T0 + timedelta(seconds=i))
    assert users.list_users(db, admin)[0].failed_logins == 4
    with pytest.raises(AuthenticationError):
        users.authenticate(db, "jiaowu", "wrong", now=T0 + timedelta(seconds=5))
    [locked] = users.list_users(db, admin)
    assert locked.locked_until == T0 + timedelta(seconds=5, minutes=15)
    # even the right password is refused while locked, with a Chinese message
    with pytest.raises(AuthenticationError) as info:
        users.authenticate(db, "jiaowu", GOOD, now=T0 + timedelta(minutes=10))
    assert "账号已锁定" in info.value.zh and "6 分钟后再试" in info.value.zh and "管理员解锁" in info.value.zh
    assert "locked" in info.value.en
    assert "locked" in [e.action for e in audit.list_audit(db, admin, entity="app_user", entity_id=staff_user.id)]
    # after 15 minutes it works again
    ok = users.authenticate(db, "jiaowu", GOOD, now=T0 + timedelta(minutes=15, seconds=6))
    assert ok.locked_until is None and ok.failed_logins == 0


def test_a_success_resets_the_count(db, admin, staff_user):
    for _ in range(4):
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "jiaowu", "wrong", now=T0)
    users.authenticate(db, "jiaowu", GOOD, now=T0)
    with pytest.raises(AuthenticationError):
        users.authenticate(db, "jiaowu", "wrong", now=T0)
    assert users.list_users(db, admin)[0].failed_logins == 1


def test_admin_unlocks(db, admin, staff_user):
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "jiaowu", "wrong", now=T0)
    unlocked = users.unlock_user(db, admin, staff_user.id)
    assert unlocked.locked_until is None and unlocked.failed_logins == 0
    assert users.authenticate(db, "jiaowu", GOOD, now=T0 + timedelta(minutes=1)).id == staff_user.id


@pytest.mark.parametrize("weak", ["short1!", "alllowercase", "12345678901", "        "])
def test_weak_passwords_are_refused(db, admin, weak, count_rows):
    with pytest.raises(ValidationError) as info:
        users.add_user(db, admin, "someone", weak, Role.STAFF)
    assert info.value.fields == ["密码"] and "太弱" in info.value.zh
    assert count_rows(User) == 0


def test_set_password_checks_strength_and_works(db, admin, staff_user):
    with pytest.raises(ValidationError):
        users.set_password(db, staff_user.actor(), staff_user.id, "weak")
    users.set_password(db, staff_user.actor(), staff_user.id, "Better#2026")
    with pytest.raises(AuthenticationError):
        users.authenticate(db, "jiaowu", GOOD, now=T0)
    assert users.authenticate(db, "jiaowu", "Better#2026", now=T0).id == staff_user.id


def test_user_name_rules(db, admin, staff_user, count_rows):
    for bad in ("a", "has space", "x" * 41):
        with pytest.raises(ValidationError) as info:
            users.add_user(db, admin, bad, GOOD, Role.STAFF)
        assert info.value.fields == ["用户名"]
    with pytest.raises(ValidationError) as info:
        users.add_user(db, admin, "JIAOWU", GOOD, Role.STAFF)
    assert "已存在" in info.value.zh
    assert users.add_user(db, admin, "王老师", GOOD, Role.STAFF).display_name == "王老师"
    assert count_rows(User) == 2


def test_mentor_account_needs_an_existing_mentor(db, admin, count_rows):
    with pytest.raises(ValidationError) as info:
        users.add_user(db, admin, "mentor1", GOOD, Role.MENTOR)
    assert info.value.fields == ["关联导师"]
    with pytest.raises(ValidationError) as info:
        users.add_user(db, admin, "mentor1", GOOD, Role.MENTOR, mentor_id=12345)
    assert info.value.fields == ["关联导师"]
    m = mentors.create_mentor(db, admin, mentors.MentorInput(name="王导师"))
    dto = users.add_user(db, admin, "mentor1", GOOD, Role.MENTOR, mentor_id=m.id)
    assert dto.actor().is_mentor and dto.actor().mentor_id == m.id
    assert count_rows(User) == 1


def test_weaker_hash_is_replaced_on_successful_login(db, staff_user):
    weak = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1).hash(GOOD)
    with db.transaction() as s:
        s.get(User, staff_user.id).password_hash = weak
    with pytest.raises(AuthenticationError):  # a wrong password does not rehash
        users.authenticate(db, "jiaowu", "wrong", now=T0)
    assert stored_hash(db, staff_user.id) == weak
    users.authenticate(db, "jiaowu", GOOD, now=T0)
    new = stored_hash(db, staff_user.id)
    assert new != weak and new.startswith("$argon2id$")
    assert not PasswordHasher().check_needs_rehash(new)
    assert users.authenticate(db, "jiaowu", GOOD, now=T0).id == staff_user.id


def test_inactive_user_cannot_sign_in(db, staff_user):
    with db.transaction() as s:
        s.get(User, staff_user.id).active = False
    with pytest.raises(AuthenticationError):
        users.authenticate(db, "jiaowu", GOOD, now=T0)


def test_passwords_never_reach_the_audit_log(db, admin, staff_user):
    users.set_password(db, admin, staff_user.id, "Secret#Pass99")
    users.authenticate(db, "jiaowu", "Secret#Pass99", now=T0)
    for _ in range(5):  # locked out, so the unlock below changes something
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "jiaowu", "Wrong#Pass99", now=T0)
    users.unlock_user(db, admin, staff_user.id)
    entries = audit.list_audit(db, admin, entity="app_user")
    assert {"create", "set_password", "login", "update"} <= {e.action for e in entries}
    for e in entries:
        text = repr(e.before) + repr(e.after)
        assert "password" not in text and "argon2" not in text
        assert GOOD not in text and "Secret#Pass99" not in text
    created = [e for e in entries if e.action == "create"][0]
    assert created.after["username"] == "jiaowu" and "password_hash" not in created.after
