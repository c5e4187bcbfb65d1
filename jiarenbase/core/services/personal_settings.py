"""个人设置: each person's theme, interface language and font size — open to every
role, each person only their own, kept in the database so they follow the person
to any desktop.

    prefs = load_personal(db, actor, data_dir)      # at sign-in: also the sign-in window's look
    save_personal(db, actor, prefs.with_(font_size="large"), data_dir=data_dir)

The desktop's settings file keeps the last signed-in person's look for its sign-in
window (`remember_look`); that is no protected setting. The command line's local
administrator has no account: its look is this desktop's file alone.
"""
from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .. import config
from ..db.models import Setting
from ..errors import PermissionDenied
from .common import audit
from .context import Actor, Database
from .shared_settings import read_setting

log = logging.getLogger(__name__)
AUDIT_ENTITY = "setting:personal"


@dataclass(frozen=True)
class PersonalSettings:
    theme: str = "light"  # config.THEMES
    lang: str = "zh"  # config.LANGUAGES
    font_size: str = "standard"  # config.FONT_SIZES

    def with_(self, **changes: Any) -> PersonalSettings:
        return replace(self, **changes)


def setting_key(user_id: int) -> str:
    return f"personal:{user_id}"


def _from_file(data_dir: Path | str | None) -> PersonalSettings:
    if data_dir is None:
        return PersonalSettings()
    saved = config.load(data_dir)
    return PersonalSettings(saved.theme, saved.lang, saved.font_size)


def _from_stored(value: Any, fallback: PersonalSettings) -> PersonalSettings:
    """The stored JSON, each value checked (anything unusual keeps the fallback's)."""
    if not isinstance(value, dict):
        return fallback
    prefs = fallback
    for name, allowed in (("theme", config.THEMES), ("lang", config.LANGUAGES), ("font_size", config.FONT_SIZES)):
        if value.get(name) in allowed:
            prefs = prefs.with_(**{name: value[name]})
    return prefs


def load_personal(db: Database, actor: Actor, data_dir: Path | str | None = None) -> PersonalSettings:
    """The signed-in person's settings. Someone who never saved any gets this desktop's
    current look (`data_dir`'s settings file), so an upgrade changes no one's screen.
    With `data_dir`, the desktop's sign-in window takes this person's look too."""
    fallback = _from_file(data_dir)
    if actor.user_id is None:
        return fallback
    with db.read() as s:
        prefs = _from_stored(read_setting(s, setting_key(actor.user_id)), fallback)
    if data_dir is not None and prefs != fallback:
        remember_look(data_dir, prefs)
    return prefs


def save_personal(db: Database, actor: Actor, prefs: PersonalSettings, user_id: int | None = None,
                  data_dir: Path | str | None = None) -> PersonalSettings:
    """Save the person's own settings (any role). `user_id` other than the actor's is
    refused: nobody changes another person's settings. With `data_dir`, this desktop's
    sign-in window takes the new look."""
    if user_id is not None and user_id != actor.user_id:
        raise PermissionDenied("只能更改自己的个人设置（主题、界面语言、字号）。",
                               "You can change only your own personal settings (theme, language, font size).")
    _validate(prefs)
    if actor.user_id is not None:
        with db.transaction() as s:
            _write(s, actor, prefs)
    if data_dir is not None:
        remember_look(data_dir, prefs)
    return prefs


def remember_look(data_dir: Path | str, prefs: PersonalSettings) -> None:
    """The sign-in window of this desktop shows `prefs`' theme, language and font size.
    A settings file that cannot be written is logged, not raised: the person's own
    settings are saved in the database all the same."""
    saved = config.load(data_dir)
    changes = {k: v for k, v in asdict(prefs).items() if getattr(saved, k) != v}
    if not changes:
        return
    try:
        config.update(data_dir, **changes)
    except OSError as exc:
        log.warning("The sign-in window's look was not saved to %s: %s", config.config_path(data_dir), exc)


def _validate(prefs: PersonalSettings) -> None:
    config.validate_fields(config.AppConfig(theme=prefs.theme, lang=prefs.lang, font_size=prefs.font_size),
                           ("theme", "lang", "font_size"))


def _write(s: Session, actor: Actor, prefs: PersonalSettings) -> None:
    assert actor.user_id is not None
    key = setting_key(actor.user_id)
    row = s.get(Setting, key)
    before = _from_stored(read_setting(s, key), PersonalSettings()) if row is not None else None
    after = asdict(prefs)
    if before is not None and asdict(before) == after:
        return
    text = json.dumps(after, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(Setting(key=key, value=text))
    else:
        row.value = text
    s.flush()
    audit(s, actor, "update" if row is not None else "create", AUDIT_ENTITY, actor.user_id,
          asdict(before) if before is not None else None, after)
