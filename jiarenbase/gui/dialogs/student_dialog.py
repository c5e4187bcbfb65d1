"""学员: enrol a student or edit one.

The ID number decides birth date and sex (both shown read-only, so they cannot
contradict it). When editing, the number is shown masked; an admin may reveal it
(audited by the service), and staff may replace it by typing a new full number
after choosing "Change ID number". The cohort list follows the chosen school; both
are searched (SearchCombo), never loaded whole.
"""
# zh_CN: English → 中文
#   New student → 登记学员
#   Edit student → 编辑学员
#   Student → 学员
#   Identity → 身份信息
#   School and training → 院校与实训
#   Skills and notes → 技能与备注
#   Name → 姓名
#   ID number → 身份证号
#   18 characters → 18位
#   Type the new 18-character ID number → 请输入新的18位身份证号
#   Show full number → 显示完整号码
#   Change ID number → 更改身份证号
#   Keep current number → 保留原号码
#   Birth date → 出生日期
#   Sex → 性别
#   Filled from the ID number → 由身份证号自动填写
#   Mobile phone → 手机
#   11 digits, e.g. 13800001111 → 11位数字，例如 13800001111
#   Hukou district → 户籍区
#   Residence district → 居住区
#   Shanghai hukou → 上海户籍
#   Student number → 学号
#   Partner school → 合作院校
#   Cohort → 批次
#   (none) → （无）
#   Major → 专业
#   Class → 班级
#   Left school on → 离校日期
#   Left → 已离校
#   Status → 状态
#   Agrees to be contacted about jobs → 同意接收就业联系
#   Skills → 技能
#   Note → 备注
from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from ...core.domain.enums import Sex, StudentStatus
from ...core.domain.idcard import normalise, parse_id_number
from ...core.errors import ValidationError
from ...core.services import cohorts, enrolment, organisations
from ...core.services.enrolment import StudentDTO, StudentInput
from ..context import AppContext
from ..forms.ui_student_dialog import Ui_StudentDialog
from .form_values import (
    district_text,
    enum_label,
    enum_value,
    fill_districts,
    fill_enum,
    link_optional_date,
    optional_date,
    select_value,
    set_district,
    set_optional_date,
)
from .record_dialog import RecordDialog

# How the ID number input behaves.
NEW, MASKED, REVEALED, REPLACE = "new", "masked", "revealed", "replace"


class StudentDialog(RecordDialog):
    FIELDS = {"姓名": "name", "身份证号": "idNumber", "性别": "sex", "手机": "phone", "户籍区": "hukouDistrict",
              "居住区": "residenceDistrict", "学号": "studentNumber", "合作院校": "school", "批次": "cohort",
              "专业": "major", "班级": "className", "离校日期": "leftSchoolOn", "状态": "status",
              "技能": "skills", "备注": "note"}
    REQUIRED = ("name", "idNumber")

    def __init__(self, ctx: AppContext, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, record_id, parent)
        self.ui = Ui_StudentDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        ui = self.ui
        self.id_mode = NEW if self.is_new else MASKED
        self._full_id = ""  # the number an admin revealed
        fill_enum(ui.status, StudentStatus, ctx.lang)
        fill_districts(ui.hukouDistrict)
        fill_districts(ui.residenceDistrict)
        ui.school.setup(ctx, organisations.list_schools, lambda s: s.name, sort="name", none_text=self.tr("(none)"))
        ui.cohort.setup(ctx, cohorts.list_cohorts, lambda c: f"{c.code}  {c.name}", sort="start", descending=True,
                        none_text=self.tr("(none)"))
        link_optional_date(ui.hasLeftSchoolOn, ui.leftSchoolOn)
        for derived in (ui.birthDate, ui.sex):
            derived.setPlaceholderText(self.tr("Filled from the ID number"))
        ui.idNumber.textChanged.connect(self._id_typed)
        ui.idNumber.editingFinished.connect(lambda: self._id_typed(ui.idNumber.text(), finished=True))
        ui.revealButton.clicked.connect(self.reveal_id_number)
        ui.changeIdButton.clicked.connect(self.toggle_change_id)
        ui.school.chosen.connect(self._school_changed)
        ui.cohort.chosen.connect(self._cohort_chosen)
        self.watch_phone(ui.phone)
        self._apply_id_mode()
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New student"), self.tr("Edit student")

    # -- schools and cohorts -----------------------------------------------------
    def choices(self):
        return [self.ui.school.first_page(), self.ui.cohort.first_page()]  # all cohorts while no school is chosen

    def _school_changed(self, school_id: int | None) -> None:
        """The cohorts of the chosen school (all cohorts while none is); the cohort
        chosen stays when it belongs to that school."""
        cohort_id = self.ui.cohort.current_id()
        keep = school_id is None or cohort_id is None or self._school_of(cohort_id) == school_id
        self.ui.cohort.set_filters({"school_id": school_id} if school_id is not None else {}, keep=keep)

    def _school_of(self, cohort_id: int) -> int | None:
        cohort = self.ui.cohort.row(cohort_id)
        if cohort is not None:
            return cohort.school_id
        return self.record.school_id if self.record is not None and self.record.cohort_id == cohort_id else None

    def _cohort_chosen(self, cohort_id: int | None) -> None:
        """A cohort chosen while no school is: take the cohort's school too."""
        cohort = self.ui.cohort.row(cohort_id)
        if cohort is not None and cohort.school_id is not None and self.ui.school.current_id() is None:
            self.ui.school.set_current(cohort.school_id, cohort.school_name)  # the cohorts follow, this one stays

    # -- the ID number -----------------------------------------------------------------
    def _apply_id_mode(self) -> None:
        ui, mode = self.ui, self.id_mode
        ui.idNumber.setReadOnly(mode == MASKED)
        reveal = mode == MASKED and self.ctx.is_admin
        change = mode != NEW and not self.ctx.is_mentor
        ui.identityForm.setRowVisible(ui.idNumberButtons, reveal or change)
        ui.revealButton.setVisible(reveal)
        ui.changeIdButton.setVisible(change)
        ui.changeIdButton.setText(self.tr("Change ID number") if mode == MASKED else self.tr("Keep current number"))
        ui.idNumber.setPlaceholderText(self.tr("Type the new 18-character ID number") if mode == REPLACE
                                       else self.tr("18 characters"))

    def _show_derived(self, birth: date | None, sex: Sex | None) -> None:
        self.ui.birthDate.setText(birth.isoformat() if birth else "")
        self.ui.sex.setText(enum_label(sex, self.ctx.lang) if sex else "")

    def _id_typed(self, text: str, finished: bool = False) -> None:
        if self.id_mode == MASKED:
            return
        if not text.strip():
            self._show_derived(None, None)
            self.errors.set_error("身份证号", "")
            return
        try:
            info = parse_id_number(text)
        except ValidationError as exc:
            self._show_derived(None, None)
            self.live_check("身份证号", exc.problems, show=finished or len(normalise(text)) >= 18)
        else:
            self._show_derived(info.birth_date, info.sex)
            self.errors.set_error("身份证号", "")

    def toggle_change_id(self) -> None:
        """Masked → type a new number; otherwise back to the stored number."""
        ui = self.ui
        if self.id_mode == MASKED:
            self.id_mode = REPLACE
            self._apply_id_mode()
            ui.idNumber.clear()
            ui.idNumber.setFocus()
        else:
            self.id_mode = MASKED
            self._apply_id_mode()
            self.errors.set_error("身份证号", "")
            if self.record is not None:
                ui.idNumber.setText(self.record.id_number_masked)
                self._show_derived(self.record.birth_date, self.record.sex)

    def reveal_id_number(self) -> None:
        """Admin only: the full number from the service (which audits the look)."""
        if self.record_id is None:
            return
        self.run(enrolment.reveal_id_number, self.record_id, on_done=self._revealed)

    def _revealed(self, number: str) -> None:
        was_dirty = self.is_dirty()
        self._full_id = number
        self.id_mode = REVEALED
        self._apply_id_mode()
        self.ui.idNumber.setText(number)
        if not was_dirty:
            self.mark_clean()

    def _id_number_input(self) -> str | None:
        """None keeps the stored number (masked, or revealed and not changed)."""
        text = self.ui.idNumber.text()
        if self.id_mode == MASKED or (self.id_mode == REVEALED and normalise(text) == self._full_id):
            return None
        return text

    # -- load / fill / gather -------------------------------------------------------------
    def load(self, db, actor, record_id: int) -> StudentDTO:
        return enrolment.get_student(db, actor, record_id)

    def prepare_new(self) -> None:
        ui = self.ui
        select_value(ui.status, StudentStatus.ENROLLED)
        set_optional_date(ui.hasLeftSchoolOn, ui.leftSchoolOn, None)

    def fill(self, dto: StudentDTO) -> None:
        ui = self.ui
        ui.name.setText(dto.name)
        self.id_mode, self._full_id = MASKED, ""
        self._apply_id_mode()
        ui.idNumber.setText(dto.id_number_masked)
        self._show_derived(dto.birth_date, dto.sex)
        ui.phone.setText(dto.phone)
        set_district(ui.hukouDistrict, dto.hukou_district)
        set_district(ui.residenceDistrict, dto.residence_district)
        ui.shanghaiHukou.setChecked(dto.shanghai_hukou)
        ui.studentNumber.setText(dto.student_number)
        for combo, record_id, text in ((ui.school, dto.school_id, dto.school_name),
                                       (ui.cohort, dto.cohort_id, dto.cohort_code)):
            blocked = combo.blockSignals(True)
            combo.set_current(record_id, text)
            combo.blockSignals(blocked)
        ui.cohort.set_filters({"school_id": dto.school_id} if dto.school_id is not None else {})
        ui.major.setText(dto.major)
        ui.className.setText(dto.class_name)
        set_optional_date(ui.hasLeftSchoolOn, ui.leftSchoolOn, dto.left_school_on)
        select_value(ui.status, dto.status)
        ui.contactConsent.setChecked(dto.contact_consent)
        ui.skills.setText(dto.skills)
        ui.note.setPlainText(dto.note)

    def gather(self) -> StudentInput:
        ui = self.ui
        return StudentInput(
            name=ui.name.text(), id_number=self._id_number_input(), sex=None,  # sex: from the ID number
            student_number=ui.studentNumber.text(), school_id=ui.school.checked_id("合作院校", "partner school"),
            cohort_id=ui.cohort.checked_id("批次", "cohort"), major=ui.major.text(), class_name=ui.className.text(),
            phone=ui.phone.text(), hukou_district=district_text(ui.hukouDistrict),
            residence_district=district_text(ui.residenceDistrict), shanghai_hukou=ui.shanghaiHukou.isChecked(),
            left_school_on=optional_date(ui.hasLeftSchoolOn, ui.leftSchoolOn),
            status=enum_value(ui.status, StudentStatus) or StudentStatus.ENROLLED,
            contact_consent=ui.contactConsent.isChecked(), skills=ui.skills.text(), note=ui.note.toPlainText())

    def create(self, db, actor, data: StudentInput) -> StudentDTO:
        return enrolment.create_student(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: StudentInput) -> StudentDTO:
        return enrolment.update_student(db, actor, record_id, version, data)
