"""The main window on a laptop: it opens within the screen (window_fit), a remembered
geometry off the screen or larger than it is pulled back, the status bar names the
person, the students list opens the student file on double-click and Enter and edits
on F2, and the student file closes with Esc and Ctrl+W."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QMargins, QPoint, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import mentors, users
from jiarenbase.gui.window_fit import FRAME, fit_rect

pytestmark = pytest.mark.gui

LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 less the taskbar


def test_fit_rect_keeps_a_window_that_fits():
    rect = QRect(100, 80, 1000, 600)
    assert fit_rect(rect, LAPTOP) == rect


def test_fit_rect_cuts_a_big_window_down_and_pulls_an_offscreen_one_back():
    room = LAPTOP.marginsRemoved(FRAME)
    big = fit_rect(QRect(-300, -200, 2560, 1400), LAPTOP)
    assert big == room
    away = fit_rect(QRect(3000, 1500, 800, 500), LAPTOP)  # on a monitor since unplugged
    assert room.contains(away) and away.size() == QSize(800, 500)
    second = QRect(1366, 0, 1920, 1040)  # a second screen to the right
    assert fit_rect(QRect(1500, 100, 1200, 700), second, QMargins()) == QRect(1500, 100, 1200, 700)


@pytest.fixture
def demo(db, ctx):
    build_demo(db, students=10, seed=5)
    QSettings().remove("main_window")
    yield ctx
    QSettings().remove("main_window")


def inside_screen(window) -> bool:
    area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
    return area.marginsRemoved(FRAME).contains(window.geometry())


def test_the_first_window_fits_the_screen_and_its_geometry_is_remembered(qtbot, demo):
    from jiarenbase.gui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    assert inside_screen(window)  # the offscreen screen is 800×600: far smaller than the default
    window.setGeometry(QRect(QPoint(20, 40), QSize(640, 400)))
    window.close()
    again = MainWindow(demo)
    qtbot.addWidget(again)
    assert again.geometry() == QRect(QPoint(20, 40), QSize(640, 400))


def test_a_remembered_geometry_off_the_screen_or_too_big_is_pulled_back(qtbot, demo):
    from jiarenbase.gui.main_window import MainWindow

    elsewhere = QWidget()
    qtbot.addWidget(elsewhere)
    elsewhere.setGeometry(4000, 3000, 2560, 1400)  # a large monitor, since unplugged
    QSettings().setValue("main_window/geometry", elsewhere.saveGeometry())
    window = MainWindow(demo)
    qtbot.addWidget(window)
    assert inside_screen(window)


def test_the_status_bar_names_the_mentor_not_the_account(qtbot, demo, drain):
    from jiarenbase.gui.main_window import MainWindow

    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    name = mentors.get_mentor(demo.db, mentor, mentor.mentor_id).name
    window = MainWindow(replace(demo, actor=mentor))
    qtbot.addWidget(window)
    drain()
    assert window.user_label.text() == f"{name}（导师）"
    admin_window = MainWindow(demo)
    qtbot.addWidget(admin_window)
    assert admin_window.user_label.text() == "本机管理员（管理员）"


def key(qtbot, widget, which, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is widget.window().windowHandle(), timeout=3000)
    qtbot.keyClick(widget, which, modifier)


def test_students_double_click_and_enter_open_the_file_and_f2_edits(qtbot, demo, drain, monkeypatch):
    from jiarenbase.gui.main_window import MainWindow
    from jiarenbase.gui.pages.list_page import ListPage

    edited = []
    monkeypatch.setattr(ListPage, "_run_dialog", lambda self, record_id: edited.append(record_id))
    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    window.show_page("students")
    drain()
    page = window.pages["students"]
    table = page.ui.table
    table.selectRow(0)
    first = page.model.id_at(0)
    rect = table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())  # (a double-click's press)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    drain()
    assert list(window._student_windows) == [first] and edited == []
    window._student_windows[first].close()
    key(qtbot, table, Qt.Key.Key_Return)
    drain()
    assert first in window._student_windows and edited == []
    window._student_windows[first].close()
    key(qtbot, table, Qt.Key.Key_F2)
    assert edited == [first]
    page.ui.editButton.click()
    assert edited == [first, first]


@pytest.mark.parametrize("keys", [(Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
                                  (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)])
def test_the_student_file_closes_with_esc_and_ctrl_w(qtbot, demo, drain, keys):
    from jiarenbase.gui.main_window import MainWindow

    window = MainWindow(demo)
    qtbot.addWidget(window)
    window.show()
    student = window.open_student(1)
    drain()
    key(qtbot, student, *keys)
    qtbot.waitUntil(lambda: 1 not in window._student_windows, timeout=3000)
    assert window.isVisible()


def test_muted_text_reads_on_a_light_and_a_dark_background(qapp):
    from PySide6.QtGui import QColor, QPalette

    from jiarenbase.gui.muted_text import muted_colour

    saved = qapp.palette()
    try:
        for window, text in (("#ffffff", "#31363b"), ("#31363b", "#ffffff")):
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.Window, QColor(window))
            palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
            qapp.setPalette(palette)
            muted, background = QColor(muted_colour()), QColor(window)
            assert abs(muted.lightness() - background.lightness()) > 100  # readable, not the background
            assert abs(muted.lightness() - QColor(text).lightness()) > 30  # and quieter than the text
    finally:
        qapp.setPalette(saved)
