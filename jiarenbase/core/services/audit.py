"""Reading the audit log (append-only: there is no service that edits it)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from ..db.models import AuditEntry
from ..domain.enums import Role
from .common import require_role
from .context import Actor, Database


@dataclass(frozen=True)
class AuditDTO:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_id: int | None
    before: dict
    after: dict


def list_audit(db: Database, actor: Actor, entity: str | None = None, entity_id: int | None = None,
               limit: int = 200) -> list[AuditDTO]:
    require_role(actor, Role.ADMIN, Role.STAFF, action_zh="查看操作日志", action_en="read the audit log")
    stmt = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if entity:
        stmt = stmt.where(AuditEntry.entity == entity)
    if entity_id is not None:
        stmt = stmt.where(AuditEntry.entity_id == entity_id)
    with db.read() as s:
        return [AuditDTO(a.id, a.at, a.username, a.action, a.entity, a.entity_id,
                         json.loads(a.before) if a.before else {}, json.loads(a.after) if a.after else {})
                for a in s.scalars(stmt)]
