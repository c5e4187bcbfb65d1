"""Placement records after the fact: edit with a version, follow-ups done, the
follow-ups due for reminders, evidence changes audited, mentor scope."""
from __future__ import annotations

import json
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import EvidenceLevel, PlacementOutcome
from jiarenbase.core.errors import ConflictError, PermissionDenied, ValidationError
from jiarenbase.core.services import organisations, placement_records, placements

Outcome = PlacementOutcome
START = date(2025, 7, 1)


def employ(world, sid=None, *, start=START, evidence=EvidenceLevel.SELF_REPORTED):
    return placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid or world.mine[0], outcome=Outcome.EMPLOYED_ON_GRADUATION, employer_name="金山自家人",
        position="主播", start_date=start, evidence=evidence))


def edit(record, **changes):
    values = dict(student_id=record.student_id, outcome=record.outcome, employer_client_id=record.employer_client_id,
                  employer_name=record.employer_name, position=record.position, start_date=record.start_date,
                  evidence=record.evidence)
    values.update(changes)
    return placements.PlacementInput(**values)


def test_get_placement_has_follow_ups_with_ids(world):
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.mentor, dto.id)
    assert record.student_name == "李小明" and record.version == dto.version
    assert [(f.day_mark, f.due_on, f.done_on) for f in record.follow_ups] == list(dto.follow_ups)
    assert all(f.id and f.version == 1 for f in record.follow_ups)


def test_update_moves_open_follow_ups_and_audits_the_evidence_change(world):
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.admin, dto.id)
    placement_records.record_follow_up(world.db, world.staff, record.follow_ups[0].id, 1, date(2025, 8, 1), True,
                                       "仍在岗")
    new_start = date(2025, 7, 11)
    out = placement_records.update_placement(world.db, world.staff, dto.id, dto.version, edit(
        record, start_date=new_start, evidence=EvidenceLevel.EMPLOYER_CONFIRMED, position="运营"))
    assert out.position == "运营" and out.evidence is EvidenceLevel.EMPLOYER_CONFIRMED
    # the 30-day call was made: it stays; the open ones follow the new start
    assert [f.due_on for f in out.follow_ups] == [START + timedelta(days=30), new_start + timedelta(days=90),
                                                  new_start + timedelta(days=180)]
    with world.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "evidence")).one()
        assert entry.entity == "placement" and entry.entity_id == dto.id
        assert json.loads(entry.before) == {"evidence": "self_reported"}
        assert json.loads(entry.after) == {"evidence": "employer_confirmed"}


def test_no_evidence_entry_when_the_level_stays(world):
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.admin, dto.id)
    placement_records.update_placement(world.db, world.staff, dto.id, dto.version, edit(record, position="运营"))
    with world.db.read() as s:
        assert not s.scalars(select(AuditEntry).where(AuditEntry.action == "evidence")).all()


def test_stale_version_is_a_conflict(world):
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.admin, dto.id)
    placement_records.update_placement(world.db, world.staff, dto.id, dto.version, edit(record, position="运营"))
    with pytest.raises(ConflictError):
        placement_records.update_placement(world.db, world.staff, dto.id, dto.version, edit(record, position="x"))


def test_update_validates_like_record(world):
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.admin, dto.id)
    with pytest.raises(ValidationError) as info:
        placement_records.update_placement(world.db, world.staff, dto.id, dto.version,
                                           edit(record, employer_name="", subsidy_months_used=-2))
    assert set(info.value.fields) == {"用人单位", "已享受补贴月数"}
    with pytest.raises(ValidationError) as info:
        placement_records.update_placement(world.db, world.staff, dto.id, dto.version,
                                           edit(record, student_id=world.mine[1]))
    assert info.value.fields == ["学员"]
    assert placement_records.get_placement(world.db, world.admin, dto.id).version == dto.version


def test_employer_from_a_client(world):
    client = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="枫泾古镇文旅"))
    dto = employ(world)
    record = placement_records.get_placement(world.db, world.admin, dto.id)
    out = placement_records.update_placement(world.db, world.staff, dto.id, dto.version,
                                             edit(record, employer_client_id=client.id, employer_name=""))
    assert out.employer_name == "枫泾古镇文旅" and out.employer_client_id == client.id


def test_record_follow_up_checks_the_date(world):
    dto = employ(world)
    fid = placement_records.get_placement(world.db, world.admin, dto.id).follow_ups[0].id
    with pytest.raises(ValidationError) as info:
        placement_records.record_follow_up(world.db, world.staff, fid, 1, date.today() + timedelta(days=2), True)
    assert info.value.fields == ["回访日期"]
    with pytest.raises(ValidationError) as info:
        placement_records.record_follow_up(world.db, world.staff, fid, 1, START - timedelta(days=1), True)
    assert info.value.fields == ["回访日期"]
    done = placement_records.record_follow_up(world.db, world.mentor, fid, 1, date(2025, 8, 2), False, "已离职")
    assert done.done_on == date(2025, 8, 2) and done.still_employed is False and done.version == 2
    with pytest.raises(ConflictError):
        placement_records.record_follow_up(world.db, world.staff, fid, 1, date(2025, 8, 3), True)


def test_follow_ups_due_lists_overdue_and_soon(world):
    employ(world, world.mine[0], start=date(2025, 7, 1))  # 30 days: 07-31, 90: 09-29
    employ(world, world.theirs[0], start=date(2025, 8, 20))  # 30 days: 09-19
    due = placement_records.follow_ups_due(world.db, world.staff, within_days=7, as_of=date(2025, 9, 18))
    assert [(d.student_name, d.day_mark, d.days_left) for d in due] == [("李小明", 30, -49), ("王浩", 30, 1)]
    assert due[0].overdue and not due[1].overdue
    later = placement_records.follow_ups_due(world.db, world.staff, within_days=7, as_of=date(2025, 9, 22))
    assert [(d.student_name, d.day_mark) for d in later] == [("李小明", 30), ("王浩", 30), ("李小明", 90)]
    # done ones disappear
    placement_records.record_follow_up(world.db, world.staff, due[0].follow_up_id, due[0].version,
                                       date(2025, 8, 1), True)
    assert [d.student_name for d in placement_records.follow_ups_due(
        world.db, world.staff, 7, date(2025, 9, 18))] == ["王浩"]


def test_mentor_scope(world):
    mine, theirs = employ(world, world.mine[0]), employ(world, world.theirs[0])
    due = placement_records.follow_ups_due(world.db, world.mentor, within_days=400, as_of=START)
    assert {d.student_id for d in due} == {world.mine[0]}
    with pytest.raises(PermissionDenied):
        placement_records.get_placement(world.db, world.mentor, theirs.id)
    fid = placement_records.get_placement(world.db, world.admin, theirs.id).follow_ups[0].id
    with pytest.raises(PermissionDenied):
        placement_records.record_follow_up(world.db, world.mentor, fid, 1, date(2025, 8, 1), True)
    record = placement_records.get_placement(world.db, world.mentor, mine.id)
    with pytest.raises(PermissionDenied):
        placement_records.update_placement(world.db, world.mentor, mine.id, mine.version, edit(record))
    form = placement_records.placement_form_data(world.db, world.mentor)
    assert {c.id for c in form.students} == set(world.mine)
    assert "数据分析师" in form.positions
    assert len(placement_records.placement_form_data(world.db, world.staff).students) == 4
