"""服务期协议: the service agreements of graduates with employers, soonest end first,
with the "ending soon" filter; staff add and edit them (AgreementDialog refuses a
service period without special training fees, 《劳动合同法》第二十二条).

    page = AgreementsPage(ctx)       # loads when first shown (LazyLoad), or on refresh()
    page.show_ending_soon()

Every agreement matching is listed (read page after page: they number in the hundreds),
so the summary's figures count them all.
"""
# zh_CN: English → 中文
#   Service agreements → 服务期协议; Student or employer → 学员或用人单位
#   New agreement… → 新建协议…; Edit… → 编辑…
#   All agreements → 全部协议; Ending within %1 days → %1 天内到期
#   Student → 学员; Employer → 用人单位; Service period → 服务期; Training fee → 专项培训费用
#   Starts → 开始日期; Ends → 结束日期; Status → 状态
#   %1 months → %1 个月; Ended → 已结束; Ends in %1 days → %1 天后到期; Running → 履行中; No end date → 无结束日期
#   No service period → 未约定服务期
#   %1 agreements · %2 ending within %3 days → 协议 %1 份 · %3 天内到期 %2 份
#   No service agreements yet. → 还没有服务期协议。
#   No agreement ends within %1 days. → %1 天内没有到期的协议。
#   Loading… → 正在载入…
#   A service period may be agreed only when the employer paid special training fees (Labour Contract Law, art. 22).
#     → 只有用人单位支付了专项培训费用，才可以约定服务期（《劳动合同法》第二十二条）。
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QTableWidgetItem, QWidget

from ...core.services.clients import ENDING_SOON_DAYS, AgreementDTO, list_service_agreements
from ...core.services.listing import ListQuery
from ..context import AppContext
from ..forms.ui_agreements_page import Ui_AgreementsPage
from ..lazy import LazyLoad
from ..widgets.search_combo import load_all
from ..widgets.table_fit import fit_columns

SOON_TINT = QColor(239, 108, 0, 45)
NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
ALL, ENDING_SOON = range(2)
PAGE = 500  # agreements read at a time, all of them


class AgreementsPage(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_AgreementsPage()
        ui.setupUi(self)
        self.setObjectName("agreements")
        self.rows: list[AgreementDTO] = []
        self.lazy = LazyLoad(self, self.refresh, refresh_key=False)  # F5 is the main window's
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        ui.legend.setStyleSheet("color: palette(mid);")
        ui.legend.setText(self.tr("A service period may be agreed only when the employer paid special training fees "
                                  "(Labour Contract Law, art. 22)."))
        ui.show.addItem(self.tr("All agreements"))
        ui.show.addItem(self.tr("Ending within %1 days").replace("%1", str(ENDING_SOON_DAYS)))
        headers = [self.tr("Student"), self.tr("Employer"), self.tr("Service period"), self.tr("Training fee"),
                   self.tr("Starts"), self.tr("Ends"), self.tr("Status")]
        ui.table.setColumnCount(len(headers))
        ui.table.setHorizontalHeaderLabels(headers)
        ui.show.currentIndexChanged.connect(lambda _i: self.refresh())
        ui.search.returnPressed.connect(self.refresh)
        ui.search.textChanged.connect(lambda text: self.refresh() if not text else None)
        ui.newButton.clicked.connect(lambda: self.open_agreement(None))
        ui.editButton.clicked.connect(self.edit_current)
        ui.table.doubleClicked.connect(lambda _index: self.edit_current())
        ui.table.itemSelectionChanged.connect(self._update_buttons)
        for button in (ui.newButton, ui.editButton):
            button.setVisible(not ctx.is_mentor)
        self._update_buttons()

    def show_ending_soon(self) -> None:
        self.ui.show.setCurrentIndex(ENDING_SOON)
        self.lazy.ensure()

    def refresh(self) -> None:
        self.lazy.started = True  # (also when called before the page was first shown)
        filters = {"ending_soon": True} if self.ui.show.currentIndex() == ENDING_SOON else {}
        query = ListQuery(search=self.ui.search.text().strip(), filters=filters, limit=PAGE)
        self.ui.summary.setText(self.tr("Loading…"))
        self.ctx.ops.run(self, load_all, self.ctx.db, self.ctx.actor, list_service_agreements, query,
                         success=self._loaded, failure=self._failed, latest="agreements")

    def _failed(self, exc: Exception) -> None:
        self.ui.summary.setText(self.ctx.message(exc))

    def _loaded(self, page) -> None:
        self.rows = list(page.rows)
        ui, table = self.ui, self.ui.table
        soon = sum(r.ending_soon for r in self.rows)
        ui.summary.setText(self.tr("%1 agreements · %2 ending within %3 days").replace("%1", str(len(self.rows)))
                           .replace("%2", str(soon)).replace("%3", str(ENDING_SOON_DAYS)))
        if not self.rows:
            ui.emptyLabel.setText(self.tr("No agreement ends within %1 days.").replace("%1", str(ENDING_SOON_DAYS))
                                  if ui.show.currentIndex() == ENDING_SOON else self.tr("No service agreements yet."))
            ui.stack.setCurrentWidget(ui.emptyLabel)
        else:
            ui.stack.setCurrentWidget(table)
        table.setRowCount(len(self.rows))
        for r, row in enumerate(self.rows):
            months = (self.tr("%1 months").replace("%1", str(row.service_months)) if row.service_months
                      else self.tr("No service period"))
            fee = f"¥{row.fee_amount:,.2f}" if row.special_training_fee_paid and row.fee_amount is not None else "—"
            cells = [row.student_name, row.employer_name, months, fee, self._day(row.start_date),
                     self._day(row.end_date), self._status(row)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, row.id)
                if c in (2, 3):
                    item.setTextAlignment(NUMBER)
                if row.ending_soon:
                    item.setBackground(QBrush(SOON_TINT))
                table.setItem(r, c, item)
        fit_columns(table, stretch=1)
        self._update_buttons()

    @staticmethod
    def _day(d) -> str:
        return f"{d:%Y-%m-%d}" if d else ""

    def _status(self, row: AgreementDTO) -> str:
        if row.days_left is None:
            return self.tr("No end date")
        if row.days_left < 0:
            return self.tr("Ended")
        if row.ending_soon:
            return self.tr("Ends in %1 days").replace("%1", str(row.days_left))
        return self.tr("Running")

    def _current(self) -> AgreementDTO | None:
        rows = self.ui.table.selectionModel().selectedRows()
        return self.rows[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        self.ui.editButton.setEnabled(self._current() is not None)

    def edit_current(self) -> None:
        current = self._current()
        if current is not None and not self.ctx.is_mentor:
            self.open_agreement(current.id)

    def open_agreement(self, agreement_id: int | None) -> None:
        from ..dialogs.agreement_dialog import AgreementDialog

        dialog = AgreementDialog(self.ctx, agreement_id, self)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
