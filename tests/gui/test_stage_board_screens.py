"""Themed screens of the stage board (kept directly in tests/gui with the other themed
screens; each fixture restores the application's style sheet, font and palette):
阶段标准 with a waiver, a card showing the waiver's reason, and the board in the dark
theme with readable names. tests/output/screens/stage_criteria_waiver.png,
stage_board_waiver.png, stage_board_dark.png."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.services import stage_board
from screen_checks import shoot

pytestmark = pytest.mark.gui

WAIVER = "企业定向班，出勤由合作企业考核"


def themed(qapp, dark: bool):
    from jiarenbase.gui.theme import apply_theme

    saved = (qapp.styleSheet(), qapp.font(), qapp.property("jiarenbase_theme"), qapp.palette())
    apply_theme(qapp, dark=dark)
    yield
    qapp.setStyleSheet(saved[0])
    qapp.setFont(saved[1])
    qapp.setProperty("jiarenbase_theme", saved[2])
    qapp.setPalette(saved[3])


@pytest.fixture
def light(qapp):
    yield from themed(qapp, False)


@pytest.fixture
def dark(qapp):
    yield from themed(qapp, True)


@pytest.fixture
def demo(db, ctx):
    build_demo(db, students=16, seed=3)
    return ctx


def cognitive_cohort(ctx) -> int:
    for c in stage_board.board_cohorts(ctx.db, ctx.actor):
        if stage_board.stage_board(ctx.db, ctx.actor, c.id).column(Stage.COGNITIVE).cards:
            return c.id
    raise AssertionError("no cohort in the cognitive stage")


def board_page(qtbot, ctx, drain, cohort_id: int, size=(1093, 614)):
    from jiarenbase.gui.pages.stage_board_page import StageBoardPage

    page = StageBoardPage(ctx)
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    drain()
    page.select_cohort(cohort_id)
    drain()
    return page


def test_a_waiver_in_the_criteria_dialog_and_on_the_cards(qtbot, demo, drain, light, out_dir):
    from jiarenbase.gui.dialogs.criteria_dialog import CriteriaDialog

    cohort_id = cognitive_cohort(demo)
    dialog = CriteriaDialog(demo, cohort_id, "认知班")
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    dialog.ui.waiveAttendance.setChecked(True)
    assert dialog.ui.waiveAttendanceReason.isEnabled()
    dialog.ui.waiveAttendanceReason.setText("太短")
    dialog.save()
    drain()
    assert dialog.isVisible() and "至少4个字" in dialog.errors.message("认知模块出勤豁免理由")
    dialog.ui.waiveAttendanceReason.setText(WAIVER)
    dialog.errors.clear()
    # what a 1366×768 screen at 125 % leaves (1093×614): the dialog fits it, its form scrolling if need be
    dialog.resize(dialog.sizeHint().boundedTo(QSize(1093, 614)))
    shoot(dialog, out_dir, "stage_criteria_waiver", qtbot)
    assert dialog.minimumSizeHint().width() <= 1093 and dialog.minimumSizeHint().height() <= 614
    with qtbot.waitSignal(dialog.saved):
        dialog.save()
        drain()
    assert demo.notices.last == "Stage criteria of 认知班 saved; waived: 认知模块出勤."  # (English until translated)

    page = board_page(qtbot, demo, drain, cohort_id, size=(1366, 720))
    cards = page.columns[Stage.COGNITIVE].widgets
    assert cards and all(w.card.ready for w in cards)  # waived: every card may be signed off
    label = cards[0].labels["module_attendance"]
    assert label.text() == f"Waived: {WAIVER}" and label.isVisible()
    assert label.shown_text() == label.text()  # the whole reason at 1366 px (narrower: elided, in the tooltip)
    shoot(page, out_dir, "stage_board_waiver", qtbot)
    page.select(cards[0].student_id)
    page.sign_off_selected()
    drain()
    sign = page.dialog
    assert sign.ui.checkNotes.isVisible() and WAIVER in sign.ui.checkNotes.text()
    shoot(sign, out_dir, "stage_sign_off_waiver", qtbot)
    sign.reject()
    drain()


def busiest_cohort(ctx) -> int:
    """The cohort with students in the most stages (the fullest board to look at)."""
    def filled(cohort_id: int) -> int:
        return sum(1 for col in stage_board.stage_board(ctx.db, ctx.actor, cohort_id).columns if col.cards)
    return max((c.id for c in stage_board.board_cohorts(ctx.db, ctx.actor)), key=filled)


def test_the_board_in_the_dark_theme_reads(qtbot, demo, drain, dark, out_dir):
    page = board_page(qtbot, demo, drain, busiest_cohort(demo))
    cards = [w for col in page.columns.values() for w in col.widgets]
    assert cards
    for w in cards[:6]:
        text = QColor(w.name.palette().color(w.name.foregroundRole()))
        back = QColor(w.colours.card)
        assert back.lightness() < 110 and text.lightness() - back.lightness() > 100, (text.name(), back.name())
    shoot(page, out_dir, "stage_board_dark", qtbot)
    image = page.grab().toImage()
    assert image.pixelColor(image.width() // 2, image.height() - 20).lightness() < 128  # dark, not half light
