"""The figures of a group of students (合作院校报告包 and 批次报告 alike): which of a
school's cohorts have started, the rates on one stated basis (README, 报表口径), the
stage pass rates, the cohort's mentors, and the sentences that say the figures in words.

    cohorts = school_cohorts(s, school_id); started = active_cohorts(s, [c.id for c in cohorts])
    summary = group_summary(title, scope, [(code, name, status, reports), …], live_totals(s, ids))
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence

from sqlalchemy import case, distinct, func, or_, select
from sqlalchemy.orm import Session

from ..db.models import Attendance, Cohort, Mentor, MentorAssignment, PracticeSession, StageRecord, Student
from ..domain.enums import (
    CertificateKind,
    CohortStatus,
    PlacementOutcome,
    SessionKind,
    SkillLevel,
    Stage,
    StudentStatus,
)
from ..reports import dto
from .common import in_chunks

TOTAL = "合计"
UNCONFIRMED = "待确认"  # an unknown or unrecorded outcome: never counted as unemployed
PLACED = (PlacementOutcome.EMPLOYED_ON_GRADUATION, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT,
          PlacementOutcome.FLEXIBLE_EMPLOYMENT, PlacementOutcome.FURTHER_STUDY)
_LEVEL_ORDER = {lv.zh: i for i, lv in enumerate(SkillLevel)}
_WITHDRAWN = StudentStatus.WITHDRAWN.zh


def pct(value: float | None) -> str:  # as reports.tables.pct (kept here: no ReportLab for the scopes)
    return "—" if value is None else f"{value * 100:.1f}%"


def num(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


# --- reads -------------------------------------------------------------------

def school_cohorts(s: Session, school_id: int) -> list[Cohort]:
    """The school's live cohorts: its own, and any other that holds its students; oldest first."""
    holding = select(Student.cohort_id).where(Student.school_id == school_id, Student.deleted_at.is_(None))
    return list(s.scalars(select(Cohort).where(Cohort.deleted_at.is_(None),
                                               or_(Cohort.school_id == school_id, Cohort.id.in_(holding)))
                          .order_by(Cohort.start_date, Cohort.code)))


def active_cohorts(s: Session, cohort_ids: Iterable[int]) -> set[int]:
    """Cohorts with activity: any attendance, practice session or stage sign-off of their live students."""
    ids, found = list(cohort_ids), set()
    live = Student.deleted_at.is_(None)
    for chunk in in_chunks(ids):
        for model, extra in ((Attendance, ()), (PracticeSession, ()),
                             (StageRecord, (StageRecord.signed_off_at.is_not(None),))):
            found.update(s.scalars(select(distinct(Student.cohort_id)).join(model, model.student_id == Student.id)
                                   .where(Student.cohort_id.in_(chunk), live, model.deleted_at.is_(None), *extra)))
    return found


def live_totals(s: Session, ids: Sequence[int]) -> dict[int, tuple[int, int, int, int]]:
    """Per student: (live sessions, mock drills, viewers of live sessions, buyers of live sessions)."""
    P, out = PracticeSession, {}
    live = P.kind == SessionKind.LIVE_SESSION
    for chunk in in_chunks(ids):
        for sid, lives, drills, viewers, buyers in s.execute(
                select(P.student_id, func.sum(case((live, 1), else_=0)), func.sum(case((live, 0), else_=1)),
                       func.sum(case((live, func.coalesce(P.viewers, 0)), else_=0)),
                       func.sum(case((live, func.coalesce(P.buyers, 0)), else_=0)))
                .where(P.student_id.in_(chunk), P.deleted_at.is_(None)).group_by(P.student_id)):
            out[sid] = (int(lives or 0), int(drills or 0), int(viewers or 0), int(buyers or 0))
    return out


def cohort_mentors(s: Session, cohort_id: int) -> list[tuple[str, int]]:
    """The mentors who guide or guided the cohort's students, with how many students each; most first."""
    rows = s.execute(select(Mentor.name, func.count(distinct(MentorAssignment.student_id)))
                     .join(MentorAssignment, MentorAssignment.mentor_id == Mentor.id)
                     .join(Student, Student.id == MentorAssignment.student_id)
                     .where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None),
                            MentorAssignment.deleted_at.is_(None))
                     .group_by(Mentor.name)).all()
    return sorted(((n, int(c)) for n, c in rows), key=lambda r: (-r[1], r[0]))


# --- figures -----------------------------------------------------------------

def _levels(reports: Sequence[dto.StudentReport], kind: CertificateKind) -> tuple[dto.LevelCount, ...]:
    """Students per (occupation, level): a student with two certificates counts under each."""
    held = Counter(key for r in reports
                   for key in {(c.occupation or "—", c.level or "—") for c in r.certificates if c.kind == kind.zh})
    return tuple(dto.LevelCount(o, lv, n) for (o, lv), n in
                 sorted(held.items(), key=lambda kv: (kv[0][0], _LEVEL_ORDER.get(kv[0][1], 99))))


def figures(code: str, name: str, reports: Sequence[dto.StudentReport],
            live: dict[int, tuple[int, int, int, int]], status: str = "") -> dto.GroupFigures:
    trainees = [r for r in reports if r.status != _WITHDRAWN]
    completed = [r for r in trainees if r.completed]
    outcomes = Counter(r.placement.outcome if r.placement else UNCONFIRMED for r in completed)
    unconfirmed = outcomes.pop(UNCONFIRMED, 0) + outcomes.pop(PlacementOutcome.UNKNOWN.zh, 0)
    rubrics = [r.stats.average_rubric for r in reports if r.stats.average_rubric is not None]
    sums = [live.get(r.id, (0, 0, 0, 0)) for r in reports]
    return dto.GroupFigures(
        code=code, name=name, students=len(reports), withdrawn=len(reports) - len(trainees),
        completed=len(completed),
        certified=sum(1 for r in trainees if any(c.kind == CertificateKind.SKILL_LEVEL.zh for c in r.certificates)),
        levels=_levels(trainees, CertificateKind.SKILL_LEVEL),
        enterprise=sum(1 for r in trainees if any(c.kind == CertificateKind.ENTERPRISE.zh for c in r.certificates)),
        enterprise_levels=_levels(trainees, CertificateKind.ENTERPRISE),
        outcomes=tuple(dto.Count(o.zh, outcomes[o.zh]) for o in PlacementOutcome if outcomes.get(o.zh)),
        unconfirmed=unconfirmed, placed=sum(outcomes.get(o.zh, 0) for o in PLACED),
        average_rubric=sum(rubrics) / len(rubrics) if rubrics else None,
        live_sessions=sum(x[0] for x in sums), mock_drills=sum(x[1] for x in sums),
        live_viewers=sum(x[2] for x in sums), live_buyers=sum(x[3] for x in sums), status=status)


def stage_passes(reports: Sequence[dto.StudentReport]) -> tuple[dto.StagePass, ...]:
    """Per training stage: students who entered it, were signed off, and are in it now."""
    out = []
    for st in (Stage.COGNITIVE, Stage.PROJECT, Stage.LIVE):
        reached = {id(r) for r in reports for line in r.stages if line.stage == st.zh}
        passed = {id(r) for r in reports for line in r.stages if line.stage == st.zh and line.result}
        current = sum(1 for r in reports if r.stage == st.zh and r.status != _WITHDRAWN)
        out.append(dto.StagePass(st.zh, len(reached), len(passed), current))
    return tuple(out)


def group_summary(title: str, scope: str, groups: Sequence[tuple[str, str, str, Sequence[dto.StudentReport]]],
                  live: dict[int, tuple[int, int, int, int]], *, left_out: Sequence[str] = (),
                  with_stages: bool = False) -> dto.GroupSummary:
    """`groups`: (cohort code, name, status, its students' reports) in print order."""
    everyone = [r for *_c, rs in groups for r in rs]
    per = tuple(figures(code, name, rs, live, status) for code, name, status, rs in groups)
    total = figures(TOTAL, "", everyone, live)
    by_stage = Counter(r.stage if r.status != _WITHDRAWN else _WITHDRAWN for r in everyone)
    return dto.GroupSummary(
        title=title, scope=scope, students=len(everyone), cohorts=per, total=total,
        sentences=sentences(total, per),
        by_stage=tuple(dto.Count(label, by_stage[label]) for label in [st.zh for st in Stage] + [_WITHDRAWN]
                       if by_stage.get(label)),
        stages=stage_passes(everyone) if with_stages else (), left_out=tuple(left_out))


# --- words -------------------------------------------------------------------

def sentences(t: dto.GroupFigures, per: Sequence[dto.GroupFigures] = ()) -> tuple[str, ...]:
    """Two or three plain sentences from the figures (the same figures the tables print)."""
    span = f"{len(per)}个批次、" if len(per) > 1 else ""
    left = f"（其中中途退出{t.withdrawn}名）" if t.withdrawn else ""
    going = sum(1 for f in per if f.status and f.status != CohortStatus.CLOSED.zh)
    still = f"（{going}个批次仍在培训中，其学员尚未结业）" if going and len(per) > 1 else ""
    out = [f"本报告涵盖{span}学员{t.students}名{left}，已结业{t.completed}名，结业率{pct(t.completion.value)}{still}。"]
    cert = f"取得职业技能等级证书的学员{t.certified}名，取证率{pct(t.certification.value)}"
    if t.enterprise:
        cert += f"；另有{t.enterprise}名学员持企业认证证书（单列，不计入取证率）"
    if t.average_rubric is not None:
        cert += f"；学员实训平均评分{num(t.average_rubric)}分"
    out.append(cert + "。")
    if not t.completed:
        out.append("学员尚未结业，就业去向待结业后统计。")
    else:
        place = f"结业学员中去向已确认{t.confirmed}名，其中已落实{t.placed}名，落实率{pct(t.placement.value)}"
        if t.unconfirmed:
            place += f"；{t.unconfirmed}名去向待确认，不计入基数，也不算作未就业"
        out.append(place + "。")
    return tuple(out)
