"""Gates need evidence: every criterion is 达标, 未达标 or 无数据 (nothing to measure
yet), and a cohort may waive one (豁免) with a reason. 无数据 is refused like 未达标;
a waived criterion lets the student through whatever its state."""
from __future__ import annotations

import json

import pytest

from jiarenbase.core.domain.enums import Role, Stage, StageResult
from jiarenbase.core.domain.stages import (
    CHECK_LABELS,
    CheckState,
    StageCriteria,
    StageEvidence,
    decide_sign_off,
    evaluate_gate,
    waiver_field,
)
from jiarenbase.core.errors import ValidationError

C = StageCriteria()
REASON = "学员因病缺课两次，已补看录像并通过导师面试"


def states(stage: Stage, evidence: StageEvidence, criteria: StageCriteria = C) -> list[CheckState]:
    return [c.state for c in evaluate_gate(stage, criteria, evidence).checks]


@pytest.mark.parametrize("stage,evidence,expected", [
    (Stage.COGNITIVE, StageEvidence(), [CheckState.NO_DATA]),  # the cohort held no lessons: 0/0
    (Stage.COGNITIVE, StageEvidence(modules_total=8, modules_attended=0), [CheckState.UNMET]),
    (Stage.COGNITIVE, StageEvidence(modules_total=8, modules_attended=7), [CheckState.MET]),
    (Stage.PROJECT, StageEvidence(), [CheckState.NO_DATA, CheckState.NO_DATA]),  # no drills
    (Stage.PROJECT, StageEvidence(mock_drills=2), [CheckState.UNMET, CheckState.NO_DATA]),  # none scored
    (Stage.PROJECT, StageEvidence(mock_drills=5, mock_avg_rubric=60.0), [CheckState.MET, CheckState.UNMET]),
    (Stage.LIVE, StageEvidence(), [CheckState.NO_DATA, CheckState.NO_DATA]),  # no live sessions
    (Stage.LIVE, StageEvidence(live_sessions=3, live_avg_rubric=90.0), [CheckState.MET, CheckState.MET]),
])
def test_three_states(stage, evidence, expected):
    assert states(stage, evidence) == expected


def test_no_data_is_not_met_even_when_the_requirement_is_zero():
    zero = StageCriteria(min_mock_drills=0, min_mock_avg_rubric=0.0)
    v = evaluate_gate(Stage.PROJECT, zero, StageEvidence())
    assert not v.met and len(v.unmet) == 2
    assert all(c.no_data and not c.met and c.missing_zh for c in v.checks)


@pytest.mark.parametrize("role", list(Role))
def test_no_data_is_refused_like_unmet_naming_what_is_missing(role):
    v = evaluate_gate(Stage.COGNITIVE, C, StageEvidence())
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.COGNITIVE, v, role, None)
    assert e.value.fields == ["认知模块出勤", "特批理由"]
    assert "无数据" in e.value.zh and "尚未开设认知模块" in e.value.zh and "≥80%" in e.value.zh
    assert "no data" in e.value.en and "no cognitive lessons" in e.value.en


def test_no_data_may_be_overridden_by_staff_with_a_reason():
    v = evaluate_gate(Stage.LIVE, C, StageEvidence())
    d = decide_sign_off(Stage.LIVE, v, Role.STAFF, REASON)
    assert (d.result, d.to_stage) == (StageResult.OVERRIDDEN, Stage.COMPLETED)
    with pytest.raises(ValidationError) as e:
        decide_sign_off(Stage.LIVE, v, Role.MENTOR, REASON)
    assert "尚无实战直播记录" in e.value.zh and "导师不能特批" in e.value.zh


def test_a_waived_criterion_passes_and_carries_its_reason():
    waived = StageCriteria(waivers={"module_attendance": "本批次为线上班，出勤另行考核"})
    v = evaluate_gate(Stage.COGNITIVE, waived, StageEvidence())
    [check] = v.checks
    assert check.state is CheckState.WAIVED and check.waiver == "本批次为线上班，出勤另行考核"
    assert check.no_data and check.passes and v.met and v.unmet == ()
    d = decide_sign_off(Stage.COGNITIVE, v, Role.MENTOR, None)
    assert d.result is StageResult.PASSED
    # an unmet criterion that is waived lets the student through too; the other still counts
    project = StageCriteria(waivers={"mock_drills": "企业项目替代演练"})
    v = evaluate_gate(Stage.PROJECT, project, StageEvidence(mock_drills=1, mock_avg_rubric=50.0))
    assert [c.state for c in v.checks] == [CheckState.WAIVED, CheckState.UNMET] and not v.met
    assert [c.key for c in v.unmet] == ["mock_avg_rubric"]


def test_waivers_round_trip_through_json_and_old_json_reads_without_them():
    waived = StageCriteria(min_mock_drills=6,
                           waivers={"live_avg_rubric": "  企业评分替代  ", "mock_drills": "外训抵扣"})
    assert waived.waivers == (("mock_drills", "外训抵扣"), ("live_avg_rubric", "企业评分替代"))  # gate order, trimmed
    assert waived.waiver("mock_drills") == "外训抵扣" and waived.waiver("live_sessions") == ""
    stored = json.loads(json.dumps(waived.to_dict(), ensure_ascii=False))
    assert stored["waivers"] == {"mock_drills": "外训抵扣", "live_avg_rubric": "企业评分替代"}
    assert StageCriteria.from_dict(stored) == waived
    old = {"min_module_attendance": 0.75, "min_mock_drills": 8, "min_mock_avg_rubric": 65.0,
           "min_live_sessions": 4, "min_live_avg_rubric": 72.5}  # saved before waivers existed
    assert StageCriteria.from_dict(old) == StageCriteria(0.75, 8, 65.0, 4, 72.5) and \
        StageCriteria.from_dict(old).waivers == ()
    assert StageCriteria.from_dict({**old, "waivers": None}).waivers == ()


@pytest.mark.parametrize("reason", ["", "   ", "太短了", " 一二三 "])
def test_a_waiver_needs_a_reason_of_four_characters(reason):
    with pytest.raises(ValidationError) as e:
        StageCriteria.from_dict({"waivers": {"mock_drills": reason}})
    assert e.value.fields == [waiver_field("mock_drills")[0]] == ["模拟演练次数豁免理由"]
    assert "至少4个字" in e.value.zh and "at least 4 characters" in e.value.en
    assert StageCriteria(waivers={"mock_drills": "四个字呀"}).validate() == []


def test_unknown_or_malformed_waivers_are_refused():
    assert [p.field for p in StageCriteria(waivers={"colour": "红色很好看"}).validate()] == ["豁免"]
    with pytest.raises(ValidationError) as e:
        StageCriteria.from_dict({"waivers": ["mock_drills"]})
    assert e.value.fields == ["豁免"]
    assert [p.field for p in StageCriteria(waivers={"mock_drills": "长" * 201}).validate()] == ["模拟演练次数豁免理由"]


def test_every_criterion_can_be_waived():
    everything = StageCriteria(waivers={key: "本批次特殊安排" for key in CHECK_LABELS})
    for stage in (Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE):
        assert evaluate_gate(stage, everything, StageEvidence()).met
