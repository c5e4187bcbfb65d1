"""summary(): the base in figures matches what was created."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from jiarenbase.core.domain.enums import Occupation, PlacementOutcome, SessionKind, SkillLevel
from jiarenbase.core.services import (
    certificates,
    clients,
    enrolment,
    exam_results,
    organisations,
    placements,
    rooms,
    scripts,
    sessions,
    summary,
    videos,
)
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.stages import sign_off_stage


def test_empty_database(db, admin):
    figures = summary.summary(db, admin)
    assert figures.students.total == 0
    assert figures.live_rooms == 10
    assert figures.users == 0
    assert figures.placements.students_placed == 0
    assert set(figures.placements.by_outcome) == {o.value for o in PlacementOutcome}
    assert figures.certificates.skill_level_by_occupation_and_level == {}
    assert figures.tables is not None and figures.tables["student"] == 0
    assert summary.summary(db, admin, table_counts=False).tables is None


def test_summary_counts_the_world(world):
    db, admin, staff = world.db, world.admin, world.staff
    client = organisations.create_client(db, admin, organisations.ClientInput(name="金山蟠桃合作社"))
    organisations.create_client(db, admin, organisations.ClientInput(name="枫泾文旅"))
    clients.add_training_order(db, staff, client.id, "主播培训", 20, 8)
    clients.add_training_order(db, staff, client.id, "运营培训", 10, 4)
    world.log(world.mine[0], day=1)
    world.log(world.mine[0], day=2)
    world.log(world.mine[1], day=3, kind=SessionKind.LIVE_SESSION)
    deleted = world.log(world.mine[1], day=4)
    sessions.delete_session(db, staff, deleted.id)
    room = rooms.list_rooms(db, admin)[0]
    rooms.book_room(db, staff, rooms.BookingInput(room.id, datetime(2025, 5, 6, 9), datetime(2025, 5, 6, 11)))
    scripts.create_script(db, staff, world.mine[0], "开场", "蟠桃", "家人们好")
    videos.add_video(db, staff, videos.VideoInput(student_id=world.mine[0], title="开箱"))
    sign_off_stage(db, staff, world.mine[0], "批次尚未开课，教务特批进入项目实训")  # no evidence yet: staff override
    exam = certificates.create_exam(db, staff, certificates.ExamInput(
        occupation=Occupation.STREAMER, level=SkillLevel.JUNIOR, exam_date=date(2025, 6, 1),
        evaluating_org="评价机构", dual_certificate=True, enterprise_issuer="自家人"))
    exam_results.record_results(db, staff, exam.id, [
        ResultEntry(world.mine[0], 80), ResultEntry(world.mine[1], 85), ResultEntry(world.theirs[0], 30)])
    # student 0: flexible then signed (the latest counts); student 1: talent pool
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[0], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 7, 1)))
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[0], PlacementOutcome.SIGNED_ENTERPRISE_PROJECT, employer_client_id=client.id))
    placements.record_placement(db, staff, placements.PlacementInput(world.mine[1], PlacementOutcome.TALENT_POOL))
    enrolment.delete_student(db, staff, world.unassigned[0])

    f = summary.summary(db, staff)
    assert f.students.total == 3
    assert f.students.by_stage == {"cognitive": 2, "project": 1, "live": 0, "completed": 0}
    assert f.students.by_status["enrolled"] == 3
    assert f.students.in_talent_pool == 1
    assert f.partner_schools == 1 and f.cohorts == 1 and f.mentors == 2
    assert f.enterprise_clients == summary.ClientFigures(total=2, served=1)
    assert f.live_rooms == 10 and f.bookings == 1
    assert f.sessions == summary.SessionFigures(total=3, by_kind={"mock_drill": 2, "live_session": 1})
    assert f.scripts == 1 and f.videos == 1
    assert f.placements.students_placed == 2
    assert f.placements.by_outcome["signed_enterprise_project"] == 1
    assert f.placements.by_outcome["talent_pool"] == 1
    assert f.placements.by_outcome["flexible_employment"] == 0
    assert f.certificates.total == 4
    assert f.certificates.by_kind == {"skill_level": 2, "enterprise": 2}
    assert f.certificates.skill_level_by_occupation_and_level == {"streamer": {"junior": 2}}
    assert f.users == 3


def test_mentor_summary_counts_only_the_mentors_own(world):
    from jiarenbase.core.errors import PermissionDenied as _Denied

    data = summary.mentor_summary(world.db, world.mentor)
    assert data.students == len(world.mine)
    assert sum(data.by_stage.values()) == len(world.mine)
    with pytest.raises(_Denied):
        summary.mentor_summary(world.db, world.admin)


# -- the dashboard's figures (issue 5) -------------------------------------------------

TODAY = date(2025, 5, 14)  # a Wednesday; its week is Mon 12 – Sun 18 May 2025


def test_new_keys_on_an_empty_database(db, admin):
    f = summary.summary(db, admin, TODAY)
    assert f.as_of == TODAY
    assert f.trained_to_date == 0
    assert f.stage_funnel == {"cognitive": 0, "project": 0, "live": 0, "completed": 0}
    assert f.certificates.skill_level_by_level == {lv.value: 0 for lv in SkillLevel}
    assert f.rooms_this_week.week_start == date(2025, 5, 12)
    assert f.rooms_this_week.ratio == 0 and len(f.rooms_this_week.by_room) == 10
    assert [m.month for m in f.conversion_trend][0] == "2024-06"
    assert [m.month for m in f.conversion_trend][-1] == "2025-05"
    assert all(m.rate is None and m.sessions == 0 for m in f.conversion_trend)
    assert f.follow_ups == summary.FollowUpFigures(overdue=0, due_soon=0, window_days=7, items=())


def _set_stage(db, student_id, stage):
    from jiarenbase.core.db.models import Student

    with db.transaction() as s:
        s.get(Student, student_id).stage = stage


def test_trained_to_date_and_stage_funnel(world):
    from jiarenbase.core.domain.enums import Stage

    db = world.db
    _set_stage(db, world.mine[0], Stage.LIVE)
    _set_stage(db, world.mine[1], Stage.COMPLETED)
    _set_stage(db, world.theirs[0], Stage.PROJECT)
    enrolment.delete_student(db, world.staff, world.unassigned[0])  # deleted students count nowhere
    f = summary.summary(db, world.staff, TODAY)
    assert f.trained_to_date == f.students.total == 3
    assert f.students.by_stage == {"cognitive": 0, "project": 1, "live": 1, "completed": 1}
    # each stage counts the students who reached it or went past it
    assert f.stage_funnel == {"cognitive": 3, "project": 3, "live": 2, "completed": 1}


def test_certificates_by_level_across_occupations(world):
    db, staff = world.db, world.staff
    for occupation, level, students in ((Occupation.STREAMER, SkillLevel.JUNIOR, world.mine),
                                        (Occupation.INTERNET_MARKETER, SkillLevel.JUNIOR, world.theirs),
                                        (Occupation.STREAMER, SkillLevel.INTERMEDIATE, world.theirs)):
        exam = certificates.create_exam(db, staff, certificates.ExamInput(
            occupation=occupation, level=level, exam_date=date(2025, 6, 1), evaluating_org="评价机构",
            dual_certificate=True, enterprise_issuer="自家人"))
        for sid in students:
            exam_results.record_results(db, staff, exam.id, [ResultEntry(sid, 90)])
    f = summary.summary(db, staff, TODAY)
    by_level = f.certificates.skill_level_by_level
    assert by_level["junior"] == 3 and by_level["intermediate"] == 1 and sum(by_level.values()) == 4
    assert f.certificates.by_kind == {"skill_level": 4, "enterprise": 4}  # 一试双证: enterprise ones apart


def test_placements_unknown_is_never_unemployed(world):
    db, staff = world.db, world.staff
    placements.record_placement(db, staff, placements.PlacementInput(world.mine[0], PlacementOutcome.UNKNOWN))
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[1], PlacementOutcome.EMPLOYED_ON_GRADUATION, employer_name="金山蟠桃合作社"))
    f = summary.summary(db, staff, TODAY).placements
    assert f.by_outcome["unknown"] == 1 and f.by_outcome["employed_on_graduation"] == 1
    assert f.students_placed == 2
    assert not any("unemploy" in key for key in f.by_outcome)


def test_room_utilisation_this_week_equals_the_room_week(world):
    db, staff = world.db, world.staff
    r1, r2 = rooms.list_rooms(db, staff)[:2]
    rooms.book_room(db, staff, rooms.BookingInput(r1.id, datetime(2025, 5, 12, 9), datetime(2025, 5, 12, 13)))
    rooms.book_room(db, staff, rooms.BookingInput(r2.id, datetime(2025, 5, 18, 21), datetime(2025, 5, 18, 23)))
    rooms.book_room(db, staff, rooms.BookingInput(r1.id, datetime(2025, 5, 19, 9), datetime(2025, 5, 19, 11)))
    week = summary.summary(db, staff, TODAY).rooms_this_week
    by_room = {r.room_id: r for r in week.by_room}
    assert by_room[r1.id].booked_hours == 4 and by_room[r1.id].bookings == 1
    assert by_room[r2.id].booked_hours == 1  # 21–22 inside opening time, 22–23 outside
    assert week.booked_hours == 5 and week.open_hours == 10 * 7 * 14
    schedule = rooms.week_schedule(db, staff, TODAY)
    assert week.ratio == pytest.approx(schedule.ratio)
    assert [r.ratio for r in week.by_room] == pytest.approx([u.ratio for u in schedule.utilisation])


def test_a_room_out_of_service_counts_neither_bookings_nor_hours(world):
    from jiarenbase.core.db.models import LiveRoom

    db, staff = world.db, world.staff
    r1, r2 = rooms.list_rooms(db, staff)[:2]
    rooms.book_room(db, staff, rooms.BookingInput(r1.id, datetime(2025, 5, 12, 9), datetime(2025, 5, 12, 13)))
    rooms.book_room(db, staff, rooms.BookingInput(r2.id, datetime(2025, 5, 13, 9), datetime(2025, 5, 13, 11)))
    with db.transaction() as s:
        s.get(LiveRoom, r1.id).active = False  # 停用 after the booking was made
    week = summary.summary(db, staff, TODAY).rooms_this_week
    by_room = {r.room_id: r for r in week.by_room}
    assert by_room[r1.id].bookings == 0 and by_room[r1.id].booked_hours == 0 and by_room[r1.id].open_hours == 0
    assert week.booked_hours == 2 and week.open_hours == 9 * 7 * 14
    assert week.ratio == pytest.approx(rooms.week_schedule(db, staff, TODAY).ratio)


def test_conversion_trend_is_buyers_over_viewers_of_live_sessions_by_month(world):
    from jiarenbase.core.domain.metrics import SessionCounts

    db, staff = world.db, world.staff
    live = SessionKind.LIVE_SESSION
    world.log(world.mine[0], kind=live, day=2, counts=SessionCounts(viewers=1000, orders=30, buyers=20))
    world.log(world.mine[1], kind=live, day=3, counts=SessionCounts(viewers=3000, orders=50, buyers=40))
    world.log(world.mine[1], day=4, counts=SessionCounts(viewers=500, orders=50, buyers=50))  # a drill: not counted
    gone = world.log(world.mine[0], kind=live, day=5, counts=SessionCounts(viewers=10, orders=9, buyers=9))
    sessions.delete_session(db, staff, gone.id)
    trend = summary.summary(db, staff, TODAY).conversion_trend
    may = trend[-1]
    assert may == summary.MonthConversion(month="2025-05", sessions=2, viewers=4000, buyers=60, rate=60 / 4000)
    assert len(trend) == 12 and all(m.rate is None for m in trend[:-1])
    assert summary.summary(db, staff, date(2026, 5, 1)).conversion_trend[0].month == "2025-06"  # out of range


def test_follow_ups_due(world):
    from jiarenbase.core.db.models import PlacementFollowUp

    db, staff = world.db, world.staff
    # started 2025-04-10: 30-day follow-up due 2025-05-10 (overdue on the 14th), 90 days in July
    p_old = placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[0], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 4, 10)))
    # started 2025-04-20: 30-day due 2025-05-20 (within 7 days of the 14th)
    placements.record_placement(db, staff, placements.PlacementInput(
        world.mine[1], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 4, 20)))
    # started 2025-04-01, done: not due; a deleted student's follow-ups: not due
    p_done = placements.record_placement(db, staff, placements.PlacementInput(
        world.theirs[0], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 4, 1)))
    placements.record_placement(db, staff, placements.PlacementInput(
        world.unassigned[0], PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=date(2025, 4, 11)))
    enrolment.delete_student(db, staff, world.unassigned[0])
    with db.transaction() as s:
        for fu in s.query(PlacementFollowUp).filter_by(placement_id=p_done.id, day_mark=30):
            fu.done_on = date(2025, 5, 1)
    fu = summary.summary(db, staff, TODAY).follow_ups
    assert fu.overdue == 1 and fu.due_soon == 1
    assert [(i.student_id, i.day_mark, i.due_on, i.overdue) for i in fu.items] == [
        (world.mine[0], 30, date(2025, 5, 10), True), (world.mine[1], 30, date(2025, 5, 20), False)]
    assert fu.items[0].placement_id == p_old.id and fu.items[0].student_name


def test_summary_is_staff_only(world):
    from jiarenbase.core.errors import PermissionDenied as _Denied

    with pytest.raises(_Denied):
        summary.summary(world.db, world.mentor, TODAY)
