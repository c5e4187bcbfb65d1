"""What an audit snapshot may hold (操作日志脱敏): ID numbers, birth dates and phone
numbers masked, each beside a keyed hash of the full value, so an administrator can still prove
which value was set (audit_integrity.prove_value) while the full value lives only
in the record itself.

    {"id_number": "310116********0290", "id_number_hmac": "5f0c…"}

Every other text in a snapshot (a note, a file name, an import's summary) goes
through the scrubber's mask_sensitive, as a last line of defence against an ID or
mobile number typed into free text (that one gets no hash).

The key: 32 random bytes made once per database and kept in the `setting` table
under SECRET_KEY_SETTING. Why there, and not in a file or the OS keystore: every
desktop sharing a PostgreSQL database, and a restored backup, must hash with the
same key as the entries they read, so the key has to travel with the data. It adds
no exposure: whoever can read the setting table can read student.id_number itself.
What it protects against is everyone who sees the log but not the table (the 操作日志
page, its Excel export, a staff member) brute-forcing the few thousand birth dates a
masked number leaves open. No service reads or lists this setting: only this module
and audit_integrity touch it.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from ..db.models import Setting
from ..domain.idcard import mask_id, normalise, upgrade_15
from ..sensitive import mask_sensitive

SECRET_KEY_SETTING = "secret.audit_hmac_key"  # never shown, exported or audited
HMAC_SUFFIX = "_hmac"


def mask_phone(value: str) -> str:
    """138****5678: the first three and the last four kept (short numbers: all hidden)."""
    if len(value) < 8:
        return "*" * len(value)
    return value[:3] + "*" * (len(value) - 7) + value[-4:]


def mask_birth_date(value: str) -> str:
    """2009-**-**: the year kept. The masked ID number hides exactly the birth date, so a
    snapshot holding both in full would give the whole number back."""
    return value[:4] + "-**-**" if len(value) == 10 else "*" * len(value)


def _id_candidate(value: str) -> str:
    number = normalise(value)
    return upgrade_15(number) if len(number) == 15 and number.isdigit() else number


# field → (mask, how a value typed by an administrator is brought to the stored form)
SENSITIVE_FIELDS: dict[str, tuple[Callable[[str], str], Callable[[str], str]]] = {
    "id_number": (mask_id, _id_candidate),
    "birth_date": (mask_birth_date, str.strip),  # YYYY-MM-DD
    "phone": (mask_phone, str.strip),
    "contact_phone": (mask_phone, str.strip),
}


def audit_key(session: Session, create: bool = True) -> bytes | None:
    """This database's audit key, made on first use. Call with the audit chain locked
    (audit_chain.lock_chain), so two desktops cannot both make one."""
    row = session.get(Setting, SECRET_KEY_SETTING)
    if row is None:
        if not create:
            return None
        row = Setting(key=SECRET_KEY_SETTING, value=json.dumps(secrets.token_hex(32)))
        session.add(row)
        session.flush()
    return bytes.fromhex(json.loads(row.value))


def keyed_hash(key: bytes, value: str) -> str:
    return hmac.new(key, value.encode("utf-8"), hashlib.sha256).hexdigest()


def normalised_candidate(field: str, candidate: str) -> str:
    return SENSITIVE_FIELDS[field][1](candidate or "")


def protect(session: Session, snapshot: dict[str, Any] | None) -> dict[str, Any] | None:
    """A copy of `snapshot` fit for the audit log (see the module docstring)."""
    if not snapshot:
        return snapshot
    key: list[bytes] = []  # fetched only when a sensitive value is present

    def get_key() -> bytes:
        if not key:
            key.append(audit_key(session))
        return key[0]

    return protect_with(snapshot, get_key)


def protect_with(data: dict[str, Any], get_key: Callable[[], bytes]) -> dict[str, Any]:
    """`data` masked, the key fetched through `get_key` when a sensitive value needs a hash
    (also used by migration 0007 on the entries written before it)."""
    out: dict[str, Any] = {}
    for field, value in data.items():
        if field in SENSITIVE_FIELDS and isinstance(value, str) and value:
            out[field] = SENSITIVE_FIELDS[field][0](value)
            out[field + HMAC_SUFFIX] = keyed_hash(get_key(), value)
        else:
            out[field] = _protect_value(value, get_key)
    return out


def _protect_value(value: Any, get_key: Callable[[], bytes]) -> Any:
    if isinstance(value, str):
        return mask_sensitive(value)
    if isinstance(value, dict):
        return protect_with(value, get_key)
    if isinstance(value, (list, tuple)):
        return [_protect_value(v, get_key) for v in value]
    return value
