"""What a list page shows, described as data: its columns, filters, the service
functions behind it and who may change it. `PagedTableModel` and `ListPage` read
a `ListSpec`; the specs themselves live in `gui/pages/specs/`.

Headers and titles are English source strings marked with QT_TRANSLATE_NOOP in
the "ListSpecs" context; `tr_spec()` translates them at display time.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...core.domain.enums import LabelledEnum
from ...core.services.context import Actor, Database
from ...core.services.listing import ListQuery, Page

CONTEXT = "ListSpecs"

Fetch = Callable[[Database, Actor, ListQuery], Page]
Choices = Callable[[Database, Actor, str], list[tuple[str, Any]]]


def tr_spec(text: str) -> str:
    """Translate a header/title/label marked with QT_TRANSLATE_NOOP("ListSpecs", ...)."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


@dataclass(frozen=True)
class Column:
    """One column: `value(record)` gives the raw value, the model formats it by type
    (dates, enums, bools, Decimals, numbers). `sort` is the list function's sort key;
    a column without one is not sortable."""

    header: str
    value: Callable[[Any], Any]
    sort: str | None = None
    percent: bool = False  # a ratio (0.123) shown as "12.3%"
    decimals: int = 1  # for floats
    width: int = 110  # initial width in pixels
    tooltip: Callable[[Any], str] | None = None


@dataclass(frozen=True)
class FilterSpec:
    """A combo box over the list: "all" plus the choices; the chosen value goes into
    ListQuery.filters[key]. Either an enum (static choices) or `choices(db, actor, lang)`
    (loaded through ctx.ops, e.g. the cohorts)."""

    key: str
    label: str  # the "all" entry, e.g. "All stages"
    enum: type[LabelledEnum] | None = None
    choices: Choices | None = None
    tooltip: str = ""

    def static_choices(self, lang: str) -> list[tuple[str, Any]]:
        if self.enum is None:
            return []
        return [(m.zh if lang == "zh" else m.value, m) for m in self.enum]


@dataclass
class ListSpec:
    """A list page. `dialog` is the record dialog's class (or factory) with the
    signature `dialog(ctx, record_id: int | None, parent) -> QDialog`; None until wired,
    in which case the page emits open_requested/new_requested instead.

    staff_only: mentors may look but not create/delete. admin_only: the whole page is
    for administrators. `entity` is the name trash.restore_record knows (undo of delete)."""

    key: str
    title: str
    columns: tuple[Column, ...]
    fetch: Fetch
    filters: tuple[FilterSpec, ...] = ()
    search_hint: str = ""
    delete: Callable[..., None] | None = None  # delete(db, actor, record_id, version)
    entity: str | None = None
    export: Callable[[Database, Actor, Path, ListQuery], int] | None = None
    dialog: Callable[..., Any] | None = None
    can_create: bool = True
    staff_only: bool = False
    admin_only: bool = False
    windowed: bool = False  # millions of rows: WindowedTableModel (pages read where the user looks)
    describe: Callable[[Any], str] = field(default=lambda record: str(getattr(record, "name", "")))

    def column_headers(self) -> list[str]:
        return [tr_spec(c.header) for c in self.columns]

    def visible_to(self, actor: Actor) -> bool:
        return actor.is_admin or not self.admin_only

    def may_change(self, actor: Actor) -> bool:
        """May this actor create and delete records here?"""
        if self.admin_only:
            return actor.is_admin
        return not (self.staff_only and actor.is_mentor)

    def sort_keys(self) -> Sequence[str]:
        return [c.sort for c in self.columns if c.sort]
