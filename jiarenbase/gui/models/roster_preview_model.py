"""The rows of a roster being imported (名单预览), with their status and problems.

A roster is a few hundred rows and is already in memory (RosterPreview), so this
model simply presents `preview.rows` (or only the rows with a problem: 只看问题行).
Rows with an error are light red, rows imported with a warning light yellow, rows
skipped or carrying a note light blue. Views show the tints with
widgets/tinted_rows.TintedRowsDelegate (the theme's stylesheet hides BackgroundRole).
A row with an error or a warning shows its full ID number (the person importing
holds the file anyway and must see which digit is wrong); other rows stay masked.
"""
# zh_CN: English → 中文
#   "Row" → "行号"
#   "Name" → "姓名"
#   "ID number" → "身份证号"
#   "Mobile" → "手机"
#   "Major" → "专业"
#   "Class" → "班级"
#   "Status" → "状态"
#   "Problems" → "问题"
#   "Can import" → "可导入"
#   "Import, with warning" → "导入（有提醒）"
#   "Already enrolled" → "已在册"
#   "Repeated row, skipped" → "重复行，跳过"
#   "Has problems" → "有问题"
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ...core.domain.idcard import mask_id
from ...core.importing import RosterPreview, RosterRow
from ...core.importing.model import join_messages

# Translucent: light tints on the light theme, dark tints on the dark one.
ERROR_BACKGROUND = QColor(229, 57, 53, 56)
WARNING_BACKGROUND = QColor(245, 180, 0, 72)
NOTICE_BACKGROUND = QColor(66, 133, 244, 40)

COLUMNS = ("row", "name", "id_number", "phone", "major", "class_name", "status", "problems")
PROBLEMS_COLUMN = COLUMNS.index("problems")
STATUS_OK, STATUS_WARNED, STATUS_ENROLLED, STATUS_REPEATED, STATUS_PROBLEM = (
    "ok", "warned", "enrolled", "repeated", "problem")

Index = QModelIndex | QPersistentModelIndex


def status_of(row: RosterRow) -> str:
    if row.already_enrolled:
        return STATUS_ENROLLED
    if row.repeats is not None:
        return STATUS_REPEATED
    if not row.accepted:
        return STATUS_PROBLEM
    return STATUS_WARNED if row.warnings else STATUS_OK


def has_problem(row: RosterRow) -> bool:
    """Worth a look before importing: an error or a warning (a skipped row is not)."""
    return row.flagged and not row.skipped


class RosterPreviewModel(QAbstractTableModel):
    def __init__(self, lang: str = "zh", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._all: tuple[RosterRow, ...] = ()
        self._rows: tuple[RosterRow, ...] = ()
        self.problems_only = False
        self._headers = (self.tr("Row"), self.tr("Name"), self.tr("ID number"), self.tr("Mobile"),
                         self.tr("Major"), self.tr("Class"), self.tr("Status"), self.tr("Problems"))
        self._status = {STATUS_OK: self.tr("Can import"), STATUS_WARNED: self.tr("Import, with warning"),
                        STATUS_ENROLLED: self.tr("Already enrolled"),
                        STATUS_REPEATED: self.tr("Repeated row, skipped"), STATUS_PROBLEM: self.tr("Has problems")}

    def set_preview(self, preview: RosterPreview | None) -> None:
        self.beginResetModel()
        self._all = preview.rows if preview is not None else ()
        self._rows = self._shown()
        self.endResetModel()

    def set_problems_only(self, on: bool) -> None:
        """Show only the rows with an error or a warning (只看问题行)."""
        if on == self.problems_only:
            return
        self.beginResetModel()
        self.problems_only = on
        self._rows = self._shown()
        self.endResetModel()

    def _shown(self) -> tuple[RosterRow, ...]:
        return tuple(r for r in self._all if has_problem(r)) if self.problems_only else self._all

    def roster_row(self, row: int) -> RosterRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
                return self._headers[section]
            if orientation == Qt.Orientation.Vertical and 0 <= section < len(self._rows):
                return str(section + 1)
        return None

    def _text(self, row: RosterRow, column: str) -> str:
        d = row.draft
        if column == "row":
            return str(row.excel_row)
        if column == "status":
            return self._status[status_of(row)]
        if column == "problems":
            return join_messages((p.cell_text(self.lang) for p in row.problems), self.lang)
        if column == "id_number":
            number = d.id_number if d is not None else row.raw.get("id_number", "").strip()
            return number if has_problem(row) else mask_id(number)
        if column == "phone" and d is not None and not d.phone:  # a malformed one, left empty: as typed
            return row.raw.get("phone", "")
        if d is not None:
            return str(getattr(d, column))
        return row.raw.get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column == "problems" and row.problems:
            return "\n".join(p.cell_text(self.lang) for p in row.problems)
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.errors and not row.skipped:
                return QBrush(ERROR_BACKGROUND)
            if row.warnings and not row.skipped:
                return QBrush(WARNING_BACKGROUND)
            if row.problems:
                return QBrush(NOTICE_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "row":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
