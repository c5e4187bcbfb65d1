"""The one scrubber (core/sensitive.py): every ID number and mobile in a text masked,
wherever it stands, every line kept; ordinary numbers left alone; log lines and
tracebacks masked by the log formatter."""
from __future__ import annotations

import hashlib
import io
import json
import logging
import sys

import pytest

from jiarenbase.core.domain.idcard import mask_id, upgrade_15
from jiarenbase.core.errors_plain import mask_sensitive as from_errors_plain
from jiarenbase.core.sensitive import MaskingFormatter, mask_sensitive, masked

ID, ID_X, ID_15 = "310116200903030290", "11010519491231002X", "310116090303029"
PHONE = "13917654321"
M_ID, M_ID_X, M_ID_15, M_PHONE = "310116********0290", "110105********002X", "310116*****3029", "139****4321"


def test_the_same_masking_as_the_lists():
    assert mask_sensitive(ID) == mask_id(ID) == M_ID
    assert mask_sensitive(ID_X) == mask_id(ID_X) == M_ID_X
    assert mask_sensitive(ID_X.lower()) == M_ID_X.lower()
    assert mask_sensitive(ID_15) == mask_id(ID_15) == M_ID_15
    assert upgrade_15(ID_15)  # a real legacy number (born 1909-03-03)
    assert mask_sensitive(PHONE) == M_PHONE
    assert from_errors_plain is mask_sensitive  # errors_plain's name for it


@pytest.mark.parametrize(("text", "expected"), [
    (f"身份证号{ID}已登记", f"身份证号{M_ID}已登记"),  # Chinese on both sides
    (f"“{ID_X}”格式", f"“{M_ID_X}”格式"),
    (f"'{ID}'", f"'{M_ID}'"),  # a repr
    (f"('王芳', '{ID}', '{PHONE}')", f"('王芳', '{M_ID}', '{M_PHONE}')"),  # a parameters tuple in a traceback
    (json.dumps({"id_number": ID, "phone": PHONE}), json.dumps({"id_number": M_ID, "phone": M_PHONE})),
    (f"DETAIL:  Key (id_number)=({ID}) already exists.", f"DETAIL:  Key (id_number)=({M_ID}) already exists."),
    (f'password authentication failed for user "{ID}"', f'password authentication failed for user "{M_ID}"'),
    (f"/data/名单/{ID}.xlsx", f"/data/名单/{M_ID}.xlsx"),
    (f"file:///tmp/%E5%AD%A6%20{ID}.pdf", f"file:///tmp/%E5%AD%A6%20{M_ID}.pdf"),  # a URL escape before it
    (f"ID{ID}", f"ID{M_ID}"),
    (f"{ID}X", f"{M_ID}X"),
    (f"{ID},{ID_X};{ID_15}", f"{M_ID},{M_ID_X};{M_ID_15}"),
    (f"b'{ID}'", f"b'{M_ID}'"),
    ("手机：139-1765-4321 或 139 1765 4321", "手机：139-****-4321 或 139 **** 4321"),
    (f"+86{PHONE} 0086{PHONE} 86{PHONE}", f"+86{M_PHONE} 0086{M_PHONE} 86{M_PHONE}"),
    (f"tel:{PHONE},", f"tel:{M_PHONE},"),
])
def test_numbers_are_masked_wherever_they_stand(text, expected):
    assert mask_sensitive(text) == expected


def test_every_line_is_kept():
    text = f"Traceback (most recent call last):\n  File \"x.py\", line 3\nValueError: {ID}\n\nDETAIL: {PHONE}\n"
    assert mask_sensitive(text) == text.replace(ID, M_ID).replace(PHONE, M_PHONE)
    assert mask_sensitive("") == "" and mask_sensitive(M_ID) == M_ID  # masking twice changes nothing


@pytest.mark.parametrize("text", [
    "2025-03-01 12:30:45,123 INFO jiarenbase: started",
    "20250301123045",  # a timestamp, 14 digits
    "1740800000", "1740800000123", "1740800000123456", "1740800000123456789",  # Unix s, ms, µs, ns
    "订单号 20250301000013917654",  # a 20-digit order number
    "12345678901234567890123",
    "19-digit 3101162009030302901",
    "140234567890123",  # a Python object id: 15 digits but no birth date in them
    "12345678901", "1391765432", "139176543210",  # not a mobile: starts 12, 10 digits, 12 digits
    "12345678613917654321",  # 86 inside a longer number is no country code
    "v2.15.310116", "第 3101 行", "0x7f3a5c2b1d90",
])
def test_ordinary_numbers_are_left_alone(text):
    assert mask_sensitive(text) == text


def test_hashes_are_left_alone():
    """The audit chain's SHA-256 and the snapshots' keyed hashes: 64 hex characters that
    may hold a run of 18 digits; a run of hex as long as a hash is a hash."""
    digest = "ab" + ID + "c" * 44
    assert len(digest) == 64 and mask_sensitive(f'"entry_hash": "{digest}"') == f'"entry_hash": "{digest}"'
    for n in range(2000):
        h = hashlib.sha256(str(n).encode()).hexdigest()
        assert mask_sensitive(h) == h
        assert mask_sensitive(h[:32]) == h[:32] and mask_sensitive(h[:40]) == h[:40]
    assert mask_sensitive("deadbeef" + ID) == "deadbeef" + M_ID  # 26 characters: no hash


# ------------------------------------------------------------------------------ logging

def record_with_traceback(logger: logging.Logger, *handlers: logging.Handler) -> None:
    """Log an error with its traceback and stack through `handlers`, in that order."""
    for handler in handlers:
        logger.addHandler(handler)
    try:
        try:
            raise ValueError(f"UNIQUE failed [parameters: ('王芳', '{ID}', '{PHONE}')]")
        except ValueError:
            logger.error("saving %s (%s) failed", ID, PHONE, exc_info=True, stack_info=True)
    finally:
        for handler in handlers:
            logger.removeHandler(handler)


def test_the_log_formatter_masks_the_message_its_arguments_and_the_traceback():
    logger = logging.getLogger("jiarenbase.tests.sensitive")
    logger.propagate = False
    try:
        out, plain_out = io.StringIO(), io.StringIO()
        handler = logging.StreamHandler(out)
        handler.setFormatter(MaskingFormatter("%(levelname)s %(message)s"))
        plain = logging.StreamHandler(plain_out)  # a handler after it reuses the record's cached traceback
        record_with_traceback(logger, handler, plain)
    finally:
        logger.propagate = True
    text = out.getvalue()
    assert text.startswith(f"ERROR saving {M_ID} ({M_PHONE}) failed")
    assert "Traceback (most recent call last)" in text and "Stack (most recent call last)" in text
    assert f"ValueError: UNIQUE failed [parameters: ('王芳', '{M_ID}', '{M_PHONE}')]" in text
    assert ID not in text and PHONE not in text
    assert ID not in plain_out.getvalue().split("Traceback")[1]  # the cached traceback was the masked one


def test_masked_gives_a_handler_the_masking_formatter_in_its_format():
    handler = logging.StreamHandler(io.StringIO())
    handler.setFormatter(logging.Formatter("<%(message)s>", datefmt="%H"))
    assert masked(handler) is handler
    assert isinstance(handler.formatter, MaskingFormatter)
    assert (handler.formatter._fmt, handler.formatter.datefmt) == ("<%(message)s>", "%H")
    record_with_traceback(logging.getLogger("jiarenbase.tests.sensitive2"), handler)
    assert handler.stream.getvalue().startswith(f"<saving {M_ID} ({M_PHONE}) failed>")
    assert ID not in handler.stream.getvalue()
    bare = masked(logging.StreamHandler(sys.stderr), "%(name)s: %(message)s")
    assert bare.formatter._fmt == "%(name)s: %(message)s"
