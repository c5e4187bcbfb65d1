"""Whether the audit log can be trusted (操作日志是否完整), and what a masked value was.
Administrators only.

    check = check_audit_chain(db, admin)          # ChainCheck(ok, entries, first_broken_id, zh, en)
    prove_value(db, admin, 812, "id_number", "310116200903030290")   # True: that was the number set
"""
from __future__ import annotations

import hmac
import json

from sqlalchemy import select

from ..db.audit_chain import ChainCheck, verify_chain
from ..db.models import AuditEntry
from ..domain.enums import Role
from ..errors import NotFound, ValidationError
from .audit_masking import HMAC_SUFFIX, SENSITIVE_FIELDS, audit_key, keyed_hash, normalised_candidate
from .common import audit, require_role
from .context import Actor, Database

__all__ = ["ChainCheck", "check_audit_chain", "prove_value"]


def check_audit_chain(db: Database, actor: Actor) -> ChainCheck:
    """Walk the whole log and name the first entry that was changed, deleted or moved."""
    require_role(actor, Role.ADMIN, action_zh="核查操作日志", action_en="verify the audit log")
    return verify_chain(db.engine)


def prove_value(db: Database, actor: Actor, entry_id: int, field: str, candidate: str) -> bool:
    """Whether `candidate` is the value of `field` that audit entry `entry_id` recorded
    (the value set — its "after" side — or, for a deletion, the value the record had).
    The snapshot holds the value masked and its keyed hash; the answer compares hashes.
    Each question is itself audited (a run of guesses shows in the log)."""
    require_role(actor, Role.ADMIN, action_zh="核对操作日志中的敏感信息",
                 action_en="check a masked value in the audit log")
    if field not in SENSITIVE_FIELDS:
        raise ValidationError.of(
            "字段", f"“{field}”不是操作日志中脱敏保存的字段（可核对：{'、'.join(SENSITIVE_FIELDS)}）。",
            f"'{field}' is not a field the audit log keeps masked (these are: {', '.join(SENSITIVE_FIELDS)}).", "field")
    with db.transaction() as s:
        entry = s.scalar(select(AuditEntry).where(AuditEntry.id == entry_id))
        if entry is None:
            raise NotFound(f"找不到编号为 {entry_id} 的操作日志条目。", f"Audit entry {entry_id} does not exist.")
        stored = _stored_hash(entry, field)
        if stored is None:
            raise ValidationError.of(
                "字段", f"操作日志第 {entry_id} 条没有记录“{field}”的校验值，无法核对。",
                f"Audit entry {entry_id} holds no keyed hash of '{field}'; there is nothing to compare.", "field")
        key = audit_key(s, create=False)
        matched = key is not None and hmac.compare_digest(keyed_hash(key, normalised_candidate(field, candidate)),
                                                          stored)
        audit(s, actor, "prove_value", AuditEntry, entry_id, after={"field": field, "matched": matched})
    return matched


def _stored_hash(entry: AuditEntry, field: str) -> str | None:
    for side in (entry.after, entry.before):
        data = json.loads(side) if side else {}
        if isinstance(data, dict) and isinstance(data.get(field + HMAC_SUFFIX), str):
            return data[field + HMAC_SUFFIX]
    return None
