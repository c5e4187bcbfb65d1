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
class KindStats:
    """One kind of session (模拟演练 or 实战直播) of one student."""

    count: int = 0
    average_rubric: float | None = None
    first_rubric: float | None = None
    last_rubric: float | None = None
    viewers: int = 0
    buyers: int = 0
    gmv: float = 0.0
    best_conversion: float | None = None

    @property
    def conversion(self) -> float | None:
        """Buyers over viewers, all sessions of the kind together."""
        return self.buyers / self.viewers if self.viewers else None


@dataclass(frozen=True)
class SessionStats:
    """A student's sessions. Sales figures (viewers, buyers, gmv, conversion) are
    of live sessions only: a mock drill's audience is practice, not sales."""

    sessions: int = 0
    mock_drills: int = 0
    live_sessions: int = 0
    average_rubric: float | None = None  # every scored session
    first_rubric: float | None = None
    last_rubric: float | None = None
    best_conversion: float | None = None  # live sessions only
    viewers: int = 0  # live sessions only
    buyers: int = 0  # live sessions only
    gmv: float = 0.0  # live sessions only
    drill: KindStats = KindStats()
    live: KindStats = KindStats()

    @property
    def live_conversion(self) -> float | None:
        return self.live.conversion


@dataclass(frozen=True)
class GrowthPoint:
    number: int
    rubric: float | None  # 0–100
    conversion: float | None  # a fraction
    live: bool = False  # a live session (else a mock drill)


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
    code: str = ""  # PlacementOutcome value (the label is `outcome`)


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
    withdrawn: bool = False
    grade: str = ""  # 综合评定 (domain/appraisal.py), "" when not graded
    grade_basis: str = ""  # how the grade was reached, one line
    opinion: str = ""  # 鉴定意见 as the mentor typed it
    base_name: str = ""  # the base profile's full name (基地盖章)

    @property
    def kind(self) -> str:
        """结业报告 for a completed student, 阶段报告 otherwise."""
        return "结业报告" if self.completed else "阶段报告"


@dataclass(frozen=True)
class Certificate:
    """One 结业证书, as the register (结业证书登记) issued it: number and date never change."""

    number: str  # JRB-<cohort code>-<serial:03d>, from the register
    student: str  # the holder's name as issued
    id_number: str
    school: str
    cohort_code: str
    cohort_name: str
    cohort_start: date | None
    cohort_end: date | None
    stages: tuple[StageLine, ...]
    completed_on: date | None
    issued_on: date  # the completion date, from the register (never the print date)
    hours: int = 0  # 学时, see domain/training_hours.py
    code: str = ""  # 核验码 (verification code)
    qr: str = ""  # the QR code's text, "JRBCERT:<number>:<code>"
    photo_jpeg: bytes | None = None  # the student's photo, when one is stored


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
    major: str = ""  # 专业
    class_name: str = ""  # 班级


@dataclass(frozen=True)
class Rate:
    """A share with its basis kept: part ÷ base (None when the base is empty)."""

    part: int
    base: int

    @property
    def value(self) -> float | None:
        return self.part / self.base if self.base else None


@dataclass(frozen=True)
class LevelCount:
    """Students holding a skill-level certificate of this occupation and level."""

    occupation: str
    level: str
    students: int


@dataclass(frozen=True)
class GroupFigures:
    """One cohort's figures (or the total over the cohorts), on the bases in the README."""

    code: str  # the cohort code, or "合计"
    name: str
    students: int  # every live student of the cohort, withdrawn ones included
    withdrawn: int
    completed: int
    certified: int  # trainees (not withdrawn) holding ≥ 1 skill-level certificate
    levels: tuple[LevelCount, ...]
    enterprise: int  # trainees holding ≥ 1 enterprise certificate (shown apart, not in the rate)
    enterprise_levels: tuple[LevelCount, ...]
    outcomes: tuple[Count, ...]  # completed students by their latest confirmed outcome
    unconfirmed: int  # completed students whose outcome is unknown or not recorded (待确认)
    placed: int  # 毕业即就业 + 签约企业项目 + 灵活就业 + 升学
    average_rubric: float | None  # mean of the trainees' own averages
    live_sessions: int
    mock_drills: int
    live_viewers: int
    live_buyers: int
    status: str = ""  # the cohort's 筹备中 / 进行中 / 已结束 ("" for the total)

    @property
    def trainees(self) -> int:
        return self.students - self.withdrawn

    @property
    def completion(self) -> Rate:
        return Rate(self.completed, self.trainees)

    @property
    def certification(self) -> Rate:
        return Rate(self.certified, self.trainees)

    @property
    def confirmed(self) -> int:
        return self.completed - self.unconfirmed

    @property
    def placement(self) -> Rate:
        return Rate(self.placed, self.confirmed)

    @property
    def conversion(self) -> Rate:
        return Rate(self.live_buyers, self.live_viewers)


@dataclass(frozen=True)
class StagePass:
    """A stage's pass rate: signed off (通过 or 特批通过) ÷ reached (entered the stage)."""

    stage: str
    reached: int
    passed: int
    current: int  # still in the stage

    @property
    def rate(self) -> Rate:
        return Rate(self.passed, self.reached)


@dataclass(frozen=True)
class GroupSummary:
    """A school pack's or a cohort report's summary: per cohort, the total and a few sentences."""

    title: str
    scope: str
    students: int
    cohorts: tuple[GroupFigures, ...]
    total: GroupFigures
    sentences: tuple[str, ...] = ()
    by_stage: tuple[Count, ...] = ()
    stages: tuple[StagePass, ...] = ()
    left_out: tuple[str, ...] = ()  # the school's cohorts not in the default scope (no activity yet)


@dataclass(frozen=True)
class MentorRow:
    """One mentor over the report's period (导师工作量)."""

    name: str
    specialties: str
    cognitive: int  # students guided in the period, under the stage they were in with this mentor
    project: int
    live: int
    sessions: int  # room bookings starting in the period + sessions logged without a booking
    capacity: float  # weekly capacity × days ÷ 7
    logged: int  # practice sessions logged in the period (one per student)
    rubric_sum: float  # over the logged sessions that have a rubric score
    rubric_count: int

    @property
    def students(self) -> int:
        return self.cognitive + self.project + self.live

    @property
    def load(self) -> float | None:
        return self.sessions / self.capacity if self.capacity else None

    @property
    def average_rubric(self) -> float | None:
        return self.rubric_sum / self.rubric_count if self.rubric_count else None


@dataclass(frozen=True)
class MentorReport:
    first: date  # the period, both days included
    last: date
    rows: tuple[MentorRow, ...]

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def _share(part: float, whole: float) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True)
class YearFigures:
    """One year of the annual summary (基地年度总结). The outcome figures count the
    students of the cohorts that ended in the year (their completion, certificates and
    latest placement, whenever recorded); the activity figures count the calendar year."""

    year: int
    cohorts_ended: int = 0
    students: int = 0  # of those cohorts, withdrawn students included
    withdrawn: int = 0
    completed: int = 0
    certified: int = 0  # not withdrawn, holding a vocational skill level certificate (职业技能等级证书)
    enterprise_certified: int = 0  # not withdrawn, holding an enterprise certificate (企业认证证书)
    placed: int = 0  # completed: employed on graduation, signed, flexible work or further study
    outcome_known: int = 0  # completed with a recorded outcome other than 未知
    talent_pool: int = 0
    cohorts_started: int = 0
    new_students: int = 0
    drills: int = 0
    live: int = 0
    practised: int = 0  # students with at least one session in the year
    live_viewers: int = 0
    live_buyers: int = 0
    live_gmv: float = 0.0
    booked_hours: float = 0.0
    open_hours: float = 0.0
    orders: int = 0
    order_clients: int = 0
    order_trainees: int = 0
    order_hours: float = 0.0
    exams: int = 0
    candidates: int = 0
    passed: int = 0

    @property
    def trainees(self) -> int:
        """The base of the completion and certification rates: withdrawn students left out
        (as in the school pack, README 报表口径)."""
        return self.students - self.withdrawn

    @property
    def completion_rate(self) -> float | None:
        return _share(self.completed, self.trainees)

    @property
    def certification_rate(self) -> float | None:
        return _share(self.certified, self.trainees)

    @property
    def placement_rate(self) -> float | None:
        """Placed over completed students whose outcome is known: 未知 and 未登记 are left
        out of both, never counted as unemployed."""
        return _share(self.placed, self.outcome_known)

    @property
    def conversion(self) -> float | None:
        return _share(self.live_buyers, self.live_viewers)

    @property
    def room_use(self) -> float | None:
        return _share(self.booked_hours, self.open_hours)

    @property
    def pass_rate(self) -> float | None:
        return _share(self.passed, self.candidates)

    @property
    def has_outcomes(self) -> bool:
        return self.cohorts_ended > 0

    @property
    def has_activity(self) -> bool:
        return bool(self.drills or self.live or self.booked_hours or self.orders or self.exams or self.cohorts_started)


@dataclass(frozen=True)
class MonthActivity:
    month: int  # 1–12
    drills: int = 0
    live: int = 0
    viewers: int = 0  # live sessions only
    buyers: int = 0

    @property
    def conversion(self) -> float | None:
        return _share(self.buyers, self.viewers)


@dataclass(frozen=True)
class RoomUse:
    name: str
    booked_hours: float
    share: float | None  # of the year's opening hours (None for a room out of use)


@dataclass(frozen=True)
class EndedCohort:
    code: str
    name: str
    school: str
    end_date: date | None
    students: int
    withdrawn: int
    completed: int
    certified: int
    placed: int
    outcome_known: int


@dataclass(frozen=True)
class ExamLine:
    held_on: date
    title: str  # 互联网营销师（直播销售员）四级
    dual_certificate: bool
    candidates: int
    passed: int


@dataclass(frozen=True)
class AnnualSummary:
    """The annual summary: the year and the year before on the same basis."""

    year: int
    this: YearFigures
    previous: YearFigures
    months: tuple[MonthActivity, ...]
    rooms: tuple[RoomUse, ...]
    cohorts: tuple[EndedCohort, ...]  # the cohorts that ended in the year
    outcomes: tuple[Count, ...]  # completed students by latest outcome, 未登记 last
    certificates: tuple[Count, ...]  # skill level certificates held, by occupation and level
    enterprise_certificates: tuple[Count, ...]  # by issuer
    exams: tuple[ExamLine, ...]
    as_of: date | None = None  # the year is not over: figures stand at this day


@dataclass(frozen=True)
class SubsidySheet:
    """One graduate's cover sheet (灵活就业社会保险补贴申请材料封面)."""

    student: str
    id_number: str  # full unless masked on request
    phone: str
    school: str
    cohort: str
    hukou: str  # 上海户籍 金山区 | 外省市户籍 / 居住区 宝山区
    left_school_on: date | None
    employer: str
    flexible_start: date | None
    months_used: int
    months_left: int
    monthly_amount: str
    centre_name: str
    centre_address: str
    materials: tuple[str, ...]
    reasons: tuple[str, ...]  # 【符合】… per condition
    applied_on: date | None


@dataclass(frozen=True)
class IneligibleGraduate:
    """A flexibly employed graduate who gets no cover sheet, and why."""

    student: str
    student_number: str
    cohort: str
    school: str
    failed: tuple[tuple[str, str], ...]  # (condition, what is wrong and the fix)


@dataclass(frozen=True)
class SubsidyPack:
    checked_on: date
    profile: BaseProfile
    sheets: tuple[SubsidySheet, ...]
    ineligible: tuple[IneligibleGraduate, ...]
