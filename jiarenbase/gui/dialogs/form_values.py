"""Small helpers the record dialogs share: combo boxes that carry ids or enum codes,
optional dates (a check box beside a QDateEdit), enum labels in the UI language."""
from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from enum import Enum
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit

from ...core.domain.centres import all_centres
from ...core.errors import Problem
from ...core.services.validation import Checker


def enum_label(member: Enum, lang: str) -> str:
    """The label staff see: Chinese by default, the code made readable in English."""
    if lang == "zh" and hasattr(member, "zh"):
        return member.zh  # type: ignore[attr-defined]
    return str(member.value).replace("_", " ").capitalize()


def fill_combo(combo: QComboBox, items: Iterable[tuple[str, Any]], none_text: str | None = None) -> None:
    """Replace the items; data are plain ints/strs (enum members: their .value).
    With `none_text` the first item stands for "nothing chosen" (data None)."""
    blocked = combo.blockSignals(True)
    combo.clear()
    if none_text is not None:
        combo.addItem(none_text, None)
    for text, data in items:
        combo.addItem(text, data.value if isinstance(data, Enum) else data)
    combo.blockSignals(blocked)


def fill_enum(combo: QComboBox, enum_cls: type[Enum], lang: str, members: Iterable[Enum] | None = None) -> None:
    fill_combo(combo, ((enum_label(m, lang), m) for m in (members or enum_cls)))


def combo_value(combo: QComboBox) -> Any:
    return combo.currentData() if combo.currentIndex() >= 0 else None


def enum_value(combo: QComboBox, enum_cls: type[Enum]) -> Any:
    data = combo_value(combo)
    return enum_cls(data) if data is not None else None


def select_value(combo: QComboBox, value: Any) -> bool:
    """Choose the item whose data is `value` (None: the "nothing" item, else the first)."""
    if isinstance(value, Enum):
        value = value.value
    for i in range(combo.count()):
        if combo.itemData(i) == value:
            combo.setCurrentIndex(i)
            return True
    combo.setCurrentIndex(0 if combo.count() else -1)
    return False


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def set_optional_date(check: QCheckBox, edit: QDateEdit, value: date | None,
                      default: date | None = None) -> None:
    check.setChecked(value is not None)
    edit.setEnabled(value is not None)
    edit.setDate(to_qdate(value or default or date.today()))


def optional_date(check: QCheckBox, edit: QDateEdit) -> date | None:
    return edit.date().toPython() if check.isChecked() else None


def link_optional_date(check: QCheckBox, edit: QDateEdit) -> None:
    """The date edit is usable only while its check box is ticked."""
    check.toggled.connect(edit.setEnabled)
    edit.setEnabled(check.isChecked())


def fill_districts(combo: QComboBox) -> None:
    """An editable combo of the 16 Shanghai districts (free text stays possible)."""
    fill_combo(combo, ((c.district, c.district) for c in all_centres()), none_text="")


def district_text(combo: QComboBox) -> str:
    return combo.currentText().strip()


def set_district(combo: QComboBox, value: str) -> None:
    i = combo.findText(value)
    if i >= 0:
        combo.setCurrentIndex(i)
    else:
        combo.setEditText(value)


def phone_problems(text: str, field: str = "手机", field_en: str = "phone") -> list[Problem]:
    """The services' own mobile-number check (pure), for checking as the user types."""
    checker = Checker()
    checker.phone(text, field, field_en)
    return checker.problems
