"""Helpers shared by the security tests."""
from __future__ import annotations

from sqlalchemy import func, select

from jiarenbase.core.db.models import Base
from jiarenbase.core.services.context import Database


def row_counts(db: Database) -> dict[str, int]:
    """Rows in every table of the data model (what "nothing half-written" compares)."""
    tables = list(Base.metadata.tables.items())
    with db.read() as s:  # one statement: it runs after every fuzzed call
        counts = s.execute(select(*(select(func.count()).select_from(t).scalar_subquery().label(n)
                                    for n, t in tables))).one()
    return dict(zip((n for n, _ in tables), counts, strict=True))
