"""Paging, search and sort done in SQL, for the desktop's table models and the CLI."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

T = TypeVar("T")


@dataclass(frozen=True)
class ListQuery:
    search: str = ""
    sort: str = ""  # a key the list function knows, e.g. "name"
    descending: bool = False
    offset: int = 0
    limit: int = 200
    filters: dict[str, Any] = field(default_factory=dict)
    include_deleted: bool = False


@dataclass(frozen=True)
class Page(Generic[T]):
    rows: tuple[T, ...]
    total: int
    offset: int


def like_pattern(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def page(session: Session, stmt: Select, query: ListQuery, sort_columns: dict[str, Any],
         default_sort: Any, tiebreak: Any) -> tuple[list[Any], int]:
    """Run `stmt` with ORDER BY / OFFSET / LIMIT and count its rows."""
    total = session.scalar(select(func.count()).select_from(stmt.order_by(None).subquery())) or 0
    return ordered_rows(session, stmt, query, sort_columns, default_sort, tiebreak), total


def ordered_rows(session: Session, stmt: Select, query: ListQuery, sort_columns: dict[str, Any],
                 default_sort: Any, tiebreak: Any) -> list[Any]:
    """`stmt`'s rows in the query's order (ties broken by `tiebreak`), offset and limit applied."""
    column = sort_columns.get(query.sort, default_sort)
    order = column.desc() if query.descending else column.asc()
    if getattr(getattr(column, "expression", column), "nullable", False):
        # NULL counts as the smallest value on every backend (PostgreSQL's default is the
        # opposite); only for nullable columns, so NOT NULL ones keep using their index.
        order = order.nulls_last() if query.descending else order.nulls_first()
    tb = tiebreak.desc() if query.descending else tiebreak.asc()
    return session.execute(stmt.order_by(order, tb).offset(max(query.offset, 0))
                           .limit(max(min(query.limit, 10_000), 1))).all()
