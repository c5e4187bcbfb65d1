"""A unique name or ID number taken by another desktop between a service's check and
its write (write_races.py): the call runs again and says so in plain words — never
a raw IntegrityError — on SQLite and on PostgreSQL."""
from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from jiarenbase.core.db.backup import content_digests
from jiarenbase.core.db.models import Cohort, PartnerSchool, Student
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import JiarenError, ValidationError
from jiarenbase.core.services import cohorts, enrolment, organisations
from jiarenbase.core.services.cohorts import CohortInput
from jiarenbase.core.services.enrolment import StudentInput
from jiarenbase.core.services.organisations import SchoolInput
from jiarenbase.core.services.write_races import retry_on_race


def count(db, model, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def late(monkeypatch, module, check_name: str, meanwhile):
    """The first time `module.check_name` runs, `meanwhile()` (another desktop's save)
    commits first — after the check would have passed."""
    real, done = getattr(module, check_name), []

    def check(*args, **kwargs):
        if not done:
            done.append(True)
            meanwhile()
            return None  # our check saw the name still free
        return real(*args, **kwargs)

    monkeypatch.setattr(module, check_name, check)
    return done


def test_a_school_name_taken_meanwhile(db, admin, monkeypatch):
    seen = []

    def other_desktop():
        organisations.create_school(db, admin, SchoolInput(name="金山职业技术学院"))
        seen.append(content_digests(db.engine))

    late(monkeypatch, organisations, "_unique_name", other_desktop)
    with pytest.raises(ValidationError) as info:
        organisations.create_school(db, admin, SchoolInput(name="金山职业技术学院"))
    assert "“金山职业技术学院”已存在" in info.value.zh
    assert count(db, PartnerSchool, PartnerSchool.name == "金山职业技术学院") == 1
    assert content_digests(db.engine) == seen[0]  # the failed call left nothing


def test_a_cohort_code_taken_meanwhile(db, admin, monkeypatch):
    late(monkeypatch, cohorts, "_unique_code",
         lambda: cohorts.create_cohort(db, admin, CohortInput(code="ZB-01", name="直播一期")))
    with pytest.raises(ValidationError) as info:
        cohorts.create_cohort(db, admin, CohortInput(code="ZB-01", name="另一个一期"))
    assert "“ZB-01”已被使用" in info.value.zh
    assert count(db, Cohort) == 1


def test_a_person_enrolled_meanwhile(db, admin, monkeypatch):
    first17 = "31011620040506001"
    number = first17 + check_char(first17)
    late(monkeypatch, enrolment, "_unique_id",
         lambda: enrolment.create_student(db, admin, StudentInput(name="王芳", id_number=number)))
    with pytest.raises(ValidationError) as info:
        enrolment.create_student(db, admin, StudentInput(name="王芳", id_number=number))
    assert "同一人不能重复登记" in info.value.zh
    assert count(db, Student) == 1


def test_losing_every_time_is_said_plainly():
    tries = []

    def work():
        tries.append(1)
        raise IntegrityError("INSERT INTO partner_school …", {"name": "x"},
                             Exception("UNIQUE constraint failed: partner_school.name"))

    with pytest.raises(JiarenError) as info:
        retry_on_race(work)
    assert len(tries) == 3
    assert "刚刚写入了相同的记录" in info.value.zh and "INSERT" not in info.value.zh


def test_other_integrity_errors_are_not_retried():
    tries = []

    def work():
        tries.append(1)
        raise IntegrityError("INSERT …", {}, Exception("NOT NULL constraint failed: student.name"))

    with pytest.raises(IntegrityError):
        retry_on_race(work)
    assert len(tries) == 1
