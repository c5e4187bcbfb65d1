"""服务期协议: record or edit a service agreement. A service period is allowed only
when the employer paid special training fees (《劳动合同法》第二十二条); the form
says so as soon as the months and the fee disagree, and the service refuses it.
The student and the enterprise client are searched (SearchCombo), never loaded whole.

    dialog = AgreementDialog(ctx, agreement_id=None, parent=page, student_id=None)
    dialog.saved.connect(...)   # the agreement's id
"""
# zh_CN: English → 中文
#   Service agreement → 服务期协议; New service agreement → 新建服务期协议; Edit service agreement → 编辑服务期协议
#   Student → 学员; Enterprise client → 企业客户; Employer → 用人单位
#   Name of an employer that is not a client → 非企业客户时填写用人单位名称
#   Service period → 服务期;  months →  个月; None → 无
#   Special training fee → 专项培训费用
#   Paid by the employer for professional technical training → 用人单位已为专业技术培训支付专项培训费用
#   Fee paid → 已付费用;  yuan →  元; Starts on → 开始日期; Known → 已知; Note → 备注
#   (not a client: type the name) → （非企业客户：请填写名称）
#   Ends on %1 → 至 %1 止
#   Type a name to search → 输入姓名搜索
#   Service agreement saved: %1 → 已保存服务期协议：%1
from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QWidget

from ...core.domain.service_period import LEGAL_BASIS, LEGAL_BASIS_EN, check_service_agreement
from ...core.errors import ValidationError
from ...core.services import clients, enrolment, organisations
from ...core.services.clients import AgreementDTO, AgreementInput
from ..context import AppContext
from ..forms.ui_agreement_dialog import Ui_AgreementDialog
from .form_values import link_optional_date, optional_date, set_optional_date
from .record_dialog import RecordDialog

MONTHS_FIELD, FEE_FIELD = "服务期（月）", "专项培训费用"


def student_label(student) -> str:
    return " · ".join(x for x in (student.name, student.cohort_code, student.student_number) if x)


class AgreementDialog(RecordDialog):
    FIELDS = {"学员": "student", "用人单位": "employerName", MONTHS_FIELD: "serviceMonths", FEE_FIELD: "feeAmount",
              "备注": "note"}
    REQUIRED = ("student",)

    def __init__(self, ctx: AppContext, agreement_id: int | None, parent: QWidget | None = None,
                 student_id: int | None = None) -> None:
        super().__init__(ctx, agreement_id, parent)
        self.student_id = student_id
        self.ui = ui = Ui_AgreementDialog()
        ui.setupUi(self)
        self.setup_form(ui)
        ui.student.setup(ctx, enrolment.list_students, student_label, sort="name",
                         placeholder=self.tr("Type a name to search"))
        ui.employerClient.setup(ctx, organisations.list_clients, lambda c: c.name, sort="name",
                                none_text=self.tr("(not a client: type the name)"))
        ui.legalBasis.setText(LEGAL_BASIS_EN if ctx.lang == "en" else LEGAL_BASIS)
        ui.legalBasis.setStyleSheet("color: palette(mid);")
        link_optional_date(ui.hasStart, ui.startDate)
        set_optional_date(ui.hasStart, ui.startDate, None)
        ui.feePaid.toggled.connect(ui.feeAmount.setEnabled)
        ui.feeAmount.setEnabled(False)
        ui.employerClient.chosen.connect(self._client_changed)
        for signal in (ui.serviceMonths.valueChanged, ui.feeAmount.valueChanged, ui.feePaid.toggled):
            signal.connect(lambda *_: self._check_period())
        for signal in (ui.serviceMonths.valueChanged, ui.hasStart.toggled, ui.startDate.dateChanged):
            signal.connect(lambda *_: self._show_end())
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New service agreement"), self.tr("Edit service agreement")

    def choices(self):
        steps = [self.ui.student.first_page(), self.ui.employerClient.first_page()]
        if self.is_new and self.student_id is not None:  # opened from a student: that one, by name
            steps.append((enrolment.get_student, (self.student_id,), self._student_given))
        return steps

    def _student_given(self, student) -> None:
        self.ui.student.set_current(student.id, student_label(student), student)

    def load(self, db, actor, record_id: int) -> AgreementDTO:
        return clients.get_service_agreement(db, actor, record_id)

    def fill(self, dto: AgreementDTO) -> None:
        ui = self.ui
        ui.student.set_current(dto.student_id, dto.student_name)
        ui.employerClient.set_current(dto.employer_client_id, dto.employer_name)
        if dto.employer_client_id is not None:
            ui.employerName.clear()
        else:
            ui.employerName.setText(dto.employer_name)
        ui.serviceMonths.setValue(dto.service_months)
        ui.feePaid.setChecked(dto.special_training_fee_paid)
        ui.feeAmount.setValue(float(dto.fee_amount or 0))
        set_optional_date(ui.hasStart, ui.startDate, dto.start_date)
        ui.note.setPlainText(dto.note)
        self._show_end()

    def _client_changed(self, client_id: int | None) -> None:
        is_client = client_id is not None
        self.ui.employerName.setEnabled(not is_client)
        if is_client:
            self.ui.employerName.clear()

    def _fee(self) -> Decimal | None:
        return Decimal(f"{self.ui.feeAmount.value():.2f}") if self.ui.feePaid.isChecked() else None

    def _check_period(self) -> None:
        """The 服务期 rule as the user types (the service checks it again on save)."""
        try:
            check_service_agreement(self.ui.serviceMonths.value(), self.ui.feePaid.isChecked(), self._fee())
        except ValidationError as exc:
            for field in (MONTHS_FIELD, FEE_FIELD):
                self.live_check(field, [p for p in exc.problems if p.field == field])
            return
        for field in (MONTHS_FIELD, FEE_FIELD):
            self.live_check(field, [])

    def _show_end(self) -> None:
        end = clients.service_end(optional_date(self.ui.hasStart, self.ui.startDate), self.ui.serviceMonths.value())
        self.ui.endDate.setText(self.tr("Ends on %1").replace("%1", f"{end:%Y-%m-%d}") if end else "")

    def gather(self) -> AgreementInput:
        ui = self.ui
        if ui.student.current_id() is None:
            raise ValidationError.of("学员", "请从列表中选择学员（可输入姓名搜索）。",
                                     "choose a student from the list (type part of the name to search).", "Student")
        client_id = ui.employerClient.checked_id("用人单位", "employer")
        return AgreementInput(student_id=ui.student.current_id(), service_months=ui.serviceMonths.value(),
                              special_training_fee_paid=ui.feePaid.isChecked(), fee_amount=self._fee(),
                              employer_client_id=client_id, employer_name=ui.employerName.text(),
                              start_date=optional_date(ui.hasStart, ui.startDate), note=ui.note.toPlainText())

    def saved_notice(self, dto: AgreementDTO) -> str:
        return self.tr("Service agreement saved: %1").replace("%1", f"{dto.student_name} → {dto.employer_name}")

    def create(self, db, actor, data: AgreementInput) -> AgreementDTO:
        return clients.get_service_agreement(db, actor, clients.add_service_agreement(db, actor, data))

    def update(self, db, actor, record_id: int, version: int | None, data: AgreementInput) -> AgreementDTO:
        return clients.update_service_agreement(db, actor, record_id, version, data)
