"""The 操作日志 page in Chinese on demo data, light and dark, at the size its area has
in a 1366×768 window, and at 125% scaling (the same screen gives the page about
880×520 logical pixels): saved as tests/output/page_audit.png (and _dark, _125) for a
person to look at, checked for clipped labels and English left on the screen."""
from __future__ import annotations

from dataclasses import replace

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, organisations, rooms, users
from jiarenbase.core.services.listing import ListQuery
from screen_checks import shoot

pytestmark = pytest.mark.gui

PAGE_AT_1366 = (1166, 700)  # a 1366×768 window less the navigation, menus and status bar
PAGE_AT_125 = (880, 520)  # the same window at 125% scaling


@pytest.fixture
def demo(qapp, db, ctx):
    """Demo data, and a morning's work in the log: a sign-in, the opening hours set, a
    school created and, newest, a student changed by 教务 (phone, major, a note)."""
    from jiarenbase.gui.theme import install_translators

    build_demo(db, students=40, seed=3)
    staff = users.authenticate(db, "jiaowu", "Jiaren@2025").actor()
    staff = replace(staff, origin="desktop jiaowu@JIAOWU-PC")
    rooms.set_opening_hours(db, ctx.actor, 8, 21)
    organisations.create_school(db, staff, organisations.SchoolInput(name="上海新闻出版职业技术学校",
                                                                     contact_person="周老师"))
    st = enrolment.list_students(db, staff, ListQuery(limit=1)).rows[0]
    full = enrolment.get_student(db, ctx.actor, st.id)
    enrolment.update_student(db, staff, st.id, full.version, enrolment.StudentInput(
        name=full.name, id_number=None, school_id=full.school_id, cohort_id=full.cohort_id, phone="13912345678",
        student_number=full.student_number, major="电子商务", class_name=full.class_name,
        note="家长电话 13800001234"))  # the newest entry: shown side by side
    install_translators(qapp, "zh")
    return ctx


@pytest.fixture
def themed(qapp):
    """apply(dark): the app's theme for this test; the one before is put back afterwards."""
    from jiarenbase.gui.theme import apply_theme

    saved = (qapp.styleSheet(), qapp.font(), qapp.property("jiarenbase_theme"))
    yield lambda dark: apply_theme(qapp, dark=dark)
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setProperty("jiarenbase_theme", saved[2])


def loaded_page(qtbot, ctx, size):
    from jiarenbase.gui.pages.audit_page import AuditPage

    page = AuditPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitUntil(lambda: ctx.ops.pending == 0 and page.changes.rowCount() > 0, timeout=30_000)
    return page


def test_audit_page_light_and_dark(qtbot, demo, themed, screenshot_dir):
    for dark, name in ((False, "page_audit"), (True, "page_audit_dark")):
        themed(dark)
        page = loaded_page(qtbot, demo, PAGE_AT_1366)
        assert page.model.total >= 5 and page.ui.stack.currentWidget() is page.ui.tablePage
        assert page.ui.title.text() == "操作日志"
        assert page.ui.detailStack.currentWidget() is page.ui.changesPage  # the newest entry, side by side
        shoot(page, screenshot_dir, name, qtbot, chinese=True)
        page.close()


def test_filters_are_usable_at_125_percent(qtbot, demo, themed, screenshot_dir):
    themed(False)
    page = loaded_page(qtbot, demo, PAGE_AT_125)
    page.set_filter(page.ui.userCombo, "jiaowu")
    page.ui.dateCheck.setChecked(True)
    qtbot.waitUntil(lambda: demo.ops.pending == 0 and page.model.filters.get("username") == "jiaowu")
    shoot(page, screenshot_dir, "page_audit_125", qtbot, chinese=True)
    ui = page.ui
    filters = (ui.userCombo, ui.entityCombo, ui.actionCombo, ui.recordEdit, ui.dateCheck, ui.dateFrom, ui.dateTo,
               ui.clearButton, ui.refreshButton, ui.exportButton)
    for widget in filters:  # whole, inside the page, and as wide as their contents need
        geometry = widget.geometry()
        assert widget.isVisibleTo(page) and page.rect().contains(geometry), widget.objectName()
        assert widget.width() + 2 >= widget.minimumSizeHint().width(), widget.objectName()
    assert page.ui.table.height() >= 120 and page.ui.changesTable.height() >= 60
