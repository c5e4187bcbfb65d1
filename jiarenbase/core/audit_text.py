"""How the audit log (操作日志) reads to a person: kinds of record, actions and field
names in Chinese (or English), and the values of a before/after snapshot as text —
masked, whatever the snapshot holds (a second line of defence: snapshots already
store ID numbers masked, but older entries and free text may carry full ones).

The page and the Excel export both show values through `value_text`, so neither
can show a full ID number, a mobile number or a keyed hash as data.
"""
from __future__ import annotations

import contextlib
import json
from typing import Any

from .domain.enums import (
    AttendanceStatus,
    CertificateKind,
    CohortStatus,
    EvidenceLevel,
    LabelledEnum,
    Occupation,
    PlacementOutcome,
    Platform,
    Role,
    SessionKind,
    Sex,
    SkillLevel,
    Stage,
    StageResult,
    StudentStatus,
)
from .domain.idcard import mask_id
from .domain.metrics import LABELS as METRIC_LABELS
from .domain.stages import CRITERIA_LABELS
from .importing.headers import FIELDS as ROSTER_FIELDS
from .sensitive import mask_sensitive
from .services.trash import ENTITIES as TRASH_ENTITIES

# Kinds of record (the entity column: a table name, or a text such as "database").
ENTITY_LABELS: dict[str, tuple[str, str]] = {
    **{key: (kind.zh, kind.en) for key, kind in TRASH_ENTITIES.items()},
    "app_user": ("用户账号", "user account"),
    "mentor_assignment": ("导师分配", "mentor assignment"),
    "stage_record": ("阶段记录", "stage record"),
    "training_module": ("认知模块", "training module"),
    "attendance": ("出勤", "attendance"),
    "live_room": ("直播间", "live room"),
    "rubric_criterion": ("评分项", "rubric criterion"),
    "session_score": ("实训评分", "session score"),
    "sales_script": ("话术", "sales script"),
    "script_version": ("话术版本", "script version"),
    "short_video": ("短视频", "short video"),
    "exam": ("考试", "exam"),
    "exam_result": ("考试成绩", "exam result"),
    "certificate": ("证书", "certificate"),
    "placement": ("就业去向", "placement"),
    "exam_registration": ("考试报名", "exam registration"),
    "subsidy_materials": ("补贴材料", "subsidy materials"),
    "placement_follow_up": ("就业回访", "placement follow-up"),
    "service_agreement": ("服务期协议", "service agreement"),
    "enterprise_training_order": ("企业培训订单", "enterprise training order"),
    "subsidy_rate": ("补贴标准", "subsidy rate"),
    "setting": ("设置", "setting"),
    "database": ("数据库", "database"),
    "report": ("报表", "report"),
    "audit_entry": ("操作日志", "audit log"),
    "completion_certificate": ("结业证书", "completion certificate"),
    "student_photo": ("学员照片", "student photo"),
    "student_appraisal": ("鉴定意见", "appraisal"),
}

# Entities named "<prefix>:<key>" (e.g. "setting:rooms.opening_hours") are one kind per prefix.
PREFIX_LABELS: dict[str, tuple[str, str]] = {
    "setting": ("设置", "setting"),
}

# Shared settings ("setting:<key>"); a key ending in ":" covers every key it begins.
SETTING_LABELS: dict[str, tuple[str, str]] = {
    "desktop": ("本机设置", "desktop settings"),
    "personal": ("个人设置", "personal settings"),
    "rooms.opening_hours": ("直播间开放时间", "live-room opening hours"),
    "compliance.banned_terms": ("违禁词", "banned terms"),
    "exam_readiness_bars": ("考前资格标准", "exam readiness bars"),
    "session_csv_mapping:": ("直播数据导入列对应", "session import columns"),
    "base_profile": ("基地信息", "base profile"),
}

ACTION_LABELS: dict[str, tuple[str, str]] = {
    "create": ("新建", "create"),
    "update": ("修改", "update"),
    "delete": ("删除", "delete"),
    "restore": ("恢复", "restore"),
    "backup": ("备份", "backup"),
    "import": ("导入", "import"),
    "login": ("登录", "sign in"),
    "logout": ("注销", "sign out"),
    "locked": ("账号锁定", "account locked"),
    "set_password": ("设置密码", "set password"),
    "override": ("特批", "override"),
    "update_scores": ("修改评分", "update scores"),
    "revoke": ("撤销", "revoke"),
    "reveal_id": ("查看完整身份证号", "reveal ID number"),
    "evidence": ("更新证明材料", "update evidence"),
    "print_unmasked": ("打印（完整身份证号）", "print (full ID numbers)"),
    "export": ("导出", "export"),
    "demo": ("生成演示数据", "create demo data"),
    "prove_value": ("核验原值", "prove a value"),
}

_COMMON_FIELDS: dict[str, tuple[str, str]] = {
    "id": ("编号", "number"),
    "version": ("版本", "version"),
    "deleted_at": ("删除时间", "deleted at"),
    "created_at": ("创建时间", "created at"),
    "updated_at": ("修改时间", "updated at"),
    "note": ("备注", "note"),
    "birth_date": ("出生日期", "birth date"),
    "school_id": ("合作院校编号", "partner school number"),
    "cohort_id": ("批次编号", "cohort number"),
    "student_id": ("学员编号", "student number"),
    "mentor_id": ("导师编号", "mentor number"),
    "room_id": ("直播间编号", "live room number"),
    "enterprise_id": ("企业编号", "enterprise number"),
    "employer_client_id": ("用人单位编号", "employer number"),
    "shanghai_hukou": ("上海户籍", "Shanghai hukou"),
    "status": ("状态", "status"),
    "stage": ("阶段", "stage"),
    "in_talent_pool": ("人才库", "talent pool"),
    "contact_consent": ("同意联系", "contact consent"),
    "skills": ("技能", "skills"),
    "code": ("编号", "code"),
    "short_name": ("简称", "short name"),
    "contact_person": ("联系人", "contact person"),
    "contact_phone": ("联系电话", "contact phone"),
    "address": ("地址", "address"),
    "in_shanghai": ("上海院校", "in Shanghai"),
    "industry": ("行业", "industry"),
    "since": ("合作起始", "client since"),
    "start_date": ("开始日期", "start date"),
    "end_date": ("结束日期", "end date"),
    "rubric_scale": ("评分制", "rubric scale"),
    "specialties": ("专长", "specialties"),
    "weekly_capacity": ("每周带训上限", "weekly capacity"),
    "is_senior_streamer": ("资深主播导师", "senior streamer"),
    "active": ("启用", "active"),
    "username": ("用户名", "user name"),
    "display_name": ("显示名", "display name"),
    "role": ("角色", "role"),
    "failed_logins": ("登录失败次数", "failed sign-ins"),
    "locked_until": ("锁定至", "locked until"),
    "last_login_at": ("最近登录", "last sign-in"),
    "kind": ("类型", "kind"),
    "platform": ("平台", "platform"),
    "products": ("商品", "products"),
    "started_at": ("开始时间", "started at"),
    "ended_at": ("结束时间", "ended at"),
    "rubric_average": ("评分均分", "average score"),
    "mentor_remarks": ("导师点评", "mentor remarks"),
    "review_notes": ("复盘记录", "review notes"),
    "scores": ("评分", "scores"),
    "purpose": ("用途", "purpose"),
    "start": ("开始时间", "start"),
    "end": ("结束时间", "end"),
    "students": ("学员", "students"),
    "title": ("标题", "title"),
    "outcome": ("去向", "outcome"),
    "employer_name": ("用人单位", "employer"),
    "position": ("岗位", "position"),
    "evidence": ("证明材料", "evidence"),
    "reason": ("理由", "reason"),
    "unmet": ("未达标项", "unmet criteria"),
    "override_reason": ("特批理由", "override reason"),
    "file": ("文件", "file"),
    "report": ("报表", "report"),
    "added": ("新增", "added"),
    "skipped": ("跳过", "skipped"),
    "occupation": ("职业", "occupation"),
    "work_type": ("工种", "work type"),
    "level": ("等级", "level"),
    "number": ("证书编号", "certificate number"),
    "issued_on": ("发证日期", "issued on"),
    "issuer": ("发证单位", "issuer"),
    "score": ("成绩", "score"),
    "passed": ("通过", "passed"),
    "value": ("值", "value"),
}

FIELD_LABELS: dict[str, tuple[str, str]] = {
    **_COMMON_FIELDS, **METRIC_LABELS, **CRITERIA_LABELS, **ROSTER_FIELDS,
    "serial": ("序号", "serial"),
    "holder_name": ("持证人", "holder"),
    "revoked_at": ("撤销时间", "revoked at"),
    "revoked_by": ("撤销人", "revoked by"),
    "revoke_reason": ("撤销原因", "revocation reason"),
    "opinion": ("鉴定意见", "appraisal"),
    "written_by": ("填写人", "written by"),
    "source_name": ("来源文件", "source file"),
    "sha256": ("文件指纹", "file fingerprint"),
    "logo_sha256": ("标志指纹", "logo fingerprint"),
    "name": ("名称", "name"),  # a person's name (姓名) only where the record is a person, below
}
_ENTITY_FIELD_LABELS: dict[tuple[str, str], tuple[str, str]] = {
    ("student", "name"): ("姓名", "name"),
    ("mentor", "name"): ("姓名", "name"),
    ("cohort", "name"): ("批次名称", "cohort name"),
    ("cohort", "code"): ("批次编号", "cohort code"),
    ("completion_certificate", "code"): ("核验码", "verification code"),
    ("completion_certificate", "issued_on"): ("结业日期", "completion date"),
    ("completion_certificate", "number"): ("证书编号", "certificate number"),
}

# Fields stored as an enum's code; (entity, field) where the field name alone is ambiguous.
_VALUE_ENUMS: dict[Any, type[LabelledEnum]] = {
    "sex": Sex, "stage": Stage, "role": Role, "occupation": Occupation, "level": SkillLevel,
    "outcome": PlacementOutcome, "evidence": EvidenceLevel, "platform": Platform, "result": StageResult,
    ("student", "status"): StudentStatus, ("cohort", "status"): CohortStatus,
    ("attendance", "status"): AttendanceStatus, ("practice_session", "kind"): SessionKind,
    ("certificate", "kind"): CertificateKind,
}

CHECK_VALUE_SHOWN = 8  # hex digits of a keyed hash shown ("1a2b3c4d…" under 身份证号校验值), never the whole


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def entity_label(entity: str, lang: str = "zh") -> str:
    """学员, 批次…; "setting:rooms.opening_hours" → "设置：直播间开放时间"; unknown: as stored."""
    if entity in ENTITY_LABELS:
        return _pick(ENTITY_LABELS[entity], lang)
    prefix, sep, rest = entity.partition(":")
    if sep:
        kind = _pick(PREFIX_LABELS.get(prefix, (prefix, prefix)), lang)
        if not rest:
            return kind
        if prefix == "setting":
            rest = _setting_label(rest, lang)
        return f"{kind}: {rest}" if lang == "en" else f"{kind}：{rest}"
    return entity


def _setting_label(key: str, lang: str) -> str:
    if key in SETTING_LABELS:
        return _pick(SETTING_LABELS[key], lang)
    for stem, pair in SETTING_LABELS.items():
        if stem.endswith(":") and key.startswith(stem):
            return f"{_pick(pair, lang)} {key[len(stem):]}".strip()
    return key


def entity_group(entity: str) -> str:
    """The filter value an entity belongs to: itself, or its "prefix:" for "prefix:key"."""
    prefix, sep, _rest = entity.partition(":")
    return f"{prefix}:" if sep else entity


def group_label(group: str, lang: str = "zh") -> str:
    """The label of a filter value from `entity_group` ("setting:" → 设置)."""
    if group.endswith(":"):
        prefix = group[:-1]
        return _pick(PREFIX_LABELS.get(prefix, ENTITY_LABELS.get(prefix, (prefix, prefix))), lang)
    return entity_label(group, lang)


def action_label(action: str, lang: str = "zh") -> str:
    return _pick(ACTION_LABELS[action], lang) if action in ACTION_LABELS else action


def field_label(field: str, lang: str = "zh", entity: str = "") -> str:
    """身份证号, 批次名称…; a keyed hash of a field: "身份证号校验值"; unknown: the key as stored."""
    if is_check_value(field):
        base = field.removesuffix("_hmac")
        return field_label(base, lang, entity) + (" check value" if lang == "en" else "校验值")
    pair = _ENTITY_FIELD_LABELS.get((entity, field)) or FIELD_LABELS.get(field)
    return _pick(pair, lang) if pair else field


def is_check_value(field: str) -> bool:
    """A keyed hash (e.g. id_number_hmac): proves a value without showing it."""
    return field.endswith("_hmac")


def value_text(entity: str, field: str, value: Any, lang: str = "zh") -> str:
    """One snapshot value as a person reads it, masked: ID numbers (mask_id for the
    id_number field, and any 18- or 15-digit number or mobile in any text), keyed
    hashes shortened to a check value."""
    if value is None or value == "":
        return ""
    if is_check_value(field):
        return str(value)[:CHECK_VALUE_SHOWN] + "…"  # the label says 校验值
    if isinstance(value, bool):
        text = ("yes" if value else "no") if lang == "en" else ("是" if value else "否")
    elif isinstance(value, (dict, list)):
        text = json.dumps(value, ensure_ascii=False, sort_keys=isinstance(value, dict))
    else:
        text = str(value)
        kind = _VALUE_ENUMS.get((entity, field)) or _VALUE_ENUMS.get(field)
        if kind is not None and lang != "en":
            with contextlib.suppress(ValueError):
                text = kind(text).zh
    if field == "id_number" and "*" not in text:
        text = mask_id(text)
    return mask_sensitive(text)
