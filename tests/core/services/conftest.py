"""A small world for the service tests: a partner school, a cohort, students with
valid ID numbers, two mentors with mentor accounts, a staff account, and some
students assigned to the first mentor.

Everything is built through the services themselves (as the app would), so a
broken service breaks the world loudly rather than silently.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role, SessionKind
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.services import cohorts, enrolment, mentors, organisations, sessions, users
from jiarenbase.core.services.context import Actor, Database

JINSHAN = "310116"
PASSWORD = "Jiaren#2025"


def make_id(seq: int, born: date = date(2004, 5, 6), *, male: bool | None = None,
            region: str = JINSHAN) -> str:
    """A valid 18-character ID number; `male` forces the sequence's parity (odd = male)."""
    s = seq % 1000
    if male is not None and (s % 2 == 1) != male:
        s = (s + 1) % 1000
    first17 = f"{region}{born:%Y%m%d}{s:03d}"
    return first17 + check_char(first17)


def count(db: Database, model, *where) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(model).where(*where)) or 0


def audit_count(db: Database) -> int:
    return count(db, AuditEntry)


@dataclass
class World:
    db: Database
    admin: Actor
    staff: Actor
    mentor: Actor  # signed in as mentor A (王导师)
    other_mentor: Actor  # signed in as mentor B (陈导师)
    school: organisations.SchoolDTO
    cohort: cohorts.CohortDTO
    students: list[enrolment.StudentDTO]
    mentor_a: mentors.MentorDTO
    mentor_b: mentors.MentorDTO
    staff_user: users.UserDTO
    mentor_user: users.UserDTO
    other_mentor_user: users.UserDTO
    mine: list[int] = field(default_factory=list)  # students of mentor A
    theirs: list[int] = field(default_factory=list)  # students of mentor B
    unassigned: list[int] = field(default_factory=list)

    @property
    def criterion_ids(self) -> list[int]:
        return [c.id for c in sessions.list_criteria(self.db, self.admin)]

    def log(self, student_id: int, *, kind: SessionKind = SessionKind.MOCK_DRILL, score: float = 80,
            day: int = 1, hour: int = 10, actor: Actor | None = None, mentor_id: int | None = None,
            counts: SessionCounts | None = None, scale: int = 100) -> sessions.SessionDTO:
        """Log one session with every active criterion scored `score`."""
        start = datetime(2025, 5, day, hour, 0)
        data = sessions.SessionInput(
            kind=kind, student_id=student_id, started_at=start, ended_at=start.replace(hour=hour + 1),
            counts=counts or SessionCounts(viewers=100, orders=3, buyers=2),
            scores={cid: score for cid in self.criterion_ids}, rubric_scale=scale,
            mentor_id=mentor_id if mentor_id is not None else self.mentor_a.id)
        return sessions.log_session(self.db, actor or self.admin, data)


# (name, birth date, male)
STUDENTS = (
    ("李小明", date(2004, 5, 6), True),
    ("张晓雨", date(2005, 1, 20), False),
    ("王浩", date(2003, 11, 2), True),
    ("赵婷婷", date(2004, 8, 15), False),
)


def build_world(db: Database, admin: Actor) -> World:
    school = organisations.create_school(db, admin, organisations.SchoolInput(
        name="金山食品工业学校", short_name="金山食品", contact_person="周老师", contact_phone="13800001111"))
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(
        code="2025-SP-01", name="2025春季主播班", school_id=school.id,
        start_date=date(2025, 3, 1), end_date=date(2025, 7, 1)))
    students = [
        enrolment.create_student(db, admin, enrolment.StudentInput(
            name=name, id_number=make_id(i + 1, born, male=male), school_id=school.id,
            cohort_id=cohort.id, phone=f"1391234000{i}", student_number=f"S{i + 1:03d}"))
        for i, (name, born, male) in enumerate(STUDENTS)
    ]
    mentor_a = mentors.create_mentor(db, admin, mentors.MentorInput(name="王导师", phone="13711112222",
                                                                     is_senior_streamer=True))
    mentor_b = mentors.create_mentor(db, admin, mentors.MentorInput(name="陈导师"))
    staff_user = users.add_user(db, admin, "jiaowu", PASSWORD, Role.STAFF, "教务老师")
    mentor_user = users.add_user(db, admin, "wang", PASSWORD, Role.MENTOR, "王导师", mentor_id=mentor_a.id)
    other_user = users.add_user(db, admin, "chen", PASSWORD, Role.MENTOR, "陈导师", mentor_id=mentor_b.id)
    on = date(2025, 3, 1)
    mine = [students[0].id, students[1].id]
    theirs = [students[2].id]
    for sid in mine:
        mentors.assign_mentor(db, admin, sid, mentor_a.id, on=on)
    for sid in theirs:
        mentors.assign_mentor(db, admin, sid, mentor_b.id, on=on)
    return World(db=db, admin=admin, staff=staff_user.actor(), mentor=mentor_user.actor(),
                 other_mentor=other_user.actor(), school=school, cohort=cohort, students=students,
                 mentor_a=mentor_a, mentor_b=mentor_b, staff_user=staff_user, mentor_user=mentor_user,
                 other_mentor_user=other_user, mine=mine, theirs=theirs, unassigned=[students[3].id])


@pytest.fixture
def world(db, admin) -> World:
    return build_world(db, admin)


@pytest.fixture
def staff() -> Actor:
    """A staff actor that needs no account (for tests that do not build the world)."""
    return Actor(user_id=None, username="staff", role=Role.STAFF, display_name="教务")


@pytest.fixture
def id_number():
    return make_id


@pytest.fixture
def count_rows(db):
    """count_rows(Model, *where) -> live count of rows in the test database."""
    return lambda model, *where: count(db, model, *where)
