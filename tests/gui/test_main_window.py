"""The desktop shell opens on a demo database and shows the base's figures; a page
loads when navigated to, even before the window is shown; closed while its pages
load. Results come back through ctx.ops: tests wait for them."""
from __future__ import annotations

import os

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import summary as summary_svc

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, qapp, db, ctx):
    from jiarenbase.gui.app import apply_theme, install_translators
    from jiarenbase.gui.main_window import MainWindow

    build_demo(db, students=40, seed=3)
    install_translators(qapp, "zh")
    apply_theme(qapp)
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=30_000)  # the figures and the first page
    return w


def test_main_window_shows_navigation_in_chinese(window):
    items = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert items == ["工作台", "学员", "批次", "阶段看板", "合作院校", "企业", "导师", "导师工作量", "直播间",
                     "实训记录", "就业", "人才库", "补贴", "服务期协议", "证书", "考试",
                     "报表", "设置", "用户", "操作日志", "回收站"]  # the last three for administrators only
    assert window.ui.pages.count() == len(items)


def test_dashboard_cards_equal_the_summary(window, db, admin):
    data = summary_svc.summary(db, admin)
    cards = window.dashboard.cards
    assert cards["total"].value.text() == str(data.students.total)
    assert cards["clients"].value.text() == "21"
    assert cards["rooms"].value.text() == "10"
    assert cards["sessions"].value.text() == f"{data.sessions.total:,}"
    assert "合作院校 4 所" in window.dashboard.ui.subtitle.text()


def test_status_bar_names_database_and_user(window, db):
    assert window.db_label.text() == db.describe()
    assert "管理员" in window.user_label.text()


def test_navigation_switches_pages(window, qtbot):
    window.ui.navigation.setCurrentRow(3)
    assert window.ui.pages.currentIndex() == 3


def test_screenshot_of_main_window(window, screenshot_dir):
    path = os.path.join(screenshot_dir, "main_window.png")
    assert window.grab().save(path)
    assert os.path.getsize(path) > 10_000


def test_service_error_is_shown_not_raised(window, qtbot, monkeypatch):
    from jiarenbase.core.errors import PermissionDenied

    def refuse(*_a, **_k):
        raise PermissionDenied("导师账号无权查看全基地统计（仅限管理员、教务）。")

    monkeypatch.setattr(summary_svc, "summary", refuse)
    window.dashboard.refresh()
    qtbot.waitUntil(lambda: "无权" in window.dashboard.ui.subtitle.text())
    assert "无权" in window.dashboard.ui.subtitle.text()


def test_mentor_sees_no_admin_pages_and_no_import(qtbot, qapp, db, ctx):
    from dataclasses import replace

    from jiarenbase.core.services import users
    from jiarenbase.gui.main_window import MainWindow

    build_demo(db, students=40, seed=3)
    mentor = users.authenticate(db, "mentor", "Jiaren@2025").actor()
    w = MainWindow(replace(ctx, actor=mentor))
    qtbot.addWidget(w)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=30_000)
    assert "users" not in w.page_keys and "trash" not in w.page_keys
    assert not w.import_action.isVisible() and not w.backup_action.isVisible() and not w.open_data_dir.isVisible()
    assert w.sign_out_action.isVisible() and w.switch_user_action.isVisible()
    assert w.dashboard.cards["students"].value.text() != "…"


def test_a_mentor_gets_a_mentors_pages_only(qtbot, qapp, db, ctx, screenshot_dir):
    """No page that would be empty for a mentor or only say "ask staff" (报表, 就业, 人才库,
    补贴, 服务期协议, 证书, 合作院校, 企业, 导师); what a mentor works with stays."""
    from dataclasses import replace

    from jiarenbase.core.services import users
    from jiarenbase.gui.app import apply_theme, install_translators
    from jiarenbase.gui.main_window import MENTOR_PAGES, MainWindow

    build_demo(db, students=40, seed=3)
    install_translators(qapp, "zh")
    apply_theme(qapp)
    mentor = users.authenticate(db, "mentor", "Jiaren@2025").actor()
    w = MainWindow(replace(ctx, actor=mentor))
    qtbot.addWidget(w)
    w.resize(1200, 760)
    w.show()
    qtbot.waitExposed(w)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=30_000)
    items = [w.ui.navigation.item(i).text() for i in range(w.ui.navigation.count())]
    assert items == ["工作台", "学员", "批次", "阶段看板", "导师工作量", "直播间", "实训记录", "考试", "设置"]
    assert set(w.page_keys) == MENTOR_PAGES and w.ui.pages.count() == len(items)
    for key, filters in (("students", {}), ("sessions", {}), ("placements", {}), ("clients", {})):
        w.open_list(key, filters)  # a figure whose list a mentor has not: nothing happens
    assert w.page_keys[w.ui.navigation.currentRow()] == "sessions"
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=30_000)
    w.show_page("dashboard")
    assert w.grab().save(os.path.join(screenshot_dir, "main_window_mentor.png"))


def test_file_menu_asks_for_sign_out_and_switch_user(window, qtbot):
    with qtbot.waitSignal(window.sign_out_requested):
        window.sign_out_action.trigger()
    with qtbot.waitSignal(window.switch_user_requested):
        window.switch_user_action.trigger()
    actions = [a for a in window.menuBar().actions()[0].menu().actions() if not a.isSeparator()]
    assert actions.index(window.switch_user_action) == len(actions) - 3  # just above 退出
    assert actions.index(window.sign_out_action) == len(actions) - 2


def test_last_page_is_remembered(qtbot, window, db, ctx):
    from jiarenbase.gui.main_window import MainWindow

    window.show_page("mentors")
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.page_keys[again.ui.navigation.currentRow()] == "mentors"


def test_backup_now_writes_a_backup_into_the_configured_folder(window, ctx, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.backup_now()
    qtbot.waitUntil(lambda: bool(shown or warned), timeout=30_000)
    folder = ctx.data_dir / "backups"
    made = list(folder.glob("jiarenbase-*"))
    if ctx.db.is_sqlite:
        assert len(made) == 1 and str(folder) in shown[0]
    else:  # PostgreSQL: a pg_dump file, or a message naming the missing tool
        assert (len(made) == 1 and shown) or (not made and "pg_dump" in warned[0])


def test_dashboard_figures_open_the_list_behind_them(window, qtbot):
    from jiarenbase.core.domain.enums import PlacementOutcome, Stage
    from jiarenbase.core.services import enrolment
    from jiarenbase.core.services.listing import ListQuery

    students = window.pages["students"]
    students.set_filter("cohort_id", None)
    window.dashboard.open_list.emit("students", {"stage": Stage.PROJECT})
    assert window.ui.pages.currentWidget() is students
    qtbot.waitUntil(lambda: students.model.has_loaded and not students.model.loading)
    expected = enrolment.list_students(window.ctx.db, window.ctx.actor, ListQuery(filters={"stage": Stage.PROJECT}))
    assert students.model.total == expected.total > 0
    window.dashboard.open_list.emit("students", {})  # another figure: the stage filter goes back to all
    qtbot.waitUntil(lambda: students.model.total == enrolment.list_students(window.ctx.db, window.ctx.actor).total)
    window.dashboard.open_list.emit("placements", {"outcome": PlacementOutcome.FLEXIBLE_EMPLOYMENT})
    assert window.ui.pages.currentWidget() is window.pages["placements"]
    window.dashboard.open_list.emit("students", {"in_talent_pool": True})
    assert window.ui.pages.currentWidget() is window.pages["talent_pool"]
    student = expected.rows[0]
    window.dashboard.open_list.emit("placements", {"student_id": student.id})  # a follow-up row
    assert student.id in window._student_windows and window._student_windows[student.id].isVisible()
    window._student_windows[student.id].close()


def test_a_page_loads_when_navigated_to_while_the_window_is_hidden(qtbot, qapp, db, ctx, drain):
    from jiarenbase.gui.main_window import MainWindow

    build_demo(db, students=40, seed=3)
    w = MainWindow(ctx)  # never shown: no show events reach the pages
    qtbot.addWidget(w)
    w.show_page("dashboard")
    exams = w.pages["exams"]
    assert not exams.lazy.started
    w.show_page("exams")
    assert exams.lazy.started
    drain()
    assert exams.rows and "正在载入" not in exams.ui.summary.text()
    w.show_page("dashboard")
    w.show_page("exams")  # not loaded again: F5 (Edit → Refresh) does that
    assert ctx.ops.pending_for(exams) == 0
    w.refresh_action.trigger()
    assert ctx.ops.pending_for(exams) == 1
    drain()


def test_closed_while_its_pages_load(qtbot, qapp, db, ctx, drain, monkeypatch):
    import threading

    from jiarenbase.gui import main_window

    build_demo(db, students=40, seed=3)
    gate, summary, finished = threading.Event(), summary_svc.summary, []

    def held(*args):
        assert gate.wait(30)
        finished.append(True)
        return summary(*args)

    monkeypatch.setattr(summary_svc, "summary", held)
    w = main_window.MainWindow(ctx)
    w.show()
    assert ctx.ops.pending_for(w.dashboard) == 1
    gone = []
    w.destroyed.connect(lambda *_: gone.append(True))
    w.close()
    w.deleteLater()
    qtbot.waitUntil(lambda: bool(gone))
    gate.set()
    drain()  # the figures arrive for a window that is gone: dropped, nothing raised
    assert finished
