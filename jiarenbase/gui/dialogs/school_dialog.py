"""合作院校: create or edit a partner school."""
# zh_CN: English → 中文
#   New partner school → 新建合作院校
#   Edit partner school → 编辑合作院校
#   Partner school → 合作院校
#   School name → 院校名称
#   Short name → 简称
#   Contact person → 联系人
#   Contact phone → 联系电话
#   Address → 地址
#   The school is in Shanghai → 院校位于上海
#   Note → 备注
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.services import organisations
from ...core.services.organisations import SchoolDTO, SchoolInput
from ..context import AppContext
from ..forms.ui_school_dialog import Ui_SchoolDialog
from .record_dialog import RecordDialog


class SchoolDialog(RecordDialog):
    FIELDS = {"院校名称": "name", "简称": "shortName", "联系人": "contactPerson", "联系电话": "contactPhone",
              "地址": "address", "备注": "note"}
    REQUIRED = ("name",)

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_SchoolDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New partner school"), self.tr("Edit partner school")

    def load(self, db, actor, record_id: int) -> SchoolDTO:
        return organisations.get_school(db, actor, record_id)

    def prepare_new(self) -> None:
        self.ui.inShanghai.setChecked(True)

    def fill(self, dto: SchoolDTO) -> None:
        ui = self.ui
        ui.name.setText(dto.name)
        ui.shortName.setText(dto.short_name)
        ui.contactPerson.setText(dto.contact_person)
        ui.contactPhone.setText(dto.contact_phone)
        ui.address.setText(dto.address)
        ui.inShanghai.setChecked(dto.in_shanghai)
        ui.note.setPlainText(dto.note)

    def gather(self) -> SchoolInput:
        ui = self.ui
        return SchoolInput(name=ui.name.text(), short_name=ui.shortName.text(),
                           contact_person=ui.contactPerson.text(), contact_phone=ui.contactPhone.text(),
                           address=ui.address.text(), in_shanghai=ui.inShanghai.isChecked(),
                           note=ui.note.toPlainText())

    def create(self, db, actor, data: SchoolInput) -> SchoolDTO:
        return organisations.create_school(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: SchoolInput) -> SchoolDTO:
        return organisations.update_school(db, actor, record_id, version, data)
