"""The progress dialog helper (widgets/progress.py): results, reports, cancellation,
errors, and a parent closed while the call runs — through ctx.ops, drained."""
from __future__ import annotations

import os
import threading
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QPushButton, QWidget

from jiarenbase.core.errors import NotFound
from jiarenbase.core.services.progress import Cancelled, CancelToken
from jiarenbase.gui.operations import Operations
from jiarenbase.gui.widgets.progress import ProgressRun, run_with_progress

pytestmark = pytest.mark.gui


def counting(n, *, progress):
    for i in range(1, n + 1):
        progress(i, n)
    return n * 10


def test_result_and_reports_reach_the_gui(ctx, qtbot, drain):
    got, errors = [], []
    run = run_with_progress(ctx, None, "Test", counting, 3, on_done=got.append, on_error=errors.append)
    assert got == [] and not run.finished  # never delivered synchronously
    drain()
    assert got == [30] and errors == [] and run.finished
    assert not run.token.cancelled


def test_a_pressed_cancel_raises_inside_the_call(ctx, qtbot, drain):
    token = CancelToken()
    token.cancel()
    cancelled, done = [], []
    run_with_progress(ctx, None, "Test", counting, 3, token=token, on_done=done.append,
                      on_cancelled=cancelled.append)
    drain()
    assert done == [] and len(cancelled) == 1 and isinstance(cancelled[0], Cancelled)


def test_without_on_cancelled_the_error_handler_gets_it(ctx, qtbot, drain):
    token = CancelToken()
    token.cancel()
    errors = []
    run_with_progress(ctx, None, "Test", counting, 3, token=token, on_error=errors.append)
    drain()
    assert len(errors) == 1 and "取消" in ctx.message(errors[0])


def test_cancel_pressed_while_the_call_runs(ctx, qtbot, drain):
    started, go_on = threading.Event(), threading.Event()

    def slow(*, progress):
        progress(1, 3)
        started.set()
        go_on.wait(10)
        progress(2, 3)  # raises Cancelled: the Cancel button was pressed meanwhile
        return "finished?"

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    done, cancelled = [], []
    run = run_with_progress(ctx, parent, "Test", slow, on_done=done.append, on_cancelled=cancelled.append)
    assert started.wait(10)
    qtbot.waitUntil(lambda: run.dialog.maximum() == 3)  # the first report reached the dialog
    run.dialog.findChild(QPushButton).click()
    assert run.token.cancelled and ("正在取消" in run.dialog.labelText() or "Cancelling" in run.dialog.labelText())
    go_on.set()
    drain()
    assert done == [] and len(cancelled) == 1 and run.finished


def test_a_domain_error_without_handler_gets_the_standard_message(ctx, qtbot, qapp):
    shown = []
    ops = Operations(on_domain_error=lambda parent, exc, lang: shown.append((parent, exc.text(lang))))

    def missing(*, progress):
        raise NotFound("找不到该学员", "Student not found")

    parent = QWidget()
    qtbot.addWidget(parent)
    run = run_with_progress(replace(ctx, ops=ops), parent, "Test", missing)
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert shown == [(parent, "找不到该学员")] and run.finished


def test_an_unexpected_error_closes_the_dialog_and_is_reported_not_handled(ctx, qtbot, qapp):
    reported = []
    ops = Operations(on_unexpected=reported.append)

    def broken(*, progress):
        progress(1, 2)
        raise ValueError("boom")

    errors, done, ended = [], [], []
    button = QPushButton("Import")
    qtbot.addWidget(button)
    run = run_with_progress(replace(ctx, ops=ops), None, "Test", broken, on_done=done.append,
                            on_error=errors.append, busy=[button], after=lambda: ended.append(True))
    assert not button.isEnabled()  # while it runs
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert errors == [] and done == []  # a bug is not a domain error
    assert len(reported) == 1 and isinstance(reported[0], ValueError)
    assert run.finished and ended == [True]  # the progress dialog is gone and the caller told all the same
    assert button.isEnabled()


def test_a_parent_closed_while_the_call_runs_gets_nothing(ctx, qtbot, drain):
    gate = threading.Event()
    outcome = []

    def waits(*, progress):
        gate.wait(10)
        try:
            progress(1, 1)
        except Cancelled:
            outcome.append("cancelled")  # the service stops: its dialog went with the parent
            raise
        return "late"

    parent = QWidget()
    parent.show()
    seen = []
    run_with_progress(ctx, parent, "Test", waits, on_done=seen.append, on_error=seen.append,
                      on_cancelled=seen.append)
    parent.close()
    parent.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ctx.ops._pending.values()))
    gate.set()
    drain()
    assert seen == [] and outcome == ["cancelled"]


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
