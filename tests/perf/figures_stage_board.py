"""Benchmark figures of the stage board (阶段看板), issue 4:

    stage board service (cohort of 280): `stage_board.stage_board` on one cohort
        holding all 280 demo students (every stage, their lessons, attendance and
        sessions) — < 150 ms. Baseline: the same evidence counted one student at a
        time (`stages.evidence_for` in a loop), which the board replaced.
    stage board page (cohort of 280): StageBoardPage loading and drawing that
        board (four columns of cards) — < 1500 ms.

The database is built once and cached under `work` (stage_board_v1.sqlite3)."""
from __future__ import annotations

import os
import sys
from pathlib import Path

import harness
from sqlalchemy import select, update

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

CACHE = "stage_board_v1.sqlite3"
STUDENTS = 280


def _open(work: Path):
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import Cohort, Student
    from jiarenbase.core.demo import build_demo

    path = work / CACHE
    fresh = not path.exists()
    opened = open_database("sqlite:///" + str(path), work / "stage_board_data")
    db = opened.db
    if fresh:
        build_demo(db, students=STUDENTS, seed=11)
        with db.transaction() as s:  # everyone into the newest cohort (students of every stage)
            newest = s.scalar(select(Cohort.id).order_by(Cohort.start_date.desc()).limit(1))
            s.execute(update(Student).values(cohort_id=newest))
    with db.read() as s:
        cohort_id = s.scalar(select(Student.cohort_id).limit(1))
    return db, cohort_id


def figures(work: Path):
    from jiarenbase.core.db.models import Student
    from jiarenbase.core.services import stage_board, stages
    from jiarenbase.core.services.context import Actor

    db, cohort_id = _open(work)
    admin = Actor.system()

    def per_student() -> None:
        with db.read() as s:
            for st in s.scalars(select(Student).where(Student.cohort_id == cohort_id)):
                stages.evidence_for(s, st)

    baseline = harness.time_ms(per_student, repeat=3)
    board = harness.time_ms(lambda: stage_board.stage_board(db, admin, cohort_id))
    yield harness.under(f"stage board service (cohort of {STUDENTS})", board, 150,
                        "evidence one student at a time", baseline)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    from jiarenbase.gui.pages.stage_board_page import StageBoardPage

    ctx = harness.app_context(db, admin, work)

    def page() -> None:
        p = StageBoardPage(ctx)
        p.resize(1280, 800)
        p.show()
        p.refresh()
        harness.drain(ctx, what="the stage board")  # the cohorts, then the board
        app.processEvents()
        p.grab()
        p.close()
        p.deleteLater()

    yield harness.under(f"stage board page (cohort of {STUDENTS})", harness.time_ms(page, repeat=3), 1000,
                        "stage board service", board)
    db.dispose()
