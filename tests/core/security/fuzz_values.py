"""Strategies for bad input: what a person (or a paste from Excel, or a careless
caller of the core API) can hand a service — huge strings, control characters,
emoji, full-width digits, negative and huge numbers, far-away dates — plus values
of the wrong type altogether (`wild`)."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum

from hypothesis import strategies as st

HUGE_HAN = "长" * 100_000
HUGE_ASCII = "a" * 100_001
SPECIAL_TEXT = ("", " ", "　", "😀🎉👩‍👩‍👧", "１３８００００１１１１", "３１０１１６２００４０５０６００１６",
                "=HYPERLINK(\"http://x\",\"y\")", "=1+1", "=cmd|' /C calc'!A0", "+1", "-1", "@SUM(A1)",
                "张三\x00李四", "\t\n\r", "\u202e反转", "\u200b", "Robert'); DROP TABLE student;--",
                "%s %d {0} \\x00", "NULL", "null", "\ud800", "𠀀𪚥")

control_text = st.text(alphabet=st.characters(max_codepoint=0x1F), max_size=8)
mixed_text = st.text(max_size=40)
strings = st.one_of(mixed_text, control_text, st.sampled_from(SPECIAL_TEXT),
                    st.sampled_from((HUGE_HAN, HUGE_ASCII)),
                    st.builds(lambda a, b: a + b, st.sampled_from(SPECIAL_TEXT), mixed_text))

far_dates = st.one_of(st.dates(), st.sampled_from((date.min, date.max, date(1900, 1, 1), date(2099, 12, 31))))
far_datetimes = st.one_of(st.datetimes(), st.sampled_from((datetime.min, datetime.max)))
numbers = st.one_of(st.integers(-3, 200), st.integers(-2 ** 70, 2 ** 70))
floats = st.one_of(st.floats(-1e3, 1e3), st.floats(allow_nan=True, allow_infinity=True))
decimals = st.one_of(st.decimals(-1000, 100000, places=2), st.decimals(allow_nan=True, allow_infinity=True))

# The wrong type altogether.
wild = st.one_of(st.none(), st.booleans(), st.integers(-2 ** 70, 2 ** 70), st.floats(allow_nan=True),
                 st.sampled_from(("12", "abc", "2025-01-01", "", HUGE_ASCII)), st.just([1, 2]),
                 st.just({"a": 1}), st.binary(max_size=4), st.just(date(2025, 1, 1)),
                 st.just(Decimal("NaN")), st.just(object()))


def maybe_wild(strategy, wrong_types: bool):
    return st.one_of(strategy, wild) if wrong_types else strategy


def enum_values(enum_cls: type[Enum], wrong_types: bool):
    good = st.sampled_from(list(enum_cls))
    return st.one_of(good, st.sampled_from([m.value for m in enum_cls]), wild) if wrong_types else good


INT32 = 2 ** 31 - 1  # a larger id fails on PostgreSQL with "integer out of range" (reported, not fixed)


def ids(real: list[int], wrong_types: bool, optional: bool = False):
    top = 2 ** 40 if wrong_types else INT32
    base = st.one_of(st.sampled_from(real), st.integers(-5, top)) if real else st.integers(-5, top)
    if optional:
        base = st.one_of(st.none(), base)
    return maybe_wild(base, wrong_types)


