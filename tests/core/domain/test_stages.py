import json

import pytest

from jiarenbase.core.domain.enums import Role, Stage, StageResult
from jiarenbase.core.domain.stages import (
    CriterionCheck,
    GateVerdict,
    StageCriteria,
    StageEvidence,
    decide_sign_off,
    evaluate_gate,
)
from jiarenbase.core.errors import ValidationError

C = StageCriteria()
GOOD = StageEvidence(modules_total=8, modules_attended=8, mock_drills=5, mock_avg_rubric=80.0,
                     live_sessions=3, live_avg_rubric=75.0)
REASON = "学员因病缺课两次，已补看录像并通过导师面试"


# --- criteria ---------------------------------------------------------------------

def test_criteria_defaults_and_json_round_trip():
    assert StageCriteria(0.8, 5, 70.0, 3, 70.0) == C
    custom = StageCriteria(0.75, 8, 65.0, 4, 72.5)
    assert StageCriteria.from_dict(json.loads(json.dumps(custom.to_dict()))) == custom
    assert C.validate() == []


def test_criteria_from_dict_missing_keys_take_defaults_and_unknown_ignored():
    assert StageCriteria.from_dict({"min_mock_drills": 7, "colour": "red"}) == StageCriteria(min_mock_drills=7)
    assert StageCriteria.from_dict(None) == C
    assert StageCriteria.from_dict({"min_live_sessions": "4"}).min_live_sessions == 4


@pytest.mark.parametrize("data,field", [
    ({"min_module_attendance": 1.5}, "认知模块出勤率下限"),
    ({"min_module_attendance": -0.1}, "认知模块出勤率下限"),
    ({"min_mock_drills": -1}, "模拟演练最少次数"),
    ({"min_mock_drills": 2.5}, "模拟演练最少次数"),
    ({"min_live_sessions": "三"}, "实战直播最少场次"),
    ({"min_mock_avg_rubric": 101}, "模拟演练平均分下限"),
    ({"min_live_avg_rubric": float("nan")}, "实战直播平均分下限"),
    ({"min_live_avg_rubric": True}, "实战直播平均分下限"),
])
def test_criteria_from_dict_refuses_bad_values(data, field):
    with pytest.raises(ValidationError) as e:
        StageCriteria.from_dict(data)
    assert e.value.fields == [field]


def test_criteria_validate_lists_all_problems():
    bad = StageCriteria(min_module_attendance=80, min_mock_drills=-1, min_mock_avg_rubric=-5)
    assert [p.field for p in bad.validate()] == ["认知模块出勤率下限", "模拟演练最少次数", "模拟演练平均分下限"]


# --- gates ------------------------------------------------------------------------

def test_cognitive_gate_attendance():
    v = evaluate_gate(Stage.COGNITIVE, C, StageEvidence(modules_total=8, modules_attended=6))
    assert not v.met
    (check,) = v.checks
    assert check.key == "module_attendance" and check.actual.startswith("6/8") and check.required == "≥80%"
    assert evaluate_gate(Stage.COGNITIVE, C, StageEvidence(modules_total=10, modules_attended=8)).met


def test_attendance_compares_exactly():
    # 7/10 against 0.7: floating point would say 0.7 * 10 = 7.000000000000001 > 7.
    c = StageCriteria(min_module_attendance=0.7)
    assert evaluate_gate(Stage.COGNITIVE, c, StageEvidence(modules_total=10, modules_attended=7)).met
    c = StageCriteria(min_module_attendance=0.29)
    assert evaluate_gate(Stage.COGNITIVE, c, StageEvidence(modules_total=100, modules_attended=29)).met


def test_cohort_without_modules_has_no_attendance_data():
    v = evaluate_gate(Stage.COGNITIVE, C, StageEvidence())
    assert not v.met  # 无数据 is not met (tests/core/domain/test_stage_gate_states.py)
    assert v.checks[0].no_data and not v.checks[0].met and v.checks[0].actual == "0/0"


def test_project_gate():
    v = evaluate_gate(Stage.PROJECT, C, StageEvidence(mock_drills=4, mock_avg_rubric=82.0))
    assert [c.key for c in v.checks] == ["mock_drills", "mock_avg_rubric"]
    assert [c.met for c in v.checks] == [False, True]
    assert v.unmet[0].actual == "4" and v.unmet[0].required == "≥5"
    assert evaluate_gate(Stage.PROJECT, C, GOOD).met


def test_project_gate_without_scores_is_not_met():
    v = evaluate_gate(Stage.PROJECT, C, StageEvidence(mock_drills=6))
    assert [c.met for c in v.checks] == [True, False]
    assert v.checks[1].actual == "—"


def test_average_display_is_cut_not_rounded():
    v = evaluate_gate(Stage.LIVE, C, StageEvidence(live_sessions=3, live_avg_rubric=69.96))
    assert v.checks[1].actual == "69.9" and not v.checks[1].met
    v = evaluate_gate(Stage.LIVE, C, StageEvidence(live_sessions=3, live_avg_rubric=70.0))
    assert v.checks[1].actual == "70.0" and v.checks[1].met


def test_live_gate():
    v = evaluate_gate(Stage.LIVE, C, StageEvidence(live_sessions=2, live_avg_rubric=60.0))
    assert [c.key for c in v.checks] == ["live_sessions", "live_avg_rubric"]
    assert not any(c.met for c in v.checks)
    assert evaluate_gate(Stage.LIVE, C, GOOD).met


def test_completed_has_no_gate():
    with pytest.raises(ValidationError) as e:
        evaluate_gate(Stage.COMPLETED, C, GOOD)
    assert e.value.fields == ["阶段"]


def test_impossible_evidence_is_refused():
    with pytest.raises(ValidationError) as e:
        evaluate_gate(Stage.COGNITIVE, C, StageEvidence(modules_total=3, modules_attended=4))
    assert e.value.fields == ["已出勤模块数"]
    with pytest.raises(ValidationError):
        evaluate_gate(Stage.LIVE, C, StageEvidence(live_sessions=-1))


# --- sign-off ---------------------------------------------------------------------

@pytest.mark.parametrize("stage,nxt", [
    (Stage.COGNITIVE, Stage.PROJECT), (Stage.PROJECT, Stage.LIVE), (Stage.LIVE, Stage.COMPLETED),
])
@pytest.mark.parametrize("role", list(Role))
def test_met_gate_passes_for_every_role(stage, nxt, role):
    d = decide_sign_off(stage, evaluate_gate(stage, C, GOOD), role, "ignored reason text here")
    assert (d.from_stage, d.to_stage, d.result, d.override_reason) == (stage, nxt, StageResult.PASSED, None)


UNMET = GateVerdict(Stage.PROJECT, (
    CriterionCheck("mock_drills", "模拟演练次数", "Mock drills", "3", "≥5", False),
    CriterionCheck("mock_avg_rubric", "模拟演练平均分", "Mock-drill average score", "80.0", "≥70.0", True),
))


def test_unmet_refused_lists_unmet_checks():
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.PROJECT, UNMET, Role.MENTOR, None)
    assert e.value.fields == ["模拟演练次数", "特批理由"]
    assert "当前3" in e.value.zh and "≥5" in e.value.zh
    assert "教务或管理员" in e.value.zh


@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMIN])
def test_staff_and_admin_may_override_with_reason(role):
    d = decide_sign_off(Stage.PROJECT, UNMET, role, f"  {REASON}  ")
    assert d.result is StageResult.OVERRIDDEN and d.to_stage is Stage.LIVE
    assert d.override_reason == REASON


@pytest.mark.parametrize("reason", [None, "", "   ", "太短的理由", "  123456789  "])
@pytest.mark.parametrize("role", [Role.STAFF, Role.ADMIN])
def test_override_needs_ten_characters(role, reason):
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.PROJECT, UNMET, role, reason)
    assert e.value.fields[-1] == "特批理由"
    assert "10" in e.value.zh


def test_exactly_ten_characters_is_enough():
    d = decide_sign_off(Stage.PROJECT, UNMET, Role.STAFF, " 一二三四五六七八九十 ")
    assert d.result is StageResult.OVERRIDDEN


def test_mentor_may_never_override():
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.PROJECT, UNMET, Role.MENTOR, REASON)
    assert "特批理由" in e.value.fields
    assert "导师不能特批" in e.value.zh and "mentors cannot override" in e.value.en


def test_completed_cannot_advance():
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.COMPLETED, GateVerdict(Stage.COMPLETED, ()), Role.ADMIN, REASON)
    assert e.value.fields == ["阶段"] and "结业" in e.value.zh


def test_verdict_for_another_stage_is_refused():
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.LIVE, UNMET, Role.ADMIN, REASON)
    assert e.value.fields == ["阶段"]
