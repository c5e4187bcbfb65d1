"""The talent pool (人才库): graduates not placed are archived with their file
(建档留档: skills, best sessions, certificates, contact consent) and searched when
an enterprise client asks for people — by skill, certificate level and session
metrics — and a shortlist is exported to Excel.

"Not placed" means no placement with a known outcome other than the pool itself;
a placement whose outcome is 未知 (unknown) is never counted as unemployed, so such
graduates are not offered for archiving (find out first).
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import Float, case, cast, exists, func, or_, select

from ..db.models import Certificate, Cohort, PartnerSchool, Placement, PracticeSession, Student
from ..domain.enums import (
    CertificateKind,
    Occupation,
    PlacementOutcome,
    Platform,
    SessionKind,
    SkillLevel,
    Stage,
    StudentStatus,
)
from ..errors import ValidationError
from .common import (
    EVERYONE,
    STAFF,
    ensure_student_access,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    update_row,
)
from .context import Actor, Database
from .listing import like_pattern
from .validation import Checker

PLACED = (PlacementOutcome.EMPLOYED_ON_GRADUATION, PlacementOutcome.SIGNED_ENTERPRISE_PROJECT,
          PlacementOutcome.FLEXIBLE_EMPLOYMENT, PlacementOutcome.FURTHER_STUDY)
BEST_SESSIONS = 5
NO_CONSENT = "未同意联系（请经基地转达）"


@dataclass(frozen=True)
class TalentQuery:
    """What an enterprise client asks for. Empty fields do not filter."""

    skill: str = ""  # words (split on spaces, 、 or commas); every word must appear in the skills
    min_level: SkillLevel | None = None  # a certificate at this level or above
    occupation: Occupation | None = None  # ... in this occupation
    min_best_conversion: float | None = None  # best session's conversion, a fraction (0.05 = 5 %)
    min_average_rubric: float | None = None  # average rubric score, 0–100
    consent_only: bool = False  # only those who agreed to be contacted


@dataclass(frozen=True)
class CandidateDTO:
    student_id: int
    name: str
    cohort_code: str
    school_name: str
    skills: str
    top_level: SkillLevel | None  # the highest certificate level
    certificates: int
    sessions: int
    best_conversion: float | None
    average_rubric: float | None
    contact_consent: bool
    version: int  # the student's, for update_talent_file


@dataclass(frozen=True)
class BestSessionDTO:
    id: int
    started_at: datetime
    kind: SessionKind
    platform: Platform
    products: str
    viewers: int
    buyers: int
    gmv: Decimal
    conversion: float | None
    rubric_average: float | None


@dataclass(frozen=True)
class CertificateLine:
    kind: CertificateKind
    occupation: Occupation
    work_type: str
    level: SkillLevel
    number: str
    issued_on: date
    issuer: str


@dataclass(frozen=True)
class CandidateFileDTO:
    """建档留档: the file an enterprise client's request is answered from."""

    candidate: CandidateDTO
    phone: str
    major: str
    stage: Stage
    status: StudentStatus
    left_school_on: date | None
    best_sessions: tuple[BestSessionDTO, ...]  # top by rubric, then by conversion
    certificates: tuple[CertificateLine, ...]  # highest level first
    pool_note: str  # the note of the 人才库 placement record


@dataclass(frozen=True)
class UnplacedGraduateDTO:
    student_id: int
    name: str
    cohort_code: str
    left_school_on: date | None


def _conversion():
    return case((PracticeSession.viewers > 0,
                 cast(PracticeSession.buyers, Float) / PracticeSession.viewers), else_=None)


def _graduate():
    return or_(Student.status == StudentStatus.COMPLETED, Student.stage == Stage.COMPLETED)


def _placed_or_unknown():
    return exists().where(Placement.student_id == Student.id, Placement.deleted_at.is_(None),
                          Placement.outcome.in_((*PLACED, PlacementOutcome.UNKNOWN)))


def _skill_words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s,，、;；/]+", text or "") if w]


def search_talent_pool(db: Database, actor: Actor, query: TalentQuery = TalentQuery(),
                       limit: int = 500) -> list[CandidateDTO]:
    """Students in the pool matching the request, strongest first (highest
    certificate, then best conversion, then rubric). Mentors: their own students."""
    require_role(actor, *EVERYONE)
    c = Checker()
    if query.min_best_conversion is not None and not 0 <= query.min_best_conversion <= 1:
        c.add("最佳转化率", "请填写 0%–100% 之间的数。", "must be between 0 % and 100 %.", "best conversion")
    if query.min_average_rubric is not None and not 0 <= query.min_average_rubric <= 100:
        c.add("平均评分", "请填写 0–100 之间的分数。", "must be between 0 and 100.", "average rubric")
    c.raise_if_any()
    live = (PracticeSession.student_id == Student.id, PracticeSession.deleted_at.is_(None))
    n_sessions = select(func.count(PracticeSession.id)).where(*live).correlate(Student).scalar_subquery()
    best_conv = select(func.max(_conversion())).where(*live).correlate(Student).scalar_subquery()
    avg_rubric = select(func.avg(PracticeSession.rubric_average)).where(*live).correlate(Student).scalar_subquery()
    stmt = (select(Student, func.coalesce(Cohort.code, ""), func.coalesce(PartnerSchool.name, ""),
                   n_sessions, best_conv, avg_rubric)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .outerjoin(PartnerSchool, PartnerSchool.id == Student.school_id)
            .where(Student.deleted_at.is_(None), Student.in_talent_pool.is_(True)))
    if actor.is_mentor:
        stmt = stmt.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
    for word in _skill_words(query.skill):
        stmt = stmt.where(Student.skills.like(like_pattern(word), escape="\\"))
    if query.consent_only:
        stmt = stmt.where(Student.contact_consent.is_(True))
    if query.min_level is not None or query.occupation is not None:
        cond = [Certificate.student_id == Student.id, Certificate.deleted_at.is_(None)]
        if query.min_level is not None:
            cond.append(Certificate.level.in_([lv for lv in SkillLevel if lv.rank >= query.min_level.rank]))
        if query.occupation is not None:
            cond.append(Certificate.occupation == query.occupation)
        stmt = stmt.where(exists().where(*cond))
    if query.min_best_conversion is not None:
        stmt = stmt.where(best_conv >= query.min_best_conversion)
    if query.min_average_rubric is not None:
        stmt = stmt.where(avg_rubric >= query.min_average_rubric)
    with db.read() as s:
        rows = s.execute(stmt.order_by(Student.name, Student.id)).all()
        levels = _levels(s, [r[0].id for r in rows])
        out = [CandidateDTO(st.id, st.name, code, school, st.skills or "", _top(levels.get(st.id, [])),
                            len(levels.get(st.id, [])), n or 0, conv, rubric, st.contact_consent, st.version)
               for st, code, school, n, conv, rubric in rows]
    out.sort(key=lambda c: (-(c.top_level.rank if c.top_level else 0), -(c.best_conversion or 0),
                            -(c.average_rubric or 0), c.name))
    return out[:max(limit, 1)]


def _levels(s, ids: Sequence[int]) -> dict[int, list[SkillLevel]]:
    out: dict[int, list[SkillLevel]] = {}
    for i in range(0, len(ids), 500):
        for sid, level in s.execute(select(Certificate.student_id, Certificate.level).where(
                Certificate.student_id.in_(ids[i:i + 500]), Certificate.deleted_at.is_(None))):
            out.setdefault(sid, []).append(level)
    return out


def _top(levels: Sequence[SkillLevel]) -> SkillLevel | None:
    return max(levels, key=lambda lv: lv.rank) if levels else None


def candidate_file(db: Database, actor: Actor, student_id: int) -> CandidateFileDTO:
    """The candidate's file: skills, best sessions, certificates and consent."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        st = ensure_student_access(s, actor, student_id)
        sessions = [(p, _ratio(p.buyers, p.viewers)) for p in s.scalars(select(PracticeSession).where(
            PracticeSession.student_id == student_id, PracticeSession.deleted_at.is_(None)))]
        by_rubric = sorted(sessions, key=lambda x: (x[0].rubric_average is None, -(x[0].rubric_average or 0)))
        by_conv = sorted(sessions, key=lambda x: (x[1] is None, -(x[1] or 0)))
        best: list = []
        for p, conv in by_rubric[:3] + by_conv[:BEST_SESSIONS]:
            if len(best) < BEST_SESSIONS and all(p.id != b.id for b in best):
                best.append(BestSessionDTO(p.id, p.started_at, p.kind, p.platform, p.products or "", p.viewers,
                                           p.buyers, p.gmv, conv, p.rubric_average))
        certs = sorted((CertificateLine(c.kind, c.occupation, c.work_type, c.level, c.number, c.issued_on,
                                        c.issuer) for c in s.scalars(select(Certificate).where(
                                            Certificate.student_id == student_id, Certificate.deleted_at.is_(None)))),
                       key=lambda c: (-c.level.rank, c.issued_on))
        pool_note = s.scalar(select(Placement.note).where(
            Placement.student_id == student_id, Placement.deleted_at.is_(None),
            Placement.outcome == PlacementOutcome.TALENT_POOL).order_by(Placement.id.desc()).limit(1)) or ""
        convs = [c for _p, c in sessions if c is not None]
        rubrics = [p.rubric_average for p, _c in sessions if p.rubric_average is not None]
        candidate = CandidateDTO(st.id, st.name, st.cohort.code if st.cohort else "",
                                 st.school.name if st.school else "", st.skills or "",
                                 _top([c.level for c in certs]), len(certs), len(sessions),
                                 max(convs) if convs else None, sum(rubrics) / len(rubrics) if rubrics else None,
                                 st.contact_consent, st.version)
        return CandidateFileDTO(candidate, st.phone, st.major, st.stage, st.status, st.left_school_on,
                                tuple(best), tuple(certs), pool_note)


def _ratio(num: int, den: int) -> float | None:
    return num / den if den else None


def unplaced_graduates(db: Database, actor: Actor) -> list[UnplacedGraduateDTO]:
    """Graduates with no known placement and not yet in the pool (to archive).
    A 未知 outcome is not "unemployed": those graduates are left out."""
    require_role(actor, *EVERYONE)
    stmt = (select(Student.id, Student.name, func.coalesce(Cohort.code, ""), Student.left_school_on)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.deleted_at.is_(None), Student.in_talent_pool.is_(False), _graduate(),
                   ~_placed_or_unknown())
            .order_by(Cohort.code, Student.name, Student.id))
    if actor.is_mentor:
        stmt = stmt.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
    with db.read() as s:
        return [UnplacedGraduateDTO(*row) for row in s.execute(stmt)]


def archive_to_talent_pool(db: Database, actor: Actor, student_ids: Sequence[int], note: str = "",
                           on: date | None = None) -> int:
    """建档留档: put graduates who are not placed into the pool (a 人才库 placement
    record each, the student's pool flag set). All or nothing; returns how many
    were archived (those already in the pool are skipped)."""
    require_role(actor, *STAFF, action_zh="将学员归入人才库", action_en="archive students to the talent pool")
    c = Checker()
    note = c.prose(note, "备注", "note", max_len=500)
    c.raise_if_any()
    done = 0
    with db.transaction() as s:
        for sid in dict.fromkeys(student_ids):
            st = ensure_student_access(s, actor, sid)
            if st.in_talent_pool:
                continue
            if not (st.status is StudentStatus.COMPLETED or st.stage is Stage.COMPLETED):
                raise ValidationError.of("学员", f"“{st.name}”尚未结业，结业后才能归入人才库。",
                                         f"{st.name} has not completed the training yet.", "student")
            placed = s.scalar(select(Placement.outcome).where(
                Placement.student_id == sid, Placement.deleted_at.is_(None), Placement.outcome.in_(PLACED))
                .limit(1))
            if placed is not None:
                raise ValidationError.of("学员", f"“{st.name}”已有就业去向（{placed.zh}），不能归入人才库。",
                                         f"{st.name} is already placed ({placed.value}).", "student")
            insert_row(s, actor, Placement(student_id=sid, outcome=PlacementOutcome.TALENT_POOL,
                                           start_date=on, note=note or "建档留档"))
            update_row(s, actor, st, {"in_talent_pool": True})
            done += 1
    return done


def update_talent_file(db: Database, actor: Actor, student_id: int, version: int | None, skills: str,
                       contact_consent: bool) -> CandidateDTO:
    """Keep the file current: the skills and whether the graduate agreed to be
    contacted by enterprise clients (联系授权)."""
    require_role(actor, *STAFF, action_zh="修改人才库档案", action_en="change talent-pool files")
    c = Checker()
    skills = c.text(skills, "技能", "skills", max_len=500)
    c.raise_if_any()
    with db.transaction() as s:
        st = load_versioned(s, Student, student_id, version, "学员", "student")
        update_row(s, actor, st, {"skills": skills, "contact_consent": bool(contact_consent)})
    return candidate_file(db, actor, student_id).candidate


SHORTLIST_HEADERS = ("姓名", "批次", "合作院校", "技能", "最高证书等级", "证书数", "实训场次", "最佳转化率（%）",
                     "平均评分", "联系电话")


def export_shortlist(db: Database, actor: Actor, out: Path, student_ids: Sequence[int]) -> int:
    """候选名单 for an enterprise client, as an Excel sheet (text, never formulas).
    Phone numbers only of those who agreed to be contacted; no ID numbers."""
    require_role(actor, *STAFF, action_zh="导出候选名单", action_en="export shortlists")
    from ..exporting import write_table

    if not student_ids:
        raise ValidationError.of("候选名单", "请先在结果中选择至少一名学员。", "choose at least one candidate.",
                                 "shortlist")
    rows = []
    for sid in dict.fromkeys(student_ids):
        f = candidate_file(db, actor, sid)
        c = f.candidate
        rows.append((c.name, c.cohort_code, c.school_name, c.skills, c.top_level.zh if c.top_level else "",
                     c.certificates, c.sessions,
                     round(c.best_conversion * 100, 2) if c.best_conversion is not None else "",
                     round(c.average_rubric, 1) if c.average_rubric is not None else "",
                     f.phone if c.contact_consent else NO_CONSENT))
    return write_table(out, "候选名单", SHORTLIST_HEADERS, rows)
