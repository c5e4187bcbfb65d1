"""The verification code of a 结业证书 and the text of its QR code.

    code = verification_code(key, "JRB-ZB202406-05-028", "陆一", date(2024, 10, 29))  # "K7P2Q9XM"
    qr_text("JRB-ZB202406-05-028", code)  # "JRBCERT:JRB-ZB202406-05-028:K7P2Q9XM"
    parse_verify_text("JRB-ZB202406-05-028 k7p2-q9xm")  # ("JRB-ZB202406-05-028", "K7P2Q9XM")

The code is a keyed hash (HMAC-SHA256 with a secret kept in the database) of the
number, the holder's name and the issue date, in Crockford base32 without the
letters people misread (I, L, O, U). Anyone can type it back from paper; nobody
without the database's key can make a valid one for a number that was not issued.
"""
from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date

QR_PREFIX = "JRBCERT"
CODE_LENGTH = 8
_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32
_MISREAD = str.maketrans({"I": "1", "L": "1", "O": "0", "U": "V"})


def certificate_key(database_secret: bytes) -> bytes:
    """The key of the codes, derived from the database's one secret (the audit key)."""
    return hmac.new(database_secret, b"jiarenbase completion certificate", hashlib.sha256).digest()


def verification_code(key: bytes, number: str, holder: str, issued_on: date) -> str:
    message = f"{number.strip()}|{holder.strip()}|{issued_on.isoformat()}".encode()
    digest = hmac.new(key, message, hashlib.sha256).digest()
    value = int.from_bytes(digest[:5], "big")  # 40 bits = 8 base32 characters
    return "".join(_ALPHABET[(value >> (5 * i)) & 31] for i in reversed(range(CODE_LENGTH)))


def qr_text(number: str, code: str) -> str:
    return f"{QR_PREFIX}:{number}:{code}"


def normalise_code(code: str) -> str:
    """What a person typed (lower case, dashes, O for 0) as the stored code."""
    return re.sub(r"[\s\-_]", "", code or "").upper().translate(_MISREAD)


def parse_verify_text(text: str) -> tuple[str, str] | None:
    """The number and code in a QR's text or in "number code" typed by a person;
    None when the text holds neither form."""
    t = (text or "").strip().replace("：", ":")
    if t.upper().startswith(QR_PREFIX + ":"):
        parts = t.split(":")
        if len(parts) == 3 and parts[1].strip() and parts[2].strip():
            return parts[1].strip().upper(), normalise_code(parts[2])
        return None
    pieces = t.split()
    if len(pieces) >= 2:
        return pieces[0].upper(), normalise_code("".join(pieces[1:]))
    return None


def codes_match(given: str, stored: str) -> bool:
    return hmac.compare_digest(normalise_code(given).encode(), (stored or "").encode())
