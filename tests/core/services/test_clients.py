"""Enterprise clients' outcomes: service agreements (服务期, 劳动合同法 第二十二条) with
the ending-soon list and editing, training orders and placements per client."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from jiarenbase.core.domain.enums import PlacementOutcome
from jiarenbase.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import clients, organisations, placements
from jiarenbase.core.services.listing import ListQuery

TODAY = date(2025, 12, 1)


def agreement(world, sid, *, months=12, fee=Decimal("6000"), start=date(2025, 1, 1), employer="金山某电商"):
    return clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
        student_id=sid, service_months=months, special_training_fee_paid=fee is not None, fee_amount=fee,
        employer_name=employer, start_date=start))


@pytest.mark.parametrize("months, paid, fee, refused_fields", [
    (12, False, None, ["服务期（月）"]),  # a service period without special training fees
    (1, False, None, ["服务期（月）"]),
    (12, True, None, ["专项培训费用", "服务期（月）"]),  # marked paid, no amount
    (12, True, Decimal("0"), ["专项培训费用", "服务期（月）"]),
    (-1, False, None, ["服务期（月）"]),
    (0, False, None, None),  # no service period: nothing to justify
    (12, True, Decimal("0.01"), None),
])
def test_service_period_rule(world, count_rows, months, paid, fee, refused_fields):
    data = clients.AgreementInput(student_id=world.mine[0], service_months=months, special_training_fee_paid=paid,
                                  fee_amount=fee, employer_name="某企业")
    if refused_fields is None:
        assert clients.add_service_agreement(world.db, world.staff, data)
        return
    with pytest.raises(ValidationError) as info:
        clients.add_service_agreement(world.db, world.staff, data)
    assert info.value.fields == refused_fields
    if months > 0 and not paid:
        assert "《劳动合同法》第二十二条" in info.value.zh and "老带新" in info.value.zh


def test_an_agreement_needs_an_employer(world):
    with pytest.raises(ValidationError) as info:
        clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
            student_id=world.mine[0], service_months=0, special_training_fee_paid=False))
    assert info.value.fields == ["用人单位"]


def test_agreements_ending_soon_are_listed_soonest_first(world):
    agreement(world, world.mine[0], months=12, start=date(2025, 1, 1))  # ends 2026-01-01: in 31 days
    agreement(world, world.mine[1], months=11, start=date(2025, 1, 15))  # ends 2025-12-15: in 14 days
    agreement(world, world.theirs[0], months=6, start=date(2025, 1, 1))  # ended 2025-07-01
    agreement(world, world.unassigned[0], months=36, start=date(2025, 1, 1))  # far away
    everything = clients.list_service_agreements(world.db, world.staff, today=TODAY)
    assert everything.total == 4
    assert [a.end_date for a in everything.rows] == [date(2025, 7, 1), date(2025, 12, 15), date(2026, 1, 1),
                                                     date(2028, 1, 1)]
    soon = clients.list_service_agreements(world.db, world.staff, ListQuery(filters={"ending_soon": True}),
                                           today=TODAY)
    assert [(a.student_name, a.days_left, a.ending_soon) for a in soon.rows] == [
        ("张晓雨", 14, True), ("李小明", 31, True)]
    assert [a.ending_soon for a in everything.rows] == [False, True, True, False]
    assert everything.rows[0].days_left < 0
    mentor = clients.list_service_agreements(world.db, world.mentor, today=TODAY)
    assert sorted(a.student_id for a in mentor.rows) == sorted(world.mine)
    searched = clients.list_service_agreements(world.db, world.staff, ListQuery(search="张晓"), today=TODAY)
    assert [a.student_name for a in searched.rows] == ["张晓雨"]


def test_editing_an_agreement_keeps_the_rule_and_the_lock(world):
    aid = agreement(world, world.mine[0])
    cur = clients.get_service_agreement(world.db, world.staff, aid, today=TODAY)
    assert cur.end_date == date(2026, 1, 1) and cur.fee_amount == Decimal("6000.00")
    with pytest.raises(ValidationError) as info:
        clients.update_service_agreement(world.db, world.staff, aid, cur.version, clients.AgreementInput(
            student_id=world.mine[0], service_months=24, special_training_fee_paid=False,
            employer_name="金山某电商"))
    assert "第二十二条" in info.value.zh
    assert clients.get_service_agreement(world.db, world.staff, aid).service_months == 12  # unchanged
    new = clients.update_service_agreement(world.db, world.staff, aid, cur.version, clients.AgreementInput(
        student_id=world.mine[0], service_months=24, special_training_fee_paid=True, fee_amount=Decimal("9000"),
        employer_name="金山某电商", start_date=date(2025, 1, 1)), today=TODAY)
    assert (new.service_months, new.end_date, new.version) == (24, date(2027, 1, 1), cur.version + 1)
    with pytest.raises(ConflictError):
        clients.update_service_agreement(world.db, world.staff, aid, cur.version, clients.AgreementInput(
            student_id=world.mine[0], service_months=0, special_training_fee_paid=False, employer_name="x"))
    with pytest.raises(PermissionDenied):
        clients.update_service_agreement(world.db, world.mentor, aid, new.version, clients.AgreementInput(
            student_id=world.mine[0], service_months=0, special_training_fee_paid=False, employer_name="x"))
    with pytest.raises(PermissionDenied):
        clients.get_service_agreement(world.db, world.other_mentor, aid)


def test_client_outcomes_orders_and_placements(world):
    client = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="枫泾文旅"))
    other = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="别家"))
    clients.add_training_order(world.db, world.staff, client.id, "主播带货培训", 25, 16.5,
                               date(2025, 4, 1), date(2025, 4, 3))
    clients.add_training_order(world.db, world.staff, client.id, "短视频剪辑", 10, 8, date(2025, 6, 1))
    clients.add_training_order(world.db, world.staff, other.id, "别家的培训", 99, 99)
    for sid, position in ((world.mine[0], "主播"), (world.theirs[0], "运营")):
        placements.record_placement(world.db, world.staff, placements.PlacementInput(
            student_id=sid, outcome=PlacementOutcome.SIGNED_ENTERPRISE_PROJECT, employer_client_id=client.id,
            position=position, start_date=date(2025, 7, 1)))
    out = clients.client_outcomes(world.db, world.staff, client.id)
    assert out.client_name == "枫泾文旅"
    assert [o.title for o in out.orders] == ["短视频剪辑", "主播带货培训"]
    assert (out.trainees_total, out.hours_total) == (35, 24.5)
    assert out.orders[1].start_date == date(2025, 4, 1) and out.orders[1].end_date == date(2025, 4, 3)
    assert sorted(p.position for p in out.placements) == ["主播", "运营"]
    mentor_view = clients.client_outcomes(world.db, world.mentor, client.id)
    assert [p.student_id for p in mentor_view.placements] == [world.mine[0]]
    assert len(mentor_view.orders) == 2
    with pytest.raises(NotFound):
        clients.client_outcomes(world.db, world.staff, 404)


def test_training_order_checks(world, count_rows):
    client = organisations.create_client(world.db, world.admin, organisations.ClientInput(name="枫泾文旅"))
    with pytest.raises(ValidationError) as info:
        clients.add_training_order(world.db, world.staff, client.id, "", -1, -2, date(2025, 4, 3), date(2025, 4, 1))
    assert set(info.value.fields) == {"培训项目", "培训人数", "学时", "结束日期"}
    organisations.delete_client(world.db, world.admin, client.id)
    with pytest.raises(ValidationError) as info:
        clients.add_training_order(world.db, world.staff, client.id, "培训", 1, 1)
    assert info.value.fields == ["企业客户"]
    with pytest.raises(PermissionDenied):
        clients.add_training_order(world.db, world.mentor, client.id, "培训", 1, 1)


def test_a_service_period_past_the_calendar_is_a_field_error(world):
    with pytest.raises(ValidationError) as e:
        clients.add_service_agreement(world.db, world.staff, clients.AgreementInput(
            student_id=world.mine[0], employer_name="某企业", service_months=24, special_training_fee_paid=True,
            fee_amount=Decimal("5000"), start_date=date(9999, 6, 1)))
    assert e.value.fields == ["开始日期"] and "日历" in e.value.zh
