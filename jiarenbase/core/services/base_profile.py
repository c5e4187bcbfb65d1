"""基地信息: the issuing body's names, address, phone, contact, director and logo,
shared by every desktop (the `setting` table) and printed by every report.

    profile = base_profile.read_profile(session)   # inside any transaction; defaults when unset
"""
from __future__ import annotations

import base64
import binascii

from sqlalchemy.orm import Session

from ..reports.dto import BaseProfile
from .shared_settings import read_setting

PROFILE_SETTING = "base_profile"  # JSON: the text fields
LOGO_SETTING = "base_profile_logo"  # JSON string: the PNG, base64 (kept apart: the audit stores its hash only)
TEXT_FIELDS = ("full_name", "short_name", "operator", "address", "phone", "contact", "director")


def read_profile(s: Session) -> BaseProfile:
    """The stored profile, every missing field at its default."""
    stored = read_setting(s, PROFILE_SETTING, {}) or {}
    values = {k: str(stored[k]).strip() for k in TEXT_FIELDS if isinstance(stored, dict) and stored.get(k)}
    logo = read_setting(s, LOGO_SETTING, None)
    png = None
    if isinstance(logo, str) and logo:
        try:
            png = base64.b64decode(logo, validate=True)
        except (binascii.Error, ValueError):
            png = None
    return BaseProfile(**values, logo_png=png)
