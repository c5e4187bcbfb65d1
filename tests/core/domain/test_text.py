import string

import pytest
from hypothesis import example, given, settings, strategies as st

from jiarenbase.core.domain.text import is_valid_mobile, normalise_name, normalise_phone, normalise_text

FULL_WIDTH = {chr(ord(c) + 0xFEE0): c for c in string.ascii_letters + string.digits}


# A control character between a letter and a combining mark: dropping it after
# NFKC (the old order) left "e\u0301", which a second pass composed into "é".
_TRICKY = st.sampled_from(list("eA \t\n\x00\x01\x85\u0301\u0308\u1100\u1161\u3000\u00a0\u200b\u00a8\uff21"))


@settings(database=None, max_examples=500)
@given(st.one_of(st.text(), st.text(alphabet=_TRICKY, max_size=8)))
@example("e\x00\u0301")
@example("\u1100\x01\u1161")
def test_idempotent(s):
    once = normalise_text(s)
    assert normalise_text(once) == once


@settings(database=None)
@given(st.text())
def test_no_leading_or_trailing_space_and_no_runs(s):
    out = normalise_text(s)
    assert out == out.strip()
    assert "  " not in out and "\n" not in out and "\t" not in out


@settings(database=None)
@given(st.text(alphabet=st.sampled_from(sorted(FULL_WIDTH)), min_size=1))
def test_full_width_letters_and_digits_become_ascii(s):
    assert normalise_text(s) == "".join(FULL_WIDTH[c] for c in s)


@settings(database=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF)))
def test_han_characters_untouched(s):
    assert normalise_text(s) == s


@pytest.mark.parametrize("raw,out", [
    (None, ""), (12, "12"), ("  张三\u3000 ", "张三"), ("a\u200bb", "ab"), ("Ｘ１", "X1"), ("a\t\n b", "a b"),
])
def test_examples(raw, out):
    assert normalise_text(raw) == out


def test_name_and_phone():
    assert normalise_name(" 张 三 ") == "张三"
    assert normalise_name("Li  Ming") == "Li Ming"
    assert normalise_phone("+86 138-0013-8000") == "13800138000"
    assert normalise_phone("0086１３８００１３８０００") == "13800138000"
    assert is_valid_mobile("13800138000") and not is_valid_mobile("12800138000")


def test_keep_typed_keeps_line_breaks_and_full_width_punctuation():
    from jiarenbase.core.domain.text import keep_typed

    typed = "第一行：开场三秒要抓人！\r\n第二行，多练习。\t（导师）"
    assert keep_typed(typed) == "第一行：开场三秒要抓人！\n第二行，多练习。\t（导师）"


def test_keep_typed_drops_controls_nul_and_lone_surrogates():
    from jiarenbase.core.domain.text import keep_typed

    assert keep_typed("  话术\x00正文\x07\ud800  ") == "话术正文"
    assert keep_typed(None) == ""
