"""Who may call what: every public service function is classified here, and the
classification is checked against the modules themselves so a new function
cannot slip in without a role decision."""
from __future__ import annotations

import inspect
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from jiarenbase.core.domain.enums import (
    Occupation,
    PlacementOutcome,
    RegistrationStatus,
    Role,
    SessionKind,
    SkillLevel,
)
from jiarenbase.core.domain.stages import StageCriteria
from jiarenbase.core.domain.subsidy import SubsidyRates
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import (
    appraisals,
    attendance,
    audit,
    base_profile,
    certificates,
    clients,
    cohorts,
    completion_certificates,
    enrolment,
    exam_readiness,
    exam_registration,
    exam_results,
    mentor_workload,
    mentors,
    organisations,
    placement_records,
    placements,
    reports,
    rooms,
    roster_import,
    scripts,
    session_form,
    session_import,
    sessions,
    stage_board,
    stages,
    student_file,
    student_photos,
    subsidy,
    summary,
    talent_pool,
    trash,
    users,
    videos,
)
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery

MODULES = (appraisals, attendance, audit, base_profile, certificates, completion_certificates, clients, cohorts,
           enrolment, exam_readiness, exam_registration, exam_results,
           mentor_workload, mentors, organisations, placement_records, placements, reports, rooms, roster_import,
           scripts,
           session_form, session_import, sessions, stage_board, stages, student_file, subsidy, summary, talent_pool,
           student_photos, trash, users, videos)

# Staff-only (admin + staff): a mentor gets PermissionDenied. Arguments are
# placeholders: the role check must come before anything touches them.
STAFF_ONLY = {
    "base_profile.save_profile": lambda: (None,),
    "student_photos.import_photo_folder": lambda: (Path("photos"), None),
    "student_photos.set_photo": lambda: (1, Path("1.jpg")),
    "student_photos.clear_photo": lambda: (1,),
    "organisations.create_school": lambda: (organisations.SchoolInput(name="新学校"),),
    "organisations.update_school": lambda: (1, 1, organisations.SchoolInput(name="x")),
    "organisations.delete_school": lambda: (1,),
    "organisations.create_client": lambda: (organisations.ClientInput(name="x"),),
    "organisations.update_client": lambda: (1, 1, organisations.ClientInput(name="x")),
    "organisations.delete_client": lambda: (1,),
    "cohorts.create_cohort": lambda: (cohorts.CohortInput(code="X", name="x"),),
    "cohorts.update_cohort": lambda: (1, 1, cohorts.CohortInput(code="X", name="x")),
    "cohorts.delete_cohort": lambda: (1,),
    "cohorts.set_criteria": lambda: (1, StageCriteria()),
    "enrolment.create_student": lambda: (enrolment.StudentInput(name="x", id_number="x"),),
    "enrolment.update_student": lambda: (1, 1, enrolment.StudentInput(name="x", id_number=None)),
    "enrolment.delete_student": lambda: (1,),
    "enrolment.restore_student": lambda: (1,),
    "mentors.create_mentor": lambda: (mentors.MentorInput(name="x"),),
    "mentors.update_mentor": lambda: (1, 1, mentors.MentorInput(name="x")),
    "mentors.delete_mentor": lambda: (1,),
    "mentors.assign_mentor": lambda: (1, 1),
    "certificates.create_exam": lambda: (certificates.ExamInput(Occupation.STREAMER, SkillLevel.JUNIOR,
                                                                date(2025, 6, 1)),),
    "placements.record_placement": lambda: (placements.PlacementInput(1, PlacementOutcome.TALENT_POOL),),
    "subsidy.set_subsidy_rates": lambda: (SubsidyRates(2025, Decimal("7460"), Decimal("0.355")),),
    "subsidy.mark_subsidy_applied": lambda: (1, 1, None),
    "clients.add_service_agreement": lambda: (clients.AgreementInput(1, 0, False),),
    "clients.update_service_agreement": lambda: (1, 1, clients.AgreementInput(1, 0, False)),
    "clients.add_training_order": lambda: (1, "培训", 10, 8.0),
    "reports.report_scopes": lambda: (),
    "reports.students_of_cohort": lambda: (1,),
    "reports.find_students": lambda: ("24742259",),
    "reports.build_report": lambda: (reports.ReportRequest(reports.ReportKind.MENTOR), Path("x.pdf")),
    "summary.summary": lambda: (),
    "attendance.create_module": lambda: (1, attendance.ModuleInput("x", None)),
    "attendance.update_module": lambda: (1, 1, attendance.ModuleInput("x", None)),
    "attendance.delete_module": lambda: (1,),
    "mentors.assign_cohort": lambda: ([(1, 1)],),
    "mentor_workload.suggest_cohort_assignment": lambda: (1,),
    "scripts.set_compliance_terms": lambda: ([],),
    "rooms.set_opening_hours": lambda: (9, 21),
    # outcomes
    "certificates.update_exam": lambda: (1, 1, certificates.ExamInput(Occupation.STREAMER, SkillLevel.JUNIOR,
                                                                      date(2025, 6, 1))),
    "exam_results.record_results": lambda: (1, [exam_results.ResultEntry(1, 80.0)]),
    "exam_results.correct_result": lambda: (1, 1, 80.0),
    "exam_readiness.set_readiness_bar": lambda: (exam_readiness.ReadinessBar(SkillLevel.JUNIOR),),
    "placement_records.update_placement": lambda: (1, 1, placements.PlacementInput(1, PlacementOutcome.TALENT_POOL)),
    "talent_pool.archive_to_talent_pool": lambda: ([1],),
    "talent_pool.update_talent_file": lambda: (1, 1, "主播", True),
    "talent_pool.export_shortlist": lambda: (Path("x.xlsx"), [1]),
    "exam_registration.register_candidates": lambda: (1, [1]),
    "exam_registration.set_registration_status": lambda: ([(1, 1)], RegistrationStatus.PAID),
    "exam_registration.remove_registrations": lambda: ([(1, 1)],),
    "subsidy.save_subsidy_materials": lambda: (1, ["身份证原件及复印件"], 0),
    "cohorts.suggest_cohort_code": lambda: (),
    "placement_records.delete_placement": lambda: (1,),
    "summary.awaiting_sign_off": lambda: (),
}

# Admin only: staff AND mentors get PermissionDenied.
ADMIN_ONLY = {
    "completion_certificates.revoke": lambda: ("JRB-X-001", "学籍材料不实，撤销"),
    "users.add_user": lambda: ("newuser", "Strong#2025", Role.STAFF),
    "users.list_users": lambda: (),
    "trash.list_deleted": lambda: (),
    "audit.list_audit": lambda: (),
    "audit.list_entries": lambda: (),
    "audit.iter_entries": lambda: (),
    "audit.audit_detail": lambda: (1,),
    "audit.audit_choices": lambda: (),
    "users.unlock_user": lambda: (1,),
    "enrolment.reveal_id_number": lambda: (1,),
    "users.get_user": lambda: (1,),
    "users.update_user": lambda: (1, 1, users.UserInput("x", Role.STAFF)),
}

# Open to every role (mentors limited to their own students, tested elsewhere).
EVERYONE = {
    "appraisals.appraisal_of", "appraisals.appraisal_form", "appraisals.save_appraisal",  # the student's own mentor
    "base_profile.load_profile", "student_photos.photo_of", "reports.find_school",
    "organisations.list_schools", "organisations.list_clients", "cohorts.get_cohort_by_code",
    "cohorts.list_cohorts", "cohorts.get_criteria", "enrolment.get_student", "enrolment.list_students",
    "mentors.list_mentors", "mentors.assignment_history", "mentors.current_mentor", "stages.gate_for",
    "stages.sign_off_stage", "rooms.list_rooms", "rooms.book_room", "rooms.cancel_booking",
    "rooms.update_booking", "rooms.bookings_between", "trash.restore_record", "summary.mentor_summary",
    "placements.list_placements", "certificates.list_certificates", "sessions.list_criteria", "sessions.log_session",
    "sessions.update_session", "sessions.delete_session", "sessions.get_session", "sessions.list_sessions",
    "scripts.create_script", "scripts.add_script_version", "scripts.scripts_of", "videos.add_video",
    "videos.videos_of", "placements.placements_of",
    "subsidy.assess_placement_subsidy", "subsidy.year_rates", "subsidy.flexible_graduates",
    "subsidy.eligible_not_applied", "clients.get_service_agreement", "clients.list_service_agreements",
    "clients.client_outcomes", "users.set_password",
    "organisations.get_school", "organisations.get_client", "cohorts.get_cohort", "mentors.get_mentor",
    # training flow
    "attendance.list_modules", "attendance.attendance_sheet", "attendance.record_attendance",
    "stage_board.stage_board", "stage_board.stage_card",
    "stage_board.board_cohorts", "mentors.assignment_histories", "mentor_workload.mentor_workload",
    "session_form.session_form_data", "session_import.get_column_mapping", "session_import.save_column_mapping",
    "session_import.suggest_mapping", "session_import.preview_session_import", "session_import.import_sessions",
    "scripts.get_script", "scripts.comment_on_version", "scripts.compliance_terms",
    "scripts.check_script_version", "scripts.diff_versions", "videos.get_video", "videos.update_video",
    "videos.delete_video", "videos.restore_video", "student_file.student_file",
    "rooms.get_booking", "rooms.week_schedule", "rooms.get_opening_hours",
    "scripts.save_script", "cohorts.criteria_for_edit",
    # outcomes
    "certificates.list_exams", "certificates.get_exam", "exam_results.exam_results", "exam_readiness.exam_readiness",
    "exam_readiness.readiness_bars", "placement_records.get_placement", "placement_records.placement_form_data",
    "placement_records.record_follow_up", "placement_records.follow_ups_due", "talent_pool.search_talent_pool",
    "talent_pool.candidate_file", "talent_pool.unplaced_graduates",
    # daily use: versions of shared settings, 报名, 补贴 ticks, assignable mentors
    "exam_registration.exam_registrations", "subsidy.subsidy_materials", "rooms.opening_hours_for_edit",
    "scripts.compliance_terms_for_edit", "exam_readiness.readiness_bars_for_edit",
    "session_import.suggest_mapping_for_edit", "base_profile.profile_for_edit", "mentors.assignable_mentors",
}


def _public_actor_functions(*modules) -> set[str]:
    found = set()
    for module in modules or MODULES:
        short = module.__name__.rsplit(".", 1)[1]
        for name, fn in vars(module).items():
            if name.startswith("_") or not inspect.isfunction(fn) or fn.__module__ != module.__name__:
                continue
            params = list(inspect.signature(fn).parameters)
            if params[:2] == ["db", "actor"]:
                found.add(f"{short}.{name}")
    return found


# Every public function of the roster importer is a staff job (the area is still
# growing, so its functions are discovered rather than listed); placeholders are None.
def _required_after_actor(fn) -> int:
    required = [p for p in inspect.signature(fn).parameters.values() if p.default is inspect.Parameter.empty]
    return len(required) - 2


for _key in sorted(_public_actor_functions(roster_import)):
    _fn = getattr(roster_import, _key.split(".")[1])
    _n = _required_after_actor(_fn)
    STAFF_ONLY.setdefault(_key, lambda n=_n: (None,) * n)


def _resolve(key: str):
    module, name = key.split(".")
    return getattr(globals()[module], name)


def test_every_public_service_function_has_a_role_decision():
    classified = set(STAFF_ONLY) | set(ADMIN_ONLY) | EVERYONE
    assert not (set(STAFF_ONLY) & set(ADMIN_ONLY))
    assert not (EVERYONE & (set(STAFF_ONLY) | set(ADMIN_ONLY)))
    assert _public_actor_functions() == classified


MENTOR = Actor(user_id=None, username="mentor", role=Role.MENTOR, mentor_id=1)
STAFF = Actor(user_id=None, username="staff", role=Role.STAFF)


@pytest.mark.parametrize("key", sorted(STAFF_ONLY))
def test_mentor_is_refused_staff_only_functions(db, key):
    fn = _resolve(key)
    with pytest.raises(PermissionDenied) as info:
        fn(db, MENTOR, *STAFF_ONLY[key]())
    assert "导师账号无权" in info.value.zh
    assert "mentor" in info.value.en


@pytest.mark.parametrize("key", sorted(ADMIN_ONLY))
@pytest.mark.parametrize("who", [STAFF, MENTOR], ids=["staff", "mentor"])
def test_only_admin_may_call_admin_functions(db, key, who):
    fn = _resolve(key)
    with pytest.raises(PermissionDenied) as info:
        fn(db, who, *ADMIN_ONLY[key]())
    assert "仅限管理员" in info.value.zh


def test_staff_may_call_staff_only_functions(world):
    school = organisations.create_school(world.db, world.staff, organisations.SchoolInput(name="上海中侨职业技术大学"))
    assert school.id
    assert summary.summary(world.db, world.staff).partner_schools == 2


def test_admin_may_call_admin_functions(world):
    assert {u.username for u in users.list_users(world.db, world.admin)} == {"jiaowu", "wang", "chen"}
    number = enrolment.reveal_id_number(world.db, world.admin, world.students[0].id)
    assert len(number) == 18 and "*" not in number


# --- mentor scope -----------------------------------------------------------------

def test_mentor_lists_only_assigned_students(world):
    page = enrolment.list_students(world.db, world.mentor)
    assert sorted(s.id for s in page.rows) == sorted(world.mine)
    assert page.total == 2
    other = enrolment.list_students(world.db, world.other_mentor)
    assert [s.id for s in other.rows] == world.theirs
    assert enrolment.list_students(world.db, world.staff).total == 4


def test_mentor_lists_only_sessions_of_assigned_students(world):
    world.log(world.mine[0])
    world.log(world.theirs[0], mentor_id=world.mentor_b.id)
    world.log(world.unassigned[0])
    mine = sessions.list_sessions(world.db, world.mentor)
    assert [s.student_id for s in mine.rows] == [world.mine[0]]
    theirs = sessions.list_sessions(world.db, world.other_mentor)
    assert [s.student_id for s in theirs.rows] == [world.theirs[0]]
    assert sessions.list_sessions(world.db, world.staff).total == 3


def test_mentor_cannot_get_another_mentors_student(world):
    assert enrolment.get_student(world.db, world.mentor, world.mine[0]).name == "李小明"
    with pytest.raises(PermissionDenied) as info:
        enrolment.get_student(world.db, world.mentor, world.theirs[0])
    assert "不是您指导的学员" in info.value.zh
    with pytest.raises(PermissionDenied):
        enrolment.get_student(world.db, world.mentor, world.unassigned[0])


def test_mentor_cannot_log_a_session_for_another_mentors_student(world, count_rows):
    from jiarenbase.core.db.models import PracticeSession

    with pytest.raises(PermissionDenied):
        world.log(world.theirs[0], actor=world.mentor)
    assert count_rows(PracticeSession) == 0


def test_mentor_log_session_forces_their_own_mentor_id(world):
    dto = world.log(world.mine[0], actor=world.mentor, mentor_id=world.mentor_b.id)
    assert dto.mentor_id == world.mentor_a.id
    assert dto.mentor_name == "王导师"
    assert sessions.get_session(world.db, world.admin, dto.id).mentor_id == world.mentor_a.id


def test_mentor_scope_covers_every_student_read(world):
    """Every student-scoped read refuses another mentor's student."""
    other = world.theirs[0]
    for fn in (mentors.assignment_history, stages.gate_for, scripts.scripts_of, videos.videos_of,
               placements.placements_of):
        with pytest.raises(PermissionDenied):
            fn(world.db, world.mentor, other)
        fn(world.db, world.mentor, world.mine[0])  # their own student is fine


def test_mentor_cannot_sign_off_another_mentors_student(world):
    with pytest.raises(PermissionDenied):
        stages.sign_off_stage(world.db, world.mentor, world.theirs[0])


def test_mentor_cannot_book_another_mentors_student(world):
    start = datetime(2025, 5, 6, 14)
    with pytest.raises(PermissionDenied):
        rooms.book_room(world.db, world.mentor, rooms.BookingInput(
            room_id=rooms.list_rooms(world.db, world.admin)[0].id, start=start, end=start.replace(hour=16),
            student_ids=(world.theirs[0],)))


def test_mentor_reassignment_moves_access(world):
    sid = world.mine[0]
    mentors.assign_mentor(world.db, world.admin, sid, world.mentor_b.id, on=date(2025, 4, 1))
    with pytest.raises(PermissionDenied):
        enrolment.get_student(world.db, world.mentor, sid)
    assert enrolment.get_student(world.db, world.other_mentor, sid).id == sid
    assert enrolment.list_students(world.db, world.mentor).total == 1


def test_mentor_cannot_delete_another_mentors_session(world):
    """A session logged by mentor A for a student later reassigned to B: B may
    see it but not delete it."""
    dto = world.log(world.mine[0], actor=world.mentor)
    mentors.assign_mentor(world.db, world.admin, world.mine[0], world.mentor_b.id, on=date(2025, 4, 1))
    with pytest.raises(PermissionDenied):
        sessions.delete_session(world.db, world.other_mentor, dto.id)
    sessions.delete_session(world.db, world.staff, dto.id)


def test_mentor_cannot_rewrite_another_mentors_session(world):
    """Editing another mentor's session would silently make it the editor's."""
    dto = world.log(world.mine[0], actor=world.mentor)
    mentors.assign_mentor(world.db, world.admin, world.mine[0], world.mentor_b.id, on=date(2025, 4, 1))
    data = sessions.SessionInput(kind=SessionKind.MOCK_DRILL, student_id=world.mine[0],
                                 started_at=dto.started_at, ended_at=dto.ended_at, mentor_remarks="改写")
    with pytest.raises(PermissionDenied):
        sessions.update_session(world.db, world.other_mentor, dto.id, dto.version, data)
    assert sessions.get_session(world.db, world.admin, dto.id).mentor_id == world.mentor_a.id


def test_mentor_may_change_only_own_password(world):
    users.set_password(world.db, world.mentor, world.mentor_user.id, "Another#2025")
    with pytest.raises(PermissionDenied):
        users.set_password(world.db, world.mentor, world.other_mentor_user.id, "Another#2025")
    with pytest.raises(PermissionDenied):
        users.set_password(world.db, world.staff, world.mentor_user.id, "Another#2025")
    users.set_password(world.db, world.admin, world.mentor_user.id, "ByAdmin#2025")
    assert users.authenticate(world.db, "wang", "ByAdmin#2025").id == world.mentor_user.id


def test_mentor_may_not_book_for_another_mentor(world):
    start = datetime(2025, 5, 6, 14)
    with pytest.raises(ValidationError) as info:
        rooms.book_room(world.db, world.mentor, rooms.BookingInput(
            room_id=rooms.list_rooms(world.db, world.admin)[0].id, start=start, end=start.replace(hour=16),
            mentor_id=world.mentor_b.id))
    assert info.value.fields == ["导师"]


def test_everyone_lists_reference_data(world):
    for fn in (organisations.list_schools, organisations.list_clients, cohorts.list_cohorts,
               mentors.list_mentors):
        assert fn(world.db, world.mentor, ListQuery()).total >= 0
    assert len(rooms.list_rooms(world.db, world.mentor)) == 10


def test_backup_service_roles(world, tmp_path):
    from jiarenbase.core.services import backup

    with pytest.raises(PermissionDenied):
        backup.backup_now(world.db, world.mentor, tmp_path)
    with pytest.raises(PermissionDenied):
        backup.restore_from(world.db, world.staff, tmp_path / "x.sqlite3", tmp_path)
    with pytest.raises(PermissionDenied):
        backup.check(world.db, world.mentor)
