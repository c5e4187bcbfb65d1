from decimal import Decimal

import pytest

from jiarenbase.core.domain.service_period import check_service_agreement
from jiarenbase.core.errors import ValidationError


@pytest.mark.parametrize("months,paid,amount", [
    (None, False, None),
    (0, False, None),
    (24, True, Decimal("8000")),
    (0, True, Decimal("500")),
])
def test_allowed(months, paid, amount):
    check_service_agreement(months, paid, amount)


def test_service_period_without_special_fee_is_refused_with_the_law():
    # The article's case: two weeks of 老带新, then a 2-year service period.
    with pytest.raises(ValidationError) as e:
        check_service_agreement(24, False, None)
    assert e.value.fields == ["服务期（月）"]
    assert "第二十二条" in e.value.zh and "老带新" in e.value.zh
    assert "art. 22" in e.value.en


@pytest.mark.parametrize("amount", [Decimal("0"), Decimal("-100")])
def test_service_period_with_zero_fee_is_refused(amount):
    with pytest.raises(ValidationError) as e:
        check_service_agreement(12, True, amount)
    assert set(e.value.fields) == {"专项培训费用", "服务期（月）"}


def test_fee_amount_required_when_paid():
    with pytest.raises(ValidationError) as e:
        check_service_agreement(12, True, None)
    assert "专项培训费用" in e.value.fields
    with pytest.raises(ValidationError) as e:
        check_service_agreement(0, True, None)
    assert e.value.fields == ["专项培训费用"]


def test_amount_without_paid_flag_does_not_allow_service_period():
    with pytest.raises(ValidationError) as e:
        check_service_agreement(6, False, Decimal("3000"))
    assert e.value.fields == ["服务期（月）"]


def test_negative_months_refused():
    with pytest.raises(ValidationError) as e:
        check_service_agreement(-1, False, None)
    assert e.value.fields == ["服务期（月）"]
    assert "负数" in e.value.zh
