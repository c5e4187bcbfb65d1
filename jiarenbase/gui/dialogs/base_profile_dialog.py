"""基地信息: staff edit the issuing body every certificate and report names — full and
short name, operating company, address, phone, contact person, director — and its
logo (chosen from a file, previewed, or removed). The service checks and stores it;
its problems appear under their fields.

    dialog = BaseProfileDialog(ctx, parent=page)
    dialog.saved.connect(...)   # the stored BaseProfile
    dialog.exec()
"""
# zh_CN: English → 中文
#   Base profile → 基地信息
#   Base profile saved: %1 → 已保存基地信息：%1
#   The issuing body as every certificate and report names it, and the window title. Shared by every desktop.
#     → 证书和各类报表上署名的出具单位，也用于窗口标题。所有电脑共用。
#   Full name → 全称
#   Short name → 简称
#   Operating company → 运营单位
#   Address → 地址
#   Phone → 电话
#   Contact person → 联系人
#   Director → 基地负责人
#   Logo → 标志
#   Choose file… → 选择文件…
#   Remove → 移除
#   PNG or JPEG, at most 2 MB. → PNG 或 JPEG，不超过 2 MB。
#   No logo → 无标志
#   Reading the picture… → 正在读取图片…
#   Choose the logo → 选择标志图片
#   Pictures (*.png *.jpg *.jpeg) → 图片 (*.png *.jpg *.jpeg)
#   Only staff can change the base profile. → 只有教务和管理员可以修改基地信息。
from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from ...core.errors import ConflictError, JiarenError, ValidationError
from ...core.reports.dto import BaseProfile
from ...core.services import base_profile
from ..context import AppContext
from ..forms.ui_base_profile_dialog import Ui_BaseProfileDialog
from ..widgets.field_error import FieldErrors
from .conflict_dialog import ConflictDialog

LOGO = "标志"


def choose_logo_file(parent: QWidget) -> str:
    """The logo file the person picks ("" when cancelled); tests patch this."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("BaseProfileDialog", "Choose the logo"),
                                          "", QCoreApplication.translate("BaseProfileDialog",
                                                                         "Pictures (*.png *.jpg *.jpeg)"))
    return path


class BaseProfileDialog(QDialog):
    saved = Signal(object)  # the stored BaseProfile

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.logo: bytes | None = None  # the PNG shown in the preview (what Save stores)
        self.ui = ui = Ui_BaseProfileDialog()
        ui.setupUi(self)
        self.setWindowTitle(self.tr("Base profile"))
        self.edits = {"全称": ui.fullName, "简称": ui.shortName, "运营单位": ui.operatorName, "地址": ui.address,
                      "电话": ui.phone, "联系人": ui.contact, "基地负责人": ui.director}
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for field, edit in self.edits.items():
            self.errors.bind(field, edit, getattr(ui, edit.objectName() + "Error"))
            edit.textEdited.connect(lambda _t, f=field: self.errors.set_error(f, ""))
        self.errors.bind(LOGO, ui.chooseLogo, ui.logoError)
        for label in (ui.intro, ui.logoHint):
            label.setStyleSheet("color: palette(mid);")
        ui.logoPreview.setStyleSheet("#logoPreview { border: 1px dashed #9e9e9e; border-radius: 4px; color: #757575;"
                                     " background: white; }")  # white: the logo is printed on paper
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.chooseLogo.clicked.connect(self.choose_logo)
        ui.removeLogo.clicked.connect(lambda: self.show_logo(None))
        self.show_logo(None)
        if ctx.is_mentor:  # the settings page shows the button to staff only; the service checks again
            for w in (*self.edits.values(), ui.chooseLogo, ui.removeLogo):
                w.setEnabled(False)
            self.save_button.setVisible(False)
            self.errors.set_general(self.tr("Only staff can change the base profile."))
        self.version = 0  # the stored profile's version, saved back so another desktop's save is not overwritten
        self._load()

    def _load(self) -> None:
        self.ctx.ops.run(self, base_profile.profile_for_edit, self.ctx.db, self.ctx.actor, success=self._loaded,
                         failure=lambda exc: self.errors.set_general(self.ctx.message(exc)), busy=[self.save_button])

    def _loaded(self, stored) -> None:
        self.version = stored.version
        self.fill(stored.value)

    # --- showing ----------------------------------------------------------------------
    def fill(self, profile: BaseProfile) -> None:
        ui = self.ui
        for edit, value in ((ui.fullName, profile.full_name), (ui.shortName, profile.short_name),
                            (ui.operatorName, profile.operator), (ui.address, profile.address),
                            (ui.phone, profile.phone), (ui.contact, profile.contact), (ui.director, profile.director)):
            edit.setText(value)
            edit.setCursorPosition(0)
        self.show_logo(profile.logo_png)

    def show_logo(self, png: bytes | None) -> None:
        ui = self.ui
        self.logo = png
        self.errors.set_error(LOGO, "")
        pixmap = QPixmap()
        if png and pixmap.loadFromData(png):
            box = ui.logoPreview.minimumSize() - QSize(12, 12)  # inside the frame (the label's size is fixed)
            ui.logoPreview.setPixmap(pixmap.scaled(box, Qt.AspectRatioMode.KeepAspectRatio,
                                                   Qt.TransformationMode.SmoothTransformation))
        else:
            ui.logoPreview.setPixmap(QPixmap())
            ui.logoPreview.setText(self.tr("No logo"))
        ui.removeLogo.setEnabled(png is not None and not self.ctx.is_mentor)

    def profile(self) -> BaseProfile:
        """The form as typed (the service cleans and checks it)."""
        ui = self.ui
        return BaseProfile(full_name=ui.fullName.text(), short_name=ui.shortName.text(),
                           operator=ui.operatorName.text(), address=ui.address.text(), phone=ui.phone.text(),
                           contact=ui.contact.text(), director=ui.director.text(), logo_png=self.logo)

    # --- the logo -----------------------------------------------------------------------
    def choose_logo(self) -> None:
        path = choose_logo_file(self)
        if not path:
            return
        self.errors.set_error(LOGO, "")
        self.ctx.ops.run(self, base_profile.logo_from_file, path, success=self.show_logo, failure=self._failed,
                         latest="logo", busy=[self.ui.chooseLogo, self.save_button])

    # --- saving -------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():  # loading, reading a logo, or saving
            return
        self.errors.clear()

        self._save(self.version)

    def _save(self, version: int) -> None:
        def done(stored: BaseProfile) -> None:
            self.saved.emit(stored)
            self.ctx.notify(self.tr("Base profile saved: %1").replace("%1", stored.short_name or stored.full_name))
            self.accept()

        self.ctx.ops.run(self, base_profile.save_profile, self.ctx.db, self.ctx.actor, self.profile(), version,
                         success=done, failure=self._failed, busy=[self.save_button])

    def _conflict(self) -> None:
        choice = ConflictDialog.ask(self)
        if choice == ConflictDialog.RELOAD:
            self._load()
        elif choice == ConflictDialog.OVERWRITE:  # save over the other desktop's profile, at its version
            self.ctx.ops.run(self, base_profile.profile_for_edit, self.ctx.db, self.ctx.actor,
                             success=lambda stored: self._save(stored.version), failure=self._failed,
                             busy=[self.save_button])

    def _failed(self, exc: JiarenError) -> None:
        if isinstance(exc, ConflictError):
            self._conflict()
        elif isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            self.resize(self.width(), max(self.height(), self.sizeHint().height()))  # room for the messages
            if first is not None:
                first.setFocus()
        else:
            self.errors.set_general(self.ctx.message(exc))

