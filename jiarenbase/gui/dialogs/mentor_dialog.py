"""导师: create or edit a mentor (企业导师 / 资深主播导师)."""
# zh_CN: English → 中文
#   New mentor → 新建导师
#   Edit mentor → 编辑导师
#   Mentor → 导师
#   Mentor name → 导师姓名
#   Mobile phone → 手机
#   11 digits, e.g. 13800001111 → 11位数字，例如 13800001111
#   Specialties → 专长
#   Enterprise → 所属企业
#   (none) → （无）
#   Weekly capacity → 每周带训上限
#   Sessions a week at most → 每周最多带训场次
#   sessions → 场
#   Senior streamer mentor → 资深主播导师
#   Active (can be assigned students) → 在岗（可分配学员）
#   Note → 备注
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.services import mentors, organisations
from ...core.services.mentors import MentorDTO, MentorInput
from ..context import AppContext
from ..forms.ui_mentor_dialog import Ui_MentorDialog
from .record_dialog import RecordDialog


class MentorDialog(RecordDialog):
    FIELDS = {"导师姓名": "name", "手机": "phone", "专长": "specialties", "所属企业": "enterprise",
              "每周带训上限": "weeklyCapacity", "备注": "note"}
    REQUIRED = ("name",)

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_MentorDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.ui.weeklyCapacity.setSuffix(" " + self.tr("sessions"))
        self.ui.enterprise.setup(ctx, organisations.list_clients, lambda c: c.name, sort="name",
                                 none_text=self.tr("(none)"))
        self.watch_phone(self.ui.phone)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New mentor"), self.tr("Edit mentor")

    def choices(self):
        return [self.ui.enterprise.first_page()]

    def load(self, db, actor, record_id: int) -> MentorDTO:
        return mentors.get_mentor(db, actor, record_id)

    def prepare_new(self) -> None:
        defaults = MentorInput(name="")
        self.ui.weeklyCapacity.setValue(defaults.weekly_capacity)
        self.ui.active.setChecked(defaults.active)

    def fill(self, dto: MentorDTO) -> None:
        ui = self.ui
        ui.name.setText(dto.name)
        ui.phone.setText(dto.phone)
        ui.specialties.setText(dto.specialties)
        ui.enterprise.set_current(dto.enterprise_id, dto.enterprise_name)
        ui.weeklyCapacity.setValue(dto.weekly_capacity)
        ui.seniorStreamer.setChecked(dto.is_senior_streamer)
        ui.active.setChecked(dto.active)
        ui.note.setPlainText(dto.note)

    def gather(self) -> MentorInput:
        ui = self.ui
        return MentorInput(name=ui.name.text(), phone=ui.phone.text(), specialties=ui.specialties.text(),
                           enterprise_id=ui.enterprise.checked_id("所属企业", "enterprise"),
                           weekly_capacity=ui.weeklyCapacity.value(),
                           is_senior_streamer=ui.seniorStreamer.isChecked(), active=ui.active.isChecked(),
                           note=ui.note.toPlainText())

    def create(self, db, actor, data: MentorInput) -> MentorDTO:
        return mentors.create_mentor(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: MentorInput) -> MentorDTO:
        return mentors.update_mentor(db, actor, record_id, version, data)
