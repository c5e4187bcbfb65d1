"""The advertising-law check of sales scripts: exact positions, overlapping terms,
full-width input, exceptions against false positives, a configurable list."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from jiarenbase.core.domain.compliance import (
    ABSOLUTE,
    AUTHORITY,
    CATEGORIES,
    DEFAULT_TERMS,
    EXTREME,
    BannedTerm,
    category_counts,
    find_banned_terms,
    normalise,
    utf16_offset,
)


def spans(text, terms=DEFAULT_TERMS):
    return [(f.term, f.start, f.end) for f in find_banned_terms(text, terms)]


def test_positions_are_exact_code_point_offsets_with_line_and_column():
    text = "家人们好！\n这款蟠桃是最甜的\n国家级品质，绝对新鲜"
    found = find_banned_terms(text)
    assert [(f.term, f.line, f.column, f.category) for f in found] == [
        ("最", 2, 6, EXTREME), ("国家级", 3, 1, AUTHORITY), ("绝对", 3, 7, ABSOLUTE)]
    for f in found:
        assert text[f.start:f.end] == f.matched == f.term
        assert text.split("\n")[f.line - 1][f.column - 1:].startswith(f.term)
    assert found[0].start == text.index("最")


def test_longest_match_wins_where_terms_overlap():
    assert spans("这是最佳选择") == [("最佳", 2, 4)]
    assert spans("全网最低价，销量第一") == [("全网最低价", 0, 5), ("销量第一", 6, 10)]
    # the longer match wins even when a shorter one starts earlier
    terms = [BannedTerm("ab", EXTREME), BannedTerm("bcde", EXTREME)]
    assert spans("xabcdex", terms) == [("bcde", 2, 6)]
    # equal length: the earlier one
    terms = [BannedTerm("ab", EXTREME), BannedTerm("bc", EXTREME)]
    assert spans("abc", terms) == [("ab", 0, 2)]


def test_repeated_terms_are_each_reported():
    assert spans("绝对好吃，绝对新鲜") == [("绝对", 0, 2), ("绝对", 5, 7)]


def test_full_width_and_case_are_normalised_but_offsets_refer_to_the_original():
    text = "口感１００％天然"
    [f] = find_banned_terms(text)
    assert (f.term, f.start, f.end, f.matched) == ("100%", 2, 6, "１００％")
    [g] = find_banned_terms("ＡＢＣ级", [BannedTerm("abc级", EXTREME)])
    assert (g.start, g.end, g.matched) == (0, 4, "ＡＢＣ级")


def test_invisible_characters_do_not_hide_a_term():
    text = "最\u200b佳口感"
    [f] = find_banned_terms(text)
    assert (f.term, f.start, f.end) == ("最佳", 0, 3)


def test_characters_outside_the_bmp_count_once_and_map_to_utf16_for_qt():
    text = "🍑🍑最好吃"
    [f] = find_banned_terms(text)
    assert (f.start, f.end, f.column) == (2, 4, 3)
    assert utf16_offset(text, f.start) == 4


def test_exceptions_avoid_common_false_positives():
    assert spans("最近天气热，最后三单，第一次来的朋友，第一时间发货，第一百单送礼") == []
    assert spans("最近最火") == [("最", 2, 3)]
    assert spans("排名第一") == [("排名第一", 0, 4)]
    assert spans("视频特效") == [] and spans("特效药") == [("特效", 0, 2)]


def test_a_configurable_list_replaces_the_defaults():
    terms = [BannedTerm("秒杀", "诱导词", "平台规则", ())]
    found = find_banned_terms("最后一分钟秒杀，最好", terms)
    assert [(f.term, f.category, f.reason) for f in found] == [("秒杀", "诱导词", "平台规则")]
    assert find_banned_terms("", terms) == []
    assert find_banned_terms("x", [BannedTerm("  ", EXTREME)]) == []


def test_context_snippet_marks_cut_ends():
    text = "一二三四五六七八九十绝对十一十二十三十四十五"
    [f] = find_banned_terms(text)
    assert f.context == "…三四五六七八九十绝对十一十二十三十四…"
    [g] = find_banned_terms("绝对\n好")
    assert g.context == "绝对 好"


def test_defaults_are_well_formed():
    keys = [normalise(t.term) for t in DEFAULT_TERMS]
    assert len(keys) == len(set(keys))
    for t in DEFAULT_TERMS:
        assert t.category in CATEGORIES and t.reason
        assert all(normalise(t.term) in normalise(x) for x in t.exceptions)
    assert {"最", "第一", "国家级", "顶级", "绝对", "100%", "万能", "根治", "永久"} <= {t.term for t in DEFAULT_TERMS}


def test_round_trip_through_dict():
    t = BannedTerm("最", EXTREME, "r", ("最近",))
    assert BannedTerm.from_dict(t.as_dict()) == t


def test_category_counts():
    assert category_counts(find_banned_terms("最好，国家级，绝对，最佳")) == {EXTREME: 2, AUTHORITY: 1, ABSOLUTE: 1}


ALPHABET = "最佳好第一国家级绝对１００％100%顶级近后次天\n 🍑ａＡa\u200b"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_every_reported_span_normalises_to_its_term_and_none_overlap(text):
    found = find_banned_terms(text)
    last_end = 0
    for f in found:
        assert 0 <= f.start < f.end <= len(text)
        assert f.start >= last_end  # in order, no overlap
        last_end = f.end
        assert normalise(text[f.start:f.end]) == normalise(f.term)
        assert f.matched == text[f.start:f.end]
        line_start = text.rfind("\n", 0, f.start) + 1
        assert f.line == text.count("\n", 0, f.start) + 1 and f.column == f.start - line_start + 1


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="甲乙丙丁\n", max_size=15),
       st.sampled_from([t.term for t in DEFAULT_TERMS if not t.exceptions]),
       st.text(alphabet="甲乙丙丁\n", max_size=15))
def test_a_term_between_innocent_text_is_found_where_it_was_put(before, term, after):
    text = before + term + after
    found = find_banned_terms(text)
    assert any(f.start == len(before) and f.end == len(before) + len(term) for f in found) or any(
        f.start <= len(before) and f.end >= len(before) + len(term) for f in found)
