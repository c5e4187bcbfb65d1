"""个人设置: every role saves its own theme, language and font size (in the database,
audited), nobody another person's; the sign-in window takes the last person's look."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from jiarenbase.core import config
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services.personal_settings import PersonalSettings, load_personal, save_personal


def personal_entries(db):
    """The audit entries about personal settings (action, username, entity_id, before, after)."""
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action, AuditEntry.username, AuditEntry.entity_id, AuditEntry.before,
                                     AuditEntry.after).where(AuditEntry.entity == "setting:personal")
                              .order_by(AuditEntry.id)))


def test_a_mentor_saves_their_own_theme_and_font_size(world):
    assert load_personal(world.db, world.mentor) == PersonalSettings()
    mine = PersonalSettings(theme="dark", lang="zh", font_size="large")
    assert save_personal(world.db, world.mentor, mine) == mine
    assert load_personal(world.db, world.mentor) == mine
    assert load_personal(world.db, world.other_mentor) == PersonalSettings()  # each person their own
    [entry] = personal_entries(world.db)
    assert entry.action == "create" and entry.entity_id == world.mentor.user_id
    assert json.loads(entry.after) == {"theme": "dark", "lang": "zh", "font_size": "large"}
    save_personal(world.db, world.mentor, mine.with_(font_size="xlarge"))
    last = personal_entries(world.db)[-1]
    assert last.action == "update"
    assert (json.loads(last.before), json.loads(last.after)) == ({"font_size": "large"}, {"font_size": "xlarge"})
    save_personal(world.db, world.mentor, mine.with_(font_size="xlarge"))
    assert len(personal_entries(world.db)) == 2  # no change: no entry


@pytest.mark.parametrize("who", ["mentor", "staff", "admin"])
def test_nobody_saves_another_persons_settings(world, who):
    actor = getattr(world, who)
    with pytest.raises(PermissionDenied) as info:
        save_personal(world.db, actor, PersonalSettings(theme="dark"), user_id=world.other_mentor.user_id)
    assert "只能更改自己的个人设置" in info.value.zh
    assert load_personal(world.db, world.other_mentor) == PersonalSettings()
    save_personal(world.db, world.staff, PersonalSettings(lang="en"), user_id=world.staff.user_id)  # one's own: yes


def test_bad_values_are_named_in_chinese(world):
    with pytest.raises(ValidationError) as info:
        save_personal(world.db, world.mentor, PersonalSettings(theme="pink", lang="fr", font_size="huge"))
    assert info.value.fields == [config.FIELD_THEME, config.FIELD_LANG, config.FIELD_FONT_SIZE]
    assert personal_entries(world.db) == []


def test_the_sign_in_window_takes_the_last_persons_look(world, data_dir):
    config.save(data_dir, config.AppConfig(keep_backups=9))
    save_personal(world.db, world.mentor, PersonalSettings("dark", "en", "large"), data_dir=data_dir)
    saved = config.load(data_dir)
    assert (saved.theme, saved.lang, saved.font_size, saved.keep_backups) == ("dark", "en", "large", 9)
    assert load_personal(world.db, world.staff, data_dir) == PersonalSettings("dark", "en", "large")  # none saved yet
    save_personal(world.db, world.staff, PersonalSettings(), data_dir=data_dir)
    assert load_personal(world.db, world.mentor, data_dir) == PersonalSettings("dark", "en", "large")
    assert (config.load(data_dir).theme, config.load(data_dir).lang) == ("dark", "en")  # the mentor signed in last


def test_the_local_administrator_keeps_its_look_in_the_desktops_file(db, admin, data_dir):
    save_personal(db, admin, PersonalSettings("dark", "zh", "small"), data_dir=data_dir)
    assert load_personal(db, admin, data_dir) == PersonalSettings("dark", "zh", "small")
    assert personal_entries(db) == []  # no account: nothing in the database
