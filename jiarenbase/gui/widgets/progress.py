"""A progress dialog with Cancel around a long service call (ARCHITECTURE rule 3).

    run_with_progress(ctx, self, self.tr("Importing"), roster_import.import_rows,
                      ctx.db, ctx.actor, preview, school_id, cohort_id,
                      on_done=self._imported, on_error=self._failed)

`fn` runs through ctx.ops (a worker thread) and gets `progress=callback`; the
callback takes `(done, total=0)`, updates the dialog through a queued signal and
raises `Cancelled` (core/services/progress.py) once Cancel was pressed, so the
service's transaction rolls back. The window keeps painting: only the dialog is
modal. The dialog closes however the call ends, an unexpected error included (that
one goes on to the crash dialog, as every operation's does).
"""
# zh_CN: English → 中文
#   "Cancel" → "取消"
#   "Cancelling…" → "正在取消…"
#   "Please wait…" → "请稍候…"
#   "%1 of %2" → "%1 / %2"
#   "%1 done" → "已完成 %1"
from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.errors import JiarenError
from ...core.services.progress import Cancelled, CancelToken

SHOW_AFTER_MS = 300  # a task that ends sooner never flashes a dialog


class ProgressBridge(QObject):
    """Carries (done, total) from the worker thread to the GUI thread. When the bridge
    goes (its dialog or page was closed), the call is cancelled at its next report."""

    reported = Signal(int, int)

    def __init__(self, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = token
        self.destroyed.connect(token.cancel)

    def __call__(self, done: int, total: int = 0) -> None:  # worker thread
        self.token.raise_if_cancelled()
        try:
            self.reported.emit(int(done), int(total))
        except RuntimeError:  # deleted between the check and the emit: nobody is listening
            raise Cancelled() from None


class ProgressRun(QObject):
    """One long call with its dialog; `cancel()` does what the Cancel button does."""

    def __init__(self, parent: QWidget | None, title: str, label: str,
                 token: CancelToken | None = None) -> None:
        super().__init__(parent)
        self.token = token or CancelToken()
        self.label = label or QCoreApplication.translate("Progress", "Please wait…")
        self.finished = False
        self.dialog = QProgressDialog(self.label, QCoreApplication.translate("Progress", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(360)
        self.dialog.canceled.connect(self.cancel)
        self.bridge = ProgressBridge(self.token, self)
        self.bridge.reported.connect(self._show)

    def cancel(self) -> None:
        if not self.finished:
            self.token.cancel()
            self.dialog.setLabelText(QCoreApplication.translate("Progress", "Cancelling…"))

    def _show(self, done: int, total: int) -> None:
        if self.finished or self.token.cancelled:
            return
        if total > 0:
            self.dialog.setRange(0, total)
            self.dialog.setValue(min(done, total))
            counts = QCoreApplication.translate("Progress", "%1 of %2").replace("%1", f"{done:,}") \
                .replace("%2", f"{total:,}")
        else:
            counts = QCoreApplication.translate("Progress", "%1 done").replace("%1", f"{done:,}")
        self.dialog.setLabelText(self.label + "\n" + counts)

    def close(self) -> None:
        if self.finished:
            return
        self.finished = True
        self.bridge.destroyed.disconnect(self.token.cancel)  # over: going away cancels nothing now
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()


def run_with_progress(ctx, parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[JiarenError], None] | None = None,
                      on_cancelled: Callable[[Cancelled], None] | None = None,
                      label: str = "", token: CancelToken | None = None, busy: Iterable[QWidget] = (),
                      after: Callable[[], None] | None = None, **kwargs: Any) -> ProgressRun:
    """Run `fn(*args, progress=callback, **kwargs)` through ctx.ops behind a modal
    progress dialog with Cancel. A cancelled call ends in `on_cancelled` (or, when
    that is not given, `on_error` with the Cancelled exception); a domain error
    without `on_error` gets the standard message. `busy` widgets are off while it
    runs; `after` runs once it ended, however (an unexpected error included, which
    reaches no handler). The outcome belongs to the dialog's run: when `parent` is
    destroyed meanwhile, nothing is delivered."""
    run = ProgressRun(parent, title, label, token)

    def done(result: Any) -> None:
        run.close()
        if on_done is not None:
            on_done(result)

    def failed(exc: JiarenError) -> None:
        run.close()
        if isinstance(exc, Cancelled) and on_cancelled is not None:
            on_cancelled(exc)
        elif on_error is not None:
            on_error(exc)
        else:
            ctx.ops.on_domain_error(parent if parent is not None else run, exc, ctx.ops.lang)

    def ended() -> None:
        run.close()
        if after is not None:
            after()

    ctx.ops.run(run, fn, *args, progress=run.bridge, success=done, failure=failed, busy=busy, after=ended,
                **kwargs)
    return run
