"""导师工作量: per mentor, the students they guide per stage and the sessions of a
week against their weekly capacity; over-capacity rows are tinted and say so.
Staff see every active mentor, a mentor only their own row.

    page = MentorWorkloadPage(ctx)   # loads when first shown, or on refresh()
"""
# zh_CN: English → 中文
#   Mentor workload → 导师工作量
#   Previous week → 上一周; This week → 本周; Next week → 下一周
#   Previous week (Alt+Left) → 上一周（Alt+←）; Next week (Alt+Right) → 下一周（Alt+→）
#   Back to this week (Alt+Home) → 回到本周（Alt+Home）
#   Week of %1 to %2 → %1 至 %2 这一周; (this week) → （本周）
#   Mentor → 导师; Cognitive → 认知; Project → 项目; Live → 实战; Students → 学员合计
#   Sessions this week → 本周场次; Capacity → 每周上限; Load → 负荷; Status → 状态
#   Loading… → 正在载入…
#   %1 booked in rooms + %2 logged without a booking → 直播间预约 %1 场 + 无预约的实训记录 %2 场
#   Over capacity by %1 → 超出上限 %1 场; Near capacity → 接近上限; %1 free → 尚余 %1 场
#   No capacity set → 未设每周上限
#   %1 mentors · %2 students in training · %3 of %4 sessions used (%5) · %6 over capacity
#     → %1 名导师 · 在训学员 %2 名 · 已用 %3 / %4 场（%5） · %6 名超出上限
#   Your students and your sessions of the week → 您的学员和本周带训场次
#   No active mentors yet. Add mentors on the Mentors page. → 还没有在岗的导师。请在“导师”页新建导师。
#   Your account is not linked to a mentor record; ask an administrator. → 您的账号尚未关联导师档案，请联系管理员。
#   Sessions this week = room bookings of the mentor in the week plus sessions logged without such a booking.
#     → 本周场次 = 本周该导师的直播间预约 + 没有对应预约的实训记录。
from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence
from PySide6.QtWidgets import QStyle, QTableWidgetItem, QWidget

from ...core.services.mentor_workload import MentorWorkloadDTO, mentor_workload, week_of
from ..context import AppContext
from ..forms.ui_mentor_workload_page import Ui_MentorWorkloadPage
from ..lazy import LazyLoad
from ..widgets.load_bar_delegate import LOAD_ROLE, LoadBarDelegate
from ..widgets.table_fit import fit_columns
from ..widgets.tinted_rows import TintedRowsDelegate

OVER_TINT = QColor(229, 57, 53, 45)  # translucent red: readable on light and dark themes
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LOAD_COLUMN, STATUS_COLUMN = 7, 8


class MentorWorkloadPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MentorWorkloadPage()
        self.ui.setupUi(self)
        self.setObjectName("mentor_workload")
        self.day = date.today()
        self.rows: list[MentorWorkloadDTO] = []
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.legend.setStyleSheet("color: palette(mid);")
        ui.previousWeek.clicked.connect(lambda: self.show_week(self.day - timedelta(days=7)))
        ui.thisWeek.clicked.connect(lambda: self.show_week(date.today()))
        ui.nextWeek.clicked.connect(lambda: self.show_week(self.day + timedelta(days=7)))
        for button, keys, tip in ((ui.previousWeek, "Alt+Left", self.tr("Previous week (Alt+Left)")),
                                  (ui.nextWeek, "Alt+Right", self.tr("Next week (Alt+Right)")),
                                  (ui.thisWeek, "Alt+Home", self.tr("Back to this week (Alt+Home)"))):
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(tip)
        table = ui.table
        headers = [self.tr("Mentor"), self.tr("Cognitive"), self.tr("Project"), self.tr("Live"),
                   self.tr("Students"), self.tr("Sessions this week"), self.tr("Capacity"), self.tr("Load"),
                   self.tr("Status")]
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)
        table.setItemDelegate(TintedRowsDelegate(table))
        table.setItemDelegateForColumn(LOAD_COLUMN, LoadBarDelegate(table))
        fit_columns(table, stretch=LOAD_COLUMN)
        self._show_week_label()

    # -- loading -------------------------------------------------------------------
    def show_week(self, day: date) -> None:
        self.day = day
        self._show_week_label()
        self.refresh()

    def refresh(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ui.summary.setText(self.tr("Loading…"))
        # latest only: an older week answering after a newer one was asked for is dropped
        self.ctx.ops.run(self, mentor_workload, self.ctx.db, self.ctx.actor, self.day,
                         success=self._loaded, failure=self._failed, latest="week")

    def _failed(self, exc: Exception) -> None:
        self.ui.summary.setText(self.ctx.message(exc))

    def _loaded(self, rows: list[MentorWorkloadDTO]) -> None:
        self.rows = list(rows)
        self._fill(self.rows)
        self.ui.summary.setText(self._summary(self.rows))

    # -- showing -------------------------------------------------------------------
    def _show_week_label(self) -> None:
        monday, sunday = week_of(self.day)
        text = self.tr("Week of %1 to %2").replace("%1", f"{monday:%Y-%m-%d}").replace("%2", f"{sunday:%Y-%m-%d}")
        if week_of(date.today())[0] == monday:
            text += " " + self.tr("(this week)")
        self.ui.weekLabel.setText(text)
        self.ui.thisWeek.setEnabled(week_of(date.today())[0] != monday)

    def _fill(self, rows: list[MentorWorkloadDTO]) -> None:
        table = self.ui.table
        if not rows:
            self.ui.emptyLabel.setText(
                self.tr("Your account is not linked to a mentor record; ask an administrator.") if self.ctx.is_mentor
                else self.tr("No active mentors yet. Add mentors on the Mentors page."))
            self.ui.stack.setCurrentWidget(self.ui.emptyLabel)
        else:
            self.ui.stack.setCurrentWidget(table)
        table.setRowCount(len(rows))
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for r, row in enumerate(rows):
            sessions = QTableWidgetItem(str(row.sessions))
            sessions.setToolTip(self.tr("%1 booked in rooms + %2 logged without a booking")
                                .replace("%1", str(row.booked_sessions)).replace("%2", str(row.unbooked_sessions)))
            cells = [QTableWidgetItem(row.mentor_name)]
            cells += [QTableWidgetItem(str(n)) for n in (row.cognitive, row.project, row.live, row.students)]
            cells += [sessions, QTableWidgetItem(str(row.weekly_capacity))]
            load = QTableWidgetItem(self._load_text(row))
            load.setData(LOAD_ROLE, row.load_ratio)
            status = QTableWidgetItem(self._status_text(row))
            if row.over_capacity:
                status.setIcon(warning)
                status.setForeground(QBrush(QColor("#c62828")))
            cells += [load, status]
            for c, item in enumerate(cells):
                item.setData(Qt.ItemDataRole.UserRole, row.mentor_id)
                if 1 <= c <= 6:
                    item.setTextAlignment(NUMBER)
                if row.over_capacity:
                    item.setBackground(QBrush(OVER_TINT))
                table.setItem(r, c, item)
        fit_columns(table, stretch=LOAD_COLUMN)

    def _load_text(self, row: MentorWorkloadDTO) -> str:
        ratio = row.load_ratio
        if ratio is None or ratio == float("inf"):
            return f"{row.sessions}/{row.weekly_capacity}"
        return f"{row.sessions}/{row.weekly_capacity}  {ratio:.0%}"

    def _status_text(self, row: MentorWorkloadDTO) -> str:
        if row.over_capacity:
            return self.tr("Over capacity by %1").replace("%1", str(-row.spare))
        if row.weekly_capacity <= 0:
            return self.tr("No capacity set")
        if row.near_capacity:
            return self.tr("Near capacity")
        return self.tr("%1 free").replace("%1", str(row.spare))

    def _summary(self, rows: list[MentorWorkloadDTO]) -> str:
        if self.ctx.is_mentor:
            return self.tr("Your students and your sessions of the week")
        if not rows:
            return ""  # the empty-state text says it
        used = sum(r.sessions for r in rows)
        capacity = sum(r.weekly_capacity for r in rows)
        share = f"{used / capacity:.0%}" if capacity else "—"
        values = (len(rows), sum(r.students for r in rows), used, capacity, share,
                  sum(1 for r in rows if r.over_capacity))
        text = self.tr("%1 mentors · %2 students in training · %3 of %4 sessions used (%5) · %6 over capacity")
        for i, value in reversed(list(enumerate(values, start=1))):
            text = text.replace(f"%{i}", str(value))
        return text
