"""Undoable deletes (gui/undo.py): DeleteCommand's undo and redo reach the database
through ctx.ops as operations of the page that pushed them; a page closed meanwhile
is not called back, the work is done all the same; domain errors go to on_error."""
from __future__ import annotations

import threading

import pytest
from PySide6.QtWidgets import QWidget

from jiarenbase.core.db.models import PartnerSchool
from jiarenbase.core.services import organisations, trash
from jiarenbase.gui import undo as undo_module
from jiarenbase.gui.undo import DeleteCommand, delete_all

pytestmark = pytest.mark.gui
SCHOOL = PartnerSchool.__tablename__


class Page(QWidget):
    """Stands for a list page: refreshes on a change, shows an error."""

    def __init__(self) -> None:
        super().__init__()
        self.changes, self.errors = 0, []

    def refresh(self) -> None:
        self.changes += 1

    def show_error(self, exc) -> None:
        self.errors.append(exc)


@pytest.fixture
def schools(ctx):
    made = [organisations.create_school(ctx.db, ctx.actor, organisations.SchoolInput(name=name))
            for name in ("金山食品工业学校", "上海中侨职业技术大学")]
    return [s.id for s in made]


def alive(ctx) -> set[int]:
    return {s.id for s in organisations.list_schools(ctx.db, ctx.actor).rows}


def deleted_and_pushed(ctx, page, ids) -> DeleteCommand:
    delete_all(ctx.db, ctx.actor, organisations.delete_school, ids)
    command = DeleteCommand(ctx, SCHOOL, organisations.delete_school, ids, "2 schools", on_change=page.refresh,
                            on_error=page.show_error)
    ctx.undo.push(command)  # the page deleted already: push() does not delete again
    return command


def test_undo_restores_and_redo_deletes_again(qtbot, ctx, drain, schools):
    page = Page()
    qtbot.addWidget(page)
    command = deleted_and_pushed(ctx, page, schools)
    assert command.owner is page  # the page whose refresh it calls
    assert alive(ctx) == set() and ctx.ops.pending == 0 and page.changes == 0
    ctx.undo.undo()
    assert page.changes == 0  # never synchronously
    drain()
    assert alive(ctx) == set(schools) and page.changes == 1
    ctx.undo.redo()
    drain()
    assert alive(ctx) == set() and page.changes == 2 and page.errors == []


def test_an_undo_that_fails_tells_the_page(qtbot, ctx, drain, schools):
    page = Page()
    qtbot.addWidget(page)
    delete_all(ctx.db, ctx.actor, organisations.delete_school, schools[:1])
    gone_for_good = 999_999  # e.g. purged from the trash meanwhile
    ctx.undo.push(DeleteCommand(ctx, SCHOOL, organisations.delete_school, [schools[0], gone_for_good], "2 schools",
                                on_change=page.refresh, on_error=page.show_error))
    ctx.undo.undo()
    drain()
    assert len(page.errors) == 1 and ctx.message(page.errors[0])
    assert page.changes == 1  # part of it happened: the page looks again
    assert schools[0] in alive(ctx)


def test_a_page_closed_while_the_undo_runs_is_not_called(qtbot, ctx, drain, schools, monkeypatch):
    page = Page()
    deleted_and_pushed(ctx, page, schools)
    gate, started = threading.Event(), threading.Event()
    real = undo_module.restore_all

    def waits(*args):
        started.set()
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(undo_module, "restore_all", waits)
    ctx.undo.undo()
    qtbot.waitUntil(started.is_set)
    page.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ctx.ops._pending.values()))
    gate.set()
    drain()
    assert alive(ctx) == set(schools)  # restored all the same


def test_without_a_widget_the_undo_stack_owns_the_calls(ctx, drain, schools):
    seen = []
    delete_all(ctx.db, ctx.actor, organisations.delete_school, schools[:1])
    command = DeleteCommand(ctx, SCHOOL, organisations.delete_school, schools[:1], "a school",
                            on_change=lambda: seen.append("changed"))
    assert command.owner is ctx.undo
    ctx.undo.push(command)
    ctx.undo.undo()
    drain()
    assert seen == ["changed"] and schools[0] in alive(ctx)
    assert SCHOOL in trash.ENTITIES
