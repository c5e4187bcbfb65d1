"""学时: a student's training hours as printed on the 结业证书.

    training_hours(lesson_hours=[2.0, 2.0, 1.5], session_minutes=[60, 45.5])  # → 9

One 学时 is 45 minutes. A student's minutes are the hours of every cognitive
lesson (`TrainingModule.hours`) the student attended (出勤 or 迟到), plus the length
of every practice session (mock drill or live session, `ended_at − started_at`).
The total is rounded down to a whole 学时: a certificate never claims time that
was not spent.
"""
from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

MINUTES_PER_HOUR_OF_STUDY = 45  # 1 学时


def session_minutes(started_at: datetime, ended_at: datetime) -> float:
    """A session's length in minutes; a session recorded as ending before it started counts 0."""
    return max((ended_at - started_at).total_seconds(), 0.0) / 60


def training_hours(lesson_hours: Iterable[float], session_minutes: Iterable[float]) -> int:
    """Whole 学时 from the attended lessons' hours and the sessions' minutes."""
    # In whole seconds, so 2.0 h + 45 min is exactly 3 学时 and no float residue rounds a 学时 away.
    seconds = sum(round(max(h or 0.0, 0.0) * 3600) for h in lesson_hours)
    seconds += sum(round(max(m or 0.0, 0.0) * 60) for m in session_minutes)
    return seconds // (MINUTES_PER_HOUR_OF_STUDY * 60)
