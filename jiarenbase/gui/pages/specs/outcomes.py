"""List specs for practice sessions (实训记录), placements (就业) and certificates (证书)."""
# zh_CN: English → 中文
# Practice sessions → 实训记录; Time → 时间; Kind → 类型; Student → 学员; Mentor → 导师; Platform → 平台
# Viewers → 观看人数; Buyers → 成交人数; GMV → 成交金额; Conversion → 转化率; Rubric avg → 评分均分
# All kinds → 全部类型; Student name → 学员姓名
# Placements → 就业; Outcome → 去向; Employer → 用人单位; Position → 岗位; Start date → 开始日期
# Evidence → 证明材料
# Next follow-up → 下次回访
# All outcomes → 全部去向
# Student, employer or position → 学员、用人单位或岗位
# Certificates → 证书; Certificate → 证书类型; Occupation → 职业; Work type → 工种; Level → 等级
# Number → 证书编号; Issued on → 发证日期; Issuer → 发证单位; All certificate kinds → 全部证书类型
# All occupations → 全部职业; All levels → 全部等级; Student, number or issuer → 学员、证书编号或发证单位
# Cohort → 批次
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ....core import exporting
from ....core.domain.enums import CertificateKind, Occupation, PlacementOutcome, SessionKind, SkillLevel
from ....core.services import certificates, placement_records, placements, sessions
from ...models.spec import Column, FilterSpec, ListSpec


def _session_tooltip(x) -> str:
    return "\n".join(t for t in (x.products, x.mentor_remarks, x.review_notes) if t)


SESSIONS = ListSpec(
    key="sessions",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Practice sessions"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Time"), lambda x: x.started_at, sort="started_at", width=130),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Kind"), lambda x: x.kind, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Student"), lambda x: x.student_name, sort="student", width=80,
               tooltip=_session_tooltip),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Mentor"), lambda x: x.mentor_name, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Platform"), lambda x: x.platform, width=90),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Viewers"), lambda x: x.counts.viewers, sort="viewers", width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Buyers"), lambda x: x.counts.buyers, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "GMV"), lambda x: x.counts.gmv, sort="gmv", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Conversion"), lambda x: x.metrics.conversion_rate, percent=True,
               width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Rubric avg"), lambda x: x.rubric_average, sort="rubric", width=80),
    ),
    fetch=sessions.list_sessions,
    filters=(FilterSpec("kind", QT_TRANSLATE_NOOP("ListSpecs", "All kinds"), enum=SessionKind),),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Student name"),
    delete=sessions.delete_session,
    entity="practice_session",
    export=exporting.export_sessions,
    describe=lambda x: f"{x.started_at:%Y-%m-%d %H:%M} {x.student_name}",
    windowed=True,  # a base logs tens of thousands of sessions a year; the city benchmark has 2,000,000
)

PLACEMENTS = ListSpec(
    key="placements",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Placements"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Student"), lambda p: p.student_name, sort="student", width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Cohort"), lambda p: p.cohort_code, sort="cohort", width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Outcome"), lambda p: p.outcome, sort="outcome", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Employer"), lambda p: p.employer_name, sort="employer", width=200),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Position"), lambda p: p.position, width=90),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Start date"), lambda p: p.start_date, sort="start_date", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Evidence"), lambda p: p.evidence, width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Next follow-up"), lambda p: p.next_follow_up, sort="follow_up",
               width=100),
    ),
    fetch=placements.list_placements,
    filters=(FilterSpec("outcome", QT_TRANSLATE_NOOP("ListSpecs", "All outcomes"), enum=PlacementOutcome),),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Student, employer or position"),
    delete=placement_records.delete_placement,
    entity="placement",
    export=exporting.export_placements,
    staff_only=True,
    describe=lambda p: p.student_name,
)

CERTIFICATES = ListSpec(
    key="certificates",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Certificates"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Student"), lambda c: c.student_name, sort="student", width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Cohort"), lambda c: c.cohort_code, sort="cohort", width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Certificate"), lambda c: c.kind, width=130),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Occupation"), lambda c: c.occupation, width=110),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Work type"), lambda c: c.work_type, width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Level"), lambda c: c.level, sort="level", width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Number"), lambda c: c.number, sort="number", width=130),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Issued on"), lambda c: c.issued_on, sort="issued_on", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Issuer"), lambda c: c.issuer, width=200),
    ),
    fetch=certificates.list_certificates,
    filters=(
        FilterSpec("kind", QT_TRANSLATE_NOOP("ListSpecs", "All certificate kinds"), enum=CertificateKind),
        FilterSpec("occupation", QT_TRANSLATE_NOOP("ListSpecs", "All occupations"), enum=Occupation),
        FilterSpec("level", QT_TRANSLATE_NOOP("ListSpecs", "All levels"), enum=SkillLevel),
    ),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Student, number or issuer"),
    export=exporting.export_certificates,
    can_create=False,
    staff_only=True,
    describe=lambda c: f"{c.student_name} {c.number}",
)
