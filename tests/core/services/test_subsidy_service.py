"""The subsidy view's service: flexibly employed graduates with verdicts, the
eligible-but-not-applied list, marking an application, the year's figures."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jiarenbase.core.domain.enums import PlacementOutcome
from jiarenbase.core.domain.subsidy import SubsidyRates
from jiarenbase.core.errors import ConflictError, PermissionDenied, ValidationError
from jiarenbase.core.services import audit, enrolment, organisations, placements, subsidy

AS_OF = date(2025, 10, 1)


def graduate(world, sid, *, hukou=True, district="金山区", left=date(2025, 6, 30), school_id=None):
    cur = enrolment.get_student(world.db, world.admin, sid)
    enrolment.update_student(world.db, world.admin, sid, cur.version, enrolment.StudentInput(
        name=cur.name, id_number=None, school_id=school_id or cur.school_id, cohort_id=cur.cohort_id,
        shanghai_hukou=hukou, hukou_district=district if hukou else "",
        residence_district="" if hukou else district, left_school_on=left))


def flexible(world, sid, *, insured=True, used=0, start=date(2025, 8, 1)):
    return placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid, outcome=PlacementOutcome.FLEXIBLE_EMPLOYMENT, start_date=start,
        insured_pension_medical=insured, subsidy_months_used=used))


@pytest.fixture
def three(world):
    """李小明 (mine, eligible, hukou 金山), 张晓雨 (mine, not insured), 王浩 (theirs,
    non-hukou living in 松江, 2 months used)."""
    a, b, c = world.mine[0], world.mine[1], world.theirs[0]
    graduate(world, a)
    graduate(world, b)
    graduate(world, c, hukou=False, district="松江区")
    return flexible(world, a), flexible(world, b, insured=False), flexible(world, c, used=2)


def test_every_flexible_graduate_is_listed_with_verdict_months_amount_centre(world, three):
    placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.unassigned[0], outcome=PlacementOutcome.TALENT_POOL))  # not flexible: not listed
    rows = subsidy.flexible_graduates(world.db, world.staff, AS_OF)
    by_name = {r.student_name: r for r in rows}
    assert [r.student_name for r in rows] == sorted(by_name)
    assert set(by_name) == {"李小明", "张晓雨", "王浩"}
    li, zhang, wang = by_name["李小明"], by_name["张晓雨"], by_name["王浩"]
    assert li.eligible and li.verdict.months_left == 24 and li.verdict.monthly_amount == Decimal("1324.15")
    assert li.verdict.centre.district == "金山区" and li.verdict.centre.address
    assert li.cohort_code == "2025-SP-01" and li.school_name == "金山食品工业学校"
    assert not zhang.eligible and zhang.verdict.monthly_amount is None
    assert any("未参加本市城镇职工" in r.zh for r in zhang.verdict.failed)
    assert wang.eligible and wang.verdict.months_left == 22 and wang.verdict.centre.district == "松江区"
    assert any("居住证" in m for m in wang.verdict.materials)


def test_eligible_not_applied_and_marking_an_application(world, three):
    names = [r.student_name for r in subsidy.eligible_not_applied(world.db, world.staff, AS_OF)]
    assert names == ["李小明", "王浩"]
    li = three[0]
    row = subsidy.mark_subsidy_applied(world.db, world.staff, li.id, li.version, date(2025, 9, 20), as_of=AS_OF)
    assert row.applied_on == date(2025, 9, 20) and row.version == li.version + 1
    assert [r.student_name for r in subsidy.eligible_not_applied(world.db, world.staff, AS_OF)] == ["王浩"]
    [entry] = [e for e in audit.list_audit(world.db, world.admin, entity="placement", entity_id=li.id)
               if e.action == "update"]
    assert entry.after["subsidy_applied_on"] == "2025-09-20"
    with pytest.raises(ConflictError):  # the old version again
        subsidy.mark_subsidy_applied(world.db, world.staff, li.id, li.version, None, as_of=AS_OF)
    cleared = subsidy.mark_subsidy_applied(world.db, world.staff, li.id, row.version, None, as_of=AS_OF)
    assert cleared.applied_on is None and cleared.eligible_not_applied


@pytest.mark.parametrize("day, fragment", [
    (date(2025, 10, 2), "还没到"),
    (date(2025, 7, 31), "早于灵活就业开始日期"),
])
def test_application_date_must_be_real(world, three, day, fragment):
    li = three[0]
    with pytest.raises(ValidationError) as info:
        subsidy.mark_subsidy_applied(world.db, world.staff, li.id, li.version, day, as_of=AS_OF)
    assert info.value.fields == ["申请日期"] and fragment in info.value.zh
    assert subsidy.flexible_graduates(world.db, world.staff, AS_OF)[0].applied_on is None


def test_only_flexible_placements_can_be_marked_applied(world):
    p = placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.mine[0], outcome=PlacementOutcome.FURTHER_STUDY))
    with pytest.raises(ValidationError) as info:
        subsidy.mark_subsidy_applied(world.db, world.staff, p.id, p.version, date(2025, 9, 1), as_of=AS_OF)
    assert "灵活就业" in info.value.zh


def test_mentor_sees_only_own_students_and_cannot_mark(world, three):
    mine = subsidy.flexible_graduates(world.db, world.mentor, AS_OF)
    assert sorted(r.student_id for r in mine) == sorted(world.mine)
    assert [r.student_id for r in subsidy.flexible_graduates(world.db, world.other_mentor, AS_OF)] == world.theirs
    with pytest.raises(PermissionDenied):
        subsidy.assess_placement_subsidy(world.db, world.other_mentor, three[0].id, as_of=AS_OF)
    with pytest.raises(PermissionDenied):
        subsidy.mark_subsidy_applied(world.db, world.mentor, three[0].id, three[0].version, AS_OF, as_of=AS_OF)


def test_non_shanghai_college_graduate_without_hukou_is_not_eligible(world):
    school = organisations.create_school(world.db, world.admin, organisations.SchoolInput(
        name="浙江某职业技术学院", in_shanghai=False))
    sid = world.unassigned[0]
    graduate(world, sid, hukou=False, district="金山区", school_id=school.id)
    flexible(world, sid)
    [row] = subsidy.flexible_graduates(world.db, world.staff, AS_OF)
    assert not row.eligible
    assert any("非上海高校毕业" in r.zh for r in row.verdict.failed)


def test_amount_uses_the_years_figures_and_falls_back_to_the_newest_earlier_year(world, three):
    subsidy.set_subsidy_rates(world.db, world.staff, SubsidyRates(2026, Decimal("8000"), Decimal("0.3")))
    li = [r for r in subsidy.flexible_graduates(world.db, world.staff, date(2026, 3, 1)) if r.student_name == "李小明"]
    assert li[0].verdict.monthly_amount == Decimal("1200.00")
    later = [r for r in subsidy.flexible_graduates(world.db, world.staff, date(2027, 3, 1))
             if r.student_name == "李小明"][0]
    assert later.verdict.monthly_amount == Decimal("1200.00")  # 2026's figures, flagged
    assert any("2026年缴费基数" in r.zh for r in later.verdict.reasons)


def test_year_rates_says_whether_confirmed(world):
    placeholder = subsidy.year_rates(world.db, world.mentor, 2025)
    assert placeholder.rates.minimum_base == Decimal("7460") and not placeholder.confirmed
    assert subsidy.year_rates(world.db, world.staff, 1999).rates is None
    subsidy.set_subsidy_rates(world.db, world.staff, SubsidyRates(2025, Decimal("7460"), Decimal("0.355")))
    assert subsidy.year_rates(world.db, world.staff, 2025).confirmed
    with pytest.raises(ValidationError) as info:
        subsidy.set_subsidy_rates(world.db, world.staff, SubsidyRates(25, Decimal("7460"), Decimal("0.355")))
    assert info.value.fields == ["年度"]
    with pytest.raises(PermissionDenied):
        subsidy.set_subsidy_rates(world.db, world.mentor, SubsidyRates(2025, Decimal("1"), Decimal("0.1")))



def test_months_used_beyond_the_months_of_flexible_work_is_not_eligible(world):
    """Flexible work since August 2025: on 1 October 2025 three months, so nine subsidised is refused."""
    sid = world.mine[0]
    graduate(world, sid)
    flexible(world, sid, used=9)
    [row] = subsidy.flexible_graduates(world.db, world.staff, AS_OF)
    assert not row.eligible and [r.label for r in row.verdict.failed if r.condition] == ["补贴月数"]
    assert "以来的3个月" in row.verdict.failed[0].zh
