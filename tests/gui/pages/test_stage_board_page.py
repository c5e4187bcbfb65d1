"""The stage board page and its dialogs on demo data: columns, sign-off, override
(staff only, with a reason), criteria, cognitive lessons' check-in; loaded again
whenever it comes to the front; closed while it loads; screenshots. Results come
back through ctx.ops: tests drain."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import AttendanceStatus, Stage
from jiarenbase.core.services import attendance, audit, cohorts, stage_board, users
from jiarenbase.core.services.attendance import ModuleInput
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui

REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue4_")


@pytest.fixture
def demo(qapp, db, ctx):
    build_demo(db, students=40, seed=3)  # (themed screens: tests/gui/test_stage_board_screens.py)
    return ctx


def make_page(qtbot, ctx):
    from jiarenbase.gui.pages.stage_board_page import StageBoardPage

    page = StageBoardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()  # loads when shown
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)
    return page


def cohort_in(ctx, stage: Stage) -> int:
    for c in stage_board.board_cohorts(ctx.db, ctx.actor):
        if stage_board.stage_board(ctx.db, ctx.actor, c.id).column(stage).cards:
            return c.id
    raise AssertionError(stage)


def column_ids(page, stage: Stage) -> list[int]:
    return [w.student_id for w in page.columns[stage].widgets]


def staff_ctx(ctx):
    return replace(ctx, actor=users.authenticate(ctx.db, "jiaowu", "Jiaren@2025").actor())


def mentor_ctx(ctx):
    return replace(ctx, actor=users.authenticate(ctx.db, "mentor", "Jiaren@2025").actor())


def test_board_shows_demo_cohorts_in_the_right_columns(qtbot, demo, out_dir, drain):
    page = make_page(qtbot, demo)
    assert page.ui.cohort.count() == 7
    for index in range(page.ui.cohort.count()):
        page.ui.cohort.setCurrentIndex(index)
        drain()
        board = stage_board.stage_board(demo.db, demo.actor, page.cohort_id)
        for stage in Stage:
            assert column_ids(page, stage) == [c.student_id for c in board.column(stage).cards]
            assert page.columns[stage].count.text() == str(len(board.column(stage).cards))
    page.select_cohort(cohort_in(demo, Stage.PROJECT))
    drain()
    card = page.columns[Stage.PROJECT].widgets[0]
    assert set(card.bars) == {"mock_drills", "mock_avg_rubric"}
    assert all(bar.property("met") == c.met for bar, c in zip(card.bars.values(), card.card.checks, strict=True))
    shoot(page, out_dir, "stage_board_project", qtbot)
    page.select_cohort(cohort_in(demo, Stage.COGNITIVE))
    drain()
    shoot(page, out_dir, "stage_board", qtbot)


def shown(page, stage: Stage) -> list:
    return [w for w in page.columns[stage].widgets if not w.isHidden()]


def test_filters_and_double_click_asks_for_the_student_page(qtbot, demo, drain):
    page = make_page(qtbot, demo)
    page.select_cohort(cohort_in(demo, Stage.COGNITIVE))
    drain()
    first, second = page.columns[Stage.COGNITIVE].widgets[:2]
    page.select(second.student_id)
    drain()
    page.ui.search.setText(first.card.name)
    assert [w.card.name for w in shown(page, Stage.COGNITIVE)] == [first.card.name]
    assert page.selected is None and not page.ui.signOffButton.isEnabled()  # the hidden card is let go
    page.ui.search.clear()
    assert len(shown(page, Stage.COGNITIVE)) == len(page.columns[Stage.COGNITIVE].widgets)
    page.select_cohort(cohort_in(demo, Stage.PROJECT))
    drain()
    page.ui.readyOnly.setChecked(True)
    column = page.columns[Stage.PROJECT]
    ready = [w for w in column.widgets if w.card.ready]
    assert len(ready) < len(column.widgets)  # the demo's project cohort has students still short of the gate
    assert shown(page, Stage.PROJECT) == ready and column.count.text() == str(len(column.widgets))
    assert column.empty.isVisibleTo(page) == (not ready)
    page.ui.readyOnly.setChecked(False)
    with qtbot.waitSignal(page.student_requested) as signal:
        qtbot.mouseDClick(column.widgets[0], Qt.MouseButton.LeftButton)
    assert signal.args == [column.widgets[0].student_id]


def test_sign_off_moves_the_card(qtbot, demo, out_dir, drain):
    page = make_page(qtbot, demo)
    page.select_cohort(cohort_in(demo, Stage.COGNITIVE))
    drain()
    assert not page.ui.signOffButton.isEnabled()
    ready = next(w for w in page.columns[Stage.COGNITIVE].widgets if w.card.ready)
    sid = ready.student_id
    qtbot.mouseClick(ready, Qt.MouseButton.LeftButton)
    assert page.selected == sid and ready.selected and page.ui.signOffButton.isEnabled()
    page.ui.signOffButton.click()
    drain()
    dialog = page.dialog
    assert dialog is not None and not dialog.ui.overrideBox.isVisible()
    assert dialog.ok_button.isEnabled() and dialog.ui.checks.rowCount() == 1
    shoot(dialog, out_dir, "sign_off_met", qtbot)
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
        drain()
    assert page.dialog is None
    assert sid in column_ids(page, Stage.PROJECT) and sid not in column_ids(page, Stage.COGNITIVE)
    assert "→" in page.ui.message.text()
    name = ready.card.name
    assert demo.notices.last == f"{name} signed off: now in {Stage.PROJECT.zh}."  # (English until translated)


def test_staff_override_needs_a_reason_and_is_audited(qtbot, demo, out_dir, drain):
    ctx = staff_ctx(demo)
    page = make_page(qtbot, ctx)
    page.select_cohort(cohort_in(ctx, Stage.PROJECT))
    drain()
    card = next(w for w in page.columns[Stage.PROJECT].widgets if not w.card.ready)
    page.select(card.student_id)
    drain()
    page.sign_off_selected()
    drain()
    dialog = page.dialog
    assert dialog.ui.overrideBox.isVisible() and not dialog.ui.mentorNote.isVisible()
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()  # no reason yet
    drain()
    assert page.dialog is dialog and dialog.isVisible()
    assert "至少10个字" in dialog.errors.message("特批理由")
    assert dialog.ui.overrideReasonError.isVisible()
    shoot(dialog, out_dir, "sign_off_override", qtbot)
    dialog.ui.overrideReason.setPlainText(REASON)  # (QTest cannot type Chinese)
    drain()
    assert dialog.errors.message("特批理由") == ""
    with qtbot.waitSignal(page.changed):
        dialog.ok_button.click()
        drain()
    assert card.student_id in column_ids(page, Stage.LIVE)
    overrides = [e for e in audit.list_audit(ctx.db, demo.actor, entity="stage_record") if e.action == "override"]
    assert len(overrides) == 1 and overrides[0].after["reason"] == REASON and overrides[0].username == "jiaowu"


def test_mentor_sees_own_students_and_cannot_override(qtbot, demo, out_dir, drain):
    ctx = mentor_ctx(demo)
    page = make_page(qtbot, ctx)
    assert not page.ui.criteriaButton.isVisible()
    mine = {c.id for c in stage_board.board_cohorts(ctx.db, ctx.actor)}
    assert page.ui.cohort.count() == len(mine) >= 1
    cards = [w for col in page.columns.values() for w in col.widgets]
    assert cards and all(w.card.mentor_name for w in cards)
    blocked = next(w for w in cards if not w.card.ready)
    page.select(blocked.student_id)
    drain()
    page.sign_off_selected()
    drain()
    dialog = page.dialog
    assert dialog.ui.mentorNote.isVisible() and not dialog.ui.overrideBox.isVisible()
    assert not dialog.ok_button.isEnabled()
    shoot(dialog, out_dir, "sign_off_mentor", qtbot)
    dialog.reject()
    drain()
    assert page.dialog is None
    assert blocked.student_id in [w.student_id for col in page.columns.values() for w in col.widgets]
    shoot(page, out_dir, "stage_board_mentor", qtbot)


def test_criteria_dialog_saves_and_changes_the_cards(qtbot, demo, out_dir, drain):
    page = make_page(qtbot, demo)
    cohort_id = cohort_in(demo, Stage.COGNITIVE)
    page.select_cohort(cohort_id)
    drain()
    before = sum(w.card.ready for w in page.columns[Stage.COGNITIVE].widgets)
    page.ui.criteriaButton.click()
    drain()
    dialog = page.dialog
    assert dialog.ui.minModuleAttendance.value() == 80
    shoot(dialog, out_dir, "criteria_dialog", qtbot)
    dialog.ui.minModuleAttendance.setValue(100)
    dialog.ui.minMockDrills.setValue(6)
    with qtbot.waitSignal(page.changed):
        dialog.save_button.click()
        drain()
    saved = cohorts.get_criteria(demo.db, demo.actor, cohort_id)
    assert (saved.min_module_attendance, saved.min_mock_drills) == (1.0, 6)
    after = sum(w.card.ready for w in page.columns[Stage.COGNITIVE].widgets)
    assert after < before
    page.ui.criteriaButton.click()
    drain()
    page.dialog.ui.buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).click()
    drain()
    assert page.dialog.ui.minModuleAttendance.value() == 80
    page.dialog.reject()
    drain()


def test_criteria_saved_by_someone_else_meanwhile_are_not_overwritten(qtbot, demo, out_dir, drain):
    from jiarenbase.core.domain.stages import StageCriteria
    from jiarenbase.gui.dialogs.criteria_dialog import CriteriaDialog

    cohort_id = cohort_in(demo, Stage.COGNITIVE)
    dialog = CriteriaDialog(demo, cohort_id, "批次")
    qtbot.addWidget(dialog)
    drain()
    read_at = dialog.version
    assert read_at == cohorts.criteria_for_edit(demo.db, demo.actor, cohort_id).version
    theirs = StageCriteria(min_module_attendance=0.9, min_mock_drills=4)
    cohorts.set_criteria(demo.db, demo.actor, cohort_id, theirs, read_at)  # a colleague saves first
    dialog.ui.minMockDrills.setValue(7)
    with qtbot.assertNotEmitted(dialog.saved):
        dialog.save_button.click()
        drain()
    assert "已被他人修改" in dialog.ui.formError.text() and "saved meanwhile" in dialog.ui.formError.text()
    assert cohorts.get_criteria(demo.db, demo.actor, cohort_id) == theirs  # the later save did not win
    # the form now shows the colleague's criteria and the version they were saved at
    assert (dialog.ui.minModuleAttendance.value(), dialog.ui.minMockDrills.value()) == (90, 4)
    assert dialog.version != read_at and dialog.save_button.isEnabled() and not dialog.is_dirty()
    dialog.resize(dialog.sizeHint())
    shoot(dialog, out_dir, "criteria_conflict", qtbot)
    dialog.ui.minMockDrills.setValue(7)
    with qtbot.waitSignal(dialog.saved):
        dialog.save_button.click()
        drain()
    assert cohorts.get_criteria(demo.db, demo.actor, cohort_id) == replace(theirs, min_mock_drills=7)


def test_attendance_all_present_and_absent_needs_a_reason(qtbot, demo, out_dir, monkeypatch, drain):
    page = make_page(qtbot, demo)
    cohort_id = cohort_in(demo, Stage.COGNITIVE)
    page.select_cohort(cohort_id)
    drain()
    page.ui.attendanceButton.click()
    drain()
    dialog = page.dialog
    assert dialog.ui.lessons.count() == 8 and dialog.sheet is not None  # the latest lesson held
    shoot(dialog, out_dir, "attendance_dialog", qtbot)
    dialog.ui.newLessonButton.click()
    drain()
    dialog.ui.title.setText("直播复盘实操")
    dialog.ui.date.setDate(date.today())
    dialog.ui.saveLessonButton.click()
    drain()
    assert dialog.ui.lessons.count() == 9 and dialog.sheet.module.title == "直播复盘实操"
    rows = dialog.ui.sheet.rowCount()
    assert rows == 10 and all(dialog.status_at(r) is None for r in range(rows))
    dialog.set_status(0, AttendanceStatus.ABSENT)
    dialog.ui.allPresentButton.click()
    drain()
    assert dialog.status_at(0) is AttendanceStatus.ABSENT
    assert all(dialog.status_at(r) is AttendanceStatus.PRESENT for r in range(1, rows))
    dialog.ui.sheet.selectRow(1)
    qtbot.keyClick(dialog.ui.sheet, Qt.Key.Key_2)
    drain()
    assert dialog.status_at(1) is AttendanceStatus.LATE
    dialog.save_button.click()  # 0 is absent without a reason
    drain()
    name = dialog.sheet.rows[0].student_name
    assert "缺勤原因" in dialog.ui.formError.text() and name in dialog.ui.formError.text()
    assert attendance.attendance_sheet(demo.db, demo.actor, dialog.sheet.module.id).rows[1].status is None
    shoot(dialog, out_dir, "attendance_absent_error", qtbot)
    # type the reason in the cell editor, then Ctrl+S while it is still open
    assert dialog.ui.sheet.currentColumn() == 3 and dialog.ui.sheet.currentRow() == 0
    editor = QApplication.focusWidget()
    editor.setText("病假")
    assert dialog.save_shortcut.key() == QKeySequence(QKeySequence.StandardKey.Save)
    dialog.save_shortcut.activated.emit()
    drain()
    assert dialog.ui.formError.text() == "" and dialog.ui.notice.isVisible()
    saved = attendance.attendance_sheet(demo.db, demo.actor, dialog.sheet.module.id)
    assert (saved.rows[0].status, saved.rows[0].reason, saved.rows[1].status) == (
        AttendanceStatus.ABSENT, "病假", AttendanceStatus.LATE)
    assert not dialog.is_dirty()
    with qtbot.waitSignal(page.changed):
        dialog.reject()
        drain()
    assert page.dialog is None


def test_attendance_dialog_for_a_mentor_hides_lesson_planning(qtbot, demo, out_dir, drain):
    ctx = mentor_ctx(demo)
    cohort_id = stage_board.board_cohorts(ctx.db, ctx.actor)[0].id
    attendance.create_module(demo.db, demo.actor, cohort_id, ModuleInput("实战复盘", date.today()))
    from jiarenbase.gui.dialogs.attendance_dialog import AttendanceDialog

    dialog = AttendanceDialog(ctx, cohort_id, "批次")
    qtbot.addWidget(dialog)
    drain()
    assert not dialog.ui.lessonBox.isVisibleTo(dialog) and not dialog.ui.newLessonButton.isVisibleTo(dialog)
    assert dialog.sheet.module.title == "实战复盘"
    mine = stage_board.stage_board(ctx.db, ctx.actor, cohort_id).students
    assert dialog.ui.sheet.rowCount() == mine
    dialog.ui.allPresentButton.click()
    drain()
    dialog.save()
    drain()
    assert dialog.wrote and all(r.status is AttendanceStatus.PRESENT for r in dialog.sheet.rows)
    shoot(dialog, out_dir, "attendance_mentor", qtbot)


def test_closing_with_unsaved_marks_asks_first(qtbot, demo, monkeypatch, drain):
    from jiarenbase.gui.dialogs.attendance_dialog import AttendanceDialog

    cohort_id = cohort_in(demo, Stage.COGNITIVE)
    dialog = AttendanceDialog(demo, cohort_id)
    qtbot.addWidget(dialog)
    drain()
    dialog.show()
    dialog.set_status(0, AttendanceStatus.LATE)
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.Cancel)
    dialog.reject()
    drain()
    assert asked and dialog.isVisible()


def test_the_board_is_read_again_whenever_it_comes_to_the_front(qtbot, demo, drain, monkeypatch):
    from jiarenbase.gui.pages import stage_board_page

    asked = []
    board_cohorts = stage_board.board_cohorts
    monkeypatch.setattr(stage_board_page.stage_board, "board_cohorts",
                        lambda *a: asked.append(True) or board_cohorts(*a))
    page = stage_board_page.StageBoardPage(demo)
    qtbot.addWidget(page)
    page.lazy.ensure()  # what the main window does while it is still hidden
    page.lazy.ensure()
    drain()
    assert len(asked) == 1 and page.ui.cohort.count() == 7
    page.show()  # comes to the front: sessions may have been logged meanwhile
    drain()
    page.hide()
    page.show()
    drain()
    assert len(asked) == 3


def test_closed_while_it_loads(qtbot, demo, in_flight):
    from jiarenbase.gui.pages import stage_board_page

    in_flight.hold(stage_board_page.stage_board, "board_cohorts")
    page = stage_board_page.StageBoardPage(demo)
    page.show()
    in_flight.destroy_while_loading(page)


def test_closed_while_the_board_of_a_cohort_loads(qtbot, demo, in_flight):
    from jiarenbase.gui.pages import stage_board_page

    in_flight.hold(stage_board_page.stage_board, "stage_board")  # the cohorts come, the board is held
    page = stage_board_page.StageBoardPage(demo)
    page.show()
    in_flight.destroy_while_loading(page)


def test_the_board_remembers_the_last_cohort_and_first_opens_on_the_most_recent(qtbot, demo, drain):
    listed = stage_board.board_cohorts(demo.db, demo.actor)
    page = make_page(qtbot, demo)
    assert page.cohort_id == listed[0].id  # the first time: the most recent active cohort
    other = listed[-1].id
    page.select_cohort(other)
    drain()
    page.close()
    again = make_page(qtbot, demo)  # the next time (a new window, or the next start)
    assert again.cohort_id == other and again.board.cohort_id == other
    staff = make_page(qtbot, staff_ctx(demo))  # remembered per person: staff has chosen nothing yet
    assert staff.cohort_id == listed[0].id
    with pytest.MonkeyPatch.context() as patch:  # a remembered cohort that is gone: the most recent again
        patch.setattr(type(again), "remembered_cohort", lambda _self: 99_999)
        gone = make_page(qtbot, demo)
    assert gone.cohort_id == listed[0].id


def test_a_new_cohort_without_lessons_shows_no_ready_card(qtbot, demo, drain):
    from jiarenbase.core.domain.idcard import check_char
    from jiarenbase.core.services import enrolment

    cohort = cohorts.create_cohort(demo.db, demo.actor, cohorts.CohortInput(code="ZB209901-01", name="今日导入班"))
    for i in range(2):
        first17 = f"31011620050101{901 + i:03d}"
        enrolment.create_student(demo.db, demo.actor, enrolment.StudentInput(
            name=f"今日学员{i}", id_number=first17 + check_char(first17), cohort_id=cohort.id))
    page = make_page(qtbot, demo)
    assert page.cohort_id == cohort.id  # created today: the most recent
    cards = page.columns[Stage.COGNITIVE].widgets
    assert len(cards) == 2 and not any(w.card.ready for w in cards)
    assert {w.badge.text() for w in cards} == {"No data"} and page.columns[Stage.COGNITIVE].ready.text() == ""
    assert "· 0 ready" in page.ui.summary.text()
