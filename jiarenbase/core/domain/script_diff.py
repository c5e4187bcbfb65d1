"""Side-by-side comparison of two versions of a sales script (话术版本对比).

A script is polished word by word (逐字逐句打磨话术), and a Chinese script is often
one long paragraph, so the texts are cut into lines and each line further into
sentences (after 。！？；!?; and closing quotes). The sentences are matched with
difflib; a row pairs a sentence of the old version with one of the new:

* equal — unchanged; changed — both sides, with the changed character spans;
* removed — only on the left (right empty); added — only on the right.

Inside a block of changed sentences, the most similar pair is matched first
(like difflib.Differ), so an inserted sentence does not shift every row after it
into "changed". Spans are (start, end) code-point offsets into the row's text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from enum import Enum

Span = tuple[int, int]
CUTOFF = 0.5  # below this similarity two sentences are not considered the same one changed
_MAX_PAIRING = 10_000  # sentence pairs compared in one block before falling back to order
_SENTENCE = re.compile(r"[^。！？!?；;…]*(?:[。！？!?；;…]+[”’」』）)\"']*|$)")


class RowKind(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    EQUAL = "equal"
    CHANGED = "changed"
    ADDED = "added"
    REMOVED = "removed"


@dataclass(frozen=True)
class DiffRow:
    kind: RowKind
    left: str  # "" for an added row
    right: str  # "" for a removed row
    left_line: int | None  # 1-based line of the old text the sentence is on
    right_line: int | None
    left_spans: tuple[Span, ...] = ()
    right_spans: tuple[Span, ...] = ()


@dataclass(frozen=True)
class ScriptDiff:
    rows: tuple[DiffRow, ...]
    similarity: float  # 0..1 over the whole texts (character level)

    def count(self, kind: RowKind) -> int:
        return sum(1 for r in self.rows if r.kind is kind)

    @property
    def identical(self) -> bool:
        return all(r.kind is RowKind.EQUAL for r in self.rows)

    def change_rows(self) -> list[int]:
        """Indexes of the first row of each run of non-equal rows (for "next change")."""
        starts, previous = [], RowKind.EQUAL
        for i, row in enumerate(self.rows):
            if row.kind is not RowKind.EQUAL and previous is RowKind.EQUAL:
                starts.append(i)
            previous = row.kind
        return starts


Segment = tuple[int, str]  # (line number, sentence)


def segments(text: str, split_sentences: bool = True) -> list[Segment]:
    """The text cut into lines (\\r\\n or \\n) and lines into sentences; an empty
    line stays one empty segment so blank lines line up."""
    out: list[Segment] = []
    for number, line in enumerate(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"), start=1):
        if not split_sentences or not line:
            out.append((number, line))
            continue
        out.extend((number, m.group()) for m in _SENTENCE.finditer(line) if m.group())
    return out


def _merge(spans: list[Span], gap: int = 1) -> tuple[Span, ...]:
    """Join spans separated by at most `gap` unchanged characters (less confetti)."""
    merged: list[Span] = []
    for s, e in spans:
        if merged and s - merged[-1][1] <= gap:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return tuple(merged)


def char_spans(old: str, new: str) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    """The changed character spans of `old` and of `new`."""
    left: list[Span] = []
    right: list[Span] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if tag == "equal":
            continue
        if i2 > i1:
            left.append((i1, i2))
        if j2 > j1:
            right.append((j1, j2))
    return _merge(left), _merge(right)


def _changed(a: Segment, b: Segment) -> DiffRow:
    ls, rs = char_spans(a[1], b[1])
    return DiffRow(RowKind.CHANGED, a[1], b[1], a[0], b[0], ls, rs)


def _removed(a: Segment) -> DiffRow:
    return DiffRow(RowKind.REMOVED, a[1], "", a[0], None, ((0, len(a[1])),) if a[1] else ())


def _added(b: Segment) -> DiffRow:
    return DiffRow(RowKind.ADDED, "", b[1], None, b[0], (), ((0, len(b[1])),) if b[1] else ())


def _pair(a: list[Segment], b: list[Segment]) -> list[DiffRow]:
    """Rows for a block where sentences a were replaced by sentences b."""
    if not a:
        return [_added(x) for x in b]
    if not b:
        return [_removed(x) for x in a]
    best, bi, bj = 0.0, -1, -1
    if len(a) * len(b) <= _MAX_PAIRING:
        matcher = SequenceMatcher(autojunk=False)
        for j, (_, y) in enumerate(b):
            matcher.set_seq2(y)
            for i, (_, x) in enumerate(a):
                matcher.set_seq1(x)
                if matcher.real_quick_ratio() > best and matcher.quick_ratio() > best:
                    ratio = matcher.ratio()
                    if ratio > best:
                        best, bi, bj = ratio, i, j
    if best < CUTOFF:  # nothing alike: pair them in order
        n = min(len(a), len(b))
        rows = [_changed(a[k], b[k]) for k in range(n)]
        return rows + [_removed(x) for x in a[n:]] + [_added(x) for x in b[n:]]
    return _pair(a[:bi], b[:bj]) + [_changed(a[bi], b[bj])] + _pair(a[bi + 1:], b[bj + 1:])


def diff_texts(old: str, new: str, *, split_sentences: bool = True) -> ScriptDiff:
    """Rows comparing `old` (left) with `new` (right)."""
    a, b = segments(old, split_sentences), segments(new, split_sentences)
    rows: list[DiffRow] = []
    matcher = SequenceMatcher(None, [t for _, t in a], [t for _, t in b], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            rows.extend(DiffRow(RowKind.EQUAL, x[1], y[1], x[0], y[0]) for x, y in zip(a[i1:i2], b[j1:j2], strict=True))
        elif tag == "delete":
            rows.extend(_removed(x) for x in a[i1:i2])
        elif tag == "insert":
            rows.extend(_added(y) for y in b[j1:j2])
        else:
            rows.extend(_pair(a[i1:i2], b[j1:j2]))
    similarity = SequenceMatcher(None, old, new, autojunk=False).ratio() if (old or new) else 1.0
    return ScriptDiff(tuple(rows), similarity)
