"""Exam readiness (考前资格): which students of a cohort meet a skill level's bar
of stage and evidence, and why the others do not yet.

The bar of each level is shared by every desktop (setting `exam_readiness_bars`,
editable by staff). Defaults (DEFAULT_BARS), on the 0–100 rubric scale:

| level | stage at least | mock drills | drill avg | live sessions | live avg |
|---|---|---|---|---|---|
| 学徒工 apprentice | 项目实训 | 2 | 60 | – | – |
| 初级工 junior | 项目实训 | 5 | 70 | – | – |
| 中级工 intermediate | 结业 (live stage signed off) | – | – | 3 | 75 |
| 高级工 senior | 结业 | – | – | 8 | 80 |
| 技师 technician | 结业 | – | – | 12 | 85 |
| 高级技师 senior technician | 结业 | – | – | 20 | 88 |
| 特级技师 principal technician | 结业 | – | – | 30 | 90 |
| 首席技师 chief technician | 结业 | – | – | 40 | 92 |

Withdrawn students are left out; a suspended student, or one who already holds a
skill level certificate of this level or higher (of the exam's occupation, when
given), is listed as not ready with that reason.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass

from sqlalchemy import select

from ..db.models import Certificate, Cohort, Student
from ..domain.enums import CertificateKind, Occupation, SkillLevel, Stage, StudentStatus
from .common import EVERYONE, STAFF, load_versioned, mentor_student_ids, require_role
from .context import Actor, Database
from .shared_settings import Versioned, lock_setting, read_setting, read_versioned, write_setting
from .stages import evidence_for_many
from .validation import Checker

SETTING_KEY = "exam_readiness_bars"
STAGE_ORDER = {stage: i for i, stage in enumerate(Stage)}


@dataclass(frozen=True)
class ReadinessBar:
    """What a student needs before sitting an exam of `level`; an average of None
    means no minimum score."""

    level: SkillLevel
    min_stage: Stage = Stage.PROJECT
    min_mock_drills: int = 0
    min_mock_avg: float | None = None
    min_live_sessions: int = 0
    min_live_avg: float | None = None


def _live(level: SkillLevel, n: int, avg: float) -> ReadinessBar:
    return ReadinessBar(level, Stage.COMPLETED, min_live_sessions=n, min_live_avg=avg)


L = SkillLevel
DEFAULT_BARS: dict[SkillLevel, ReadinessBar] = {
    L.APPRENTICE: ReadinessBar(L.APPRENTICE, Stage.PROJECT, 2, 60.0),
    L.JUNIOR: ReadinessBar(L.JUNIOR, Stage.PROJECT, 5, 70.0),
    L.INTERMEDIATE: _live(L.INTERMEDIATE, 3, 75.0), L.SENIOR: _live(L.SENIOR, 8, 80.0),
    L.TECHNICIAN: _live(L.TECHNICIAN, 12, 85.0), L.SENIOR_TECHNICIAN: _live(L.SENIOR_TECHNICIAN, 20, 88.0),
    L.PRINCIPAL_TECHNICIAN: _live(L.PRINCIPAL_TECHNICIAN, 30, 90.0),
    L.CHIEF_TECHNICIAN: _live(L.CHIEF_TECHNICIAN, 40, 92.0),
}


def _stored_bars(s) -> dict[SkillLevel, ReadinessBar]:
    bars = dict(DEFAULT_BARS)
    stored = read_setting(s, SETTING_KEY, {})
    for level in SkillLevel:
        raw = stored.get(level.value) if isinstance(stored, dict) else None
        if not isinstance(raw, dict):
            continue
        try:
            bars[level] = ReadinessBar(
                level, Stage(raw["min_stage"]), int(raw.get("min_mock_drills") or 0),
                None if raw.get("min_mock_avg") is None else float(raw["min_mock_avg"]),
                int(raw.get("min_live_sessions") or 0),
                None if raw.get("min_live_avg") is None else float(raw["min_live_avg"]))
        except (KeyError, TypeError, ValueError):
            continue  # an unreadable entry falls back to the default
    return bars


def readiness_bars(db: Database, actor: Actor) -> list[ReadinessBar]:
    """The bar of every level, lowest level first (stored, else the default)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return list(_stored_bars(s).values())


def readiness_bars_for_edit(db: Database, actor: Actor) -> Versioned[list[ReadinessBar]]:
    """Every level's bar with the setting's version, for an editor that saves them back."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return Versioned(list(_stored_bars(s).values()), read_versioned(s, SETTING_KEY).version)


def set_readiness_bar(db: Database, actor: Actor, bar: ReadinessBar,
                      expected_version: int | None = None) -> ReadinessBar:
    """Store one level's bar for every desktop (staff only). `expected_version`: from
    `readiness_bars_for_edit`; another desktop's save since then raises ConflictError."""
    require_role(actor, *STAFF, action_zh="修改考前资格标准", action_en="change exam readiness bars")
    c = Checker()
    for value, field, en in ((bar.min_mock_drills, "模拟演练最少场次", "minimum mock drills"),
                             (bar.min_live_sessions, "实战直播最少场次", "minimum live sessions")):
        if not 0 <= value <= 500:
            c.add(field, "应在0到500之间。", "must be between 0 and 500.", en)
    for avg, field, en in ((bar.min_mock_avg, "模拟演练平均分下限", "minimum mock-drill average"),
                           (bar.min_live_avg, "实战直播平均分下限", "minimum live-session average")):
        if avg is not None and not 0 <= avg <= 100:
            c.add(field, "应在0到100之间（不设下限请留空）。", "must be between 0 and 100 (empty: none).", en)
    c.raise_if_any()
    with db.transaction() as s:
        lock_setting(s, SETTING_KEY, expected_version)  # the other levels are read after a concurrent save
        stored = read_setting(s, SETTING_KEY, {})
        stored = dict(stored) if isinstance(stored, dict) else {}
        data = asdict(bar)
        data.pop("level")
        data["min_stage"] = bar.min_stage.value
        stored[bar.level.value] = data
        write_setting(s, actor, SETTING_KEY, stored, expected_version)
        return _stored_bars(s)[bar.level]


@dataclass(frozen=True)
class ReadinessReason:
    field: str  # the Chinese name of what is short, e.g. "模拟演练"
    zh: str
    en: str


@dataclass(frozen=True)
class ReadinessRow:
    student_id: int
    name: str
    student_number: str
    stage: Stage
    mock_drills: int
    mock_avg: float | None
    live_sessions: int
    live_avg: float | None
    reasons: tuple[ReadinessReason, ...]

    @property
    def ready(self) -> bool:
        return not self.reasons


@dataclass(frozen=True)
class ReadinessList:
    cohort_id: int
    cohort_name: str
    level: SkillLevel
    occupation: Occupation | None
    bar: ReadinessBar
    ready: tuple[ReadinessRow, ...]
    not_ready: tuple[ReadinessRow, ...]


def _avg(v: float | None) -> str:
    return "无评分" if v is None else f"{v:.1f}"


def _reasons(bar: ReadinessBar, st: Student, ev, held: SkillLevel | None) -> list[ReadinessReason]:
    out = []
    if st.status is StudentStatus.SUSPENDED:
        out.append(ReadinessReason("状态", "学员暂停培训中。", "the student is suspended."))
    if STAGE_ORDER[st.stage] < STAGE_ORDER[bar.min_stage]:
        need = "完成实战实训（结业）" if bar.min_stage is Stage.COMPLETED else f"进入“{bar.min_stage.zh}”阶段"
        out.append(ReadinessReason("阶段", f"目前在“{st.stage.zh}”，需{need}。",
                                   f"in the {st.stage.value} stage; needs {bar.min_stage.value}."))
    for n, avg, min_n, min_avg, what, en in (
            (ev.mock_drills, ev.mock_avg_rubric, bar.min_mock_drills, bar.min_mock_avg, "模拟演练", "mock drills"),
            (ev.live_sessions, ev.live_avg_rubric, bar.min_live_sessions, bar.min_live_avg, "实战直播",
             "live sessions")):
        if n < min_n:
            out.append(ReadinessReason(what, f"{what}{n}场，需至少{min_n}场。", f"{n} {en}; needs {min_n}."))
        if min_avg is not None and (min_n or n) and (avg is None or avg < min_avg):
            out.append(ReadinessReason(f"{what}平均分", f"{what}平均分{_avg(avg)}，需至少{min_avg:g}分。",
                                       f"{en} average {_avg(avg)}; needs {min_avg:g}."))
    if held is not None:
        out.append(ReadinessReason("证书", f"已持有{held.zh}证书，不必再考本等级。",
                                   f"already holds a {held.value} certificate."))
    return out


def exam_readiness(db: Database, actor: Actor, cohort_id: int, level: SkillLevel,
                   occupation: Occupation | None = None) -> ReadinessList:
    """The cohort's students (a mentor: only their own) against `level`'s bar:
    the ready ones and the others with every reason, each list by student number."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        cohort = load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        bar = _stored_bars(s)[level]
        q = select(Student).where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None),
                                  Student.status != StudentStatus.WITHDRAWN)
        if actor.is_mentor:
            q = q.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
        students = list(s.scalars(q.order_by(Student.student_number, Student.name, Student.id)))
        evidence = evidence_for_many(s, students)
        held: dict[int, SkillLevel] = {}
        if students:
            cq = select(Certificate.student_id, Certificate.level).where(
                Certificate.student_id.in_([st.id for st in students]), Certificate.deleted_at.is_(None),
                Certificate.kind == CertificateKind.SKILL_LEVEL)
            if occupation is not None:
                cq = cq.where(Certificate.occupation == occupation)
            for sid, lv in s.execute(cq):
                if lv.rank >= level.rank and (sid not in held or lv.rank > held[sid].rank):
                    held[sid] = lv
        rows = []
        for st in students:
            ev = evidence[st.id]
            rows.append(ReadinessRow(st.id, st.name, st.student_number, st.stage, ev.mock_drills,
                                     ev.mock_avg_rubric, ev.live_sessions, ev.live_avg_rubric,
                                     tuple(_reasons(bar, st, ev, held.get(st.id)))))
        return ReadinessList(cohort.id, cohort.name, level, occupation, bar,
                             tuple(r for r in rows if r.ready), tuple(r for r in rows if not r.ready))

