"""综合评定: the grade rule of the student report (domain/appraisal.py, stated in the README)."""
from __future__ import annotations

import pytest

from jiarenbase.core.domain.appraisal import (
    NOT_YET,
    WITHDRAWN,
    AppraisalFacts,
    appraise,
    composite_score,
    grade_of,
)


def test_the_composite_weighs_live_sessions_sixty_percent():
    assert composite_score(70.0, 90.0) == pytest.approx(82.0)
    assert composite_score(None, 90.0) == 90.0
    assert composite_score(70.0, None) == 70.0
    assert composite_score(None, None) is None


@pytest.mark.parametrize(("score", "grade"), [
    (100, "优秀"), (85, "优秀"), (84.99, "良好"), (75, "良好"), (74.9, "合格"), (60, "合格"), (59.9, "待提高"),
    (0, "待提高"),
])
def test_thresholds(score, grade):
    assert grade_of(score) == grade


def test_a_stage_passed_by_override_caps_the_grade_at_pass():
    assert grade_of(95, overridden_stages=1) == "合格"
    assert grade_of(80, overridden_stages=2) == "合格"
    assert grade_of(50, overridden_stages=1) == "待提高"  # a cap, never a lift
    a = appraise(AppraisalFacts(90.0, 92.0, overridden_stages=1))
    assert a.grade == "合格" and "特批" in a.basis


def test_appraise_says_how_the_grade_was_reached():
    a = appraise(AppraisalFacts(drill_average=80.0, live_average=90.0))
    assert a.grade == "优秀" and a.score == pytest.approx(86.0)
    assert a.basis == "综合分 86.0（实战直播 90.0 × 60% + 模拟演练 80.0 × 40%）"
    drills_only = appraise(AppraisalFacts(drill_average=66.0, live_average=None))
    assert drills_only.grade == "合格" and "尚无实战直播评分" in drills_only.basis
    assert appraise(AppraisalFacts(None, 78.0)).grade == "良好"


def test_no_scores_or_withdrawn_is_not_graded():
    none = appraise(AppraisalFacts(None, None))
    assert (none.grade, none.score, none.graded) == (NOT_YET, None, False)
    gone = appraise(AppraisalFacts(90.0, 90.0, withdrawn=True))
    assert gone.grade == WITHDRAWN and not gone.graded
