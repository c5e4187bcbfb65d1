"""考试报名: candidates added (from readiness or by hand), their status changed in
bulk with the version seen, removed and added again; roles; the results sheet marks
the candidates 参考; on both backends."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, Student
from jiarenbase.core.domain.enums import Occupation, RegistrationStatus, SkillLevel, StudentStatus
from jiarenbase.core.errors import ConflictError, PermissionDenied, ValidationError
from jiarenbase.core.services import certificates, exam_registration as reg, exam_results
from jiarenbase.core.services.exam_results import ResultEntry

EXAM = certificates.ExamInput(occupation=Occupation.INTERNET_MARKETER, level=SkillLevel.JUNIOR,
                              exam_date=date(2025, 6, 18), work_type="直播销售员",
                              evaluating_org="上海市职业技能鉴定中心", pass_mark=60)


def audits(db, entity="exam_registration") -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(AuditEntry.action).where(AuditEntry.entity == entity).order_by(AuditEntry.id)))


def test_register_change_status_remove(world):
    exam = certificates.create_exam(world.db, world.staff, EXAM)
    a, b, c = world.mine[0], world.mine[1], world.theirs[0]
    added = reg.register_candidates(world.db, world.staff, exam.id, [a, b, a])
    assert [r.status for r in added] == [RegistrationStatus.REGISTERED] * 2
    again = reg.register_candidates(world.db, world.staff, exam.id, [b, c])  # b stays as it is
    assert {r.student_id for r in again} == {b, c}
    listed = reg.exam_registrations(world.db, world.staff, exam.id)
    assert {r.student_id for r in listed} == {a, b, c} and all(r.student_name for r in listed)
    # a mentor reads their own students only, and may not write
    assert {r.student_id for r in reg.exam_registrations(world.db, world.mentor, exam.id)} == {a, b}
    with pytest.raises(PermissionDenied):
        reg.register_candidates(world.db, world.mentor, exam.id, [a])
    by = {r.student_id: r for r in listed}
    paid = reg.set_registration_status(world.db, world.staff, [(by[a].id, by[a].version), (by[b].id, by[b].version)],
                                       RegistrationStatus.PAID)
    assert {r.status for r in paid} == {RegistrationStatus.PAID}
    with pytest.raises(ConflictError):  # a stale row refuses the whole change
        reg.set_registration_status(world.db, world.staff, [(by[a].id, by[a].version), (by[c].id, by[c].version)],
                                    RegistrationStatus.ABSENT)
    now = {r.student_id: r for r in reg.exam_registrations(world.db, world.staff, exam.id)}
    assert now[c].status is RegistrationStatus.REGISTERED and now[a].status is RegistrationStatus.PAID
    assert reg.remove_registrations(world.db, world.staff, [(now[c].id, now[c].version)]) == 1
    assert c not in {r.student_id for r in reg.exam_registrations(world.db, world.staff, exam.id)}
    back = reg.register_candidates(world.db, world.staff, exam.id, [c])  # the removed row comes back
    assert back[0].id == now[c].id and back[0].status is RegistrationStatus.REGISTERED
    assert audits(world.db)[:3] == ["create", "create", "create"] and "delete" in audits(world.db)


def test_refusals(world):
    exam = certificates.create_exam(world.db, world.staff, EXAM)
    with pytest.raises(ValidationError):
        reg.register_candidates(world.db, world.staff, exam.id, [])
    with world.db.transaction() as s:
        s.get(Student, world.unassigned[0]).status = StudentStatus.WITHDRAWN
    with pytest.raises(ValidationError, match="已退出培训"):
        reg.register_candidates(world.db, world.staff, exam.id, [world.mine[0], world.unassigned[0]])
    assert reg.exam_registrations(world.db, world.staff, exam.id) == []  # all or nothing
    with pytest.raises(ValidationError):
        reg.set_registration_status(world.db, world.staff, [], RegistrationStatus.PAID)


def test_results_mark_candidates_sat(world):
    exam = certificates.create_exam(world.db, world.staff, EXAM)
    a, b, c = world.mine[0], world.mine[1], world.theirs[0]
    reg.register_candidates(world.db, world.staff, exam.id, [a, b])
    exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(a, 80), ResultEntry(c, 50)])
    by = {r.student_id: r for r in reg.exam_registrations(world.db, world.staff, exam.id)}
    assert by[a].status is RegistrationStatus.SAT and by[a].score == 80
    assert by[b].status is RegistrationStatus.REGISTERED and by[b].score is None
    assert by[c].status is RegistrationStatus.SAT  # not on the list before: added as 参考
    with pytest.raises(ValidationError, match="已录入成绩"):
        reg.set_registration_status(world.db, world.staff, [(by[a].id, by[a].version)], RegistrationStatus.ABSENT)
    with pytest.raises(ValidationError, match="已录入成绩"):  # all or nothing: b stays too
        reg.remove_registrations(world.db, world.staff, [(by[b].id, by[b].version), (by[a].id, by[a].version)])
    absent = reg.set_registration_status(world.db, world.staff, [(by[b].id, by[b].version)], RegistrationStatus.ABSENT)
    assert not absent[0].sits
