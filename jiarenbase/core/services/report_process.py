"""Build a report in a child process, so the desktop stays responsive whatever its size.

ReportLab lays out in Python: in a thread of the desktop's own process it competes
for the GIL, and the collector's full passes over a heap swollen by a 1,000-student
pack stalled the window for 250–450 ms. A child process has its own interpreter and
heap; the desktop's thread only waits on a queue.

    result = build_in_child(db, actor, request, out, progress=token.callback(report))

Blocking (call it from a worker thread). `progress(done, total)` is called in the
caller's thread and may raise Cancelled: the child is told to stop, its temporary
file is removed as in build_report, and Cancelled is raised here. Errors from the
child (ValidationError, NotFound, FontMissing, …) are raised here as they were there.
A database the child cannot open by URL (SQLite in memory) is built in-process.

The child gets the database address without its password and the password apart,
as a `Secret`: both travel with the Process object, which the spawn start method
pickles through the pipe to the child — never on its command line or in its
environment, and never in a repr or a log line.
"""
from __future__ import annotations

import multiprocessing as mp
import queue
from datetime import date
from pathlib import Path

from ..credentials import Secret, with_password
from ..errors import JiarenError
from .context import Actor, Database
from .progress import Cancelled
from .reports import Progress, ReportRequest, ReportResult, build_report, check_request

POLL_S = 0.05
START_TIMEOUT_S = 120  # a child that says nothing for this long is taken as lost


def _child(url: str, password: Secret, font: str | None, actor: Actor, request: ReportRequest, out: str,
           today: date | None, events: mp.Queue, stop) -> None:  # runs in the child process
    from ..db.engine import create_engine
    from ..errors_plain import explain
    from ..reports.fonts import use_font_file

    use_font_file(font)  # this desktop's font setting, as in the desktop's own process
    db = Database(create_engine(with_password(url, password)))

    def progress(done: int, total: int = 0) -> None:
        if stop.is_set():
            raise Cancelled()
        events.put(("progress", done, total))

    try:
        events.put(("done", build_report(db, actor, request, Path(out), progress=progress, today=today)))
    except Cancelled:
        events.put(("cancelled",))
    except JiarenError as exc:
        events.put(("error", exc))
    except OSError as exc:  # a disk or path problem the builder did not word: said of the output asked for
        plain = explain(exc, output=out)
        events.put(("error", plain) if plain is not None else ("crash", f"{type(exc).__name__}: {exc}"))
    except Exception as exc:  # told to the desktop as a plain message
        events.put(("crash", f"{type(exc).__name__}: {exc}"))
    finally:
        db.engine.dispose()


def _child_url(db: Database) -> tuple[str, Secret] | None:
    """(the address without its password, the password) the child opens, or None."""
    url = db.engine.url
    if url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:"):
        return None
    return url._replace(password=None).render_as_string(hide_password=False), Secret(str(url.password or ""))


def build_in_child(db: Database, actor: Actor, request: ReportRequest, out: Path,
                   progress: Progress | None = None, today: date | None = None) -> ReportResult:
    check_request(request, actor)  # a missing choice is told at once, without starting a process
    where = _child_url(db)
    if where is None:
        return build_report(db, actor, request, out, progress=progress, today=today)
    ctx = mp.get_context("spawn")  # the same on Windows and Linux; no fork of a Qt process
    events, stop = ctx.Queue(), ctx.Event()
    from ..reports import fonts

    child = ctx.Process(target=_child,
                        args=(*where, fonts.configured_font(), actor, request, str(out), today, events, stop),
                        name="jiarenbase-report", daemon=True)
    child.start()
    quiet, last = 0.0, (0, 0)
    try:
        while True:
            try:
                event = events.get(timeout=POLL_S)
            except queue.Empty:
                quiet += POLL_S
                if progress is not None:
                    progress(*last)  # lets a cancellable callback raise while the child is busy
                if not child.is_alive() and events.empty():
                    raise JiarenError(f"生成报表的进程意外退出（代码 {child.exitcode}），没有生成文件。",
                                      f"The report process ended unexpectedly (code {child.exitcode}).") from None
                if quiet > START_TIMEOUT_S:
                    raise JiarenError("生成报表的进程没有响应，已停止。",
                                      "The report process stopped responding.") from None
                continue
            quiet = 0.0
            kind = event[0]
            if kind == "progress":
                last = (event[1], event[2])
                if progress is not None:
                    progress(*last)
            elif kind == "done":
                return event[1]
            elif kind == "cancelled":
                raise Cancelled()
            elif kind == "error":
                raise event[1]
            else:
                raise JiarenError(f"生成报表时发生意外错误：{event[1]}", f"Unexpected error: {event[1]}")
    except BaseException:
        stop.set()  # Cancel (or any failure here): the child stops at its next progress step
        child.join(timeout=30)
        if child.is_alive():
            child.terminate()
            child.join(timeout=5)
        raise
    finally:
        child.join(timeout=30)
        events.close()

