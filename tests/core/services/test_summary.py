"""summary(): the base in figures matches what was created."""
from __future__ import annotations

import pytest

from datetime import date, datetime

from jiarenbase.core.domain.enums import Occupation, PlacementOutcome, SessionKind, SkillLevel
from jiarenbase.core.services import (certificates, enrolment, organisations, placements, rooms, scripts, videos,
                                      sessions, summary)
from jiarenbase.core.services.stages import sign_off_stage


def test_empty_database(db, admin):
    figures = summary.summary(db, admin)
    assert figures["students"]["total"] == 0
    assert figures["live_rooms"] == 10
    assert figures["users"] == 0
    assert figures["placements"]["students_placed"] == 0
    assert set(figures["placements"]["by_outcome"]) == {o.value for o in PlacementOutcome}
    assert figures["certificates"]["skill_level_by_occupation_and_level"] == {}


def test_summary_counts_the_world(world):
    db, admin, staff = world.db, world.admin, world.staff
    client = organisations.create_client(db, admin, organisations.ClientInput(name="金山蟠桃合作社"))
    organisations.create_client(db, admin, organisations.ClientInput(name="枫泾文旅"))
    placements.add_training_order(db, staff, client.id, "主播培训", 20, 8)
    placements.add_training_order(db, staff, client.id, "运营培训", 10, 4)
    world.log(world.mine[0], day=1)
    world.log(world.mine[0], day=2)
    world.log(world.mine[1], day=3, kind=SessionKind.LIVE_SESSION)
    deleted = world.log(world.mine[1], day=4)
    sessions.delete_session(db, staff, deleted.id)
    room = rooms.list_rooms(db, admin)[0]
    rooms.book_room(db, staff, rooms.BookingInput(room.id, datetime(2025, 5, 6, 9), datetime(2025, 5, 6, 11)))
    scripts.create_script(db, staff, world.mine[0], "开场", "蟠桃", "家人们好")
    videos.add_video(db, staff, videos.VideoInput(student_id=world.mine[0], title="开箱"))
    sign_off_stage(db, staff, world.mine[0])  # no modules: attendance met → project stage
    exam = certificates.create_exam(db, staff, certificates.ExamInput(
        occupation=Occupation.STREAMER, level=SkillLevel.JUNIOR, exam_date=date(2025, 6, 1),
        evaluating_org="评价机构", dual_certificate=True, enterprise_issuer="自家人"))
    certificates.record_result(db, staff, exam.id, world.mine[0], 80)
    certificates.record_result(db, staff, exam.id, world.mine[1], 85)
    certificates.record_result(db, staff, exam.id, world.theirs[0], 30)
    # student 0: flexible then signed (the latest counts); student 1: talent pool
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[0], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 7, 1)))
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[0], PlacementOutcome.SIGNED_ENTERPRISE_PROJECT, employer_client_id=client.id))
    placements.record_placement(db, staff, placements.PlacementInput(world.mine[1], PlacementOutcome.TALENT_POOL))
    enrolment.delete_student(db, staff, world.unassigned[0])

    f = summary.summary(db, staff)
    assert f["students"]["total"] == 3
    assert f["students"]["by_stage"] == {"cognitive": 2, "project": 1, "live": 0, "completed": 0}
    assert f["students"]["by_status"]["enrolled"] == 3
    assert f["students"]["in_talent_pool"] == 1
    assert f["partner_schools"] == 1 and f["cohorts"] == 1 and f["mentors"] == 2
    assert f["enterprise_clients"] == {"total": 2, "served": 1}
    assert f["live_rooms"] == 10 and f["bookings"] == 1
    assert f["sessions"] == {"total": 3, "by_kind": {"mock_drill": 2, "live_session": 1}}
    assert f["scripts"] == 1 and f["videos"] == 1
    assert f["placements"]["students_placed"] == 2
    assert f["placements"]["by_outcome"]["signed_enterprise_project"] == 1
    assert f["placements"]["by_outcome"]["talent_pool"] == 1
    assert f["placements"]["by_outcome"]["flexible_employment"] == 0
    assert f["certificates"]["total"] == 4
    assert f["certificates"]["by_kind"] == {"skill_level": 2, "enterprise": 2}
    assert f["certificates"]["skill_level_by_occupation_and_level"] == {"streamer": {"junior": 2}}
    assert f["users"] == 3


def test_mentor_summary_counts_only_the_mentors_own(world):
    from jiarenbase.core.errors import PermissionDenied as _Denied

    data = summary.mentor_summary(world.db, world.mentor)
    assert data["students"] == len(world.mine)
    assert sum(data["by_stage"].values()) == len(world.mine)
    with pytest.raises(_Denied):
        summary.mentor_summary(world.db, world.admin)
