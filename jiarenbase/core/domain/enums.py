"""The base's vocabulary as enums. Values are stable English codes stored in the
database; `zh` gives the label staff see."""
from __future__ import annotations

from enum import Enum


class LabelledEnum(str, Enum):  # noqa: UP042 - StrEnum would change str() and format() of members
    """A str enum whose members carry a Chinese label as the second tuple item."""

    def __new__(cls, value: str, zh: str):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.zh = zh  # type: ignore[attr-defined]
        return obj

    zh: str

    @classmethod
    def from_text(cls, text: str):
        """Accept the code or the Chinese label."""
        t = (text or "").strip()
        for m in cls:
            if t == m.value or t == m.zh:
                return m
        raise ValueError(text)

    def __str__(self) -> str:  # pragma: no cover - cosmetic
        return self.value


class Stage(LabelledEnum):
    """三阶实训: the three stages, then completion (结业)."""

    COGNITIVE = ("cognitive", "认知实训")
    PROJECT = ("project", "项目实训")
    LIVE = ("live", "实战实训")
    COMPLETED = ("completed", "结业")

    @property
    def next(self) -> Stage | None:
        order = list(Stage)
        i = order.index(self)
        return order[i + 1] if i + 1 < len(order) else None


TRAINING_STAGES = (Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE)


class Sex(LabelledEnum):
    MALE = ("male", "男")
    FEMALE = ("female", "女")


class StudentStatus(LabelledEnum):
    ENROLLED = ("enrolled", "在训")
    SUSPENDED = ("suspended", "暂停")
    WITHDRAWN = ("withdrawn", "退出")
    COMPLETED = ("completed", "已结业")


class CohortStatus(LabelledEnum):
    PLANNED = ("planned", "筹备中")
    ACTIVE = ("active", "进行中")
    CLOSED = ("closed", "已结束")


class Role(LabelledEnum):
    ADMIN = ("admin", "管理员")
    STAFF = ("staff", "教务")
    MENTOR = ("mentor", "导师")


class SessionKind(LabelledEnum):
    MOCK_DRILL = ("mock_drill", "模拟演练")
    LIVE_SESSION = ("live_session", "实战直播")


class StageResult(LabelledEnum):
    PASSED = ("passed", "通过")
    OVERRIDDEN = ("overridden", "特批通过")


class Occupation(LabelledEnum):
    """National occupational standards in scope (DOMAIN.md)."""

    STREAMER = ("streamer", "网络主播")
    INTERNET_MARKETER = ("internet_marketer", "互联网营销师")
    ALL_MEDIA_OPERATOR = ("all_media_operator", "全媒体运营师")
    SUPPLY_CHAIN_MANAGER = ("supply_chain_manager", "供应链管理师")
    SPECIAL_ABILITY = ("special_ability", "专项职业能力")


class SkillLevel(LabelledEnum):
    """The eight-level scale, national levels extended to 特级技师 and 首席技师."""

    APPRENTICE = ("apprentice", "学徒工")
    JUNIOR = ("junior", "初级工")
    INTERMEDIATE = ("intermediate", "中级工")
    SENIOR = ("senior", "高级工")
    TECHNICIAN = ("technician", "技师")
    SENIOR_TECHNICIAN = ("senior_technician", "高级技师")
    PRINCIPAL_TECHNICIAN = ("principal_technician", "特级技师")
    CHIEF_TECHNICIAN = ("chief_technician", "首席技师")

    @property
    def rank(self) -> int:
        return list(SkillLevel).index(self) + 1


class CertificateKind(LabelledEnum):
    SKILL_LEVEL = ("skill_level", "职业技能等级证书")
    ENTERPRISE = ("enterprise", "企业认证证书")


class PlacementOutcome(LabelledEnum):
    EMPLOYED_ON_GRADUATION = ("employed_on_graduation", "毕业即就业")
    SIGNED_ENTERPRISE_PROJECT = ("signed_enterprise_project", "签约企业项目")
    FLEXIBLE_EMPLOYMENT = ("flexible_employment", "灵活就业")
    FURTHER_STUDY = ("further_study", "升学")
    TALENT_POOL = ("talent_pool", "人才库")
    UNKNOWN = ("unknown", "未知")


class EvidenceLevel(LabelledEnum):
    SELF_REPORTED = ("self_reported", "本人自述")
    MENTOR_CONFIRMED = ("mentor_confirmed", "导师确认")
    EMPLOYER_CONFIRMED = ("employer_confirmed", "用人单位确认")


class RegistrationStatus(LabelledEnum):
    """报名 status of a candidate on an exam's registration list."""

    REGISTERED = ("registered", "报名")
    PAID = ("paid", "缴费")
    SAT = ("sat", "参考")
    ABSENT = ("absent", "缺考")


class AttendanceStatus(LabelledEnum):
    PRESENT = ("present", "出勤")
    LATE = ("late", "迟到")
    ABSENT = ("absent", "缺勤")


class Platform(LabelledEnum):
    DOUYIN = ("douyin", "抖音")
    KUAISHOU = ("kuaishou", "快手")
    WECHAT_CHANNELS = ("wechat_channels", "视频号")
    TAOBAO = ("taobao", "淘宝直播")
    XIAOHONGSHU = ("xiaohongshu", "小红书")
    JIAREN = ("jiaren", "金山自家人")
    OTHER = ("other", "其他")
