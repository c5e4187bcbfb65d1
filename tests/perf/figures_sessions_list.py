"""Benchmark figures of the sessions list (实训记录) at city scale, issue 7:

    sessions list: first page / search by student name / sort by date / jump to the
        last row — each through the table model the page uses (WindowedTableModel):
        the query is changed, the page arrives, and data() is read for the 30 rows a
        window shows, every column — < 100 ms each. Beside each, the floor: the raw SQL
        for the same 200 rows (sqlite3, no SQLAlchemy, no DTOs), run in the same process.

The database is tests/perf/city.py's (100,000 students, 2,000,000 sessions).
The model runs its queries through the desktop's Operations on a thread pool, and each
figure waits until the rows arrived, so it is the full work the desktop's worker thread
and GUI thread do together."""
from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VISIBLE = 30
LIMIT_MS = 100

SELECT = ("SELECT ps.*, s.name, m.name FROM practice_session ps JOIN student s ON s.id = ps.student_id "
          "LEFT JOIN mentor m ON m.id = ps.mentor_id WHERE ps.deleted_at IS NULL")
SQL = {
    "first page": SELECT + " ORDER BY ps.started_at DESC, ps.id DESC LIMIT 200",
    "search by student name": SELECT + " AND ps.student_id IN (SELECT id FROM student WHERE name LIKE ?) "
                                       "ORDER BY ps.started_at DESC, ps.id DESC LIMIT 200",
    "sort by date": SELECT + " ORDER BY ps.started_at ASC, ps.id ASC LIMIT 200",
    "jump to the last row": SELECT + " ORDER BY ps.started_at ASC, ps.id ASC LIMIT 200",  # the far end
}


def _read_visible(model, first: int) -> None:
    for row in range(first, min(first + VISIBLE, model.rowCount())):
        for col in range(model.columnCount()):
            model.data(model.index(row, col))


def figures(work: Path):
    import city
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QApplication

    from jiarenbase.core.services.context import Actor
    from jiarenbase.gui.models.windowed_model import WindowedTableModel
    from jiarenbase.gui.pages.specs import SPECS

    QApplication.instance() or QApplication([])
    db = city.city_database(work)
    ctx = harness.app_context(db, Actor.system(), work)
    spec = SPECS["sessions"]
    date_column = next(i for i, c in enumerate(spec.columns) if c.sort == "started_at")
    raw = sqlite3.connect(str(city.cache_path(work)))
    name = raw.execute("SELECT name FROM student WHERE id = 4242").fetchone()[0]

    def floor(key: str) -> float:
        args = ("%" + name + "%",) if "search" in key else ()
        return harness.time_ms(lambda: raw.execute(SQL[key], args).fetchall(), repeat=5)

    def first_page() -> None:
        model = WindowedTableModel(ctx, spec)
        model.fetchMore(QModelIndex())
        harness.drain(ctx, what="the first page")
        _read_visible(model, 0)
        first_page.model = model

    value = harness.time_ms(first_page, repeat=5)
    model = first_page.model
    assert model.rowCount() == model.total > 1_000_000
    yield harness.under(f"sessions list: first page ({model.total:,} sessions)", value, LIMIT_MS,
                        "raw SQL, same 200 rows", floor("first page"))

    def search() -> None:
        model.set_search("")
        model.set_search(name)
        harness.drain(ctx, what="the search")
        _read_visible(model, 0)

    value = harness.time_ms(search, repeat=5)
    assert 0 < model.total < 10_000 and all(model.record_at(r).student_name.find(name) >= 0
                                             for r in range(min(VISIBLE, model.rowCount())))
    yield harness.under(f"sessions list: search by student name ({model.total} sessions of {name})", value,
                        LIMIT_MS, "raw SQL, same rows", floor("search by student name"))
    model.set_search("")
    harness.drain(ctx)

    orders = [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder]

    def sort_by_date() -> None:  # one header click: the other direction than now
        orders.reverse()
        model.sort(date_column, orders[0])
        harness.drain(ctx, what="the sorted page")
        _read_visible(model, 0)

    value = harness.time_ms(sort_by_date, repeat=6)
    yield harness.under("sessions list: sort by date (a click on the date header)", value, LIMIT_MS,
                        "raw SQL, same rows", floor("sort by date"))
    model.sort(date_column, Qt.SortOrder.DescendingOrder)
    harness.drain(ctx)

    fresh = []  # lists with only their first page read, one per timed jump
    for _ in range(6):
        m = WindowedTableModel(ctx, spec)
        m.fetchMore(QModelIndex())
        harness.drain(ctx, what="a first page")
        fresh.append(m)

    def jump_to_last() -> None:
        m = fresh.pop()
        last = m.rowCount() - 1
        m.ensure_rows(last - VISIBLE + 1, last)
        harness.drain(ctx, what="the last rows")
        _read_visible(m, last - VISIBLE + 1)
        assert m.record_at(last) is not None

    value = harness.time_ms(jump_to_last, repeat=5)
    yield harness.under("sessions list: jump to the last row", value, LIMIT_MS,
                        "raw SQL, same rows", floor("jump to the last row"))
    raw.close()
    db.dispose()
