"""Benchmark figures of the room week (直播间周排期), issue 4:

    room week (fully booked): RoomsPage loading a week in which every opening
        hour of all 10 rooms is booked (10 rooms × 7 days × 14 hours = 980 one-hour
        bookings, each with a mentor and two students): the service call, the grid
        laid out, the page painted (grab) at 1280×800 in the default day-column
        view — < 200 ms. Baseline: a bare QWidget painting 980 filled rectangles
        with a line of text each, grabbed at the same size.
    room week (fully booked, whole-week view): the same with the whole week on
        screen (all 980 blocks drawn) — < 200 ms, same baseline.
    room week service (fully booked): rooms.week_schedule alone — < 100 ms.
        Baseline: the 980 booking rows read as plain tuples.

The database is built once and cached under `work` (rooms_full_week_v1.sqlite3)."""
from __future__ import annotations

import os
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import harness
from sqlalchemy import select

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:  # run.py puts only tests/perf on the path
    sys.path.insert(0, str(ROOT))

CACHE = "rooms_full_week_v1.sqlite3"
MONDAY = date(2025, 5, 5)
SIZE = (1280, 800)
OPEN, CLOSE = 8, 22


def _build(path: Path) -> None:
    """The demo's people (40 students, 12 mentors), then every opening hour of the
    week booked in every room; each room has its own mentor and two students, so
    nothing clashes (checked after loading: 980 bookings, 100 % utilisation)."""
    from jiarenbase.core.bootstrap import open_database
    from jiarenbase.core.db.models import Mentor, RoomBooking, Student
    from jiarenbase.core.demo import build_demo
    from jiarenbase.core.services import rooms
    from jiarenbase.core.services.context import Actor

    opened = open_database("sqlite:///" + str(path), path.parent / "rooms_data")
    build_demo(opened.db, students=40, seed=3, today=date(2025, 3, 1))
    with opened.db.transaction() as s:
        room_ids = [r.id for r in rooms.list_rooms(opened.db, Actor.system())]
        mentor_ids = list(s.scalars(select(Mentor.id).order_by(Mentor.id)))
        students = list(s.scalars(select(Student).order_by(Student.id)))
        for day in range(7):
            for hour in range(OPEN, CLOSE):
                start = datetime.combine(MONDAY, datetime.min.time()) + timedelta(days=day, hours=hour)
                for i, room_id in enumerate(room_ids):
                    s.add(RoomBooking(room_id=room_id, start=start, end=start + timedelta(hours=1),
                                      purpose=("实战直播", "模拟直播演练")[(hour + i) % 2],
                                      mentor_id=mentor_ids[i % len(mentor_ids)],
                                      students=[students[2 * i], students[2 * i + 1]]))
    opened.db.dispose()


def _database(work: Path):
    from jiarenbase.core.bootstrap import open_database

    path = work / CACHE
    if not path.exists():
        tmp = work / (CACHE + ".building")
        for p in work.glob(CACHE + ".building*"):
            p.unlink()
        _build(tmp)
        tmp.rename(path)
    return open_database("sqlite:///" + str(path), work / "rooms_data").db


def _app():
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([])


def _themed(app, work: Path) -> None:
    """The light theme the app uses (qt-material writes under HOME: keep it in `work`)."""
    from jiarenbase.gui.theme import apply_theme

    home = os.environ.get("HOME")
    os.environ["HOME"] = str(work / "home")
    try:
        apply_theme(app)
    finally:
        if home is None:
            os.environ.pop("HOME", None)
        else:
            os.environ["HOME"] = home


def _bare_blocks(n: int):
    """A plain widget painting n filled rectangles with a line of text each — the
    least a grid of n bookings could cost to paint."""
    from PySide6.QtCore import QRect, Qt
    from PySide6.QtGui import QColor, QPainter
    from PySide6.QtWidgets import QWidget

    class Bare(QWidget):
        def paintEvent(self, _event) -> None:
            p = QPainter(self)
            cols = n // 10
            w, h = self.width() / cols, self.height() / 10
            for i in range(n):
                rect = QRect(int((i % cols) * w), int((i // cols) * h), int(w) - 1, int(h) - 1)
                p.fillRect(rect, QColor("#e3f2fd"))
                p.drawText(rect, Qt.AlignmentFlag.AlignLeft, f"{8 + i % 14:02d}:00")
            p.end()

    return Bare()


def figures(work: Path):
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.db.models import RoomBooking
    from jiarenbase.core.services import rooms
    from jiarenbase.core.services.context import Actor
    from jiarenbase.gui.pages.rooms_page import RoomsPage

    db = _database(work)
    app = _app()
    _themed(app, work)
    ctx = harness.app_context(db, Actor.system(), work)
    week = rooms.week_schedule(db, ctx.actor, MONDAY)
    assert len(week.bookings) == 980 and week.ratio == 1.0, (len(week.bookings), week.ratio)

    bare = _bare_blocks(len(week.bookings))
    bare.resize(*SIZE)
    bare.show()
    QApplication.processEvents()
    baseline = harness.time_ms(lambda: bare.grab())
    bare.close()

    page = RoomsPage(ctx)
    page.resize(*SIZE)
    page.show()
    harness.drain(ctx)  # the current week, loaded on the first show
    QApplication.processEvents()

    def load_full_week():
        page.show_week(MONDAY)  # reads the week through the service every time (no cache)
        harness.drain(ctx, what="the week's bookings")
        QApplication.processEvents()
        page.grab()

    value = harness.time_ms(load_full_week)
    assert len(page.grid.week.bookings) == 980
    yield harness.under("room week (fully booked)", value, 200, "bare widget, 980 rects+text", baseline)
    page.select_zoom("week")
    value = harness.time_ms(load_full_week)
    assert len(page.grid.geo.visible(0, page.grid.geo.width)) == 980
    yield harness.under("room week (fully booked, whole-week view)", value, 200, "bare widget, 980 rects+text",
                        baseline)
    page.close()
    page.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    start, end = rooms.week_bounds(MONDAY)

    def read_rows():
        with db.read() as s:
            s.execute(select(RoomBooking.id, RoomBooking.room_id, RoomBooking.start, RoomBooking.end,
                             RoomBooking.purpose, RoomBooking.mentor_id)
                      .where(RoomBooking.deleted_at.is_(None), RoomBooking.start < end, RoomBooking.end > start)).all()

    base = harness.time_ms(read_rows)
    service = harness.time_ms(lambda: rooms.week_schedule(db, ctx.actor, MONDAY))
    yield harness.under("room week service (fully booked)", service, 100, "980 booking rows read", base)
    db.dispose()
