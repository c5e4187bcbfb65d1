"""订单与就业: one enterprise client's training orders delivered (trainees, hours,
dates) and the graduates placed there; staff add an order.

    dialog = ClientDetailDialog(ctx, client_id, parent=page)
    dialog.exec()      # `changed` is emitted after an order was added
"""
# zh_CN: English → 中文
#   Orders and placements → 订单与就业; Training orders → 培训订单; Placements → 就业学员
#   No training delivered to this client yet. Add the first order below.
#     → 尚未为该企业提供培训。可在下方登记第一笔订单。
#   No graduate placed at this client yet. → 尚无学员在该企业就业。
#   Add a training order → 登记培训订单; Training → 培训项目; e.g. live-commerce host training → 如：直播带货主播培训
#   Trainees → 培训人数; From → 开始; To → 结束; Hours → 学时; Add order → 登记订单
#   Title → 培训项目
#   Note → 备注
#   Student → 学员
#   Outcome → 去向
#   Position → 岗位
#   Start → 开始日期
#   Evidence → 核实程度
#   %1 orders · %2 trainees · %3 hours · %4 graduates placed → 培训订单 %1 笔 · 培训 %2 人次 · %3 学时 · 就业学员 %4 名
#   Loading… → 正在载入…
#   Training order added: %1 → 已登记培训订单：%1
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import QDialog, QTableWidget, QTableWidgetItem, QWidget

from ...core.errors import JiarenError
from ...core.services.clients import ClientOutcomesDTO, add_training_order, client_outcomes
from ..context import AppContext
from ..forms.ui_client_detail_dialog import Ui_ClientDetailDialog
from ..widgets.field_error import style_error_label
from ..widgets.table_fit import fit_columns
from .form_values import enum_label

NUMBER = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _day(d: date | None) -> str:
    return f"{d:%Y-%m-%d}" if d else ""


def _hours(h: float) -> str:
    return f"{h:g}"


class ClientDetailDialog(QDialog):
    changed = Signal()

    def __init__(self, ctx: AppContext, client_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.client_id = client_id
        self.outcomes: ClientOutcomesDTO | None = None
        self.ui = ui = Ui_ClientDetailDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Orders and placements"))
        ui.clientName.setStyleSheet("font-size: 18px; font-weight: 600;")
        style_error_label(ui.orderError)
        ui.orderError.hide()
        ui.buttons.rejected.connect(self.reject)
        self._headers(ui.orders, [self.tr("Title"), self.tr("Trainees"), self.tr("Hours"), self.tr("From"),
                                  self.tr("To"), self.tr("Note")])
        self._headers(ui.placements, [self.tr("Student"), self.tr("Outcome"), self.tr("Position"), self.tr("Start"),
                                      self.tr("Evidence")])
        today = QDate.currentDate()
        ui.start.setDate(today)
        ui.end.setDate(today)
        ui.addOrderBox.setVisible(not ctx.is_mentor)
        ui.addOrder.clicked.connect(self.add_order)
        self.refresh()

    @staticmethod
    def _headers(table: QTableWidget, headers: list[str]) -> None:
        table.setColumnCount(len(headers))
        table.setHorizontalHeaderLabels(headers)

    def refresh(self) -> None:
        self.ui.summary.setText(self.tr("Loading…"))
        self.ctx.ops.run(self, client_outcomes, self.ctx.db, self.ctx.actor, self.client_id, success=self._loaded,
                         failure=lambda exc: self.ui.summary.setText(self.ctx.message(exc)), latest="outcomes")

    def _loaded(self, dto: ClientOutcomesDTO) -> None:
        self.outcomes = dto
        ui = self.ui
        ui.clientName.setText(dto.client_name)
        text = self.tr("%1 orders · %2 trainees · %3 hours · %4 graduates placed")
        for i, value in enumerate((len(dto.orders), dto.trainees_total, _hours(dto.hours_total),
                                   len(dto.placements)), start=1):
            text = text.replace(f"%{i}", str(value))
        ui.summary.setText(text)
        self._fill(ui.orders, [[o.title, str(o.trainees), _hours(o.hours), _day(o.start_date), _day(o.end_date),
                                o.note] for o in dto.orders], numbers=(1, 2), stretch=5)
        self._fill(ui.placements, [[p.student_name, enum_label(p.outcome, self.ctx.lang), p.position,
                                    _day(p.start_date), enum_label(p.evidence, self.ctx.lang)]
                                   for p in dto.placements], numbers=(), stretch=2)
        ui.ordersStack.setCurrentWidget(ui.orders if dto.orders else ui.ordersEmpty)
        ui.placementsStack.setCurrentWidget(ui.placements if dto.placements else ui.placementsEmpty)

    @staticmethod
    def _fill(table: QTableWidget, rows: list[list[str]], numbers: tuple[int, ...], stretch: int) -> None:
        table.setRowCount(len(rows))
        for r, cells in enumerate(rows):
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text.replace("\n", " ⏎ "))  # a note's lines on one row
                if "\n" in text:
                    item.setToolTip(text)
                if c in numbers:
                    item.setTextAlignment(NUMBER)
                table.setItem(r, c, item)
        fit_columns(table, stretch=stretch)

    def add_order(self) -> None:
        ui = self.ui
        ui.orderError.hide()
        self.ctx.ops.run(self, add_training_order, self.ctx.db, self.ctx.actor, self.client_id, ui.orderTitle.text(),
                         ui.trainees.value(), ui.hours.value(), ui.start.date().toPython(), ui.end.date().toPython(),
                         success=lambda _id: self._added(), failure=self._add_failed, busy=[ui.addOrder])

    def _added(self) -> None:
        ui = self.ui
        self.ctx.notify(self.tr("Training order added: %1").replace("%1", ui.orderTitle.text().strip()))
        ui.orderTitle.clear()
        ui.trainees.setValue(0)
        ui.hours.setValue(0)
        self.changed.emit()
        self.refresh()

    def _add_failed(self, exc: JiarenError) -> None:
        self.ui.orderError.setText(self.ctx.message(exc))
        self.ui.orderError.show()
