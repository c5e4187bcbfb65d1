"""The desktop shell opens on a demo database and shows the base's figures."""
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
    return w


def test_main_window_shows_navigation_in_chinese(window):
    items = [window.ui.navigation.item(i).text() for i in range(window.ui.navigation.count())]
    assert items == ["工作台", "学员", "批次", "阶段看板", "合作院校", "企业", "导师", "导师工作量", "直播间", "实训记录", "就业",
                     "人才库", "补贴", "服务期协议", "证书", "考试",
                     "报表", "设置", "用户", "回收站"]  # the last two for administrators only
    assert window.ui.pages.count() == len(items)


def test_dashboard_cards_equal_the_summary(window, db, admin):
    data = summary_svc.summary(db, admin)
    cards = window.dashboard.cards
    assert cards["total"].value.text() == str(data["students"]["total"])
    assert cards["clients"].value.text() == "21"
    assert cards["rooms"].value.text() == "10"
    assert cards["sessions"].value.text() == f"{data['sessions']['total']:,}"
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


def test_service_error_is_shown_not_raised(window, monkeypatch):
    from jiarenbase.core.errors import PermissionDenied

    def refuse(*_a, **_k):
        raise PermissionDenied("导师账号无权查看全基地统计（仅限管理员、教务）。")

    monkeypatch.setattr(summary_svc, "summary", refuse)
    window.dashboard.refresh()
    assert "无权" in window.dashboard.ui.subtitle.text()


def test_mentor_sees_no_admin_pages_and_no_import(qtbot, qapp, db, ctx):
    from dataclasses import replace

    from jiarenbase.core.services import users
    from jiarenbase.gui.main_window import MainWindow

    build_demo(db, students=40, seed=3)
    mentor = users.authenticate(db, "mentor", "Jiaren@2025").actor()
    w = MainWindow(replace(ctx, actor=mentor))
    qtbot.addWidget(w)
    assert "users" not in w.page_keys and "trash" not in w.page_keys
    assert not w.import_action.isVisible()
    assert w.dashboard.cards["students"].value.text() != "…"


def test_last_page_is_remembered(qtbot, window, db, ctx):
    from jiarenbase.gui.main_window import MainWindow

    window.show_page("mentors")
    window.close()
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    assert again.page_keys[again.ui.navigation.currentRow()] == "mentors"


def test_backup_now_writes_a_backup_into_the_configured_folder(window, ctx, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown, warned = [], []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: shown.append(a[2]))
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    window.backup_now()
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
