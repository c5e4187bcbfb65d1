"""Cohort codes (批次编号) in the base's pattern: <prefix><yyyymm>-<NN>, e.g. ZB202612-01."""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from datetime import date

DEFAULT_PREFIX = "ZB"  # 直播
_PATTERN = re.compile(r"^([A-Za-z]{1,6})(\d{4})(\d{2})-(\d{2,3})$")


def next_cohort_code(existing: Iterable[str], month: date) -> str:
    """The next free code for `month`: the prefix the base uses most (ZB when none
    follows the pattern), the month, and one more than the highest number used in
    that month with that prefix (01 for the month's first cohort)."""
    matches = [m for code in existing if (m := _PATTERN.match(code.strip()))]
    prefixes = Counter(m[1].upper() for m in matches)
    prefix = prefixes.most_common(1)[0][0] if prefixes else DEFAULT_PREFIX
    ym = f"{month:%Y%m}"
    used = [int(m[4]) for m in matches if m[1].upper() == prefix and m[2] + m[3] == ym]
    return f"{prefix}{ym}-{max(used, default=0) + 1:02d}"
