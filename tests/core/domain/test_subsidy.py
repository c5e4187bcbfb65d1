from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from jiarenbase.core.domain.centres import all_centres, centre_for_district, district_key
from jiarenbase.core.domain.subsidy import (
    DEFAULT_RATES,
    SubsidyCase,
    SubsidyRates,
    add_years,
    assess_subsidy,
    required_materials,
    window_deadline,
)
from jiarenbase.core.errors import ValidationError

LEFT = date(2024, 6, 30)
AS_OF = date(2025, 9, 1)
RATES = DEFAULT_RATES[2025]

# A Shanghai-hukou graduate from Jinshan who started streaming on a platform as a
# flexible worker and is insured: eligible.
HUKOU = SubsidyCase(
    left_school_on=LEFT, is_college_graduate=True, shanghai_hukou=True, shanghai_college=False,
    first_shanghai_job_is_flexible=True, flexible_start=date(2024, 9, 1),
    insured_pension_and_medical=True, subsidised_months_used=0,
    hukou_district="金山区", residence_district="闵行区", has_social_security_card=True,
)
# A graduate of a Shanghai college without Shanghai hukou, living in Jinshan.
NON_HUKOU = replace(HUKOU, shanghai_hukou=False, shanghai_college=True,
                    hukou_district=None, residence_district="金山")


def test_eligible_hukou_graduate():
    v = assess_subsidy(HUKOU, RATES, as_of=AS_OF)
    assert v.eligible
    assert v.months_left == 24
    assert v.monthly_amount == Decimal("1324.15")
    assert v.centre is not None and v.centre.district == "金山区"
    assert all(r.ok for r in v.reasons) and v.failed == ()
    assert len(v.reasons) >= 7  # one line per condition + where to apply


def test_rates_monthly_amount_rounds_half_up():
    assert SubsidyRates(2025, Decimal("7460"), Decimal("0.355")).monthly_amount == Decimal("1324.15")
    # 1001 × 0.355 × 0.5 = 177.6775 → 177.68
    assert SubsidyRates(2030, Decimal("1001"), Decimal("0.355")).monthly_amount == Decimal("177.68")
    # 0.005 exactly rounds up: 1 × 0.01 × 0.5 = 0.005 → 0.01
    assert SubsidyRates(2030, Decimal("1"), Decimal("0.01")).monthly_amount == Decimal("0.01")


@pytest.mark.parametrize("kwargs,field", [
    ({"minimum_base": Decimal("0")}, "缴费基数下限"),
    ({"contribution_rate": Decimal("35.5")}, "缴费比例"),
    ({"share": Decimal("0")}, "补贴比例"),
])
def test_rates_refuse_nonsense(kwargs, field):
    args = {"year": 2025, "minimum_base": Decimal("7460"), "contribution_rate": Decimal("0.355")} | kwargs
    with pytest.raises(ValidationError) as e:
        SubsidyRates(**args)
    assert e.value.fields == [field]


@pytest.mark.parametrize("used,left,eligible", [
    (0, 24, True), (23, 1, True), (24, 0, False), (25, 0, False),
])
def test_months_used(used, left, eligible):
    # two years on: 24 months of flexible work (September 2024 to August 2026) allow 23 used
    v = assess_subsidy(replace(HUKOU, subsidised_months_used=used), RATES, as_of=date(2026, 8, 1))
    assert v.months_left == left
    assert v.eligible is eligible
    if not eligible:
        assert any("已享受满24个月" in r.zh for r in v.failed)
        assert v.monthly_amount is None and v.materials == ()


# Started flexible work in August 2026: on 7 December 2026 that is five months (August
# to December), so nine months already subsidised is a record to check, not 【符合】.
AUGUST = replace(HUKOU, left_school_on=date(2026, 6, 30), flexible_start=date(2026, 8, 14))


@pytest.mark.parametrize("used, eligible", [(0, True), (5, True), (6, False), (9, False)])
def test_months_used_cannot_exceed_the_months_since_flexible_work_began(used, eligible):
    v = assess_subsidy(replace(AUGUST, subsidised_months_used=used), RATES, as_of=date(2026, 12, 7))
    assert v.eligible is eligible, [r.zh for r in v.failed]
    months = next(r for r in v.reasons if r.label == "补贴月数")
    assert months.ok is eligible and months.condition
    if not eligible:
        assert [r.label for r in v.failed if r.condition] == ["补贴月数"]
        assert f"已享受{used}个月" in months.zh and "2026年8月" in months.zh and "以来的5个月" in months.zh
        assert "已享受补贴月数" in months.zh  # the field to check
        assert v.materials == () and v.monthly_amount is None


def test_months_since_start_counts_the_start_month():
    from jiarenbase.core.domain.subsidy import months_since_start

    assert months_since_start(date(2026, 8, 14), date(2026, 12, 7)) == 5
    assert months_since_start(date(2026, 12, 1), date(2026, 12, 7)) == 1
    assert months_since_start(date(2025, 12, 31), date(2026, 1, 1)) == 2
    assert months_since_start(date(2026, 12, 8), date(2026, 12, 7)) == 1
    assert months_since_start(date(2027, 1, 1), date(2026, 12, 7)) == 0


def test_every_condition_is_named():
    v = assess_subsidy(HUKOU, RATES, as_of=AS_OF)
    assert [r.label for r in v.reasons if r.condition] == [
        "高校毕业生", "离校2年内", "户籍或院校", "在沪初次就业", "社会保险", "补贴月数"]
    assert all(r.label and r.label_en for r in v.reasons)


def test_negative_months_used_refused():
    with pytest.raises(ValidationError) as e:
        assess_subsidy(replace(HUKOU, subsidised_months_used=-1), RATES, as_of=AS_OF)
    assert e.value.fields == ["已享受补贴月数"]


@pytest.mark.parametrize("left,start,eligible", [
    (date(2023, 6, 30), date(2025, 6, 29), True),   # 2 years − 1 day
    (date(2023, 6, 30), date(2025, 6, 30), True),   # exactly the deadline
    (date(2023, 6, 30), date(2025, 7, 1), False),   # 2 years + 1 day
    (date(2024, 2, 29), date(2026, 2, 28), True),   # leap day → 28 Feb deadline
    (date(2024, 2, 29), date(2026, 3, 1), False),
    (date(2024, 6, 30), date(2024, 6, 30), True),   # started the day of leaving
    (date(2024, 6, 30), date(2024, 6, 29), False),  # started before leaving school
])
def test_two_year_window(left, start, eligible):
    case = replace(HUKOU, left_school_on=left, flexible_start=start)
    v = assess_subsidy(case, RATES, as_of=date(2026, 6, 1))
    assert v.eligible is eligible
    window = v.reasons[1]
    assert window.ok is eligible and window.condition


def test_add_years():
    assert add_years(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert add_years(date(2024, 2, 29), 4) == date(2028, 2, 29)
    assert window_deadline(date(2023, 6, 30)) == date(2025, 6, 30)


@pytest.mark.parametrize("changes,text", [
    ({"left_school_on": None}, "离校日期"),
    ({"flexible_start": None}, "灵活就业开始日期"),
    ({"left_school_on": AS_OF + timedelta(days=1), "flexible_start": AS_OF + timedelta(days=2)}, "离校日期"),
    ({"flexible_start": AS_OF + timedelta(days=1)}, "尚未开始"),
])
def test_window_reasons_name_the_field(changes, text):
    v = assess_subsidy(replace(HUKOU, **changes), RATES, as_of=AS_OF)
    assert not v.eligible
    assert text in v.reasons[1].zh and not v.reasons[1].ok


def test_missing_start_says_the_deadline():
    v = assess_subsidy(replace(HUKOU, flexible_start=None), RATES, as_of=AS_OF)
    assert "2026-06-30" in v.reasons[1].zh


@pytest.mark.parametrize("hukou,college,eligible", [
    (True, True, True), (True, False, True), (False, True, True), (False, False, False),
])
def test_hukou_and_college(hukou, college, eligible):
    case = replace(HUKOU, shanghai_hukou=hukou, shanghai_college=college, residence_district="金山区")
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert v.eligible is eligible
    if not eligible:
        assert any("非本市户籍且非上海高校" in r.zh for r in v.failed)


@pytest.mark.parametrize("field,text", [
    ("is_college_graduate", "不是高校毕业生"),
    ("first_shanghai_job_is_flexible", "不是灵活就业"),
    ("insured_pension_and_medical", "未参加本市城镇职工基本养老、医疗保险"),
])
def test_each_condition_refuses(field, text):
    v = assess_subsidy(replace(HUKOU, **{field: False}), RATES, as_of=AS_OF)
    assert not v.eligible
    assert [r.zh for r in v.failed] == [next(r.zh for r in v.reasons if text in r.zh)]


def test_every_failure_is_listed_not_just_the_first():
    case = SubsidyCase()
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert not v.eligible
    assert len([r for r in v.failed if r.condition]) == 5  # all but the months line


def test_centre_hukou_uses_hukou_district():
    v = assess_subsidy(HUKOU, RATES, as_of=AS_OF)  # lives in 闵行, hukou in 金山
    assert v.centre.district == "金山区"
    assert v.centre.address == "板桥东路900号1号楼"


def test_centre_non_hukou_uses_residence_district():
    v = assess_subsidy(replace(NON_HUKOU, hukou_district="浦东新区"), RATES, as_of=AS_OF)
    assert v.eligible
    assert v.centre.district == "金山区"


@pytest.mark.parametrize("case,field", [
    (replace(HUKOU, hukou_district=None), "户籍所在区"),
    (replace(HUKOU, hukou_district="  "), "户籍所在区"),
    (replace(NON_HUKOU, residence_district=None), "在沪居住区"),
    (replace(NON_HUKOU, residence_district="朝阳区"), "在沪居住区"),
])
def test_missing_or_unknown_district_says_which_field(case, field):
    v = assess_subsidy(case, RATES, as_of=AS_OF)
    assert v.centre is None
    line = next(r for r in v.reasons if field in r.zh)
    assert not line.ok and not line.condition
    # Where to apply is advice: the graduate still qualifies.
    assert v.eligible


def test_materials_hukou_with_card():
    assert required_materials(HUKOU) == (
        "身份证原件及复印件",
        "普通高等学校毕业证书原件及复印件",
        "《离校未就业高校毕业生灵活就业社会保险补贴申请表》",
    )


def test_materials_non_hukou_without_card():
    m = assess_subsidy(replace(NON_HUKOU, has_social_security_card=False), RATES, as_of=AS_OF).materials
    assert m == (
        "身份证原件及复印件",
        "《上海市居住证》原件及复印件",
        "普通高等学校毕业证书原件及复印件",
        "《离校未就业高校毕业生灵活就业社会保险补贴申请表》",
        "在区指定银行开设的个人实名制银行结算账户借记卡原件及复印件",
    )


def test_materials_differences():
    base = set(required_materials(HUKOU))
    assert set(required_materials(NON_HUKOU)) - base == {"《上海市居住证》原件及复印件"}
    no_card = set(required_materials(replace(HUKOU, has_social_security_card=False)))
    assert no_card - base == {"在区指定银行开设的个人实名制银行结算账户借记卡原件及复印件"}


def test_no_rates_gives_no_amount_but_still_eligible():
    v = assess_subsidy(HUKOU, None, as_of=AS_OF)
    assert v.eligible and v.monthly_amount is None
    assert any("缴费基数" in r.zh and not r.condition for r in v.reasons)


def test_rates_of_another_year_are_flagged():
    v = assess_subsidy(HUKOU, RATES, as_of=date(2026, 3, 1))
    assert v.monthly_amount == Decimal("1324.15")
    assert any("2025" in r.zh and "2026" in r.zh and not r.ok for r in v.reasons)


# --- centres --------------------------------------------------------------------

def test_sixteen_centres():
    centres = all_centres()
    assert len(centres) == 16
    assert len({c.district for c in centres}) == 16
    assert all(c.name.endswith("就业促进中心") and c.address for c in centres)


@pytest.mark.parametrize("name,district", [
    ("金山区", "金山区"), ("金山", "金山区"), (" 金山 ", "金山区"), ("上海市金山区", "金山区"),
    ("浦东新区", "浦东新区"), ("浦东", "浦东新区"), ("浦东区", "浦东新区"), ("崇明县", "崇明区"),
    ("黄浦", "黄浦区"),
])
def test_centre_for_district(name, district):
    assert centre_for_district(name).district == district


@pytest.mark.parametrize("name", [None, "", "区", "朝阳区", "上海", "杭州市"])
def test_unknown_districts(name):
    assert centre_for_district(name) is None


def test_district_key():
    assert district_key("浦东新区") == "浦东" and district_key("金山区") == "金山"
