"""The base in figures: `jiarenbase summary` and (later) the dashboard read this."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from ..db.models import (Base, Certificate, Cohort, EnterpriseClient, EnterpriseTrainingOrder, LiveRoom, Mentor,
                         PartnerSchool, Placement, PracticeSession, RoomBooking, SalesScript, ShortVideo,
                         Student, User)
from ..domain.enums import CertificateKind, PlacementOutcome, Role, SessionKind, Stage, StudentStatus
from .common import STAFF, mentor_student_ids, require_role
from .context import Actor, Database


def _count(s, model) -> int:
    stmt = select(func.count()).select_from(model)
    if hasattr(model, "deleted_at"):
        stmt = stmt.where(model.deleted_at.is_(None))
    return s.scalar(stmt) or 0


def _group(s, column, model, enum_cls) -> dict[str, int]:
    out = {m.value: 0 for m in enum_cls}
    stmt = select(column, func.count()).select_from(model).group_by(column)
    if hasattr(model, "deleted_at"):
        stmt = stmt.where(model.deleted_at.is_(None))
    for key, n in s.execute(stmt):
        out[key.value] = n
    return out


def summary(db: Database, actor: Actor) -> dict[str, Any]:
    """Counts of everything, keyed as documented in the README."""
    require_role(actor, *STAFF, action_zh="查看全基地统计", action_en="see base-wide figures")
    with db.read() as s:
        latest = (select(Placement.student_id, func.max(Placement.id).label("pid"))
                  .where(Placement.deleted_at.is_(None)).group_by(Placement.student_id).subquery())
        placements = {m.value: 0 for m in PlacementOutcome}
        for outcome, n in s.execute(select(Placement.outcome, func.count()).join(
                latest, latest.c.pid == Placement.id).group_by(Placement.outcome)):
            placements[outcome.value] = n
        certs: dict[str, dict[str, int]] = {}
        for occ, level, n in s.execute(
                select(Certificate.occupation, Certificate.level, func.count())
                .where(Certificate.deleted_at.is_(None), Certificate.kind == CertificateKind.SKILL_LEVEL)
                .group_by(Certificate.occupation, Certificate.level)):
            certs.setdefault(occ.value, {})[level.value] = n
        served = s.scalar(select(func.count(func.distinct(EnterpriseTrainingOrder.client_id))).where(
            EnterpriseTrainingOrder.deleted_at.is_(None))) or 0
        return {
            "students": {
                "total": _count(s, Student),
                "by_stage": _group(s, Student.stage, Student, Stage),
                "by_status": _group(s, Student.status, Student, StudentStatus),
                "in_talent_pool": s.scalar(select(func.count()).select_from(Student).where(
                    Student.deleted_at.is_(None), Student.in_talent_pool.is_(True))) or 0,
            },
            "partner_schools": _count(s, PartnerSchool),
            "cohorts": _count(s, Cohort),
            "mentors": _count(s, Mentor),
            "enterprise_clients": {"total": _count(s, EnterpriseClient), "served": served},
            "live_rooms": _count(s, LiveRoom),
            "bookings": _count(s, RoomBooking),
            "sessions": {"total": _count(s, PracticeSession),
                         "by_kind": _group(s, PracticeSession.kind, PracticeSession, SessionKind)},
            "scripts": _count(s, SalesScript),
            "videos": _count(s, ShortVideo),
            "placements": {"students_placed": sum(placements.values()), "by_outcome": placements},
            "certificates": {
                "total": _count(s, Certificate),
                "by_kind": _group(s, Certificate.kind, Certificate, CertificateKind),
                "skill_level_by_occupation_and_level": certs,
            },
            "users": _count(s, User),
            # Row count of every table, so a check can see each entity is populated.
            "tables": {name: s.scalar(select(func.count()).select_from(table)) or 0
                       for name, table in sorted(Base.metadata.tables.items())},
        }


def mentor_summary(db: Database, actor: Actor) -> dict[str, Any]:
    """A mentor's own figures for their dashboard: students by stage, sessions logged."""
    require_role(actor, Role.MENTOR, action_zh="查看导师工作台", action_en="see a mentor's dashboard")
    mine = mentor_student_ids(actor.mentor_id)
    with db.read() as s:
        stages = {m.value: 0 for m in Stage}
        for stage, n in s.execute(select(Student.stage, func.count()).where(
                Student.id.in_(mine), Student.deleted_at.is_(None)).group_by(Student.stage)):
            stages[stage.value] = n
        kinds = {m.value: 0 for m in SessionKind}
        for kind, n in s.execute(select(PracticeSession.kind, func.count()).where(
                PracticeSession.mentor_id == actor.mentor_id, PracticeSession.deleted_at.is_(None))
                .group_by(PracticeSession.kind)):
            kinds[kind.value] = n
        return {"students": sum(stages.values()), "by_stage": stages,
                "sessions": sum(kinds.values()), "sessions_by_kind": kinds}
