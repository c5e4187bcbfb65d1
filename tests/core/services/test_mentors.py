"""Mentors (导师) and their assignment to students."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import AuditEntry, Mentor, MentorAssignment, Student
from jiarenbase.core.domain.enums import Stage, StudentStatus
from jiarenbase.core.errors import ConflictError, ValidationError
from jiarenbase.core.services import mentors, organisations
from jiarenbase.core.services.listing import ListQuery


def test_create_mentor_with_enterprise(db, admin):
    client = organisations.create_client(db, admin, organisations.ClientInput(name="自家人（上海）文化有限公司"))
    dto = mentors.create_mentor(db, admin, mentors.MentorInput(
        name="刘导师", phone="+86 137-1111-2222", enterprise_id=client.id, weekly_capacity=12))
    # text is normalised: full-width brackets become ASCII, the phone loses +86 and dashes
    assert dto.phone == "13711112222" and dto.enterprise_name == "自家人(上海)文化有限公司"
    assert dto.weekly_capacity == 12 and dto.active and dto.version == 1


def test_mentor_validation(db, admin, count_rows):
    with pytest.raises(ValidationError) as info:
        mentors.create_mentor(db, admin, mentors.MentorInput(name="", phone="0571-1234", weekly_capacity=101))
    assert set(info.value.fields) == {"导师姓名", "手机", "每周带训上限"}
    with pytest.raises(ValidationError) as info:
        mentors.create_mentor(db, admin, mentors.MentorInput(name="x", enterprise_id=77))
    assert info.value.fields == ["所属企业"]
    assert count_rows(Mentor) == 0


def test_update_and_delete_mentor(db, admin):
    dto = mentors.create_mentor(db, admin, mentors.MentorInput(name="刘导师"))
    new = mentors.update_mentor(db, admin, dto.id, dto.version,
                                mentors.MentorInput(name="刘导师", specialties="农产品"))
    assert new.specialties == "农产品" and new.version == 2
    with pytest.raises(ConflictError):
        mentors.update_mentor(db, admin, dto.id, dto.version, mentors.MentorInput(name="刘"))
    mentors.delete_mentor(db, admin, dto.id, new.version)
    assert mentors.list_mentors(db, admin).total == 0
    assert mentors.list_mentors(db, admin, ListQuery(include_deleted=True)).total == 1


def test_assignment_history_and_current_mentor(world):
    db, admin = world.db, world.admin
    sid = world.mine[0]
    first = mentors.current_mentor(db, admin, sid)
    assert (first.mentor_id, first.stage, first.start_date, first.end_date) == \
        (world.mentor_a.id, Stage.COGNITIVE, date(2025, 3, 1), None)
    again = mentors.assign_mentor(db, admin, sid, world.mentor_a.id, on=date(2025, 3, 5))
    assert again.id == first.id  # same mentor, same stage: nothing changes
    moved = mentors.assign_mentor(db, admin, sid, world.mentor_b.id, stage=Stage.PROJECT,
                                  on=date(2025, 4, 1), note="进入项目实训")
    assert moved.mentor_name == "陈导师" and moved.stage is Stage.PROJECT
    history = mentors.assignment_history(db, world.staff, sid)
    assert [(h.mentor_name, h.start_date, h.end_date) for h in history] == [
        ("王导师", date(2025, 3, 1), date(2025, 4, 1)), ("陈导师", date(2025, 4, 1), None)]
    assert mentors.current_mentor(db, admin, sid).mentor_id == world.mentor_b.id
    assert mentors.current_mentor(db, admin, world.unassigned[0]) is None


def test_inactive_or_missing_mentor_cannot_be_assigned(world, count_rows):
    db, admin = world.db, world.admin
    inactive = mentors.create_mentor(db, admin, mentors.MentorInput(name="退休导师", active=False))
    before = count_rows(MentorAssignment)
    for mid in (inactive.id, 999):
        with pytest.raises(ValidationError) as info:
            mentors.assign_mentor(db, admin, world.unassigned[0], mid)
        assert info.value.fields == ["导师"]
    assert count_rows(MentorAssignment) == before


def test_list_mentors_counts_current_students(world):
    page = mentors.list_mentors(world.db, world.admin)
    assert {(m.name, m.student_count) for m in page.rows} == {("王导师", 2), ("陈导师", 1)}
    mentors.assign_mentor(world.db, world.admin, world.mine[0], world.mentor_b.id, on=date(2025, 4, 1))
    page = mentors.list_mentors(world.db, world.admin, ListQuery(sort="students", descending=True))
    assert [(m.name, m.student_count) for m in page.rows] == [("陈导师", 2), ("王导师", 1)]
    assert mentors.list_mentors(world.db, world.mentor, ListQuery(search="王")).total == 1


def set_student(db, sid: int, **values) -> None:
    with db.transaction() as s:
        row = s.get(Student, sid)
        for k, v in values.items():
            setattr(row, k, v)


def test_completed_or_withdrawn_students_get_no_mentor(world, count_rows):
    """Also not through "each student's current stage" (stage None) — the multi-student
    assign dialog sends exactly that."""
    db, staff = world.db, world.staff
    done, gone, fine = world.students[0].id, world.students[1].id, world.unassigned[0]
    set_student(db, done, stage=Stage.COMPLETED, status=StudentStatus.COMPLETED)
    set_student(db, gone, status=StudentStatus.WITHDRAWN)
    before, audits = count_rows(MentorAssignment), count_rows(AuditEntry)
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(db, staff, [(fine, world.mentor_b.id), (done, world.mentor_b.id),
                                          (gone, world.mentor_b.id)])
    assert info.value.fields == ["学员", "学员"]
    assert "学员“李小明”已结业，无需分配导师。" in info.value.zh
    assert "学员“张晓雨”已退学，无需分配导师。" in info.value.zh
    for sid, word in ((done, "已结业"), (gone, "已退学")):
        for stage in (None, Stage.PROJECT):
            with pytest.raises(ValidationError) as info:
                mentors.assign_mentor(db, staff, sid, world.mentor_b.id, stage=stage)
            assert info.value.fields == ["学员"] and word in info.value.zh
    # all or nothing: the fine student was not assigned either
    assert count_rows(MentorAssignment) == before and count_rows(AuditEntry) == audits
    # a student whose stage is 结业 (status not yet updated) is refused for "current stage" too
    set_student(db, fine, stage=Stage.COMPLETED)
    with pytest.raises(ValidationError) as info:
        mentors.assign_cohort(db, staff, [(fine, world.mentor_b.id)])
    assert "赵婷婷" in info.value.zh and "已结业" in info.value.zh
    with pytest.raises(ValidationError) as info:  # an explicit 结业 is refused as a stage
        mentors.assign_mentor(db, staff, world.theirs[0], world.mentor_a.id, stage=Stage.COMPLETED)
    assert info.value.fields == ["阶段"]
    # a suspended student in training may still get a mentor
    set_student(db, world.theirs[0], status=StudentStatus.SUSPENDED)
    moved = mentors.assign_mentor(db, staff, world.theirs[0], world.mentor_a.id, on=date(2025, 4, 1))
    assert moved.mentor_id == world.mentor_a.id
    assert count_rows(MentorAssignment) == before + 1
