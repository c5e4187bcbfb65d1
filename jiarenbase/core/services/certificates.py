"""Exams and certificates; a 一试双证 exam issues two certificates from one result."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select

from ..db.models import Certificate, Cohort, Exam, ExamResult, Student
from ..domain.enums import CertificateKind, Occupation, SkillLevel
from ..errors import ValidationError
from .common import (EVERYONE, STAFF, ensure_student_access, insert_row, load_versioned, mentor_student_ids,
                     require_role)
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker


@dataclass(frozen=True)
class ExamInput:
    occupation: Occupation
    level: SkillLevel
    exam_date: date
    work_type: str = ""
    evaluating_org: str = ""
    dual_certificate: bool = False
    enterprise_issuer: str = ""
    pass_mark: float = 60.0
    note: str = ""


@dataclass(frozen=True)
class ExamDTO:
    id: int
    occupation: Occupation
    work_type: str
    level: SkillLevel
    exam_date: date
    evaluating_org: str
    dual_certificate: bool
    enterprise_issuer: str
    pass_mark: float


@dataclass(frozen=True)
class CertificateDTO:
    id: int
    student_id: int
    kind: CertificateKind
    occupation: Occupation
    work_type: str
    level: SkillLevel
    number: str
    issued_on: date
    issuer: str


@dataclass(frozen=True)
class ResultDTO:
    id: int
    exam_id: int
    student_id: int
    score: float
    passed: bool
    certificates: tuple[CertificateDTO, ...]


def _exam_dto(e: Exam) -> ExamDTO:
    return ExamDTO(e.id, e.occupation, e.work_type, e.level, e.exam_date, e.evaluating_org,
                   e.dual_certificate, e.enterprise_issuer, e.pass_mark)


def _cert_dto(c: Certificate) -> CertificateDTO:
    return CertificateDTO(c.id, c.student_id, c.kind, c.occupation, c.work_type, c.level, c.number,
                          c.issued_on, c.issuer)


def create_exam(db: Database, actor: Actor, data: ExamInput) -> ExamDTO:
    require_role(actor, *STAFF, action_zh="安排考试", action_en="schedule exams")
    c = Checker()
    work_type = c.text(data.work_type, "工种", "work type", max_len=60)
    org = c.text(data.evaluating_org, "评价机构", "evaluating organisation")
    issuer = c.text(data.enterprise_issuer, "企业证书发证单位", "enterprise issuer")
    if data.dual_certificate and not issuer:
        c.add("企业证书发证单位", "“一试双证”考试需填写企业认证证书的发证单位。",
              "a one-exam-two-certificates exam needs the enterprise certificate's issuer.", "enterprise issuer")
    if not 0 <= data.pass_mark <= 100:
        c.add("及格线", "应在0到100之间。", "must be between 0 and 100.", "pass mark")
    c.raise_if_any()
    with db.transaction() as s:
        row = Exam(occupation=data.occupation, level=data.level, exam_date=data.exam_date, work_type=work_type,
                   evaluating_org=org, dual_certificate=data.dual_certificate, enterprise_issuer=issuer,
                   pass_mark=data.pass_mark, note=(data.note or "").strip())
        return _exam_dto(insert_row(s, actor, row, "exam"))


def _next_number(s, kind: CertificateKind, year: int) -> str:
    prefix = ("JRZJ" if kind is CertificateKind.SKILL_LEVEL else "JRQY") + str(year)
    last = s.scalar(select(func.max(Certificate.number)).where(Certificate.number.like(prefix + "%")))
    seq = int(last[len(prefix):]) + 1 if last else 1
    return f"{prefix}{seq:06d}"


def record_result(db: Database, actor: Actor, exam_id: int, student_id: int, score: float,
                  issued_on: date | None = None) -> ResultDTO:
    """Record a student's exam score; a pass issues the vocational skill level
    certificate, and on a 一试双证 exam the enterprise certificate too."""
    require_role(actor, *STAFF, action_zh="录入考试成绩", action_en="record exam results")
    if not 0 <= score <= 100:
        raise ValidationError.of("成绩", "应在0到100之间。", "must be between 0 and 100.", "score")
    with db.transaction() as s:
        exam = load_versioned(s, Exam, exam_id, None, "考试", "exam")
        ensure_student_access(s, actor, student_id)
        if s.scalar(select(ExamResult.id).where(ExamResult.exam_id == exam_id,
                                                ExamResult.student_id == student_id)) is not None:
            raise ValidationError.of("成绩", "该学员本场考试的成绩已录入，请修改原记录。",
                                     "a result for this student and exam exists already.", "score")
        passed = score >= exam.pass_mark
        result = insert_row(s, actor, ExamResult(exam_id=exam_id, student_id=student_id, score=score,
                                                 passed=passed), "exam_result")
        certs: list[Certificate] = []
        if passed:
            kinds = [CertificateKind.SKILL_LEVEL] + ([CertificateKind.ENTERPRISE] if exam.dual_certificate else [])
            when = issued_on or exam.exam_date
            for kind in kinds:
                issuer = exam.enterprise_issuer if kind is CertificateKind.ENTERPRISE else exam.evaluating_org
                certs.append(insert_row(s, actor, Certificate(
                    student_id=student_id, exam_result_id=result.id, kind=kind, occupation=exam.occupation,
                    work_type=exam.work_type, level=exam.level, number=_next_number(s, kind, when.year),
                    issued_on=when, issuer=issuer), "certificate"))
        return ResultDTO(result.id, exam_id, student_id, score, passed, tuple(_cert_dto(c) for c in certs))


def certificates_of(db: Database, actor: Actor, student_id: int) -> list[CertificateDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        return [_cert_dto(c) for c in s.scalars(select(Certificate).where(
            Certificate.student_id == student_id, Certificate.deleted_at.is_(None)).order_by(Certificate.issued_on))]


@dataclass(frozen=True)
class CertificateRowDTO:
    """One line of the certificates list (证书一览): the certificate with its holder."""

    id: int
    student_id: int
    student_name: str
    cohort_code: str
    kind: CertificateKind
    occupation: Occupation
    work_type: str
    level: SkillLevel
    number: str
    issued_on: date
    issuer: str
    version: int


def list_certificates(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[CertificateRowDTO]:
    """Certificates of live students, newest first by default; search by student name,
    certificate number or issuer; filters kind, occupation, level, student_id, cohort_id.
    Mentors see their own students' certificates only."""
    require_role(actor, *EVERYONE)
    stmt = (select(Certificate, Student.name, func.coalesce(Cohort.code, ""))
            .join(Student, Student.id == Certificate.student_id)
            .outerjoin(Cohort, Cohort.id == Student.cohort_id)
            .where(Student.deleted_at.is_(None)))
    if not query.include_deleted:
        stmt = stmt.where(Certificate.deleted_at.is_(None))
    if actor.is_mentor:
        stmt = stmt.where(Certificate.student_id.in_(mentor_student_ids(actor.mentor_id)))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Student.name.like(p, escape="\\"), Certificate.number.like(p, escape="\\"),
                              Certificate.issuer.like(p, escape="\\")))
    for key in ("kind", "occupation", "level", "student_id"):
        if key in query.filters:
            stmt = stmt.where(getattr(Certificate, key) == query.filters[key])
    if "cohort_id" in query.filters:
        stmt = stmt.where(Student.cohort_id == query.filters["cohort_id"])
    level_rank = case(*((Certificate.level == level, level.rank) for level in SkillLevel), else_=0)
    sort = {"student": Student.name, "number": Certificate.number, "issued_on": Certificate.issued_on,
            "level": level_rank, "cohort": Cohort.code}
    q = query if query.sort else ListQuery(**{**query.__dict__, "sort": "issued_on", "descending": True})
    with db.read() as s:
        rows, total = page(s, stmt, q, sort, Certificate.issued_on, Certificate.id)
        return Page(tuple(CertificateRowDTO(c.id, c.student_id, name, code, c.kind, c.occupation, c.work_type,
                                            c.level, c.number, c.issued_on, c.issuer, c.version)
                          for c, name, code in rows), total, query.offset)
