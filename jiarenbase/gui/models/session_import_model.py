"""The rows of a platform CSV being imported as practice sessions, with their status
and reasons. An export is at most a few hundred rows, already in memory
(SessionImportPreview): the model presents `preview.rows`; rejected rows are light
red, skipped ones (totals row, imported before) light yellow — shown through
widgets/tinted_rows.TintedRowsDelegate.
"""
# zh_CN: English → 中文
#   Line → 行号; Status → 状态; Student → 学员; Start → 开始时间; Viewers → 观看人数; Buyers → 成交人数
#   GMV → 成交金额; Reason → 原因; Will import → 将导入; Rejected → 不导入; Skipped → 跳过
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush

from ...core.services.session_import import ImportRow, SessionImportPreview
from .roster_preview_model import ERROR_BACKGROUND, NOTICE_BACKGROUND

COLUMNS = ("line", "status", "reason", "student", "start", "viewers", "buyers", "gmv")
Index = QModelIndex | QPersistentModelIndex


class SessionImportPreviewModel(QAbstractTableModel):
    def __init__(self, lang: str = "zh", parent=None) -> None:
        super().__init__(parent)
        self.lang = lang
        self._rows: tuple[ImportRow, ...] = ()
        self._headers = (self.tr("Line"), self.tr("Status"), self.tr("Reason"), self.tr("Student"),
                         self.tr("Start"), self.tr("Viewers"), self.tr("Buyers"), self.tr("GMV"))

    def set_preview(self, preview: SessionImportPreview | None) -> None:
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        self.endResetModel()

    def import_row(self, row: int) -> ImportRow:
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

    def _status(self, row: ImportRow) -> str:
        if row.accepted:
            return self.tr("Will import")
        return self.tr("Skipped") if row.skipped else self.tr("Rejected")

    def _reason(self, row: ImportRow) -> str:
        return "；".join(p.text(self.lang) for p in row.problems) if self.lang != "en" else \
            "; ".join(p.text("en") for p in row.problems)

    def _text(self, row: ImportRow, column: str) -> str:
        data = row.data
        if column == "line":
            return str(row.line)
        if column == "status":
            return self._status(row)
        if column == "student":
            return row.student_name
        if column == "reason":
            return self._reason(row)
        if data is None:
            return ""
        if column == "start":
            return f"{data.started_at:%Y-%m-%d %H:%M}–{data.ended_at:%H:%M}"
        value = getattr(data.counts, column)
        return f"{value:,.2f}" if column == "gmv" else f"{value:,}"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row, column = self._rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("reason", "status") and row.problems:
            return "\n".join(p.text(self.lang) for p in row.problems)
        if role == Qt.ItemDataRole.BackgroundRole and not row.accepted:
            return QBrush(NOTICE_BACKGROUND if row.skipped else ERROR_BACKGROUND)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("line", "viewers", "buyers", "gmv"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
