"""Two desktops save the same record at the same moment: exactly one save wins,
the other gets the conflict message (PostgreSQL, truly concurrent).

Both editors opened the record at the same version (they read it before either
saves). Two threads, each with its own engine, then save together:

- "together": a barrier right before the service call; the race decides whether
  the loser is caught by the version check when it loads the row, or by the
  version in its UPDATE;
- "inside the save": a barrier inside both transactions, just before each
  UPDATE is sent. Both have already loaded the row and passed the version check,
  so only the database can stop the second: its UPDATE waits for the first
  one's row lock, then matches no row (the version moved on) → ConflictError.

For each kind of record the loser gets "此记录已被他人修改，请重新载入后再保存。",
the winner's text is stored, the version stepped exactly once, one update is
audited — and after reloading, the loser can save.
"""
from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Any

import pytest
from sqlalchemy import event, select
from sqlalchemy.orm.exc import StaleDataError

from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.errors import ConflictError
from jiarenbase.core.services import cohorts, enrolment, mentors, organisations, sessions, users
from jiarenbase.core.services.context import Actor, Database
from jiarenbase.core.services.listing import ListQuery

from .support import PG_ONLY

pytestmark = PG_ONLY

MESSAGE = "此记录已被他人修改，请重新载入后再保存。"
PASSWORD = "Jiaren@2025"


def _input(cls: type, dto: Any, **extra: Any) -> Any:
    """The form's input filled from what the editor loaded."""
    return cls(**{f.name: getattr(dto, f.name) for f in fields(cls) if hasattr(dto, f.name)} | extra)


@dataclass(frozen=True)
class Kind:
    """One kind of record two people may edit: how to load it, change its free
    text and save it."""

    name: str
    table: str
    field: str  # the text both editors change
    find: Callable[[Database, Actor], Any]  # the record (a DTO) to edit
    get: Callable[[Database, Actor, int], Any]
    save: Callable[[Database, Actor, Any, str], Any]  # (db, actor, loaded dto, new text) -> dto


def _first(page) -> Any:
    return page.rows[0]


def _own_session(db: Database, mentor: Actor) -> sessions.SessionDTO:
    rows = sessions.list_sessions(db, mentor, ListQuery(limit=200)).rows
    return next(r for r in rows if r.mentor_id == mentor.mentor_id)


KINDS = [
    Kind("student", "student", "note",
         lambda db, a: _first(enrolment.list_students(db, a, ListQuery(limit=1))),
         enrolment.get_student,
         lambda db, a, d, t: enrolment.update_student(
             db, a, d.id, d.version, _input(enrolment.StudentInput, d, id_number=None, note=t))),
    Kind("practice session", "practice_session", "mentor_remarks",
         None,  # the mentor's own session: found with the mentor's actor below
         sessions.get_session,
         lambda db, a, d, t: sessions.update_session(
             db, a, d.id, d.version, _input(sessions.SessionInput, d, mentor_remarks=t))),
    Kind("mentor", "mentor", "note",
         lambda db, a: _first(mentors.list_mentors(db, a, ListQuery(limit=1))),
         mentors.get_mentor,
         lambda db, a, d, t: mentors.update_mentor(db, a, d.id, d.version, _input(mentors.MentorInput, d, note=t))),
    Kind("partner school", "partner_school", "note",
         lambda db, a: _first(organisations.list_schools(db, a, ListQuery(limit=1))),
         organisations.get_school,
         lambda db, a, d, t: organisations.update_school(
             db, a, d.id, d.version, _input(organisations.SchoolInput, d, note=t))),
    Kind("cohort", "cohort", "note",
         lambda db, a: _first(cohorts.list_cohorts(db, a, ListQuery(limit=1))),
         cohorts.get_cohort,
         lambda db, a, d, t: cohorts.update_cohort(db, a, d.id, d.version, _input(cohorts.CohortInput, d, note=t))),
]


class Desktop:
    """One desktop: its own engine; optionally holds its first UPDATE of a table
    until the other desktop is about to send its own."""

    def __init__(self, url: str) -> None:
        self.db = Database(create_engine(url))
        self.hold: tuple[str, threading.Barrier] | None = None
        event.listen(self.db.engine, "before_cursor_execute", self._before_execute)

    def _before_execute(self, _conn, _cursor, statement: str, *_args) -> None:
        if self.hold and statement.lstrip().upper().startswith(f"UPDATE {self.hold[0].upper()} "):
            barrier, self.hold = self.hold[1], None
            barrier.wait(timeout=30)  # both have loaded the row and passed the version check


@pytest.fixture
def desktops(demo_pg):
    pair = [Desktop(demo_pg), Desktop(demo_pg)]
    yield pair
    for d in pair:
        d.db.dispose()


def _save_together(kind: Kind, editors: list[tuple[Desktop, Actor]], loaded: Any, inside: bool
                   ) -> tuple[list[Any], list[BaseException]]:
    barrier = threading.Barrier(2)
    results: list[Any] = [None, None]
    failures: list[BaseException | None] = [None, None]

    def edit(i: int) -> None:
        desktop, actor = editors[i]
        try:
            if inside:
                desktop.hold = (kind.table, barrier)
            else:
                barrier.wait(timeout=30)
            results[i] = kind.save(desktop.db, actor, loaded, f"第{i + 1}台电脑的修改")
        except BaseException as exc:  # examined by the test
            failures[i] = exc
        finally:
            desktop.hold = None

    threads = [threading.Thread(target=edit, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert not any(t.is_alive() for t in threads), "a save hung"
    return results, failures


@pytest.mark.parametrize("inside", [False, True], ids=["together", "inside-the-save"])
def test_two_editors_of_one_record_exactly_one_save_wins(desktops, inside):
    first, second = desktops
    staff = users.authenticate(first.db, "jiaowu", PASSWORD).actor()
    admin = users.authenticate(first.db, "admin", PASSWORD).actor()
    mentor = users.authenticate(first.db, "mentor", PASSWORD).actor()
    rounds = 1 if inside else 3  # the free race a few times over
    for kind in KINDS:
        # Sessions: the mentor and 教务 edit the mentor's record; the rest: 教务 and the admin.
        editors = [(first, mentor), (second, staff)] if kind.find is None else [(first, staff), (second, admin)]
        for _ in range(rounds):
            loaded = _own_session(first.db, mentor) if kind.find is None else kind.find(first.db, staff)
            with first.db.read() as s:
                last_audit = s.scalar(select(AuditEntry.id).order_by(AuditEntry.id.desc()).limit(1))
            results, failures = _save_together(kind, editors, loaded, inside)

            conflicts = [f for f in failures if isinstance(f, ConflictError)]
            assert len(conflicts) == 1, f"{kind.name}: {failures!r}"
            assert [f for f in failures if f is not None and not isinstance(f, ConflictError)] == []
            assert conflicts[0].zh == MESSAGE
            if inside:  # stopped by the database (the UPDATE matched no row), not by the early check
                assert isinstance(conflicts[0].__cause__, StaleDataError), kind.name
            winner = 0 if failures[0] is None else 1
            assert getattr(results[winner], kind.field) == f"第{winner + 1}台电脑的修改"
            assert results[winner].version == loaded.version + 1

            stored = kind.get(second.db, staff, loaded.id)
            assert getattr(stored, kind.field) == f"第{winner + 1}台电脑的修改", kind.name
            assert stored.version == loaded.version + 1, f"{kind.name}: the version stepped once"
            with first.db.read() as s:
                updates = s.execute(select(AuditEntry.username, AuditEntry.after).where(
                    AuditEntry.id > last_audit, AuditEntry.entity == kind.table,
                    AuditEntry.entity_id == loaded.id)).all()
            assert len(updates) == 1 and updates[0].username == editors[winner][1].username, kind.name
            assert f"第{winner + 1}台电脑的修改" in updates[0].after

            # The loser reloads (as the message says) and saves on top of the winner's change.
            loser_desktop, loser = editors[1 - winner]
            again = kind.save(loser_desktop.db, loser, kind.get(loser_desktop.db, loser, loaded.id), "重新载入后再改")
            assert again.version == loaded.version + 2 and getattr(again, kind.field) == "重新载入后再改"
