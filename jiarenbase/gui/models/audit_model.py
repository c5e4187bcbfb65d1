"""The 操作日志 page's two tables.

`AuditLogModel`: the log itself, a WindowedTableModel over audit.list_entries (a log
of 500,000 entries gets its row count from the first page; pages are read where the
user looks), filtered in SQL; `set_filters` replaces every filter with one reload.

`AuditChangesModel`: one entry's before/after side by side (field, before, after),
the rows whose value changed highlighted. The texts come masked from the service.
"""
# zh_CN: English → 中文
#   Time → 时间; User → 用户; Action → 操作; Record → 对象; No. → 记录编号; Origin → 来源
#   Audit log → 操作日志
#   Field → 字段; Before → 修改前; After → 修改后; changed → 已修改
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...core.audit_text import action_label, entity_label
from ...core.services import audit
from ...core.services.audit import AuditRowDTO, FieldChange, to_local
from .spec import Column, ListSpec
from .windowed_model import WindowedTableModel

Index = QModelIndex | QPersistentModelIndex

TIME_COLUMN = 0
# Translucent amber (as the roster preview's notices): light on the light theme, dark on
# the dark one, the theme's text readable on both. Painted by TintedRowsDelegate (the
# theme's stylesheet hides BackgroundRole).
CHANGED_TINT = QBrush(QColor(245, 180, 0, 72))


def when(row: AuditRowDTO) -> str:
    return f"{to_local(row.at):%Y-%m-%d %H:%M:%S}"


def audit_spec(lang: str = "zh") -> ListSpec:
    """The log's columns; only the time sorts (by entry number: a 500k-row log sorts
    nothing else fast enough to page through)."""
    return ListSpec(
        key="audit",
        title=QT_TRANSLATE_NOOP("ListSpecs", "Audit log"),
        columns=(
            Column(QT_TRANSLATE_NOOP("ListSpecs", "Time"), when, sort="at", width=160),
            Column(QT_TRANSLATE_NOOP("ListSpecs", "User"), lambda r: r.username, width=100),
            Column(QT_TRANSLATE_NOOP("ListSpecs", "Action"), lambda r: action_label(r.action, lang), width=110),
            Column(QT_TRANSLATE_NOOP("ListSpecs", "Record"), lambda r: entity_label(r.entity, lang), width=160,
                   tooltip=lambda r: r.entity),
            Column(QT_TRANSLATE_NOOP("ListSpecs", "No."), lambda r: "" if r.entity_id is None else str(r.entity_id),
                   width=80),
            Column(QT_TRANSLATE_NOOP("ListSpecs", "Origin"), lambda r: r.origin, width=120,
                   tooltip=lambda r: r.origin),
        ),
        fetch=audit.list_entries,
        can_create=False,
        admin_only=True,
        windowed=True,
    )


class AuditLogModel(WindowedTableModel):
    def set_filters(self, filters: dict[str, Any]) -> None:
        """Replace every filter at once (empty values dropped); reload once if they changed."""
        wanted = {k: v for k, v in filters.items() if v not in (None, "")}
        if wanted != self._filters:
            self._filters = wanted
            self.refresh()


class AuditChangesModel(QAbstractTableModel):
    """Field | Before | After of one entry; a changed row is tinted and its field bold
    (the view draws the tint with widgets/tinted_rows.TintedRowsDelegate)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.changes: list[FieldChange] = []
        self._headers = (self.tr("Field"), self.tr("Before"), self.tr("After"))

    def set_changes(self, changes: tuple[FieldChange, ...] | list[FieldChange]) -> None:
        self.beginResetModel()
        self.changes = list(changes)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.changes)) \
                or not (0 <= index.column() < len(self._headers)):
            return None
        change = self.changes[index.row()]
        text = (change.label, change.before, change.after)[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return text.replace("\n", " ⏎ ")  # one line per field; the tooltip has the lines
        if role == Qt.ItemDataRole.ToolTipRole:
            if index.column() == 0:
                return f"{change.label} ({change.field})" if change.field and change.field != change.label else None
            return text or None
        if role == Qt.ItemDataRole.BackgroundRole and change.changed:
            return CHANGED_TINT
        if role == Qt.ItemDataRole.FontRole and change.changed and index.column() == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and change.changed:
            return self.tr("changed")
        return None
