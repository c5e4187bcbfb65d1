"""Settings kept in the database and shared by every desktop (the `setting`
table: a key and a JSON value), e.g. a platform's CSV column mapping or the
list of banned advertising terms. Internal helpers for other services: the
role decision belongs to the calling service."""
from __future__ import annotations

import json
from typing import Any

from sqlalchemy.orm import Session

from ..db.models import Setting
from .common import audit
from .context import Actor


def read_setting(s: Session, key: str, default: Any = None) -> Any:
    """The stored JSON value of `key`, or `default` when unset or unreadable."""
    row = s.get(Setting, key)
    if row is None or not row.value:
        return default
    try:
        return json.loads(row.value)
    except ValueError:
        return default


def write_setting(s: Session, actor: Actor, key: str, value: Any) -> None:
    """Store `value` (JSON-serialisable) under `key`, audited with before/after."""
    row = s.get(Setting, key)
    before = row.value if row is not None else None
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    if row is None:
        s.add(Setting(key=key, value=text))
    else:
        row.value = text
    s.flush()
    audit(s, actor, "update" if before is not None else "create", f"setting:{key}", None,
          before={"value": before} if before is not None else None, after={"value": text})
