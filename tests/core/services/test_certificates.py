"""Exams and certificates; 一试双证: one pass, two certificates."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import Certificate, Exam, ExamResult
from jiarenbase.core.domain.enums import CertificateKind, Occupation, SkillLevel
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import certificates, exam_results
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.listing import ListQuery

DUAL = certificates.ExamInput(occupation=Occupation.INTERNET_MARKETER, level=SkillLevel.INTERMEDIATE,
                              exam_date=date(2025, 6, 18), work_type="直播销售员",
                              evaluating_org="上海市职业技能鉴定中心", dual_certificate=True,
                              enterprise_issuer="自家人(上海)文化有限公司", pass_mark=60)


def test_dual_certificate_exam_pass_issues_two_certificates(world):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    assert exam.dual_certificate and exam.pass_mark == 60
    a = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 82.5)])[0]
    assert a.passed and len(a.certificates) == 2
    skill, enterprise = sorted(a.certificates, key=lambda c: c.kind.value != "skill_level")
    assert skill.kind is CertificateKind.SKILL_LEVEL and enterprise.kind is CertificateKind.ENTERPRISE
    assert skill.issuer == "上海市职业技能鉴定中心" and enterprise.issuer == "自家人(上海)文化有限公司"
    for cert in a.certificates:
        assert (cert.occupation, cert.level, cert.work_type) == (Occupation.INTERNET_MARKETER,
                                                                 SkillLevel.INTERMEDIATE, "直播销售员")
        assert cert.issued_on == date(2025, 6, 18) and cert.student_id == world.mine[0]
    assert skill.number == "JRZJ2025000001" and enterprise.number == "JRQY2025000001"
    b = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[1], 60)],
                                    issued_on=date(2025, 7, 1))[0]
    assert sorted(c.number for c in b.certificates) == ["JRQY2025000002", "JRZJ2025000002"]
    assert {c.issued_on for c in b.certificates} == {date(2025, 7, 1)}
    numbers = [c.number for r in (a, b) for c in r.certificates]
    assert len(set(numbers)) == 4
    held = certificates.list_certificates(world.db, world.mentor, ListQuery(filters={"student_id": world.mine[0]}))
    assert sorted(c.kind for c in held.rows) == [CertificateKind.ENTERPRISE, CertificateKind.SKILL_LEVEL]


def test_fail_issues_none(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    result = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 59.5)])[0]
    assert not result.passed and result.certificates == ()
    assert count_rows(Certificate) == 0 and count_rows(ExamResult) == 1
    held = certificates.list_certificates(world.db, world.admin, ListQuery(filters={"student_id": world.mine[0]}))
    assert held.total == 0


def test_single_certificate_exam_issues_one(world):
    exam = certificates.create_exam(world.db, world.staff, certificates.ExamInput(
        occupation=Occupation.STREAMER, level=SkillLevel.JUNIOR, exam_date=date(2025, 6, 1)))
    result = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 90)])[0]
    assert [c.kind for c in result.certificates] == [CertificateKind.SKILL_LEVEL]


def test_second_result_for_the_same_exam_is_refused(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 40)])
    with pytest.raises(ValidationError) as info:
        exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 95)])
    assert info.value.fields == ["成绩"] and "已录入" in info.value.zh
    assert count_rows(ExamResult) == 1 and count_rows(Certificate) == 0


def test_exam_and_score_validation(world, count_rows):
    with pytest.raises(ValidationError) as info:
        certificates.create_exam(world.db, world.staff, certificates.ExamInput(
            occupation=Occupation.STREAMER, level=SkillLevel.JUNIOR, exam_date=date(2025, 6, 1),
            dual_certificate=True, pass_mark=120))
    assert set(info.value.fields) == {"企业证书发证单位", "及格线"}
    assert "一试双证" in info.value.zh
    assert count_rows(Exam) == 0
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    with pytest.raises(ValidationError) as info:
        exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 101)])
    assert info.value.fields == ["成绩"]
    assert count_rows(ExamResult) == 0
