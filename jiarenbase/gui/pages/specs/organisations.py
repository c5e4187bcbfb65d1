"""List specs for cohorts (批次), partner schools (合作院校), enterprise clients (企业)."""
# zh_CN: English → 中文
# Cohorts → 批次
# Code → 批次编号
# Cohort name → 批次名称
# Partner school → 合作院校
# Start → 开始日期
# End → 结束日期
# Status → 状态
# Students → 学员; All statuses → 全部状态; Code or name → 编号或名称
# Partner schools → 合作院校; School → 院校名称; Short name → 简称; Contact → 联系人; Contact phone → 联系电话
# In Shanghai → 上海院校; Address → 地址; Name or short name → 名称或简称
# Enterprise clients → 企业; Enterprise → 所属企业; Enterprise name → 企业名称; Industry → 行业
# Client since → 合作起始; Note → 备注; Name or industry → 名称或行业
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from ....core import exporting
from ....core.domain.enums import CohortStatus
from ....core.services import cohorts, organisations
from ...models.spec import Column, FilterSpec, ListSpec

COHORTS = ListSpec(
    key="cohorts",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Cohorts"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Code"), lambda c: c.code, sort="code", width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Cohort name"), lambda c: c.name, sort="name", width=200),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Partner school"), lambda c: c.school_name, width=180),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Start"), lambda c: c.start_date, sort="start", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "End"), lambda c: c.end_date, width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Status"), lambda c: c.status, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Students"), lambda c: c.student_count, sort="students", width=70),
    ),
    fetch=cohorts.list_cohorts,
    filters=(FilterSpec("status", QT_TRANSLATE_NOOP("ListSpecs", "All statuses"), enum=CohortStatus),),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Code or name"),
    delete=cohorts.delete_cohort,
    entity="cohort",
    export=exporting.export_cohorts,
    staff_only=True,
    describe=lambda c: f"{c.code} {c.name}",
)

SCHOOLS = ListSpec(
    key="schools",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Partner schools"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "School"), lambda s: s.name, sort="name", width=200),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Short name"), lambda s: s.short_name, width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Contact"), lambda s: s.contact_person, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Contact phone"), lambda s: s.contact_phone, width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "In Shanghai"), lambda s: s.in_shanghai, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Students"), lambda s: s.student_count, sort="students", width=70),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Address"), lambda s: s.address, width=220),
    ),
    fetch=organisations.list_schools,
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Name or short name"),
    delete=organisations.delete_school,
    entity="partner_school",
    export=exporting.export_schools,
    staff_only=True,
)

CLIENTS = ListSpec(
    key="clients",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Enterprise clients"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Enterprise name"), lambda c: c.name, sort="name", width=220),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Industry"), lambda c: c.industry, width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Contact"), lambda c: c.contact_person, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Contact phone"), lambda c: c.contact_phone, width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Client since"), lambda c: c.since, sort="since", width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Note"), lambda c: c.note, width=220),
    ),
    fetch=organisations.list_clients,
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Name or industry"),
    delete=organisations.delete_client,
    entity="enterprise_client",
    export=exporting.export_clients,
    staff_only=True,
)
