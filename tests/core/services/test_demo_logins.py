"""The sign-in dialog lists the demo accounts on a demo database only."""
from __future__ import annotations

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import users


def test_demo_database_lists_its_logins(db):
    build_demo(db, students=40, seed=3)
    logins = users.demo_logins(db)
    assert [(u, r) for u, _, r in logins] == [("admin", "admin"), ("jiaowu", "staff"), ("mentor", "mentor")]
    for name, password, role in logins:  # each listed login really signs in
        assert users.authenticate(db, name, password).role is Role(role)


def test_real_database_lists_none(db, admin):
    users.add_user(db, admin, "admin", "Jiaren#2025", Role.ADMIN)
    assert users.demo_logins(db) == []


def test_deactivated_demo_account_is_not_listed(db):
    build_demo(db, students=40, seed=3)
    from jiarenbase.core.db.models import User

    with db.transaction() as s:
        s.query(User).filter(User.username == "jiaowu").one().active = False
    assert [u for u, _, _ in users.demo_logins(db)] == ["admin", "mentor"]


def test_damaged_setting_lists_none(db):
    from jiarenbase.core.db.models import Setting

    with db.transaction() as s:
        s.add(Setting(key=users.DEMO_LOGINS_SETTING, value="{broken"))
    assert users.demo_logins(db) == []
