"""Progress and cancellation for long service calls (imports, reports).

A long service takes a `progress` callback and calls it now and then. The desktop
passes a callback that raises `Cancelled` once the user has pressed Cancel: the
exception leaves the service from inside its transaction, so the transaction is
rolled back and nothing is written (ARCHITECTURE rule 3).

    token = CancelToken()
    roster_import.import_rows(db, actor, preview, school_id, cohort_id,
                              progress=token.callback(report))
    token.cancel()   # from the GUI thread, any time

Qt-free and thread-safe (a `threading.Event` carries the flag).
"""
from __future__ import annotations

import threading
from collections.abc import Callable

from ..errors import JiarenError


class Cancelled(JiarenError):
    """The user cancelled a long operation; whatever it was writing was rolled back."""

    def __init__(self) -> None:
        super().__init__("操作已取消，没有写入任何数据。", "Cancelled; nothing was written.")


Report = Callable[[int, int], None]


class CancelToken:
    """A cancel flag shared between the GUI thread (sets it) and a worker (reads it)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

    def callback(self, report: Report | None = None) -> Callable[..., None]:
        """A `progress(done, total=0)` callback for a service: raises Cancelled once
        the token is cancelled, else passes the counts on to `report`. `total` 0 means
        "unknown" (e.g. a roster being read reports rows read so far)."""

        def progress(done: int, total: int = 0) -> None:
            self.raise_if_cancelled()
            if report is not None:
                report(done, total)

        return progress
