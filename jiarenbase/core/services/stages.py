"""Stage progression (三阶实训): evidence, gates and sign-off."""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import (Attendance, Cohort, PracticeSession, StageRecord, Student, TrainingModule,
                         utcnow)
from ..domain.enums import AttendanceStatus, SessionKind, Stage, StageResult, StudentStatus
from ..domain.stages import GateVerdict, StageEvidence, decide_sign_off, evaluate_gate
from .cohorts import criteria_of
from .common import EVERYONE, audit, ensure_student_access, insert_row, require_role, update_row
from .context import Actor, Database


@dataclass(frozen=True)
class StageRecordDTO:
    id: int
    stage: Stage
    entered_on: date
    signed_off_at: datetime | None
    signed_off_by: int | None
    result: StageResult | None
    override_reason: str


@dataclass(frozen=True)
class SignOffResult:
    student_id: int
    from_stage: Stage
    to_stage: Stage
    result: StageResult
    verdict: GateVerdict


def evidence_for(s: Session, student: Student) -> StageEvidence:
    """Count what the student has done: cohort modules attended, drills, live sessions."""
    total = attended = 0
    if student.cohort_id is not None:
        total = s.scalar(select(func.count()).select_from(TrainingModule).where(
            TrainingModule.cohort_id == student.cohort_id, TrainingModule.deleted_at.is_(None))) or 0
        attended = s.scalar(select(func.count()).select_from(Attendance).join(
            TrainingModule, TrainingModule.id == Attendance.module_id).where(
            TrainingModule.cohort_id == student.cohort_id, TrainingModule.deleted_at.is_(None),
            Attendance.student_id == student.id, Attendance.deleted_at.is_(None),
            Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.LATE]))) or 0
    per_kind = dict.fromkeys(SessionKind, (0, None))
    for kind, n, avg in s.execute(
            select(PracticeSession.kind, func.count(), func.avg(PracticeSession.rubric_average))
            .where(PracticeSession.student_id == student.id, PracticeSession.deleted_at.is_(None))
            .group_by(PracticeSession.kind)):
        per_kind[kind] = (n, float(avg) if avg is not None else None)
    mock_n, mock_avg = per_kind[SessionKind.MOCK_DRILL]
    live_n, live_avg = per_kind[SessionKind.LIVE_SESSION]
    return StageEvidence(modules_total=total, modules_attended=min(attended, total),
                         mock_drills=mock_n, mock_avg_rubric=mock_avg,
                         live_sessions=live_n, live_avg_rubric=live_avg)


def gate_for(db: Database, actor: Actor, student_id: int) -> GateVerdict:
    """Where the student stands against the current stage's criteria."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)
        return evaluate_gate(student.stage, criteria_of(student.cohort), evidence_for(s, student))


def _open_record(s: Session, student: Student) -> StageRecord | None:
    return s.scalar(select(StageRecord).where(
        StageRecord.student_id == student.id, StageRecord.stage == student.stage,
        StageRecord.signed_off_at.is_(None), StageRecord.deleted_at.is_(None)).order_by(StageRecord.id.desc()))


def sign_off_stage(db: Database, actor: Actor, student_id: int, override_reason: str | None = None,
                   on: date | None = None) -> SignOffResult:
    """A mentor (of this student) or staff signs the current stage off. The gate
    refuses while criteria are unmet unless staff give a written override reason.
    The decision, the criteria and the evidence are stored with the stage record."""
    require_role(actor, *EVERYONE)
    on = on or date.today()
    with db.transaction() as s:
        student = ensure_student_access(s, actor, student_id)
        criteria = criteria_of(s.get(Cohort, student.cohort_id) if student.cohort_id else None)
        evidence = evidence_for(s, student)
        verdict = evaluate_gate(student.stage, criteria, evidence)
        decision = decide_sign_off(student.stage, verdict, actor.role, override_reason)
        record = _open_record(s, student) or insert_row(
            s, actor, StageRecord(student_id=student.id, stage=student.stage, entered_on=on), "stage_record")
        update_row(s, actor, record, dict(
            criteria_snapshot=json.dumps(criteria.to_dict(), ensure_ascii=False),
            evidence_snapshot=json.dumps({"evidence": asdict(evidence),
                                          "checks": [asdict(c) for c in verdict.checks]}, ensure_ascii=False),
            signed_off_by=actor.user_id, signed_off_at=utcnow(), result=decision.result,
            override_reason=decision.override_reason or ""), "stage_record")
        changes: dict = {"stage": decision.to_stage}
        if decision.to_stage is Stage.COMPLETED:
            changes["status"] = StudentStatus.COMPLETED
        update_row(s, actor, student, changes, "student")
        insert_row(s, actor, StageRecord(student_id=student.id, stage=decision.to_stage, entered_on=on),
                   "stage_record")
        if decision.result is StageResult.OVERRIDDEN:
            audit(s, actor, "override", "stage_record", record.id,
                  after={"reason": decision.override_reason, "unmet": [c.key for c in verdict.unmet]})
        return SignOffResult(student.id, decision.from_stage, decision.to_stage, decision.result, verdict)


def stage_history(db: Database, actor: Actor, student_id: int) -> list[StageRecordDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        rows = s.scalars(select(StageRecord).where(StageRecord.student_id == student_id,
                                                   StageRecord.deleted_at.is_(None))
                         .order_by(StageRecord.entered_on, StageRecord.id))
        return [StageRecordDTO(r.id, r.stage, r.entered_on, r.signed_off_at, r.signed_off_by, r.result,
                               r.override_reason) for r in rows]
