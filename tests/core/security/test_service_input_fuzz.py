"""Bad input to every create/update service (hypothesis): random field values —
huge strings, control characters, emoji, full-width digits, negative and huge
numbers, far-away dates — given to every role. Each call either succeeds or raises
a JiarenError whose message is Chinese; a ValidationError names, for every
problem, the field (a Chinese label). Never another exception type, and a failed
call leaves every table as it was (nothing half-written)."""
from __future__ import annotations

import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st
from sqlalchemy import select

from jiarenbase.core.db import models as m
from jiarenbase.core.domain.enums import (
    CohortStatus,
    EvidenceLevel,
    Occupation,
    PlacementOutcome,
    Platform,
    Role,
    SessionKind,
    Sex,
    SkillLevel,
    StudentStatus,
)
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.errors import JiarenError, ValidationError
from jiarenbase.core.services import (
    attendance,
    certificates,
    clients,
    cohorts,
    enrolment,
    exam_results,
    mentors,
    organisations,
    placement_records,
    placements,
    rooms,
    scripts,
    sessions,
    users,
    videos,
)

from .fuzz_values import decimals, enum_values, far_dates, far_datetimes, floats, ids, maybe_wild, numbers, strings
from .support import row_counts

HAN = re.compile(r"[\u4e00-\u9fff]")
EXAMPLES = 20  # per service call and backend


@dataclass
class Pools:
    """Ids of existing records to aim at (alongside random ones)."""

    students: list[int]
    schools: list[int]
    cohorts: list[int]
    mentors: list[int]
    clients: list[int]
    exams: list[int]
    rooms: list[int]
    placements: list[int]
    sessions: list[int]
    bookings: list[int]
    users: list[int]
    agreements: list[int]
    modules: list[int]
    criteria: list[int]


def _pools(db) -> Pools:
    def ids(model) -> list[int]:
        with db.read() as s:
            return list(s.scalars(select(model.id).order_by(model.id).limit(8)))
    return Pools(ids(m.Student), ids(m.PartnerSchool), ids(m.Cohort), ids(m.Mentor), ids(m.EnterpriseClient),
                 ids(m.Exam), ids(m.LiveRoom), ids(m.Placement), ids(m.PracticeSession), ids(m.RoomBooking),
                 ids(m.User), ids(m.ServiceAgreement), ids(m.TrainingModule), ids(m.RubricCriterion))


def _version(db, model, row_id) -> int | None:
    with db.read() as s:
        try:
            return s.scalar(select(model.version).where(model.id == row_id))
        except Exception:  # a wild id the database cannot even compare: let the service decide
            return 1


def check_call(db, name: str, call: Callable[[], object]) -> str:
    """Run one service call; assert the error contract. Returns "ok" or the error kind."""
    before = row_counts(db)
    try:
        call()
    except ValidationError as e:
        assert e.problems, name
        for p in e.problems:
            assert p.field and HAN.search(p.field), f"{name}: problem without a Chinese field label: {p}"
            assert HAN.search(p.zh), f"{name}: problem without a Chinese message: {p}"
        outcome = "invalid"
    except JiarenError as e:
        assert HAN.search(e.zh), f"{name}: error without a Chinese message: {e!r}"
        outcome = type(e).__name__
    else:
        return "ok"
    assert row_counts(db) == before, f"{name}: a failed call changed the database"
    return outcome


def _student_input(d, p: Pools, wrong: bool) -> enrolment.StudentInput:
    return enrolment.StudentInput(
        name=d(maybe_wild(strings, wrong)), id_number=d(maybe_wild(st.one_of(strings, st.none()), wrong)),
        sex=d(st.one_of(st.none(), enum_values(Sex, wrong))), student_number=d(maybe_wild(strings, wrong)),
        school_id=d(ids(p.schools, wrong, True)), cohort_id=d(ids(p.cohorts, wrong, True)),
        major=d(maybe_wild(strings, wrong)), class_name=d(strings), phone=d(maybe_wild(strings, wrong)),
        hukou_district=d(strings), residence_district=d(strings), shanghai_hukou=d(st.booleans()),
        left_school_on=d(maybe_wild(st.one_of(st.none(), far_dates), wrong)),
        status=d(enum_values(StudentStatus, wrong)), contact_consent=d(st.booleans()), skills=d(strings),
        note=d(maybe_wild(strings, wrong)))


def _session_input(d, p: Pools, wrong: bool) -> sessions.SessionInput:
    start = d(maybe_wild(far_datetimes, wrong))
    end = d(st.one_of(st.just(start), far_datetimes)) if not isinstance(start, datetime) else \
        d(st.one_of(st.sampled_from([start + timedelta(hours=1)] if start < datetime(9999, 1, 1) else [start]),
                    far_datetimes))
    counts = SessionCounts(viewers=d(maybe_wild(numbers, wrong)), peak_concurrent=d(numbers),
                           comments=d(numbers), likes=d(numbers), new_followers=d(numbers),
                           product_clicks=d(numbers), orders=d(maybe_wild(numbers, wrong)), buyers=d(numbers),
                           gmv=d(maybe_wild(decimals, wrong)), refunds=d(decimals))
    # known criteria only: an unknown one is test_an_unknown_criterion_is_one_problem's
    scores = d(st.dictionaries(st.sampled_from(p.criteria), maybe_wild(floats, wrong), max_size=4))
    return sessions.SessionInput(
        kind=d(enum_values(SessionKind, wrong)), student_id=d(ids(p.students, wrong)), started_at=start,
        ended_at=end, counts=counts, scores=scores, rubric_scale=d(maybe_wild(st.sampled_from([5, 10, 100, 0, -1, 7]),
                                                                                wrong)),
        mentor_id=d(ids(p.mentors, wrong, True)), booking_id=d(ids(p.bookings, wrong, True)),
        platform=d(enum_values(Platform, wrong)), products=d(strings), mentor_remarks=d(maybe_wild(strings, wrong)),
        review_notes=d(strings))


def _placement_input(d, p: Pools, wrong: bool) -> placements.PlacementInput:
    return placements.PlacementInput(
        student_id=d(ids(p.students, wrong)), outcome=d(enum_values(PlacementOutcome, wrong)),
        employer_client_id=d(ids(p.clients, wrong, True)), employer_name=d(maybe_wild(strings, wrong)),
        position=d(strings), start_date=d(maybe_wild(st.one_of(st.none(), far_dates), wrong)),
        evidence=d(enum_values(EvidenceLevel, wrong)), first_shanghai_job=d(st.booleans()),
        insured_pension_medical=d(st.booleans()), subsidy_months_used=d(maybe_wild(numbers, wrong)),
        subsidy_applied_on=d(st.one_of(st.none(), far_dates)), note=d(strings))


def _exam_input(d, wrong: bool) -> certificates.ExamInput:
    return certificates.ExamInput(
        occupation=d(enum_values(Occupation, wrong)), level=d(enum_values(SkillLevel, wrong)),
        exam_date=d(maybe_wild(far_dates, wrong)), work_type=d(strings), evaluating_org=d(strings),
        dual_certificate=d(st.booleans()), enterprise_issuer=d(maybe_wild(strings, wrong)),
        pass_mark=d(maybe_wild(floats, wrong)), note=d(strings))


def _agreement_input(d, p: Pools, wrong: bool) -> clients.AgreementInput:
    return clients.AgreementInput(
        student_id=d(ids(p.students, wrong)), service_months=d(maybe_wild(numbers, wrong)),
        special_training_fee_paid=d(st.booleans()), fee_amount=d(maybe_wild(st.one_of(st.none(), decimals), wrong)),
        employer_client_id=d(ids(p.clients, wrong, True)), employer_name=d(strings),
        start_date=d(maybe_wild(st.one_of(st.none(), far_dates), wrong)), note=d(strings))


def _booking_input(d, p: Pools, wrong: bool) -> rooms.BookingInput:
    start = d(maybe_wild(far_datetimes, wrong))
    end = d(maybe_wild(far_datetimes, wrong))
    return rooms.BookingInput(
        room_id=d(ids(p.rooms, wrong)), start=start, end=end, purpose=d(maybe_wild(strings, wrong)),
        mentor_id=d(ids(p.mentors, wrong, True)), student_ids=tuple(d(st.lists(ids(p.students, wrong), max_size=3))),
        note=d(strings))


def _calls(db, p: Pools) -> dict[str, Callable]:
    """name → fn(draw, wrong_types) that draws arguments and returns the call."""
    first = lambda pool: pool[0] if pool else 1  # noqa: E731
    return {
        "create_student": lambda d, a, w: lambda: enrolment.create_student(db, a, _student_input(d, p, w)),
        "update_student": lambda d, a, w: (lambda sid: lambda: enrolment.update_student(
            db, a, sid, _version(db, m.Student, sid), _student_input(d, p, w)))(d(ids(p.students, w))),
        "create_school": lambda d, a, w: lambda: organisations.create_school(db, a, organisations.SchoolInput(
            name=d(maybe_wild(strings, w)), short_name=d(strings), contact_person=d(strings),
            contact_phone=d(maybe_wild(strings, w)), address=d(strings), in_shanghai=d(st.booleans()),
            note=d(maybe_wild(strings, w)))),
        "update_school": lambda d, a, w: lambda: organisations.update_school(
            db, a, first(p.schools), _version(db, m.PartnerSchool, first(p.schools)), organisations.SchoolInput(
                name=d(maybe_wild(strings, w)), contact_phone=d(strings), note=d(strings))),
        "create_client": lambda d, a, w: lambda: organisations.create_client(db, a, organisations.ClientInput(
            name=d(maybe_wild(strings, w)), industry=d(strings), contact_person=d(strings),
            contact_phone=d(maybe_wild(strings, w)), since=d(maybe_wild(st.one_of(st.none(), far_dates), w)),
            note=d(strings))),
        "update_client": lambda d, a, w: lambda: organisations.update_client(
            db, a, first(p.clients), _version(db, m.EnterpriseClient, first(p.clients)),
            organisations.ClientInput(name=d(maybe_wild(strings, w)), since=d(st.one_of(st.none(), far_dates)))),
        "create_cohort": lambda d, a, w: lambda: cohorts.create_cohort(db, a, cohorts.CohortInput(
            code=d(maybe_wild(strings, w)), name=d(maybe_wild(strings, w)), school_id=d(ids(p.schools, w, True)),
            start_date=d(maybe_wild(st.one_of(st.none(), far_dates), w)),
            end_date=d(st.one_of(st.none(), far_dates)), status=d(enum_values(CohortStatus, w)),
            rubric_scale=d(maybe_wild(st.sampled_from([5, 10, 100, 0, -1, 7, 2 ** 70]), w)), note=d(strings))),
        "update_cohort": lambda d, a, w: lambda: cohorts.update_cohort(
            db, a, first(p.cohorts), _version(db, m.Cohort, first(p.cohorts)), cohorts.CohortInput(
                code=d(maybe_wild(strings, w)), name=d(strings), school_id=d(ids(p.schools, w, True)),
                start_date=d(st.one_of(st.none(), far_dates)), end_date=d(st.one_of(st.none(), far_dates)))),
        "create_mentor": lambda d, a, w: lambda: mentors.create_mentor(db, a, mentors.MentorInput(
            name=d(maybe_wild(strings, w)), phone=d(maybe_wild(strings, w)), specialties=d(strings),
            enterprise_id=d(ids(p.clients, w, True)), weekly_capacity=d(maybe_wild(numbers, w)),
            is_senior_streamer=d(st.booleans()), active=d(st.booleans()), note=d(strings))),
        "update_mentor": lambda d, a, w: lambda: mentors.update_mentor(
            db, a, first(p.mentors), _version(db, m.Mentor, first(p.mentors)), mentors.MentorInput(
                name=d(maybe_wild(strings, w)), weekly_capacity=d(maybe_wild(numbers, w)))),
        "log_session": lambda d, a, w: lambda: sessions.log_session(db, a, _session_input(d, p, w)),
        "update_session": lambda d, a, w: lambda: sessions.update_session(
            db, a, first(p.sessions), _version(db, m.PracticeSession, first(p.sessions)), _session_input(d, p, w)),
        "record_placement": lambda d, a, w: lambda: placements.record_placement(db, a, _placement_input(d, p, w)),
        "update_placement": lambda d, a, w: lambda: placement_records.update_placement(
            db, a, first(p.placements), _version(db, m.Placement, first(p.placements)), _placement_input(d, p, w)),
        "create_exam": lambda d, a, w: lambda: certificates.create_exam(db, a, _exam_input(d, w)),
        "update_exam": lambda d, a, w: lambda: certificates.update_exam(
            db, a, first(p.exams), _version(db, m.Exam, first(p.exams)), _exam_input(d, w)),
        "record_results": lambda d, a, w: lambda: exam_results.record_results(
            db, a, d(ids(p.exams, w)), [exam_results.ResultEntry(d(ids(p.students, w)), d(maybe_wild(floats, w)))
                                        for _ in range(d(st.integers(0, 3)))],
            issued_on=d(st.one_of(st.none(), far_dates))),
        "add_service_agreement": lambda d, a, w: lambda: clients.add_service_agreement(
            db, a, _agreement_input(d, p, w)),
        "update_service_agreement": lambda d, a, w: lambda: clients.update_service_agreement(
            db, a, first(p.agreements), _version(db, m.ServiceAgreement, first(p.agreements)),
            _agreement_input(d, p, w)),
        "add_training_order": lambda d, a, w: lambda: clients.add_training_order(
            db, a, d(ids(p.clients, w)), d(maybe_wild(strings, w)), d(maybe_wild(numbers, w)),
            d(maybe_wild(floats, w)), d(st.one_of(st.none(), far_dates)), d(st.one_of(st.none(), far_dates)),
            d(strings)),
        "book_room": lambda d, a, w: lambda: rooms.book_room(db, a, _booking_input(d, p, w)),
        "update_booking": lambda d, a, w: lambda: rooms.update_booking(
            db, a, first(p.bookings), _version(db, m.RoomBooking, first(p.bookings)), _booking_input(d, p, w)),
        "create_module": lambda d, a, w: lambda: attendance.create_module(
            db, a, d(ids(p.cohorts, w)), attendance.ModuleInput(
                title=d(maybe_wild(strings, w)), scheduled_on=d(maybe_wild(st.one_of(st.none(), far_dates), w)),
                hours=d(maybe_wild(floats, w)))),
        "add_user": lambda d, a, w: lambda: users.add_user(
            db, a, d(maybe_wild(strings, w)), d(maybe_wild(st.one_of(strings, st.just("Jiaren#2025x")), w)),
            d(enum_values(Role, w)), d(strings), d(ids(p.mentors, w, True))),
        "update_user": lambda d, a, w: lambda: users.update_user(
            db, a, p.users[-1], _version(db, m.User, p.users[-1]), users.UserInput(
                display_name=d(maybe_wild(strings, w)), role=d(enum_values(Role, w)),
                mentor_id=d(ids(p.mentors, w, True)), active=d(st.booleans()))),
        "set_password": lambda d, a, w: lambda: users.set_password(
            db, a, d(ids(p.users, w)), d(maybe_wild(strings, w))),
        "add_video": lambda d, a, w: lambda: videos.add_video(db, a, videos.VideoInput(
            student_id=d(ids(p.students, w)), title=d(maybe_wild(strings, w)), platform=d(enum_values(Platform, w)),
            published_on=d(maybe_wild(st.one_of(st.none(), far_dates), w)), views=d(maybe_wild(numbers, w)),
            likes=d(numbers), comments=d(numbers), iteration_of_id=d(st.none()))),
        "create_script": lambda d, a, w: lambda: scripts.create_script(
            db, a, d(ids(p.students, w)), d(maybe_wild(strings, w)), d(strings), d(maybe_wild(strings, w))),
    }


def _fuzz_one(db, name: str, make, actors, wrong_types: bool, seen: dict[str, int]) -> None:
    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(data=st.data())
    def run(data):
        actor = data.draw(actors)
        outcome = check_call(db, name, make(data.draw, actor, wrong_types))
        seen[outcome] = seen.get(outcome, 0) + 1

    run()


def _fuzz(demo, wrong_types: bool) -> dict[str, dict[str, int]]:
    db = demo.db
    pools = _pools(db)
    actors = st.sampled_from([demo.admin, demo.staff, demo.mentor])
    tally: dict[str, dict[str, int]] = {}
    for name, make in _calls(db, pools).items():
        _fuzz_one(db, name, make, actors, wrong_types, tally.setdefault(name, {}))
    return tally


@pytest.mark.slow
def test_bad_values_of_the_right_type_get_clear_messages(demo):
    started = time.process_time()
    tally = _fuzz(demo, wrong_types=False)
    assert all(sum(t.values()) >= EXAMPLES for t in tally.values())
    print(f"\nfuzzed {len(tally)} service calls in {time.process_time() - started:.1f} s CPU: {tally}")


def test_an_unknown_criterion_is_one_problem(demo):
    pools = _pools(demo.db)
    start = datetime(2025, 5, 1, 10)
    data = sessions.SessionInput(kind=SessionKind.MOCK_DRILL, student_id=pools.students[0], started_at=start,
                                 ended_at=start + timedelta(hours=1), counts=SessionCounts(),
                                 scores={0: 0.0}, rubric_scale=5)
    with pytest.raises(ValidationError) as info:
        sessions.log_session(demo.db, demo.admin, data)
    assert info.value.fields == ["评分项"]
