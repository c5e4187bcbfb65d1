"""The student file's timeline as a read-only table (When, Event, Detail; the
kind is a coloured dot before the date, named in its tooltip), filterable by
kind and by "needs attention". The events arrive already sorted
(newest first) from the student_file service; filtering only picks rows."""
# zh_CN: English → 中文
#   When → 时间
#   Event → 事件
#   Detail → 详情
#   Stage → 阶段
#   Attendance → 出勤
#   Practice session → 实训
#   Sales script → 话术
#   Short video → 短视频
#   Certificate → 证书
#   Placement → 就业
#   Mentor → 导师
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ...core.services.student_file import EventKind, TimelineEvent

KIND_COLOURS = {
    EventKind.STAGE: "#8250df", EventKind.MENTOR: "#bf8700", EventKind.ATTENDANCE: "#0969da",
    EventKind.SESSION: "#1a7f37", EventKind.SCRIPT: "#bc4c00", EventKind.VIDEO: "#d63384",
    EventKind.CERTIFICATE: "#9a6700", EventKind.PLACEMENT: "#0a7c8c",
}
NOTABLE = QColor("#b42318")
Index = QModelIndex | QPersistentModelIndex


def kind_label(kind: EventKind) -> str:
    # QCoreApplication.translate spelled out each time: pyside6-lupdate does not see an alias
    return {
        EventKind.STAGE: QCoreApplication.translate("TimelineModel", "Stage"),
        EventKind.ATTENDANCE: QCoreApplication.translate("TimelineModel", "Attendance"),
        EventKind.SESSION: QCoreApplication.translate("TimelineModel", "Practice session"),
        EventKind.SCRIPT: QCoreApplication.translate("TimelineModel", "Sales script"),
        EventKind.VIDEO: QCoreApplication.translate("TimelineModel", "Short video"),
        EventKind.CERTIFICATE: QCoreApplication.translate("TimelineModel", "Certificate"),
        EventKind.PLACEMENT: QCoreApplication.translate("TimelineModel", "Placement"),
        EventKind.MENTOR: QCoreApplication.translate("TimelineModel", "Mentor"),
    }[kind]


def kind_icon(kind: EventKind, size: int = 12) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(KIND_COLOURS[kind]))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, size - 2, size - 2)
    painter.end()
    return QIcon(pixmap)


class TimelineModel(QAbstractTableModel):
    WHEN, EVENT, DETAIL = range(3)
    EventRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._events: tuple[TimelineEvent, ...] = ()
        self._rows: list[TimelineEvent] = []
        self._lang = "zh"
        self._kind: EventKind | None = None
        self._notable_only = False
        self._icons = {k: kind_icon(k) for k in EventKind}
        self._labels = {k: kind_label(k) for k in EventKind}
        self._headers = [QCoreApplication.translate("TimelineModel", "When"),
                         QCoreApplication.translate("TimelineModel", "Event"),
                         QCoreApplication.translate("TimelineModel", "Detail")]

    # --- feeding -------------------------------------------------------------------
    def set_events(self, events: Sequence[TimelineEvent], lang: str = "zh") -> None:
        self._events, self._lang = tuple(events), lang
        self._refilter()

    def set_filter(self, kind: EventKind | None = None, notable_only: bool = False) -> None:
        self._kind, self._notable_only = kind, notable_only
        self._refilter()

    def _refilter(self) -> None:
        self.beginResetModel()
        kind, notable = self._kind, self._notable_only
        self._rows = [e for e in self._events
                      if (kind is None or e.kind is kind) and (not notable or e.notable)]
        self.endResetModel()

    def event_at(self, row: int) -> TimelineEvent:
        return self._rows[row]

    def total(self) -> int:
        return len(self._events)

    # --- QAbstractTableModel -------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        e, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.WHEN:
                return e.at.strftime("%Y-%m-%d %H:%M" if e.has_time else "%Y-%m-%d")
            title, detail = e.text(self._lang)
            return title if col == self.EVENT else detail
        if role == Qt.ItemDataRole.DecorationRole and col == self.WHEN:
            return self._icons[e.kind]
        if role == Qt.ItemDataRole.ForegroundRole and e.notable and col in (self.EVENT, self.DETAIL):
            return QBrush(NOTABLE)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.WHEN:
            return self._labels[e.kind]
        if role == Qt.ItemDataRole.ToolTipRole:
            title, detail = e.text(self._lang)
            return f"{title}\n{detail}" if detail else title
        if role == self.EventRole:
            return e
        return None
