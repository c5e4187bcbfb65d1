"""The roster import wizard end to end, on a workbook built here: preview with
highlighting, import, re-import, error list, unreadable file, cancellation, roles;
closed while a page loads. Results come back through ctx.ops and are drained."""
from __future__ import annotations

import os
import re
import threading
from dataclasses import replace

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtWidgets import QFileDialog, QWizard

from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import cohorts, enrolment, organisations, roster_import
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.progress import CancelToken
from jiarenbase.gui.dialogs.import_pages import ImportPreviewPage, ImportTargetPage
from jiarenbase.gui.dialogs.import_wizard import CONFIRM, FILE, PREVIEW, SUMMARY, TARGET, ImportWizard
from jiarenbase.gui.models.roster_preview_model import ERROR_BACKGROUND, NOTICE_BACKGROUND

pytestmark = pytest.mark.gui


def make_id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


BAD_ID = make_id(13)[:-1] + ("0" if make_id(13)[-1] != "0" else "1")  # wrong check character


def write_roster(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.title = "学员名单"
    ws.append(["金山食品工业学校 2025年春季直播实训班学员名单"])
    ws.append(["姓名", "身份证号", "手机号", "专业", "班级"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def base(db, admin):
    """Two schools with a cohort each; 王浩 is already enrolled."""
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(code="2025-SP-01", name="2025春季主播班",
                                                                  school_id=school.id))
    other = organisations.create_school(db, admin, organisations.SchoolInput(name="上海中侨职业技术大学"))
    cohorts.create_cohort(db, admin, cohorts.CohortInput(code="ZQ-2025-01", name="中侨电商班", school_id=other.id))
    enrolment.create_student(db, admin, enrolment.StudentInput(name="王浩", id_number=make_id(21),
                                                               school_id=school.id, cohort_id=cohort.id))
    return school, cohort


@pytest.fixture
def roster(tmp_path):
    return write_roster(tmp_path / "春季名单.xlsx", [
        ["林小雨", make_id(11), "13800138000", "电子商务", "电商2301"],
        ["何晓东", make_id(12), "", "市场营销", "营销2302"],
        ["周一", BAD_ID, "13800138001", "电子商务", "电商2301"],
        ["王浩", make_id(21), "13912340000", "电子商务", "电商2301"],
    ])


def count(db, model) -> int:
    with db.read() as s:
        return s.query(model).count()


def numbers(text: str) -> list[int]:
    return [int(n) for n in re.findall(r"\d+", text)]


def open_wizard(ctx, qtbot, drain, path) -> ImportWizard:
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    assert wizard.currentId() == FILE
    wizard.file_page.set_path(str(path))
    wizard.next()
    assert wizard.currentId() == TARGET
    drain()  # the schools
    return wizard


def to_preview(ctx, qtbot, drain, path, school="金山食品工业学校", cohort="2025-SP-01") -> ImportWizard:
    wizard = open_wizard(ctx, qtbot, drain, path)
    wizard.target_page.select_school(school)
    drain()  # its cohorts
    wizard.target_page.select_cohort(cohort)
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentId() == PREVIEW
    drain()  # the file is read
    return wizard


def import_all(wizard, drain) -> None:
    wizard.next()
    assert wizard.currentId() == CONFIRM
    wizard.next()  # the commit button: imports, then moves on
    drain()
    assert wizard.currentId() == SUMMARY


def test_preview_counts_and_highlighting(ctx, qtbot, drain, qtmodeltester, base, roster):
    wizard = to_preview(ctx, qtbot, drain, roster)
    page = wizard.preview_page
    assert numbers(page.ui.counts.text()) == [2, 0, 1, 1]
    assert page.ui.info.isVisibleTo(page) and "学员名单" in page.ui.info.text()  # the sheet, the header row
    model = page.model
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    by_name = {model.index(r, 1).data(): r for r in range(4)}
    assert [model.index(r, 0).data() for r in range(4)] == ["3", "4", "5", "6"]  # Excel row numbers
    bad, enrolled, good = by_name["周一"], by_name["王浩"], by_name["林小雨"]
    assert model.index(bad, 0).data(8).color() == ERROR_BACKGROUND  # 8 = BackgroundRole
    assert model.index(enrolled, 3).data(8).color() == NOTICE_BACKGROUND
    assert model.index(good, 3).data(8) is None
    assert "身份证号" in model.index(bad, 7).data()
    assert model.index(good, 2).data() == "310116********" + make_id(11)[-4:]  # masked
    assert model.index(bad, 2).data() == BAD_ID  # a row with a problem: in full
    assert model.index(enrolled, 2).data() == "310116********" + make_id(21)[-4:]
    assert {model.index(r, 6).data() for r in range(4)} >= {model.index(good, 6).data()}
    assert len({model.index(r, 6).data() for r in (bad, enrolled, good)}) == 3  # three statuses
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_import_writes_the_right_rows_and_a_second_run_adds_nobody(ctx, qtbot, drain, db, admin, base, roster):
    school, cohort = base
    seen = []
    wizard = to_preview(ctx, qtbot, drain, roster)
    wizard.imported.connect(seen.append)
    import_all(wizard, drain)
    out = wizard.outcome
    assert (out.added, out.skipped_existing, out.rejected) == (2, 1, 1) and seen == [out]
    summary = wizard.summary_page.ui
    assert numbers(summary.addedValue.text()) == [2] and numbers(summary.rejectedValue.text()) == [1]
    names = {st.name for st in enrolment.list_students(db, admin).rows if st.cohort_id == cohort.id}
    assert names == {"王浩", "林小雨", "何晓东"}
    assert count(db, Student) == 3

    again = to_preview(ctx, qtbot, drain, roster)
    assert numbers(again.preview_page.ui.counts.text()) == [0, 0, 3, 1]
    import_all(again, drain)
    assert (again.outcome.added, again.outcome.skipped_existing) == (0, 3)
    assert count(db, Student) == 3


def test_new_school_and_cohort_are_created_with_the_students(ctx, qtbot, drain, db, base, roster):
    wizard = open_wizard(ctx, qtbot, drain, roster)
    wizard.target_page.select_new_school("上海现代化工职业学院", "HG-2025-01", "化工直播班")
    wizard.next()
    drain()  # the new cohort is checked, then the file read
    drain()
    import_all(wizard, drain)
    out = wizard.outcome
    assert out.school_created and out.cohort_created and out.added == 2
    assert "上海现代化工职业学院" in wizard.summary_page.ui.created.text()
    assert count(db, PartnerSchool) == 3 and count(db, Cohort) == 3


def test_a_cohort_of_another_school_is_refused_and_nothing_written(ctx, qtbot, drain, db, base, roster):
    wizard = open_wizard(ctx, qtbot, drain, roster)
    wizard.target_page.select_new_school("上海现代化工职业学院", "ZQ-2025-01", "化工直播班")
    wizard.next()
    drain()  # the new cohort is checked: its code is taken
    assert wizard.currentId() == TARGET
    message = wizard.target_page.ui.message.text()
    assert "ZQ-2025-01" in message and "已被使用" in message
    assert count(db, Student) == 1 and count(db, PartnerSchool) == 2


def test_error_list_is_saved(ctx, qtbot, drain, base, roster, tmp_path, monkeypatch):
    wizard = to_preview(ctx, qtbot, drain, roster)
    import_all(wizard, drain)
    target = tmp_path / "退回学校"
    asked = []

    def save_name(parent, title, start, filters):
        asked.append(start)
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))
    page = wizard.summary_page
    assert page.ui.saveErrorsButton.isEnabled()
    page.ui.saveErrorsButton.click()
    assert not page.ui.saveErrorsButton.isEnabled()  # while the list is written
    drain()
    assert page.ui.saveErrorsButton.isEnabled()
    saved = target.with_suffix(".xlsx")
    assert saved.exists() and asked[0].startswith(str(roster.parent))
    ws = load_workbook(saved).active
    values = [[c.value for c in row] for row in ws.iter_rows()]
    assert values[1][:2] == [5, "周一"] and "身份证号" in values[1][-1] and len(values) == 2  # the original row first
    assert str(saved) in page.ui.saveMessage.text()


def test_nothing_to_save_when_every_row_is_fine(ctx, qtbot, drain, base, tmp_path):
    path = write_roster(tmp_path / "ok.xlsx", [["林小雨", make_id(11), "", "", ""]])
    wizard = to_preview(ctx, qtbot, drain, path)
    import_all(wizard, drain)
    assert not wizard.summary_page.ui.saveErrorsButton.isEnabled()


@pytest.mark.parametrize("content", [b"this is not a workbook at all", b""])
def test_an_unreadable_file_is_explained_on_the_preview_page(ctx, qtbot, drain, base, tmp_path, content):
    path = tmp_path / "坏文件.xlsx"
    path.write_bytes(content)
    wizard = to_preview(ctx, qtbot, drain, path)
    page = wizard.preview_page
    assert "坏文件.xlsx" in page.ui.message.text() and page.ui.message.isVisibleTo(page)
    assert not page.ui.table.isVisibleTo(page)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    wizard.back()
    assert wizard.currentId() == TARGET


def test_cancelling_the_import_writes_nothing(ctx, qtbot, drain, db, base, roster):
    def cancelled() -> CancelToken:
        token = CancelToken()
        token.cancel()  # as if Cancel was pressed before the first progress report
        return token

    wizard = to_preview(ctx, qtbot, drain, roster)
    wizard.token_factory = cancelled
    wizard.next()
    wizard.next()
    drain()
    assert wizard.currentId() == CONFIRM and wizard.outcome is None and not wizard.busy
    assert wizard.confirm_page.ui.message.text()  # "cancelled; nothing was saved"
    assert count(db, Student) == 1
    wizard.token_factory = CancelToken
    wizard.next()
    drain()
    assert wizard.currentId() == SUMMARY and count(db, Student) == 3


def test_cancelling_new_school_import_creates_no_school(ctx, qtbot, drain, db, base, roster):
    wizard = open_wizard(ctx, qtbot, drain, roster)
    wizard.target_page.select_new_school("上海现代化工职业学院", "HG-2025-01", "化工直播班")
    wizard.next()
    drain()  # the new cohort is checked, then the file read
    drain()
    token = CancelToken()
    token.cancel()
    wizard.token_factory = lambda: token
    wizard.next()
    wizard.next()
    drain()
    assert wizard.currentId() == CONFIRM
    assert count(db, PartnerSchool) == 2 and count(db, Cohort) == 2 and count(db, Student) == 1


def test_the_wizard_moves_on_as_each_answer_arrives(ctx, qtbot, base, roster):
    """As a person sees it: every step waits for what is on screen, never for a drain."""
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.file_page.set_path(str(roster))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.target_page.ui.schoolCombo.findText("金山食品工业学校") > 0)
    wizard.target_page.select_school("金山食品工业学校")
    qtbot.waitUntil(lambda: wizard.target_page.isComplete())
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.isComplete())
    assert numbers(wizard.preview_page.ui.counts.text()) == [2, 0, 1, 1]
    wizard.next()
    wizard.next()  # starts the import on the pool; the page moves on when it is done
    assert wizard.currentId() == CONFIRM and wizard.busy
    qtbot.waitUntil(lambda: wizard.currentId() == SUMMARY)
    assert wizard.outcome.added == 2 and not wizard.busy


def test_busy_wizard_ignores_escape(ctx, qtbot, drain, base, roster):
    wizard = to_preview(ctx, qtbot, drain, roster)
    wizard.busy = True
    wizard.reject()
    assert wizard.isVisible()
    wizard.busy = False
    wizard.reject()
    assert not wizard.isVisible()


def test_mentors_cannot_import(qtbot, ctx, roster):
    mentor = Actor(user_id=None, username="wang", role=Role.MENTOR, mentor_id=None)
    wizard = ImportWizard(replace(ctx, actor=mentor))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert "导师账号无权导入名单" in page.ui.message.text()
    page.set_path(str(roster))
    assert not page.isComplete()
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_screenshots_of_every_page(qapp, qtbot, drain, db, admin, ctx, tmp_path, screenshot_dir):
    from jiarenbase.core.demo import build_demo
    from jiarenbase.gui.app import apply_theme

    build_demo(db, students=40, seed=3)
    school = organisations.list_schools(db, admin).rows[0]
    cohort = cohorts.list_cohorts(db, admin).rows[0]
    enrolment.create_student(db, admin, enrolment.StudentInput(name="王浩", id_number=make_id(21),
                                                               school_id=school.id, cohort_id=cohort.id))
    path = write_roster(tmp_path / "2025春季直播实训班名单.xlsx", [
        ["林小雨", make_id(11), "13800138000", "电子商务", "电商2301"],
        ["何晓东", make_id(12), "", "市场营销", "营销2302"],
        ["周一", BAD_ID, "13800138001", "电子商务", "电商2301"],
        ["王浩", make_id(21), "13912340000", "电子商务", "电商2301"],
        ["陈思远", make_id(14), "1380013", "直播电商", "电商2301"],
        ["赵子涵", make_id(16), "13800138005", "数字媒体", "数媒2301"],
    ])
    apply_theme(qapp)
    try:
        wizard = ImportWizard(ctx)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.file_page.set_path(str(path))
        shots = {"1_file": None}

        def shoot(name):
            out = os.path.join(screenshot_dir, f"import_wizard_{name}.png")
            assert wizard.grab().save(out)

        shoot("1_file")
        wizard.next()
        drain()
        wizard.target_page.select_school(school.name)
        drain()
        wizard.target_page.select_cohort(cohort.code)
        shoot("2_target")
        wizard.next()
        drain()
        shoot("3_preview")
        wizard.next()
        shoot("4_confirm")
        wizard.next()
        drain()
        shoot("5_summary")
        assert len(shots) == 1 and wizard.currentId() == SUMMARY

        other = ImportWizard(ctx)
        qtbot.addWidget(other)
        other.show()
        bad = tmp_path / "损坏的名单.xlsx"
        bad.write_bytes(b"PK\x03\x04 not really a workbook")
        other.file_page.set_path(str(bad))
        other.next()
        drain()
        other.target_page.select_new_school("上海现代化工职业学院", "HG-2025-01", "化工直播班")
        wizard = other
        shoot("2_target_new")
        other.next()
        drain()
        shoot("3_file_error")
    finally:
        qapp.setStyleSheet("")


# --------------------------------------------------------------------------- closed while loading

def _blocked(monkeypatch, module, name):
    """Patch module.name to wait for the returned gate before answering."""
    gate, started = threading.Event(), threading.Event()
    real = getattr(module, name)

    def waits(*args, **kwargs):
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waits)
    return gate, started


def _spy(monkeypatch, cls, *names):
    ran = []
    for name in names:
        monkeypatch.setattr(cls, name, lambda self, *a, _n=name: ran.append(_n))
    return ran


def _close_while_in_flight(qtbot, wizard, gate, started, drain, ops):
    assert started.wait(10)
    wizard.close()
    wizard.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    gate.set()
    drain()


def test_closed_while_the_schools_load(ctx, qtbot, drain, ops, base, roster, monkeypatch):
    gate, started = _blocked(monkeypatch, organisations, "list_schools")
    ran = _spy(monkeypatch, ImportTargetPage, "_show_schools", "_failed")
    wizard = ImportWizard(ctx)
    wizard.show()
    wizard.file_page.set_path(str(roster))
    wizard.next()
    _close_while_in_flight(qtbot, wizard, gate, started, drain, ops)
    assert ran == []


def test_closed_while_the_cohorts_load(ctx, qtbot, drain, ops, base, roster, monkeypatch):
    wizard = ImportWizard(ctx)
    wizard.show()
    wizard.file_page.set_path(str(roster))
    wizard.next()
    drain()
    wizard.target_page.ui.schoolCombo.setCurrentIndex(0)  # not the school the title names
    drain()
    gate, started = _blocked(monkeypatch, cohorts, "list_cohorts")
    ran = _spy(monkeypatch, ImportTargetPage, "_show_cohorts", "_failed")
    wizard.target_page.select_school("金山食品工业学校")
    _close_while_in_flight(qtbot, wizard, gate, started, drain, ops)
    assert ran == []


def test_closed_while_the_file_is_read(ctx, qtbot, drain, ops, base, roster, monkeypatch):
    gate, started = _blocked(monkeypatch, roster_import, "preview_roster")
    ran = _spy(monkeypatch, ImportPreviewPage, "_read", "_failed")
    wizard = open_wizard(ctx, qtbot, drain, roster)
    wizard.target_page.select_school("金山食品工业学校")
    drain()
    wizard.target_page.select_cohort("2025-SP-01")
    wizard.next()
    _close_while_in_flight(qtbot, wizard, gate, started, drain, ops)
    assert ran == []


def test_back_while_the_file_is_read_shows_nothing_of_it(ctx, qtbot, drain, base, roster, monkeypatch):
    gate, started = _blocked(monkeypatch, roster_import, "preview_roster")
    wizard = open_wizard(ctx, qtbot, drain, roster)
    wizard.target_page.select_school("金山食品工业学校")
    drain()
    wizard.target_page.select_cohort("2025-SP-01")
    wizard.next()
    assert started.wait(10)
    wizard.back()  # the read still runs
    assert wizard.currentId() == TARGET
    gate.set()
    drain()
    assert wizard.preview is None and wizard.preview_page.model.rowCount() == 0


def test_a_bug_in_the_import_leaves_the_wizard_closable(ctx, qtbot, drain, base, roster, monkeypatch):
    from jiarenbase.gui.operations import Operations

    reported = []
    ops = Operations(ctx.ops.pool, on_unexpected=reported.append)
    wizard = to_preview(replace(ctx, ops=ops), qtbot, lambda: qtbot.waitUntil(lambda: ops.pending == 0), roster)

    def broken(*_a, **_k):
        raise TypeError("a bug")

    monkeypatch.setattr(roster_import, "import_rows", broken)
    wizard.next()
    wizard.next()  # the commit button: the import fails unexpectedly
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert len(reported) == 1 and isinstance(reported[0], TypeError)  # to the crash dialog, with its traceback
    assert wizard.currentId() == CONFIRM and not wizard.busy and wizard.outcome is None
    wizard.reject()
    assert not wizard.isVisible()


def test_every_school_and_cohort_is_listed(ctx, qtbot, drain, db, admin, monkeypatch):
    """The plain combos are read page after page: none stops at a limit."""
    from jiarenbase.gui.dialogs.import_pages import target_page

    monkeypatch.setattr(target_page, "PAGE", 2)
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    for n in range(4):
        organisations.create_school(db, admin, organisations.SchoolInput(name=f"第{n + 1}职业学校"))
        cohorts.create_cohort(db, admin, cohorts.CohortInput(code=f"JS-2025-0{n + 1}", name=f"第{n + 1}期",
                                                             school_id=school.id))
    page = ImportTargetPage(ctx)
    qtbot.addWidget(page)
    page.initializePage()
    drain()
    schools = [page.ui.schoolCombo.itemText(i) for i in range(1, page.ui.schoolCombo.count() - 1)]
    assert len(schools) == 5 and "金山食品工业学校" in schools
    page.select_school("金山食品工业学校")
    drain()
    assert page.ui.cohortCombo.count() == 4 + 2  # "— choose —", the four cohorts, "New cohort…"
    page.select_cohort("JS-2025-04")
    assert page.target().cohort_code == "JS-2025-04"


# --------------------------------------------------------------------------- two passes (issue 17)

def test_warnings_are_imported_flagged_and_filtered(ctx, qtbot, drain, db, base, tmp_path):
    from roster_samples import warning_roster

    path = warning_roster(tmp_path / "冬季名单.xlsx")
    wizard = open_wizard(ctx, qtbot, drain, path)
    target = wizard.target_page
    assert target.ui.schoolCombo.currentText() == "金山食品工业学校"  # named by the title row (full-width)
    assert "金山食品工业学校" in target.ui.schoolHint.text()
    drain()  # its cohorts: the only one is chosen
    assert target.target().cohort_code == "2025-SP-01"
    wizard.next()
    drain()
    page = wizard.preview_page
    assert numbers(page.ui.counts.text()) == [5, 2, 1, 3]  # to import (with a warning), skipped, errors
    assert page.ui.problemsOnlyCheck.isEnabled()
    page.ui.problemsOnlyCheck.setChecked(True)
    assert [page.model.index(r, 0).data() for r in range(page.model.rowCount())] == ["4", "5", "6", "9", "10"]
    header = page.ui.table.horizontalHeader()
    assert not header.stretchLastSection() and page.ui.table.columnWidth(7) >= 240  # wide, and can be widened
    assert page.ui.table.wordWrap()
    import_all(wizard, drain)
    out = wizard.outcome
    assert (out.added, out.skipped_existing, out.rejected, out.warnings) == (5, 1, 3, 2)
    assert ctx.notices.last in ("Imported 5 students, 2 warnings", "已导入 5 名学员，2 条提醒")
    with db.read() as s:
        he = s.query(Student).filter_by(name="何晓东").one()
        chen = s.query(Student).filter_by(name="陈思远").one()
        assert he.sex.value == "male" or he.sex.name == "MALE"
        assert chen.phone == ""


def test_new_cohort_asks_for_code_name_and_dates(ctx, qtbot, drain, db, base, roster):
    from datetime import date, timedelta

    wizard = open_wizard(ctx, qtbot, drain, roster)
    page = wizard.target_page
    drain()
    page.ui.cohortCombo.setCurrentIndex(page.ui.cohortCombo.findText("New cohort…"))
    drain()  # the suggested code
    assert page.ui.newCohortBox.isVisibleTo(page)
    today = date.today()
    assert page.ui.newCohortEdit.text() == f"ZB{today:%Y%m}-01"
    assert page.ui.endDateEdit.date().toPython() == today + timedelta(days=150)
    page.fill_new_cohort(page.ui.newCohortEdit.text(), "", date(2026, 12, 1), date(2026, 11, 1))
    drain()  # the start month changed: the code follows it
    assert page.ui.newCohortEdit.text() == "ZB202612-01"
    page.ui.endDateEdit.setDate(page.ui.startDateEdit.date().addDays(-30))
    wizard.next()
    drain()
    assert wizard.currentId() == TARGET
    message = page.ui.message.text()
    assert "批次名称" in message and "结束日期" in message  # each problem names its field
    page.fill_new_cohort("ZB202612-01", "2026冬季直播实训1班", date(2026, 12, 1), date(2027, 4, 30))
    wizard.next()
    drain()
    drain()
    assert wizard.currentId() == PREVIEW
    import_all(wizard, drain)
    assert wizard.outcome.cohort_created
    with db.read() as s:
        cohort = s.query(Cohort).filter_by(code="ZB202612-01").one()
        assert (cohort.name, cohort.start_date, cohort.end_date) == ("2026冬季直播实训1班", date(2026, 12, 1),
                                                                     date(2027, 4, 30))
