"""补贴标准: a year's minimum contribution base, pension + medical rate and the
subsidy's share, with the monthly amount they give. Staff save (confirm) them;
until then the program's placeholder figures are shown with a warning.

    dialog = SubsidyRatesDialog(ctx, year=2025, parent=page)
    dialog.exec()       # Accepted once saved; `saved` carries the year
"""
# zh_CN: English → 中文
#   Subsidy rates → 补贴标准
#   The flexible-employment subsidy pays the given share of the pension and medical insurance computed on
#   the year's minimum contribution base. Take the figures from the year's official notice.
#     → 灵活就业社会保险补贴按当年职工社会保险缴费基数下限计算的养老、医疗保险费的一定比例发放。请按当年官方通知填写。
#   Year → 年度; Minimum contribution base → 缴费基数下限;  yuan/month →  元/月
#   Pension + medical rate → 养老+医疗缴费比例; Subsidy share → 补贴比例; Monthly subsidy → 每月补贴
#   %1 × %2 × %3 = %4 a month → %1 × %2 × %3 = 每月 %4
#   Confirmed figures for %1, saved in the settings. → %1年标准已确认并保存在设置中。
#   Placeholder figures shipped with the program, not yet confirmed: check them against the %1 notice and save.
#     → 这是程序自带的参考数字，尚未确认：请对照%1年官方通知核对后保存。
#   No figures for %1 yet: enter them from the year's notice. → 尚无%1年标准：请按当年通知填写。
#   Loading… → 正在载入…
from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.domain.subsidy import SubsidyRates
from ...core.errors import JiarenError, ValidationError
from ...core.services.subsidy import YearRatesDTO, set_subsidy_rates, year_rates
from ..context import AppContext
from ..forms.ui_subsidy_rates_dialog import Ui_SubsidyRatesDialog
from ..widgets.field_error import FieldErrors

WARN = "#ef6c00"


def _dec(value: float, places: int) -> Decimal:
    return Decimal(f"{value:.{places}f}")


class SubsidyRatesDialog(QDialog):
    saved = Signal(int)

    def __init__(self, ctx: AppContext, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SubsidyRatesDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Subsidy rates"))
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for field, widget in (("年度", ui.year), ("缴费基数下限", ui.minimumBase),
                              ("缴费比例", ui.contributionRate), ("补贴比例", ui.share)):
            self.errors.bind(field, widget, getattr(ui, widget.objectName() + "Error", None))
        ui.intro.setStyleSheet("color: palette(mid);")
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setVisible(not ctx.is_mentor)
        for w in (ui.minimumBase, ui.contributionRate, ui.share):
            w.setReadOnly(ctx.is_mentor)
            w.valueChanged.connect(lambda _v: self._show_amount())
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.year.setValue(year)
        ui.year.valueChanged.connect(self.load)
        self.load(year)

    def load(self, year: int) -> None:
        self.ui.source.setText(self.tr("Loading…"))
        self.save_button.setEnabled(False)
        self.ctx.ops.run(self, year_rates, self.ctx.db, self.ctx.actor, year, success=self._loaded,
                         failure=lambda exc: self.errors.set_general(self.ctx.message(exc)), latest="year")

    def _loaded(self, dto: YearRatesDTO) -> None:
        ui = self.ui
        self.errors.clear()
        if dto.rates is not None:
            ui.minimumBase.setValue(float(dto.rates.minimum_base))
            ui.contributionRate.setValue(float(dto.rates.contribution_rate * 100))
            ui.share.setValue(float(dto.rates.share * 100))
        if dto.confirmed:
            text, colour = self.tr("Confirmed figures for %1, saved in the settings."), ""
        elif dto.rates is not None:
            text, colour = self.tr("Placeholder figures shipped with the program, not yet confirmed: check them "
                                   "against the %1 notice and save."), WARN
        else:
            text, colour = self.tr("No figures for %1 yet: enter them from the year's notice."), WARN
        ui.source.setText(text.replace("%1", str(dto.year)))
        ui.source.setStyleSheet(f"color: {colour};" if colour else "")
        self.save_button.setEnabled(True)
        self._show_amount()

    def rates(self) -> SubsidyRates:
        """The figures as typed (percent → fraction); ValidationError for nonsense."""
        ui = self.ui
        return SubsidyRates(ui.year.value(), _dec(ui.minimumBase.value(), 2),
                            _dec(ui.contributionRate.value(), 2) / 100, _dec(ui.share.value(), 1) / 100)

    def _show_amount(self) -> None:
        ui = self.ui
        try:
            rates = self.rates()
        except ValidationError:
            ui.amount.setText("—")
            return
        ui.amount.setText(self.tr("%1 × %2 × %3 = %4 a month")
                          .replace("%1", f"¥{rates.minimum_base:,.2f}")
                          .replace("%2", f"{(rates.contribution_rate * 100).normalize():f}%")
                          .replace("%3", f"{(rates.share * 100).normalize():f}%")
                          .replace("%4", f"¥{rates.monthly_amount:,.2f}"))

    def save(self) -> None:
        self.errors.clear()
        try:
            rates = self.rates()
        except ValidationError as exc:
            self.errors.show_problems(exc.problems)
            return

        def done(_result) -> None:
            self.saved.emit(rates.year)
            self.accept()

        def failed(exc: JiarenError) -> None:
            if isinstance(exc, ValidationError):
                self.errors.show_problems(exc.problems)
            else:
                self.errors.set_general(self.ctx.message(exc))

        self.ctx.ops.run(self, set_subsidy_rates, self.ctx.db, self.ctx.actor, rates, success=done, failure=failed,
                         busy=[self.save_button])
