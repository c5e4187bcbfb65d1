"""Undoable actions on the shared undo stack (ctx.undo; Ctrl+Z).

A delete is soft (deleted_at), so its undo is a restore through the trash service.
The page performs the first delete itself (so it can show the error before anything
is pushed); the command it then pushes skips that first redo().

Undo and redo run as operations of the command's `owner` (the page or panel that
pushed it): the database work is done even when the owner was closed meanwhile,
but its handlers are then not called.
"""
# zh_CN: English → 中文
# Delete %1 → 删除 %1
from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QUndoCommand

from ..core.errors import JiarenError


def delete_all(db, actor, delete: Callable[..., None], record_ids: Sequence[int],
               versions: Sequence[int | None] | None = None) -> list[int]:
    """Delete the records one by one (each its own transaction). Stops at the first
    error; the ids deleted before it are on the exception as `.deleted`."""
    done: list[int] = []
    versions = list(versions) if versions is not None else [None] * len(record_ids)
    for record_id, version in zip(record_ids, versions, strict=False):
        try:
            delete(db, actor, record_id, version)
        except Exception as exc:
            exc.deleted = done  # type: ignore[attr-defined]
            raise
        done.append(record_id)
    return done


def restore_all(db, actor, entity: str, record_ids: Sequence[int]) -> list[int]:
    from ..core.services.trash import restore_record  # imported late: the trash may load after us

    for record_id in record_ids:
        restore_record(db, actor, entity, record_id)
    return list(record_ids)


class DeleteCommand(QUndoCommand):
    """Soft-delete of one or more records of one kind; undo restores them.

    `delete(db, actor, record_id, version)` is the service's delete_*; `entity` is the
    name trash.restore_record knows. `on_change()` runs after a redo/undo reached the
    database (the page refreshes its list), `on_error(exc)` when it failed with a
    domain error. `owner` is the widget the handlers belong to; by default the object
    `on_change` is a method of (else the undo stack itself)."""

    def __init__(self, ctx, entity: str, delete: Callable[..., None], record_ids: Sequence[int],
                 description: str, on_change: Callable[[], None] | None = None,
                 on_error: Callable[[JiarenError], None] | None = None, already_deleted: bool = True,
                 owner: QObject | None = None) -> None:
        text = QCoreApplication.translate("DeleteCommand", "Delete %1").replace("%1", description)
        super().__init__(text)
        self.ctx, self.entity, self.delete = ctx, entity, delete
        self.record_ids = list(record_ids)
        self.on_change, self.on_error = on_change, on_error
        if owner is None:
            owner = _owner_of(on_change)
        self.owner = owner if owner is not None else ctx.undo
        self._skip_redo = already_deleted

    def redo(self) -> None:
        if self._skip_redo:  # QUndoStack.push() calls redo(); the page has deleted already
            self._skip_redo = False
            return
        self.run(delete_all, self.delete, self.record_ids)

    def undo(self) -> None:
        self.run(restore_all, self.entity, self.record_ids)

    def run(self, fn: Callable[..., Any], *args: Any) -> None:
        """`fn(db, actor, *args)` as an operation of the owner."""
        self.ctx.ops.run(self.owner, fn, self.ctx.db, self.ctx.actor, *args, success=self._changed,
                         failure=self._failed)

    def _changed(self, _result=None) -> None:
        if self.on_change is not None:
            self.on_change()

    def _failed(self, exc: JiarenError) -> None:
        self._changed()  # part of it may have happened
        if self.on_error is not None:
            self.on_error(exc)


def _owner_of(handler: Callable[..., Any] | None) -> QObject | None:
    """The QObject a bound-method handler belongs to (a page's `self.refresh`)."""
    owner = getattr(handler, "__self__", None)
    return owner if isinstance(owner, QObject) else None
