"""基地信息: the issuing body's names, address, phone, contact, director and logo,
shared by every desktop (the `setting` table) and printed by every report.

    profile = base_profile.read_profile(session)   # inside any transaction; defaults when unset
    profile = base_profile.load_profile(db, actor)  # the desktop's settings dialog, the window title
    base_profile.save_profile(db, actor, replace(profile, phone="021-5729 0000"))   # staff and admins
    base_profile.logo_from_file(path)               # a chosen file → the PNG the profile stores
"""
from __future__ import annotations

import base64
import binascii
import json
import re
import unicodedata
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import Setting
from ..errors import Problem, ValidationError
from ..images import LOGO_MAX_BYTES, logo_png, sha256, size_text
from ..reports.dto import BaseProfile
from .common import EVERYONE, STAFF, audit, require_role
from .context import Actor, Database
from .shared_settings import Versioned, lock_setting, read_setting, read_versioned, touch_setting

PROFILE_SETTING = "base_profile"  # JSON: the text fields
LOGO_SETTING = "base_profile_logo"  # JSON string: the PNG, base64 (kept apart: the audit stores its hash only)
TEXT_FIELDS = ("full_name", "short_name", "operator", "address", "phone", "contact", "director")
REQUIRED = ("full_name", "short_name")  # empty or unset: the program's defaults
APP_NAME = "JiarenBase"

# field → (Chinese label, English label, longest length)
LIMITS = {
    "full_name": ("全称", "full name", 60),
    "short_name": ("简称", "short name", 20),
    "operator": ("运营单位", "operating company", 60),
    "address": ("地址", "address", 100),
    "phone": ("电话", "phone", 30),
    "contact": ("联系人", "contact person", 30),
    "director": ("基地负责人", "director", 30),
}
_PHONE = re.compile(r"^\+?[0-9()\- ]+((转|ext\.?|x) ?[0-9]{1,6})?$", re.IGNORECASE)
_SPACES = re.compile(r"\s+")


def read_profile(s: Session) -> BaseProfile:
    """The stored profile, every missing field at its default (an optional field left
    empty on purpose stays empty)."""
    stored = read_setting(s, PROFILE_SETTING, {}) or {}
    if not isinstance(stored, dict):
        stored = {}
    values = {}
    for k in TEXT_FIELDS:
        text = str(stored.get(k) or "").strip()
        if k in stored and (text or k not in REQUIRED):
            values[k] = text
    logo = read_setting(s, LOGO_SETTING, None)
    png = None
    if isinstance(logo, str) and logo:
        try:
            png = base64.b64decode(logo, validate=True)
        except (binascii.Error, ValueError):
            png = None
    return BaseProfile(**values, logo_png=png)


def window_title(profile: BaseProfile) -> str:
    """The main window's title: "JiarenBase — 自家人直播实训基地"."""
    name = profile.short_name or profile.full_name
    return f"{APP_NAME} — {name}" if name else APP_NAME


def load_profile(db: Database, actor: Actor) -> BaseProfile:
    """The base profile as stored (every role reads it: reports and the window title show it)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return read_profile(s)


def logo_from_file(path: str | Path) -> bytes:
    """A logo file chosen in the dialog, read and normalised (a PNG at most 600 px wide);
    ValidationError on 标志 naming what is wrong."""
    path = Path(path)
    if path.is_dir():
        raise ValidationError.of("标志", f"“{path.name}”是文件夹，请选择一个图片文件。",
                                 f"'{path.name}' is a folder; choose a picture file.", "logo")
    try:
        size = path.stat().st_size
        data = path.read_bytes() if size <= LOGO_MAX_BYTES else b""
    except OSError:
        raise ValidationError.of("标志", f"无法读取文件“{path.name}”：请确认文件存在且没有被其他程序占用。",
                                 f"cannot read '{path.name}'; check that it exists and is not in use.",
                                 "logo") from None
    if size > LOGO_MAX_BYTES:
        raise ValidationError.of("标志", f"图片“{path.name}”太大（{size_text(size)}），最大 2 MB，请换一个较小的文件。",
                                 f"the picture '{path.name}' is too big ({size_text(size)}); at most 2 MB.", "logo")
    return logo_png(data)


def _clean(value: object) -> str:
    """One line as typed: control and invisible characters dropped, white space folded.
    Full-width brackets stay (自家人（上海）…): a name is printed as the base writes it."""
    text = "" if value is None else str(value)
    text = "".join(" " if ch in "\t\r\n" else ch for ch in text
                   if ch in "\t\r\n" or unicodedata.category(ch) not in ("Cc", "Cf", "Cs"))
    return _SPACES.sub(" ", text).strip()


def check_profile(profile: BaseProfile) -> BaseProfile:
    """The profile cleaned, or ValidationError listing every field that is wrong."""
    problems = []
    values: dict[str, str] = {}
    for key, (label, label_en, longest) in LIMITS.items():
        text = _clean(getattr(profile, key))
        if key == "phone":
            text = unicodedata.normalize("NFKC", text)  # full-width digits and dashes
        values[key] = text
        if key in REQUIRED and not text:
            problems.append(Problem(label, "不能为空，请填写。", "is required.", label_en))
        elif len(text) > longest:
            problems.append(Problem(label, f"太长（{len(text)} 个字），最多 {longest} 个字。",
                                    f"is too long ({len(text)} characters); at most {longest}.", label_en))
    phone = values["phone"]
    digits = sum(ch.isdigit() for ch in phone)
    if phone and len(phone) <= LIMITS["phone"][2] and (not _PHONE.match(phone) or not 7 <= digits <= 20):
        problems.append(Problem(
            "电话", f"“{phone}”不像电话号码：请只写数字和“-”，例如 021-57290000 或 13800001111。",
            f"'{phone}' does not look like a phone number; use digits and dashes, e.g. 021-57290000.", "phone"))
    if problems:
        raise ValidationError(problems)
    return replace(profile, **values)


def _snapshot(profile: BaseProfile) -> dict:
    """What the audit keeps: the text fields, and the logo as its hash."""
    data = {k: getattr(profile, k) for k in TEXT_FIELDS}
    data["logo_sha256"] = sha256(profile.logo_png)
    return data


def _put(s: Session, key: str, value) -> None:
    row = s.get(Setting, key)
    if value is None:
        if row is not None:
            s.delete(row)
        return
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(Setting(key=key, value=text))
    elif row.value != text:
        row.value = text


def save_profile(db: Database, actor: Actor, profile: BaseProfile,
                 expected_version: int | None = None) -> BaseProfile:
    """Store the base profile (staff and admins). `profile.logo_png`: the picture's bytes
    (PNG or JPEG, ≤ 2 MB; normalised to a PNG ≤ 600 px wide) or None for no logo.
    One audit entry with before/after; the logo appears in it as its sha256 only.
    `expected_version`: from `profile_for_edit`; another desktop's save since then
    raises ConflictError."""
    require_role(actor, *STAFF, action_zh="修改基地信息", action_en="change the base profile")
    clean = check_profile(profile)
    with db.transaction() as s:
        return store_profile(s, actor, clean, expected_version)


def profile_for_edit(db: Database, actor: Actor) -> Versioned[BaseProfile]:
    """The base profile with its version, for the dialog that saves it back."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return Versioned(read_profile(s), read_versioned(s, PROFILE_SETTING).version)


def store_profile(s: Session, actor: Actor, profile: BaseProfile,
                  expected_version: int | None = None) -> BaseProfile:
    """save_profile's write, in the caller's transaction (the demo data uses it): `profile`
    must have passed check_profile; the role is the caller's decision."""
    audit_chain.lock_chain(s)  # one save at a time: the "before" is what the save replaces
    lock_setting(s, PROFILE_SETTING, expected_version)
    before = read_profile(s)
    logo = profile.logo_png or None
    if logo is not None and logo != before.logo_png:
        logo = logo_png(logo)
    profile = replace(profile, logo_png=logo)
    old, new = _snapshot(before), _snapshot(profile)
    stored_before = s.get(Setting, PROFILE_SETTING) is not None
    if old == new and stored_before:
        return before
    _put(s, PROFILE_SETTING, {k: getattr(profile, k) for k in TEXT_FIELDS})
    _put(s, LOGO_SETTING, base64.b64encode(logo).decode("ascii") if logo else None)
    if stored_before:
        touch_setting(s, s.get(Setting, PROFILE_SETTING))  # a new logo alone is a save too
    s.flush()
    audit(s, actor, "update" if stored_before else "create", f"setting:{PROFILE_SETTING}", None,
          before=old if stored_before else None, after=new)
    return read_profile(s)


# The demo database's profile (core/demo): the base's names and place from the articles
# (DOMAIN.md); the street address, phone and people are made up.
DEMO_PROFILE = BaseProfile(full_name="自家人数字产业人才产学研基地", short_name="自家人直播实训基地",
                           operator="自家人（上海）文化有限公司", address="上海市金山区金山卫镇 金山卫科创园",
                           phone="021-5729 0000", contact="沈老师", director="陆建华")


__all__ = ["BaseProfile", "DEMO_PROFILE", "LOGO_SETTING", "PROFILE_SETTING", "TEXT_FIELDS", "check_profile",
           "load_profile", "logo_from_file", "profile_for_edit", "read_profile", "save_profile", "store_profile",
           "window_title"]
