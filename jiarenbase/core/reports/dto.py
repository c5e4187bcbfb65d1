"""What the report layouts are given: plain frozen data, Chinese labels already chosen."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class BaseProfile:
    """The issuing body as every report names it (设置 → 基地信息)."""

    full_name: str = "自家人数字产业人才产学研基地"
    short_name: str = "自家人直播实训基地"
    operator: str = "自家人（上海）文化有限公司"
    address: str = ""
    phone: str = ""
    contact: str = ""  # the contact person at the base
    director: str = ""  # 基地负责人
    logo_png: bytes | None = None

    @property
    def issuer(self) -> str:
        """出具单位 as printed: the full name, and the operating company when there is one."""
        return f"{self.full_name}（{self.operator}）" if self.operator else self.full_name


@dataclass(frozen=True)
class StageLine:
    stage: str  # 认知实训 …
    entered_on: date | None
    signed_off_on: date | None
    signed_by: str
    result: str  # 通过 / 特批通过 / "" (in progress)
    override_reason: str = ""


@dataclass(frozen=True)
class AttendanceSummary:
    lessons: int = 0
    present: int = 0
    late: int = 0
    absent: int = 0

    @property
    def rate(self) -> float | None:
        """Attended (present or late) over lessons held."""
        return (self.present + self.late) / self.lessons if self.lessons else None


@dataclass(frozen=True)
class SessionStats:
    sessions: int = 0
    mock_drills: int = 0
    live_sessions: int = 0
    average_rubric: float | None = None
    first_rubric: float | None = None
    last_rubric: float | None = None
    best_conversion: float | None = None
    viewers: int = 0
    buyers: int = 0
    gmv: float = 0.0


@dataclass(frozen=True)
class GrowthPoint:
    number: int
    rubric: float | None  # 0–100
    conversion: float | None  # a fraction


@dataclass(frozen=True)
class ScriptLine:
    title: str
    product: str
    versions: int
    last_change: date | None
    last_comment: str


@dataclass(frozen=True)
class CertificateLine:
    kind: str
    occupation: str
    level: str
    number: str
    issued_on: date | None
    issuer: str


@dataclass(frozen=True)
class PlacementLine:
    outcome: str
    employer: str
    position: str
    start_date: date | None
    evidence: str


@dataclass(frozen=True)
class RemarkLine:
    on: date
    mentor: str
    text: str


@dataclass(frozen=True)
class StudentReport:
    id: int
    name: str
    sex: str
    id_number: str  # masked unless an admin chose otherwise
    student_number: str
    school: str
    major: str
    class_name: str
    cohort_code: str
    cohort_name: str
    cohort_start: date | None
    cohort_end: date | None
    stage: str
    status: str
    completed: bool
    mentor: str
    stages: tuple[StageLine, ...]
    attendance: AttendanceSummary
    stats: SessionStats
    growth: tuple[GrowthPoint, ...]
    scripts: tuple[ScriptLine, ...]
    certificates: tuple[CertificateLine, ...]
    placement: PlacementLine | None
    remarks: tuple[RemarkLine, ...]  # newest first, a few


@dataclass(frozen=True)
class Certificate:
    """One 结业证书."""

    number: str  # JRB-结-<cohort>-<n>
    student: str
    id_number: str
    school: str
    cohort_code: str
    cohort_name: str
    cohort_start: date | None
    cohort_end: date | None
    stages: tuple[StageLine, ...]
    completed_on: date | None
    issued_on: date


@dataclass(frozen=True)
class Count:
    label: str
    value: int


@dataclass(frozen=True)
class RosterRow:
    name: str
    id_number: str
    student_number: str
    cohort_code: str
    stage: str
    attendance: str
    sessions: int
    average_rubric: str
    certificates: str
    placement: str


@dataclass(frozen=True)
class GroupSummary:
    """A school pack's or a cohort report's summary block."""

    title: str
    scope: str  # e.g. "批次 JR2025-01" or "2025年1月1日—2025年12月31日"
    students: int
    by_stage: tuple[Count, ...]
    certificates: tuple[Count, ...]
    placements: tuple[Count, ...]
    cohorts: tuple[str, ...] = ()
    contact: str = ""
    average_attendance: float | None = None
    average_rubric: float | None = None
    sessions: int = 0


@dataclass(frozen=True)
class MentorRow:
    name: str
    specialties: str
    cognitive: int
    project: int
    live: int
    sessions_week: int
    capacity: int
    sessions_90d: int
    average_rubric_90d: str


@dataclass(frozen=True)
class MentorReport:
    week_start: date
    week_end: date
    rows: tuple[MentorRow, ...]


@dataclass(frozen=True)
class MonthLine:
    month: str  # 2025年3月
    drills: int
    live: int
    viewers: int
    buyers: int
    conversion: float | None


@dataclass(frozen=True)
class AnnualReport:
    year: int
    figures: tuple[Count, ...]  # trained, signed, employed on graduation, talent pool, clients, …
    certificates: tuple[Count, ...]
    placements: tuple[Count, ...]
    months: tuple[MonthLine, ...]
    rooms: tuple[tuple[str, int, float | None], ...]  # room, booked hours, share of opening hours
    cohorts: tuple[tuple[str, str, int, int], ...]  # code, school, students, completed


@dataclass(frozen=True)
class SubsidySheet:
    student: str
    id_number: str
    phone: str
    school: str
    cohort_code: str
    hukou: str
    employer: str
    flexible_start: date | None
    months_left: int | None
    monthly_amount: str
    centre_name: str
    centre_address: str
    materials: tuple[str, ...]
    reasons: tuple[str, ...]
    applied_on: date | None
