"""Cognitive lessons (认知实训课程) and their check-in sheets (考勤)."""
from __future__ import annotations

from datetime import date, timedelta

import pytest

from jiarenbase.core.db.models import Attendance, TrainingModule
from jiarenbase.core.domain.enums import AttendanceStatus, Stage, StudentStatus
from jiarenbase.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import attendance, audit, enrolment, stages
from jiarenbase.core.services.attendance import AttendanceEntry, ModuleInput

P, L, A = AttendanceStatus.PRESENT, AttendanceStatus.LATE, AttendanceStatus.ABSENT
DAY = date(2025, 3, 3)


def lesson(world, title: str = "直播行业认知", on: date = DAY, actor=None) -> attendance.ModuleDTO:
    return attendance.create_module(world.db, actor or world.staff, world.cohort.id, ModuleInput(title, on, 2))


def test_staff_plan_lessons_and_mentors_may_not(world, count_rows):
    dto = lesson(world)
    assert (dto.title, dto.scheduled_on, dto.hours, dto.students, dto.recorded) == ("直播行业认知", DAY, 2.0, 4, 0)
    later = lesson(world, "短视频平台规则", DAY + timedelta(days=3))
    assert [m.id for m in attendance.list_modules(world.db, world.mentor, world.cohort.id)] == [dto.id, later.id]
    for fn, args in ((attendance.create_module, (world.cohort.id, ModuleInput("x", DAY))),
                     (attendance.update_module, (dto.id, dto.version, ModuleInput("x", DAY))),
                     (attendance.delete_module, (dto.id,))):
        with pytest.raises(PermissionDenied):
            fn(world.db, world.mentor, *args)
    assert count_rows(TrainingModule) == 2
    entries = audit.list_audit(world.db, world.admin, entity="training_module", entity_id=dto.id)
    assert [e.action for e in entries] == ["create"] and entries[0].username == "jiaowu"


def test_lesson_input_is_checked_in_chinese(world):
    with pytest.raises(ValidationError) as info:
        attendance.create_module(world.db, world.staff, world.cohort.id, ModuleInput("  ", None, 0))
    assert info.value.fields == ["课程名称", "上课日期", "课时"]
    assert "不能为空" in info.value.zh and "不超过12小时" in info.value.zh


def test_update_uses_the_version_and_delete_stops_counting(world):
    dto = lesson(world)
    moved = attendance.update_module(world.db, world.staff, dto.id, dto.version,
                                     ModuleInput("直播行业认知（补课）", DAY + timedelta(days=1), 3))
    assert (moved.title, moved.hours, moved.version) == ("直播行业认知（补课）", 3.0, dto.version + 1)  # as typed
    with pytest.raises(ConflictError):
        attendance.update_module(world.db, world.staff, dto.id, dto.version, ModuleInput("旧", DAY))
    attendance.delete_module(world.db, world.staff, dto.id, moved.version)
    assert attendance.list_modules(world.db, world.staff, world.cohort.id) == []
    with pytest.raises(NotFound):
        attendance.attendance_sheet(world.db, world.staff, dto.id)


def test_sheet_lists_every_student_unrecorded_first(world):
    dto = lesson(world)
    sheet = attendance.attendance_sheet(world.db, world.staff, dto.id)
    assert sheet.cohort_name == "2025春季主播班"
    assert [r.student_name for r in sheet.rows] == ["李小明", "张晓雨", "王浩", "赵婷婷"]
    assert all(r.status is None and r.version is None for r in sheet.rows)


def test_record_present_late_absent_with_reason(world):
    dto = lesson(world)
    a, b, c, d = (s.id for s in world.students)
    sheet = attendance.record_attendance(world.db, world.staff, dto.id, [
        AttendanceEntry(a, P), AttendanceEntry(b, L, "地铁延误"), AttendanceEntry(c, A, "病假", 0)])
    by_id = {r.student_id: r for r in sheet.rows}
    assert (by_id[a].status, by_id[b].status, by_id[b].reason, by_id[c].status) == (P, L, "地铁延误", A)
    assert by_id[d].status is None
    assert (sheet.module.recorded, sheet.module.attended, sheet.module.late, sheet.module.absent) == (3, 2, 1, 1)
    [m] = attendance.list_modules(world.db, world.staff, world.cohort.id)
    assert (m.students, m.recorded, m.attended) == (4, 3, 2)
    # change one line: only that record is updated (and audited)
    before = len(audit.list_audit(world.db, world.admin, entity="attendance"))
    attendance.record_attendance(world.db, world.staff, dto.id, [
        AttendanceEntry(a, P), AttendanceEntry(c, L, "病假后补到", by_id[c].version)])
    after = audit.list_audit(world.db, world.admin, entity="attendance")
    assert len(after) == before + 1 and after[0].action == "update"
    # present and late count for the cognitive gate
    assert stages.gate_for(world.db, world.admin, c).checks[0].actual.startswith("1/1")


def test_absent_needs_a_reason_naming_field_and_student_and_nothing_is_saved(world, count_rows):
    dto = lesson(world)
    a, b = world.students[0].id, world.students[1].id
    with pytest.raises(ValidationError) as info:
        attendance.record_attendance(world.db, world.staff, dto.id, [
            AttendanceEntry(a, P), AttendanceEntry(b, A, "   ")])
    assert info.value.fields == ["缺勤原因"]
    assert "张晓雨" in info.value.zh and "缺勤原因" in info.value.zh
    assert count_rows(Attendance) == 0  # all or nothing: 李小明's line was not kept either


def test_other_cohort_and_duplicate_students_are_refused(world, id_number):
    dto = lesson(world)
    stranger = enrolment.create_student(world.db, world.admin, enrolment.StudentInput(
        name="别班学员", id_number=id_number(777)))
    a = world.students[0].id
    with pytest.raises(ValidationError) as info:
        attendance.record_attendance(world.db, world.staff, dto.id, [
            AttendanceEntry(a, P), AttendanceEntry(a, L), AttendanceEntry(stranger.id, P)])
    assert "出现了两次" in info.value.zh and "不在本批次" in info.value.zh


def test_future_lesson_cannot_be_checked_in(world):
    dto = lesson(world, on=date.today() + timedelta(days=2))
    with pytest.raises(ValidationError) as info:
        attendance.record_attendance(world.db, world.staff, dto.id, [AttendanceEntry(world.students[0].id, P)])
    assert info.value.fields == ["上课日期"] and "还没上课" in info.value.zh


def test_mentor_sees_and_records_only_their_students(world, count_rows):
    dto = lesson(world)
    sheet = attendance.attendance_sheet(world.db, world.mentor, dto.id)
    assert sorted(r.student_id for r in sheet.rows) == sorted(world.mine)
    assert attendance.list_modules(world.db, world.mentor, world.cohort.id)[0].students == 2
    with pytest.raises(PermissionDenied) as info:
        attendance.record_attendance(world.db, world.mentor, dto.id,
                                     [AttendanceEntry(world.mine[0], P), AttendanceEntry(world.theirs[0], P)])
    assert "王浩" in info.value.zh
    assert count_rows(Attendance) == 0
    done = attendance.record_attendance(world.db, world.mentor, dto.id, [AttendanceEntry(s, P) for s in world.mine])
    assert [r.status for r in done.rows] == [P, P]
    staff_sheet = attendance.attendance_sheet(world.db, world.staff, dto.id)
    assert [r.status for r in staff_sheet.rows] == [P, P, None, None]
    entries = audit.list_audit(world.db, world.admin, entity="attendance")
    assert {e.username for e in entries} == {"wang"}


def test_concurrent_check_in_is_a_conflict(world):
    dto = lesson(world)
    a = world.students[0].id
    seen = attendance.attendance_sheet(world.db, world.staff, dto.id)
    attendance.record_attendance(world.db, world.mentor, dto.id, [AttendanceEntry(a, L, "迟到10分钟", 0)])
    with pytest.raises(ConflictError):  # the staff member saw the line unrecorded
        attendance.record_attendance(world.db, world.staff, dto.id,
                                     [AttendanceEntry(a, P, "", seen.rows[0].version or 0)])
    assert attendance.attendance_sheet(world.db, world.staff, dto.id).rows[0].status is L


def test_withdrawn_students_leave_the_sheet(world):
    dto = lesson(world)
    sid = world.students[3].id
    with world.db.transaction() as s:
        from jiarenbase.core.db.models import Student

        s.get(Student, sid).status = StudentStatus.WITHDRAWN
    sheet = attendance.attendance_sheet(world.db, world.staff, dto.id)
    assert sid not in [r.student_id for r in sheet.rows] and len(sheet.rows) == 3
    assert enrolment.get_student(world.db, world.admin, sid).stage is Stage.COGNITIVE
