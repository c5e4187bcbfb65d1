"""The flexible-employment subsidy rule at its edges (灵活就业社会保险补贴), table-driven:
23/24/25 subsidised months; two years after leaving school ± 1 day; hukou district
vs district of residence; a non-Shanghai college."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from jiarenbase.core.domain.subsidy import DEFAULT_RATES, SubsidyCase, assess_subsidy

RATES = DEFAULT_RATES[2025]
LEFT = date(2023, 6, 30)
DEADLINE = date(2025, 6, 30)  # two years after leaving
AS_OF = date(2025, 9, 1)

BASE = SubsidyCase(
    left_school_on=LEFT, is_college_graduate=True, shanghai_hukou=True, shanghai_college=True,
    first_shanghai_job_is_flexible=True, flexible_start=date(2023, 9, 1), insured_pension_and_medical=True,
    subsidised_months_used=0, hukou_district="金山区", residence_district="闵行区",
)


@pytest.mark.parametrize("used, months_left, eligible, fragment", [
    (0, 24, True, "还可享受24个月"),
    (23, 1, True, "还可享受1个月"),
    (24, 0, False, "已享受满24个月"),
    (25, 0, False, "已享受满24个月"),
])
def test_months_used_at_the_24_month_cap(used, months_left, eligible, fragment):
    v = assess_subsidy(replace(BASE, subsidised_months_used=used), RATES, as_of=AS_OF)
    assert (v.eligible, v.months_left) == (eligible, months_left)
    assert any(fragment in r.zh for r in v.reasons)
    assert (v.monthly_amount == Decimal("1324.15")) is eligible
    assert bool(v.materials) is eligible


@pytest.mark.parametrize("left, start, eligible", [
    (LEFT, DEADLINE - timedelta(days=1), True),
    (LEFT, DEADLINE, True),  # the second anniversary itself is still "within 2 years"
    (LEFT, DEADLINE + timedelta(days=1), False),
    (date(2024, 2, 29), date(2026, 2, 28), True),  # leap day: the window ends on 28 February
    (date(2024, 2, 29), date(2026, 3, 1), False),
    (LEFT, LEFT, True),  # starting on the very day of leaving is fine
    (LEFT, LEFT - timedelta(days=1), False),  # before leaving school: not "unemployed after leaving"
])
def test_two_years_after_leaving_school_plus_minus_a_day(left, start, eligible):
    v = assess_subsidy(replace(BASE, left_school_on=left, flexible_start=start), RATES, as_of=date(2026, 6, 1))
    assert v.eligible is eligible, [r.zh for r in v.failed]
    if not eligible:
        assert any("离校" in r.zh for r in v.failed)


@pytest.mark.parametrize("hukou, hukou_district, residence, centre_district", [
    (True, "金山区", "闵行区", "金山区"),  # Shanghai hukou: the hukou district, not where they live
    (True, "浦东", "金山区", "浦东新区"),
    (False, "", "松江区", "松江区"),  # non-Shanghai hukou: the district of residence
    (False, "金山区", "上海市徐汇区", "徐汇区"),  # a hukou district outside the rule is ignored
])
def test_centre_is_the_hukou_or_residence_district(hukou, hukou_district, residence, centre_district):
    case = replace(BASE, shanghai_hukou=hukou, hukou_district=hukou_district or None, residence_district=residence)
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert v.eligible
    assert v.centre is not None and v.centre.district == centre_district
    assert v.centre.address and v.centre.address in " ".join(r.zh for r in v.reasons)
    assert any("居住证" in m for m in v.materials) is (not hukou)


@pytest.mark.parametrize("hukou, hukou_district, residence, field", [
    (True, None, "金山区", "户籍所在区"),  # hukou graduate with only a residence district: still unknown
    (False, "金山区", None, "在沪居住区"),
    (False, None, "杭州市", "在沪居住区"),
])
def test_missing_district_keeps_the_verdict_but_says_which_field(hukou, hukou_district, residence, field):
    case = replace(BASE, shanghai_hukou=hukou, hukou_district=hukou_district, residence_district=residence)
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert v.eligible and v.centre is None
    assert any(field in r.zh and not r.condition for r in v.failed)


@pytest.mark.parametrize("hukou, shanghai_college, eligible", [
    (True, True, True),
    (True, False, True),  # Shanghai hukou: any college
    (False, True, True),  # non-hukou graduate of a Shanghai college
    (False, False, False),  # non-hukou graduate of a college outside Shanghai
])
def test_non_shanghai_college(hukou, shanghai_college, eligible):
    case = replace(BASE, shanghai_hukou=hukou, shanghai_college=shanghai_college,
                   residence_district="金山区")
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert v.eligible is eligible
    if not eligible:
        assert [r.zh for r in v.failed if r.condition] == ["非本市户籍且非上海高校毕业，不在补贴范围。"]
