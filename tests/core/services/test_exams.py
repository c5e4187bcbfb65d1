"""Exam sessions, result sheets and corrections, unique certificate numbers,
and the exam-readiness list with its configurable bar."""
from __future__ import annotations

import threading
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, Certificate, ExamResult, Student
from jiarenbase.core.domain.enums import CertificateKind, Occupation, SessionKind, SkillLevel, Stage, StudentStatus
from jiarenbase.core.errors import ConflictError, PermissionDenied, ValidationError
from jiarenbase.core.services import certificates, exam_readiness, exam_results
from jiarenbase.core.services.exam_readiness import ReadinessBar
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.listing import ListQuery

DUAL = certificates.ExamInput(occupation=Occupation.INTERNET_MARKETER, level=SkillLevel.JUNIOR,
                              exam_date=date(2025, 6, 18), work_type="直播销售员",
                              evaluating_org="上海市职业技能鉴定中心", dual_certificate=True,
                              enterprise_issuer="自家人(上海)文化有限公司", pass_mark=60)
SINGLE = certificates.ExamInput(occupation=Occupation.STREAMER, level=SkillLevel.INTERMEDIATE,
                                exam_date=date(2025, 9, 1), evaluating_org="金山区职业技能鉴定所")


def set_stage(world, sid: int, stage: Stage, status: StudentStatus | None = None) -> None:
    with world.db.transaction() as s:
        st = s.get(Student, sid)
        st.stage = stage
        if status is not None:
            st.status = status


def numbers(db) -> list[str]:
    with db.read() as s:
        return list(s.scalars(select(Certificate.number)))


# -- exams ------------------------------------------------------------------------------------------

def test_list_get_update_exams(world):
    dual = certificates.create_exam(world.db, world.staff, DUAL)
    single = certificates.create_exam(world.db, world.staff, SINGLE)
    exam_results.record_results(world.db, world.staff, dual.id, [ResultEntry(world.mine[0], 80),
                                                                 ResultEntry(world.mine[1], 40)])
    page = certificates.list_exams(world.db, world.mentor)
    assert [r.id for r in page.rows] == [single.id, dual.id] and page.total == 2  # newest first
    row = page.rows[1]
    assert (row.results, row.passed, row.dual_certificate, row.work_type) == (2, 1, True, "直播销售员")
    assert certificates.list_exams(world.db, world.admin, ListQuery(filters={"dual_certificate": True})).total == 1
    assert certificates.list_exams(world.db, world.admin, ListQuery(search="金山区")).rows[0].id == single.id
    assert [r.id for r in certificates.list_exams(world.db, world.admin, ListQuery(sort="level")).rows] == [
        dual.id, single.id]
    assert certificates.list_exams(world.db, world.admin, ListQuery(filters={"year": 2024})).total == 0
    got = certificates.get_exam(world.db, world.mentor, single.id)
    assert got == single and got.version == 1
    changed = certificates.update_exam(world.db, world.staff, single.id, 1,
                                       replace(SINGLE, pass_mark=70, note="上午场"))
    assert (changed.pass_mark, changed.note, changed.version) == (70, "上午场", 2)
    with pytest.raises(ConflictError):
        certificates.update_exam(world.db, world.staff, single.id, 1, SINGLE)


def test_an_exam_with_results_keeps_what_its_certificates_copied(world):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 90)])
    with pytest.raises(ValidationError) as info:
        certificates.update_exam(world.db, world.staff, exam.id, exam.version,
                                 replace(DUAL, level=SkillLevel.SENIOR, pass_mark=50))
    assert set(info.value.fields) == {"等级", "及格线"} and "新建考试" in info.value.zh
    ok = certificates.update_exam(world.db, world.staff, exam.id, exam.version, replace(DUAL, note="补考见下场"))
    assert ok.note == "补考见下场" and ok.level is SkillLevel.JUNIOR


# -- results ----------------------------------------------------------------------------------------

def test_dual_exam_sheet_issues_two_certificates_per_pass(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    out = exam_results.record_results(world.db, world.staff, exam.id, [
        ResultEntry(world.mine[0], 75), ResultEntry(world.mine[1], 59.5), ResultEntry(world.theirs[0], 60)])
    assert [len(r.certificates) for r in out] == [2, 0, 2]
    assert {c.kind for c in out[0].certificates} == {CertificateKind.SKILL_LEVEL, CertificateKind.ENTERPRISE}
    assert out[0].student_name == "李小明"
    listed = exam_results.exam_results(world.db, world.admin, exam.id)
    assert [r.student_name for r in listed] == sorted(r.student_name for r in out)
    assert sum(len(r.certificates) for r in listed) == 4 == count_rows(Certificate)
    # a mentor sees only their own students' results
    assert {r.student_id for r in exam_results.exam_results(world.db, world.mentor, exam.id)} == set(world.mine)


def test_sheet_is_all_or_nothing_and_names_every_problem(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 50)])
    set_stage(world, world.students[3].id, Stage.COGNITIVE, StudentStatus.WITHDRAWN)
    with pytest.raises(ValidationError) as info:
        exam_results.record_results(world.db, world.staff, exam.id, [
            ResultEntry(world.mine[1], 88), ResultEntry(world.mine[1], 70), ResultEntry(world.mine[0], 99),
            ResultEntry(world.students[3].id, 80)])
    text = info.value.zh
    assert "张晓雨" in text and "两次" in text and "李小明" in text and "已录入" in text and "退出" in text
    with pytest.raises(ValidationError) as info:
        exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[1], 120)])
    assert info.value.fields == ["成绩"]
    with pytest.raises(ValidationError) as info:
        exam_results.record_results(world.db, world.staff, exam.id, [])
    assert info.value.fields == ["学员"]
    assert count_rows(ExamResult) == 1 and count_rows(Certificate) == 0


def test_correct_result_issues_or_withdraws_certificates(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    fail = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 55)])[0]
    fixed = exam_results.correct_result(world.db, world.staff, fail.id, fail.version, 65)
    assert fixed.passed and len(fixed.certificates) == 2 and fixed.version == 2
    with pytest.raises(ConflictError):
        exam_results.correct_result(world.db, world.staff, fail.id, fail.version, 70)
    same = exam_results.correct_result(world.db, world.staff, fixed.id, fixed.version, 80)
    assert {c.number for c in same.certificates} == {c.number for c in fixed.certificates}  # unchanged
    revoked = exam_results.correct_result(world.db, world.staff, same.id, same.version, 30)
    assert not revoked.passed and revoked.certificates == ()
    assert count_rows(Certificate, Certificate.deleted_at.is_(None)) == 0
    assert count_rows(AuditEntry, AuditEntry.action == "revoke") == 2
    again = exam_results.correct_result(world.db, world.staff, revoked.id, revoked.version, 90)
    old = {c.number for c in fixed.certificates}
    assert {c.number for c in again.certificates}.isdisjoint(old)  # withdrawn numbers are never reused
    with pytest.raises(ValidationError):
        exam_results.correct_result(world.db, world.staff, again.id, again.version, -1)


def test_certificate_numbers_are_unique_across_exams_and_kinds(world):
    a = certificates.create_exam(world.db, world.staff, DUAL)
    b = certificates.create_exam(world.db, world.staff, replace(DUAL, level=SkillLevel.INTERMEDIATE))
    exam_results.record_results(world.db, world.staff, a.id, [ResultEntry(sid, 90) for sid in world.mine])
    exam_results.record_results(world.db, world.staff, b.id, [ResultEntry(sid, 90) for sid in world.mine])
    got = numbers(world.db)
    assert len(got) == 8 == len(set(got))
    assert sorted(n for n in got if n.startswith("JRZJ")) == [f"JRZJ2025{i:06d}" for i in range(1, 5)]


def test_a_number_taken_meanwhile_by_another_desktop_is_retried(world, monkeypatch):
    """The first attempt reads a stale maximum (another desktop issued the next
    number after we looked): the unique number refuses the insert, the whole
    transaction runs again and takes the following number."""
    exam = certificates.create_exam(world.db, world.staff, replace(DUAL, dual_certificate=False))
    first = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[0], 90)])[0]
    taken = first.certificates[0].number
    real, calls = exam_results._next_number, []

    def stale(s, kind, year):
        calls.append(kind)
        return taken if len(calls) == 1 else real(s, kind, year)

    monkeypatch.setattr(exam_results, "_next_number", stale)
    second = exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(world.mine[1], 90)])[0]
    assert len(calls) == 2 and second.certificates[0].number == "JRZJ2025000002"
    assert len(exam_results.exam_results(world.db, world.admin, exam.id)) == 2  # the failed try left nothing


def test_concurrent_issue_on_the_same_exam_gives_unique_numbers(world):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    ids = [st.id for st in world.students]
    start, errors = threading.Barrier(len(ids)), []

    def enter(sid: int) -> None:
        try:
            start.wait()
            exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(sid, 88)])
        except Exception as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=enter, args=(sid,)) for sid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    got = numbers(world.db)
    assert len(got) == 2 * len(ids) == len(set(got))


def test_mentors_may_not_schedule_exams_or_enter_results(world, count_rows):
    exam = certificates.create_exam(world.db, world.staff, DUAL)
    for call in (lambda: certificates.create_exam(world.db, world.mentor, DUAL),
                 lambda: certificates.update_exam(world.db, world.mentor, exam.id, 1, DUAL),
                 lambda: exam_results.record_results(world.db, world.mentor, exam.id,
                                                     [ResultEntry(world.mine[0], 90)]),
                 lambda: exam_readiness.set_readiness_bar(world.db, world.mentor,
                                                          ReadinessBar(SkillLevel.JUNIOR))):
        with pytest.raises(PermissionDenied):
            call()
    assert count_rows(ExamResult) == 0


# -- readiness --------------------------------------------------------------------------------------

def drills(world, sid: int, n: int, score: float, kind: SessionKind = SessionKind.MOCK_DRILL) -> None:
    for day in range(1, n + 1):
        world.log(sid, kind=kind, score=score, day=day)


def test_junior_readiness_with_the_default_bar(world):
    a, b, c, d = (st.id for st in world.students)
    set_stage(world, a, Stage.PROJECT)
    drills(world, a, 5, 72)  # ready
    set_stage(world, b, Stage.PROJECT)
    drills(world, b, 3, 65)  # too few, too low
    drills(world, c, 6, 90)  # still in the cognitive stage
    set_stage(world, d, Stage.LIVE, StudentStatus.SUSPENDED)
    drills(world, d, 5, 80)
    got = exam_readiness.exam_readiness(world.db, world.staff, world.cohort.id, SkillLevel.JUNIOR)
    assert [r.student_id for r in got.ready] == [a]
    why = {r.student_id: {x.field for x in r.reasons} for r in got.not_ready}
    assert why == {b: {"模拟演练", "模拟演练平均分"}, c: {"阶段"}, d: {"状态"}}
    low = next(r for r in got.not_ready if r.student_id == b)
    assert "3场，需至少5场" in low.reasons[0].zh and "65.0" in low.reasons[1].zh
    assert got.bar == exam_readiness.DEFAULT_BARS[SkillLevel.JUNIOR]


def test_intermediate_needs_the_live_stage_completed(world):
    a, b = world.mine
    set_stage(world, a, Stage.COMPLETED)
    drills(world, a, 3, 80, SessionKind.LIVE_SESSION)
    set_stage(world, b, Stage.LIVE)
    drills(world, b, 3, 80, SessionKind.LIVE_SESSION)
    got = exam_readiness.exam_readiness(world.db, world.staff, world.cohort.id, SkillLevel.INTERMEDIATE)
    assert [r.student_id for r in got.ready] == [a]
    assert "结业" in next(r for r in got.not_ready if r.student_id == b).reasons[0].zh


def test_the_bar_is_configurable_per_level_for_every_desktop(world):
    a = world.mine[0]
    set_stage(world, a, Stage.PROJECT)
    drills(world, a, 3, 72)
    assert not exam_readiness.exam_readiness(world.db, world.staff, world.cohort.id, SkillLevel.JUNIOR).ready
    bar = ReadinessBar(SkillLevel.JUNIOR, Stage.PROJECT, min_mock_drills=3, min_mock_avg=None)
    assert exam_readiness.set_readiness_bar(world.db, world.staff, bar) == bar
    got = exam_readiness.exam_readiness(world.db, world.mentor, world.cohort.id, SkillLevel.JUNIOR)
    assert [r.student_id for r in got.ready] == [a]
    bars = exam_readiness.readiness_bars(world.db, world.mentor)
    assert [b.level for b in bars] == list(SkillLevel) and bars[1] == bar
    assert bars[2] == exam_readiness.DEFAULT_BARS[SkillLevel.INTERMEDIATE]  # others keep the default
    with pytest.raises(ValidationError) as info:
        exam_readiness.set_readiness_bar(world.db, world.admin, ReadinessBar(
            SkillLevel.JUNIOR, min_mock_drills=-1, min_mock_avg=101))
    assert set(info.value.fields) == {"模拟演练最少场次", "模拟演练平均分下限"}


def test_holders_of_the_level_are_not_ready_and_mentors_see_their_own(world):
    a = world.mine[0]
    set_stage(world, a, Stage.PROJECT)
    drills(world, a, 5, 90)
    exam = certificates.create_exam(world.db, world.staff, replace(DUAL, level=SkillLevel.SENIOR))
    exam_results.record_results(world.db, world.staff, exam.id, [ResultEntry(a, 90)])
    got = exam_readiness.exam_readiness(world.db, world.mentor, world.cohort.id, SkillLevel.JUNIOR,
                                        Occupation.INTERNET_MARKETER)
    assert {r.student_id for r in got.ready + got.not_ready} == set(world.mine)  # mentor scope
    mine = next(r for r in got.not_ready if r.student_id == a)
    assert [x.field for x in mine.reasons] == ["证书"] and "高级工" in mine.reasons[0].zh
    other = exam_readiness.exam_readiness(world.db, world.mentor, world.cohort.id, SkillLevel.JUNIOR,
                                          Occupation.STREAMER)
    assert [r.student_id for r in other.ready] == [a]  # the certificate is of another occupation
    with pytest.raises(PermissionDenied):
        exam_results.correct_result(world.db, world.mentor, 1, 1, 50)
