"""服务期 (service period) in an employment or placement agreement.

《劳动合同法》第二十二条: an employer may agree a service period with a worker only
if it paid special training fees (专项培训费用) for professional technical training.
Routine onboarding or "old staff mentoring new staff" (老带新) with no special fee
does not allow one.
"""
from __future__ import annotations

from decimal import Decimal

from ..errors import Problem, ValidationError

LEGAL_BASIS = ("《劳动合同法》第二十二条：用人单位为劳动者提供专项培训费用，对其进行专业技术培训的，"
               "方可约定服务期；常规入职培训或“老带新”不能约定服务期。")
LEGAL_BASIS_EN = ("Labour Contract Law, art. 22: an employer may agree a service period only if it paid "
                  "special training fees for professional technical training; routine onboarding or "
                  "old-staff mentoring cannot justify one.")

MONTHS = ("服务期（月）", "Service period (months)")
FEE = ("专项培训费用", "Special training fee")


def check_service_agreement(service_months: int | None, special_training_fee_paid: bool,
                            fee_amount: Decimal | None) -> None:
    """Refuse a service period that the law does not allow.

    Raises ValidationError when the months are negative, when a fee is marked paid
    without a positive amount, or when a service period (> 0 months) is agreed
    without a paid special training fee.
    """
    problems: list[Problem] = []
    months = service_months or 0
    fee_ok = (special_training_fee_paid and fee_amount is not None
              and fee_amount.is_finite() and fee_amount > 0)
    if months < 0:
        problems.append(Problem(MONTHS[0], "不能为负数；不约定服务期请填0或留空。",
                                "cannot be negative; enter 0 or leave it empty for no service period.",
                                MONTHS[1]))
    if special_training_fee_paid and fee_amount is None:
        problems.append(Problem(FEE[0], "已勾选“已支付专项培训费用”，请填写费用金额（元）。",
                                "is marked as paid; enter the amount in yuan.", FEE[1]))
    elif fee_amount is not None and not (fee_amount.is_finite() and fee_amount > 0) and (
            special_training_fee_paid or months > 0):
        problems.append(Problem(FEE[0], f"金额应大于0（现为{fee_amount}），请填写实际支付的费用。",
                                f"must be more than 0 (now {fee_amount}); enter the amount actually paid.",
                                FEE[1]))
    if months > 0 and not fee_ok:
        problems.append(Problem(
            MONTHS[0],
            f"未支付专项培训费用，不能约定服务期；请把服务期改为0，或登记已支付的专项培训费用。{LEGAL_BASIS}",
            f"no special training fee was paid, so no service period may be agreed; set it to 0 or record "
            f"the fee paid. {LEGAL_BASIS_EN}",
            MONTHS[1]))
    if problems:
        raise ValidationError(problems)
