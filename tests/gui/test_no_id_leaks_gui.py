"""Sensitive data never leaves the desktop by accident (issue 15): with a student
written under a known ID number and mobile, errors are forced on the desktop's
paths — an uncaught exception in a Qt slot, one in a background operation, one in
a Python thread, a domain error's message box, AppContext.message for a unique
key, a full disk and a refused login, and the crash hook's own failure — and the
full number appears in no log file, dialog text, 复制详情 text or stderr. Last, the
data folder holds no 18-character ID shape in any file (the issue's grep).

The core's and the command line's paths are in tests/core/security/test_no_id_leaks.py.
"""
from __future__ import annotations

import errno
import os
import re
import sys
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from sqlalchemy.exc import IntegrityError, OperationalError

from jiarenbase.core.db.models import Student
from jiarenbase.core.domain.enums import Sex
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.services import enrolment
from jiarenbase.core.services.enrolment import StudentInput

pytestmark = pytest.mark.gui

ID, PHONE = "310116200903030290", "13917654321"
M_ID, M_PHONE = "310116********0290", "139****4321"
GREP = re.compile(r"[1-9][0-9]{16}[0-9Xx]")  # the issue's `grep -rE` over the data folder


def assert_masked(text: str) -> None:
    assert ID not in text and PHONE not in text and not GREP.search(text), text


@pytest.fixture
def student(db, admin):
    return enrolment.create_student(db, admin, StudentInput(name="王芳", id_number=ID, phone=PHONE))


@pytest.fixture
def data(tmp_path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def hook(qapp, data):
    """The desktop's crash handler and log file on a data folder of the test's own."""
    from jiarenbase.gui.crash import install_excepthook, remove_logging

    handler = install_excepthook(data, "zh")
    yield handler
    handler.uninstall()
    for dialog in list(handler.dialogs):
        dialog.close()
    remove_logging(handler.log_handler)


def the_database_refuses(db) -> IntegrityError:
    """The database's own unique violation for a second row with the student's number."""
    with pytest.raises(IntegrityError) as info, db.transaction() as s:
        s.add(Student(name="王芳", sex=Sex.MALE, id_number=ID, birth_date=date(2009, 3, 3), phone=PHONE))
        s.flush()
    return info.value


def saving_failed(cause: BaseException) -> RuntimeError:
    """A bug's exception whose text quotes the row, chained to `cause` (the traceback shows both)."""
    try:
        try:
            raise cause
        except BaseException as exc:
            raise RuntimeError(f"保存学员失败：('王芳', '{ID}', '{PHONE}')") from exc
    except RuntimeError as exc:
        return exc


def everything_the_dialog_says(dialog) -> str:
    dialog.ui.copyButton.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == dialog.details_text()
    return "\n".join((dialog.ui.errorText.text(), dialog.ui.details.toPlainText(), copied,
                      dialog.ui.logLabel.text()))


def log_text(hook) -> str:
    hook.log_handler.flush()
    return hook.log_path.read_text(encoding="utf-8")


def assert_data_folder_clean(data: Path) -> None:
    """The issue's `grep -rE '[1-9][0-9]{16}[0-9Xx]'` over the data folder (databases aside)."""
    files = [p for p in data.rglob("*") if p.is_file() and ".sqlite3" not in p.name]
    assert files  # the log at least
    for path in files:
        assert_masked(path.read_text(encoding="utf-8", errors="replace"))


# ------------------------------------------------------------------------------ uncaught

def test_an_uncaught_exception_in_a_slot(db, student, hook, qtbot, data):
    button = QPushButton("保存")
    qtbot.addWidget(button)
    raised = saving_failed(the_database_refuses(db))

    def save():
        raise raised

    button.clicked.connect(save)
    button.click()
    [dialog] = hook.dialogs
    said = everything_the_dialog_says(dialog)
    assert dialog.ui.errorText.text().startswith(f"RuntimeError: 保存学员失败：('王芳', '{M_ID}', '{M_PHONE}')")
    assert "IntegrityError" in said and "Traceback" in said and "UNIQUE constraint failed" in said
    assert_masked(said)
    logged = log_text(hook)
    assert "Unexpected error" in logged and f"'{M_ID}'" in logged
    assert_masked(logged)
    assert_data_folder_clean(data)


def test_an_uncaught_exception_in_a_background_operation(db, student, hook, ops, drain, qtbot, data):
    owner = QWidget()
    qtbot.addWidget(owner)

    def save_student():
        raise saving_failed(the_database_refuses(db))

    ops.run(owner, save_student)
    drain()
    [dialog] = hook.dialogs
    assert_masked(everything_the_dialog_says(dialog))
    logged = log_text(hook)
    assert "Unexpected error in a background call" in logged and "Unexpected error\n" in logged
    assert_masked(logged)
    assert_data_folder_clean(data)


def test_an_uncaught_exception_in_a_thread(hook, qtbot, data):
    def work():
        raise OSError(errno.ENOSPC, "No space left on device", f"/backups/{ID}.sqlite3")

    worker = threading.Thread(target=work, name=f"export-{PHONE}")
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: len(hook.dialogs) == 1)
    said = everything_the_dialog_says(hook.dialogs[0])
    assert f"/backups/{M_ID}.sqlite3" in said and f"export-{M_PHONE}" in said
    assert_masked(said)
    assert_masked(log_text(hook))
    assert_data_folder_clean(data)


def test_the_hook_failing_prints_a_masked_traceback(hook, monkeypatch, capsys, data):
    from jiarenbase.gui.dialogs import error_dialog

    def broken(*_a, **_k):
        raise RuntimeError(f"the dialog failed showing {ID}")

    monkeypatch.setattr(error_dialog.ErrorDialog, "__init__", broken)
    try:
        raise ValueError(f"row {ID} / {PHONE}")
    except ValueError:
        hook.excepthook(*sys.exc_info())
    err = capsys.readouterr().err
    assert f"row {M_ID} / {M_PHONE}" in err and f"the dialog failed showing {M_ID}" in err
    assert_masked(err)
    assert_masked(log_text(hook))
    assert_data_folder_clean(data)


def test_an_error_dialog_masks_whatever_it_is_given(qtbot, qapp):
    from jiarenbase.gui.dialogs.error_dialog import ErrorDialog

    dialog = ErrorDialog(f"ValueError: {ID}", f"Traceback …\nValueError: ('{ID}', '{PHONE}')", None)
    qtbot.addWidget(dialog)
    assert dialog.ui.errorText.text() == f"ValueError: {M_ID}"
    assert dialog.details_text() == f"ValueError: {M_ID}\n\nTraceback …\nValueError: ('{M_ID}', '{M_PHONE}')"


# ------------------------------------------------------------------------------ messages

def test_a_domain_error_box_is_masked(db, student, ops, drain, qtbot):
    owner = QWidget()
    qtbot.addWidget(owner)

    def fail():
        raise JiarenError(f"身份证号 {ID}（手机 {PHONE}）已登记。", f"ID {ID} ({PHONE}) exists.")

    ops.run(owner, fail)
    drain()
    [box] = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    try:
        assert box.text() == f"身份证号 {M_ID}（手机 {M_PHONE}）已登记。"
    finally:
        box.close()


def test_app_context_messages_are_masked(ctx, db, student, admin, tmp_path):
    from jiarenbase.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        enrolment.create_student(db, admin, StudentInput(name="王芳芳", id_number=ID, phone=PHONE))
    import psycopg

    refused_login = OperationalError(None, None, psycopg.OperationalError(
        f'connection failed: FATAL:  password authentication failed for user "{ID}"'))
    failures = [
        refused.value,  # the service's own check
        the_database_refuses(db),  # the database's constraint
        saving_failed(the_database_refuses(db)),  # a bug quoting the row
        OSError(errno.ENOSPC, "No space left on device", str(tmp_path / f"学员{ID}.xlsx")),  # a full disk
        refused_login,  # a connection error quoting the user name
        JiarenError(f"学员 {ID} 的手机 {PHONE} 无效", f"student {ID}: phone {PHONE} invalid"),
    ]
    for exc in failures:
        for lang in ("zh", "en"):
            ctx.lang = lang
            text = ctx.message(exc)
            assert text
            assert_masked(text)
    ctx.lang = "zh"
    assert M_ID in ctx.message(failures[3]) and "磁盘空间已满" in ctx.message(failures[3])
    assert ctx.message(failures[-1]) == f"学员 {M_ID} 的手机 {M_PHONE} 无效"


def test_the_log_file_masks_every_record(hook, data):
    import logging

    try:
        raise ValueError(f"('{ID}', '{PHONE}')")
    except ValueError:
        logging.getLogger("jiarenbase.somewhere").warning("student %s failed", ID, exc_info=True)
    logged = log_text(hook)
    assert f"student {M_ID} failed" in logged and f"ValueError: ('{M_ID}', '{M_PHONE}')" in logged
    assert_masked(logged)
    assert_data_folder_clean(data)
    assert os.path.dirname(hook.log_path) == str(data / "logs")
