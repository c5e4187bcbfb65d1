"""Text clean-up for what people type or paste from Excel."""
from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")
# Zero-width and other invisible characters that ride along with copy-paste.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)


def normalise_text(value: object) -> str:
    """Full-width ASCII → half-width, invisible characters dropped, runs of white
    space folded to one space, ends trimmed. CJK characters are untouched."""
    if value is None:
        return ""
    s = str(value)
    if s.isprintable():
        # Fast path (a roster import cleans ~150,000 cells): str.isprintable() is False
        # for every control (Cc), surrogate (Cs), format (Cf: all of _INVISIBLE) and
        # separator character except " ", so there is nothing to drop, ASCII is already
        # NFKC, and " " is the only white space before and after NFKC (checked over
        # every code point).
        if not s.isascii():
            s = unicodedata.normalize("NFKC", s)
        return _SPACES.sub(" ", s).strip() if " " in s else s
    s = s.translate(_INVISIBLE)
    # Drop control characters BEFORE normalising: removing one afterwards can bring
    # together characters that NFKC would compose ("e\x00\u0301" → "e\u0301"), and
    # the result would change when cleaned a second time.
    # Lone surrogates (Cs) go too: no database encoding can store them.
    s = "".join(ch for ch in s if unicodedata.category(ch) not in ("Cc", "Cs") or ch in "\t\n")
    # NFKC maps full-width letters/digits/punctuation (and the ideographic space)
    # to ASCII; it leaves Han characters alone.
    s = unicodedata.normalize("NFKC", s)
    return _SPACES.sub(" ", s).strip()


def normalise_name(value: object) -> str:
    """A person's name: spaces between Han characters removed ("张 三" → "张三")."""
    s = normalise_text(value)
    return re.sub(r"(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])", "", s)


PHONE_RE = re.compile(r"^1[3-9]\d{9}$")


def normalise_phone(value: object) -> str:
    s = normalise_text(value)
    s = re.sub(r"[\s\-]", "", s)
    if s.startswith("+86"):
        s = s[3:]
    elif s.startswith("0086"):
        s = s[4:]
    return s


def is_valid_mobile(value: str) -> bool:
    return bool(PHONE_RE.match(value))


def keep_typed(value: object) -> str:
    """Free text (a remark, a script) as the person typed it: line breaks and full-width
    punctuation kept; only control characters (tab and line feed excepted), NUL included,
    and lone surrogates removed; CRLF/CR become LF; outer blank space trimmed."""
    s = "" if value is None else str(value)
    s = s.replace("\r\n", "\n").replace("\r", "\n")
    s = "".join(ch for ch in s if ch in "\n\t" or unicodedata.category(ch) not in ("Cc", "Cs"))
    return s.strip()
