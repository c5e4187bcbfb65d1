"""What every page and dialog gets: the database, the signed-in user, the
operations (the one way to run a service call off the GUI thread), the language,
the data directory, the undo stack and the status-bar confirmations (notify)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtGui import QUndoStack

from ..core.services.context import Actor, Database
from .notices import Notices
from .operations import Operations


@dataclass
class AppContext:
    db: Database
    actor: Actor
    ops: Operations
    lang: str = "zh"
    data_dir: Path = field(default_factory=Path.cwd)
    undo: QUndoStack = field(default_factory=QUndoStack)
    notices: Notices = field(default_factory=Notices)

    def notify(self, text: str, *, undoable: bool = False) -> None:
        """Confirm a save, import, assignment or deletion in the status bar."""
        self.notices.post(text, undoable=undoable)

    @property
    def is_mentor(self) -> bool:
        return self.actor.is_mentor

    @property
    def is_admin(self) -> bool:
        return self.actor.is_admin

    def message(self, exc: BaseException) -> str:
        """The user-facing text of an error in the UI language, its ID numbers and
        mobiles masked whatever it is (a domain error's own text included)."""
        from ..core.errors_plain import mask_sensitive

        return mask_sensitive(self._message(exc))

    def _message(self, exc: BaseException) -> str:
        from ..core.errors import JiarenError
        from ..core.errors_plain import explain, scrub

        if isinstance(exc, JiarenError):
            return exc.text(self.lang)
        plain = explain(exc, database=self.db.url)  # a disk, file or server problem, in plain words
        if plain is not None:
            return plain.text(self.lang)
        detail = scrub(str(exc))  # never SQL, parameters, ID numbers or phones
        return (f"Unexpected error ({type(exc).__name__}): {detail}" if self.lang == "en"
                else f"出现意外错误（{type(exc).__name__}）：{detail}")
