"""An unexpected exception: logged with its traceback, shown in the error dialog
(copy details, open the log folder), and the app keeps running."""
from __future__ import annotations

import os
import sys
import threading

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from jiarenbase.core.errors import ConflictError

pytestmark = pytest.mark.gui


@pytest.fixture
def hook(qapp, tmp_path):
    from jiarenbase.gui.crash import install_excepthook, remove_logging

    handler = install_excepthook(tmp_path / "data", "zh")
    yield handler
    handler.uninstall()
    for dialog in list(handler.dialogs):
        dialog.close()
    remove_logging(handler.log_handler)


def raise_and_report(hook, exc: BaseException) -> None:
    try:
        raise exc
    except BaseException:
        hook.excepthook(*sys.exc_info())


def log_text(hook) -> str:
    return hook.log_path.read_text(encoding="utf-8")


def test_hook_is_installed_and_removed(qapp, tmp_path):
    from jiarenbase.gui.crash import install_excepthook, remove_logging

    before = (sys.excepthook, threading.excepthook)
    handler = install_excepthook(tmp_path, "zh")
    assert sys.excepthook == handler.excepthook and threading.excepthook == handler.thread_excepthook
    handler.uninstall()
    assert (sys.excepthook, threading.excepthook) == before
    remove_logging(handler.log_handler)


def test_unexpected_error_is_logged_and_shown(hook, qtbot):
    raise_and_report(hook, ZeroDivisionError("division by zero in the rota"))
    [dialog] = hook.dialogs
    assert dialog.isVisible()
    assert dialog.ui.errorText.text() == "ZeroDivisionError: division by zero in the rota"
    details = dialog.ui.details.toPlainText()
    assert details.startswith("Traceback") and "raise_and_report" in details
    assert str(hook.log_path) in dialog.ui.logLabel.text()
    text = log_text(hook)
    assert hook.log_path.parent.name == "logs"
    assert "Unexpected error" in text and "ZeroDivisionError: division by zero in the rota" in text
    assert "Traceback (most recent call last)" in text


def test_copy_details_puts_the_traceback_on_the_clipboard(hook, qtbot):
    raise_and_report(hook, KeyError("missing_cohort"))
    [dialog] = hook.dialogs
    QGuiApplication.clipboard().clear()
    dialog.ui.copyButton.click()
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith("KeyError: 'missing_cohort'")
    assert "Traceback (most recent call last)" in copied and "raise_and_report" in copied


def test_open_log_folder_and_close(hook, qtbot, monkeypatch):
    from jiarenbase.gui.dialogs import error_dialog

    opened = []
    monkeypatch.setattr(error_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    raise_and_report(hook, RuntimeError("boom"))
    [dialog] = hook.dialogs
    dialog.ui.openLogButton.click()
    assert opened[0].toLocalFile() == str(hook.log_path.parent)
    dialog.ui.closeButton.click()
    assert not dialog.isVisible() and hook.dialogs == []


def test_a_domain_error_that_escaped_shows_its_chinese_message(hook):
    raise_and_report(hook, ConflictError())
    assert hook.dialogs[0].ui.errorText.text() == "此记录已被他人修改，请重新载入后再保存。"


def test_an_exception_in_a_slot_reaches_the_dialog_and_the_app_goes_on(hook, qtbot):
    button = QPushButton("go")
    qtbot.addWidget(button)
    clicks = []

    def slot():
        clicks.append(1)
        raise ValueError("bad value from a slot")

    button.clicked.connect(slot)
    button.click()
    assert clicks == [1]
    [dialog] = hook.dialogs
    assert "bad value from a slot" in dialog.ui.errorText.text()
    button.click()  # still running: the next click works (and reports again)
    assert clicks == [1, 1] and len(hook.dialogs) == 2


def test_an_exception_in_a_thread_is_shown_on_the_gui_thread(hook, qtbot):
    def work():
        raise OSError("the printer went away")

    worker = threading.Thread(target=work, name="report-printer")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    dialog = hook.dialogs[0]
    assert "the printer went away" in dialog.ui.errorText.text()
    assert "report-printer" in dialog.ui.details.toPlainText()
    assert "the printer went away" in log_text(hook)


def test_a_failure_inside_the_hook_does_not_recurse(hook, monkeypatch, capsys):
    from jiarenbase.gui.dialogs import error_dialog

    def broken(*args, **kwargs):
        raise RuntimeError("the error dialog itself failed")

    monkeypatch.setattr(error_dialog.ErrorDialog, "__init__", broken)
    raise_and_report(hook, ValueError("first problem"))
    err = capsys.readouterr().err
    assert "first problem" in err and "the error dialog itself failed" in err
    assert "first problem" in log_text(hook)  # the log got it before the dialog failed
    monkeypatch.undo()
    raise_and_report(hook, ValueError("second problem"))  # the hook still works afterwards
    assert "second problem" in hook.dialogs[0].ui.errorText.text()


def test_too_many_errors_do_not_bury_the_screen(hook):
    from jiarenbase.gui.crash import MAX_OPEN_DIALOGS

    for i in range(MAX_OPEN_DIALOGS + 3):
        raise_and_report(hook, RuntimeError(f"loop {i}"))
    assert len(hook.dialogs) == MAX_OPEN_DIALOGS
    assert f"loop {MAX_OPEN_DIALOGS + 2}" in log_text(hook)  # but every one is logged


def test_logging_is_configured_once_per_folder(qapp, tmp_path):
    import logging

    from jiarenbase.gui.crash import LOG_BACKUPS, LOG_MAX_BYTES, configure_logging, remove_logging

    first = configure_logging(tmp_path)
    try:
        assert configure_logging(tmp_path) is first
        assert (first.maxBytes, first.backupCount) == (LOG_MAX_BYTES, LOG_BACKUPS) == (1_000_000, 5)
        assert first in logging.getLogger().handlers
    finally:
        remove_logging(first)
    assert first not in logging.getLogger().handlers


def test_screenshot_of_error_dialog(hook, qtbot, qapp, screenshot_dir):
    from jiarenbase.gui.app import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    raise_and_report(hook, KeyError("cohort_id"))
    dialog = hook.dialogs[0]
    qtbot.waitExposed(dialog)
    assert dialog.grab().save(os.path.join(screenshot_dir, "error_dialog.png"))
