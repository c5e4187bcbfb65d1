"""Advertising-law check of a sales script (话术合规检查).

China's Advertising Law (《广告法》) bans absolute and superlative claims in ads —
第九条: no "国家级", "最高级", "最佳" and the like — and any disease-treatment claim
outside medical ads (第十七条). A live stream's sales script is advertising, so the
base flags such terms word by word while a student polishes the script.

`find_banned_terms(text, terms)` reports every occurrence with exact offsets into
the ORIGINAL text (Python code-point indices), line and column, so a reviewer sees
"第3行第5列 “最” 极限词". Matching is done on a normalised copy (NFKC: full-width
"１００％" → "100%", case folded, zero-width characters dropped) but positions are
mapped back to the text as typed. Where matches overlap, the longest wins (so
"最低价" is one finding, not "最" plus "最低价").

False positives: a bare "最" or "第一" is in many innocent words (最近, 最后, 第一次,
第一时间). Each term may carry `exceptions` — longer phrases containing the term in
which it is NOT flagged. The defaults accept some misses knowingly: "第一个" is an
exception (it is mostly an ordinal: 第一个链接, 第一个问题) although "国内第一个…"
would be a claim; "最近/最后/最初/最终" are never claims. "100%" is flagged even in
factual content statements ("100%纯棉") — a mentor decides; the list is editable.
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field

EXTREME = "极限词"
AUTHORITY = "权威词"
ABSOLUTE = "绝对化承诺"
EFFICACY = "功效承诺"
CATEGORIES = (EXTREME, AUTHORITY, ABSOLUTE, EFFICACY)

MAX_TERM_LEN = 20
MAX_CATEGORY_LEN = 10
MAX_REASON_LEN = 200
CONTEXT_CHARS = 8

_INVISIBLE = frozenset("\u200b\u200c\u200d\u2060\ufeff\u00ad")


@dataclass(frozen=True)
class BannedTerm:
    """One entry of the banned-term list (违禁词)."""

    term: str
    category: str = EXTREME
    reason: str = ""
    exceptions: tuple[str, ...] = field(default=())  # phrases containing the term that are fine

    def as_dict(self) -> dict:
        return {"term": self.term, "category": self.category, "reason": self.reason,
                "exceptions": list(self.exceptions)}

    @classmethod
    def from_dict(cls, data: dict) -> BannedTerm:
        return cls(str(data.get("term", "")), str(data.get("category", "")), str(data.get("reason", "")),
                   tuple(str(x) for x in data.get("exceptions", ()) or ()))


@dataclass(frozen=True)
class Finding:
    """One flagged occurrence. `start`/`end` index the original text (code points);
    `line`/`column` are 1-based; `matched` is the original text of the span."""

    term: str
    category: str
    reason: str
    start: int
    end: int
    line: int
    column: int
    matched: str
    context: str


_R9 = "《广告法》第九条：广告不得使用“国家级”“最高级”“最佳”等用语。"
_R9_AUTH = "《广告法》第九条：不得使用“国家级”“世界级”等用语，不得使用或变相使用国家机关的名义。"
_R17 = "《广告法》第十七条：除医疗、药品、医疗器械广告外，禁止其他任何广告涉及疾病治疗功能。"
_R4 = "《广告法》第四条、第二十八条：对效果作绝对化保证，属于虚假或引人误解的宣传。"


def _t(term: str, category: str, reason: str, *exceptions: str) -> BannedTerm:
    return BannedTerm(term, category, reason, tuple(exceptions))


DEFAULT_TERMS: tuple[BannedTerm, ...] = (
    # 极限词 — superlatives (广告法第九条第三项)
    _t("最", EXTREME, _R9, "最近", "最后", "最初", "最终"),
    _t("最佳", EXTREME, _R9), _t("最好", EXTREME, _R9), _t("最低价", EXTREME, _R9),
    _t("最高级", EXTREME, _R9), _t("最优", EXTREME, _R9), _t("最便宜", EXTREME, _R9),
    _t("最先进", EXTREME, _R9), _t("全网最低", EXTREME, _R9), _t("全网最低价", EXTREME, _R9),
    _t("第一", EXTREME, _R9, "第一次", "第一步", "第一天", "第一时间", "第一口", "第一眼", "第一个",
       "第一批", "第一单", "第一件", "第一款", "第一百", "第一千", "第一万"),
    _t("销量第一", EXTREME, _R9), _t("全网第一", EXTREME, _R9), _t("排名第一", EXTREME, _R9),
    _t("唯一", EXTREME, _R9), _t("首个", EXTREME, _R9), _t("首选", EXTREME, _R9),
    _t("顶级", EXTREME, _R9), _t("极品", EXTREME, _R9), _t("极致", EXTREME, _R9),
    _t("独一无二", EXTREME, _R9), _t("绝无仅有", EXTREME, _R9), _t("史无前例", EXTREME, _R9),
    _t("前所未有", EXTREME, _R9), _t("领导品牌", EXTREME, _R9), _t("王牌", EXTREME, _R9),
    # 权威词 — official or world rank, government names
    _t("国家级", AUTHORITY, _R9_AUTH), _t("世界级", AUTHORITY, _R9_AUTH), _t("国际级", AUTHORITY, _R9_AUTH),
    _t("全球级", AUTHORITY, _R9_AUTH),
    _t("特供", AUTHORITY, "国家明令禁止使用“特供”“专供”等字样暗示与国家机关的关联。"),
    _t("专供", AUTHORITY, "国家明令禁止使用“特供”“专供”等字样暗示与国家机关的关联。"),
    _t("驰名商标", AUTHORITY, "《商标法》第十四条：不得将“驰名商标”字样用于广告宣传。"),
    _t("免检", AUTHORITY, "国家已取消产品免检制度，宣传“免检”属于虚假宣传。"),
    # 绝对化承诺 — guarantees of effect
    _t("绝对", ABSOLUTE, _R4), _t("100%", ABSOLUTE, _R4), _t("万能", ABSOLUTE, _R4),
    _t("永久", ABSOLUTE, _R4), _t("零风险", ABSOLUTE, _R4), _t("无效退款", ABSOLUTE, _R4),
    # 功效承诺 — disease treatment (foods and goods may not claim it)
    _t("特效", EFFICACY, _R17, "视频特效"), _t("根治", EFFICACY, _R17), _t("治愈", EFFICACY, _R17),
    _t("药到病除", EFFICACY, _R17), _t("包治百病", EFFICACY, _R17), _t("无副作用", EFFICACY, _R17),
    _t("抗癌", EFFICACY, _R17), _t("降血压", EFFICACY, _R17), _t("降血糖", EFFICACY, _R17),
)


# --- normalisation with an offset map ------------------------------------------------

def normalise(text: str) -> str:
    """The matching form of a text: NFKC per character, case folded, zero-width
    characters dropped (what `find_banned_terms` compares)."""
    return _normalise_mapped(text)[0]


def _normalise_mapped(text: str) -> tuple[str, list[int]]:
    """(normalised text, origin) where origin[k] is the index in `text` of the
    character that produced normalised character k."""
    out: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        folded = unicodedata.normalize("NFKC", ch).casefold() if not ch.isascii() else ch.lower()
        out.append(folded)
        origin.extend([i] * len(folded))
    return "".join(out), origin


def _occurrences(haystack: str, needle: str):
    start = haystack.find(needle)
    while start >= 0:
        yield start
        start = haystack.find(needle, start + 1)


def _excepted(norm: str, pos: int, term: str, exceptions: tuple[str, ...]) -> bool:
    """Whether the match of `term` at `pos` lies inside one of its exception phrases."""
    for phrase in exceptions:
        for k in _occurrences(phrase, term):
            begin = pos - k
            if begin >= 0 and norm.startswith(phrase, begin):
                return True
    return False


def _line_column(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _context(text: str, start: int, end: int) -> str:
    left = max(0, start - CONTEXT_CHARS)
    right = min(len(text), end + CONTEXT_CHARS)
    snippet = text[left:right].replace("\r", "").replace("\n", " ")
    return ("…" if left > 0 else "") + snippet + ("…" if right < len(text) else "")


def find_banned_terms(text: str, terms: tuple[BannedTerm, ...] | list[BannedTerm] = DEFAULT_TERMS) -> list[Finding]:
    """Every banned term in `text`, in text order; overlapping matches resolved
    longest first (ties: the earlier one)."""
    if not text:
        return []
    norm, origin = _normalise_mapped(text)
    candidates: list[tuple[int, int, BannedTerm]] = []  # normalised [s, e), term
    for entry in terms:
        needle = normalise(entry.term).strip()
        if not needle:
            continue
        exceptions = tuple(normalise(x) for x in entry.exceptions)
        for pos in _occurrences(norm, needle):
            if not _excepted(norm, pos, needle, exceptions):
                candidates.append((pos, pos + len(needle), entry))
    candidates.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    taken = [False] * len(norm)
    chosen: list[tuple[int, int, BannedTerm]] = []
    for s, e, entry in candidates:
        if any(taken[s:e]):
            continue
        # A match must not split the expansion of one original character ("½" → "1⁄2").
        if (s > 0 and origin[s - 1] == origin[s]) or (e < len(norm) and origin[e] == origin[e - 1]):
            continue
        taken[s:e] = [True] * (e - s)
        chosen.append((s, e, entry))
    findings = []
    for s, e, entry in sorted(chosen, key=lambda c: c[0]):
        start, end = origin[s], origin[e - 1] + 1
        line, column = _line_column(text, start)
        findings.append(Finding(entry.term, entry.category, entry.reason, start, end, line, column,
                                text[start:end], _context(text, start, end)))
    return findings


def utf16_offset(text: str, index: int) -> int:
    """The UTF-16 position (what Qt's QTextCursor counts) of code-point `index`:
    characters outside the BMP (emoji 🍑, rare CJK) take two units."""
    return index + sum(1 for ch in text[:index] if ord(ch) > 0xFFFF)


def category_counts(findings: list[Finding]) -> dict[str, int]:
    """How many findings per category, in order of first appearance."""
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    return counts
