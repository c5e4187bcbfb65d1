"""Sensitive numbers never leave by accident (敏感信息脱敏，最后一道防线).

`mask_sensitive(text)` masks every ID number (18 characters, the last may be X;
the legacy 15 digits) and every mainland mobile number (11 digits, with or without
+86 / 0086 and the usual "-" or " " between its groups) in `text`, every line kept,
the way idcard.mask_id and the lists show them: 310116********0290, 139****5678.
Every error a person reads and every line the program logs passes through it
(errors_plain.scrub, AppContext.message, the crash dialog, the log file, stderr).

What it leaves alone: longer digit runs (a 20-digit order number, a nanosecond
count), shorter ones (dates, Unix timestamps), a 15-digit number that holds no
birth date (a Python object id), and digits inside a hexadecimal hash (an audit
hash, a UUID). Kept free of SQLAlchemy and Qt: the log formatter uses it from the
first line the desktop logs.
"""
from __future__ import annotations

import logging
import re
import string

# not in the middle of a longer number; a URL's %XX escape (file:///学员%20310116…) is no digit
_NOT_AFTER_DIGIT = r"(?:(?<![0-9])|(?<=%[0-9A-Fa-f]{2}))"
_SENSITIVE = re.compile(
    # 18 characters by shape alone (region, birth date, sequence, check): a mistyped ID is still one
    _NOT_AFTER_DIGIT + r"(?P<id18>[1-9][0-9]{16}[0-9Xx])(?![0-9])"
    # 15 digits (the legacy form, born 19YYMMDD) only when digits 7–12 read as a date
    r"|" + _NOT_AFTER_DIGIT + r"(?P<id15>[1-9][0-9]{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[0-9]{3})(?![0-9])"
    # a mobile: 1[3-9]x xxxx xxxx, right after a non-digit or after +86 / 0086 / 86
    r"|(?:" + _NOT_AFTER_DIGIT + r"|(?<=\+86)|(?<=(?<![0-9])0086)|(?<=(?<![0-9])86))"
    r"(?P<head>1[3-9][0-9])(?P<sep1>[- ]?)[0-9]{4}(?P<sep2>[- ]?)(?P<tail>[0-9]{4})(?![0-9])"
)
_HEX = frozenset(string.hexdigits)
_WORD = frozenset(string.ascii_letters + string.digits)
HASH_LENGTHS = frozenset({32, 40, 64, 128})  # MD5 or a UUID's hex, SHA-1, SHA-256 (the audit chain), SHA-512


def _in_hash(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] lies inside a hexadecimal hash (a run of hex characters as long as one)."""
    while start > 0 and text[start - 1] in _WORD:
        start -= 1
    while end < len(text) and text[end] in _WORD:
        end += 1
    return end - start in HASH_LENGTHS and all(ch in _HEX for ch in text[start:end])


def _mask(m: re.Match[str]) -> str:
    found = m.group(0)
    if _in_hash(m.string, m.start(), m.end()):
        return found
    if m.group("head") is not None:
        return m.group("head") + m.group("sep1") + "****" + m.group("sep2") + m.group("tail")
    return found[:6] + "*" * (len(found) - 10) + found[-4:]  # as idcard.mask_id


def mask_sensitive(text: str) -> str:
    """`text` with every ID number and mobile number masked; everything else as it was."""
    if not text:
        return text
    return _SENSITIVE.sub(_mask, text)


class MaskingFormatter(logging.Formatter):
    """A log formatter whose every line is masked: the message, its arguments, the
    traceback (also the copy cached on the record, which other handlers reuse) and
    the stack."""

    def format(self, record: logging.LogRecord) -> str:
        return mask_sensitive(super().format(record))

    def formatException(self, ei) -> str:  # noqa: N802 - logging's name
        return mask_sensitive(super().formatException(ei))

    def formatStack(self, stack_info: str) -> str:  # noqa: N802 - logging's name
        return mask_sensitive(super().formatStack(stack_info))


def masked(handler: logging.Handler, fmt: str | None = None, datefmt: str | None = None) -> logging.Handler:
    """`handler` with a MaskingFormatter (in `fmt`, else the format it had); for any
    handler that writes to a file or a console."""
    current = handler.formatter
    handler.setFormatter(MaskingFormatter(fmt or getattr(current, "_fmt", None),
                                          datefmt or getattr(current, "datefmt", None)))
    return handler
