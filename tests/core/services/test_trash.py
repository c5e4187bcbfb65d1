"""The trash (回收站): deleted records listed for the admin, restored with checks."""
from __future__ import annotations

from datetime import datetime

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, Mentor, Student
from jiarenbase.core.domain.enums import PlacementOutcome
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import (
    cohorts,
    enrolment,
    mentors,
    organisations,
    placement_records,
    placements,
    rooms,
    sessions,
    trash,
    videos,
)
from jiarenbase.core.services.listing import ListQuery


def at(hour: int, day: int = 6) -> datetime:
    return datetime(2025, 5, day, hour, 0)


def deleted(world, entity=None, **query):
    return trash.list_deleted(world.db, world.admin, entity, ListQuery(**query))


def is_live(world, model, row_id) -> bool:
    with world.db.read() as s:
        return s.get(model, row_id).deleted_at is None


# One maker per entity: create a record, delete it, return (record id, its trash name).
def _student(world):
    st = enrolment.create_student(world.db, world.admin, enrolment.StudentInput(
        name="钱多多", id_number=_id(990)))
    enrolment.delete_student(world.db, world.staff, st.id)
    return st.id, "钱多多"


def _id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


def _cohort(world):
    c = cohorts.create_cohort(world.db, world.admin, cohorts.CohortInput(code="2025-AU-09", name="秋季电商班",
                                                                         school_id=world.school.id))
    cohorts.delete_cohort(world.db, world.staff, c.id)
    return c.id, "2025-AU-09 秋季电商班"


def _school(world):
    sc = organisations.create_school(world.db, world.admin, organisations.SchoolInput(name="上海现代化工职业学院"))
    organisations.delete_school(world.db, world.staff, sc.id)
    return sc.id, "上海现代化工职业学院"


def _client(world):
    cl = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="金山农品电商"))
    organisations.delete_client(world.db, world.staff, cl.id)
    return cl.id, "金山农品电商"


def _mentor(world):
    m = mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="刘导师"))
    mentors.delete_mentor(world.db, world.staff, m.id)
    return m.id, "刘导师"


def _session(world):
    dto = world.log(world.mine[0], day=3)
    sessions.delete_session(world.db, world.staff, dto.id)
    return dto.id, "李小明 模拟演练 2025-05-03 10:00"


def _booking(world):
    room = rooms.list_rooms(world.db, world.admin)[2]
    b = rooms.book_room(world.db, world.staff, rooms.BookingInput(room_id=room.id, start=at(14), end=at(16),
                                                                  purpose="农产品专场"))
    rooms.cancel_booking(world.db, world.staff, b.id)
    return b.id, "3号直播间 2025-05-06 14:00–16:00 农产品专场"


def _placement(world):
    p = placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.mine[0], outcome=PlacementOutcome.FLEXIBLE_EMPLOYMENT, position="主播"))
    placement_records.delete_placement(world.db, world.staff, p.id)
    return p.id, "李小明 灵活就业 主播"


def _video(world):
    v = videos.add_video(world.db, world.staff, videos.VideoInput(student_id=world.mine[0], title="蟠桃开箱"))
    videos.delete_video(world.db, world.staff, v.id)
    return v.id, "李小明：蟠桃开箱"


MAKERS = {"student": _student, "cohort": _cohort, "partner_school": _school, "enterprise_client": _client,
          "mentor": _mentor, "practice_session": _session, "room_booking": _booking, "placement": _placement,
          "short_video": _video}


def test_entities_and_labels():
    assert list(trash.ENTITIES) == list(MAKERS)
    assert [e.zh for e in trash.ENTITIES.values()] == ["学员", "批次", "合作院校", "企业客户", "导师",
                                                       "实训记录", "直播间预约", "就业去向", "短视频"]


@pytest.mark.parametrize("entity", list(MAKERS))
def test_delete_list_restore_round_trip(world, entity):
    record_id, name = MAKERS[entity](world)
    model = trash.ENTITIES[entity].model
    assert not is_live(world, model, record_id)
    page = deleted(world, entity)
    assert page.total == 1
    row = page.rows[0]
    assert (row.entity, row.record_id, row.name, row.deleted_by) == (entity, record_id, name, "jiaowu")
    assert row.entity_zh == trash.ENTITIES[entity].zh and isinstance(row.deleted_at, datetime)

    trash.restore_record(world.db, world.staff, entity, record_id)
    assert is_live(world, model, record_id)
    assert deleted(world, entity).total == 0
    with world.db.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc()).limit(1)).one()
        assert (last.action, last.entity, last.entity_id, last.username) == ("restore", entity, record_id,
                                                                              "jiaowu")


def test_list_mixes_kinds_newest_first_with_filter_search_and_paging(world):
    for entity in ("mentor", "student", "cohort"):
        MAKERS[entity](world)
    page = deleted(world)
    assert page.total == 3 and [r.entity for r in page.rows] == ["cohort", "student", "mentor"]
    assert [r.entity for r in deleted(world, filters={"entity": "student"}).rows] == ["student"]
    assert [r.name for r in deleted(world, search="秋季").rows] == ["2025-AU-09 秋季电商班"]
    assert [r.entity for r in deleted(world, sort="entity").rows] == ["cohort", "mentor", "student"]
    two = deleted(world, limit=2)
    rest = deleted(world, limit=2, offset=2)
    assert (two.total, len(two.rows), len(rest.rows)) == (3, 2, 1)
    assert deleted(world, search="没有这个").total == 0


def test_deleted_by_is_the_latest_delete(world):
    record_id, _ = MAKERS["mentor"](world)
    trash.restore_record(world.db, world.admin, "mentor", record_id)
    mentors.delete_mentor(world.db, world.admin, record_id)
    assert deleted(world, "mentor").rows[0].deleted_by == "system"


def test_only_admin_lists_the_trash(world):
    for who in (world.staff, world.mentor):
        with pytest.raises(PermissionDenied) as info:
            trash.list_deleted(world.db, who)
        assert "回收站" in info.value.zh


@pytest.mark.parametrize("entity", [e for e in MAKERS if e != "practice_session"])
def test_mentor_may_not_restore_other_records(world, entity):
    record_id, _ = MAKERS[entity](world)
    with pytest.raises(PermissionDenied):
        trash.restore_record(world.db, world.mentor, entity, record_id)
    assert not is_live(world, trash.ENTITIES[entity].model, record_id)


def test_admin_restores_too(world):
    record_id, _ = MAKERS["student"](world)
    trash.restore_record(world.db, world.admin, "student", record_id)
    assert is_live(world, Student, record_id)


def test_mentor_restores_a_session_they_deleted_themselves(world):
    dto = world.log(world.mine[0], actor=world.mentor)
    sessions.delete_session(world.db, world.mentor, dto.id)
    trash.restore_record(world.db, world.mentor, "practice_session", dto.id)
    assert sessions.get_session(world.db, world.mentor, dto.id).id == dto.id


def test_mentor_may_not_restore_a_session_staff_deleted(world):
    dto = world.log(world.mine[0], actor=world.mentor)
    sessions.delete_session(world.db, world.staff, dto.id)
    with pytest.raises(PermissionDenied):
        trash.restore_record(world.db, world.mentor, "practice_session", dto.id)


def test_mentor_may_not_restore_another_mentors_session(world):
    dto = world.log(world.theirs[0], actor=world.other_mentor)
    sessions.delete_session(world.db, world.other_mentor, dto.id)
    with pytest.raises(PermissionDenied):
        trash.restore_record(world.db, world.mentor, "practice_session", dto.id)
    trash.restore_record(world.db, world.other_mentor, "practice_session", dto.id)


def test_unknown_kind_missing_record_and_live_record_are_refused(world):
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "exam", 1)
    assert "不是可以恢复的记录类型" in info.value.zh
    with pytest.raises(NotFound):
        trash.restore_record(world.db, world.staff, "student", 99999)
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "student", world.students[0].id)
    assert "没有被删除" in info.value.zh
    with pytest.raises(ValidationError):
        trash.list_deleted(world.db, world.admin, "exam")


def test_a_clashing_booking_is_not_restored(world):
    record_id, _ = MAKERS["room_booking"](world)
    room = rooms.list_rooms(world.db, world.admin)[2]
    rooms.book_room(world.db, world.staff, rooms.BookingInput(room_id=room.id, start=at(15), end=at(17),
                                                              purpose="新场次"))
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "room_booking", record_id)
    assert info.value.fields == ["直播间"] and "新场次" in info.value.zh
    assert deleted(world, "room_booking").total == 1


def test_a_student_of_a_deleted_cohort_waits_for_the_cohort(world):
    c = cohorts.create_cohort(world.db, world.admin, cohorts.CohortInput(code="C-9", name="九班"))
    st = enrolment.create_student(world.db, world.admin, enrolment.StudentInput(
        name="孙悦", id_number=_id(991), cohort_id=c.id))
    enrolment.delete_student(world.db, world.staff, st.id)
    cohorts.delete_cohort(world.db, world.staff, c.id)
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "student", st.id)
    assert info.value.fields == ["批次"] and "C-9" in info.value.zh and "先在回收站恢复" in info.value.zh
    trash.restore_record(world.db, world.staff, "cohort", c.id)
    trash.restore_record(world.db, world.staff, "student", st.id)
    assert is_live(world, Student, st.id)


def test_a_session_of_a_deleted_student_waits_for_the_student(world):
    record_id, _ = MAKERS["practice_session"](world)
    enrolment.delete_student(world.db, world.staff, world.mine[0])
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "practice_session", record_id)
    assert info.value.fields == ["学员"] and "李小明" in info.value.zh


def test_a_unique_key_taken_by_a_live_record_is_refused(world, monkeypatch):
    """The database's unique indexes span deleted rows, so a real clash needs a key
    without one; mentors' names stand in for it here."""
    monkeypatch.setitem(trash.ENTITIES, "mentor", trash.TrashEntity(Mentor, "导师", "mentor", ("name",)))
    record_id, _ = MAKERS["mentor"](world)
    mentors.create_mentor(world.db, world.admin, mentors.MentorInput(name="刘导师"))
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "mentor", record_id)
    assert "已被在用的导师“刘导师”使用" in info.value.zh
    assert not is_live(world, Mentor, record_id)
