"""What a roster import produces: a preview of every row, with its problems.

Nothing here touches a file or the database; `roster.read_roster` builds these and
the enrolment service consumes `RosterPreview.accepted`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Literal

from ..domain.enums import Sex
from .headers import label_en

# error: the row is not imported; warning: imported and flagged (the value was left
# out or replaced, the message names what was typed); notice: for information only
# (already enrolled, a repeated row, a month taken as its last day).
Severity = Literal["error", "warning", "notice"]

_ENDS = "。；;，, "


def join_messages(texts, lang: str = "zh") -> str:
    """Several messages for one cell, as one sentence list: "性别：…核对；手机：…。"
    (not "…请核对。；手机"), or "sex: …; mobile: …." in English."""
    parts = [t.rstrip(_ENDS) for t in texts if t and t.strip()]
    if not parts:
        return ""
    if lang == "en":
        return "; ".join(p.rstrip(".") for p in parts) + "."
    return "；".join(parts) + "。"


@dataclass(frozen=True)
class RowProblem:
    """One thing wrong with (or worth knowing about) one cell of one row.

    `column` is the field's Chinese label ("身份证号") or, for a column the importer
    does not know, the header text. Only an "error" stops the row from being added.
    """

    excel_row: int
    column: str
    zh: str
    en: str
    severity: Severity = "error"
    column_en: str = ""

    @property
    def is_error(self) -> bool:
        return self.severity == "error"

    @property
    def is_warning(self) -> bool:
        return self.severity == "warning"

    def cell_text(self, lang: str = "zh") -> str:
        """The message without the row number: "身份证号：…"."""
        if lang == "en":
            col = self.column_en or label_en(self.column)
            return f"{col}: {self.en}" if col else self.en
        return f"{self.column}：{self.zh}" if self.column else self.zh

    def text(self, lang: str = "zh") -> str:
        """"第12行：身份证号：…" / "row 12: ID number: …"."""
        if lang == "en":
            return f"row {self.excel_row}: {self.cell_text('en')}"
        return f"第{self.excel_row}行：{self.cell_text('zh')}"


@dataclass(frozen=True)
class StudentDraft:
    """A student as read from the roster, checked and normalised, not yet saved."""

    name: str
    id_number: str  # 18 characters, upper-case X
    sex: Sex
    birth_date: date
    student_number: str = ""
    major: str = ""
    class_name: str = ""
    phone: str = ""
    hukou_district: str = ""
    residence_district: str = ""
    left_school_on: date | None = None
    remark: str = ""


@dataclass(frozen=True)
class RosterRow:
    """One data row of the sheet.

    `raw` keeps the original text of every recognised column (field key → text) so
    that the error workbook can give the school back exactly what it sent. `draft` is
    None when the row has no usable name or ID number.
    """

    excel_row: int
    raw: dict[str, str]
    draft: StudentDraft | None
    problems: tuple[RowProblem, ...] = ()
    already_enrolled: bool = False
    repeats: int | None = None  # the earlier row this one repeats exactly (same ID, same name)

    @property
    def errors(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.is_error)

    @property
    def warnings(self) -> tuple[RowProblem, ...]:
        return tuple(p for p in self.problems if p.is_warning)

    @property
    def skipped(self) -> bool:
        """Not added although it may be valid: already enrolled, or a repeat of an earlier row."""
        return self.already_enrolled or self.repeats is not None

    @property
    def flagged(self) -> bool:
        """Has an error or a warning: the preview shows such a row's full ID number."""
        return any(p.severity != "notice" for p in self.problems)

    @property
    def accepted(self) -> bool:
        """The row is valid (it may still be already enrolled: see RosterPreview)."""
        return self.draft is not None and not any(p.is_error for p in self.problems)


@dataclass(frozen=True)
class RosterPreview:
    """The whole roster as read, before anything is saved.

    The rows fall into three disjoint groups:
    - `accepted`: valid and new — what the enrolment service adds (warnings included);
    - `already_enrolled`: skipped — the ID number is already in the base (whatever
      else the row says), or the row repeats an earlier row exactly;
    - `rejected`: has at least one error — goes to the error workbook.
    """

    path: str
    sheet: str  # sheet title; "" for a CSV file
    header_row: int  # 1-based
    columns: dict[str, str]  # field key → header text as found, in column order
    rows: tuple[RosterRow, ...]
    ignored_columns: tuple[str, ...] = ()
    footer_row: int | None = None  # where a 合计/制表人… line stopped the reading
    ignored_sheets: tuple[str, ...] = field(default=())  # the workbook's other sheets
    title: str = ""  # the text above the header (a title row naming the school…)

    @property
    def accepted(self) -> list[RosterRow]:
        return [r for r in self.rows if r.accepted and not r.skipped]

    @property
    def already_enrolled(self) -> list[RosterRow]:
        return [r for r in self.rows if r.accepted and r.skipped]

    @property
    def rejected(self) -> list[RosterRow]:
        """Rows with an error: not imported, whether or not the person is already enrolled."""
        return [r for r in self.rows if not r.accepted]

    @property
    def warned(self) -> list[RosterRow]:
        """Accepted rows that carry a warning (imported and flagged)."""
        return [r for r in self.accepted if r.warnings]

    @property
    def drafts(self) -> list[StudentDraft]:
        """The drafts of the accepted rows."""
        return [r.draft for r in self.accepted if r.draft is not None]

    @property
    def problems(self) -> list[RowProblem]:
        return [p for r in self.rows for p in r.problems]

    def summary(self, lang: str = "zh") -> str:
        a, e, r = len(self.accepted), len(self.already_enrolled), len(self.rejected)
        if lang == "en":
            return f"{a} to add, {e} already enrolled, {r} with errors"
        return f"可导入{a}人，已在册{e}人，有错误{r}人"
