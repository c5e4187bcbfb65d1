"""Side-by-side comparison of two script versions."""
from __future__ import annotations

from hypothesis import given, settings, strategies as st

from jiarenbase.core.domain.script_diff import RowKind, char_spans, diff_texts, segments

E, C, A, R = RowKind.EQUAL, RowKind.CHANGED, RowKind.ADDED, RowKind.REMOVED


def kinds(diff):
    return [r.kind for r in diff.rows]


def test_identical_texts_are_all_equal():
    d = diff_texts("家人们好。欢迎来到直播间！", "家人们好。欢迎来到直播间！")
    assert kinds(d) == [E, E] and d.identical and d.similarity == 1.0 and d.change_rows() == []


def test_sentences_are_rows_and_an_inserted_sentence_is_added_not_shifting_the_rest():
    old = "家人们好。今天带来金山蟠桃。产地直发。"
    new = "家人们好。今天带来金山蟠桃。下单立减十元！产地直发。"
    d = diff_texts(old, new)
    assert kinds(d) == [E, E, A, E]
    added = d.rows[2]
    assert (added.left, added.right, added.left_line, added.right_line) == ("", "下单立减十元！", None, 1)
    assert added.right_spans == ((0, 7),)
    assert d.count(A) == 1 and d.change_rows() == [2]


def test_a_changed_sentence_has_character_spans_on_both_sides():
    d = diff_texts("产地直发，当天采摘当天发货。", "产地直发，当天发货，包邮。")
    [row] = d.rows
    assert row.kind is C
    for text, spans in ((row.left, row.left_spans), (row.right, row.right_spans)):
        assert spans and all(0 <= s < e <= len(text) for s, e in spans)
    unchanged_left = "".join(ch for i, ch in enumerate(row.left) if not any(s <= i < e for s, e in row.left_spans))
    unchanged_right = "".join(ch for i, ch in enumerate(row.right)
                              if not any(s <= i < e for s, e in row.right_spans))
    assert unchanged_left == unchanged_right


def test_removed_lines_and_line_numbers():
    d = diff_texts("第一行\n第二行\n第三行", "第一行\n第三行")
    assert kinds(d) == [E, R, E]
    assert [(r.left_line, r.right_line) for r in d.rows] == [(1, 1), (2, None), (3, 2)]


def test_the_most_similar_sentence_is_paired_in_a_replaced_block():
    old = "完全不同的一句话。今天直播间下单立减十元。"
    new = "今天直播间下单立减二十元。"
    d = diff_texts(old, new)
    assert kinds(d) == [R, C]
    assert d.rows[1].left == "今天直播间下单立减十元。"


def test_unlike_sentences_are_paired_in_order():
    d = diff_texts("甲乙丙。", "丁戊己。庚辛。")
    assert kinds(d) == [C, A]


def test_segments_keep_blank_lines_and_closing_quotes():
    assert segments("他说：“好。”再见！\r\n\n尾巴") == [(1, "他说：“好。”"), (1, "再见！"), (2, ""), (3, "尾巴")]
    assert segments("一。二。", split_sentences=False) == [(1, "一。二。")]


def test_empty_texts():
    assert diff_texts("", "").similarity == 1.0
    d = diff_texts("", "新的")
    assert [(r.kind, r.left, r.right) for r in d.rows] == [(C, "", "新的")]


def test_char_spans_merge_single_character_gaps():
    left, right = char_spans("abcde", "aXcYe")
    assert left == ((1, 4),) and right == ((1, 4),)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="甲乙丙。！\n", max_size=30), st.text(alphabet="甲乙丙。！\n", max_size=30))
def test_rows_rebuild_both_texts(old, new):
    d = diff_texts(old, new)
    left = [(r.left_line, r.left) for r in d.rows if r.left_line is not None]
    right = [(r.right_line, r.right) for r in d.rows if r.right_line is not None]
    assert left == segments(old) and right == segments(new)
    for r in d.rows:
        assert r.kind is not A or r.left == "" and r.left_line is None
        assert r.kind is not R or r.right == "" and r.right_line is None
        assert r.kind is not E or r.left == r.right
        for text, spans in ((r.left, r.left_spans), (r.right, r.right_spans)):
            assert all(0 <= s < e <= len(text) for s, e in spans)
