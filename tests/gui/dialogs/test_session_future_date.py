"""A session dated in the future asks once (issue 17): Yes saves, No returns to the
form; once answered Yes the dialog does not ask again; a past session is not asked
about. The save is confirmed in the status bar with the student, day and kind."""
from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import cohorts, enrolment, organisations, sessions
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.session_dialog import SessionDialog, _qdt

pytestmark = pytest.mark.gui
YES, NO = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def asked(monkeypatch):
    log: list[str] = []
    answers: list = []

    def question(_parent, _title, text, *_a, **_k):
        log.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return type("Asked", (), {"log": log, "answers": answers})


@pytest.fixture
def student_id(db, admin) -> int:
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(code="ZB202612-01", name="主播班",
                                                                  school_id=school.id))
    first17 = f"310116{date(2004, 5, 6):%Y%m%d}001"
    return enrolment.create_student(db, admin, enrolment.StudentInput(
        name="张三", id_number=first17 + check_char(first17), school_id=school.id, cohort_id=cohort.id)).id


def _open(qtbot, ctx, drain, student_id: int, start: datetime) -> SessionDialog:
    dialog = SessionDialog(ctx, None, student_id=student_id)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    dialog.ui.start.setDateTime(_qdt(start))
    return dialog


def _saved(ctx) -> int:
    return sessions.list_sessions(ctx.db, ctx.actor, ListQuery()).total


def test_future_session_asks_no_returns_yes_saves(qtbot, ctx, drain, student_id, asked):
    start = (datetime.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    dialog = _open(qtbot, ctx, drain, student_id, start)
    asked.answers.append(NO)
    dialog.save()
    drain()
    assert len(asked.log) == 1 and f"{start:%Y-%m-%d %H:%M}" in asked.log[0]
    assert dialog.isVisible() and dialog.saved_id is None and _saved(ctx) == 0
    asked.answers.append(YES)
    dialog.save()
    drain()
    assert len(asked.log) == 2 and dialog.result() == 1 and _saved(ctx) == 1
    assert "张三" in ctx.notices.last and f"{start:%Y-%m-%d}" in ctx.notices.last and "模拟演练" in ctx.notices.last


def test_once_confirmed_a_failed_save_is_not_asked_again(qtbot, ctx, drain, student_id, asked, monkeypatch):
    start = (datetime.now() + timedelta(days=2)).replace(second=0, microsecond=0)
    real = sessions.log_session
    calls = []

    def refuse_once(*args):
        calls.append(1)
        if len(calls) == 1:
            raise ValidationError.of("导师点评", "暂时不能保存。", "cannot save now.", "mentor remarks")
        return real(*args)

    monkeypatch.setattr(sessions, "log_session", refuse_once)
    dialog = _open(qtbot, ctx, drain, student_id, start)
    asked.answers.append(YES)
    dialog.save()
    drain()
    assert dialog.isVisible() and "暂时不能保存" in dialog.errors.message("导师点评")
    dialog.save()
    drain()
    assert len(asked.log) == 1 and len(calls) == 2 and dialog.result() == 1


def test_past_session_is_not_asked_about(qtbot, ctx, drain, student_id, asked):
    dialog = _open(qtbot, ctx, drain, student_id, datetime.now() - timedelta(hours=3))
    dialog.save()
    drain()
    assert asked.log == [] and dialog.result() == 1 and _saved(ctx) == 1
