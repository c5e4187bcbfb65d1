"""Placements deleted into the trash (回收站) and restored: roles, audit, follow-ups
that stop being due, figures without them, the talent-pool flag; deleted videos too."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, Placement, Student
from jiarenbase.core.domain.enums import EvidenceLevel, PlacementOutcome, Stage, StudentStatus
from jiarenbase.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import enrolment, placement_records, placements, summary, talent_pool, trash, videos
from jiarenbase.core.services.listing import ListQuery

START = date(2025, 7, 1)


def employ(world, sid=None):
    return placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid or world.mine[0], outcome=PlacementOutcome.EMPLOYED_ON_GRADUATION, employer_name="金山自家人",
        position="主播", start_date=START, evidence=EvidenceLevel.SELF_REPORTED))


def due(world, actor=None):
    return placement_records.follow_ups_due(world.db, actor or world.staff, within_days=400, as_of=START)


def test_delete_hides_the_placement_and_its_follow_ups_and_restore_brings_them_back(world):
    dto = employ(world)
    assert len(due(world)) == 3
    placement_records.delete_placement(world.db, world.staff, dto.id, dto.version)
    assert due(world) == [] and due(world, world.mentor) == []
    assert placements.placements_of(world.db, world.admin, world.mine[0]) == []
    assert placements.list_placements(world.db, world.admin).total == 0
    assert summary.summary(world.db, world.admin, today=START).follow_ups.overdue == 0
    assert summary.summary(world.db, world.admin, today=START).follow_ups.due_soon == 0
    assert summary.summary(world.db, world.admin, today=START).placements.students_placed == 0
    with pytest.raises(NotFound):
        placement_records.get_placement(world.db, world.admin, dto.id)
    with world.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "delete",
                                                   AuditEntry.entity == "placement")).one()
        assert (entry.entity_id, entry.username) == (dto.id, "jiaowu")

    row = trash.list_deleted(world.db, world.admin, "placement").rows[0]
    assert (row.entity_zh, row.record_id, row.name) == ("就业去向", dto.id, "李小明 毕业即就业 金山自家人 主播")
    trash.restore_record(world.db, world.staff, "placement", dto.id)
    assert len(due(world)) == 3
    assert summary.summary(world.db, world.admin, today=START).placements.students_placed == 1
    assert trash.list_deleted(world.db, world.admin, "placement").total == 0


def test_only_staff_delete_placements_and_a_stale_version_is_refused(world):
    dto = employ(world)
    with pytest.raises(PermissionDenied):
        placement_records.delete_placement(world.db, world.mentor, dto.id)
    with pytest.raises(ConflictError):
        placement_records.delete_placement(world.db, world.staff, dto.id, dto.version + 5)
    placement_records.delete_placement(world.db, world.admin, dto.id)
    with pytest.raises(NotFound):
        placement_records.delete_placement(world.db, world.admin, dto.id)
    with pytest.raises(PermissionDenied):
        trash.restore_record(world.db, world.mentor, "placement", dto.id)


def test_a_placement_of_a_deleted_student_waits_for_the_student(world):
    dto = employ(world, world.unassigned[0])
    placement_records.delete_placement(world.db, world.staff, dto.id)
    enrolment.delete_student(world.db, world.staff, world.unassigned[0])
    with pytest.raises(ValidationError) as info:
        trash.restore_record(world.db, world.staff, "placement", dto.id)
    assert info.value.fields == ["学员"] and "请先在回收站恢复" in info.value.zh


def _graduate(world, sid):
    with world.db.transaction() as s:
        st = s.get(Student, sid)
        st.status, st.stage = StudentStatus.COMPLETED, Stage.COMPLETED


def test_deleting_the_pool_placement_takes_the_student_out_of_the_pool_and_restore_puts_them_back(world):
    sid = world.unassigned[0]
    _graduate(world, sid)
    assert talent_pool.archive_to_talent_pool(world.db, world.staff, [sid], on=START) == 1
    in_pool = lambda: sid in {c.student_id for c in talent_pool.search_talent_pool(world.db, world.staff)}  # noqa: E731
    assert in_pool()
    with world.db.read() as s:
        pid = s.scalar(select(Placement.id).where(Placement.student_id == sid))
    placement_records.delete_placement(world.db, world.staff, pid)
    assert not in_pool()
    assert sid in {g.student_id for g in talent_pool.unplaced_graduates(world.db, world.staff)}
    trash.restore_record(world.db, world.admin, "placement", pid)
    assert in_pool()


def test_deleted_videos_are_in_the_trash_and_restored_there(world):
    v = videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=world.mine[0], title="蟠桃开箱"))
    videos.delete_video(world.db, world.mentor, v.id)
    page = trash.list_deleted(world.db, world.admin, None, ListQuery(search="蟠桃"))
    assert [(r.entity, r.entity_zh, r.name, r.deleted_by) for r in page.rows] == [
        ("short_video", "短视频", "李小明：蟠桃开箱", "wang")]
    assert trash.list_deleted(world.db, world.admin, None, ListQuery(search="李小明")).total == 1
    trash.restore_record(world.db, world.admin, "short_video", v.id)
    assert [x.id for x in videos.videos_of(world.db, world.mentor, world.mine[0])] == [v.id]
