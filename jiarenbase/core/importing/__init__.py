"""Roster import (名单导入): read a partner school's Excel/CSV roster into a checked
preview, and write the rows that need fixing back to an error workbook.

Pure and Qt-free; the enrolment service saves `RosterPreview.accepted`.
"""
from ..errors import ImportFileError
from .errors_workbook import write_error_workbook
from .model import RosterPreview, RosterRow, RowProblem, StudentDraft
from .roster import read_roster

__all__ = [
    "read_roster",
    "RosterPreview",
    "RosterRow",
    "RowProblem",
    "StudentDraft",
    "write_error_workbook",
    "ImportFileError",
]
