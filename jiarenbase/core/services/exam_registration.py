"""考试报名: the candidates registered for an exam before it takes place, each with
a status of its own — 报名 (registered) → 缴费 (fee paid) → 参考 (sat) or 缺考
(absent). Staff add candidates (from the readiness list or one by one), change the
status of several at once and remove a candidate; mentors read their own
students' registrations. The results sheet starts from the candidates not 缺考,
and recording a result marks the candidate 参考 (`mark_sat`).

Every change is versioned (a stale bulk change is refused as a whole) and audited.
A removed candidate's row stays soft-deleted; registering the student again brings
it back (one row per exam and student)."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..db.models import Cohort, Exam, ExamRegistration, ExamResult, Student
from ..domain.enums import RegistrationStatus, StudentStatus
from ..errors import ValidationError
from .common import (
    EVERYONE,
    STAFF,
    ensure_student_access,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    restore_row,
    soft_delete_row,
    update_row,
)
from .context import Actor, Database
from .validation import Checker
from .write_races import retry_on_race


@dataclass(frozen=True)
class RegistrationDTO:
    """One candidate on an exam's 报名 list; `score` when a result is recorded."""

    id: int
    exam_id: int
    student_id: int
    student_name: str
    student_number: str
    cohort_code: str
    status: RegistrationStatus
    note: str
    version: int
    score: float | None = None

    @property
    def sits(self) -> bool:
        """On the results sheet: everyone but the absent."""
        return self.status is not RegistrationStatus.ABSENT


def _dtos(s: Session, actor: Actor, exam_id: int, ids: Iterable[int] | None = None) -> list[RegistrationDTO]:
    stmt = (select(ExamRegistration, Student.name, Student.student_number, func.coalesce(Cohort.code, ""),
                   ExamResult.score)
            .join(Student, Student.id == ExamRegistration.student_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .outerjoin(ExamResult, (ExamResult.exam_id == ExamRegistration.exam_id)
                       & (ExamResult.student_id == ExamRegistration.student_id) & ExamResult.deleted_at.is_(None))
            .where(ExamRegistration.exam_id == exam_id, ExamRegistration.deleted_at.is_(None),
                   Student.deleted_at.is_(None)))
    if ids is not None:
        stmt = stmt.where(ExamRegistration.id.in_(list(ids)))
    if actor.is_mentor:
        stmt = stmt.where(ExamRegistration.student_id.in_(mentor_student_ids(actor.mentor_id)))
    rows = s.execute(stmt.order_by(Student.student_number, Student.name, ExamRegistration.id)).all()
    return [RegistrationDTO(r.id, r.exam_id, r.student_id, name, number or "", code, r.status, r.note or "",
                            r.version, score) for r, name, number, code, score in rows]


def exam_registrations(db: Database, actor: Actor, exam_id: int) -> list[RegistrationDTO]:
    """The exam's 报名 list by student number (a mentor: only their own students)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        load_versioned(s, Exam, exam_id, None, "考试", "exam")
        return _dtos(s, actor, exam_id)


def register_candidates(db: Database, actor: Actor, exam_id: int,
                        student_ids: Sequence[int]) -> list[RegistrationDTO]:
    """Put students on the exam's list with the status 报名, all or nothing. Students
    already on it are left as they are (and returned too); a withdrawn student is
    refused. Returns the registrations of `student_ids`."""
    require_role(actor, *STAFF, action_zh="登记考试报名", action_en="register exam candidates")
    wanted = list(dict.fromkeys(student_ids))
    if not wanted:
        raise ValidationError.of("学员", "请至少选择一名学员。", "choose at least one student.", "student")

    def work() -> list[RegistrationDTO]:
        with db.transaction() as s:
            load_versioned(s, Exam, exam_id, None, "考试", "exam")
            c = Checker()
            students = {sid: ensure_student_access(s, actor, sid) for sid in wanted}
            for st in students.values():
                if st.status is StudentStatus.WITHDRAWN:
                    c.add("学员", f"“{st.name}”已退出培训，不能报名。", f"{st.name} has withdrawn.", "student")
            c.raise_if_any()
            existing = {r.student_id: r for r in s.scalars(select(ExamRegistration).where(
                ExamRegistration.exam_id == exam_id, ExamRegistration.student_id.in_(wanted)))}
            ids = []
            for sid in wanted:
                row = existing.get(sid)
                if row is None:
                    row = insert_row(s, actor, ExamRegistration(exam_id=exam_id, student_id=sid,
                                                                status=RegistrationStatus.REGISTERED, note=""))
                elif row.deleted_at is not None:  # removed before: back on the list, from the start
                    restore_row(s, actor, row)
                    update_row(s, actor, row, {"status": RegistrationStatus.REGISTERED})
                ids.append(row.id)
            return _dtos(s, actor, exam_id, ids)
    return retry_on_race(work)  # another desktop registered the same student meanwhile


def set_registration_status(db: Database, actor: Actor, registrations: Sequence[tuple[int, int]],
                            status: RegistrationStatus) -> list[RegistrationDTO]:
    """Give several candidates of one exam the same status; `registrations`: (id,
    version) as the user saw them. A stale version refuses the whole change
    (ConflictError); a candidate with a recorded result cannot be 缺考."""
    require_role(actor, *STAFF, action_zh="修改考试报名状态", action_en="change registration status")
    if not registrations:
        raise ValidationError.of("考生", "请先选择要修改的考生。", "choose the candidates first.", "candidate")
    with db.transaction() as s:
        rows = [load_versioned(s, ExamRegistration, rid, version, "考试报名", "registration")
                for rid, version in registrations]
        exam_ids = {r.exam_id for r in rows}
        if len(exam_ids) != 1:
            raise ValidationError.of("考生", "所选考生属于不同的考试，请分别修改。",
                                     "the candidates belong to different exams.", "candidate")
        names = {r.id: ensure_student_access(s, actor, r.student_id).name for r in rows}
        if status is RegistrationStatus.ABSENT:
            sat = set(s.scalars(select(ExamResult.student_id).where(
                ExamResult.exam_id == rows[0].exam_id, ExamResult.deleted_at.is_(None),
                ExamResult.student_id.in_([r.student_id for r in rows]))))
            c = Checker()
            for r in rows:
                if r.student_id in sat:
                    c.add("状态", f"“{names[r.id]}”已录入成绩，不能标为缺考。",
                          f"{names[r.id]} has a result and cannot be absent.", "status")
            c.raise_if_any()
        for r in rows:
            if r.status is not status:
                update_row(s, actor, r, {"status": status})
        return _dtos(s, actor, rows[0].exam_id, [r.id for r in rows])


def remove_registrations(db: Database, actor: Actor, registrations: Sequence[tuple[int, int]]) -> int:
    """Take candidates off the list, all or nothing; `registrations`: (id, version) as
    the user saw them. Kept soft-deleted and in the audit log. A candidate with a
    recorded result stays: correct the result instead. Returns how many were removed."""
    require_role(actor, *STAFF, action_zh="删除考试报名", action_en="remove exam candidates")
    with db.transaction() as s:
        c = Checker()
        for rid, version in registrations:
            row = load_versioned(s, ExamRegistration, rid, version, "考试报名", "registration")
            student = ensure_student_access(s, actor, row.student_id)
            result = s.scalar(select(ExamResult.id).where(ExamResult.exam_id == row.exam_id,
                                                          ExamResult.student_id == row.student_id,
                                                          ExamResult.deleted_at.is_(None)))
            if result is not None:
                c.add("考生", f"“{student.name}”已录入成绩，不能从报名名单中删除。",
                      f"{student.name} has a result; it cannot be removed.", "candidate")
                continue
            soft_delete_row(s, actor, row)
        c.raise_if_any()
        return len(registrations)


def mark_sat(s: Session, actor: Actor, exam_id: int, student_ids: Iterable[int]) -> None:
    """In the caller's transaction (recording results): the candidates are 参考; a
    student who was not on the list is added with that status."""
    ids = list(student_ids)
    if not ids:
        return
    rows = {r.student_id: r for r in s.scalars(select(ExamRegistration).where(
        ExamRegistration.exam_id == exam_id, ExamRegistration.student_id.in_(ids)))}
    for sid in ids:
        row = rows.get(sid)
        if row is None:
            insert_row(s, actor, ExamRegistration(exam_id=exam_id, student_id=sid, status=RegistrationStatus.SAT,
                                                  note=""))
            continue
        if row.deleted_at is not None:
            restore_row(s, actor, row)
        if row.status is not RegistrationStatus.SAT:
            update_row(s, actor, row, {"status": RegistrationStatus.SAT})


__all__ = ["RegistrationDTO", "exam_registrations", "mark_sat", "register_candidates",
           "remove_registrations", "set_registration_status"]
