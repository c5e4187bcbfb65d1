"""Stage progression (三阶实训): evidence, gates and sign-off."""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Attendance, Cohort, PracticeSession, StageRecord, Student, TrainingModule, utcnow
from ..domain.enums import AttendanceStatus, SessionKind, Stage, StageResult, StudentStatus
from ..domain.stages import STAGE_FIELD, GateVerdict, StageEvidence, decide_sign_off, evaluate_gate
from ..errors import ValidationError
from . import completion_certificates
from .cohorts import criteria_of
from .common import EVERYONE, audit, ensure_student_access, in_chunks, insert_row, require_role, update_row
from .context import Actor, Database


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


def evidence_for_many(s: Session, students: Sequence[Student]) -> dict[int, StageEvidence]:
    """`evidence_for` of many students at once, keyed by student id: three GROUP BY
    queries per 500 students (modules per cohort, attendance per student, sessions
    per student and kind) instead of three queries per student. The counting rules
    are exactly those of `evidence_for` (tests compare the two)."""
    if not students:
        return {}
    cohort_ids = sorted({st.cohort_id for st in students if st.cohort_id is not None})
    totals: dict[int, int] = {}
    for chunk in in_chunks(cohort_ids):
        totals.update(s.execute(
            select(TrainingModule.cohort_id, func.count()).where(
                TrainingModule.cohort_id.in_(chunk), TrainingModule.deleted_at.is_(None))
            .group_by(TrainingModule.cohort_id)).all())
    attended: dict[int, int] = {}
    sessions: dict[tuple[int, SessionKind], tuple[int, float | None]] = {}
    ids = [st.id for st in students]
    for chunk in in_chunks(ids):
        attended.update(s.execute(
            select(Attendance.student_id, func.count()).select_from(Attendance)
            .join(Student, Student.id == Attendance.student_id)
            .join(TrainingModule, TrainingModule.id == Attendance.module_id)
            .where(Attendance.student_id.in_(chunk), TrainingModule.cohort_id == Student.cohort_id,
                   TrainingModule.deleted_at.is_(None), Attendance.deleted_at.is_(None),
                   Attendance.status.in_([AttendanceStatus.PRESENT, AttendanceStatus.LATE]))
            .group_by(Attendance.student_id)).all())
        for sid, kind, n, avg in s.execute(
                select(PracticeSession.student_id, PracticeSession.kind, func.count(),
                       func.avg(PracticeSession.rubric_average))
                .where(PracticeSession.student_id.in_(chunk), PracticeSession.deleted_at.is_(None))
                .group_by(PracticeSession.student_id, PracticeSession.kind)):
            sessions[(sid, kind)] = (n, float(avg) if avg is not None else None)
    result = {}
    for st in students:
        total = totals.get(st.cohort_id, 0) if st.cohort_id is not None else 0
        mock_n, mock_avg = sessions.get((st.id, SessionKind.MOCK_DRILL), (0, None))
        live_n, live_avg = sessions.get((st.id, SessionKind.LIVE_SESSION), (0, None))
        result[st.id] = StageEvidence(modules_total=total, modules_attended=min(attended.get(st.id, 0), total),
                                      mock_drills=mock_n, mock_avg_rubric=mock_avg,
                                      live_sessions=live_n, live_avg_rubric=live_avg)
    return result


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
                   on: date | None = None, expected_stage: Stage | None = None) -> SignOffResult:
    """A mentor (of this student) or staff signs the current stage off. The gate
    refuses while criteria are unmet unless staff give a written override reason.
    The decision, the criteria and the evidence are stored with the stage record.
    `expected_stage` is the stage the signer saw: when someone signed it off
    meanwhile, the call is refused instead of signing the next stage off too.
    Completing issues the 结业证书, dated `on` (completion_certificates.issue_on_completion)."""
    require_role(actor, *EVERYONE)
    on = on or date.today()
    with db.transaction() as s:
        student = ensure_student_access(s, actor, student_id)
        if expected_stage is not None and student.stage is not expected_stage:
            raise ValidationError.of(
                STAGE_FIELD[0],
                f"学员“{student.name}”已在“{student.stage.zh}”阶段（可能刚被他人签核），请刷新后再操作。",
                f"{student.name} is already in the '{student.stage.value}' stage (someone may have just "
                "signed it off); refresh and try again.", STAGE_FIELD[1])
        criteria = criteria_of(s.get(Cohort, student.cohort_id) if student.cohort_id else None)
        evidence = evidence_for(s, student)
        verdict = evaluate_gate(student.stage, criteria, evidence)
        decision = decide_sign_off(student.stage, verdict, actor.role, override_reason)
        record = _open_record(s, student) or insert_row(
            s, actor, StageRecord(student_id=student.id, stage=student.stage, entered_on=on))
        update_row(s, actor, record, dict(
            criteria_snapshot=json.dumps(criteria.to_dict(), ensure_ascii=False),
            evidence_snapshot=json.dumps({"evidence": asdict(evidence),
                                          "checks": [asdict(c) for c in verdict.checks]}, ensure_ascii=False),
            signed_off_by=actor.user_id, signed_off_at=utcnow(), result=decision.result,
            override_reason=decision.override_reason or ""))
        changes: dict = {"stage": decision.to_stage}
        if decision.to_stage is Stage.COMPLETED:
            changes["status"] = StudentStatus.COMPLETED
        update_row(s, actor, student, changes)
        insert_row(s, actor, StageRecord(student_id=student.id, stage=decision.to_stage, entered_on=on))
        if decision.to_stage is Stage.COMPLETED:
            completion_certificates.issue_on_completion(s, actor, student, on)
        if decision.result is StageResult.OVERRIDDEN:
            audit(s, actor, "override", StageRecord, record.id,
                  after={"reason": decision.override_reason, "unmet": [c.key for c in verdict.unmet]})
        return SignOffResult(student.id, decision.from_stage, decision.to_stage, decision.result, verdict)
