from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from jiarenbase.core.domain.metrics import (
    SessionCounts,
    derive_metrics,
    rubric_average_percent,
    validate_counts,
    validate_rubric_scores,
)
from jiarenbase.core.errors import ValidationError

T0 = datetime(2025, 5, 6, 14, 0)


def fields_of(problems):
    return [p.field for p in problems]


def test_derive_metrics_typical_session():
    c = SessionCounts(viewers=2000, product_clicks=300, orders=45, buyers=40, gmv=Decimal("3600.00"))
    m = derive_metrics(c)
    assert m.conversion_rate == pytest.approx(0.02)
    assert m.product_click_rate == pytest.approx(0.15)
    assert m.gpm == pytest.approx(1800.0)
    assert m.uv_value == pytest.approx(1.8)
    assert m.avg_order_value == pytest.approx(80.0)


def test_derive_metrics_zero_denominators_are_none():
    m = derive_metrics(SessionCounts())
    assert (m.conversion_rate, m.product_click_rate, m.gpm, m.uv_value, m.avg_order_value) == (None,) * 5
    m = derive_metrics(SessionCounts(viewers=10))
    assert m.conversion_rate == 0 and m.avg_order_value is None


def test_valid_counts_have_no_problems():
    c = SessionCounts(viewers=100, peak_concurrent=30, product_clicks=250, orders=6, buyers=5,
                      gmv=Decimal("500"), refunds=Decimal("50"))
    assert validate_counts(c, T0, T0 + timedelta(hours=2)) == []


def test_clicks_may_exceed_viewers():
    assert validate_counts(SessionCounts(viewers=10, product_clicks=500)) == []


@pytest.mark.parametrize("name,label", [
    ("viewers", "观看人数"), ("comments", "评论数"), ("orders", "订单数"), ("buyers", "成交人数"),
])
def test_negative_count_is_refused(name, label):
    problems = validate_counts(SessionCounts(**{name: -1}))
    assert label in fields_of(problems)
    p = next(p for p in problems if p.field == label)
    assert "负数" in p.zh and "negative" in p.en


def test_a_count_beyond_the_database_integer_is_refused():
    problems = validate_counts(SessionCounts(orders=2**31, buyers=0))
    assert fields_of(problems) == ["订单数"] and "数值过大" in problems[0].zh


def test_negative_money_is_refused():
    problems = validate_counts(SessionCounts(gmv=Decimal("-1")))
    assert fields_of(problems) == ["成交金额"]


def test_nan_money_is_refused():
    problems = validate_counts(SessionCounts(gmv=Decimal("NaN")))
    assert fields_of(problems) == ["成交金额"]


def test_fractional_count_is_refused_but_float_money_is_read():
    problems = validate_counts(SessionCounts(viewers=2.5))
    assert fields_of(problems) == ["观看人数"] and "整数" in problems[0].zh
    assert validate_counts(SessionCounts(gmv=12.5, refunds=Decimal("2"))) == []
    assert fields_of(validate_counts(SessionCounts(refunds=float("inf")))) == ["退款金额"]


def test_buyers_more_than_viewers():
    problems = validate_counts(SessionCounts(viewers=5, buyers=6, orders=6))
    assert fields_of(problems) == ["成交人数"]
    assert "成交人数不能大于观看人数" in problems[0].zh
    assert problems[0].field_en == "Buyers"


def test_orders_fewer_than_buyers():
    problems = validate_counts(SessionCounts(viewers=50, buyers=6, orders=5))
    assert fields_of(problems) == ["订单数"]


def test_peak_more_than_viewers():
    assert fields_of(validate_counts(SessionCounts(viewers=5, peak_concurrent=6))) == ["最高在线"]


def test_refunds_more_than_gmv():
    c = SessionCounts(gmv=Decimal("100"), refunds=Decimal("100.01"))
    assert fields_of(validate_counts(c)) == ["退款金额"]


def test_cross_checks_skip_negative_values():
    # One mistake should give one message, not a cascade.
    assert fields_of(validate_counts(SessionCounts(viewers=-5))) == ["观看人数"]


@pytest.mark.parametrize("end", [T0, T0 - timedelta(minutes=1)])
def test_end_not_after_start(end):
    problems = validate_counts(SessionCounts(), T0, end)
    assert fields_of(problems) == ["结束时间"]
    assert "晚于开始时间" in problems[0].zh


def test_session_longer_than_24_hours():
    assert validate_counts(SessionCounts(), T0, T0 + timedelta(hours=24)) == []
    problems = validate_counts(SessionCounts(), T0, T0 + timedelta(hours=24, minutes=1))
    assert fields_of(problems) == ["结束时间"] and "24" in problems[0].zh


def test_mixed_timezone_awareness_is_a_problem_not_a_crash():
    problems = validate_counts(SessionCounts(), T0, (T0 + timedelta(hours=1)).replace(tzinfo=UTC))
    assert fields_of(problems) == ["结束时间"]


def test_missing_times_are_not_checked():
    assert validate_counts(SessionCounts(), T0, None) == []


# --- rubric --------------------------------------------------------------------

def test_rubric_in_range():
    assert validate_rubric_scores({"镜头表现": 0, "话术": 100}, 100) == []
    assert validate_rubric_scores({"镜头表现": 1, "话术": 5}, 5) == []


@pytest.mark.parametrize("scale,score", [(100, -1), (100, 100.5), (5, 0), (5, 6), (5, float("nan"))])
def test_rubric_out_of_range_names_criterion(scale, score):
    problems = validate_rubric_scores({"话术": 3, "控场": score}, scale)
    assert fields_of(problems) == ["控场"]
    assert str(scale) in problems[0].zh and str(scale) in problems[0].en


def test_rubric_unknown_scale_is_a_programming_error():
    with pytest.raises(ValueError):
        validate_rubric_scores({"话术": 3}, 10)


def test_rubric_average_percent():
    assert rubric_average_percent({}, 100) is None
    assert rubric_average_percent({"a": 60, "b": 80}, 100) == pytest.approx(70.0)
    # 1–5 scale: score / 5 * 100, so 5 → 100 and 1 → 20.
    assert rubric_average_percent({"a": 5, "b": 1}, 5) == pytest.approx(60.0)
    assert rubric_average_percent({"a": 4}, 5) == pytest.approx(80.0)


def test_rubric_average_refuses_bad_scores():
    with pytest.raises(ValidationError) as e:
        rubric_average_percent({"话术": 7}, 5)
    assert e.value.fields == ["话术"]
