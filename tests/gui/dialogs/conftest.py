"""What the dialog tests share: `in_flight`, to hold a dialog's service calls on the
pool and close the dialog while they are under way."""
from __future__ import annotations

import threading
from functools import partial

import pytest


class InFlight:
    """Service calls held on the pool until `release()`, and the handlers that ran.

        in_flight.hold(attendance, "list_modules")
        dialog = AttendanceDialog(ctx, cohort_id, "批次", parent)
        in_flight.close_while_loading(dialog)   # nothing raised, no handler of the dialog ran
    """

    def __init__(self, qtbot, ops, monkeypatch) -> None:
        self.qtbot, self.ops, self.monkeypatch = qtbot, ops, monkeypatch
        self.gate = threading.Event()
        self.started = threading.Event()  # a held call is running on the pool
        self.finished: list[str] = []  # held calls that ran to their end
        self.closed: set[int] = set()  # id() of the closed dialogs
        self.ran_after_close: list[tuple[str, str]] = []  # (operation, handler) run for a closed dialog
        start = ops.start

        def recording_start(op):
            for attr in ("success", "failure", "after"):
                handler = getattr(op, attr)
                if handler is not None:
                    setattr(op, attr, partial(self._run_handler, id(op.parent), op.name, attr, handler))
            return start(op)

        monkeypatch.setattr(ops, "start", recording_start)

    def _run_handler(self, parent: int, name: str, attr: str, handler, *args) -> None:
        if parent in self.closed:
            self.ran_after_close.append((name, attr))
        handler(*args)

    def hold(self, owner, name: str) -> None:
        """owner.name waits for `release()` before it does its work."""
        original = getattr(owner, name)

        def held(*args, **kwargs):
            self.started.set()
            assert self.gate.wait(30), f"{name} was never released"
            try:
                return original(*args, **kwargs)
            finally:
                self.finished.append(name)

        self.monkeypatch.setattr(owner, name, held)

    def release(self) -> None:
        self.gate.set()

    def close_while_loading(self, dialog) -> None:
        """Close and delete `dialog` while a held call is under way (as the stage board does:
        open(), then deleteLater when finished), then let the call end: its outcome is
        dropped — no handler of the dialog runs and nothing is raised or logged."""
        self.qtbot.waitUntil(self.started.is_set)
        assert self.ops.pending_for(dialog) > 0
        key, gone = id(dialog), []
        dialog.destroyed.connect(lambda *_: gone.append(True))  # (waitSignal cannot disconnect from it)
        dialog.close()
        dialog.deleteLater()
        self.qtbot.waitUntil(lambda: bool(gone))
        self.closed.add(key)
        self.release()
        self.qtbot.waitUntil(lambda: self.ops.pending == 0, timeout=30_000)
        assert self.finished, "the held call did not run to its end"
        assert self.ran_after_close == []


@pytest.fixture
def in_flight(qtbot, ops, monkeypatch):
    held = InFlight(qtbot, ops, monkeypatch)
    yield held
    held.release()  # a test that failed early must not leave a pool thread waiting


@pytest.fixture
def owner(qtbot):
    """The window a dialog is opened over (the stage board, a list page): it outlives the dialog."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    return window
