"""The sign-off dialog (签核) and its background calls: a late card for a closed dialog
is dropped (the stage board opens it with open() and deletes it when it is finished),
and OK stays off while the sign-off is under way. Sign-off, override and refusal are
tested with the stage board in tests/gui/test_stage_board_page.py."""
from __future__ import annotations

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.services import stage_board, stages
from jiarenbase.gui.dialogs.sign_off_dialog import SignOffDialog

pytestmark = pytest.mark.gui


def opened(ctx, student_id: int, owner) -> SignOffDialog:
    dialog = SignOffDialog(ctx, student_id, owner)
    dialog.finished.connect(dialog.deleteLater)  # as the stage board does
    dialog.open()
    return dialog


def test_closed_while_the_card_loads(qtbot, ctx, in_flight, owner):
    in_flight.hold(stage_board, "stage_card")
    in_flight.close_while_loading(opened(ctx, 1, owner))


def test_ok_is_off_while_signing_off_and_a_late_answer_is_dropped(qtbot, ctx, db, in_flight, owner, drain):
    build_demo(db, students=12, seed=3)
    cohort = next(c for c in stage_board.board_cohorts(db, ctx.actor)
                  if stage_board.stage_board(db, ctx.actor, c.id).column(Stage.COGNITIVE).cards)
    card = stage_board.stage_board(db, ctx.actor, cohort.id).column(Stage.COGNITIVE).cards[0]
    dialog = opened(ctx, card.student_id, owner)
    drain()
    assert dialog.card is not None and dialog.ok_button.isEnabled()
    if dialog.ui.overrideBox.isVisible():
        dialog.ui.overrideReason.setPlainText("学员已在企业项目中独立完成带货，经教研组评议同意。")
    in_flight.hold(stages, "sign_off_stage")
    dialog.sign_off()
    assert not dialog.ok_button.isEnabled()
    dialog.sign_off()  # a second click while signing does nothing
    in_flight.close_while_loading(dialog)
    assert in_flight.finished == ["sign_off_stage"]
