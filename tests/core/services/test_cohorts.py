"""Cohorts (批次) and their stage-gate criteria."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import Cohort
from jiarenbase.core.domain.enums import CohortStatus
from jiarenbase.core.domain.stages import StageCriteria
from jiarenbase.core.errors import ConflictError, NotFound, ValidationError
from jiarenbase.core.services import cohorts, enrolment, organisations
from jiarenbase.core.services.listing import ListQuery

Input = cohorts.CohortInput


def test_create_cohort_with_school(db, admin):
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    dto = cohorts.create_cohort(db, admin, Input(code=" 2025-A ", name="春季班", school_id=school.id,
                                                 start_date=date(2025, 3, 1), end_date=date(2025, 6, 30)))
    assert dto.code == "2025-A" and dto.school_name == "金山食品工业学校"
    assert dto.status is CohortStatus.ACTIVE and dto.rubric_scale == 100 and dto.version == 1
    assert cohorts.get_cohort_by_code(db, admin, "2025-A").id == dto.id
    assert cohorts.get_cohort_by_code(db, admin, "nope") is None


def test_cohort_validation_lists_every_problem(db, admin, count_rows):
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(db, admin, Input(code="", name="", start_date=date(2025, 6, 1),
                                               end_date=date(2025, 5, 1), rubric_scale=10))
    assert set(info.value.fields) == {"批次编号", "批次名称", "结束日期", "评分制"}
    assert "结束日期早于开始日期" in info.value.zh and "五分制" in info.value.zh
    assert count_rows(Cohort) == 0


def test_cohort_code_is_unique(db, admin):
    cohorts.create_cohort(db, admin, Input(code="C1", name="一班"))
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(db, admin, Input(code="C1", name="二班"))
    assert info.value.fields == ["批次编号"] and "已被使用" in info.value.zh


def test_unknown_school_is_refused(db, admin, count_rows):
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(db, admin, Input(code="C1", name="一班", school_id=42))
    assert info.value.fields == ["合作院校"]
    assert count_rows(Cohort) == 0


def test_update_cohort_locking(db, admin):
    dto = cohorts.create_cohort(db, admin, Input(code="C1", name="一班"))
    new = cohorts.update_cohort(db, admin, dto.id, dto.version,
                                Input(code="C1", name="一班", status=CohortStatus.CLOSED, rubric_scale=5))
    assert new.status is CohortStatus.CLOSED and new.rubric_scale == 5 and new.version == 2
    with pytest.raises(ConflictError):
        cohorts.update_cohort(db, admin, dto.id, dto.version, Input(code="C1", name="改名"))


def test_delete_cohort_refused_while_it_has_students(world):
    with pytest.raises(ValidationError) as info:
        cohorts.delete_cohort(world.db, world.admin, world.cohort.id)
    assert "4 名学员" in info.value.zh
    for st in world.students:
        enrolment.delete_student(world.db, world.admin, st.id)
    cohorts.delete_cohort(world.db, world.admin, world.cohort.id)
    assert cohorts.list_cohorts(world.db, world.admin).total == 0
    assert cohorts.get_cohort_by_code(world.db, world.admin, world.cohort.code) is None
    with pytest.raises(NotFound):
        cohorts.get_criteria(world.db, world.admin, world.cohort.id)


def test_list_cohorts_counts_filters_and_sorts(world):
    db, admin = world.db, world.admin
    cohorts.create_cohort(db, admin, Input(code="2024-AU", name="2024秋季班", start_date=date(2024, 9, 1),
                                           status=CohortStatus.CLOSED))
    page = cohorts.list_cohorts(db, admin)
    assert [(c.code, c.student_count, c.school_name) for c in page.rows] == [
        ("2024-AU", 0, ""), ("2025-SP-01", 4, "金山食品工业学校")]
    assert cohorts.list_cohorts(db, admin, ListQuery(filters={"status": CohortStatus.CLOSED})).total == 1
    assert cohorts.list_cohorts(db, admin, ListQuery(filters={"school_id": world.school.id})).total == 1
    assert cohorts.list_cohorts(db, admin, ListQuery(search="秋季")).rows[0].code == "2024-AU"
    assert cohorts.list_cohorts(db, admin, ListQuery(sort="students", descending=True)).rows[0].student_count == 4


def test_criteria_default_then_set(world):
    db = world.db
    assert cohorts.get_criteria(db, world.mentor, world.cohort.id) == StageCriteria()
    mine = StageCriteria(min_module_attendance=0.5, min_mock_drills=2, min_mock_avg_rubric=60,
                         min_live_sessions=1, min_live_avg_rubric=65)
    assert cohorts.set_criteria(db, world.staff, world.cohort.id, mine) == mine
    assert cohorts.get_criteria(db, world.admin, world.cohort.id) == mine


def test_invalid_criteria_are_refused(world):
    bad = StageCriteria(min_module_attendance=80, min_mock_drills=-1)
    with pytest.raises(ValidationError) as info:
        cohorts.set_criteria(world.db, world.admin, world.cohort.id, bad)
    assert set(info.value.fields) == {"认知模块出勤率下限", "模拟演练最少次数"}
    assert cohorts.get_criteria(world.db, world.admin, world.cohort.id) == StageCriteria()


def test_cohorts_without_a_start_date_sort_first_on_every_backend(world):
    undated = cohorts.create_cohort(world.db, world.admin, Input(code="TBD", name="待定班"))
    rows = cohorts.list_cohorts(world.db, world.admin).rows
    assert [c.code for c in rows] == ["TBD", "2025-SP-01"]
    rows = cohorts.list_cohorts(world.db, world.admin, ListQuery(sort="start", descending=True)).rows
    assert [c.id for c in rows] == [world.cohort.id, undated.id]


def test_criteria_carry_the_version_and_a_stale_save_is_refused(world):
    db, cid = world.db, world.cohort.id
    first = cohorts.criteria_for_edit(db, world.staff, cid)
    second = cohorts.criteria_for_edit(db, world.admin, cid)  # two staff open the editor at once
    assert first == second and first.criteria == StageCriteria()
    assert cohorts.criteria_for_edit(db, world.mentor, cid).version == first.version  # mentors may read
    mine = StageCriteria(min_module_attendance=0.6)
    assert cohorts.set_criteria(db, world.staff, cid, mine, first.version) == mine
    now = cohorts.criteria_for_edit(db, world.admin, cid)
    assert now.criteria == mine and now.version == first.version + 1
    with pytest.raises(ConflictError) as info:  # the second save does not silently win
        cohorts.set_criteria(db, world.admin, cid, StageCriteria(min_mock_drills=9), second.version)
    assert "已被他人修改" in info.value.zh
    assert cohorts.get_criteria(db, world.admin, cid) == mine
    theirs = StageCriteria(min_mock_drills=9)
    cohorts.set_criteria(db, world.admin, cid, theirs, now.version)  # after reloading it is accepted
    assert cohorts.get_criteria(db, world.staff, cid) == theirs
    cohorts.set_criteria(db, world.admin, cid, mine)  # no version: no check (callers that read nothing)
    assert cohorts.get_criteria(db, world.staff, cid) == mine
