"""Students (学员): enrolment, validation in Chinese, duplicates, editing,
soft delete and restore, lists."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

import pytest

from jiarenbase.core.db.models import AuditEntry, Student
from jiarenbase.core.domain.enums import Sex, Stage, StudentStatus
from jiarenbase.core.errors import ConflictError, NotFound, ValidationError
from jiarenbase.core.services import enrolment
from jiarenbase.core.services.listing import ListQuery

CJK = re.compile(r"[\u4e00-\u9fff]")


def _input(id_number: str, **kw) -> enrolment.StudentInput:
    return enrolment.StudentInput(**{"name": "小李", "id_number": id_number, **kw})


def test_create_student_reads_birth_date_and_sex_from_the_id(db, admin, id_number):
    number = id_number(7, date(2005, 2, 28), male=False)
    dto = enrolment.create_student(db, admin, _input(number, phone="139 1234 5678", name=" 李 小 丽 "))
    assert dto.name == "李小丽"
    assert dto.birth_date == date(2005, 2, 28)
    assert dto.sex is Sex.FEMALE
    assert dto.phone == "13912345678"
    assert dto.stage is Stage.COGNITIVE and dto.status is StudentStatus.ENROLLED
    assert dto.version == 1
    assert dto.id_number_masked == number[:6] + "********" + number[-4:]
    assert number not in repr(dto)


def test_lower_case_x_and_15_digit_ids_are_normalised(db, admin, id_number):
    # find a number ending in X
    number = next(n for n in (id_number(i) for i in range(1, 200)) if n.endswith("X"))
    dto = enrolment.create_student(db, admin, _input(number.lower()))
    assert enrolment.reveal_id_number(db, admin, dto.id) == number
    legacy = enrolment.create_student(db, admin, _input("310116850101123", name="老王"))
    full = enrolment.reveal_id_number(db, admin, legacy.id)
    assert len(full) == 18 and full.startswith("31011619850101123")
    assert legacy.birth_date == date(1985, 1, 1) and legacy.sex is Sex.MALE


def test_problems_name_the_fields_in_chinese_and_nothing_is_written(db, admin, count_rows):
    before = (count_rows(Student), count_rows(AuditEntry))
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input("31011620040506001", name="  ", phone="12345"))
    err = info.value
    assert set(err.fields) == {"姓名", "手机", "身份证号"}
    for p in err.problems:
        assert CJK.search(p.zh), p
        assert p.field_en  # an English label for the English UI
    assert "不能为空" in err.zh and "11位手机号" in err.zh and "身份证号" in err.zh
    assert err.text("en") != err.zh
    assert (count_rows(Student), count_rows(AuditEntry)) == before


@pytest.mark.parametrize("bad, fragment", [
    ("31011620040506001X", "校验位不符"),
    ("310116200402300011", "不存在"),
    ("990116200405060011", "省级行政区代码"),
    ("3101162004050600", "格式不对"),
    ("", "不能为空"),
])
def test_bad_id_numbers_are_refused_with_the_reason(db, admin, bad, fragment, count_rows):
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(bad))
    assert info.value.fields == ["身份证号"]
    assert fragment in info.value.problems[0].zh
    assert count_rows(Student) == 0


def test_duplicate_id_number_is_refused_naming_the_other_student(db, admin, id_number, count_rows):
    number = id_number(3)
    enrolment.create_student(db, admin, _input(number, name="张三"))
    audits = count_rows(AuditEntry)
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(number, name="张三丰"))
    assert info.value.fields == ["身份证号"]
    assert "张三" in info.value.zh and "重复登记" in info.value.zh
    assert count_rows(Student) == 1 and count_rows(AuditEntry) == audits


def test_duplicate_of_a_deleted_student_points_to_the_recycle_bin(db, admin, id_number):
    number = id_number(3)
    dto = enrolment.create_student(db, admin, _input(number))
    enrolment.delete_student(db, admin, dto.id)
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(number))
    assert "回收站" in info.value.zh


def test_sex_contradicting_the_id_is_refused(db, admin, id_number, count_rows):
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(id_number(5, male=True), sex=Sex.FEMALE))
    assert info.value.fields == ["性别"]
    assert "女" in info.value.zh and "男" in info.value.zh
    assert count_rows(Student) == 0
    ok = enrolment.create_student(db, admin, _input(id_number(5, male=True), sex=Sex.MALE))
    assert ok.sex is Sex.MALE


def test_update_without_id_cannot_change_sex(db, admin, id_number):
    dto = enrolment.create_student(db, admin, _input(id_number(5, male=True)))
    with pytest.raises(ValidationError) as info:
        enrolment.update_student(db, admin, dto.id, dto.version,
                                 enrolment.StudentInput(name="小李", id_number=None, sex=Sex.FEMALE))
    assert info.value.fields == ["性别"]
    assert enrolment.get_student(db, admin, dto.id).version == dto.version


def test_update_keeps_the_id_when_none_and_bumps_version(db, admin, id_number):
    number = id_number(9)
    dto = enrolment.create_student(db, admin, _input(number, major="电子商务"))
    new = enrolment.update_student(db, admin, dto.id, dto.version,
                                   enrolment.StudentInput(name="李明", id_number=None, major="网络直播"))
    assert new.version == dto.version + 1
    assert (new.name, new.major) == ("李明", "网络直播")
    assert enrolment.reveal_id_number(db, admin, dto.id) == number
    assert new.birth_date == dto.birth_date


def test_update_to_another_students_id_is_refused(db, admin, id_number):
    a = enrolment.create_student(db, admin, _input(id_number(1), name="甲"))
    b = enrolment.create_student(db, admin, _input(id_number(2), name="乙"))
    with pytest.raises(ValidationError) as info:
        enrolment.update_student(db, admin, b.id, b.version, _input(id_number(1), name="乙"))
    assert "甲" in info.value.zh
    # re-saving one's own number is fine
    enrolment.update_student(db, admin, a.id, a.version, _input(id_number(1), name="甲"))


def test_unknown_school_or_cohort_is_refused(db, admin, id_number, count_rows):
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(id_number(1), cohort_id=999))
    assert info.value.fields == ["批次"]
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, _input(id_number(1), school_id=999))
    assert info.value.fields == ["合作院校"]
    assert count_rows(Student) == 0


def test_optimistic_locking_on_students(db, admin, id_number):
    dto = enrolment.create_student(db, admin, _input(id_number(1)))
    first = enrolment.update_student(db, admin, dto.id, dto.version, _input(None, note="第一次"))
    assert first.version == 2
    with pytest.raises(ConflictError) as info:
        enrolment.update_student(db, admin, dto.id, dto.version, _input(None, note="第二次"))
    assert info.value.zh.startswith("此记录已被他人修改")
    assert enrolment.get_student(db, admin, dto.id).note == "第一次"
    with pytest.raises(ConflictError):
        enrolment.delete_student(db, admin, dto.id, version=dto.version)


def test_soft_delete_and_restore(db, admin, id_number, count_rows):
    a = enrolment.create_student(db, admin, _input(id_number(1), name="甲"))
    b = enrolment.create_student(db, admin, _input(id_number(2), name="乙"))
    enrolment.delete_student(db, admin, a.id, version=a.version)
    assert count_rows(Student) == 2  # still stored
    assert [s.id for s in enrolment.list_students(db, admin).rows] == [b.id]
    assert enrolment.list_students(db, admin, ListQuery(include_deleted=True)).total == 2
    with pytest.raises(NotFound) as info:
        enrolment.get_student(db, admin, a.id)
    assert "已删除" in info.value.zh
    with pytest.raises(NotFound):
        enrolment.update_student(db, admin, a.id, None, _input(None, name="甲"))
    restored = enrolment.restore_student(db, admin, a.id)
    assert restored.name == "甲"
    assert enrolment.get_student(db, admin, a.id).id == a.id
    assert enrolment.list_students(db, admin).total == 2
    with pytest.raises(ValidationError):
        enrolment.restore_student(db, admin, 999)


def test_reveal_id_number_is_audited(db, admin, id_number):
    from jiarenbase.core.services import audit

    dto = enrolment.create_student(db, admin, _input(id_number(1)))
    enrolment.reveal_id_number(db, admin, dto.id)
    entries = audit.list_audit(db, admin, entity="student", entity_id=dto.id)
    assert [e.action for e in entries] == ["reveal_id", "create"]


def test_list_students_search_filter_sort_and_page(world):
    db, admin = world.db, world.admin
    assert [s.name for s in enrolment.list_students(db, admin, ListQuery(search="晓雨")).rows] == ["张晓雨"]
    assert enrolment.list_students(db, admin, ListQuery(search="S003")).rows[0].name == "王浩"
    assert enrolment.list_students(db, admin, ListQuery(search="13912340001")).rows[0].name == "张晓雨"
    assert enrolment.list_students(db, admin, ListQuery(search="%")).total == 0  # LIKE wildcards escaped
    by_birth = enrolment.list_students(db, admin, ListQuery(sort="birth_date"))
    assert [s.name for s in by_birth.rows] == ["王浩", "李小明", "赵婷婷", "张晓雨"]
    page2 = enrolment.list_students(db, admin, ListQuery(sort="birth_date", offset=2, limit=1))
    assert page2.total == 4 and page2.offset == 2 and [s.name for s in page2.rows] == ["赵婷婷"]
    desc = enrolment.list_students(db, admin, ListQuery(sort="birth_date", descending=True, limit=1))
    assert desc.rows[0].name == "张晓雨"
    in_cohort = enrolment.list_students(db, admin, ListQuery(filters={"cohort_id": world.cohort.id}))
    assert in_cohort.total == 4
    assert enrolment.list_students(db, admin, ListQuery(filters={"stage": Stage.LIVE})).total == 0
    row = in_cohort.rows[0]
    assert row.school_name == "金山食品工业学校" and row.cohort_code == "2025-SP-01"


def test_input_is_not_mutated(db, admin, id_number):
    data = _input(id_number(1), name="  小 李 ")
    enrolment.create_student(db, admin, data)
    assert data.name == "  小 李 "
    assert replace(data, name="x").name == "x"


def test_list_students_sorts_stage_in_training_order(world):
    db, admin = world.db, world.admin
    ids = [s.id for s in enrolment.list_students(db, admin, ListQuery(sort="name")).rows]
    for student_id, stage in zip(ids, (Stage.COMPLETED, Stage.PROJECT, Stage.LIVE, Stage.COGNITIVE), strict=False):
        current = enrolment.get_student(db, admin, student_id)
        with db.transaction() as s:
            from jiarenbase.core.db.models import Student

            s.get(Student, current.id).stage = stage
    rows = enrolment.list_students(db, admin, ListQuery(sort="stage")).rows
    assert [r.stage for r in rows] == [Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE, Stage.COMPLETED]
    rows = enrolment.list_students(db, admin, ListQuery(sort="stage", descending=True)).rows
    assert [r.stage for r in rows] == [Stage.COMPLETED, Stage.LIVE, Stage.PROJECT, Stage.COGNITIVE]
