"""Placements (就业去向), follow-ups, the flexible-employment subsidy, service
agreements (服务期) and enterprise training orders."""
from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import EnterpriseTrainingOrder, Placement, PlacementFollowUp, ServiceAgreement
from jiarenbase.core.domain.enums import EvidenceLevel, PlacementOutcome
from jiarenbase.core.domain.subsidy import SubsidyRates
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import clients, enrolment, organisations, placements, subsidy

Outcome = PlacementOutcome


def graduate(world, *, hukou=True, left=date(2025, 6, 30), district="金山区", sid=None):
    """Turn a world student into a graduate who left school on `left`."""
    sid = sid or world.mine[0]
    cur = enrolment.get_student(world.db, world.admin, sid)
    enrolment.update_student(world.db, world.admin, sid, cur.version, enrolment.StudentInput(
        name=cur.name, id_number=None, school_id=cur.school_id, cohort_id=cur.cohort_id,
        shanghai_hukou=hukou, hukou_district=district if hukou else "",
        residence_district="" if hukou else district, left_school_on=left))
    return sid


def test_employment_schedules_follow_ups_at_30_90_180_days(world):
    client = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="金山蟠桃合作社"))
    start = date(2025, 7, 1)
    dto = placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.mine[0], outcome=Outcome.SIGNED_ENTERPRISE_PROJECT, employer_client_id=client.id,
        employer_name="会被企业名称覆盖", position="主播", start_date=start,
        evidence=EvidenceLevel.EMPLOYER_CONFIRMED))
    assert dto.employer_name == "金山蟠桃合作社" and dto.position == "主播"
    assert dto.follow_ups == ((30, start + timedelta(days=30), None), (90, start + timedelta(days=90), None),
                              (180, start + timedelta(days=180), None))
    assert dto.follow_ups[0][1] == date(2025, 7, 31) and dto.follow_ups[2][1] == date(2025, 12, 28)
    [listed] = placements.placements_of(world.db, world.mentor, world.mine[0])
    assert listed == dto


def test_no_start_date_or_talent_pool_means_no_follow_ups(world, count_rows):
    placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.mine[0], outcome=Outcome.FURTHER_STUDY))
    placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=world.mine[1], outcome=Outcome.TALENT_POOL, start_date=date(2025, 7, 1)))
    assert count_rows(PlacementFollowUp) == 0


def test_talent_pool_sets_the_students_flag(world):
    sid = world.mine[1]
    assert not enrolment.get_student(world.db, world.admin, sid).in_talent_pool
    placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid, outcome=Outcome.TALENT_POOL, note="建档留档"))
    student = enrolment.get_student(world.db, world.admin, sid)
    assert student.in_talent_pool
    from jiarenbase.core.services.listing import ListQuery
    pool = enrolment.list_students(world.db, world.admin, ListQuery(filters={"in_talent_pool": True}))
    assert [s.id for s in pool.rows] == [sid]


def test_employment_needs_an_employer(world, count_rows):
    with pytest.raises(ValidationError) as info:
        placements.record_placement(world.db, world.staff, placements.PlacementInput(
            student_id=world.mine[0], outcome=Outcome.EMPLOYED_ON_GRADUATION, subsidy_months_used=-1))
    assert set(info.value.fields) == {"用人单位", "已享受补贴月数"}
    with pytest.raises(ValidationError) as info:
        placements.record_placement(world.db, world.staff, placements.PlacementInput(
            student_id=world.mine[0], outcome=Outcome.EMPLOYED_ON_GRADUATION, employer_client_id=404))
    assert info.value.fields == ["用人单位"]
    assert count_rows(Placement) == 0


def flexible(world, sid, *, start=date(2025, 8, 1), insured=True, first_job=True, used=0):
    return placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid, outcome=Outcome.FLEXIBLE_EMPLOYMENT, start_date=start, insured_pension_medical=insured,
        first_shanghai_job=first_job, subsidy_months_used=used))


def test_an_implausible_start_date_or_month_count_is_said_not_stored(world):
    sid = graduate(world)
    with pytest.raises(ValidationError) as info:
        flexible(world, sid, start=date(9999, 12, 31), used=2**40)
    assert set(info.value.fields) == {"开始日期", "已享受补贴月数"}
    assert "不合理" in info.value.zh and "数值过大" in info.value.zh
    assert placements.placements_of(world.db, world.admin, sid) == []


def test_flexible_employment_graduate_is_eligible_for_the_subsidy(world):
    sid = graduate(world)
    p = flexible(world, sid, used=4)
    verdict = subsidy.assess_placement_subsidy(world.db, world.mentor, p.id, as_of=date(2025, 12, 1))
    assert verdict.eligible, [r.zh for r in verdict.failed]
    assert verdict.months_left == 20
    assert verdict.monthly_amount == Decimal("1324.15")  # 7460 × 0.355 × 50 %
    assert verdict.centre is not None and verdict.centre.district == "金山区"
    assert "身份证原件及复印件" in verdict.materials
    assert not any("居住证" in m for m in verdict.materials)  # Shanghai hukou


def test_non_hukou_graduate_applies_where_they_live(world):
    sid = graduate(world, hukou=False, district="松江区")
    p = flexible(world, sid)
    verdict = subsidy.assess_placement_subsidy(world.db, world.admin, p.id, as_of=date(2025, 10, 1))
    assert verdict.eligible and verdict.centre.district == "松江区"
    assert any("居住证" in m for m in verdict.materials)


@pytest.mark.parametrize("kwargs, fragment", [
    (dict(insured=False), "未参加本市城镇职工基本养老"),
    (dict(first_job=False), "在沪初次就业不是灵活就业"),
    (dict(start=date(2027, 9, 1)), "离校已超过2年"),
    (dict(used=24), "已享受满24个月"),
])
def test_subsidy_not_eligible_says_why(world, kwargs, fragment):
    sid = graduate(world)
    p = flexible(world, sid, **kwargs)
    verdict = subsidy.assess_placement_subsidy(world.db, world.admin, p.id, as_of=date(2027, 12, 1))
    assert not verdict.eligible
    assert any(fragment in r.zh for r in verdict.failed), [r.zh for r in verdict.failed]
    assert verdict.monthly_amount is None and verdict.materials == ()


def test_other_outcomes_and_non_graduates_are_not_eligible(world):
    p = flexible(world, world.mine[1])  # never left school: no left_school_on
    verdict = subsidy.assess_placement_subsidy(world.db, world.admin, p.id, as_of=date(2025, 10, 1))
    assert not verdict.eligible
    assert any("不是高校毕业生" in r.zh for r in verdict.failed)
    sid = graduate(world)
    signed = placements.record_placement(world.db, world.staff, placements.PlacementInput(
        student_id=sid, outcome=Outcome.SIGNED_ENTERPRISE_PROJECT, employer_name="某企业",
        start_date=date(2025, 8, 1), insured_pension_medical=True))
    assert not subsidy.assess_placement_subsidy(world.db, world.admin, signed.id, as_of=date(2025, 10, 1)).eligible


def test_stored_subsidy_rates_are_used(world):
    sid = graduate(world)
    p = flexible(world, sid)
    subsidy.set_subsidy_rates(world.db, world.staff, SubsidyRates(2025, Decimal("8000"), Decimal("0.3")))
    verdict = subsidy.assess_placement_subsidy(world.db, world.admin, p.id, as_of=date(2025, 10, 1))
    assert verdict.monthly_amount == Decimal("1200.00")
    subsidy.set_subsidy_rates(world.db, world.staff, SubsidyRates(2025, Decimal("8000"), Decimal("0.25")))
    assert subsidy.year_rates(world.db, world.staff, 2025).rates.contribution_rate == Decimal("0.25")
    assert subsidy.year_rates(world.db, world.staff, 1999).rates is None
    from jiarenbase.core.services import audit
    entries = audit.list_audit(world.db, world.admin, entity="subsidy_rate")
    assert [(e.action, e.entity_id) for e in entries] == [("update", 2025), ("create", 2025)]
    assert Decimal(entries[0].before["contribution_rate"]) == Decimal("0.3")
    assert Decimal(entries[0].after["contribution_rate"]) == Decimal("0.25")


def test_service_agreement_without_fee_is_refused_citing_the_law(world, count_rows):
    with pytest.raises(ValidationError) as info:
        clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
            student_id=world.mine[0], service_months=12, special_training_fee_paid=False))
    assert info.value.fields == ["服务期（月）"]
    assert "劳动合同法" in info.value.zh and "第二十二条" in info.value.zh
    with pytest.raises(ValidationError) as info:
        clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
            student_id=world.mine[0], service_months=12, special_training_fee_paid=True))
    assert "专项培训费用" in info.value.fields
    assert count_rows(ServiceAgreement) == 0


def test_service_agreement_with_fee_is_recorded(world):
    aid = clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
        student_id=world.mine[0], service_months=12, special_training_fee_paid=True,
        fee_amount=Decimal("6000"), employer_name=" 金山某电商 ", start_date=date(2025, 1, 31)))
    no_period = clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
        student_id=world.mine[1], service_months=0, special_training_fee_paid=False, employer_name="某企业"))
    with world.db.read() as s:
        row = s.get(ServiceAgreement, aid)
        assert row.employer_name == "金山某电商" and row.fee_amount == Decimal("6000.00")
        assert row.end_date == date(2026, 1, 31)
        assert s.get(ServiceAgreement, no_period).end_date is None


@pytest.mark.parametrize("start, months, end", [
    (date(2025, 3, 15), 6, date(2025, 9, 15)),
    (date(2025, 3, 31), 1, date(2025, 4, 30)),
    (date(2024, 11, 30), 3, date(2025, 2, 28)),
    (date(2023, 11, 29), 3, date(2024, 2, 29)),
])
def test_service_period_end_date(world, start, months, end):
    aid = clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
        student_id=world.mine[0], service_months=months, special_training_fee_paid=True,
        fee_amount=Decimal("1000"), start_date=start, employer_name="某企业"))
    with world.db.read() as s:
        assert s.get(ServiceAgreement, aid).end_date == end


def test_training_orders(world, count_rows):
    client = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="枫泾文旅"))
    oid = clients.add_training_order(world.db, world.staff, client.id, " 主播带货培训 ", 25, 16.5,
                                        date(2025, 4, 1), date(2025, 4, 3))
    with world.db.read() as s:
        row = s.scalar(select(EnterpriseTrainingOrder).where(EnterpriseTrainingOrder.id == oid))
        assert (row.title, row.trainees, row.hours, row.client_id) == ("主播带货培训", 25, 16.5, client.id)
    with pytest.raises(ValidationError) as info:
        clients.add_training_order(world.db, world.staff, client.id, "", -1, -2, date(2025, 4, 3), date(2025, 4, 1))
    assert set(info.value.fields) == {"培训项目", "培训人数", "学时", "结束日期"}
    with pytest.raises(ValidationError) as info:
        clients.add_training_order(world.db, world.staff, 999, "培训", 1, 1)
    assert info.value.fields == ["企业客户"]
    assert count_rows(EnterpriseTrainingOrder) == 1
