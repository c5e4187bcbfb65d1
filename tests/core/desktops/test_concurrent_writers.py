"""Ten desktops logging sessions at once lose nothing (PostgreSQL).

Ten threads, each with its own engine and Database (as ten desktops in ten live
rooms would have), each log 1,000 practice sessions through the service the
session form calls (sessions.log_session) — one transaction per session, as the
desktop does it, no batching. Half sign in as 教务 (staff, any student), half as
the demo mentor (only the mentor's own students). Afterwards every one of the
10,000 sessions is there exactly once, with its scores, and the audit log holds
one creation entry for each.
"""
from __future__ import annotations

import threading
import time
from datetime import datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.models import AuditEntry, PracticeSession, SessionScore
from jiarenbase.core.domain.enums import Platform, SessionKind
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.services import sessions, users
from jiarenbase.core.services.context import Database
from jiarenbase.core.services.session_form import session_form_data

from .support import PG_ONLY

pytestmark = [*PG_ONLY, pytest.mark.slow]

WRITERS = 10
SESSIONS_EACH = 1_000
PASSWORD = "Jiaren@2025"
BASE = datetime(2031, 1, 6, 9, 0)  # after anything the demo holds


def _session(writer: int, n: int, student_id: int, criteria: list[int]) -> sessions.SessionInput:
    start = BASE + timedelta(minutes=10 * (writer * SESSIONS_EACH + n))  # distinct for every session
    return sessions.SessionInput(
        kind=SessionKind.MOCK_DRILL if n % 3 else SessionKind.LIVE_SESSION, student_id=student_id,
        started_at=start, ended_at=start + timedelta(minutes=90), platform=Platform.JIAREN,
        counts=SessionCounts(viewers=200 + n % 50, peak_concurrent=40, orders=6, buyers=5, gmv=Decimal("388.50")),
        scores={cid: 60 + (n + i) % 40 for i, cid in enumerate(criteria)},
        products="护手霜", review_notes=f"desk-{writer:02d}-{n:04d}")


def test_ten_desktops_log_a_thousand_sessions_each_and_nothing_is_lost(demo_pg):
    url = demo_pg
    desktops = [Database(create_engine(url)) for _ in range(WRITERS)]
    try:
        staff = users.authenticate(desktops[0], "jiaowu", PASSWORD).actor()
        mentor = users.authenticate(desktops[0], "mentor", PASSWORD).actor()
        with desktops[0].read() as s:
            audit_before = s.scalar(select(func.max(AuditEntry.id))) or 0
            sessions_before = s.scalar(select(func.count()).select_from(PracticeSession))
        # What each desktop's session form offers its user (mentors: their own students).
        offered = {}
        for actor in (staff, mentor):
            form = session_form_data(desktops[0], actor)
            offered[actor.username] = ([st.id for st in form.students], [c.id for c in form.criteria if c.active])
        assert offered["mentor"][0], "the demo mentor has students"

        barrier = threading.Barrier(WRITERS)
        errors: list[BaseException] = []
        logged: list[list[int]] = [[] for _ in range(WRITERS)]

        def desktop(w: int) -> None:
            actor = staff if w % 2 == 0 else mentor
            students, criteria = offered[actor.username]
            try:
                barrier.wait(timeout=60)  # all ten start together
                for n in range(SESSIONS_EACH):
                    dto = sessions.log_session(desktops[w], actor,
                                               _session(w, n, students[(w + n) % len(students)], criteria))
                    logged[w].append(dto.id)
            except BaseException as exc:  # reported by the test below
                errors.append(exc)

        started = time.perf_counter()
        threads = [threading.Thread(target=desktop, args=(w,), name=f"desktop-{w}") for w in range(WRITERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=600)
        elapsed = time.perf_counter() - started
        assert not any(t.is_alive() for t in threads), "a desktop hung"
        assert errors == [], f"{len(errors)} desktops failed; first: {errors[:1]!r}"
        print(f"\n{WRITERS}×{SESSIONS_EACH} sessions logged in {elapsed:.1f} s "
              f"({WRITERS * SESSIONS_EACH / elapsed:.0f}/s)")

        expected = {f"desk-{w:02d}-{n:04d}" for w in range(WRITERS) for n in range(SESSIONS_EACH)}
        ids = {i for per in logged for i in per}
        assert len(ids) == WRITERS * SESSIONS_EACH  # every call got its own row
        with desktops[-1].read() as s:  # read through another desktop than the first
            rows = s.execute(select(PracticeSession.id, PracticeSession.review_notes, PracticeSession.deleted_at)
                             .where(PracticeSession.review_notes.like("desk-%"))).all()
            assert len(rows) == WRITERS * SESSIONS_EACH
            assert {r.review_notes for r in rows} == expected  # each one exactly once
            assert {r.id for r in rows} == ids and all(r.deleted_at is None for r in rows)
            assert s.scalar(select(func.count()).select_from(PracticeSession)) == sessions_before + len(expected)
            per_session = dict(s.execute(select(SessionScore.session_id, func.count()).where(
                SessionScore.session_id.in_(select(PracticeSession.id).where(
                    PracticeSession.review_notes.like("desk-%")))).group_by(SessionScore.session_id)).all())
            assert len(per_session) == len(expected)
            assert set(per_session.values()) == {len(offered["jiaowu"][1])}
            audits = s.execute(select(AuditEntry.action, AuditEntry.entity, AuditEntry.entity_id, AuditEntry.username)
                               .where(AuditEntry.id > audit_before)).all()
        creations = [a for a in audits if a.action == "create" and a.entity == "practice_session"]
        assert len(creations) == WRITERS * SESSIONS_EACH
        assert {a.entity_id for a in creations} == ids
        assert {a.username for a in creations} == {"jiaowu", "mentor"}
        # The two sign-ins above are audited too; nothing else was written.
        assert len(audits) - len(creations) == len([a for a in audits if a.entity == "user"])
    finally:
        for db in desktops:
            db.dispose()
