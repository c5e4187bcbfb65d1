"""Stage gates of the three-stage training (三阶实训法): 认知实训 → 项目实训 →
实战实训 → 结业.

A gate is the set of criteria to LEAVE a stage. A mentor (or staff) signs a stage
off; when a criterion is not met, only staff or an admin may let the student pass
anyway (特批), with a written reason.

Each criterion is 达标 (met), 未达标 (unmet) or 无数据 (nothing to measure yet: no
lessons held, no drill logged, no scored session). A gate is met only when every
criterion is met with evidence, or waived (豁免) by the cohort with a written reason.
"""
from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from enum import StrEnum
from fractions import Fraction
from typing import Any

from ..errors import Problem, ValidationError
from .enums import Role, Stage, StageResult

MIN_OVERRIDE_REASON = 10  # characters in a 特批理由
OVERRIDE_FIELD = ("特批理由", "Override reason")
STAGE_FIELD = ("阶段", "Stage")

# criteria field -> (Chinese label, English label)
CRITERIA_LABELS: dict[str, tuple[str, str]] = {
    "min_module_attendance": ("认知模块出勤率下限", "Minimum module attendance"),
    "min_mock_drills": ("模拟演练最少次数", "Minimum mock drills"),
    "min_mock_avg_rubric": ("模拟演练平均分下限", "Minimum mock-drill average score"),
    "min_live_sessions": ("实战直播最少场次", "Minimum live sessions"),
    "min_live_avg_rubric": ("实战直播平均分下限", "Minimum live-session average score"),
}

# criterion (a check's key) -> (Chinese label, English label), in gate order
CHECK_LABELS: dict[str, tuple[str, str]] = {
    "module_attendance": ("认知模块出勤", "Module attendance"),
    "mock_drills": ("模拟演练次数", "Mock drills"),
    "mock_avg_rubric": ("模拟演练平均分", "Mock-drill average score"),
    "live_sessions": ("实战直播场次", "Live sessions"),
    "live_avg_rubric": ("实战直播平均分", "Live-session average score"),
}
MIN_WAIVER_REASON = 4  # characters in a 豁免理由
MAX_WAIVER_REASON = 200
WAIVERS_FIELD = ("豁免", "Waivers")


def waiver_field(key: str) -> tuple[str, str]:
    """The form field of a criterion's waiver reason, e.g. ("模拟演练次数豁免理由", ...)."""
    zh, en = CHECK_LABELS[key]
    return f"{zh}豁免理由", f"{en} waiver reason"


@dataclass(frozen=True)
class StageCriteria:
    """A cohort's gate criteria (stored per cohort as JSON)."""

    min_module_attendance: float = 0.8  # fraction 0–1 of cognitive modules attended
    min_mock_drills: int = 5
    min_mock_avg_rubric: float = 70.0  # 0–100 scale
    min_live_sessions: int = 3
    min_live_avg_rubric: float = 70.0  # 0–100 scale
    # criteria the cohort waives (豁免), as (check key, reason) in gate order; a dict is accepted
    waivers: tuple[tuple[str, str], ...] = ()

    def __post_init__(self) -> None:
        items = self.waivers.items() if isinstance(self.waivers, Mapping) else self.waivers
        order = list(CHECK_LABELS)
        pairs = {str(k): (r if isinstance(r, str) else "").strip() for k, r in items}
        ranked = sorted(pairs.items(), key=lambda kv: (order.index(kv[0]) if kv[0] in order else len(order), kv[0]))
        object.__setattr__(self, "waivers", tuple(ranked))

    def waiver(self, key: str) -> str:
        """The reason the cohort waives criterion `key` ("" when it does not)."""
        return dict(self.waivers).get(key, "")

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self) if f.name != "waivers"}
        data["waivers"] = dict(self.waivers)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any] | None) -> StageCriteria:
        """Read stored criteria; missing keys take the defaults, unknown keys are
        ignored. Raises ValidationError for values that are not numbers or out of range."""
        data = data or {}
        values: dict[str, Any] = {}
        problems: list[Problem] = []
        for f in fields(cls):
            if f.name == "waivers" or f.name not in data or data[f.name] is None:
                continue
            raw = data[f.name]
            zh, en = CRITERIA_LABELS[f.name]
            try:
                if isinstance(raw, bool):
                    raise ValueError
                num = float(raw)
                if f.type in ("int", int):
                    if not num.is_integer():
                        raise ValueError
                    values[f.name] = int(num)
                else:
                    values[f.name] = num
            except (TypeError, ValueError, OverflowError):
                problems.append(Problem(zh, f"“{raw}”不是有效数字，请重新填写。",
                                        f"'{raw}' is not a valid number; enter it again.", en))
        waivers = data.get("waivers") or {}  # criteria saved before waivers existed have none
        if not isinstance(waivers, Mapping):
            problems.append(Problem(WAIVERS_FIELD[0], "格式不正确，请重新设置豁免。",
                                    "are malformed; set the waivers again.", WAIVERS_FIELD[1]))
        if problems:
            raise ValidationError(problems)
        criteria = cls(**values, waivers=waivers)
        problems = criteria.validate()
        if problems:
            raise ValidationError(problems)
        return criteria

    def validate(self) -> list[Problem]:
        """Out-of-range values: attendance 0–1, counts ≥ 0 whole numbers, averages 0–100."""
        problems: list[Problem] = []

        def bad(name: str, zh: str, en: str) -> None:
            label_zh, label_en = CRITERIA_LABELS[name]
            problems.append(Problem(label_zh, zh, en, label_en))

        a = self.min_module_attendance
        if not _finite(a) or not 0 <= a <= 1:
            bad("min_module_attendance", "应在0到1之间（如0.8表示80%），请修改。",
                "must be between 0 and 1 (0.8 means 80%); change it.")
        for name in ("min_mock_drills", "min_live_sessions"):
            n = getattr(self, name)
            if isinstance(n, bool) or not isinstance(n, int) or n < 0:
                bad(name, "应为0或正整数，请修改。", "must be a whole number of 0 or more; change it.")
        for name in ("min_mock_avg_rubric", "min_live_avg_rubric"):
            v = getattr(self, name)
            if not _finite(v) or not 0 <= v <= 100:
                bad(name, "应在0到100之间，请修改。", "must be between 0 and 100; change it.")
        for key, reason in self.waivers:
            if key not in CHECK_LABELS:
                problems.append(Problem(WAIVERS_FIELD[0], f"“{key}”不是可豁免的标准，请重新设置。",
                                        f"'{key}' is not a criterion that can be waived; set it again.",
                                        WAIVERS_FIELD[1]))
                continue
            zh, en = waiver_field(key)
            if len(reason) < MIN_WAIVER_REASON:
                problems.append(Problem(zh, f"豁免须写明理由（至少{MIN_WAIVER_REASON}个字，现为{len(reason)}个字）。",
                                        f"a waiver needs a reason of at least {MIN_WAIVER_REASON} characters "
                                        f"(now {len(reason)}).", en))
            elif len(reason) > MAX_WAIVER_REASON:
                problems.append(Problem(zh, f"不能超过{MAX_WAIVER_REASON}个字，请精简。",
                                        f"cannot be longer than {MAX_WAIVER_REASON} characters; shorten it.", en))
        return problems


def _finite(x: object) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


@dataclass(frozen=True)
class StageEvidence:
    """What a student has done, counted from attendance and session records."""

    modules_total: int = 0  # cognitive modules the cohort held
    modules_attended: int = 0
    mock_drills: int = 0  # 模拟直播演练 logged
    mock_avg_rubric: float | None = None  # 0–100; None when no drill was scored
    live_sessions: int = 0  # 实战直播 hosted
    live_avg_rubric: float | None = None  # 0–100

    def validate(self) -> list[Problem]:
        problems: list[Problem] = []
        for name, zh, en in (("modules_total", "认知模块总数", "Modules held"),
                             ("modules_attended", "已出勤模块数", "Modules attended"),
                             ("mock_drills", "模拟演练次数", "Mock drills"),
                             ("live_sessions", "实战直播场次", "Live sessions")):
            if getattr(self, name) < 0:
                problems.append(Problem(zh, "不能为负数。", "cannot be negative.", en))
        if self.modules_attended > self.modules_total >= 0:
            problems.append(Problem("已出勤模块数", "不能多于认知模块总数，请核对考勤。",
                                    "cannot exceed the modules held; check attendance.",
                                    "Modules attended"))
        for name, zh, en in (("mock_avg_rubric", "模拟演练平均分", "Mock-drill average score"),
                             ("live_avg_rubric", "实战直播平均分", "Live-session average score")):
            v = getattr(self, name)
            if v is not None and (not _finite(v) or not 0 <= v <= 100):
                problems.append(Problem(zh, "应在0到100之间。", "must be between 0 and 100.", en))
        return problems


class CheckState(StrEnum):
    """Where a criterion stands: 达标 / 未达标 / 无数据 / 已豁免."""

    MET = "met"
    UNMET = "unmet"
    NO_DATA = "no_data"
    WAIVED = "waived"


@dataclass(frozen=True)
class CriterionCheck:
    """One line of a gate: what is required, what the student has, met or not.
    `missing_zh`/`missing_en` say what is missing when there is nothing to measure
    yet (无数据; `met` is then False); `waiver` is the cohort's reason when it waives it."""

    key: str
    label_zh: str
    label_en: str
    actual: str  # for display, e.g. "6/8（75%）"
    required: str  # e.g. "≥80%"
    met: bool  # measured and reached
    missing_zh: str = ""
    missing_en: str = ""
    waiver: str = ""

    @property
    def no_data(self) -> bool:
        return bool(self.missing_zh)

    @property
    def waived(self) -> bool:
        return bool(self.waiver)

    @property
    def passes(self) -> bool:
        """Lets the student through: waived, or met with evidence."""
        return self.waived or (self.met and not self.no_data)

    @property
    def state(self) -> CheckState:
        if self.waived:
            return CheckState.WAIVED
        if self.no_data:
            return CheckState.NO_DATA
        return CheckState.MET if self.met else CheckState.UNMET


@dataclass(frozen=True)
class GateVerdict:
    """The checks of the gate to leave `stage`."""

    stage: Stage
    checks: tuple[CriterionCheck, ...]

    @property
    def met(self) -> bool:
        """Every criterion met with evidence or waived (an empty gate is not met)."""
        return bool(self.checks) and all(c.passes for c in self.checks)

    @property
    def unmet(self) -> tuple[CriterionCheck, ...]:
        """The checks that hold the student back: unmet or without data, not waived."""
        return tuple(c for c in self.checks if not c.passes)


@dataclass(frozen=True)
class StageDecision:
    """A sign-off: the student moves from `from_stage` to `to_stage`."""

    from_stage: Stage
    to_stage: Stage
    result: StageResult
    override_reason: str | None = None


def _pct(x: float) -> str:
    return f"{x * 100:.0f}%"


def _score(avg: float) -> str:
    """Cut (not rounded) to one decimal, so 69.96 shows 69.9 and visibly fails 70."""
    return f"{math.floor(avg * 10 + 1e-9) / 10:.1f}"


# what is missing when a criterion has nothing to measure yet (无数据)
MISSING: dict[str, tuple[str, str]] = {
    "module_attendance": ("本批次尚未开设认知模块，没有可计算的出勤", "the cohort has held no cognitive lessons yet"),
    "mock_drills": ("尚无模拟演练记录", "no mock drill has been logged yet"),
    "mock_avg_rubric": ("尚无已评分的模拟演练", "no mock drill has been scored yet"),
    "live_sessions": ("尚无实战直播记录", "no live session has been logged yet"),
    "live_avg_rubric": ("尚无已评分的实战直播", "no live session has been scored yet"),
}


def _check(key: str, actual: str, required: str, met: bool, no_data: bool = False) -> CriterionCheck:
    zh, en = CHECK_LABELS[key]
    missing_zh, missing_en = MISSING[key] if no_data else ("", "")
    return CriterionCheck(key, zh, en, actual, required, met and not no_data, missing_zh, missing_en)


def _count_check(key: str, actual: int, required: int) -> CriterionCheck:
    return _check(key, str(actual), f"≥{required}", actual >= required, no_data=actual == 0)


def _avg_check(key: str, avg: float | None, required: float) -> CriterionCheck:
    if avg is None:
        return _check(key, "—", f"≥{required:.1f}", False, no_data=True)
    return _check(key, _score(avg), f"≥{required:.1f}", avg + 1e-9 >= required)


def _attendance_check(c: StageCriteria, e: StageEvidence) -> CriterionCheck:
    required = f"≥{_pct(c.min_module_attendance)}"
    if e.modules_total == 0:
        return _check("module_attendance", "0/0", required, False, no_data=True)
    rate = Fraction(e.modules_attended, e.modules_total)
    # Compare exactly: 7/10 against 0.7 must pass despite binary floating point.
    met = rate >= Fraction(str(c.min_module_attendance))
    return _check("module_attendance", f"{e.modules_attended}/{e.modules_total}（{_pct(float(rate))}）",
                  required, met)


def evaluate_gate(stage: Stage, criteria: StageCriteria, evidence: StageEvidence) -> GateVerdict:
    """The checks to leave `stage`: 认知实训 needs module attendance; 项目实训 the
    number and average score of mock drills; 实战实训 those of live sessions.
    Nothing to count yet is 无数据 (not met); a criterion the cohort waives carries
    its reason and lets the student through."""
    problems = criteria.validate() + evidence.validate()
    if problems:
        raise ValidationError(problems)
    c, e = criteria, evidence
    if stage is Stage.COGNITIVE:
        checks = (_attendance_check(c, e),)
    elif stage is Stage.PROJECT:
        checks = (_count_check("mock_drills", e.mock_drills, c.min_mock_drills),
                  _avg_check("mock_avg_rubric", e.mock_avg_rubric, c.min_mock_avg_rubric))
    elif stage is Stage.LIVE:
        checks = (_count_check("live_sessions", e.live_sessions, c.min_live_sessions),
                  _avg_check("live_avg_rubric", e.live_avg_rubric, c.min_live_avg_rubric))
    else:
        raise _completed_error()
    return GateVerdict(stage, tuple(replace(ch, waiver=c.waiver(ch.key)) for ch in checks))


def _completed_error() -> ValidationError:
    return ValidationError.of(STAGE_FIELD[0], "学员已结业，没有下一阶段可签核。",
                              "the student has completed the training; there is no further stage to sign off.",
                              STAGE_FIELD[1])


def _unmet_problems(verdict: GateVerdict) -> list[Problem]:
    return [Problem(c.label_zh, f"无数据：{c.missing_zh}，无法判断是否达标（要求{c.required}）。",
                    f"no data: {c.missing_en}, so it cannot be judged (needs {c.required}).", c.label_en)
            if c.no_data else
            Problem(c.label_zh, f"未达标：当前{c.actual}，要求{c.required}。",
                    f"not met: has {c.actual}, needs {c.required}.", c.label_en)
            for c in verdict.unmet]


def decide_sign_off(current: Stage, verdict: GateVerdict, signer_role: Role,
                    override_reason: str | None) -> StageDecision:
    """Sign off `current`: PASSED when every criterion is met with evidence or waived;
    a criterion without data (无数据) counts as unmet. Otherwise OVERRIDDEN
    (特批通过) when staff or an admin gives a reason of at least 10 characters.
    A mentor may never override. Raises ValidationError listing what is missing."""
    if current is Stage.COMPLETED or current.next is None:
        raise _completed_error()
    if verdict.stage is not current:
        raise ValidationError.of(
            STAGE_FIELD[0],
            f"评估结果属于“{verdict.stage.zh}”，与学员当前阶段“{current.zh}”不符，请重新评估。",
            f"the verdict is for '{verdict.stage.value}' but the student is in '{current.value}'; evaluate again.",
            STAGE_FIELD[1])
    if verdict.met:
        return StageDecision(current, current.next, StageResult.PASSED, None)
    problems = _unmet_problems(verdict)
    # strip() only: normalise_text would turn Chinese full-width punctuation (，：) into ASCII.
    reason = (override_reason or "").strip()
    if signer_role not in (Role.STAFF, Role.ADMIN):
        if reason:
            zh = "导师不能特批：未达标时只有教务或管理员可以填写特批理由放行。"
            en = "mentors cannot override; only staff or an admin may pass a student who falls short, with a reason."
        else:
            zh = "条件未全部满足；如需特批，请由教务或管理员签核并填写特批理由。"
            en = "not every criterion is met; to pass anyway, staff or an admin must sign with an override reason."
        raise ValidationError(problems + [Problem(OVERRIDE_FIELD[0], zh, en, OVERRIDE_FIELD[1])])
    if len(reason) < MIN_OVERRIDE_REASON:
        raise ValidationError(problems + [Problem(
            OVERRIDE_FIELD[0],
            f"条件未全部满足，特批须写明理由（至少{MIN_OVERRIDE_REASON}个字，现为{len(reason)}个字）。",
            f"not every criterion is met; an override needs a reason of at least "
            f"{MIN_OVERRIDE_REASON} characters (now {len(reason)}).",
            OVERRIDE_FIELD[1])])
    return StageDecision(current, current.next, StageResult.OVERRIDDEN, reason)
