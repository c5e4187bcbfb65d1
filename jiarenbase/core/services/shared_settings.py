"""Settings kept in the database and shared by every desktop (the `setting`
table: a key, a JSON value and a version), e.g. a platform's CSV column mapping or
the list of banned advertising terms. Internal helpers for other services: the
role decision belongs to the calling service.

Every write bumps the key's version. An editor reads the value with its version
(`read_versioned`) and saves with `expected_version`: when another desktop saved
meanwhile the write raises ConflictError instead of overwriting (version 0: the
key was never stored)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from ..db.models import Setting
from ..errors import ConflictError
from .common import audit
from .context import Actor

T = TypeVar("T")


@dataclass(frozen=True)
class Versioned(Generic[T]):
    """A shared setting's value with the version an editor saves back (0: never stored)."""

    value: T
    version: int


def _parse(row: Setting | None, default: Any) -> Any:
    if row is None or not row.value:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def read_setting(s: Session, key: str, default: Any = None) -> Any:
    """The stored JSON value of `key`, or `default` when unset or unreadable."""
    return _parse(s.get(Setting, key), default)


def read_versioned(s: Session, key: str, default: Any = None) -> Versioned[Any]:
    """The stored JSON value of `key` (or `default`) with its version (0 when unset)."""
    row = s.get(Setting, key)
    return Versioned(_parse(row, default), row.version if row is not None else 0)


def lock_setting(s: Session, key: str, expected_version: int | None) -> Setting | None:
    """The row of `key`, locked for this transaction (PostgreSQL: FOR UPDATE, so a
    second desktop waits and then sees the first one's version). ConflictError when
    `expected_version` is given and is no longer the stored one."""
    row = s.scalars(select(Setting).where(Setting.key == key).with_for_update()
                    .execution_options(populate_existing=True)).first()
    if expected_version is not None and (row.version if row is not None else 0) != expected_version:
        raise ConflictError("setting", None)
    return row


def touch_setting(s: Session, row: Setting | None) -> None:
    """Count one more save of an existing row (callers writing the row themselves)."""
    if row is not None:
        row.version = (row.version or 0) + 1


def write_setting(s: Session, actor: Actor, key: str, value: Any, expected_version: int | None = None) -> int:
    """Store `value` (JSON-serialisable) under `key`, audited with before/after; returns
    the new version. `expected_version`: the version the editor read (see module doc)."""
    row = lock_setting(s, key, expected_version)
    before = row.value if row is not None else None
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        row = Setting(key=key, value=text, version=1)
        s.add(row)
        try:
            s.flush()
        except IntegrityError:  # another desktop stored the key first: theirs stands
            raise ConflictError("setting", None) from None
    else:
        row.value = text
        touch_setting(s, row)
        s.flush()
    audit(s, actor, "update" if before is not None else "create", f"setting:{key}", None,
          before={"value": before} if before is not None else None, after={"value": text})
    return row.version
