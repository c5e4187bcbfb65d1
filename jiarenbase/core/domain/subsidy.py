"""灵活就业社会保险补贴: the Shanghai social-insurance subsidy for college graduates
whose first job in Shanghai is flexible employment.

Who qualifies (上海人社, quoted in DOMAIN.md): a college graduate (高校毕业生) within
2 years of leaving school (离校2年内), not yet employed, whose first job in Shanghai is
flexible employment (在本市初次就业为灵活就业), and who pays Shanghai urban-employee
basic pension and medical insurance (参加本市城镇职工基本养老、医疗保险). Shanghai-hukou
graduates of any college and non-hukou graduates of Shanghai colleges qualify.
Amount: 50 % of the insurance computed on the month's minimum contribution base
(缴费基数下限). Duration: the insured months, at most 24 in all; the months already
subsidised can be no more than the calendar months since flexible work began (the
start month counts), so a larger figure is a record to check, not a pass. Where: the
employment promotion centre (就业促进中心) of the hukou district (Shanghai hukou) or
of the district of residence in Shanghai (non-hukou).
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from ..errors import Problem, ValidationError
from .centres import EmploymentCentre, centre_for_district

MAX_MONTHS = 24
WINDOW_YEARS = 2


@dataclass(frozen=True)
class SubsidyCase:
    """The facts about one graduate that decide eligibility."""

    left_school_on: date | None = None  # 离校日期
    is_college_graduate: bool = False  # 高校毕业生
    shanghai_hukou: bool = False  # 本市户籍
    shanghai_college: bool = False  # 上海高校毕业
    first_shanghai_job_is_flexible: bool = False  # 在沪初次就业为灵活就业
    flexible_start: date | None = None  # 灵活就业开始日期
    insured_pension_and_medical: bool = False  # 已参加本市职工养老、医疗保险
    subsidised_months_used: int = 0  # 已享受补贴月数
    hukou_district: str | None = None  # 户籍所在区
    residence_district: str | None = None  # 在沪居住区
    has_social_security_card: bool = False  # 已办理社保卡


@dataclass(frozen=True)
class SubsidyRates:
    """A year's figures. monthly_amount = minimum_base × contribution_rate × share."""

    year: int
    minimum_base: Decimal  # 职工社会保险缴费基数下限 (yuan / month)
    contribution_rate: Decimal  # pension + medical rate a flexible worker pays
    share: Decimal = Decimal("0.5")  # the subsidy covers 50 %

    def __post_init__(self) -> None:
        problems = []
        if not (self.minimum_base.is_finite() and self.minimum_base > 0):
            problems.append(("缴费基数下限", "Minimum contribution base", "应大于0。", "must be more than 0."))
        for name, zh, en in (("contribution_rate", "缴费比例", "Contribution rate"),
                             ("share", "补贴比例", "Subsidy share")):
            v = getattr(self, name)
            if not (v.is_finite() and 0 < v <= 1):
                problems.append((zh, en, "应在0到1之间（如0.5表示50%）。", "must be between 0 and 1 (0.5 = 50%)."))
        if problems:
            raise ValidationError([Problem(zh, pzh, pen, en) for zh, en, pzh, pen in problems])

    @property
    def monthly_amount(self) -> Decimal:
        """The monthly subsidy in yuan, rounded half-up to the fen (0.01)."""
        amount = self.minimum_base * self.contribution_rate * self.share
        return amount.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


# PLACEHOLDER figures, NOT confirmed against an official notice — staff MUST
# confirm each year's minimum contribution base and rates in Settings before the
# amount is relied on. 2025: minimum base 7460 yuan/month; rate 35.5 % = pension
# 24 % + medical 11.5 % paid by a flexible worker. 7460 × 0.355 × 0.5 = 1324.15.
DEFAULT_RATES: dict[int, SubsidyRates] = {
    2025: SubsidyRates(2025, Decimal("7460"), Decimal("0.355")),
}


@dataclass(frozen=True)
class Reason:
    """One line of the verdict. `condition` lines decide eligibility; the others
    (where to apply, rates) are advice and never make a graduate ineligible."""

    zh: str
    en: str
    ok: bool
    condition: bool = True
    label: str = ""  # the condition's short name (补贴月数 …), the field of a refusal
    label_en: str = ""


@dataclass(frozen=True)
class SubsidyVerdict:
    eligible: bool
    reasons: tuple[Reason, ...]  # one line per condition, passed or failed
    months_left: int  # 0..24
    monthly_amount: Decimal | None  # None when not eligible or no rates
    centre: EmploymentCentre | None
    materials: tuple[str, ...]  # 申请材料 (Chinese), empty when not eligible
    rates_year: int | None = None  # the year whose figures the amount uses

    @property
    def failed(self) -> tuple[Reason, ...]:
        return tuple(r for r in self.reasons if not r.ok)


def add_years(d: date, years: int) -> date:
    """Same month and day `years` later; 29 Feb becomes 28 Feb in a common year."""
    try:
        return d.replace(year=d.year + years)
    except ValueError:
        return d.replace(year=d.year + years, day=28)


def window_deadline(left_school_on: date) -> date:
    """The last day flexible employment may start: two years after leaving school."""
    return add_years(left_school_on, WINDOW_YEARS)


def _window_reason(case: SubsidyCase, as_of: date) -> Reason:
    left, start = case.left_school_on, case.flexible_start
    if left is None:
        return Reason("离校时间未知：请填写“离校日期”。", "Leaving date unknown: fill in 'Left school on'.", False)
    if left > as_of:
        return Reason(f"离校日期{left}晚于评估日{as_of}，请核对“离校日期”。",
                      f"Left school on {left}, after the assessment date {as_of}; check 'Left school on'.", False)
    deadline = window_deadline(left)
    if start is None:
        return Reason(f"未填写“灵活就业开始日期”；须在{deadline}（离校满2年）前开始灵活就业。",
                      f"'Flexible employment start' is empty; it must start by {deadline} (2 years after leaving).",
                      False)
    if start < left:
        return Reason(f"灵活就业开始日期{start}早于离校日期{left}，补贴面向离校后未就业的毕业生，请核对两个日期。",
                      f"Flexible employment started {start}, before leaving school on {left}; the subsidy is for "
                      "graduates unemployed after leaving. Check both dates.", False)
    if start > as_of:
        return Reason(f"灵活就业尚未开始（开始日期{start}），开始并参保后再申请。",
                      f"Flexible employment has not started yet ({start}); apply once it starts and is insured.",
                      False)
    if start > deadline:
        return Reason(f"离校已超过2年：{left}离校，{start}才开始灵活就业（最迟{deadline}）。",
                      f"More than 2 years after leaving: left {left}, started {start} (deadline {deadline}).", False)
    return Reason(f"离校2年内开始灵活就业：{left}离校，{start}开始（最迟{deadline}）。",
                  f"Started within 2 years of leaving: left {left}, started {start} (deadline {deadline}).", True)


def _residency_reason(case: SubsidyCase) -> Reason:
    if case.shanghai_hukou:
        return Reason("本市户籍高校毕业生。", "Shanghai-hukou graduate.", True)
    if case.shanghai_college:
        return Reason("非本市户籍的上海高校毕业生。", "Non-Shanghai-hukou graduate of a Shanghai college.", True)
    return Reason("非本市户籍且非上海高校毕业，不在补贴范围。",
                  "Neither Shanghai hukou nor a Shanghai college graduate: not covered.", False)


def months_since_start(start: date, as_of: date) -> int:
    """Calendar months of flexible work from `start` to `as_of`, both months counted
    (started 2026-08-14, on 2026-12-07: August to December, 5)."""
    return max(0, (as_of.year - start.year) * 12 + as_of.month - start.month + 1)


def _months_reason(case: SubsidyCase, as_of: date) -> tuple[int, Reason]:
    used, start = case.subsidised_months_used, case.flexible_start
    left = max(0, MAX_MONTHS - used)
    label = ("补贴月数", "Months subsidised")
    if left == 0:
        return 0, Reason(f"已享受满{MAX_MONTHS}个月（已用{used}个月），不能再申请。",
                         f"All {MAX_MONTHS} months already used ({used}).", False, True, *label)
    if start is not None and start <= as_of and used > months_since_start(start, as_of):
        since = months_since_start(start, as_of)
        return left, Reason(
            f"已享受{used}个月，多于{start.year}年{start.month}月开始灵活就业以来的{since}个月："
            "请核对就业记录中的“已享受补贴月数”。",
            f"{used} months subsidised, but flexible work began in {start:%Y-%m}, only {since} months ago; "
            "check 'Months subsidised' on the placement.", False, True, *label)
    return left, Reason(f"已享受{used}个月，还可享受{left}个月。",
                        f"{used} months used, {left} left.", True, True, *label)


def _centre(case: SubsidyCase) -> tuple[EmploymentCentre | None, Reason]:
    if case.shanghai_hukou:
        field_zh, field_en, name = "户籍所在区", "Hukou district", case.hukou_district
        why_zh, why_en = "本市户籍向户籍地所在区", "Shanghai hukou: apply in the hukou district"
    else:
        field_zh, field_en, name = "在沪居住区", "District of residence", case.residence_district
        why_zh, why_en = "非本市户籍向在沪居住地所在区", "Non-Shanghai hukou: apply in the district of residence"
    if not (name or "").strip():
        return None, Reason(f"申请地点未知：请填写“{field_zh}”（{why_zh}就业促进中心申请）。",
                            f"Where to apply is unknown: fill in '{field_en}' ({why_en}).", False, False)
    centre = centre_for_district(name)
    if centre is None:
        return None, Reason(f"“{name}”不是上海的区，请在“{field_zh}”填写如“金山区”。",
                            f"'{name}' is not a Shanghai district; enter e.g. 金山区 in '{field_en}'.", False, False)
    return centre, Reason(f"申请地点：{centre.name}（{centre.address}）。",
                          f"Apply at: {centre.name} ({centre.address}).", True, False)


def required_materials(case: SubsidyCase) -> tuple[str, ...]:
    """申请材料 for this graduate."""
    items = ["身份证原件及复印件"]
    if not case.shanghai_hukou:
        items.append("《上海市居住证》原件及复印件")
    items.append("普通高等学校毕业证书原件及复印件")
    items.append("《离校未就业高校毕业生灵活就业社会保险补贴申请表》")
    if not case.has_social_security_card:
        items.append("在区指定银行开设的个人实名制银行结算账户借记卡原件及复印件")
    return tuple(items)


def _named(reason: Reason, label: str, label_en: str) -> Reason:
    return replace(reason, label=label, label_en=label_en)


def assess_subsidy(case: SubsidyCase, rates: SubsidyRates | None, *, as_of: date) -> SubsidyVerdict:
    """Check every condition and say why, pass or fail, line by line.

    Raises ValidationError only for impossible input (negative months used).
    """
    if case.subsidised_months_used < 0:
        raise ValidationError.of("已享受补贴月数", "不能为负数，请填写0或已享受的月数。",
                                 "cannot be negative; enter 0 or the months already subsidised.",
                                 "Months already subsidised")
    reasons = [
        _named(Reason("高校毕业生。", "College graduate.", True) if case.is_college_graduate
               else Reason("不是高校毕业生，不在补贴范围。", "Not a college graduate: not covered.", False),
               "高校毕业生", "College graduate"),
        _named(_window_reason(case, as_of), "离校2年内", "Within 2 years of leaving school"),
        _named(_residency_reason(case), "户籍或院校", "Hukou or college"),
        _named(Reason("在沪初次就业为灵活就业。", "First job in Shanghai is flexible employment.", True)
               if case.first_shanghai_job_is_flexible
               else Reason("在沪初次就业不是灵活就业（或已有其他就业），不在补贴范围。",
                           "First job in Shanghai is not flexible employment: not covered.", False),
               "在沪初次就业", "First job in Shanghai"),
        _named(Reason("已参加本市城镇职工基本养老、医疗保险。",
                      "Pays Shanghai employee pension and medical insurance.", True)
               if case.insured_pension_and_medical
               else Reason("未参加本市城镇职工基本养老、医疗保险：参保后方可申请。",
                           "Not insured for Shanghai employee pension and medical insurance: insure first.", False),
               "社会保险", "Social insurance"),
    ]
    months_left, months_reason = _months_reason(case, as_of)
    reasons.append(months_reason)
    eligible = all(r.ok for r in reasons)
    centre, centre_reason = _centre(case)
    reasons.append(_named(centre_reason, "申请地点", "Where to apply"))
    amount = None
    if eligible:
        if rates is None:
            reasons.append(Reason(f"未设置{as_of.year}年缴费基数，请在设置中填写后计算金额。",
                                  f"No rates for {as_of.year}; enter them in Settings to compute the amount.",
                                  False, False, "补贴金额", "Amount"))
        else:
            amount = rates.monthly_amount
            if rates.year != as_of.year:
                reasons.append(Reason(f"金额按{rates.year}年缴费基数计算，请核对{as_of.year}年标准。",
                                      f"Amount uses {rates.year} rates; confirm the {as_of.year} figures.",
                                      False, False, "补贴金额", "Amount"))
    return SubsidyVerdict(
        eligible=eligible,
        reasons=tuple(reasons),
        months_left=months_left,
        monthly_amount=amount,
        centre=centre,
        materials=required_materials(case) if eligible else (),
        rates_year=rates.year if amount is not None and rates is not None else None,
    )
