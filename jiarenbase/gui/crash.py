"""The last resort for an exception nobody caught (ARCHITECTURE rule 8).

`install_excepthook(data_dir, lang)` routes sys.excepthook and threading.excepthook
here: the traceback goes to <data dir>/logs/jiarenbase.log, and an ErrorDialog
(non-modal) says what happened while the app keeps running. A failure inside the
hook falls back to printing on stderr and never re-enters the hook.

Nothing here lets an ID number or a mobile number out in full (sensitive.py): the
log file's formatter masks every line it writes, tracebacks included, and the
summary and details the dialog shows (and copies) are masked before it sees them,
as is the traceback printed on stderr.
"""
from __future__ import annotations

import contextlib
import logging
import sys
import threading
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QApplication

from ..core.errors import JiarenError
from ..core.paths import logs_dir
from ..core.sensitive import MaskingFormatter, mask_sensitive

LOG_NAME = "jiarenbase.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 5
MAX_OPEN_DIALOGS = 3  # an error in a loop must not bury the screen in dialogs
_HANDLER_NAME = "jiarenbase-file"

log = logging.getLogger("jiarenbase.crash")


def configure_logging(data_dir: Path | str) -> RotatingFileHandler:
    """The app's log file, logs/jiarenbase.log (1 MB × 5), on the root logger; every
    line it writes has its ID numbers and mobiles masked, tracebacks included.
    Calling it again for the same folder returns the handler already there."""
    path = (logs_dir(Path(data_dir)) / LOG_NAME).resolve()
    root = logging.getLogger()
    for h in root.handlers:
        if isinstance(h, RotatingFileHandler) and h.get_name() == _HANDLER_NAME and Path(h.baseFilename) == path:
            return h
    handler = RotatingFileHandler(path, maxBytes=LOG_MAX_BYTES, backupCount=LOG_BACKUPS, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    return handler


def remove_logging(handler: logging.Handler) -> None:
    logging.getLogger().removeHandler(handler)
    handler.close()


class CrashHandler(QObject):
    """Reports uncaught exceptions; `uninstall()` puts the previous hooks back."""

    raised_in_thread = Signal(str, str)  # summary, details — delivered on the GUI thread

    def __init__(self, data_dir: Path | str, lang: str = "zh") -> None:
        super().__init__()
        self.lang = lang
        self.log_handler = configure_logging(data_dir)
        self.log_path = Path(self.log_handler.baseFilename)
        self.dialogs: list = []
        self._reporting = False
        self._previous = (sys.excepthook, threading.excepthook)
        self.raised_in_thread.connect(self._show)

    # ------------------------------------------------------------------ hooks
    def install(self) -> CrashHandler:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook
        return self

    def uninstall(self) -> None:
        if sys.excepthook == self.excepthook:
            sys.excepthook = self._previous[0]
        if threading.excepthook == self.thread_excepthook:
            threading.excepthook = self._previous[1]

    def excepthook(self, exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            _fallback(exc_type, exc, tb)
            return
        if self._reporting:  # an error while reporting an error: print it, never loop
            _fallback(exc_type, exc, tb)
            return
        self._reporting = True
        try:
            summary, details = self._describe(exc_type, exc, tb)
            logged = self._write_log(details)
            if QThread.currentThread() is self.thread():
                self._show(summary, details, logged)
            else:
                self.raised_in_thread.emit(summary, details)
        except BaseException:  # the hook itself failed
            _fallback(exc_type, exc, tb)
            _fallback(*sys.exc_info())
        finally:
            self._reporting = False

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit:
            return
        try:
            summary, details = self._describe(args.exc_type, args.exc_value, args.exc_traceback)
            details = mask_sensitive(f"Thread: {getattr(args.thread, 'name', '?')}\n{details}")
            self._write_log(details)
            self.raised_in_thread.emit(summary, details)  # queued to the GUI thread
        except BaseException:
            _fallback(args.exc_type, args.exc_value, args.exc_traceback)

    # ------------------------------------------------------------------ reporting
    def _describe(self, exc_type, exc, tb) -> tuple[str, str]:
        """(summary, details) as a person may read them: the traceback with its ID numbers
        and mobiles masked; the summary also without SQL or parameters."""
        details = mask_sensitive("".join(traceback.format_exception(exc_type, exc, tb)))
        if isinstance(exc, JiarenError):
            summary = exc.text(self.lang)
        else:
            # a bug: its type and first line, scrubbed of SQL, parameters, ID numbers and phones
            from ..core.errors_plain import scrub  # here: it imports SQLAlchemy, which start-up defers

            detail = scrub(str(exc))
            summary = f"{exc_type.__name__}: {detail}" if detail else exc_type.__name__
        return mask_sensitive(summary), details

    def _write_log(self, details: str) -> bool:
        try:
            log.error("Unexpected error\n%s", details.rstrip())
            self.log_handler.flush()
            return self.log_path.exists()
        except Exception:  # a full disk must not stop the dialog
            return False

    def _show(self, summary: str, details: str, logged: bool = True) -> None:
        from .dialogs.error_dialog import ErrorDialog

        app = QApplication.instance()
        if app is None:
            if sys.stderr is not None:
                sys.stderr.write(mask_sensitive(details))
            return
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        if len(self.dialogs) >= MAX_OPEN_DIALOGS:
            return  # logged already
        dialog = ErrorDialog(summary, details, self.log_path if logged else None, app.activeWindow())
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        self.dialogs.append(dialog)
        dialog.show()
        dialog.raise_()

    def _closed(self, dialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
        dialog.deleteLater()


def _fallback(exc_type, exc, tb) -> None:
    """The traceback on stderr (what sys.__excepthook__ prints), masked."""
    with contextlib.suppress(BaseException):  # nothing more can be done
        if sys.stderr is not None:  # None in the windowed Windows program
            sys.stderr.write(mask_sensitive("".join(traceback.format_exception(exc_type, exc, tb))))
            sys.stderr.flush()


def install_excepthook(data_dir: Path | str, lang: str = "zh") -> CrashHandler:
    """Route uncaught exceptions (GUI thread and Python threads) to the error dialog."""
    return CrashHandler(data_dir, lang).install()
