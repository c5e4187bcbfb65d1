"""Writing a checked roster into the base: one transaction, idempotent, and the
school/cohort found or created together with the students."""
from __future__ import annotations

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from jiarenbase.core.db.models import Cohort, PartnerSchool, StageRecord, Student
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import roster_import


def make_id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


@pytest.fixture
def count(count_rows):
    return lambda _db, model: count_rows(model)


def roster(path, rows):
    wb = Workbook()
    ws = wb.active
    ws.append(["2025年春季直播实训班学员名单"])
    ws.append(["姓名", "身份证号", "手机号", "专业"])
    for r in rows:
        ws.append(r)
    wb.save(path)
    return path


@pytest.fixture
def good(tmp_path):
    return roster(tmp_path / "good.xlsx", [["林小雨", make_id(11), "13800138000", "电子商务"],
                                           ["何晓东", make_id(12), "", "市场营销"]])


def test_import_creates_school_cohort_and_students_in_one_go(db, admin, good):
    preview = roster_import.preview_roster(db, admin, good)
    out = roster_import.import_roster(db, admin, preview, "上海中侨职业技术大学", "ZB2025-01")
    assert (out.added, out.skipped_existing, out.rejected) == (2, 0, 0)
    assert out.school_created and out.cohort_created
    with db.read() as s:
        students = s.scalars(select(Student).order_by(Student.name)).all()
        assert {st.name for st in students} == {"林小雨", "何晓东"}
        assert all(st.cohort_id == out.cohort_id and st.school_id == out.school_id for st in students)
        assert s.get(Cohort, out.cohort_id).school_id == out.school_id
        stages = s.scalars(select(StageRecord.stage)).all()
        assert stages == [Stage.COGNITIVE, Stage.COGNITIVE]


def test_reimporting_adds_nobody_twice(db, admin, good, count):
    first = roster_import.import_roster(db, admin, roster_import.preview_roster(db, admin, good), "某校", "C1")
    preview = roster_import.preview_roster(db, admin, good)
    assert len(preview.already_enrolled) == 2 and not preview.accepted
    again = roster_import.import_roster(db, admin, preview, "某校", "C1")
    assert first.added == 2 and (again.added, again.skipped_existing) == (0, 2)
    assert count(db, Student) == 2


def test_rows_enrolled_after_the_preview_are_skipped(db, admin, good):
    preview = roster_import.preview_roster(db, admin, good)
    roster_import.import_roster(db, admin, roster_import.preview_roster(db, admin, good), "某校", "C1")
    late = roster_import.import_roster(db, admin, preview, "某校", "C1")
    assert (late.added, late.skipped_existing) == (0, 2)


def test_cohort_of_another_school_is_refused_and_nothing_written(db, admin, good, tmp_path, count):
    roster_import.import_roster(db, admin, roster_import.preview_roster(db, admin, good), "甲校", "C1")
    other = roster(tmp_path / "other.xlsx", [["周一", make_id(21), "", ""]])
    with pytest.raises(ValidationError) as err:
        roster_import.import_roster(db, admin, roster_import.preview_roster(db, admin, other), "乙校", "C1")
    assert err.value.fields == ["批次"] and "甲校" in err.value.zh
    assert count(db, Student) == 2 and count(db, PartnerSchool) == 1


def test_nothing_importable_creates_no_school_or_cohort(db, admin, tmp_path, count):
    bad = roster(tmp_path / "bad.xlsx", [["", make_id(31), "", ""], ["王五", "123", "", ""]])
    preview = roster_import.preview_roster(db, admin, bad)
    out = roster_import.import_roster(db, admin, preview, "丙校", "C9")
    assert (out.added, out.rejected) == (0, 2)
    assert count(db, PartnerSchool) == 0 and count(db, Cohort) == 0


def test_a_failure_mid_import_writes_nothing(db, admin, good, monkeypatch, count):
    preview = roster_import.preview_roster(db, admin, good)

    def boom(done, total):
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        roster_import.import_roster(db, admin, preview, "某校", "C1", progress=boom)
    assert count(db, Student) == 0 and count(db, PartnerSchool) == 0 and count(db, Cohort) == 0


def test_import_rows_into_chosen_cohort(db, admin, good, world):
    preview = roster_import.preview_roster(db, admin, good)
    out = roster_import.import_rows(db, admin, preview, world.school.id, world.cohort.id)
    assert out.added == 2
    with db.read() as s:
        assert {st.cohort_id for st in s.scalars(select(Student).where(Student.name == "林小雨"))} == {world.cohort.id}


def test_mentors_cannot_import(world, good):
    with pytest.raises(PermissionDenied):
        roster_import.preview_roster(world.db, world.mentor, good)


def test_a_deleted_schools_name_is_refused_with_a_message(db, admin, good, count):
    from jiarenbase.core.services import organisations

    school = organisations.create_school(db, admin, organisations.SchoolInput(name="旧校"))
    organisations.delete_school(db, admin, school.id)
    with pytest.raises(ValidationError) as err:
        roster_import.import_roster(db, admin, roster_import.preview_roster(db, admin, good), "旧校", "C1")
    assert err.value.fields == ["合作院校"] and "回收站" in err.value.zh
    assert count(db, Student) == 0
