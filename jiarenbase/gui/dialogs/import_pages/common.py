"""What the import wizard's pages share: the chosen school/cohort and message styling."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QLabel

ERROR_STYLE = "color: #b42318;"
NOTE_STYLE = "color: #57606a;"
OK_STYLE = "color: #1a7f37;"


@dataclass(frozen=True)
class ImportTarget:
    """Where the roster goes: an existing school/cohort (by id) or new ones (by name/code)."""

    school_id: int | None
    school_name: str
    cohort_id: int | None
    cohort_code: str
    cohort_name: str = ""  # a new cohort's name and dates (新建批次)
    start_date: date | None = None
    end_date: date | None = None

    @property
    def both_exist(self) -> bool:
        return self.school_id is not None and self.cohort_id is not None

    @property
    def new_school(self) -> bool:
        return self.school_id is None

    @property
    def new_cohort(self) -> bool:
        return self.cohort_id is None


def show_message(label: QLabel, text: str, style: str = ERROR_STYLE) -> None:
    """Show `text` in `label` (hidden when empty)."""
    label.setStyleSheet(style)
    label.setText(text)
    label.setVisible(bool(text))
