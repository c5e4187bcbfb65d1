"""Live-commerce metrics of one practice session (直播数据) and rubric scores.

The numbers a mentor copies from the platform's back end after a mock drill
(模拟直播演练) or a live session (实战直播), the rates derived from them for the
data review (数据复盘), and the checks that catch typing mistakes.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from decimal import Decimal

from ..errors import Problem, ValidationError

MAX_SESSION = timedelta(hours=24)

# field name -> (Chinese label, English label)
LABELS: dict[str, tuple[str, str]] = {
    "viewers": ("观看人数", "Viewers (UV)"),
    "peak_concurrent": ("最高在线", "Peak concurrent viewers"),
    "avg_watch_seconds": ("平均观看时长（秒）", "Average watch time (s)"),
    "comments": ("评论数", "Comments"),
    "likes": ("点赞数", "Likes"),
    "new_followers": ("新增粉丝", "New followers"),
    "product_clicks": ("商品点击", "Product clicks"),
    "orders": ("订单数", "Orders"),
    "buyers": ("成交人数", "Buyers"),
    "gmv": ("成交金额", "GMV"),
    "refunds": ("退款金额", "Refunds"),
    "start": ("开始时间", "Start time"),
    "end": ("结束时间", "End time"),
}


@dataclass(frozen=True)
class SessionCounts:
    """Raw counts of one session. Money (gmv, refunds) is in yuan."""

    viewers: int = 0  # 观看人数 (UV)
    peak_concurrent: int = 0  # 最高在线
    avg_watch_seconds: int = 0  # 平均观看时长
    comments: int = 0  # 评论数
    likes: int = 0  # 点赞数
    new_followers: int = 0  # 新增粉丝
    product_clicks: int = 0  # 商品点击 (one viewer may click many times)
    orders: int = 0  # 订单数
    buyers: int = 0  # 成交人数
    gmv: Decimal = Decimal(0)  # 成交金额
    refunds: Decimal = Decimal(0)  # 退款金额


@dataclass(frozen=True)
class DerivedMetrics:
    """Rates for the data review; None where the denominator is 0.

    conversion_rate and product_click_rate are fractions (0.05 = 5 %);
    product_click_rate may exceed 1. gpm is GMV per 1000 viewers (千次观看成交额),
    uv_value is GMV per viewer (UV价值), avg_order_value is GMV per order (客单价).
    All use gross GMV (refunds not deducted).
    """

    conversion_rate: float | None  # 转化率 = buyers / viewers
    product_click_rate: float | None  # 商品点击率 = product_clicks / viewers
    gpm: float | None  # GPM = gmv * 1000 / viewers
    uv_value: float | None  # UV价值 = gmv / viewers
    avg_order_value: float | None  # 客单价 = gmv / orders


def _ratio(num: float | Decimal, den: int) -> float | None:
    return None if den <= 0 else float(num) / den


def derive_metrics(counts: SessionCounts) -> DerivedMetrics:
    """The rates of `counts` (转化率, 点击率, GPM, UV价值, 客单价)."""
    v = counts.viewers
    gpm = None if v <= 0 else float(counts.gmv) * 1000 / v
    return DerivedMetrics(
        conversion_rate=_ratio(counts.buyers, v),
        product_click_rate=_ratio(counts.product_clicks, v),
        gpm=gpm,
        uv_value=_ratio(counts.gmv, v),
        avg_order_value=_ratio(counts.gmv, counts.orders),
    )


def _p(name: str, zh: str, en: str) -> Problem:
    label_zh, label_en = LABELS[name]
    return Problem(label_zh, zh, en, label_en)


MONEY_FIELDS = frozenset({"gmv", "refunds"})


MAX_COUNT = 2_147_483_647  # the database's INTEGER
MAX_MONEY = 999_999_999_999  # NUMERIC(14, 2)


def _is_number(name: str, value: object) -> bool:
    """Counts must be whole numbers; money may be Decimal, int or a finite float."""
    if isinstance(value, bool):
        return False
    if isinstance(value, int):
        return True
    if name not in MONEY_FIELDS:
        return False
    if isinstance(value, Decimal):
        return value.is_finite()
    return isinstance(value, float) and math.isfinite(value)


def validate_counts(
    counts: SessionCounts, start: datetime | None = None, end: datetime | None = None
) -> list[Problem]:
    """Every problem with a session's numbers and times (empty list = fine).

    Refused: negative or non-numeric values, 成交人数 > 观看人数, 订单数 < 成交人数,
    最高在线 > 观看人数, 退款金额 > 成交金额, 结束时间 not after 开始时间, sessions over
    24 h. Product clicks above viewers are allowed (one viewer clicks many times).
    """
    problems: list[Problem] = []
    ok: set[str] = set()  # fields that are numbers >= 0, safe to cross-check
    for f in fields(counts):
        value = getattr(counts, f.name)
        if not _is_number(f.name, value):
            if f.name in MONEY_FIELDS:
                problems.append(_p(f.name, "请填写金额（元）。", "enter an amount in yuan."))
            else:
                problems.append(_p(f.name, "请填写整数。", "enter a whole number."))
        elif value < 0:
            problems.append(_p(f.name, f"不能为负数（现为{value}），请填写0或正数。",
                               f"cannot be negative (now {value}); enter 0 or more."))
        elif value > (MAX_MONEY if f.name in MONEY_FIELDS else MAX_COUNT):
            limit = MAX_MONEY if f.name in MONEY_FIELDS else MAX_COUNT
            problems.append(_p(f.name, f"数值过大（现为{value}，最多{limit:,}），请核对。",
                               f"is too large (now {value}; at most {limit:,}); check it."))
        else:
            ok.add(f.name)
    c = counts

    def both(a: str, b: str) -> bool:
        return a in ok and b in ok

    if both("buyers", "viewers") and c.buyers > c.viewers:
        problems.append(_p("buyers", f"成交人数不能大于观看人数（成交{c.buyers}，观看{c.viewers}），请核对。",
                           f"buyers ({c.buyers}) cannot exceed viewers ({c.viewers}); check both."))
    if both("orders", "buyers") and c.orders < c.buyers:
        problems.append(_p("orders", f"订单数不能少于成交人数（订单{c.orders}，成交{c.buyers}），"
                                     "每位成交人至少一单，请核对。",
                           f"orders ({c.orders}) cannot be fewer than buyers ({c.buyers}); "
                           "every buyer placed at least one order."))
    if both("peak_concurrent", "viewers") and c.peak_concurrent > c.viewers:
        problems.append(_p("peak_concurrent",
                           f"最高在线不能大于观看人数（最高在线{c.peak_concurrent}，观看{c.viewers}），请核对。",
                           f"peak concurrent ({c.peak_concurrent}) cannot exceed viewers ({c.viewers}); check both."))
    if both("refunds", "gmv") and c.refunds > c.gmv:
        problems.append(_p("refunds", f"退款金额不能大于成交金额（退款{c.refunds}，成交{c.gmv}），请核对。",
                           f"refunds ({c.refunds}) cannot exceed GMV ({c.gmv}); check both."))
    problems.extend(validate_times(start, end))
    return problems


def validate_times(start: datetime | None, end: datetime | None) -> list[Problem]:
    """结束时间 must be after 开始时间 and the session at most 24 hours long."""
    if start is None or end is None:
        return []
    if (start.tzinfo is None) != (end.tzinfo is None):
        return [_p("end", "开始时间与结束时间的时区设置不一致，请重新选择时间。",
                   "start and end differ in time-zone awareness; pick both times again.")]
    if end <= start:
        return [_p("end", f"必须晚于开始时间（{start:%Y-%m-%d %H:%M}），请核对。",
                   f"must be after the start time ({start:%Y-%m-%d %H:%M}); check it.")]
    if end - start > MAX_SESSION:
        return [_p("end", "单场直播不能超过24小时，请核对开始和结束日期。",
                   "a session cannot last more than 24 hours; check the start and end dates.")]
    return []


# --- rubric scores (评分) --------------------------------------------------------

SCALES = {100: 0, 5: 1}  # scale_max -> lowest allowed score


def _scale_min(scale_max: int) -> int:
    if scale_max not in SCALES:
        raise ValueError(f"scale_max must be 100 or 5, not {scale_max!r}")
    return SCALES[scale_max]


def validate_rubric_scores(scores: Mapping[str, float], scale_max: int) -> list[Problem]:
    """Problems with a rubric's scores: each must be a number in 0–100 (scale_max=100)
    or 1–5 (scale_max=5). The problem's field is the criterion's name (评分项)."""
    low = _scale_min(scale_max)
    problems: list[Problem] = []
    for criterion, score in scores.items():
        is_num = isinstance(score, (int, float, Decimal)) and not isinstance(score, bool)
        if not is_num or score != score or score in (float("inf"), float("-inf")):
            problems.append(Problem(criterion, f"评分必须是{low}–{scale_max}之间的数字。",
                                    f"the score must be a number from {low} to {scale_max}."))
        elif not low <= score <= scale_max:
            problems.append(Problem(criterion, f"评分{score}超出范围，请填写{low}–{scale_max}之间的分数。",
                                    f"score {score} is out of range; enter {low} to {scale_max}."))
    return problems


def rubric_average_percent(scores: Mapping[str, float], scale_max: int) -> float | None:
    """The mean score as a percentage (0–100), None when there are no scores.

    Each score is normalised as ``score / scale_max * 100``: on the 1–5 scale a 5
    is 100 and a 1 is 20 (not 0), i.e. "points out of the maximum". Raises
    ValidationError when a score is out of range.
    """
    problems = validate_rubric_scores(scores, scale_max)
    if problems:
        raise ValidationError(problems)
    if not scores:
        return None
    return sum(float(s) / scale_max * 100 for s in scores.values()) / len(scores)
