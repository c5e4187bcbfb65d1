"""考试场次: create or edit an exam (occupation, work type, level, date, evaluating
organisation, 一试双证 with the enterprise certificate's issuer, pass mark).

    dialog = ExamDialog(ctx, exam_id_or_None, parent); dialog.saved -> Signal(int)
"""
# zh_CN: English → 中文
#   New exam → 新建考试; Edit exam → 编辑考试; Exam → 考试
#   Occupation → 职业; Work type → 工种; e.g. live-commerce seller → 例如 直播销售员
#   Skill level → 等级; Exam date → 考试日期; Evaluating organisation → 评价机构
#   One exam, two certificates → 一试双证
#   A pass also issues the enterprise certificate → 通过后同时颁发企业认证证书
#   Enterprise certificate issuer → 企业证书发证单位; Pass mark → 及格线; Note → 备注
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from ...core.domain.enums import Occupation, SkillLevel
from ...core.services import certificates
from ...core.services.certificates import ExamDTO, ExamInput
from ..context import AppContext
from ..forms.ui_exam_dialog import Ui_ExamDialog
from .form_values import enum_value, fill_enum, select_value, to_qdate
from .record_dialog import RecordDialog


class ExamDialog(RecordDialog):
    FIELDS = {"职业": "occupation", "工种": "workType", "等级": "level", "考试日期": "examDate",
              "评价机构": "evaluatingOrg", "一试双证": "dualCertificate", "企业证书发证单位": "enterpriseIssuer",
              "及格线": "passMark", "备注": "note"}
    REQUIRED = ("occupation", "level", "examDate")

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_ExamDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        fill_enum(self.ui.occupation, Occupation, ctx.lang)
        fill_enum(self.ui.level, SkillLevel, ctx.lang)
        self.ui.dualCertificate.toggled.connect(self._dual_toggled)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New exam"), self.tr("Edit exam")

    def _dual_toggled(self, on: bool) -> None:
        self.ui.enterpriseIssuer.setEnabled(on)
        self.mark_required(self.ui.enterpriseIssuerLabel, on)

    def load(self, db, actor, record_id: int) -> ExamDTO:
        return certificates.get_exam(db, actor, record_id)

    def prepare_new(self) -> None:
        ui = self.ui
        select_value(ui.occupation, Occupation.INTERNET_MARKETER)
        select_value(ui.level, SkillLevel.JUNIOR)
        ui.examDate.setDate(to_qdate(date.today()))
        ui.passMark.setValue(60.0)
        self._dual_toggled(False)

    def fill(self, dto: ExamDTO) -> None:
        ui = self.ui
        select_value(ui.occupation, dto.occupation)
        ui.workType.setText(dto.work_type)
        select_value(ui.level, dto.level)
        ui.examDate.setDate(to_qdate(dto.exam_date))
        ui.evaluatingOrg.setText(dto.evaluating_org)
        ui.dualCertificate.setChecked(dto.dual_certificate)
        ui.enterpriseIssuer.setText(dto.enterprise_issuer)
        ui.passMark.setValue(dto.pass_mark)
        ui.note.setPlainText(dto.note)
        self._dual_toggled(dto.dual_certificate)

    def gather(self) -> ExamInput:
        ui = self.ui
        return ExamInput(occupation=enum_value(ui.occupation, Occupation), level=enum_value(ui.level, SkillLevel),
                         exam_date=ui.examDate.date().toPython(), work_type=ui.workType.text(),
                         evaluating_org=ui.evaluatingOrg.text(), dual_certificate=ui.dualCertificate.isChecked(),
                         enterprise_issuer=ui.enterpriseIssuer.text() if ui.dualCertificate.isChecked() else "",
                         pass_mark=ui.passMark.value(), note=ui.note.toPlainText())

    def create(self, db, actor, data: ExamInput) -> ExamDTO:
        return certificates.create_exam(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: ExamInput) -> ExamDTO:
        return certificates.update_exam(db, actor, record_id, version, data)
