"""A status-bar banner that tells the user when the connection to the database
server is lost and when it is back (数据库连接状态).

Every `interval_ms` it runs the core's Qt-free probe (core/db/health.py,
`check_connection`) through ctx.ops, off the GUI thread. On the first failed
probe it shows a red banner ("lost — reconnecting…", the reason in its tooltip)
and probes every `retry_ms` until the server answers; then it shows a green
"reconnected" for a few seconds and goes back to the slow pace. Reconnecting
itself is the engine's work (pool_pre_ping): nothing here touches the database.

# zh_CN: English → 中文
#   "Connection to the database server lost — reconnecting…" → "与数据库服务器的连接中断，正在重新连接…"
#   "Reconnected to the database server." → "已重新连接数据库服务器。"
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from ..core.db.health import Health, check_connection
from ..core.errors import JiarenError
from .context import AppContext

LOST_STYLE = ("QLabel#connectionWatch { background: #c62828; color: white; font-weight: bold; "
              "padding: 2px 10px; border-radius: 3px; }")
BACK_STYLE = ("QLabel#connectionWatch { background: #2e7d32; color: white; "
              "padding: 2px 10px; border-radius: 3px; }")


class ConnectionWatch(QLabel):
    """Hidden while all is well. Signals: `lost(str)` with the probe's detail
    (in the UI language), `restored()`."""

    lost = Signal(str)
    restored = Signal()

    INTERVAL_MS = 15_000
    RETRY_MS = 3_000
    BACK_SHOWN_MS = 8_000

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *,
                 check: Callable[[Any], Health] = check_connection, interval_ms: int = INTERVAL_MS,
                 retry_ms: int = RETRY_MS, back_shown_ms: int = BACK_SHOWN_MS) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._check = check
        self.interval_ms, self.retry_ms, self.back_shown_ms = interval_ms, retry_ms, back_shown_ms
        self.connected = True
        self.checking = False
        self.setObjectName("connectionWatch")
        self.hide()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check_now)
        self._hide_later = QTimer(self)
        self._hide_later.setSingleShot(True)
        self._hide_later.timeout.connect(self.hide)

    @classmethod
    def install(cls, ctx: AppContext, status_bar: QStatusBar) -> ConnectionWatch:
        """Put a watch at the right end of the status bar; it starts
        probing when the database is on a server (a local SQLite file cannot drop away)."""
        watch = cls(ctx, status_bar)
        status_bar.addPermanentWidget(watch)
        if not ctx.db.is_sqlite:
            watch.start()
        return watch

    def start(self) -> None:
        self.timer.start(self.interval_ms if self.connected else self.retry_ms)

    def stop(self) -> None:
        self.timer.stop()

    def check_now(self) -> None:
        """Probe once (skipped while the previous probe is still running, e.g.
        waiting out the connect timeout)."""
        if self.checking:
            return
        self.checking = True
        self.ctx.ops.run(self, self._check, self.ctx.db, success=self._checked, failure=self._failed,
                         after=self._probe_ended)

    def _probe_ended(self) -> None:  # also after a bug in the probe (that one goes to the crash dialog)
        self.checking = False

    def _failed(self, exc: JiarenError) -> None:
        self._checked(Health(False, self.ctx.message(exc), self.ctx.message(exc)))

    def _checked(self, health: Health) -> None:
        self.checking = False
        if health.ok == self.connected:
            if not health.ok:  # still down: keep the reason current
                self.setToolTip(health.text(self.ctx.lang))
            return
        self.connected = health.ok
        if self.timer.isActive():
            self.timer.start(self.interval_ms if health.ok else self.retry_ms)
        if health.ok:
            self.setStyleSheet(BACK_STYLE)
            self.setText(self.tr("Reconnected to the database server."))
            self.setToolTip(health.text(self.ctx.lang))
            self._hide_later.start(self.back_shown_ms)
            self.show()
            self.restored.emit()
        else:
            self._hide_later.stop()
            self.setStyleSheet(LOST_STYLE)
            self.setText(self.tr("Connection to the database server lost — reconnecting…"))
            self.setToolTip(health.text(self.ctx.lang))
            self.show()
            self.lost.emit(health.text(self.ctx.lang))
