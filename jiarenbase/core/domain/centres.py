"""District employment promotion centres (区就业促进中心) of Shanghai.

The table ships as package data (``jiarenbase/core/data/district_employment_centres.csv``,
copied from the article's list of the 16 district centres) and is read once.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .text import normalise_text

_DATA_PACKAGE = "jiarenbase.core.data"
_DATA_FILE = "district_employment_centres.csv"


@dataclass(frozen=True)
class EmploymentCentre:
    """One district's 就业促进中心: where a graduate applies for the subsidy."""

    district: str  # full name, e.g. "金山区", "浦东新区"
    name: str
    address: str


def district_key(name: object) -> str:
    """The short form of a district name: "金山区"/"金山"/"上海市金山区" → "金山",
    "浦东新区"/"浦东" → "浦东". Empty for empty input."""
    s = normalise_text(name).replace(" ", "")
    for prefix in ("上海市", "上海"):
        if s.startswith(prefix) and len(s) > len(prefix):
            s = s[len(prefix):]
            break
    for suffix in ("新区", "区", "县"):
        if s.endswith(suffix) and len(s) > len(suffix):
            return s[: -len(suffix)]
    return s


@lru_cache(maxsize=1)
def all_centres() -> tuple[EmploymentCentre, ...]:
    """All 16 district centres, in the order of the source table."""
    raw = resources.files(_DATA_PACKAGE).joinpath(_DATA_FILE).read_text(encoding="utf-8-sig")
    rows = csv.DictReader(io.StringIO(raw))
    return tuple(
        EmploymentCentre(
            district=normalise_text(r["district"]),
            name=normalise_text(r["centre"]),
            address=normalise_text(r["address"]),
        )
        for r in rows
        if normalise_text(r.get("district"))
    )


@lru_cache(maxsize=1)
def _by_key() -> dict[str, EmploymentCentre]:
    return {district_key(c.district): c for c in all_centres()}


def centre_for_district(name: str | None) -> EmploymentCentre | None:
    """The centre of a Shanghai district, or None when the name is empty or not a
    Shanghai district. Accepts "金山区" or "金山", "浦东新区" or "浦东"."""
    key = district_key(name)
    if not key:
        return None
    return _by_key().get(key)
