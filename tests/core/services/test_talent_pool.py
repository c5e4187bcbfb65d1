"""The talent pool (人才库): archiving graduates not placed, searching by skill,
certificate level and session metrics, the candidate file, the shortlist export."""
from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook

from jiarenbase.core.domain.enums import Occupation, PlacementOutcome, SessionKind, SkillLevel, StudentStatus
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import certificates, enrolment, exam_results, placements, talent_pool
from jiarenbase.core.services.exam_results import ResultEntry
from jiarenbase.core.services.talent_pool import TalentQuery

Outcome = PlacementOutcome


def graduate(world, sid, *, skills="", consent=False):
    cur = enrolment.get_student(world.db, world.admin, sid)
    enrolment.update_student(world.db, world.admin, sid, cur.version, enrolment.StudentInput(
        name=cur.name, id_number=None, school_id=cur.school_id, cohort_id=cur.cohort_id, phone=cur.phone,
        status=StudentStatus.COMPLETED, left_school_on=date(2025, 6, 30), skills=skills,
        contact_consent=consent))


def certify(world, sid, level: SkillLevel, occupation=Occupation.STREAMER):
    exam = certificates.create_exam(world.db, world.admin, certificates.ExamInput(
        occupation, level, date(2025, 6, 1), work_type="直播销售员", evaluating_org="金山区职业技能鉴定所"))
    exam_results.record_results(world.db, world.admin, exam.id, [ResultEntry(sid, 85.0)], issued_on=date(2025, 6, 20))


@pytest.fixture
def pool(world):
    """李小明 (streamer, 高级工, strong sessions), 张晓雨 (editor, 初级工), 王浩 (no
    certificate, mentor B's); all archived."""
    a, b = world.mine
    c = world.theirs[0]
    graduate(world, a, skills="主播、话术撰写、数据复盘", consent=True)
    graduate(world, b, skills="短视频剪辑、选品")
    graduate(world, c, skills="主播、直播中控", consent=True)
    certify(world, a, SkillLevel.SENIOR)
    certify(world, b, SkillLevel.JUNIOR, Occupation.ALL_MEDIA_OPERATOR)
    world.log(a, kind=SessionKind.LIVE_SESSION, score=92, day=2,
              counts=SessionCounts(viewers=1000, orders=80, buyers=80))
    world.log(a, score=70, day=3, counts=SessionCounts(viewers=200, orders=4, buyers=4))
    world.log(b, score=60, day=4, counts=SessionCounts(viewers=500, orders=10, buyers=10))
    world.log(c, score=85, day=5, mentor_id=world.mentor_b.id, counts=SessionCounts(viewers=100, orders=6, buyers=6))
    assert talent_pool.archive_to_talent_pool(world.db, world.staff, [a, b, c], note="2025届建档") == 3
    return world


def names(rows):
    return [r.name for r in rows]


@pytest.mark.parametrize("query, expected", [
    (TalentQuery(), ["李小明", "张晓雨", "王浩"]),  # certificate level first, then conversion
    (TalentQuery(skill="主播"), ["李小明", "王浩"]),
    (TalentQuery(skill="主播 数据复盘"), ["李小明"]),
    (TalentQuery(skill="剪辑，选品"), ["张晓雨"]),
    (TalentQuery(skill="100%"), []),
    (TalentQuery(min_level=SkillLevel.JUNIOR), ["李小明", "张晓雨"]),
    (TalentQuery(min_level=SkillLevel.INTERMEDIATE), ["李小明"]),
    (TalentQuery(min_level=SkillLevel.TECHNICIAN), []),
    (TalentQuery(occupation=Occupation.ALL_MEDIA_OPERATOR), ["张晓雨"]),
    (TalentQuery(min_best_conversion=0.05), ["李小明", "王浩"]),
    (TalentQuery(min_best_conversion=0.07), ["李小明"]),
    (TalentQuery(min_average_rubric=80), ["李小明", "王浩"]),  # (92 + 70) / 2 = 81
    (TalentQuery(min_average_rubric=82), ["王浩"]),
    (TalentQuery(consent_only=True), ["李小明", "王浩"]),
    (TalentQuery(skill="主播", min_level=SkillLevel.JUNIOR, min_best_conversion=0.05), ["李小明"]),
])
def test_search(pool, query, expected):
    assert names(talent_pool.search_talent_pool(pool.db, pool.staff, query)) == expected


def test_search_figures(pool):
    first = talent_pool.search_talent_pool(pool.db, pool.staff)[0]
    assert first.top_level is SkillLevel.SENIOR and first.certificates == 1 and first.sessions == 2
    assert first.best_conversion == pytest.approx(0.08) and first.average_rubric == pytest.approx(81)
    assert first.contact_consent and first.school_name == "金山食品工业学校"


def test_search_checks_the_bounds(pool):
    with pytest.raises(ValidationError) as info:
        talent_pool.search_talent_pool(pool.db, pool.staff, TalentQuery(min_best_conversion=5,
                                                                        min_average_rubric=101))
    assert set(info.value.fields) == {"最佳转化率", "平均评分"}


def test_mentor_sees_only_their_students(pool):
    assert names(talent_pool.search_talent_pool(pool.db, pool.mentor)) == ["李小明", "张晓雨"]
    assert names(talent_pool.search_talent_pool(pool.db, pool.other_mentor)) == ["王浩"]
    with pytest.raises(PermissionDenied):
        talent_pool.candidate_file(pool.db, pool.mentor, pool.theirs[0])
    with pytest.raises(PermissionDenied):
        talent_pool.archive_to_talent_pool(pool.db, pool.mentor, [pool.mine[0]])


def test_candidate_file(pool):
    f = talent_pool.candidate_file(pool.db, pool.mentor, pool.mine[0])
    assert f.candidate.skills == "主播、话术撰写、数据复盘" and f.pool_note == "2025届建档"
    assert [s.rubric_average for s in f.best_sessions] == [pytest.approx(92), pytest.approx(70)]
    assert f.best_sessions[0].conversion == pytest.approx(0.08)
    assert [c.level for c in f.certificates] == [SkillLevel.SENIOR]


def test_archive_sets_the_flag_and_records_a_pool_placement(pool):
    [p] = placements.placements_of(pool.db, pool.admin, pool.mine[0])
    assert p.outcome is Outcome.TALENT_POOL
    assert enrolment.get_student(pool.db, pool.admin, pool.mine[0]).in_talent_pool
    # already in the pool: skipped, nothing doubled
    assert talent_pool.archive_to_talent_pool(pool.db, pool.staff, [pool.mine[0]]) == 0
    assert len(placements.placements_of(pool.db, pool.admin, pool.mine[0])) == 1


def test_unknown_is_never_counted_as_unemployed(world):
    """Graduates with an unknown outcome are not offered for the pool; placed ones are refused."""
    a, b = world.mine
    c, d = world.theirs[0], world.unassigned[0]
    for sid in (a, b, c, d):
        graduate(world, sid)
    placements.record_placement(world.db, world.staff, placements.PlacementInput(a, Outcome.UNKNOWN))
    placements.record_placement(world.db, world.staff, placements.PlacementInput(
        b, Outcome.EMPLOYED_ON_GRADUATION, employer_name="金山自家人", position="主播"))
    assert [g.name for g in talent_pool.unplaced_graduates(world.db, world.staff)] == ["王浩", "赵婷婷"]
    assert [g.name for g in talent_pool.unplaced_graduates(world.db, world.mentor)] == []
    with pytest.raises(ValidationError) as info:
        talent_pool.archive_to_talent_pool(world.db, world.staff, [c, b])
    assert info.value.fields == ["学员"] and "已有就业去向" in info.value.problems[0].zh
    assert not enrolment.get_student(world.db, world.admin, c).in_talent_pool  # all or nothing
    assert talent_pool.archive_to_talent_pool(world.db, world.staff, [c, d]) == 2
    assert talent_pool.unplaced_graduates(world.db, world.staff) == []


def test_only_graduates_are_archived(world):
    with pytest.raises(ValidationError) as info:
        talent_pool.archive_to_talent_pool(world.db, world.staff, [world.mine[0]])
    assert "尚未结业" in info.value.problems[0].zh


def test_update_talent_file(pool):
    cand = talent_pool.search_talent_pool(pool.db, pool.staff, TalentQuery(skill="剪辑"))[0]
    out = talent_pool.update_talent_file(pool.db, pool.staff, cand.student_id, cand.version, "短视频剪辑、运营",
                                         True)
    assert out.skills == "短视频剪辑、运营" and out.contact_consent and out.version == cand.version + 1
    with pytest.raises(PermissionDenied):
        talent_pool.update_talent_file(pool.db, pool.mentor, cand.student_id, out.version, "x", False)
    with pytest.raises(ValidationError) as info:
        talent_pool.update_talent_file(pool.db, pool.staff, cand.student_id, out.version, "技" * 501, False)
    assert info.value.fields == ["技能"]


def test_export_shortlist(pool, tmp_path):
    enrolment_b = enrolment.get_student(pool.db, pool.admin, pool.mine[1])
    cur = enrolment.get_student(pool.db, pool.admin, pool.mine[0])
    talent_pool.update_talent_file(pool.db, pool.staff, cur.id, cur.version, "=HYPERLINK(\"x\")、主播", True)
    out = tmp_path / "候选名单.xlsx"
    assert talent_pool.export_shortlist(pool.db, pool.staff, out, [pool.mine[0], pool.mine[1]]) == 2
    ws = load_workbook(out).active
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == list(talent_pool.SHORTLIST_HEADERS)
    assert rows[1][0] == "李小明" and rows[1][4] == "高级工" and rows[1][7] == 8.0
    assert ws.cell(row=2, column=4).data_type == "s"  # text, never a formula
    assert rows[1][9] == cur.phone
    assert rows[2][9] == talent_pool.NO_CONSENT and enrolment_b.phone not in str(rows[2])
    with pytest.raises(ValidationError):
        talent_pool.export_shortlist(pool.db, pool.staff, out, [])
    with pytest.raises(PermissionDenied):
        talent_pool.export_shortlist(pool.db, pool.mentor, out, [pool.mine[0]])
