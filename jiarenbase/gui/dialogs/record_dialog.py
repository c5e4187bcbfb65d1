"""The base of every create/edit dialog (school, client, cohort, student, mentor, user).

A subclass sets up its compiled form, names its fields and says how to load, fill,
gather and save; this class does the rest the same way everywhere:

* `record_id=None` creates; otherwise the record is loaded through `ctx.ops`, the
  form filled and the DTO's `version` kept for the save (optimistic locking);
* Save (and Ctrl+S) gathers the input into the service's Input dataclass and calls
  create/update through `ctx.ops`; on success `saved_id` holds the id, `saved`
  is emitted and the dialog is accepted; the Save button is off while a call runs
  (the dialog's calls are its operations: a result that comes back after the dialog
  was closed and deleted is dropped);
* a ValidationError puts each problem under its field (`FieldErrors`), the first bad
  field gets the focus and nothing is saved;
* a ConflictError opens `ConflictDialog`: reload, overwrite or keep editing;
* Cancel/Esc closes without saving, asking first when something was edited.
"""
# zh_CN: English → 中文
#   Discard changes? → 放弃修改？
#   Saved: %1 → 已保存：%1
#   Close without saving? Your changes will be lost. → 不保存就关闭吗？您的修改将丢失。
#   Reload the saved record? Your changes will be lost. → 重新载入已保存的记录吗？您的修改将丢失。
from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)

from ...core.errors import ConflictError, JiarenError, ValidationError
from ..context import AppContext
from ..dialog_fit import scroll_body
from ..widgets.field_error import ERROR_COLOUR, FieldErrors
from .conflict_dialog import ConflictDialog
from .form_values import phone_problems


class RecordDialog(QDialog):
    """Subclasses: set FIELDS and REQUIRED, call `setup_form(ui)` after `setupUi`, then
    `start()`; implement titles, load, fill, gather, create and update."""

    # Problem.field (the services' Chinese label) → attribute of self.ui; each input
    # `x` has a label `xLabel` and an error label `xError`. In form order.
    FIELDS: dict[str, str] = {}
    REQUIRED: tuple[str, ...] = ()  # ui attributes whose labels get a red *

    saved = Signal(int)

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.record_id = record_id
        self.version: int | None = None
        self.record: Any = None  # the DTO as last loaded or saved
        self.saved_id: int | None = None
        self._saving = False
        self._load_failed = False
        self._baseline: list | None = None
        self._settle = False
        self._label_texts: dict[QLabel, str] = {}

    # -- what a subclass provides ---------------------------------------------
    def titles(self) -> tuple[str, str]:
        """(title when creating, title when editing)."""
        raise NotImplementedError

    def choices(self) -> list[tuple[Callable[..., Any], tuple, Callable[[Any], None]]]:
        """Lists to load before the record: (service function, extra args, handler)."""
        return []

    def load(self, db, actor, record_id: int) -> Any:  # runs on the thread pool
        raise NotImplementedError

    def fill(self, dto: Any) -> None:
        raise NotImplementedError

    def gather(self) -> Any:
        """The service's Input from the widgets; may raise ValidationError for what only
        the form can know (e.g. a password typed twice differently)."""
        raise NotImplementedError

    def create(self, db, actor, data: Any) -> Any:  # runs on the thread pool
        raise NotImplementedError

    def update(self, db, actor, record_id: int, version: int | None, data: Any) -> Any:  # thread pool
        raise NotImplementedError

    def saved_notice(self, dto: Any) -> str:
        """The status-bar confirmation after a save: the dialog's title and the record's name."""
        title = self.titles()[0 if self.is_new else 1]
        name = next((str(v) for v in (getattr(dto, a, None) for a in ("name", "code", "title", "username"))
                     if v), "")
        return self.tr("Saved: %1").replace("%1", f"{title}　{name}".strip())

    def prepare_new(self) -> None:
        """Defaults of a new record (after the choices are loaded)."""

    # -- set-up ------------------------------------------------------------------
    @property
    def is_new(self) -> bool:
        return self.record_id is None

    def setup_form(self, ui: Any) -> None:
        self.ui = ui
        scroll_body(self)  # the form scrolls on a short screen; error line and buttons stay
        self.errors = FieldErrors(ui.formError, self.ctx.lang)
        for field, attr in self.FIELDS.items():
            self.errors.bind(field, getattr(ui, attr), getattr(ui, attr + "Error", None))
        for attr in self.REQUIRED:
            self.mark_required(getattr(ui, attr + "Label"), True)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.save)
        self.setWindowTitle(self.titles()[0 if self.is_new else 1])

    def mark_required(self, label: QLabel, required: bool) -> None:
        """Append (or take away) a red * on a field's label."""
        base = self._label_texts.setdefault(label, label.text())
        if required:
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setText(f'{html.escape(base)} <span style="color:{ERROR_COLOUR}">*</span>')
        else:
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setText(base)

    def relabel(self, label: QLabel, text: str) -> None:
        """Give a field's label another text (keeps a * it had)."""
        required = "*" in label.text() and label.textFormat() == Qt.TextFormat.RichText
        self._label_texts[label] = text
        self.mark_required(label, required)

    def start(self) -> None:
        """Load the choices, then the record (or the defaults of a new one)."""
        self._chain(list(self.choices()), self._after_choices)

    def _chain(self, steps: list, then: Callable[[], None]) -> None:
        if not steps:
            then()
            return
        fn, args, handler = steps[0]

        def done(result: Any) -> None:
            handler(result)
            self._chain(steps[1:], then)

        self.run(fn, *args, on_done=done)

    def _after_choices(self) -> None:
        if self.is_new:
            self.prepare_new()
            self._settle = True
            self._settle_if_idle()
        else:
            self.reload()

    # -- service calls -------------------------------------------------------------
    def run(self, fn: Callable[..., Any], *args: Any, on_done: Callable[[Any], None],
            on_error: Callable[[JiarenError], None] | None = None, latest: str | None = None) -> None:
        """`fn(db, actor, *args)` as an operation of this dialog; the Save button is off
        meanwhile. `on_error` (default: `show_failure`) gets the domain errors only.
        With `latest=key`, a call of that key still under way is dropped (not waited for)."""
        if latest is not None:
            self.ctx.ops.cancel(self, latest)
        # A dropped call gives its busy widgets back without a handler: keep Save out of it then.
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done,
                         failure=on_error or self.show_failure, latest=latest,
                         busy=[self.save_button] if latest is None else (), after=self._call_ended)
        self._update_buttons()

    @property
    def busy(self) -> bool:
        """Service calls of this dialog are under way."""
        return self.ctx.ops.pending_for(self) > 0

    def _call_ended(self) -> None:
        self._update_buttons()
        self._settle_if_idle()

    def _update_buttons(self) -> None:
        self.save_button.setEnabled(not self.busy and not self._saving and not self._load_failed)

    def show_failure(self, exc: JiarenError) -> None:
        """An error that is not about one field (no permission, record gone, …)."""
        if isinstance(exc, ValidationError):
            self.show_problems(exc)
        else:
            self.errors.set_general(self.ctx.message(exc))

    def show_problems(self, exc: ValidationError) -> None:
        first = self.errors.show_problems(exc.problems)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def live_check(self, field: str, problems: list, *, show: bool = True) -> None:
        """Show the problems a pure check found under `field` as the user types; with
        show=False (the input is not finished yet) any message is taken away instead."""
        if problems and show:
            self.errors.set_error(field, "\n".join(p.en if self.ctx.lang == "en" else p.zh for p in problems))
        else:
            self.errors.set_error(field, "")

    def watch_phone(self, edit: QLineEdit, field: str = "手机") -> None:
        """Check a mobile number as it is typed (shown once 11 digits are there or the
        input is left)."""
        def typed(text: str) -> None:
            self.live_check(field, phone_problems(text), show=len(text.strip()) >= 11)

        edit.textChanged.connect(typed)
        edit.editingFinished.connect(lambda: self.live_check(field, phone_problems(edit.text())))

    # -- loading -------------------------------------------------------------------
    def reload(self) -> None:
        """(Re)load the record into the form; the user's edits are dropped."""
        def failed(exc: JiarenError) -> None:
            self._load_failed = True
            self.show_failure(exc)

        self.run(self.load, self.record_id, on_done=self._loaded, on_error=failed)

    def _loaded(self, dto: Any) -> None:
        self.record = dto
        self.version = dto.version
        self._load_failed = False
        self.errors.clear()
        self.fill(dto)
        self._settle = True

    def _settle_if_idle(self) -> None:
        """Once the form is filled and nothing is loading, remember it as unedited."""
        if self._settle and not self.busy:
            self._settle = False
            self.mark_clean()

    # -- saving ----------------------------------------------------------------------
    def save(self) -> None:
        if self.busy or self._saving or self._load_failed:
            return
        self.errors.clear()
        try:
            data = self.gather()
        except ValidationError as exc:
            self.show_problems(exc)
            return
        self._submit(data, self.version)

    def _submit(self, data: Any, version: int | None) -> None:
        self._saving = True
        self._update_buttons()
        self.errors.set_general("")
        if self.is_new:
            fn, args = self.create, (data,)
        else:
            fn, args = self.update, (self.record_id, version, data)

        def done(dto: Any) -> None:
            self._saving = False
            self.record, self.version, self.saved_id = dto, dto.version, dto.id
            self.mark_clean()
            self.saved.emit(dto.id)
            self.ctx.notify(self.saved_notice(dto))
            self.accept()

        def failed(exc: JiarenError) -> None:
            self._saving = False
            if isinstance(exc, ConflictError) and not self.is_new:
                self._resolve_conflict(data)
            else:
                self.show_failure(exc)

        self.run(fn, *args, on_done=done, on_error=failed)

    def _resolve_conflict(self, data: Any) -> None:
        choice = ConflictDialog.ask(self)
        if choice == ConflictDialog.RELOAD:
            if self.ask(QCoreApplication.translate("RecordDialog",
                                                   "Reload the saved record? Your changes will be lost.")):
                self.reload()
        elif choice == ConflictDialog.OVERWRITE:
            # Save the user's values over the stored record: read its current version first.
            def overwrite(dto: Any) -> None:
                self.record, self.version = dto, dto.version
                self._submit(data, dto.version)

            self.run(self.load, self.record_id, on_done=overwrite)

    # -- edited? ----------------------------------------------------------------------
    def snapshot(self) -> list:
        """What the inputs show now (to tell whether anything was edited)."""
        values: list = []
        for w in self.findChildren(QWidget):
            if isinstance(w, QLineEdit):
                values.append(w.text())
            elif isinstance(w, QPlainTextEdit):
                values.append(w.toPlainText())
            elif isinstance(w, QCheckBox):
                values.append(w.isChecked())
            elif isinstance(w, QComboBox):  # by value: a list filled again later keeps the choice
                values.append((w.currentData(), w.currentText()))
            elif isinstance(w, QAbstractSpinBox):
                values.append(w.text())
        return values

    def mark_clean(self) -> None:
        self._baseline = self.snapshot()

    def is_dirty(self) -> bool:
        return self._baseline is not None and self.snapshot() != self._baseline

    def ask(self, question: str) -> bool:
        answer = QMessageBox.question(self, QCoreApplication.translate("RecordDialog", "Discard changes?"), question,
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        question = QCoreApplication.translate("RecordDialog", "Close without saving? Your changes will be lost.")
        if self.is_dirty() and not self.ask(question):
            return
        super().reject()
