"""The operation object: queued delivery, dropped results for destroyed parents,
latest only, domain vs unexpected errors, busy state."""
from __future__ import annotations

import logging
import threading

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget

from jiarenbase.core.errors import NotFound, ValidationError
from jiarenbase.gui.lazy import LazyLoad
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui


def test_result_arrives_on_the_gui_thread_through_the_queue(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    worker = []
    ops.run(parent, lambda: worker.append(threading.current_thread()) or 42,
            success=lambda r: seen.append((r, threading.current_thread())))
    assert seen == []  # never called synchronously
    drain()
    assert seen == [(42, threading.main_thread())]
    assert worker and worker[0] is not threading.main_thread()


def test_inline_pool_still_delivers_through_the_queue(qtbot, qapp):
    class InlinePool:
        def start(self, job):
            job.run()

    ops = Operations(InlinePool())
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []
    ops.run(parent, lambda: 1, success=seen.append)
    assert seen == [] and ops.pending == 1
    qtbot.waitUntil(lambda: seen == [1])


def test_result_for_a_destroyed_parent_is_dropped(qtbot, ops, drain):
    gate = threading.Event()
    dialog = QDialog()
    seen = []
    ops.run(dialog, lambda: gate.wait(5) and "late", success=seen.append, failure=seen.append)
    dialog.deleteLater()
    qtbot.waitUntil(lambda: ops.pending_for(dialog) == 0 or all(o.dropped for o in ops._pending.values()))
    gate.set()
    drain()
    assert seen == []


def test_latest_only_delivers_the_newest_request(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    seen = []
    ops.run(parent, lambda: gate.wait(5) and "old", success=seen.append, latest="load")
    ops.run(parent, lambda: "new", success=seen.append, latest="load")
    drain_until = lambda: ops.pending == 1  # noqa: E731 - the new one is back, the old one blocked
    qtbot.waitUntil(drain_until)
    gate.set()
    drain()
    assert seen == ["new"]


def test_latest_keys_belong_to_their_parent(qtbot, ops, drain):
    a, b = QWidget(), QWidget()
    qtbot.addWidget(a)
    qtbot.addWidget(b)
    seen = []
    ops.run(a, lambda: "a", success=seen.append, latest="load")
    ops.run(b, lambda: "b", success=seen.append, latest="load")
    drain()
    assert sorted(seen) == ["a", "b"]


def test_cancel_drops_pending_results(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    gate = threading.Event()
    seen = []
    ops.run(parent, lambda: gate.wait(5), success=seen.append)
    ops.cancel(parent)
    gate.set()
    drain()
    assert seen == []


def test_domain_error_goes_to_the_failure_handler(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    errors = []

    def fail():
        raise ValidationError.of("姓名", "请填写姓名", "Enter the name")

    ops.run(parent, fail, success=lambda r: errors.append("success?"), failure=errors.append)
    drain()
    assert len(errors) == 1 and isinstance(errors[0], ValidationError)


def test_domain_error_without_handler_is_the_standard_message(qtbot, qapp):
    shown = []
    ops = Operations(on_domain_error=lambda parent, exc, lang: shown.append((parent, exc.text(lang))))
    parent = QWidget()
    qtbot.addWidget(parent)

    def fail():
        raise NotFound("找不到该学员", "Student not found")

    ops.run(parent, fail)
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert shown == [(parent, "找不到该学员")]


def test_default_domain_message_does_not_block(qtbot, ops, drain):
    window = QWidget()
    qtbot.addWidget(window)
    window.show()

    def fail():
        raise NotFound("找不到该学员", "Student not found")

    ops.run(window, fail)
    drain()
    boxes = [w for w in QApplication.topLevelWidgets() if w.isVisible() and "找不到该学员" in getattr(w, "text", str)()]
    assert boxes
    for box in boxes:
        box.close()


def test_unexpected_error_is_logged_with_traceback_and_reported(qtbot, qapp, caplog):
    reported = []
    ops = Operations(on_unexpected=reported.append)
    parent = QWidget()
    qtbot.addWidget(parent)
    failures = []

    def broken_service():
        raise TypeError("boom")

    ops.run(parent, broken_service, failure=failures.append)
    qtbot.waitUntil(lambda: ops.pending == 0)
    assert failures == []  # a bug is not a domain error: it never reaches the failure handler
    assert len(reported) == 1 and isinstance(reported[0], TypeError)
    assert "broken_service" in "".join(__import__("traceback").format_tb(reported[0].__traceback__))


def test_unexpected_traceback_reaches_the_log_file(qtbot, qapp, tmp_path, monkeypatch):
    from jiarenbase.gui import crash

    shown = []
    monkeypatch.setattr(crash.CrashHandler, "_show", lambda self, s, d, logged=True: shown.append(s))
    handler = crash.install_excepthook(tmp_path, "zh")
    try:
        ops = Operations()
        parent = QWidget()
        qtbot.addWidget(parent)

        def service_that_breaks():
            raise KeyError("missing-key")

        ops.run(parent, service_that_breaks)
        qtbot.waitUntil(lambda: ops.pending == 0)
        handler.log_handler.flush()
        text = (tmp_path / "logs" / crash.LOG_NAME).read_text(encoding="utf-8")
    finally:
        handler.uninstall()
        crash.remove_logging(handler.log_handler)
        logging.getLogger().setLevel(logging.WARNING)
    assert "Traceback (most recent call last)" in text
    assert "service_that_breaks" in text and "missing-key" in text
    assert shown and "KeyError" in shown[0]


def test_busy_widgets_are_disabled_while_the_call_runs(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    save = QPushButton("保存", parent)
    gate = threading.Event()
    seen = []
    ops.run(parent, lambda: gate.wait(5), success=lambda r: seen.append(save.isEnabled()), busy=[save])
    assert not save.isEnabled()
    gate.set()
    drain()
    assert seen == [True] and save.isEnabled()


def test_wait_cursor_after_a_short_delay(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    save = QPushButton(parent)
    gate = threading.Event()
    ops.run(parent, lambda: gate.wait(5), busy=[save])
    assert not ops.wait_cursor_shown
    qtbot.waitUntil(lambda: ops.wait_cursor_shown, timeout=3000)
    assert QApplication.overrideCursor() is not None
    gate.set()
    drain()
    assert not ops.wait_cursor_shown and QApplication.overrideCursor() is None


def test_after_runs_for_success_and_failure(qtbot, ops, drain):
    parent = QObject()
    after = []

    def fail():
        raise NotFound("没有", "none")

    ops.run(parent, lambda: 1, after=lambda: after.append("ok"))
    ops.run(parent, fail, failure=lambda e: None, after=lambda: after.append("failed"))
    drain()
    assert sorted(after) == ["failed", "ok"]


def test_lazy_load_on_first_show_and_refresh_key(qtbot):
    page = QWidget()
    qtbot.addWidget(page)
    loads = []
    lazy = LazyLoad(page, lambda: loads.append(1))
    assert loads == []
    page.show()
    qtbot.waitExposed(page)
    assert loads == [1]
    page.hide()
    page.show()
    assert loads == [1]  # only the first show loads
    lazy.ensure()
    assert loads == [1]
    lazy.shortcut.activated.emit()  # F5
    assert loads == [1, 1]


def test_a_stale_result_does_not_undo_the_newest_handlers_busy_decision(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    save = QPushButton(parent)
    slow = threading.Event()
    ops.run(parent, lambda: slow.wait(5), busy=[save], latest="load")
    ops.run(parent, lambda: "new", busy=[save], latest="load", success=lambda r: save.setEnabled(False))
    qtbot.waitUntil(lambda: ops.pending == 1)  # the newest is back: its handler turned Save off
    slow.set()
    drain()
    assert not save.isEnabled()  # the stale call, dropped, left the handler's decision alone


def test_a_cancelled_call_alone_gives_its_busy_widgets_back(qtbot, ops, drain):
    parent = QWidget()
    qtbot.addWidget(parent)
    save = QPushButton(parent)
    gate = threading.Event()
    ops.run(parent, lambda: gate.wait(5), busy=[save])
    ops.cancel(parent)
    gate.set()
    drain()
    assert save.isEnabled()
