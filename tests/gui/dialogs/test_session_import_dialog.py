"""Importing sessions from a platform CSV: mapping table, preview, saved mapping,
import behind progress; the sessions list's buttons; closed while loading; screenshot.
Results come back through ctx.ops and are drained."""
from __future__ import annotations

import os
import threading
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.services import enrolment, session_form, session_import, sessions, users
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.form_values import combo_value, select_value
from jiarenbase.gui.dialogs.session_import_dialog import SessionImportDialog
from jiarenbase.gui.operations import Operations

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ALL = ListQuery(limit=10_000)


@pytest.fixture
def demo(db):
    build_demo(db, students=40, seed=3)
    return db


def _as(ctx, username):
    return replace(ctx, actor=users.authenticate(ctx.db, username, "Jiaren@2025").actor())


@pytest.fixture
def mentor_ctx(demo, ctx):
    return _as(ctx, "mentor")


@pytest.fixture
def staff_ctx(demo, ctx):
    return _as(ctx, "jiaowu")


@pytest.fixture
def open_dialog(qtbot, drain):
    def opens(ctx, **kw) -> SessionImportDialog:
        dialog = SessionImportDialog(ctx, **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        drain()  # the students and mentors
        return dialog

    return opens


def kuaishou_for(ctx, tmp_path) -> str:
    """The Kuaishou fixture with the demo's students in place of the test world's."""
    staff = users.authenticate(ctx.db, "jiaowu", "Jiaren@2025").actor()
    people = enrolment.list_students(ctx.db, staff, ListQuery(limit=3, sort="name")).rows
    text = (FIXTURES / "kuaishou_sessions.csv").read_bytes().decode("gbk")
    for old, number, new in zip(("李小明", "张晓雨", "王浩"), ("S001", "S002", "S003"), people, strict=True):
        text = text.replace(old, new.name).replace(number, new.student_number or new.name)
    path = tmp_path / "快手直播数据.csv"
    path.write_bytes(text.encode("gbk"))
    return str(path)


def total(ctx) -> int:
    return sessions.list_sessions(ctx.db, ctx.actor, ALL).total


def test_preview_model_passes_the_model_tester(qtmodeltester, mentor_ctx):
    from jiarenbase.core.importing.session_csv import read_session_csv
    from jiarenbase.gui.models.session_import_model import SessionImportPreviewModel

    student = enrolment.list_students(mentor_ctx.db, mentor_ctx.actor, ALL).rows[0]
    table = read_session_csv(FIXTURES / "douyin_sessions.csv")
    mapping, _ = session_import.suggest_mapping(mentor_ctx.db, mentor_ctx.actor, Platform.DOUYIN, table.headers)
    preview = session_import.preview_session_import(mentor_ctx.db, mentor_ctx.actor, table, Platform.DOUYIN, mapping,
                                                    session_import.ImportDefaults(student_id=student.id))
    model = SessionImportPreviewModel("zh")
    model.set_preview(preview)
    qtmodeltester.check(model)
    assert model.rowCount() == 4
    assert model.index(2, 2).data() and "订单数" in model.index(2, 2).data()
    assert model.index(0, 2).data(Qt.ItemDataRole.BackgroundRole) is None
    assert model.index(2, 0).data(Qt.ItemDataRole.BackgroundRole) is not None


def test_mentor_imports_a_one_student_douyin_export(qtbot, mentor_ctx, open_dialog, drain, monkeypatch):
    student = enrolment.list_students(mentor_ctx.db, mentor_ctx.actor, ALL).rows[0]
    before = total(mentor_ctx)
    dialog = open_dialog(mentor_ctx, platform=Platform.DOUYIN, student_id=student.id)
    assert not dialog.ui.mentor.isVisibleTo(dialog)  # a mentor's sessions are always theirs
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(FIXTURES / "douyin_sessions.csv"), ""))
    dialog.ui.browseButton.click()
    drain()  # the file, then its mapping, then the preview
    assert dialog.table is not None and "UTF-8-SIG" in dialog.ui.fileInfo.text()
    assert combo_value(dialog.field_combo("累计观看人数")) == "viewers"
    assert "Guessed" in dialog.ui.mappingState.text() or "推测" in dialog.ui.mappingState.text()
    assert len(dialog.preview.accepted) == 2 and dialog.import_button.isEnabled()
    assert "2" in dialog.import_button.text()
    dialog.ui.buttons.button(dialog.ui.buttons.StandardButton.Ok).click()
    assert not dialog.import_button.isEnabled()  # while importing
    drain()
    assert dialog.result() == 1 and dialog.imported.count == 2
    assert total(mentor_ctx) == before + 2


def test_mapping_change_rechecks_and_saved_mapping_is_reused(qtbot, staff_ctx, mentor_ctx, open_dialog, drain,
                                                               tmp_path):
    path = kuaishou_for(staff_ctx, tmp_path)
    dialog = open_dialog(staff_ctx, platform=Platform.KUAISHOU)
    dialog.open_file(path)
    drain()
    assert [r.line for r in dialog.preview.accepted] == [2, 3, 5]
    assert "找不到学员“查无此人”" in dialog.preview.rows[-1].problems[0].zh
    select_value(dialog.field_combo("学员姓名"), "")  # ignore the name column …
    drain()
    assert not dialog.preview.accepted  # no student for any row now
    select_value(dialog.field_combo("学号"), "student")  # … and find students by number
    drain()
    assert [r.line for r in dialog.preview.accepted] == [2, 3, 5]
    dialog.ui.saveMappingButton.click()
    assert not dialog.ui.saveMappingButton.isEnabled()  # while saving
    drain()
    assert dialog.ui.saveMappingButton.isEnabled()
    assert "saved" in dialog.ui.mappingState.text().lower() or "已" in dialog.ui.mappingState.text()
    stored = session_import.get_column_mapping(staff_ctx.db, staff_ctx.actor, Platform.KUAISHOU)
    assert stored["学号"] == "student" and stored["学员姓名"] == ""
    # another user on another desktop gets the same mapping
    again = open_dialog(mentor_ctx, platform=Platform.KUAISHOU)
    again.open_file(path)
    drain()
    assert combo_value(again.field_combo("学号")) == "student"
    assert "saved" in again.ui.mappingState.text().lower() or "保存" in again.ui.mappingState.text()


def test_unusable_mapping_and_bad_file_are_explained(qtbot, staff_ctx, open_dialog, drain, tmp_path):
    dialog = open_dialog(staff_ctx, platform=Platform.DOUYIN)
    dialog.open_file(str(FIXTURES / "douyin_sessions.csv"))
    drain()
    select_value(dialog.field_combo("直播开始时间"), "")
    drain()
    assert "开始时间" in dialog.ui.formError.text() and not dialog.import_button.isEnabled()
    bad = tmp_path / "x.csv"
    bad.write_bytes(b"")
    dialog.open_file(str(bad))
    drain()
    assert dialog.ui.formError.isVisibleTo(dialog) and dialog.table is None
    assert not dialog.import_button.isEnabled()


def test_sessions_list_gets_log_and_import_buttons(qtbot, staff_ctx, drain):
    from jiarenbase.gui.pages.list_page import ListPage
    from jiarenbase.gui.pages.session_actions import add_session_actions
    from jiarenbase.gui.pages.specs import SESSIONS

    page = ListPage(staff_ctx, SESSIONS)
    qtbot.addWidget(page)
    button = add_session_actions(page)
    drain()
    assert page.ui.newButton.text() == "Log session" and button.isEnabled()


def test_screenshot(qtbot, qapp, staff_ctx, open_dialog, drain, screenshot_dir, tmp_path):
    from jiarenbase.gui.app import apply_theme

    apply_theme(qapp)
    dialog = open_dialog(staff_ctx, platform=Platform.KUAISHOU)
    dialog.open_file(kuaishou_for(staff_ctx, tmp_path))
    drain()
    assert len(dialog.preview.accepted) == 3
    out = os.path.join(screenshot_dir, "screens")
    os.makedirs(out, exist_ok=True)
    assert dialog.grab().save(os.path.join(out, "issue4_session_import_mapping.png"))


class DeferredPool:
    """A pool that keeps each call until the test finishes it — in any order, as a
    thread pool may. The outcome then goes the operations' queued way."""

    def __init__(self) -> None:
        self.jobs: list = []

    def start(self, job) -> None:
        self.jobs.append(job)

    def finish(self, job) -> None:
        self.jobs.remove(job)
        job.run()
        QCoreApplication.processEvents()  # the queued delivery

    def finish_all(self) -> None:
        while self.jobs:
            self.finish(self.jobs[0])


def test_only_the_newest_file_and_preview_are_shown_and_imported(qtbot, staff_ctx, tmp_path):
    path = kuaishou_for(staff_ctx, tmp_path)
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    pool = DeferredPool()
    dialog = SessionImportDialog(replace(staff_ctx, ops=Operations(pool)), platform=Platform.KUAISHOU)
    qtbot.addWidget(dialog)
    dialog.show()
    pool.finish_all()  # the students and mentors
    dialog.open_file(str(bad))
    dialog.open_file(path)  # chosen again before the first file was read
    older_file, newer_file = pool.jobs
    pool.finish(newer_file)
    pool.finish(older_file)  # the empty file's answer comes last: dropped
    pool.finish_all()  # the mapping and preview of the newer file
    assert dialog.table is not None and dialog.table.file_name == "快手直播数据.csv"
    assert not dialog.ui.formError.isVisibleTo(dialog)
    assert [r.line for r in dialog.preview.accepted] == [2, 3, 5] and dialog.import_button.isEnabled()
    select_value(dialog.field_combo("学员姓名"), "")  # no student for any row ...
    assert not dialog.import_button.isEnabled()  # nothing is imported while the preview is being made
    select_value(dialog.field_combo("学员姓名"), "student")  # ... changed back at once
    older, newer = pool.jobs
    pool.finish(newer)
    assert [r.line for r in dialog.preview.accepted] == [2, 3, 5]
    pool.finish(older)  # the preview of the older mapping answers last: dropped
    assert [r.line for r in dialog.preview.accepted] == [2, 3, 5] and dialog.import_button.isEnabled()
    assert "将导入 3 行" in dialog.ui.summary.text() or "3 rows will be imported" in dialog.ui.summary.text()
    # a new file forgets the previous one's preview at once
    dialog.open_file(path)
    pool.finish(pool.jobs[0])  # the file is read; its mapping and preview are still to come
    assert dialog.preview is None and not dialog.import_button.isEnabled()
    pool.finish_all()
    assert len(dialog.preview.accepted) == 3


def test_closed_while_the_form_data_loads(staff_ctx, qtbot, drain, ops, monkeypatch):
    gate, started = threading.Event(), threading.Event()
    real = session_form.session_form_data

    def waits(*args):
        started.set()
        gate.wait(10)
        return real(*args)

    monkeypatch.setattr(session_form, "session_form_data", waits)
    ran = []
    for name in ("_form_loaded", "_failed"):
        monkeypatch.setattr(SessionImportDialog, name, lambda self, *a, _n=name: ran.append(_n))
    dialog = SessionImportDialog(staff_ctx, platform=Platform.KUAISHOU)
    dialog.show()
    assert started.wait(10)
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    gate.set()
    drain()
    assert ran == []


def test_closed_while_the_file_is_read(staff_ctx, qtbot, drain, ops, open_dialog, tmp_path, monkeypatch):
    from jiarenbase.gui.dialogs import session_import_dialog as module

    gate, started = threading.Event(), threading.Event()
    real = module.read_session_csv

    def waits(path):
        started.set()
        gate.wait(10)
        return real(path)

    dialog = open_dialog(staff_ctx, platform=Platform.KUAISHOU)
    monkeypatch.setattr(module, "read_session_csv", waits)
    ran = []
    for name in ("_table_loaded", "_file_failed"):
        monkeypatch.setattr(SessionImportDialog, name, lambda self, *a, _n=name: ran.append(_n))
    dialog.open_file(kuaishou_for(staff_ctx, tmp_path))
    assert started.wait(10)
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))
    gate.set()
    drain()
    assert ran == []
