"""Resident ID numbers (居民身份证号码, GB 11643-1999).

18 digits: 6 region + 8 birth date (YYYYMMDD) + 3 sequence (odd = male) + 1 check
character (ISO 7064 MOD 11-2, "X" for 10). The legacy 15-digit form has a 2-digit
year (19xx), no check character, and is upgraded to 18 digits here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from ..errors import ValidationError
from .enums import Sex

FIELD = "身份证号"
FIELD_EN = "ID number"

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK_CHARS = "10X98765432"
# Province-level codes (first two digits) in use.
PROVINCE_CODES = frozenset(
    {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
     50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91}
)


@dataclass(frozen=True)
class IdInfo:
    number: str  # the 18-character form, upper-case X
    birth_date: date
    sex: Sex
    region_code: str


def check_char(first17: str) -> str:
    """The check character for the first 17 digits."""
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=False))
    return _CHECK_CHARS[total % 11]


def upgrade_15(number15: str) -> str:
    """The 18-digit form of a legacy 15-digit number (born 19xx)."""
    body = number15[:6] + "19" + number15[6:]
    return body + check_char(body)


def _fail(zh: str, en: str) -> ValidationError:
    return ValidationError.of(FIELD, zh, en, FIELD_EN)


def normalise(raw: str) -> str:
    """Strip spaces and full-width forms; upper-case the X."""
    from .text import normalise_text

    return normalise_text(raw).replace(" ", "").upper()


def parse_id_number(raw: str, *, today: date | None = None) -> IdInfo:
    """Check an ID number and read its birth date and sex.

    Raises ValidationError naming what is wrong and how to fix it.
    """
    s = normalise(raw or "")
    if not s:
        raise _fail("不能为空，请填写18位身份证号。", "is empty; enter the 18-character ID number.")
    # [0-9], not \d: \d also matches Arabic-Indic and other Unicode digits, which
    # int() reads, so "١١٠١…X" would have been accepted and stored as is.
    if re.fullmatch(r"[0-9]{15}", s):
        s = upgrade_15(s)
    elif not re.fullmatch(r"[0-9]{17}[0-9X]", s):
        raise _fail(
            f"“{raw}”格式不对：应为18位（最后一位可为X），或旧式15位数字。",
            f"'{raw}' is malformed: it must be 18 characters (the last may be X) or the old 15 digits.",
        )
    if int(s[:2]) not in PROVINCE_CODES:
        raise _fail(f"前两位“{s[:2]}”不是有效的省级行政区代码，请核对。",
                    f"the first two digits '{s[:2]}' are not a province code; check the number.")
    try:
        born = date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        raise _fail(f"出生日期“{s[6:14]}”不存在，请核对第7–14位。",
                    f"birth date '{s[6:14]}' does not exist; check digits 7–14.") from None
    today = today or date.today()
    if born > today or born.year < 1900:
        raise _fail(f"出生日期“{born.isoformat()}”不合理，请核对第7–14位。",
                    f"birth date {born.isoformat()} is impossible; check digits 7–14.")
    expected = check_char(s[:17])
    if s[17] != expected:
        raise _fail("校验位不符（可能有数字录错），请对照身份证逐位核对。",
                    "the check character does not match (a digit is probably wrong); compare it with the card.")
    sex = Sex.MALE if int(s[16]) % 2 == 1 else Sex.FEMALE
    return IdInfo(number=s, birth_date=born, sex=sex, region_code=s[:6])


def is_valid_id_number(raw: str) -> bool:
    try:
        parse_id_number(raw)
    except ValidationError:
        return False
    return True


def mask_id(number: str | None) -> str:
    """110105********002X: region kept, birth date and most of the sequence hidden."""
    if not number:
        return ""
    if len(number) < 10:
        return "*" * len(number)
    return number[:6] + "*" * (len(number) - 10) + number[-4:]
