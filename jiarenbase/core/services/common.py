"""Pieces every service uses: role checks, mentor scope, audit entries,
optimistic-lock loading, JSON snapshots of rows."""
from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any, TypeVar

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from ..db import audit_chain
from ..db.models import AuditEntry, MentorAssignment, Student, utcnow
from ..domain.enums import Role
from ..errors import ConflictError, NotFound, PermissionDenied
from .audit_masking import protect
from .context import Actor

T = TypeVar("T")

ROLE_NAMES = {Role.ADMIN: "管理员", Role.STAFF: "教务", Role.MENTOR: "导师"}


def require_role(actor: Actor, *roles: Role, action_zh: str = "此操作", action_en: str = "this") -> None:
    if actor.role not in roles:
        allowed = "、".join(ROLE_NAMES[r] for r in roles)
        raise PermissionDenied(
            f"{ROLE_NAMES[actor.role]}账号无权{action_zh}（仅限{allowed}）。",
            f"A {actor.role.value} account may not do {action_en} (only {', '.join(r.value for r in roles)}).",
        )


STAFF = (Role.ADMIN, Role.STAFF)
EVERYONE = (Role.ADMIN, Role.STAFF, Role.MENTOR)

IN_CHUNK = 500  # values per IN (...) list, well under SQLite's and PostgreSQL's parameter limits


def in_chunks(values: Sequence[T]) -> Iterator[list[T]]:
    """`values` in slices of IN_CHUNK: one IN (...) query per slice."""
    values = list(values)
    for i in range(0, len(values), IN_CHUNK):
        yield values[i:i + IN_CHUNK]


def mentor_student_ids(mentor_id: int | None):
    """A subquery of the students a mentor currently guides (open assignments)."""
    return select(MentorAssignment.student_id).where(
        MentorAssignment.mentor_id == (mentor_id or -1),
        MentorAssignment.end_date.is_(None),
        MentorAssignment.deleted_at.is_(None),
    )


def ensure_student_access(session: Session, actor: Actor, student_id: int) -> Student:
    """The student row, if it exists and the actor may see it (mentors: only their own)."""
    student = session.get(Student, student_id)
    if student is None or student.deleted_at is not None:
        raise NotFound(f"找不到编号为 {student_id} 的学员（可能已删除）。",
                       f"Student {student_id} does not exist (it may have been deleted).")
    if actor.is_mentor:
        mine = session.scalar(
            select(MentorAssignment.id).where(
                MentorAssignment.student_id == student_id,
                MentorAssignment.mentor_id == (actor.mentor_id or -1),
                MentorAssignment.end_date.is_(None),
                MentorAssignment.deleted_at.is_(None),
            ).limit(1)
        )
        if mine is None:
            raise PermissionDenied(f"学员“{student.name}”不是您指导的学员，导师只能查看和记录自己的学员。",
                                   f"{student.name} is not your student; mentors see and log only their own students.")
    return student


def jsonable(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Decimal):
        # One spelling per amount (0 and 0.00 are the same money), without exponents.
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    return value


SECRET_COLUMNS = {"password_hash"}


def snapshot(row: Any) -> dict[str, Any]:
    """Column values of an ORM row as JSON-safe data (secrets left out)."""
    mapper = inspect(row).mapper
    return {c.key: jsonable(getattr(row, c.key)) for c in mapper.column_attrs
            if c.key not in SECRET_COLUMNS}


def audit(session: Session, actor: Actor, action: str, entity: type | str, entity_id: int | None,
          before: dict | None = None, after: dict | None = None) -> None:
    """Append one audit entry in the caller's transaction. `entity`: the model the entry is
    about (its table name is stored, the name the trash and the audit page look rows up
    by), or a text for what is no table row ("database", "report", "setting:<key>").

    The snapshots are stored masked (audit_masking: ID and phone numbers masked beside a
    keyed hash, free text scrubbed) and the entry is chained onto the log (db/audit_chain:
    it holds the chain lock until the caller's transaction ends)."""
    if not isinstance(entity, str):
        entity = entity.__tablename__
    if before and after:  # keep only what changed, plus the id
        changed = {k for k in after if before.get(k) != after.get(k)}
        before = {k: before[k] for k in changed if k in before}
        after = {k: after[k] for k in changed}
    audit_chain.lock_chain(session)  # before the key is read or made: one key, one chain
    before, after = protect(session, before), protect(session, after)
    audit_chain.append(session, AuditEntry(
        at=utcnow(), user_id=actor.user_id, username=actor.username, origin=actor.origin[:120], action=action,
        entity=entity, entity_id=entity_id,
        before=json.dumps(before, ensure_ascii=False) if before else "",
        after=json.dumps(after, ensure_ascii=False) if after else "",
    ))


def load_versioned(session: Session, model: type[T], row_id: int, expected_version: int | None,
                   label_zh: str, label_en: str) -> T:
    """Load a live row for an update; the version the user edited must still be
    the stored one, else ConflictError (never a silent overwrite)."""
    row = session.get(model, row_id)
    if row is None or getattr(row, "deleted_at", None) is not None:
        raise NotFound(f"找不到该{label_zh}（编号 {row_id}），可能已被删除。",
                       f"The {label_en} {row_id} does not exist; it may have been deleted.")
    if expected_version is not None and row.version != expected_version:
        raise ConflictError(model.__tablename__, row_id)
    return row


def apply_changes(row: Any, values: dict[str, Any]) -> None:
    for key, value in values.items():
        setattr(row, key, value)


def _row_id(row: Any) -> int | None:
    """The row's single integer primary key (`id`, or e.g. `year` for subsidy_rate)."""
    identity = inspect(row).identity
    return identity[0] if identity and len(identity) == 1 and isinstance(identity[0], int) else None


def insert_row(session: Session, actor: Actor, row: T) -> T:
    """Add a row and audit its creation."""
    session.add(row)
    session.flush()
    audit(session, actor, "create", type(row), _row_id(row), after=snapshot(row))
    return row


def update_row(session: Session, actor: Actor, row: T, values: dict[str, Any]) -> T:
    """Apply `values` to a row and audit what changed (nothing changed: no entry)."""
    before = snapshot(row)
    apply_changes(row, values)
    session.flush()
    after = snapshot(row)
    if after != before:
        audit(session, actor, "update", type(row), _row_id(row), before, after)
    return row


def soft_delete_row(session: Session, actor: Actor, row: Any) -> None:
    """Mark a row deleted (it stays for undo and the admin's trash view)."""
    before = snapshot(row)  # the record as it was, not as deleted
    row.deleted_at = utcnow()
    session.flush()
    audit(session, actor, "delete", type(row), _row_id(row), before=before)


def restore_row(session: Session, actor: Actor, row: Any) -> None:
    row.deleted_at = None
    session.flush()
    audit(session, actor, "restore", type(row), _row_id(row), after=snapshot(row))
