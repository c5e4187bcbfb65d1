"""The placements and certificates lists (就业去向一览 / 证书一览) and the list exports
the desktop's list pages use."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from jiarenbase.core import exporting
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import CertificateKind, Occupation, PlacementOutcome, Role, SkillLevel
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import (
    certificates,
    cohorts,
    enrolment,
    exam_results,
    mentors,
    organisations,
    placements,
    users,
)
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.listing import ListQuery

Outcome = PlacementOutcome


def _place(world, sid, outcome, start=None, employer=""):
    return placements.record_placement(world.db, world.admin, placements.PlacementInput(
        student_id=sid, outcome=outcome, employer_name=employer, start_date=start))


def test_list_placements_names_student_and_cohort_and_next_follow_up(world):
    p = _place(world, world.mine[0], Outcome.SIGNED_ENTERPRISE_PROJECT, date(2025, 7, 1), "金山蟠桃合作社")
    _place(world, world.theirs[0], Outcome.TALENT_POOL)
    page = placements.list_placements(world.db, world.admin)
    assert page.total == 2
    first = page.rows[0]  # newest start first; the one without a start date last
    assert (first.id, first.student_name, first.cohort_code) == (p.id, "李小明", "2025-SP-01")
    assert first.outcome is Outcome.SIGNED_ENTERPRISE_PROJECT and first.employer_name == "金山蟠桃合作社"
    assert first.next_follow_up == date(2025, 7, 31)
    assert page.rows[1].next_follow_up is None and page.rows[1].start_date is None


def test_list_placements_search_filter_sort_and_paging(world):
    _place(world, world.mine[0], Outcome.SIGNED_ENTERPRISE_PROJECT, date(2025, 7, 1), "金山蟠桃合作社")
    _place(world, world.mine[1], Outcome.FLEXIBLE_EMPLOYMENT, date(2025, 8, 1))
    _place(world, world.theirs[0], Outcome.TALENT_POOL)
    db, admin = world.db, world.admin
    assert [r.student_name for r in placements.list_placements(db, admin, ListQuery(search="蟠桃")).rows] == ["李小明"]
    only = placements.list_placements(db, admin, ListQuery(filters={"outcome": Outcome.TALENT_POOL}))
    assert [r.student_name for r in only.rows] == ["王浩"]
    by_name = placements.list_placements(db, admin, ListQuery(sort="student"))
    assert [r.student_name for r in by_name.rows] == sorted(r.student_name for r in by_name.rows)
    second = placements.list_placements(db, admin, ListQuery(sort="student", offset=1, limit=1))
    assert second.total == 3 and second.rows == by_name.rows[1:2] and second.offset == 1
    assert placements.list_placements(db, admin, ListQuery(filters={"cohort_id": world.cohort.id})).total == 3
    assert placements.list_placements(db, admin, ListQuery(filters={"cohort_id": -1})).total == 0


def test_list_placements_mentor_sees_own_students_only_and_deleted_students_drop_out(world):
    _place(world, world.mine[0], Outcome.TALENT_POOL)
    _place(world, world.theirs[0], Outcome.TALENT_POOL)
    assert {r.student_id for r in placements.list_placements(world.db, world.mentor).rows} == {world.mine[0]}
    enrolment.delete_student(world.db, world.admin, world.theirs[0])
    assert {r.student_id for r in placements.list_placements(world.db, world.admin).rows} == {world.mine[0]}


def _certify(world, sid, dual=True, level=SkillLevel.INTERMEDIATE, score=80.0, day=18):
    exam = certificates.create_exam(world.db, world.admin, certificates.ExamInput(
        occupation=Occupation.INTERNET_MARKETER, level=level, exam_date=date(2025, 6, day),
        evaluating_org="上海市职业技能鉴定中心", dual_certificate=dual, enterprise_issuer="自家人" if dual else ""))
    return exam_results.record_results(world.db, world.admin, exam.id, [ResultEntry(sid, score)])[0]


def test_list_certificates_filters_kind_occupation_level_and_sorts_level_by_rank(world):
    _certify(world, world.mine[0], dual=True, level=SkillLevel.INTERMEDIATE)
    _certify(world, world.theirs[0], dual=False, level=SkillLevel.JUNIOR, day=19)
    _certify(world, world.mine[1], dual=False, level=SkillLevel.SENIOR, day=20)
    db, admin = world.db, world.admin
    page = certificates.list_certificates(db, admin)
    assert page.total == 4 and page.rows[0].issued_on == date(2025, 6, 20)  # newest first
    assert {r.cohort_code for r in page.rows} == {"2025-SP-01"}
    enterprise = certificates.list_certificates(db, admin, ListQuery(filters={"kind": CertificateKind.ENTERPRISE}))
    assert [(r.student_name, r.issuer) for r in enterprise.rows] == [("李小明", "自家人")]
    juniors = certificates.list_certificates(db, admin, ListQuery(filters={"level": SkillLevel.JUNIOR}))
    assert [r.student_name for r in juniors.rows] == ["王浩"]
    assert certificates.list_certificates(db, admin, ListQuery(
        filters={"occupation": Occupation.STREAMER})).total == 0
    ranked = certificates.list_certificates(db, admin, ListQuery(sort="level"))
    assert [r.level.rank for r in ranked.rows] == sorted(r.level.rank for r in ranked.rows)
    assert ranked.rows[-1].level is SkillLevel.SENIOR
    number = page.rows[0].number
    assert [r.number for r in certificates.list_certificates(db, admin, ListQuery(search=number)).rows] == [number]


def test_list_certificates_mentor_scope(world):
    _certify(world, world.mine[0], dual=False)
    _certify(world, world.theirs[0], dual=False, day=19)
    rows = certificates.list_certificates(world.db, world.mentor).rows
    assert {r.student_id for r in rows} == {world.mine[0]}
    assert {r.student_id for r in certificates.list_certificates(world.db, world.other_mentor).rows} == {
        world.theirs[0]}


def test_users_page_searches_filters_sorts_and_is_admin_only(world):
    db = world.db
    page = exporting.users_page(db, world.admin, ListQuery(sort="username"))
    assert [u.username for u in page.rows] == ["chen", "jiaowu", "wang"] and page.total == 3
    assert [u.username for u in exporting.users_page(db, world.admin, ListQuery(search="王")).rows] == ["wang"]
    mentors_only = exporting.users_page(db, world.admin, ListQuery(filters={"role": Role.MENTOR}))
    assert {u.username for u in mentors_only.rows} == {"chen", "wang"}
    tail = exporting.users_page(db, world.admin, ListQuery(sort="username", descending=True, offset=1, limit=1))
    assert [u.username for u in tail.rows] == ["jiaowu"] and tail.total == 3
    with pytest.raises(PermissionDenied):
        exporting.users_page(db, world.staff)


@pytest.fixture
def demo(db, admin):
    build_demo(db, students=40, seed=3)
    return db


def _sheet(path):
    wb = load_workbook(path)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    return list(rows[0]), rows[1:]


@pytest.mark.parametrize("name, lister, query", [
    ("cohorts", cohorts.list_cohorts, ListQuery(search="ZB")),
    ("schools", organisations.list_schools, ListQuery(search="上海")),
    ("clients", organisations.list_clients, ListQuery()),
    ("mentors", mentors.list_mentors, ListQuery()),
    ("certificates", certificates.list_certificates, ListQuery(filters={"kind": CertificateKind.ENTERPRISE})),
    ("placements", placements.list_placements, ListQuery(filters={"outcome": Outcome.TALENT_POOL})),
    ("users", exporting.users_page, ListQuery(search="mentor")),
])
def test_every_list_export_writes_the_filtered_rows(demo, admin, tmp_path, name, lister, query):
    out = tmp_path / f"{name}.xlsx"
    n = getattr(exporting, f"export_{name}")(demo, admin, out, query)
    headers, rows = _sheet(out)
    expected = lister(demo, admin, ListQuery(**{**query.__dict__, "limit": 10_000})).total
    assert n == len(rows) == expected > 0
    assert all(isinstance(h, str) and h for h in headers)


def test_export_pages_through_more_than_one_fetch(demo, admin, tmp_path, monkeypatch):
    monkeypatch.setattr(exporting, "_all", _small_pages)
    n = exporting.export_certificates(demo, admin, tmp_path / "c.xlsx")
    assert n == certificates.list_certificates(demo, admin).total == len(_sheet(tmp_path / "c.xlsx")[1])


def _small_pages(fetch, query):
    offset = 0
    while True:
        page = fetch(ListQuery(**{**query.__dict__, "offset": offset, "limit": 7}))
        yield from page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return


def test_mentor_export_of_placements_holds_only_their_students(demo, tmp_path):
    mentor = users.authenticate(demo, "mentor", "Jiaren@2025").actor()
    n = exporting.export_placements(demo, mentor, tmp_path / "p.xlsx")
    mine = {s.name for s in enrolment.list_students(demo, mentor).rows}
    _, rows = _sheet(tmp_path / "p.xlsx")
    assert n == len(rows) and {r[0] for r in rows} <= mine
