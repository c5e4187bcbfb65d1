from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from jiarenbase.core.domain.enums import Sex
from jiarenbase.core.domain.idcard import (
    PROVINCE_CODES,
    check_char,
    is_valid_id_number,
    mask_id,
    parse_id_number,
    upgrade_15,
)
from jiarenbase.core.errors import ValidationError

TODAY = date(2025, 6, 1)
SAMPLE = "11010519491231002X"  # the GB 11643 example: born 1949-12-31, female


def make(province: int, rest4: str, born: date, seq: int) -> str:
    body = f"{province:02d}{rest4}{born:%Y%m%d}{seq:03d}"
    return body + check_char(body)


valid_numbers = st.builds(
    lambda p, r, b, s: (make(p, r, b, s), b, s),
    st.sampled_from(sorted(PROVINCE_CODES)),
    st.text("0123456789", min_size=4, max_size=4),
    st.dates(min_value=date(1900, 1, 1), max_value=TODAY),
    st.integers(0, 999),
)


def test_sample_number():
    info = parse_id_number(SAMPLE, today=TODAY)
    assert info.birth_date == date(1949, 12, 31)
    assert info.sex is Sex.FEMALE
    assert info.region_code == "110105"


@pytest.mark.parametrize("raw", [
    "11010519491231002x", " 1101 0519 4912 3100 2X ", "１１０１０５１９４９１２３１００２Ｘ",
    "\u200b11010519491231002X",
])
def test_typed_and_pasted_forms(raw):
    assert parse_id_number(raw, today=TODAY).number == SAMPLE


@pytest.mark.parametrize("raw,hint", [
    ("", "不能为空"),
    ("1101051949123100", "格式不对"),
    ("11010519491231002Y", "格式不对"),
    ("99010519491231002X", "省级"),
    ("110105194902300021", "不存在"),
    ("110105203001010021", "不合理"),
    ("110105194912310021", "校验位"),
    ("١١٠١٠٥١٩٤٩١٢٣١٠٠٢X", "格式不对"),  # Arabic-Indic digits are not accepted
])
def test_rejections_name_field_and_fix(raw, hint):
    with pytest.raises(ValidationError) as e:
        parse_id_number(raw, today=TODAY)
    assert e.value.fields == ["身份证号"]
    assert hint in e.value.zh
    assert e.value.problems[0].field_en == "ID number"


@settings(database=None)
@given(valid_numbers)
def test_valid_number_parses_back(generated):
    number, born, seq = generated
    info = parse_id_number(number, today=TODAY)
    assert info.number == number
    assert info.birth_date == born
    assert info.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)
    assert is_valid_id_number(number.lower())


@settings(database=None)
@given(valid_numbers, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_any_single_character_change_is_rejected(generated, pos, ch):
    number = generated[0]
    if number[pos] == ch or (ch == "X" and pos != 17):
        ch = "0" if number[pos] != "0" else "1"
    changed = number[:pos] + ch + number[pos + 1:]
    assert changed != number
    with pytest.raises(ValidationError):
        parse_id_number(changed, today=TODAY)


@settings(database=None)
@given(st.sampled_from(sorted(PROVINCE_CODES)), st.text("0123456789", min_size=4, max_size=4),
       st.dates(min_value=date(1900, 1, 1), max_value=date(1999, 12, 31)), st.integers(0, 999))
def test_15_digit_upgrade(province, rest4, born, seq):
    old = f"{province:02d}{rest4}{born:%y%m%d}{seq:03d}"
    info = parse_id_number(old, today=TODAY)
    assert len(info.number) == 18
    assert info.number == upgrade_15(old) == make(province, rest4, born, seq)
    assert info.birth_date == born
    assert info.sex is (Sex.MALE if seq % 2 else Sex.FEMALE)


def test_mask():
    assert mask_id(SAMPLE) == "110105********002X"
    assert mask_id(None) == "" and mask_id("123") == "***"
