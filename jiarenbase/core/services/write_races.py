"""Two desktops (or two imports) writing the same unique thing at once (同时写入).

A service checks that a school's name, a cohort's code or a person's ID number is
free, then writes. Between the two, another transaction may take it: the write
then fails on the database's unique constraint. `retry_conflicts` runs the whole
service call again after such a failure: the new run reads what the other one
committed, so get-or-create finds the school instead of creating it twice, and a
form's own check says "已存在" in plain words. Nobody ever sees the raw
IntegrityError. `insert_new` is the bulk form: rows whose key another transaction
took meanwhile are skipped (on PostgreSQL after waiting for that transaction).
"""
from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from sqlalchemy import Table
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..errors_plain import concurrent_write

T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])

ATTEMPTS = 3
# A unique key or a referenced row another transaction changed between our check and our write.
_RACES = ("unique constraint", "duplicate key value", "foreign key constraint")
# Lost to another writer rather than broken: SQLite's writer lock after its busy timeout,
# PostgreSQL's deadlock between two imports holding each other's new rows.
_LOST = ("database is locked", "deadlock detected", "could not serialize access")


def _is_race(exc: IntegrityError) -> bool:
    text = str(exc.orig).lower()
    return any(m in text for m in _RACES)


def _lost_to_another_writer(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return any(m in text for m in _LOST)


def retry_on_race(work: Callable[[], T], attempts: int = ATTEMPTS) -> T:
    """`work()` (one whole transaction), run again when it lost a race for a unique
    key; after `attempts` losses a plain JiarenError. Other failures pass through."""
    for attempt in range(attempts):
        try:
            return work()
        except IntegrityError as exc:
            if not _is_race(exc):
                raise
            if attempt == attempts - 1:
                raise concurrent_write() from exc
        except OperationalError as exc:
            if not _lost_to_another_writer(exc) or attempt == attempts - 1:
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def retry_conflicts(service: F) -> F:
    """Decorator: the service call is run again (role check and all) when its
    transaction lost a race for a unique key. For services whose only effect is
    their one transaction."""
    @functools.wraps(service)
    def run(*args: Any, **kwargs: Any) -> Any:
        return retry_on_race(lambda: service(*args, **kwargs))

    return run  # type: ignore[return-value]


def insert_new(s: Session, table: Table, rows: Sequence[dict]) -> list[int]:
    """INSERT `rows`, skipping any whose unique key is taken (by a committed row or by a
    concurrent transaction, which PostgreSQL waits for); returns the ids inserted."""
    if not rows:
        return []
    if s.get_bind().dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    return list(s.scalars(insert(table).on_conflict_do_nothing().returning(table.c.id), list(rows)))
