"""A progress dialog with Cancel around a long service call (ARCHITECTURE rule 3).

    run_with_progress(ctx, self, self.tr("Importing"), roster_import.import_rows,
                      ctx.db, ctx.actor, preview, school_id, cohort_id,
                      on_done=self._imported, on_error=self._failed)

`fn` runs on ctx.tasks (a worker thread) and gets `progress=callback`; the callback
takes `(done, total=0)`, updates the dialog through a queued signal and raises
`Cancelled` (core/services/progress.py) once Cancel was pressed, so the service's
transaction rolls back. The window keeps painting: only the dialog is modal.
"""
# zh_CN: English → 中文
#   "Cancel" → "取消"
#   "Cancelling…" → "正在取消…"
#   "Please wait…" → "请稍候…"
#   "%1 of %2" → "%1 / %2"
#   "%1 done" → "已完成 %1"
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from ...core.services.progress import Cancelled, CancelToken

SHOW_AFTER_MS = 300  # a task that ends sooner never flashes a dialog



class ProgressBridge(QObject):
    """Carries (done, total) from the worker thread to the GUI thread."""

    reported = Signal(int, int)

    def __init__(self, token: CancelToken, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.token = token

    def __call__(self, done: int, total: int = 0) -> None:  # worker thread
        self.token.raise_if_cancelled()
        self.reported.emit(int(done), int(total))


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
            self.dialog.setLabelText(self.label + "\n" + QCoreApplication.translate("Progress", "%1 of %2").replace("%1", f"{done:,}")
                                     .replace("%2", f"{total:,}"))
        else:
            self.dialog.setLabelText(self.label + "\n" + QCoreApplication.translate("Progress", "%1 done").replace("%1", f"{done:,}"))

    def close(self) -> None:
        self.finished = True
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()


def run_with_progress(ctx, parent: QWidget | None, title: str, fn: Callable[..., Any], *args: Any,
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None,
                      on_cancelled: Callable[[Cancelled], None] | None = None,
                      label: str = "", token: CancelToken | None = None, **kwargs: Any) -> ProgressRun:
    """Run `fn(*args, progress=callback, **kwargs)` on ctx.tasks behind a modal
    progress dialog with Cancel. A cancelled call ends in `on_cancelled` (or, when
    that is not given, `on_error` with the Cancelled exception)."""
    run = ProgressRun(parent, title, label, token)

    def done(result: Any) -> None:
        run.close()
        if on_done is not None:
            on_done(result)

    def failed(exc: Exception) -> None:
        run.close()
        if isinstance(exc, Cancelled) and on_cancelled is not None:
            on_cancelled(exc)
        elif on_error is not None:
            on_error(exc)
        else:
            raise exc

    ctx.tasks.run(fn, *args, progress=run.bridge, on_done=done, on_error=failed, **kwargs)
    return run
