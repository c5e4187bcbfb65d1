"""What the page tests share: `in_flight`, to hold a page's service calls on the
pool and destroy the page while they are under way."""
from __future__ import annotations

import threading
from functools import partial

import pytest
from PySide6.QtCore import QObject


class InFlight:
    """Service calls held on the pool until `release()`, and the handlers that ran.

        in_flight.hold(exams_page.certificates, "list_exams")
        page = ExamsPage(ctx); page.refresh()
        in_flight.destroy_while_loading(page)   # nothing raised, no handler of the page ran
    """

    def __init__(self, qtbot, ops, monkeypatch) -> None:
        self.qtbot, self.ops, self.monkeypatch = qtbot, ops, monkeypatch
        self.gate = threading.Event()
        self.started = threading.Event()  # a held call is running on the pool
        self.finished: list[str] = []  # held calls that ran to their end
        self.destroyed: set[int] = set()  # id() of the destroyed page and of its QObject children
        self.ran_after_destroy: list[tuple[str, str]] = []  # (operation, handler) run for a destroyed page
        start = ops.start

        def recording_start(op):
            for attr in ("success", "failure", "after"):
                handler = getattr(op, attr)
                if handler is not None:
                    setattr(op, attr, partial(self._run_handler, id(op.parent), op.name, attr, handler))
            return start(op)

        monkeypatch.setattr(ops, "start", recording_start)

    def _run_handler(self, parent: int, name: str, attr: str, handler, *args) -> None:
        if parent in self.destroyed:
            self.ran_after_destroy.append((name, attr))
        handler(*args)

    def hold(self, owner, name: str) -> None:
        """owner.name waits for `release()` before it does its work."""
        self.monkeypatch.setattr(owner, name, self.held(getattr(owner, name), name))

    def held(self, original, name: str):
        """`original`, waiting for `release()` before it does its work."""

        def held(*args, **kwargs):
            self.started.set()
            assert self.gate.wait(30), f"{name} was never released"
            try:
                return original(*args, **kwargs)
            finally:
                self.finished.append(name)

        return held

    def release(self) -> None:
        self.gate.set()

    def destroy_while_loading(self, page) -> None:
        """Close and delete `page` while a held call is under way (a student file's
        window closed, the main window closed), then let the call end: its outcome is
        dropped — no handler of the page (or of its models) runs, nothing is raised
        or logged."""
        self.qtbot.waitUntil(self.started.is_set)
        owners = [page, *page.findChildren(QObject)]
        assert sum(self.ops.pending_for(o) for o in owners) > 0
        keys, gone = {id(o) for o in owners}, []
        page.destroyed.connect(lambda *_: gone.append(True))  # (waitSignal cannot disconnect from it)
        page.close()
        page.deleteLater()
        self.qtbot.waitUntil(lambda: bool(gone))
        self.destroyed |= keys
        self.release()
        self.qtbot.waitUntil(lambda: self.ops.pending == 0, timeout=30_000)
        assert self.finished, "the held call did not run to its end"
        assert self.ran_after_destroy == []


@pytest.fixture
def in_flight(qtbot, ops, monkeypatch):
    held = InFlight(qtbot, ops, monkeypatch)
    yield held
    held.release()  # a test that failed early must not leave a pool thread waiting
