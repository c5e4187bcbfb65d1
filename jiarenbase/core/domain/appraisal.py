"""综合评定: the overall grade printed in a student's report (结业报告 / 阶段报告).

The rule, as the README states it:

- 综合分 = 实战直播平均分 × 60% + 模拟演练平均分 × 40%; a student scored in only
  one kind of session takes that kind's average. Averages are of the sessions' rubric
  scores (0–100).
- 优秀: 综合分 ≥ 85; 良好: ≥ 75; 合格: ≥ 60; 待提高: below 60.
- A stage passed by 特批 (a criterion was not met) caps the grade at 合格.
- No scored session: 暂不评定. A withdrawn student: 不予评定.

For a student still in training the same rule gives the grade so far (阶段评定).
"""
from __future__ import annotations

from dataclasses import dataclass

EXCELLENT, GOOD, PASSING = 85.0, 75.0, 60.0
LIVE_WEIGHT = 0.6  # live sessions weigh more than drills: they are the job itself

GRADES = ("优秀", "良好", "合格", "待提高")
NOT_YET = "暂不评定"
WITHDRAWN = "不予评定"


@dataclass(frozen=True)
class AppraisalFacts:
    drill_average: float | None  # 模拟演练平均分, None when no drill was scored
    live_average: float | None  # 实战直播平均分
    overridden_stages: int = 0  # stages passed by 特批
    withdrawn: bool = False


@dataclass(frozen=True)
class Appraisal:
    grade: str  # one of GRADES, NOT_YET or WITHDRAWN
    score: float | None  # 综合分
    basis: str  # one line saying how the grade was reached

    @property
    def graded(self) -> bool:
        return self.grade in GRADES


def composite_score(drill_average: float | None, live_average: float | None) -> float | None:
    """综合分: live × 60% + drills × 40%, or the one average there is."""
    if drill_average is not None and live_average is not None:
        return live_average * LIVE_WEIGHT + drill_average * (1 - LIVE_WEIGHT)
    return live_average if live_average is not None else drill_average


def grade_of(score: float, overridden_stages: int = 0) -> str:
    if score >= EXCELLENT:
        grade = "优秀"
    elif score >= GOOD:
        grade = "良好"
    elif score >= PASSING:
        grade = "合格"
    else:
        grade = "待提高"
    if overridden_stages and GRADES.index(grade) < GRADES.index("合格"):
        grade = "合格"
    return grade


def appraise(facts: AppraisalFacts) -> Appraisal:
    if facts.withdrawn:
        return Appraisal(WITHDRAWN, None, "已退出实训")
    score = composite_score(facts.drill_average, facts.live_average)
    if score is None:
        return Appraisal(NOT_YET, None, "尚无评分记录")
    parts = []
    if facts.drill_average is not None and facts.live_average is not None:
        parts.append(f"综合分 {score:.1f}（实战直播 {facts.live_average:.1f} × 60% + "
                     f"模拟演练 {facts.drill_average:.1f} × 40%）")
    elif facts.live_average is not None:
        parts.append(f"综合分 {score:.1f}（实战直播平均分）")
    else:
        parts.append(f"综合分 {score:.1f}（模拟演练平均分，尚无实战直播评分）")
    grade = grade_of(score, facts.overridden_stages)
    if facts.overridden_stages:
        parts.append(f"{facts.overridden_stages} 个阶段为特批通过，评定最高为合格")
    return Appraisal(grade, score, "；".join(parts))
