"""Learning curves (成长曲线): a student's values session by session against the
cohort median.

The cohort median is taken BY SESSION NUMBER, not by calendar week: the value at
session n is the median, over the cohort's students who have an n-th session with
a value, of that student's n-th session's value (sessions in the order they were
held). It answers "how did others do at their 12th drill?", which is what a mentor
compares a learning curve with; students start at different dates and practise at
different rates, so a median by week would mix beginners with old hands.

Rules:
- a session without a value (no rubric scores; conversion with 0 viewers) does not
  count at that number, but still counts as a session: numbering follows the
  sessions held, so the student's chart and the median share one x-axis;
- at a session number reached by fewer than `min_students` students the median is
  None (the median line ends there rather than following one or two people);
- the student whose page it is belongs to the cohort and is included.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from statistics import median

MIN_STUDENTS = 3  # fewer students at a session number -> no median there


def median_by_session_number(curves: Iterable[Sequence[float | None]],
                             min_students: int = MIN_STUDENTS) -> list[float | None]:
    """The median of the n-th values of `curves` (one sequence per student, in
    session order) for n = 1 … the longest curve; None where fewer than
    `min_students` curves have a value at n. Trailing Nones are dropped."""
    columns: list[list[float]] = []
    for curve in curves:
        if len(curve) > len(columns):
            columns.extend([] for _ in range(len(curve) - len(columns)))
        for i, value in enumerate(curve):
            if value is not None:
                columns[i].append(value)
    result = [median(col) if len(col) >= max(1, min_students) else None for col in columns]
    while result and result[-1] is None:
        result.pop()
    return result


def conversion_rate(buyers: int, viewers: int) -> float | None:
    """转化率 = buyers / viewers (as `metrics.derive_metrics`); None with no viewers."""
    return buyers / viewers if viewers > 0 else None
