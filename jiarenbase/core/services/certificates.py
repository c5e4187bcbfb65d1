"""Exams and certificates; a 一试双证 exam issues two certificates from one result.

Exam sessions (考试场次) are listed, read and edited by staff; the certificates list
(证书一览) is read here. Results sheets, corrections and the issuing of certificates
(a pass issues the vocational skill level certificate, 职业技能等级证书, and on a 一试双证
exam the enterprise certificate, 企业认证证书, too): exam_results.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from ..db.models import Certificate, Cohort, Exam, ExamResult, Student
from ..domain.enums import CertificateKind, Occupation, SkillLevel
from ..domain.text import keep_typed
from .common import EVERYONE, STAFF, insert_row, load_versioned, mentor_student_ids, require_role, update_row
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
    note: str = ""
    version: int = 1


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
    student_name: str = ""
    version: int = 1


def _exam_dto(e: Exam) -> ExamDTO:
    return ExamDTO(e.id, e.occupation, e.work_type, e.level, e.exam_date, e.evaluating_org,
                   e.dual_certificate, e.enterprise_issuer, e.pass_mark, e.note or "", e.version)


def certificate_dto(c: Certificate) -> CertificateDTO:
    return CertificateDTO(c.id, c.student_id, c.kind, c.occupation, c.work_type, c.level, c.number,
                          c.issued_on, c.issuer)


def _exam_values(data: ExamInput) -> dict:
    """The checked column values of an exam form (all problems at once)."""
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
    return dict(occupation=data.occupation, level=data.level, exam_date=data.exam_date, work_type=work_type,
                evaluating_org=org, dual_certificate=data.dual_certificate, enterprise_issuer=issuer,
                pass_mark=data.pass_mark, note=keep_typed(data.note))


def create_exam(db: Database, actor: Actor, data: ExamInput) -> ExamDTO:
    require_role(actor, *STAFF, action_zh="安排考试", action_en="schedule exams")
    values = _exam_values(data)
    with db.transaction() as s:
        return _exam_dto(insert_row(s, actor, Exam(**values)))


def get_exam(db: Database, actor: Actor, exam_id: int) -> ExamDTO:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return _exam_dto(load_versioned(s, Exam, exam_id, None, "考试", "exam"))


# What a certificate copies from its exam: frozen once results exist.
_LOCKED_AFTER_RESULTS = {
    "occupation": ("职业", "occupation"), "level": ("等级", "level"), "work_type": ("工种", "work type"),
    "exam_date": ("考试日期", "exam date"), "evaluating_org": ("评价机构", "evaluating organisation"),
    "dual_certificate": ("一试双证", "one exam, two certificates"),
    "enterprise_issuer": ("企业证书发证单位", "enterprise issuer"), "pass_mark": ("及格线", "pass mark"),
}


def update_exam(db: Database, actor: Actor, exam_id: int, version: int, data: ExamInput) -> ExamDTO:
    """Edit an exam. Once results are recorded, only the note may change: the
    certificates already issued carry the exam's occupation, level and issuers."""
    require_role(actor, *STAFF, action_zh="修改考试", action_en="edit exams")
    values = _exam_values(data)
    with db.transaction() as s:
        exam = load_versioned(s, Exam, exam_id, version, "考试", "exam")
        if _result_count(s, exam_id):
            c = Checker()
            for key, (zh, en) in _LOCKED_AFTER_RESULTS.items():
                if getattr(exam, key) != values[key]:
                    c.add(zh, "本场考试已录入成绩，不能再修改（已发证书与之一致）；如确有错误，请新建考试场次。",
                          "results are recorded, so it cannot change (issued certificates match it); "
                          "create a new exam session instead.", en)
            c.raise_if_any()
        return _exam_dto(update_row(s, actor, exam, values))


def _result_count(s: Session, exam_id: int) -> int:
    return s.scalar(select(func.count()).select_from(ExamResult).where(
        ExamResult.exam_id == exam_id, ExamResult.deleted_at.is_(None))) or 0


@dataclass(frozen=True)
class ExamRowDTO:
    """One line of the exams list (考试场次): the exam with its result counts."""

    id: int
    occupation: Occupation
    work_type: str
    level: SkillLevel
    exam_date: date
    evaluating_org: str
    dual_certificate: bool
    enterprise_issuer: str
    pass_mark: float
    results: int
    passed: int
    version: int


def list_exams(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[ExamRowDTO]:
    """Exam sessions, newest first by default; search work type or evaluating
    organisation; filters occupation, level, dual_certificate, year."""
    require_role(actor, *EVERYONE)
    counts = (select(ExamResult.exam_id, func.count().label("n"),
                     func.sum(case((ExamResult.passed, 1), else_=0)).label("passed"))
              .where(ExamResult.deleted_at.is_(None)).group_by(ExamResult.exam_id).subquery())
    n, passed = func.coalesce(counts.c.n, 0), func.coalesce(counts.c.passed, 0)
    stmt = select(Exam, n, passed).outerjoin(counts, counts.c.exam_id == Exam.id)
    if not query.include_deleted:
        stmt = stmt.where(Exam.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Exam.work_type.like(p, escape="\\"), Exam.evaluating_org.like(p, escape="\\"),
                              Exam.enterprise_issuer.like(p, escape="\\")))
    for key in ("occupation", "level", "dual_certificate"):
        if key in query.filters:
            stmt = stmt.where(getattr(Exam, key) == query.filters[key])
    if "year" in query.filters:
        year = int(query.filters["year"])
        stmt = stmt.where(Exam.exam_date >= date(year, 1, 1), Exam.exam_date <= date(year, 12, 31))
    level_rank = case(*((Exam.level == level, level.rank) for level in SkillLevel), else_=0)
    sort = {"exam_date": Exam.exam_date, "level": level_rank, "occupation": Exam.occupation,
            "work_type": Exam.work_type, "evaluating_org": Exam.evaluating_org, "results": n}
    q = query if query.sort else ListQuery(**{**query.__dict__, "sort": "exam_date", "descending": True})
    with db.read() as s:
        rows, total = page(s, stmt, q, sort, Exam.exam_date, Exam.id)
        return Page(tuple(ExamRowDTO(e.id, e.occupation, e.work_type, e.level, e.exam_date, e.evaluating_org,
                                     e.dual_certificate, e.enterprise_issuer, e.pass_mark, int(k), int(p),
                                     e.version) for e, k, p in rows), total, query.offset)


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
