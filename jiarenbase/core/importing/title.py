"""The school a roster's title row names (“上海中侨职业技术大学 2025届 直播实训学员名单”)."""
from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from ..domain.text import normalise_text

K = TypeVar("K")


def _comparable(text: str) -> str:
    """Full-width → half-width, case folded, all white space removed."""
    return "".join(normalise_text(text).casefold().split())


def school_named_in(title: str, schools: Iterable[tuple[K, str]]) -> K | None:
    """The key of the known school whose name appears in `title` (full-width forms and
    spaces do not matter); the longest name wins (“XX大学” over “XX”). None when
    the title names none of them."""
    text = _comparable(title)
    if not text:
        return None
    best: tuple[int, K] | None = None
    for key, name in schools:
        n = _comparable(name)
        if len(n) >= 2 and n in text and (best is None or len(n) > best[0]):
            best = (len(n), key)
    return best[1] if best else None
