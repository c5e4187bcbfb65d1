"""鉴定意见: the mentor's overall opinion of a student, printed in the closing block
of the student report (结业报告 / 阶段报告).

    text = appraisals.appraisal_of(db, actor, student_id)
    appraisals.save_appraisal(db, actor, student_id, "该生……")

Staff, admins and the student's current mentor may read and write it. The text is
kept as typed (line breaks and Chinese punctuation), at most MAX_OPINION characters;
every change is audited."""
from __future__ import annotations

from dataclasses import dataclass

from ..db.models import StudentAppraisal
from ..domain.text import keep_typed
from ..errors import ValidationError
from .common import EVERYONE, audit, ensure_student_access, require_role, snapshot
from .context import Actor, Database

MAX_OPINION = 1000  # characters; a long opinion still fits the report's closing page
FIELD = ("鉴定意见", "Appraisal")


@dataclass(frozen=True)
class AppraisalDTO:
    student_id: int
    student_name: str
    opinion: str
    max_length: int = MAX_OPINION


def _check(actor: Actor) -> None:
    require_role(actor, *EVERYONE, action_zh="填写鉴定意见", action_en="write appraisals")


def appraisal_of(db: Database, actor: Actor, student_id: int) -> str:
    """The stored opinion ("" when none is written)."""
    return appraisal_form(db, actor, student_id).opinion


def appraisal_form(db: Database, actor: Actor, student_id: int) -> AppraisalDTO:
    """The student's name and stored opinion, for the editor."""
    _check(actor)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)  # mentors: only their current students
        row = s.get(StudentAppraisal, student_id)
        return AppraisalDTO(student_id, student.name, row.opinion if row else "")


def save_appraisal(db: Database, actor: Actor, student_id: int, opinion: str) -> AppraisalDTO:
    """Store the opinion as typed (outer blank space trimmed); an empty text clears it."""
    _check(actor)
    text = keep_typed(opinion)
    if len(text) > MAX_OPINION:
        raise ValidationError.of(
            FIELD[0], f"最多 {MAX_OPINION} 个字，现有 {len(text)} 个字，请删减后再保存。",
            f"at most {MAX_OPINION} characters ({len(text)} now); shorten it and save again.", FIELD[1])
    with db.transaction() as s:
        student = ensure_student_access(s, actor, student_id)
        row = s.get(StudentAppraisal, student_id)
        if row is None:
            row = StudentAppraisal(student_id=student_id, opinion=text, written_by=actor.user_id)
            s.add(row)
            s.flush()
            audit(s, actor, "create", StudentAppraisal, student_id, after=snapshot(row))
        elif row.opinion != text:
            before = snapshot(row)
            row.opinion, row.written_by = text, actor.user_id
            s.flush()
            audit(s, actor, "update", StudentAppraisal, student_id, before, snapshot(row))
        return AppraisalDTO(student_id, student.name, text)
