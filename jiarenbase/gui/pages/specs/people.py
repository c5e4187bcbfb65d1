"""List specs for people: students (学员), mentors (导师), user accounts (用户)."""
# zh_CN: English → 中文
# Students → 学员; Name → 姓名; Sex → 性别; ID number → 身份证号; Student no. → 学号; Partner school → 合作院校
# Cohort → 批次; Stage → 阶段; Status → 状态; Phone → 手机; Talent pool → 人才库
# Only part of the ID number is shown; an administrator can reveal it in the student's record.
#   → 身份证号仅显示部分；管理员可在学员档案中查看完整号码。
# All cohorts → 全部批次; All stages → 全部阶段; All statuses → 全部状态
# Name, student number or phone → 姓名、学号或手机
# Mentors → 导师; Specialties → 专长; Enterprise → 所属企业; Senior streamer → 资深主播; Active → 在岗
# Sessions/week → 每周带训; Current students → 当前学员; Name or specialty → 姓名或专长
# Users → 用户; User name → 用户名; Display name → 显示名; Role → 角色; Enabled → 启用
# Locked until → 锁定至; Last sign-in → 最近登录; All roles → 全部角色; User name or display name → 用户名或显示名
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ....core import exporting
from ....core.domain.enums import Role, Stage, StudentStatus
from ....core.services import cohorts, enrolment, mentors
from ....core.services.listing import ListQuery
from ...models.spec import Column, FilterSpec, ListSpec
from ...widgets.search_combo import load_all


def _cohort_choices(db, actor, lang):
    """Every cohort (a few a term: a plain filter combo, but never cut off at a limit)."""
    every = load_all(db, actor, cohorts.list_cohorts, ListQuery(sort="code", descending=True, limit=10_000))
    return [(c.code, c.id) for c in every.rows]


def _id_tooltip(_student) -> str:
    return QCoreApplication.translate(
        "ListSpecs", "Only part of the ID number is shown; an administrator can reveal it in the student's record.")


STUDENTS = ListSpec(
    key="students",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Students"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Name"), lambda s: s.name, sort="name", width=90),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Sex"), lambda s: s.sex, width=50),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "ID number"), lambda s: s.id_number_masked, width=170,
               tooltip=_id_tooltip),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Student no."), lambda s: s.student_number, sort="student_number",
               width=100),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Partner school"), lambda s: s.school_name, width=180),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Cohort"), lambda s: s.cohort_code, sort="cohort", width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Stage"), lambda s: s.stage, sort="stage", width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Status"), lambda s: s.status, width=70),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Phone"), lambda s: s.phone, width=110),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Talent pool"), lambda s: s.in_talent_pool, width=70),
    ),
    fetch=enrolment.list_students,
    filters=(
        FilterSpec("cohort_id", QT_TRANSLATE_NOOP("ListSpecs", "All cohorts"), choices=_cohort_choices),
        FilterSpec("stage", QT_TRANSLATE_NOOP("ListSpecs", "All stages"), enum=Stage),
        FilterSpec("status", QT_TRANSLATE_NOOP("ListSpecs", "All statuses"), enum=StudentStatus),
    ),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Name, student number or phone"),
    delete=enrolment.delete_student,
    entity="student",
    export=exporting.export_students,
    staff_only=True,
)

MENTORS = ListSpec(
    key="mentors",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Mentors"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Name"), lambda m: m.name, sort="name", width=90),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Phone"), lambda m: m.phone, width=110),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Specialties"), lambda m: m.specialties, width=200),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Enterprise"), lambda m: m.enterprise_name, width=180),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Senior streamer"), lambda m: m.is_senior_streamer, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Active"), lambda m: m.active, width=60),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Sessions/week"), lambda m: m.weekly_capacity, width=80),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Current students"), lambda m: m.student_count, sort="students",
               width=90),
    ),
    fetch=mentors.list_mentors,
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "Name or specialty"),
    delete=mentors.delete_mentor,
    entity="mentor",
    export=exporting.export_mentors,
    staff_only=True,
)

USERS = ListSpec(
    key="users",
    title=QT_TRANSLATE_NOOP("ListSpecs", "Users"),
    columns=(
        Column(QT_TRANSLATE_NOOP("ListSpecs", "User name"), lambda u: u.username, sort="username", width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Display name"), lambda u: u.display_name, sort="display_name",
               width=120),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Role"), lambda u: u.role, sort="role", width=70),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Enabled"), lambda u: u.active, width=60),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Locked until"), lambda u: u.locked_until, width=130),
        Column(QT_TRANSLATE_NOOP("ListSpecs", "Last sign-in"), lambda u: u.last_login_at, sort="last_login",
               width=130),
    ),
    fetch=exporting.users_page,
    filters=(FilterSpec("role", QT_TRANSLATE_NOOP("ListSpecs", "All roles"), enum=Role),),
    search_hint=QT_TRANSLATE_NOOP("ListSpecs", "User name or display name"),
    export=exporting.export_users,
    admin_only=True,
    describe=lambda u: u.username,
)
