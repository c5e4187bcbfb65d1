"""Results of an exam (考试成绩): a whole sheet at once (all or nothing; each
candidate becomes 参考 on the 报名 list), a correction with the version the user
saw, and the results list with the certificates each pass issued. Certificate
numbers are unique: when two desktops issue at the same moment, the losing
transaction runs again with fresh numbers."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..db.models import Certificate, Exam, ExamResult, Student, utcnow
from ..domain.enums import CertificateKind, StudentStatus
from .certificates import CertificateDTO, ResultDTO, certificate_dto
from .common import (
    EVERYONE,
    STAFF,
    audit,
    ensure_student_access,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    snapshot,
    update_row,
)
from .context import Actor, Database
from .exam_registration import mark_sat
from .validation import Checker

T = TypeVar("T")

_RACE_MARKERS = ("certificate.number", "uq_certificate_number", "exam_result.exam_id",
                 "uq_exam_result_exam_student", "exam_registration.exam_id", "uq_exam_registration_exam_student",
                 "database is locked")


def _retrying(work: Callable[[], T], attempts: int = 4) -> T:
    """Run a whole transaction again when another desktop took the same
    certificate number (or the same student's result) meanwhile: the next run
    reads the numbers it committed and takes the following ones."""
    for attempt in range(attempts):
        try:
            return work()
        except (IntegrityError, OperationalError) as exc:
            if attempt == attempts - 1 or not any(m in str(exc.orig) for m in _RACE_MARKERS):
                raise
    raise AssertionError("unreachable")  # pragma: no cover


def _next_number(s: Session, kind: CertificateKind, year: int) -> str:
    prefix = ("JRZJ" if kind is CertificateKind.SKILL_LEVEL else "JRQY") + str(year)
    last = s.scalar(select(func.max(Certificate.number)).where(Certificate.number.like(prefix + "%")))
    seq = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{seq:06d}"


def _issue_certificates(s: Session, actor: Actor, exam: Exam, result: ExamResult, when: date) -> list[Certificate]:
    """A pass issues the vocational skill level certificate, and on a 一试双证 exam the
    enterprise certificate too (numbers unique: see `_retrying`)."""
    kinds = [CertificateKind.SKILL_LEVEL] + ([CertificateKind.ENTERPRISE] if exam.dual_certificate else [])
    certs = []
    for kind in kinds:
        issuer = exam.enterprise_issuer if kind is CertificateKind.ENTERPRISE else exam.evaluating_org
        certs.append(insert_row(s, actor, Certificate(
            student_id=result.student_id, exam_result_id=result.id, kind=kind, occupation=exam.occupation,
            work_type=exam.work_type, level=exam.level, number=_next_number(s, kind, when.year),
            issued_on=when, issuer=issuer)))
    return certs


@dataclass(frozen=True)
class ResultEntry:
    """One line of a results sheet: a student and the score (0–100)."""

    student_id: int
    score: float


def _score_problem(c: Checker, who: str, score: float) -> None:
    if not 0 <= score <= 100:
        c.add("成绩", f"{who}应在0到100之间。", f"{who}must be between 0 and 100.", "score")


def record_results(db: Database, actor: Actor, exam_id: int, entries: Sequence[ResultEntry],
                   issued_on: date | None = None) -> list[ResultDTO]:
    """Record the scores of many students at once, all or nothing: every problem
    (score out of range, a student twice, a result already recorded, a withdrawn
    or deleted student) is reported together and nothing is saved."""
    require_role(actor, *STAFF, action_zh="录入考试成绩", action_en="record exam results")
    c = Checker()
    if not entries:
        c.add("学员", "请至少选择一名学员并填写成绩。", "choose at least one student and enter a score.", "student")
    for e in entries:
        _score_problem(c, f"学员编号{e.student_id}的成绩" if len(entries) > 1 else "", e.score)
    c.raise_if_any()

    def work() -> list[ResultDTO]:
        with db.transaction() as s:
            exam = load_versioned(s, Exam, exam_id, None, "考试", "exam")
            checker, seen = Checker(), set()
            students = {e.student_id: ensure_student_access(s, actor, e.student_id) for e in entries}
            done = set(s.scalars(select(ExamResult.student_id).where(
                ExamResult.exam_id == exam_id, ExamResult.student_id.in_(list(students)))))
            for e in entries:
                name = students[e.student_id].name
                if e.student_id in seen:
                    checker.add("学员", f"“{name}”在名单中出现了两次，请删去一行。",
                                f"{name} is listed twice.", "student")
                seen.add(e.student_id)
                if e.student_id in done:
                    checker.add("成绩", f"“{name}”本场考试的成绩已录入，请修改原记录。",
                                f"a result for {name} and this exam exists already.", "score")
                if students[e.student_id].status is StudentStatus.WITHDRAWN:
                    checker.add("学员", f"“{name}”已退出培训，不能录入成绩。",
                                f"{name} has withdrawn.", "student")
            checker.raise_if_any()
            out = []
            mark_sat(s, actor, exam_id, [e.student_id for e in entries])  # 报名 → 参考
            for e in entries:
                result = insert_row(s, actor, ExamResult(exam_id=exam_id, student_id=e.student_id, score=e.score,
                                                         passed=e.score >= exam.pass_mark))
                certs = (_issue_certificates(s, actor, exam, result, issued_on or exam.exam_date)
                         if result.passed else [])
                out.append(ResultDTO(result.id, exam_id, e.student_id, e.score, result.passed,
                                     tuple(certificate_dto(x) for x in certs), students[e.student_id].name,
                                     result.version))
            return out
    return _retrying(work)


def _live_certs(s: Session, result_id: int) -> list[Certificate]:
    return list(s.scalars(select(Certificate).where(Certificate.exam_result_id == result_id,
                                                    Certificate.deleted_at.is_(None)).order_by(Certificate.id)))


def correct_result(db: Database, actor: Actor, result_id: int, version: int, score: float,
                   issued_on: date | None = None) -> ResultDTO:
    """Correct a recorded score (with the version the user saw). A fail turned
    pass issues the certificates; a pass turned fail withdraws them (kept in the
    trash and the audit log; their numbers are never reused)."""
    require_role(actor, *STAFF, action_zh="更正考试成绩", action_en="correct exam results")
    c = Checker()
    _score_problem(c, "", score)
    c.raise_if_any()

    def work() -> ResultDTO:
        with db.transaction() as s:
            result = load_versioned(s, ExamResult, result_id, version, "考试成绩", "exam result")
            exam = load_versioned(s, Exam, result.exam_id, None, "考试", "exam")
            student = ensure_student_access(s, actor, result.student_id)
            was = result.passed
            update_row(s, actor, result, dict(score=score, passed=score >= exam.pass_mark))
            if result.passed and not was:
                _issue_certificates(s, actor, exam, result, issued_on or exam.exam_date)
            elif was and not result.passed:
                for cert in _live_certs(s, result.id):
                    before = snapshot(cert)
                    cert.deleted_at = utcnow()
                    s.flush()
                    audit(s, actor, "revoke", Certificate, cert.id, before=before)
            return ResultDTO(result.id, exam.id, result.student_id, result.score, result.passed,
                             tuple(certificate_dto(x) for x in _live_certs(s, result.id)), student.name, result.version)
    return _retrying(work)


def exam_results(db: Database, actor: Actor, exam_id: int) -> list[ResultDTO]:
    """The results of an exam with the certificates each one issued, by name;
    a mentor sees only their own students' results."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        load_versioned(s, Exam, exam_id, None, "考试", "exam")
        stmt = (select(ExamResult, Student.name).join(Student, Student.id == ExamResult.student_id)
                .where(ExamResult.exam_id == exam_id, ExamResult.deleted_at.is_(None),
                       Student.deleted_at.is_(None)))
        if actor.is_mentor:
            stmt = stmt.where(ExamResult.student_id.in_(mentor_student_ids(actor.mentor_id)))
        rows = s.execute(stmt.order_by(Student.name, ExamResult.id)).all()
        certs: dict[int, list[CertificateDTO]] = {}
        if rows:
            for cert in s.scalars(select(Certificate).where(
                    Certificate.exam_result_id.in_([r.id for r, _ in rows]), Certificate.deleted_at.is_(None))
                    .order_by(Certificate.id)):
                certs.setdefault(cert.exam_result_id, []).append(certificate_dto(cert))
        return [ResultDTO(r.id, exam_id, r.student_id, r.score, r.passed, tuple(certs.get(r.id, ())), name,
                          r.version) for r, name in rows]


