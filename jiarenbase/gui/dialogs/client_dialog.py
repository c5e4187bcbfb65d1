"""企业客户: create or edit an enterprise client."""
# zh_CN: English → 中文
#   New enterprise client → 新建企业客户
#   Edit enterprise client → 编辑企业客户
#   Enterprise client → 企业客户
#   Enterprise name → 企业名称
#   Industry → 行业
#   Contact person → 联系人
#   Contact phone → 联系电话
#   Client since → 合作起始
#   Known → 已知
#   Note → 备注
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.services import organisations
from ...core.services.organisations import ClientDTO, ClientInput
from ..context import AppContext
from ..forms.ui_client_dialog import Ui_ClientDialog
from .form_values import link_optional_date, optional_date, set_optional_date
from .record_dialog import RecordDialog


class ClientDialog(RecordDialog):
    FIELDS = {"企业名称": "name", "行业": "industry", "联系人": "contactPerson", "联系电话": "contactPhone",
              "合作起始": "since", "备注": "note"}
    REQUIRED = ("name",)

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_ClientDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        link_optional_date(self.ui.hasSince, self.ui.since)
        set_optional_date(self.ui.hasSince, self.ui.since, None)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New enterprise client"), self.tr("Edit enterprise client")

    def load(self, db, actor, record_id: int) -> ClientDTO:
        return organisations.get_client(db, actor, record_id)

    def fill(self, dto: ClientDTO) -> None:
        ui = self.ui
        ui.name.setText(dto.name)
        ui.industry.setText(dto.industry)
        ui.contactPerson.setText(dto.contact_person)
        ui.contactPhone.setText(dto.contact_phone)
        set_optional_date(ui.hasSince, ui.since, dto.since)
        ui.note.setPlainText(dto.note)

    def gather(self) -> ClientInput:
        ui = self.ui
        return ClientInput(name=ui.name.text(), industry=ui.industry.text(), contact_person=ui.contactPerson.text(),
                           contact_phone=ui.contactPhone.text(), since=optional_date(ui.hasSince, ui.since),
                           note=ui.note.toPlainText())

    def create(self, db, actor, data: ClientInput) -> ClientDTO:
        return organisations.create_client(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: ClientInput) -> ClientDTO:
        return organisations.update_client(db, actor, record_id, version, data)
