"""鉴定意见 (services/appraisals.py): kept exactly as typed, limited in length,
written by staff or the student's own mentor, audited."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, StudentAppraisal
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import appraisals
from jiarenbase.core.services.appraisals import MAX_OPINION, appraisal_form, appraisal_of, save_appraisal

TYPED = ("该生实训期间态度端正，能按时完成模拟演练与实战直播；\n"
         "话术打磨认真，临场应变有明显进步。\n\n"
         "建议：继续加强“开场三秒”的节奏，控制语速！（导师：王导师）")


def _audit(db) -> list[tuple]:
    """(action, entity_id, username) of the appraisal's audit entries."""
    with db.read() as s:
        return [tuple(r) for r in s.execute(
            select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.username)
            .where(AuditEntry.entity == StudentAppraisal.__tablename__).order_by(AuditEntry.id))]


def test_the_mentor_saves_and_the_text_is_kept_exactly(world):
    sid = world.mine[0]
    assert appraisal_of(world.db, world.mentor, sid) == ""
    saved = save_appraisal(world.db, world.mentor, sid, "  \r\n" + TYPED.replace("\n", "\r\n") + "\n  ")
    assert saved.opinion == TYPED and saved.student_name == "李小明"
    assert appraisal_of(world.db, world.staff, sid) == TYPED  # line breaks, full-width punctuation, blank line
    with world.db.read() as s:
        assert s.get(StudentAppraisal, sid).written_by == world.mentor_user.id
    assert _audit(world.db) == [("create", sid, "wang")]


def test_a_change_is_audited_and_the_same_text_writes_nothing(world):
    sid = world.mine[1]
    save_appraisal(world.db, world.staff, sid, "第一稿")
    save_appraisal(world.db, world.staff, sid, "第一稿")
    save_appraisal(world.db, world.mentor, sid, "第二稿：表现良好。")
    assert [e[0] for e in _audit(world.db)] == ["create", "update"]
    assert appraisal_form(world.db, world.admin, sid).opinion == "第二稿：表现良好。"
    save_appraisal(world.db, world.admin, sid, "   ")  # clearing is allowed: the report prints ruled lines
    assert appraisal_of(world.db, world.admin, sid) == ""


def test_too_long_is_refused_with_the_limit_named(world):
    sid = world.mine[0]
    save_appraisal(world.db, world.mentor, sid, "好" * MAX_OPINION)  # exactly the limit is fine
    with pytest.raises(ValidationError) as info:
        save_appraisal(world.db, world.mentor, sid, "好" * (MAX_OPINION + 1))
    assert info.value.fields == ["鉴定意见"] and "最多 1000 个字" in info.value.zh and "1001" in info.value.zh
    assert appraisal_of(world.db, world.mentor, sid) == "好" * MAX_OPINION


def test_the_mentor_of_another_student_is_refused(world):
    theirs = world.theirs[0]
    with pytest.raises(PermissionDenied) as info:
        save_appraisal(world.db, world.mentor, theirs, "不是我的学员")
    assert "不是您指导的学员" in info.value.zh
    with pytest.raises(PermissionDenied):
        appraisal_of(world.db, world.mentor, theirs)
    with pytest.raises(PermissionDenied):
        save_appraisal(world.db, world.mentor, world.unassigned[0], "无导师的学员")
    assert _audit(world.db) == []
    assert appraisals.appraisal_of(world.db, world.other_mentor, theirs) == ""
