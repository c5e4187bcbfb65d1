"""The create/edit dialogs: inline validation per field, ID number rules, masked ID
and reveal, round trips, the school→cohort filter, user accounts, and the conflict
dialog when two people edit the same record."""
from __future__ import annotations

import os
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Role, Sex, StudentStatus
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import audit, cohorts, enrolment, mentors, organisations, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.context import AppContext
from jiarenbase.gui.dialogs.client_dialog import ClientDialog
from jiarenbase.gui.dialogs.cohort_dialog import CohortDialog
from jiarenbase.gui.dialogs.conflict_dialog import ConflictDialog
from jiarenbase.gui.dialogs.form_values import combo_value, select_value
from jiarenbase.gui.dialogs.mentor_dialog import MentorDialog
from jiarenbase.gui.dialogs.school_dialog import SchoolDialog
from jiarenbase.gui.dialogs.student_dialog import StudentDialog
from jiarenbase.gui.dialogs.user_dialog import UserDialog

pytestmark = pytest.mark.gui

DEMO_PASSWORD = "Jiaren@2025"
ALL = ListQuery(limit=10_000)


def make_id(seq: int, born: date = date(2004, 5, 6), *, male: bool = True, region: str = "310116") -> str:
    s = seq % 1000
    if (s % 2 == 1) != male:
        s = (s + 1) % 1000
    first17 = f"{region}{born:%Y%m%d}{s:03d}"
    return first17 + check_char(first17)


COUNT = {
    SchoolDialog: lambda db, a: organisations.list_schools(db, a, ALL).total,
    ClientDialog: lambda db, a: organisations.list_clients(db, a, ALL).total,
    CohortDialog: lambda db, a: cohorts.list_cohorts(db, a, ALL).total,
    MentorDialog: lambda db, a: mentors.list_mentors(db, a, ALL).total,
    StudentDialog: lambda db, a: enrolment.list_students(db, a, ALL).total,
    UserDialog: lambda db, a: len(users.list_users(db, a)),
}


@pytest.fixture(autouse=True)
def questions(monkeypatch):
    """QMessageBox.question never blocks: answers Discard unless a test says otherwise."""
    asked: list[str] = []
    state = {"answer": QMessageBox.StandardButton.Discard}

    def question(_parent, _title, text, *_a, **_k):
        asked.append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return type("Q", (), {"asked": asked, "state": state})


@pytest.fixture
def demo(db):
    build_demo(db, students=40, seed=3)
    return db


@pytest.fixture
def staff_ctx(demo, ops, tmp_path):
    actor = users.authenticate(demo, "jiaowu", DEMO_PASSWORD).actor()
    return AppContext(db=demo, actor=actor, ops=ops, lang="zh", data_dir=tmp_path)


def settled(qtbot, dialog):
    """`dialog` once every service call it started is back (they run on the pool)."""
    qtbot.waitUntil(lambda: dialog.ctx.ops.pending == 0)
    return dialog


def opened(qtbot, cls, ctx, record_id=None):
    dialog = cls(ctx, record_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return settled(qtbot, dialog)


def save(qtbot, dialog) -> None:
    dialog.save()
    settled(qtbot, dialog)


def first_id(fn, db, actor) -> int:
    return fn(db, actor, ALL).rows[0].id


# -- validation ----------------------------------------------------------------------------
REQUIRED = [
    (SchoolDialog, {"院校名称": "name"}),
    (ClientDialog, {"企业名称": "name"}),
    (CohortDialog, {"批次编号": "code", "批次名称": "name"}),
    (MentorDialog, {"导师姓名": "name"}),
    (StudentDialog, {"姓名": "name", "身份证号": "idNumber"}),
]


@pytest.mark.parametrize("cls, fields", REQUIRED, ids=lambda v: getattr(v, "__name__", ""))
def test_empty_required_fields_show_the_services_message(qtbot, ctx, demo, cls, fields):
    before = COUNT[cls](demo, ctx.actor)
    dialog = opened(qtbot, cls, ctx)
    save(qtbot, dialog)
    assert dialog.result() == 0 and dialog.isVisible() and dialog.saved_id is None
    assert set(dialog.errors.shown()) == set(fields)
    for attr in fields.values():
        label = getattr(dialog.ui, attr + "Error")
        assert label.isVisible() and label.text().startswith(("不能为空", "请填写")), label.text()
        assert "border" in getattr(dialog.ui, attr).styleSheet()
    assert dialog.focusWidget() is getattr(dialog.ui, next(iter(fields.values())))
    assert not dialog.ui.formError.isVisible()
    assert COUNT[cls](demo, ctx.actor) == before
    # a fixed field loses its message on the next save
    dialog.ui.name.setText("临时名称")
    save(qtbot, dialog)
    name_field = next(f for f, attr in fields.items() if attr == "name")
    assert name_field not in dialog.errors.shown() and not dialog.ui.nameError.isVisible()
    assert "border" not in dialog.ui.name.styleSheet()


def test_error_labels_are_hidden_until_needed(qtbot, ctx):
    dialog = opened(qtbot, StudentDialog, ctx)
    for field in dialog.FIELDS.values():
        assert not getattr(dialog.ui, field + "Error").isVisible()
    assert "*" in dialog.ui.nameLabel.text() and "*" in dialog.ui.idNumberLabel.text()
    assert "*" not in dialog.ui.majorLabel.text()
    assert dialog.windowTitle() == "New student"


def test_duplicate_name_goes_under_the_field(qtbot, ctx, demo):
    name = organisations.list_schools(demo, ctx.actor, ALL).rows[0].name
    dialog = opened(qtbot, SchoolDialog, ctx)
    dialog.ui.name.setText(name)
    save(qtbot, dialog)
    assert "已存在" in dialog.ui.nameError.text() and dialog.isVisible()


def test_phone_is_checked_as_typed(qtbot, ctx):
    dialog = opened(qtbot, MentorDialog, ctx)
    dialog.ui.phone.setText("138")
    assert dialog.errors.message("手机") == ""  # not finished yet: no nagging
    dialog.ui.phone.editingFinished.emit()
    assert "不是有效的11位手机号" in dialog.ui.phoneError.text()
    dialog.ui.phone.setText("13800001111")
    assert dialog.errors.message("手机") == "" and not dialog.ui.phoneError.isVisible()
    dialog.ui.phone.setText("12345678901")
    assert "不是有效的11位手机号" in dialog.errors.message("手机")


# -- the ID number ---------------------------------------------------------------------------
def test_id_number_fills_birth_date_and_sex(qtbot, ctx):
    dialog = opened(qtbot, StudentDialog, ctx)
    ui = dialog.ui
    assert ui.birthDate.isReadOnly() and ui.sex.isReadOnly()
    ui.idNumber.setText(make_id(7, date(2005, 1, 20), male=False))
    assert (ui.birthDate.text(), ui.sex.text()) == ("2005-01-20", "女")
    assert dialog.errors.message("身份证号") == ""
    bad = make_id(7)[:-1] + ("0" if make_id(7)[-1] != "0" else "1")
    ui.idNumber.setText(bad)
    assert "校验位不符" in ui.idNumberError.text() and ui.birthDate.text() == "" and ui.sex.text() == ""
    ui.idNumber.setText("3101162004")  # still typing: no message yet
    assert dialog.errors.message("身份证号") == ""
    ui.idNumber.editingFinished.emit()
    assert "格式不对" in dialog.errors.message("身份证号")


def test_sex_cannot_contradict_the_id_number(qtbot, ctx, demo):
    dialog = opened(qtbot, StudentDialog, ctx)
    ui = dialog.ui
    ui.name.setText("张晓雨")
    ui.idNumber.setText(make_id(11, date(2005, 3, 4), male=False))
    assert dialog.gather().sex is None  # the service takes the sex from the number
    save(qtbot, dialog)
    saved = enrolment.get_student(demo, ctx.actor, dialog.saved_id)
    assert saved.sex is Sex.FEMALE and saved.birth_date == date(2005, 3, 4)


def test_staff_see_the_number_masked_and_may_replace_it(qtbot, staff_ctx, demo, admin):
    student = enrolment.list_students(demo, admin, ALL).rows[0]
    dialog = opened(qtbot, StudentDialog, staff_ctx, student.id)
    ui = dialog.ui
    assert ui.idNumber.text() == student.id_number_masked and "*" in ui.idNumber.text()
    assert ui.idNumber.isReadOnly() and not ui.revealButton.isVisible() and ui.changeIdButton.isVisible()
    assert dialog.gather().id_number is None  # untouched: the stored number stays
    ui.changeIdButton.click()
    assert ui.idNumber.text() == "" and not ui.idNumber.isReadOnly()
    new_id = make_id(321, date(2003, 9, 9), male=True)
    ui.idNumber.setText(new_id)
    assert (ui.birthDate.text(), ui.sex.text()) == ("2003-09-09", "男")
    ui.changeIdButton.click()  # "Keep current number"
    assert ui.idNumber.text() == student.id_number_masked and ui.birthDate.text() == student.birth_date.isoformat()
    ui.changeIdButton.click()
    ui.idNumber.setText(new_id)
    save(qtbot, dialog)
    assert dialog.result() == 1
    assert enrolment.reveal_id_number(demo, admin, student.id) == new_id
    assert enrolment.get_student(demo, admin, student.id).birth_date == date(2003, 9, 9)


def test_admin_reveals_the_full_number_audited(qtbot, ctx, demo):
    student = enrolment.list_students(demo, ctx.actor, ALL).rows[1]
    full = enrolment.reveal_id_number(demo, ctx.actor, student.id)
    dialog = opened(qtbot, StudentDialog, ctx, student.id)
    ui = dialog.ui
    assert ui.revealButton.isVisible()
    looks = len([e for e in audit.list_audit(demo, ctx.actor, entity="student", entity_id=student.id)
                 if e.action == "reveal_id"])
    ui.revealButton.click()
    settled(qtbot, dialog)
    assert ui.idNumber.text() == full and not ui.idNumber.isReadOnly() and not ui.revealButton.isVisible()
    assert len([e for e in audit.list_audit(demo, ctx.actor, entity="student", entity_id=student.id)
                if e.action == "reveal_id"]) == looks + 1
    assert not dialog.is_dirty() and dialog.gather().id_number is None
    other = make_id(555, date(2001, 2, 3), male=False)
    ui.idNumber.setText(other)
    assert dialog.gather().id_number == other
    save(qtbot, dialog)
    assert enrolment.reveal_id_number(demo, ctx.actor, student.id) == other


def test_staff_cannot_reveal_even_by_calling(qtbot, staff_ctx, demo, admin):
    student = enrolment.list_students(demo, admin, ALL).rows[0]
    dialog = opened(qtbot, StudentDialog, staff_ctx, student.id)
    dialog.reveal_id_number()
    settled(qtbot, dialog)
    assert "无权" in dialog.ui.formError.text()
    assert dialog.ui.idNumber.text() == student.id_number_masked


# -- round trips -------------------------------------------------------------------------------
def test_school_round_trip(qtbot, ctx, db):
    dialog = opened(qtbot, SchoolDialog, ctx)
    ui = dialog.ui
    assert ui.inShanghai.isChecked()
    ui.name.setText("上海中侨职业技术大学")
    ui.shortName.setText("中侨")
    ui.contactPhone.setText("021-57350000")
    ui.note.setPlainText("2024年4月起合作")
    save(qtbot, dialog)
    assert dialog.result() == 1 and dialog.saved_id
    edit = opened(qtbot, SchoolDialog, ctx, dialog.saved_id)
    assert edit.windowTitle() == "Edit partner school"
    assert (edit.ui.name.text(), edit.ui.shortName.text(), edit.ui.note.toPlainText()) == \
        ("上海中侨职业技术大学", "中侨", "2024年4月起合作")
    edit.ui.address.setText("金山区")
    save(qtbot, edit)
    got = organisations.get_school(db, ctx.actor, dialog.saved_id)
    assert got.address == "金山区" and got.version == 2


def test_client_round_trip_with_optional_date(qtbot, ctx, db):
    dialog = opened(qtbot, ClientDialog, ctx)
    ui = dialog.ui
    assert not ui.since.isEnabled()
    ui.name.setText("金山农家乐合作社")
    ui.hasSince.setChecked(True)
    assert ui.since.isEnabled()
    ui.since.setDate(date(2024, 4, 1))
    save(qtbot, dialog)
    got = organisations.get_client(db, ctx.actor, dialog.saved_id)
    assert got.since == date(2024, 4, 1)
    edit = opened(qtbot, ClientDialog, ctx, got.id)
    assert edit.ui.hasSince.isChecked() and edit.ui.since.date().toPython() == date(2024, 4, 1)
    edit.ui.hasSince.setChecked(False)
    save(qtbot, edit)
    assert organisations.get_client(db, ctx.actor, got.id).since is None


def test_cohort_round_trip_and_date_order(qtbot, ctx, demo):
    school = organisations.list_schools(demo, ctx.actor, ALL).rows[0]
    dialog = opened(qtbot, CohortDialog, ctx)
    ui = dialog.ui
    ui.code.setText("2026-SP-09")
    ui.name.setText("2026春季主播班")
    assert select_value(ui.school, school.id)
    ui.hasStartDate.setChecked(True)
    ui.startDate.setDate(date(2026, 3, 1))
    ui.hasEndDate.setChecked(True)
    ui.endDate.setDate(date(2026, 2, 1))
    select_value(ui.rubricScale, 5)
    save(qtbot, dialog)
    assert "结束日期早于开始日期" in ui.endDateError.text() and dialog.isVisible()
    ui.endDate.setDate(date(2026, 7, 1))
    save(qtbot, dialog)
    got = cohorts.get_cohort(demo, ctx.actor, dialog.saved_id)
    assert (got.school_id, got.rubric_scale, got.end_date) == (school.id, 5, date(2026, 7, 1))
    edit = opened(qtbot, CohortDialog, ctx, got.id)
    assert combo_value(edit.ui.school) == school.id and combo_value(edit.ui.rubricScale) == 5


def test_mentor_round_trip(qtbot, ctx, demo):
    client = organisations.list_clients(demo, ctx.actor, ALL).rows[2]
    dialog = opened(qtbot, MentorDialog, ctx)
    ui = dialog.ui
    assert ui.weeklyCapacity.value() == 10 and ui.active.isChecked()
    ui.name.setText("金导师")
    ui.phone.setText("13912345678")
    select_value(ui.enterprise, client.id)
    ui.weeklyCapacity.setValue(6)
    ui.seniorStreamer.setChecked(True)
    save(qtbot, dialog)
    got = mentors.get_mentor(demo, ctx.actor, dialog.saved_id)
    assert (got.enterprise_id, got.weekly_capacity, got.is_senior_streamer) == (client.id, 6, True)
    edit = opened(qtbot, MentorDialog, ctx, got.id)
    assert edit.ui.phone.text() == "13912345678" and combo_value(edit.ui.enterprise) == client.id
    edit.ui.active.setChecked(False)
    save(qtbot, edit)
    assert not mentors.get_mentor(demo, ctx.actor, got.id).active


def test_student_round_trip(qtbot, ctx, demo):
    school = organisations.list_schools(demo, ctx.actor, ALL).rows[1]
    dialog = opened(qtbot, StudentDialog, ctx)
    ui = dialog.ui
    assert ui.hukouDistrict.count() == 17 and ui.hukouDistrict.findText("金山区") > 0
    ui.name.setText("李 小明")
    ui.idNumber.setText(make_id(41))
    ui.phone.setText("13900002222")
    select_value(ui.school, school.id)
    ui.cohort.setCurrentIndex(1)
    cohort_id = combo_value(ui.cohort)
    ui.hukouDistrict.setCurrentText("金山区")
    ui.residenceDistrict.setCurrentText("松江区")
    ui.shanghaiHukou.setChecked(True)
    ui.hasLeftSchoolOn.setChecked(True)
    ui.leftSchoolOn.setDate(date(2025, 6, 30))
    select_value(ui.status, StudentStatus.SUSPENDED)
    ui.contactConsent.setChecked(True)
    ui.skills.setText("话术、短视频剪辑")
    save(qtbot, dialog)
    assert dialog.result() == 1
    got = enrolment.get_student(demo, ctx.actor, dialog.saved_id)
    assert (got.name, got.school_id, got.cohort_id, got.hukou_district, got.residence_district) == \
        ("李小明", school.id, cohort_id, "金山区", "松江区")
    assert got.shanghai_hukou and got.contact_consent and got.left_school_on == date(2025, 6, 30)
    assert got.status is StudentStatus.SUSPENDED
    edit = opened(qtbot, StudentDialog, ctx, got.id)
    assert edit.windowTitle() == "Edit student"
    assert (combo_value(edit.ui.school), combo_value(edit.ui.cohort)) == (school.id, cohort_id)
    assert edit.ui.hukouDistrict.currentText() == "金山区" and edit.ui.skills.text() == "话术、短视频剪辑"
    assert not edit.is_dirty()
    edit.ui.major.setText("电子商务")
    save(qtbot, edit)
    after = enrolment.get_student(demo, ctx.actor, got.id)
    assert after.major == "电子商务" and after.version == got.version + 1 and after.cohort_id == cohort_id


def test_cohort_list_follows_the_school(qtbot, ctx, demo):
    all_cohorts = cohorts.list_cohorts(demo, ctx.actor, ALL).rows
    dialog = opened(qtbot, StudentDialog, ctx)
    ui = dialog.ui
    assert ui.cohort.count() == len(all_cohorts) + 1  # no school yet: every cohort
    school_id = all_cohorts[0].school_id
    select_value(ui.school, school_id)
    settled(qtbot, dialog)
    shown = [ui.cohort.itemData(i) for i in range(1, ui.cohort.count())]
    expected = {c.id for c in all_cohorts if c.school_id == school_id}
    assert shown and set(shown) == expected and len(expected) < len(all_cohorts)
    # a cohort chosen with no school brings its school along
    select_value(ui.school, None)
    settled(qtbot, dialog)
    other = next(c for c in all_cohorts if c.school_id != school_id)
    ui.cohort.setCurrentIndex(ui.cohort.findData(other.id))
    ui.cohort.activated.emit(ui.cohort.currentIndex())
    settled(qtbot, dialog)
    assert combo_value(ui.school) == other.school_id and combo_value(ui.cohort) == other.id


# -- users ---------------------------------------------------------------------------------------
def test_user_dialog_needs_a_mentor_link_and_a_strong_password(qtbot, ctx, demo):
    before = COUNT[UserDialog](demo, ctx.actor)
    dialog = opened(qtbot, UserDialog, ctx)
    ui = dialog.ui
    assert not ui.mentor.isEnabled() and not ui.active.isVisible()
    save(qtbot, dialog)  # all empty: the password comes first (a pure check, the service's own)
    assert "太弱" in ui.passwordError.text()
    ui.password.setText("weakpass")
    ui.confirm.setText("weakpass")
    save(qtbot, dialog)
    assert "太弱" in ui.passwordError.text()
    ui.password.setText("Strong#2026")
    ui.confirm.setText("Strong#2025")
    save(qtbot, dialog)
    assert "不一致" in ui.confirmError.text() and not ui.passwordError.isVisible()
    ui.confirm.setText("Strong#2026")
    save(qtbot, dialog)
    assert "用户名" in dialog.errors.shown() and "应为2–40个" in ui.usernameError.text()
    ui.username.setText("mentor2")
    select_value(ui.role, Role.MENTOR)
    assert ui.mentor.isEnabled() and "*" in ui.mentorLabel.text()
    save(qtbot, dialog)
    assert "导师账号必须关联一位导师" in ui.mentorError.text() and dialog.focusWidget() is ui.mentor
    assert COUNT[UserDialog](demo, ctx.actor) == before
    mentor = mentors.list_mentors(demo, ctx.actor, ALL).rows[3]
    select_value(ui.mentor, mentor.id)
    save(qtbot, dialog)
    assert dialog.result() == 1
    made = users.authenticate(demo, "mentor2", "Strong#2026")
    assert made.role is Role.MENTOR and made.mentor_id == mentor.id


def test_user_edit_changes_settings_and_resets_the_password(qtbot, ctx, demo):
    staff = next(u for u in users.list_users(demo, ctx.actor) if u.username == "jiaowu")
    dialog = opened(qtbot, UserDialog, ctx, staff.id)
    ui = dialog.ui
    assert ui.username.text() == "jiaowu" and ui.username.isReadOnly() and ui.active.isVisible()
    assert ui.password.text() == "" and dialog.windowTitle() == "Edit user"
    ui.displayName.setText("教务处王老师")
    save(qtbot, dialog)  # no password typed: it stays
    assert dialog.result() == 1
    assert users.authenticate(demo, "jiaowu", DEMO_PASSWORD).display_name == "教务处王老师"
    again = opened(qtbot, UserDialog, ctx, staff.id)
    again.ui.password.setText("short")
    again.ui.confirm.setText("short")
    save(qtbot, again)
    assert "太弱" in again.ui.passwordError.text()
    assert users.get_user(demo, ctx.actor, staff.id).version == again.version  # nothing written
    again.ui.password.setText("Newpass#2026")
    again.ui.confirm.setText("Newpass#2026")
    save(qtbot, again)
    assert again.result() == 1 and again.version == users.get_user(demo, ctx.actor, staff.id).version
    assert users.authenticate(demo, "jiaowu", "Newpass#2026").id == staff.id


def test_user_dialog_is_for_admins(qtbot, staff_ctx, demo, admin):
    account = users.list_users(demo, admin)[0]
    dialog = opened(qtbot, UserDialog, staff_ctx, account.id)
    assert "无权" in dialog.ui.formError.text() and not dialog.save_button.isEnabled()


# -- saving, cancelling, conflicts -----------------------------------------------------------------
# (Save being off while a call runs: tests/gui/dialogs/test_record_dialog.py)
def test_loading_and_saving_off_the_gui_thread(qtbot, ctx, demo, admin):
    """The form fills once the calls come back from the pool; so does the save."""
    student = next(s for s in enrolment.list_students(demo, admin, ALL).rows if s.cohort_id)
    dialog = StudentDialog(ctx, student.id)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.busy and not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: combo_value(dialog.ui.cohort) == student.cohort_id and dialog.save_button.isEnabled())
    assert dialog.ui.name.text() == student.name and not dialog.is_dirty()
    dialog.ui.note.setPlainText("线程池里保存")
    dialog.save()
    assert not dialog.save_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert enrolment.get_student(demo, admin, student.id).note == "线程池里保存"


def test_ctrl_s_saves(qtbot, ctx, db):
    dialog = SchoolDialog(ctx, None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    dialog.ui.name.setText("上海现代化工职业学院")
    with qtbot.waitSignal(dialog.saved, timeout=2000) as blocker:
        qtbot.keyClick(dialog.ui.name, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [dialog.saved_id] and dialog.result() == 1
    assert organisations.get_school(db, ctx.actor, dialog.saved_id).name == "上海现代化工职业学院"


def test_cancel_asks_only_when_edited(qtbot, ctx, demo, questions):
    school = first_id(organisations.list_schools, demo, ctx.actor)
    dialog = opened(qtbot, SchoolDialog, ctx, school)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and questions.asked == []
    dialog = opened(qtbot, SchoolDialog, ctx, school)
    dialog.ui.note.setPlainText("改了")
    questions.state["answer"] = QMessageBox.StandardButton.Cancel
    dialog.reject()
    assert dialog.isVisible() and len(questions.asked) == 1
    questions.state["answer"] = QMessageBox.StandardButton.Discard
    dialog.ui.buttons.rejected.emit()
    assert not dialog.isVisible() and dialog.result() == 0
    assert organisations.get_school(demo, ctx.actor, school).note != "改了"


def two_editors(qtbot, ctx, demo):
    school = organisations.list_schools(demo, ctx.actor, ALL).rows[0]
    first = opened(qtbot, SchoolDialog, ctx, school.id)
    second = opened(qtbot, SchoolDialog, ctx, school.id)
    first.ui.contactPerson.setText("第一位")
    save(qtbot, first)
    assert first.result() == 1
    second.ui.contactPerson.setText("第二位")
    return school, second


def choose(monkeypatch, choice: int) -> list:
    shown = []

    def exec_(self):
        shown.append(self.ui.message.text())
        return choice

    monkeypatch.setattr(ConflictDialog, "exec", exec_)
    return shown


def test_conflict_reload(qtbot, ctx, demo, monkeypatch, questions):
    school, second = two_editors(qtbot, ctx, demo)
    shown = choose(monkeypatch, ConflictDialog.RELOAD)
    save(qtbot, second)
    assert shown == ["This record was changed by someone else since you opened it."]
    assert questions.asked and second.isVisible() and second.result() == 0
    assert second.ui.contactPerson.text() == "第一位" and second.version == school.version + 1
    assert not second.is_dirty()
    second.ui.contactPerson.setText("第二位")
    save(qtbot, second)
    assert second.result() == 1
    assert organisations.get_school(demo, ctx.actor, school.id).contact_person == "第二位"


def test_conflict_reload_can_be_called_off(qtbot, ctx, demo, monkeypatch, questions):
    school, second = two_editors(qtbot, ctx, demo)
    choose(monkeypatch, ConflictDialog.RELOAD)
    questions.state["answer"] = QMessageBox.StandardButton.Cancel
    save(qtbot, second)
    assert second.ui.contactPerson.text() == "第二位" and second.version == school.version
    assert organisations.get_school(demo, ctx.actor, school.id).contact_person == "第一位"


def test_conflict_overwrite(qtbot, ctx, demo, monkeypatch):
    school, second = two_editors(qtbot, ctx, demo)
    shown = choose(monkeypatch, ConflictDialog.OVERWRITE)
    save(qtbot, second)
    assert len(shown) == 1 and second.result() == 1
    got = organisations.get_school(demo, ctx.actor, school.id)
    assert got.contact_person == "第二位" and got.version == school.version + 2


def test_conflict_cancel_keeps_editing(qtbot, ctx, demo, monkeypatch):
    school, second = two_editors(qtbot, ctx, demo)
    choose(monkeypatch, ConflictDialog.CANCEL)
    save(qtbot, second)
    assert second.isVisible() and second.ui.contactPerson.text() == "第二位" and second.save_button.isEnabled()
    assert organisations.get_school(demo, ctx.actor, school.id).contact_person == "第一位"


def test_conflict_on_a_student(qtbot, ctx, demo, monkeypatch):
    student = enrolment.list_students(demo, ctx.actor, ALL).rows[2]
    first = opened(qtbot, StudentDialog, ctx, student.id)
    second = opened(qtbot, StudentDialog, ctx, student.id)
    first.ui.major.setText("直播电商")
    save(qtbot, first)
    second.ui.skills.setText("中控")
    choose(monkeypatch, ConflictDialog.OVERWRITE)
    save(qtbot, second)
    got = enrolment.get_student(demo, ctx.actor, student.id)
    assert got.major == student.major and got.skills == "中控"  # the second person's values, all of them


def test_a_mentor_cannot_save_a_school(qtbot, demo, ops, tmp_path):
    actor = users.authenticate(demo, "mentor", DEMO_PASSWORD).actor()
    ctx = AppContext(db=demo, actor=actor, ops=ops, lang="zh", data_dir=tmp_path)
    before = COUNT[SchoolDialog](demo, actor)
    dialog = opened(qtbot, SchoolDialog, ctx)
    dialog.ui.name.setText("新院校")
    save(qtbot, dialog)
    assert "无权" in dialog.ui.formError.text() and dialog.ui.formError.isVisible() and dialog.isVisible()
    assert COUNT[SchoolDialog](demo, actor) == before


# -- screenshots --------------------------------------------------------------------------------------
SHOTS = [
    ("school", SchoolDialog, lambda db, a: first_id(organisations.list_schools, db, a), None),
    ("client", ClientDialog, lambda db, a: first_id(organisations.list_clients, db, a), None),
    ("cohort", CohortDialog, lambda db, a: first_id(cohorts.list_cohorts, db, a), None),
    ("mentor", MentorDialog, lambda db, a: first_id(mentors.list_mentors, db, a),
     lambda ui: ui.phone.setText("1380000")),
    ("student", StudentDialog, lambda db, a: first_id(enrolment.list_students, db, a),
     lambda ui: (ui.idNumber.setText("31011620040506123"), ui.phone.setText("1234"))),
    ("user", UserDialog, lambda db, a: next(u.id for u in users.list_users(db, a) if u.username == "mentor"),
     lambda ui: (ui.password.setText("abc"), ui.confirm.setText("abd"), ui.role.setCurrentIndex(2))),
]


@pytest.mark.parametrize("name, cls, pick, spoil", SHOTS, ids=[s[0] for s in SHOTS])
def test_screenshots(qtbot, qapp, ctx, demo, screenshot_dir, name, cls, pick, spoil):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    for mode in ("new", "edit", "errors"):
        dialog = opened(qtbot, cls, ctx, pick(demo, ctx.actor) if mode == "edit" else None)
        qtbot.waitExposed(dialog)
        if mode == "errors":
            if spoil:
                spoil(dialog.ui)
            save(qtbot, dialog)
            assert dialog.errors.has_errors()
        qapp.processEvents()
        assert dialog.width() >= dialog.minimumSizeHint().width()
        assert dialog.height() >= dialog.minimumSizeHint().height()
        path = os.path.join(screenshot_dir, f"dialog_{name}_{mode}.png")
        assert dialog.grab().save(path) and os.path.getsize(path) > 5_000
    conflict = ConflictDialog()
    qtbot.addWidget(conflict)
    conflict.show()
    # Every parameter saves the same file: write a file of its own, then rename it into
    # place, so that tests running in parallel (pytest-xdist) never interleave their writes.
    path = os.path.join(screenshot_dir, "dialog_conflict.png")
    own = os.path.join(screenshot_dir, f"dialog_conflict.{name}.{os.getpid()}.png")
    assert conflict.grab().save(own)
    os.replace(own, path)


def test_admin_unlocks_a_locked_account_from_the_user_dialog(qtbot, ctx, db):
    from jiarenbase.core.domain.enums import Role
    from jiarenbase.core.errors import AuthenticationError
    from jiarenbase.core.services import users
    from jiarenbase.gui.dialogs.user_dialog import UserDialog

    user = users.add_user(db, ctx.actor, "laoshi", "Jiaren#2025", Role.STAFF)
    for _ in range(5):
        with pytest.raises(AuthenticationError):
            users.authenticate(db, "laoshi", "wrong")
    dialog = settled(qtbot, UserDialog(ctx, user.id))
    qtbot.addWidget(dialog)
    assert dialog.ui.unlock.isVisibleTo(dialog) and dialog.ui.lockState.text()
    dialog.ui.unlock.click()
    settled(qtbot, dialog)
    assert not dialog.ui.unlock.isVisibleTo(dialog)
    assert users.authenticate(db, "laoshi", "Jiaren#2025").username == "laoshi"
