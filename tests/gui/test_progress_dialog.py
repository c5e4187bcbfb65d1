"""The progress dialog helper: results, reports, cancellation (synchronous runner)."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QPushButton

from jiarenbase.core.services.progress import Cancelled, CancelToken
from jiarenbase.gui.widgets.progress import ProgressRun, run_with_progress

pytestmark = pytest.mark.gui


def counting(n, *, progress):
    for i in range(1, n + 1):
        progress(i, n)
    return n * 10


def test_result_and_reports_reach_the_gui(ctx, qtbot):
    got, errors = [], []
    run = run_with_progress(ctx, None, "Test", counting, 3, on_done=got.append, on_error=errors.append)
    assert got == [30] and errors == [] and run.finished
    assert not run.token.cancelled


def test_a_pressed_cancel_raises_inside_the_call(ctx, qtbot):
    token = CancelToken()
    token.cancel()
    cancelled, done = [], []
    run_with_progress(ctx, None, "Test", counting, 3, token=token, on_done=done.append,
                      on_cancelled=cancelled.append)
    assert done == [] and len(cancelled) == 1 and isinstance(cancelled[0], Cancelled)


def test_without_on_cancelled_the_error_handler_gets_it(ctx, qtbot):
    token = CancelToken()
    token.cancel()
    errors = []
    run_with_progress(ctx, None, "Test", counting, 3, token=token, on_error=errors.append)
    assert len(errors) == 1 and "取消" in ctx.message(errors[0])


def test_other_errors_reach_on_error(ctx, qtbot):
    def broken(*, progress):
        progress(1, 2)
        raise ValueError("boom")

    errors = []
    run_with_progress(ctx, None, "Test", broken, on_error=errors.append)
    assert isinstance(errors[0], ValueError)


def test_dialog_shows_counts_and_cancel_sets_the_token(qapp, qtbot, screenshot_dir):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    try:
        run = ProgressRun(None, "Importing the roster", "Saving the students…")
        qtbot.addWidget(run.dialog)
        run.bridge(120, 480)
        assert run.dialog.maximum() == 480 and run.dialog.value() == 120
        assert "120" in run.dialog.labelText() and "480" in run.dialog.labelText()
        run.dialog.show()
        assert run.dialog.grab().save(os.path.join(screenshot_dir, "progress_dialog.png"))
        run.dialog.findChild(QPushButton).click()  # the user presses Cancel
        assert run.token.cancelled
        with pytest.raises(Cancelled):
            run.bridge(121, 480)
        run.close()
    finally:
        qapp.setStyleSheet("")
