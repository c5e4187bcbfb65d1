"""批次: create or edit a cohort."""
# zh_CN: English → 中文
#   New cohort → 新建批次
#   Edit cohort → 编辑批次
#   Cohort → 批次
#   Cohort code → 批次编号
#   e.g. 2025-SP-01 → 例如 2025-SP-01
#   Cohort name → 批次名称
#   Partner school → 合作院校
#   (none) → （无）
#   Start date → 开始日期
#   End date → 结束日期
#   Set → 设定
#   Status → 状态
#   Rubric scale → 评分制
#   100-point scale → 百分制
#   5-point scale → 五分制
#   Note → 备注
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.domain.enums import CohortStatus
from ...core.services import cohorts, organisations
from ...core.services.cohorts import CohortDTO, CohortInput
from ..context import AppContext
from ..forms.ui_cohort_dialog import Ui_CohortDialog
from .form_values import (
    combo_value,
    enum_value,
    fill_combo,
    fill_enum,
    link_optional_date,
    optional_date,
    select_value,
    set_optional_date,
)
from .record_dialog import RecordDialog


class CohortDialog(RecordDialog):
    FIELDS = {"批次编号": "code", "批次名称": "name", "合作院校": "school", "开始日期": "startDate",
              "结束日期": "endDate", "状态": "status", "评分制": "rubricScale", "备注": "note"}
    REQUIRED = ("code", "name")

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_CohortDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        ui = self.ui
        link_optional_date(ui.hasStartDate, ui.startDate)
        link_optional_date(ui.hasEndDate, ui.endDate)
        fill_enum(ui.status, CohortStatus, ctx.lang)
        fill_combo(ui.rubricScale, [(self.tr("100-point scale"), 100), (self.tr("5-point scale"), 5)])
        ui.school.setup(ctx, organisations.list_schools, lambda s: s.name, sort="name", none_text=self.tr("(none)"))
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New cohort"), self.tr("Edit cohort")

    def choices(self):
        return [self.ui.school.first_page()]

    def load(self, db, actor, record_id: int) -> CohortDTO:
        return cohorts.get_cohort(db, actor, record_id)

    def prepare_new(self) -> None:
        ui = self.ui
        set_optional_date(ui.hasStartDate, ui.startDate, None)
        set_optional_date(ui.hasEndDate, ui.endDate, None)
        select_value(ui.status, CohortStatus.ACTIVE)
        select_value(ui.rubricScale, 100)

    def fill(self, dto: CohortDTO) -> None:
        ui = self.ui
        ui.code.setText(dto.code)
        ui.name.setText(dto.name)
        ui.school.set_current(dto.school_id, dto.school_name)
        set_optional_date(ui.hasStartDate, ui.startDate, dto.start_date)
        set_optional_date(ui.hasEndDate, ui.endDate, dto.end_date, default=dto.start_date)
        select_value(ui.status, dto.status)
        select_value(ui.rubricScale, dto.rubric_scale)
        ui.note.setPlainText(dto.note)

    def gather(self) -> CohortInput:
        ui = self.ui
        school_id = ui.school.checked_id("合作院校", "partner school")
        return CohortInput(code=ui.code.text(), name=ui.name.text(), school_id=school_id,
                           start_date=optional_date(ui.hasStartDate, ui.startDate),
                           end_date=optional_date(ui.hasEndDate, ui.endDate),
                           status=enum_value(ui.status, CohortStatus) or CohortStatus.ACTIVE,
                           rubric_scale=combo_value(ui.rubricScale) or 100, note=ui.note.toPlainText())

    def create(self, db, actor, data: CohortInput) -> CohortDTO:
        return cohorts.create_cohort(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: CohortInput) -> CohortDTO:
        return cohorts.update_cohort(db, actor, record_id, version, data)
