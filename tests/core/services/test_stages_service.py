"""Stage progression (三阶实训): gates, sign-off, override (特批), history."""
from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import Attendance, StageRecord, Student, TrainingModule
from jiarenbase.core.domain.enums import AttendanceStatus, SessionKind, Stage, StageResult, StudentStatus
from jiarenbase.core.domain.stages import StageCriteria
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import audit, cohorts, enrolment, stages

REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"


def add_modules(world, n: int, attended: dict[int, int]) -> None:
    """n cognitive modules for the cohort; attended[student_id] = how many they were present at."""
    with world.db.transaction() as s:
        mods = [TrainingModule(cohort_id=world.cohort.id, title=f"认知课{i + 1}", scheduled_on=date(2025, 3, i + 1))
                for i in range(n)]
        s.add_all(mods)
        s.flush()
        for sid, k in attended.items():
            for i, m in enumerate(mods):
                status = (AttendanceStatus.PRESENT if i % 2 else AttendanceStatus.LATE) if i < k \
                    else AttendanceStatus.ABSENT
                s.add(Attendance(module_id=m.id, student_id=sid, status=status))


def stage_records(world, sid: int) -> list:
    """The student's live stage records, oldest first, as (id, stage, entered_on, signed_off_at,
    signed_off_by, result, override_reason) rows."""
    r = StageRecord
    with world.db.read() as s:
        return list(s.execute(select(r.id, r.stage, r.entered_on, r.signed_off_at, r.signed_off_by, r.result,
                                     r.override_reason)
                              .where(r.student_id == sid, r.deleted_at.is_(None)).order_by(r.entered_on, r.id)))


def stage_of(world, sid: int) -> Stage:
    return enrolment.get_student(world.db, world.admin, sid).stage


def test_gate_lists_unmet_criteria_and_sign_off_refuses(world, count_rows):
    sid = world.mine[0]
    records = count_rows(StageRecord)
    add_modules(world, 10, {sid: 7})  # 70 % < 80 %
    verdict = stages.gate_for(world.db, world.mentor, sid)
    assert verdict.stage is Stage.COGNITIVE and not verdict.met
    [check] = verdict.unmet
    assert check.key == "module_attendance" and check.actual.startswith("7/10") and check.required == "≥80%"
    for actor in (world.mentor, world.staff):
        with pytest.raises(ValidationError) as info:
            stages.sign_off_stage(world.db, actor, sid)
        assert "认知模块出勤" in info.value.fields and "特批理由" in info.value.fields
        assert "未达标：当前7/10" in info.value.zh
    assert stage_of(world, sid) is Stage.COGNITIVE
    assert count_rows(StageRecord) == records
    [open_record] = stage_records(world, sid)  # made at enrolment
    assert (open_record.stage, open_record.result, open_record.signed_off_at) == (Stage.COGNITIVE, None, None)


def test_mentor_cannot_override(world):
    sid = world.mine[0]
    add_modules(world, 4, {sid: 0})
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.mentor, sid, override_reason=REASON)
    assert "导师不能特批" in info.value.zh
    assert stage_of(world, sid) is Stage.COGNITIVE


def test_override_reason_must_have_ten_characters(world):
    sid = world.mine[0]
    add_modules(world, 4, {sid: 0})
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.staff, sid, override_reason="  表现很好  ")
    assert "至少10个字" in info.value.zh
    assert stage_of(world, sid) is Stage.COGNITIVE


def test_staff_override_stores_snapshot_and_is_audited(world):
    sid = world.mine[0]
    add_modules(world, 4, {sid: 1})
    result = stages.sign_off_stage(world.db, world.staff, sid, override_reason=REASON)
    assert (result.from_stage, result.to_stage, result.result) == (Stage.COGNITIVE, Stage.PROJECT,
                                                                   StageResult.OVERRIDDEN)
    assert not result.verdict.met
    assert stage_of(world, sid) is Stage.PROJECT

    history = stage_records(world, sid)
    assert [(h.stage, h.result) for h in history] == [(Stage.COGNITIVE, StageResult.OVERRIDDEN),
                                                      (Stage.PROJECT, None)]
    done = history[0]
    assert done.override_reason == REASON and done.signed_off_by == world.staff_user.id
    assert done.signed_off_at is not None and history[1].entered_on == date.today()

    with world.db.read() as s:
        rec = s.scalar(select(StageRecord).where(StageRecord.id == done.id))
        criteria = json.loads(rec.criteria_snapshot)
        evidence = json.loads(rec.evidence_snapshot)
    assert criteria == StageCriteria().to_dict()
    assert evidence["evidence"]["modules_total"] == 4 and evidence["evidence"]["modules_attended"] == 1
    assert [c["met"] for c in evidence["checks"]] == [False]

    entries = audit.list_audit(world.db, world.admin, entity="stage_record", entity_id=done.id)
    override = [e for e in entries if e.action == "override"]
    assert len(override) == 1
    assert override[0].after == {"reason": REASON, "unmet": ["module_attendance"]}
    assert override[0].username == "jiaowu"
    student_updates = [e for e in audit.list_audit(world.db, world.admin, entity="student", entity_id=sid)
                       if e.action == "update"]
    assert student_updates[0].before["stage"] == "cognitive" and student_updates[0].after["stage"] == "project"


def test_meeting_the_criteria_passes_every_stage_to_completion(world):
    sid = world.mine[0]
    add_modules(world, 5, {sid: 4})  # exactly 80 %
    r1 = stages.sign_off_stage(world.db, world.mentor, sid)
    assert (r1.result, r1.to_stage) == (StageResult.PASSED, Stage.PROJECT)

    # project stage: 5 mock drills averaging ≥ 70 (one live session does not count here)
    for day, score in enumerate((60, 70, 75, 80, 60), start=1):
        world.log(sid, score=score, day=day, actor=world.mentor)
    world.log(sid, kind=SessionKind.LIVE_SESSION, score=90, day=9)
    gate = stages.gate_for(world.db, world.mentor, sid)
    assert [(c.key, c.met) for c in gate.checks] == [("mock_drills", True), ("mock_avg_rubric", False)]
    assert (gate.checks[0].actual, gate.checks[1].actual, gate.checks[1].required) == ("5", "69.0", "≥70.0")
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.mentor, sid)
    assert info.value.fields == ["模拟演练平均分", "特批理由"]
    world.log(sid, score=100, day=6, actor=world.mentor)  # average now (345+100)/6 ≈ 74.2
    r2 = stages.sign_off_stage(world.db, world.mentor, sid)
    assert (r2.result, r2.to_stage) == (StageResult.PASSED, Stage.LIVE)

    # live stage: 3 live sessions averaging ≥ 70
    for day in (10, 11):
        world.log(sid, kind=SessionKind.LIVE_SESSION, score=70, day=day)
    r3 = stages.sign_off_stage(world.db, world.staff, sid)
    assert (r3.result, r3.from_stage, r3.to_stage) == (StageResult.PASSED, Stage.LIVE, Stage.COMPLETED)

    student = enrolment.get_student(world.db, world.admin, sid)
    assert student.stage is Stage.COMPLETED and student.status is StudentStatus.COMPLETED
    history = stage_records(world, sid)
    assert [(h.stage, h.result) for h in history] == [
        (Stage.COGNITIVE, StageResult.PASSED), (Stage.PROJECT, StageResult.PASSED),
        (Stage.LIVE, StageResult.PASSED), (Stage.COMPLETED, None)]
    assert history[0].signed_off_by == world.mentor_user.id
    assert history[2].signed_off_by == world.staff_user.id
    assert not [e for e in audit.list_audit(world.db, world.admin, entity="stage_record") if e.action == "override"]

    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.staff, sid, override_reason=REASON)
    assert "已结业" in info.value.zh
    with pytest.raises(ValidationError):
        stages.gate_for(world.db, world.admin, sid)


def test_absent_and_deleted_modules_do_not_count(world):
    sid = world.mine[0]
    add_modules(world, 2, {sid: 2})
    with world.db.transaction() as s:  # a third module the student missed, then deleted by staff
        m = TrainingModule(cohort_id=world.cohort.id, title="取消的课")
        s.add(m)
        s.flush()
        s.add(Attendance(module_id=m.id, student_id=sid, status=AttendanceStatus.ABSENT))
    assert not stages.gate_for(world.db, world.admin, sid).met  # 2/3
    from jiarenbase.core.db.models import utcnow

    with world.db.transaction() as s:
        s.get(TrainingModule, m.id).deleted_at = utcnow()
    verdict = stages.gate_for(world.db, world.admin, sid)
    assert verdict.met and verdict.checks[0].actual.startswith("2/2")


def test_no_modules_means_no_attendance_data(world):
    verdict = stages.gate_for(world.db, world.admin, world.mine[0])
    assert not verdict.met and verdict.checks[0].actual == "0/0" and verdict.checks[0].no_data
    with pytest.raises(ValidationError) as info:
        stages.sign_off_stage(world.db, world.mentor, world.mine[0])
    assert "无数据" in info.value.zh and "尚未开设认知模块" in info.value.zh


def test_cohort_criteria_change_the_gate(world):
    sid = world.mine[0]
    add_modules(world, 10, {sid: 5})
    assert not stages.gate_for(world.db, world.admin, sid).met
    cohorts.set_criteria(world.db, world.staff, world.cohort.id,
                         StageCriteria(min_module_attendance=0.5, min_mock_drills=1, min_mock_avg_rubric=50))
    assert stages.gate_for(world.db, world.admin, sid).met
    stages.sign_off_stage(world.db, world.mentor, sid)
    world.log(sid, score=55)
    result = stages.sign_off_stage(world.db, world.mentor, sid)
    assert result.to_stage is Stage.LIVE and result.result is StageResult.PASSED
    with world.db.read() as s:
        rec = s.scalar(select(StageRecord).where(StageRecord.student_id == sid, StageRecord.stage == Stage.PROJECT))
        assert json.loads(rec.criteria_snapshot)["min_mock_drills"] == 1
    # stricter criteria stop the next student
    cohorts.set_criteria(world.db, world.staff, world.cohort.id, StageCriteria(min_module_attendance=1.0))
    other = world.mine[1]
    with pytest.raises(ValidationError):
        stages.sign_off_stage(world.db, world.mentor, other)


def test_student_without_cohort_uses_default_criteria(world, id_number):
    dto = enrolment.create_student(world.db, world.admin, enrolment.StudentInput(
        name="无班级", id_number=id_number(321)))
    verdict = stages.gate_for(world.db, world.admin, dto.id)
    assert not verdict.met and verdict.checks[0].no_data  # no cohort, no modules: nothing to measure
    stages.sign_off_stage(world.db, world.admin, dto.id, override_reason=REASON)
    gate = stages.gate_for(world.db, world.admin, dto.id)
    assert gate.stage is Stage.PROJECT and gate.checks[0].required == "≥5"
    with world.db.read() as s:
        assert s.get(Student, dto.id).stage is Stage.PROJECT
