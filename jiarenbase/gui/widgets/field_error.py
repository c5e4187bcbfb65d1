"""Inline, per-field error messages for record forms.

Each input of a form has an error label in the form row below it (`<field>Error` in
the .ui). `FieldErrors` maps a problem's field — the Chinese label the services put
in `Problem.field`, e.g. "姓名" — to that input and label: the message appears in red
under the input, the input gets a red border, and the row is hidden again when the
error is cleared. Problems of fields the form does not show go to a general label.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from ...core.errors import Problem

ERROR_COLOUR = "#c62828"


def style_error_label(label: QLabel) -> None:
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


def _form_of(label: QLabel) -> QFormLayout | None:
    """The QFormLayout that holds `label` (searched from the window down)."""
    for form in label.window().findChildren(QFormLayout):
        row, _role = form.getWidgetPosition(label)
        if row >= 0:
            return form
    return None


class FieldErrors:
    """The error labels of one form, keyed by the services' field names."""

    def __init__(self, general: QLabel, lang: str = "zh") -> None:
        self.general = general
        self.lang = lang
        self._inputs: dict[str, QWidget] = {}
        self._labels: dict[str, QLabel] = {}
        self._messages: dict[str, str] = {}
        style_error_label(general)
        general.hide()

    # -- wiring --------------------------------------------------------------
    def bind(self, field: str, widget: QWidget, label: QLabel | None) -> None:
        """`field` is the Chinese field name the services use (Problem.field)."""
        self._inputs[field] = widget
        if label is not None:
            self._labels[field] = label
            style_error_label(label)
            self._show_label(label, "")

    def widget(self, field: str) -> QWidget | None:
        return self._inputs.get(field)

    def fields(self) -> list[str]:
        return list(self._inputs)

    # -- showing -------------------------------------------------------------
    def _show_label(self, label: QLabel, text: str) -> None:
        label.setText(text)
        form = _form_of(label)
        if form is not None:
            form.setRowVisible(label, bool(text))
        else:
            label.setVisible(bool(text))

    def _mark(self, widget: QWidget, bad: bool) -> None:
        name = widget.objectName()
        widget.setStyleSheet(f"#{name} {{ border: 2px solid {ERROR_COLOUR}; border-radius: 4px; }}"
                             if bad and name else "")

    def set_error(self, field: str, message: str) -> None:
        """Show (or, with an empty message, clear) one field's error."""
        if message:
            self._messages[field] = message
        else:
            self._messages.pop(field, None)
        label = self._labels.get(field)
        if label is not None:
            self._show_label(label, message)
        widget = self._inputs.get(field)
        if widget is not None:
            self._mark(widget, bool(message))

    def set_general(self, message: str) -> None:
        self.general.setText(message)
        self.general.setVisible(bool(message))

    def show_problems(self, problems: Iterable[Problem]) -> QWidget | None:
        """Put each problem under its field; the rest in the general label. Returns
        the input of the first bad field in form order (to give it the focus)."""
        general: list[str] = []
        by_field: dict[str, list[str]] = {}
        for p in problems:
            if p.field in self._inputs:
                by_field.setdefault(p.field, []).append(p.en if self.lang == "en" else p.zh)
            else:
                general.append(p.text(self.lang))
        for field, texts in by_field.items():
            self.set_error(field, "\n".join(texts))
        self.set_general("\n".join(general))
        first = next((f for f in self._inputs if f in by_field), None)
        return self._inputs[first] if first else None

    def clear(self) -> None:
        for field in list(self._inputs):
            self.set_error(field, "")
        self._messages.clear()
        self.set_general("")

    # -- reading (tests, and the dialog's own logic) ---------------------------
    def message(self, field: str) -> str:
        return self._messages.get(field, "")

    def shown(self) -> dict[str, str]:
        return dict(self._messages)

    def label(self, field: str) -> QLabel | None:
        return self._labels.get(field)

    def has_errors(self) -> bool:
        return bool(self._messages) or bool(self.general.text())
