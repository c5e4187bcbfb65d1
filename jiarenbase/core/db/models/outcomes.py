"""Exams and certificates, placements and follow-ups, service agreements,
enterprise training orders."""
from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Boolean, Date, Float, ForeignKey, Index, Integer, Numeric, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from ...domain.enums import (
    CertificateKind,
    EvidenceLevel,
    Occupation,
    PlacementOutcome,
    RegistrationStatus,
    SkillLevel,
)
from .base import Base, Editable, enum_col


class Exam(Editable, Base):
    """An exam session; `dual_certificate` marks a 一试双证 exam whose pass yields a
    vocational skill level certificate and an enterprise certificate."""

    __tablename__ = "exam"
    id: Mapped[int] = mapped_column(primary_key=True)
    occupation: Mapped[Occupation] = mapped_column(enum_col(Occupation))
    work_type: Mapped[str] = mapped_column(String(60), default="")  # 工种, e.g. 直播销售员
    level: Mapped[SkillLevel] = mapped_column(enum_col(SkillLevel))
    exam_date: Mapped[date] = mapped_column(Date)
    evaluating_org: Mapped[str] = mapped_column(String(100), default="")
    dual_certificate: Mapped[bool] = mapped_column(Boolean, default=False)
    enterprise_issuer: Mapped[str] = mapped_column(String(100), default="")
    pass_mark: Mapped[float] = mapped_column(Float, default=60.0)
    note: Mapped[str] = mapped_column(Text, default="")


class ExamResult(Editable, Base):
    __tablename__ = "exam_result"
    id: Mapped[int] = mapped_column(primary_key=True)
    exam_id: Mapped[int] = mapped_column(ForeignKey("exam.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    score: Mapped[float] = mapped_column(Float)
    passed: Mapped[bool] = mapped_column(Boolean)
    __table_args__ = (UniqueConstraint("exam_id", "student_id", name="uq_exam_result_exam_student"),)


class ExamRegistration(Editable, Base):
    """报名: a candidate on an exam's list before the exam, with a status of its own
    (报名 → 缴费 → 参考 / 缺考). The results sheet starts from these candidates."""

    __tablename__ = "exam_registration"
    id: Mapped[int] = mapped_column(primary_key=True)
    exam_id: Mapped[int] = mapped_column(ForeignKey("exam.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    status: Mapped[RegistrationStatus] = mapped_column(enum_col(RegistrationStatus),
                                                      default=RegistrationStatus.REGISTERED)
    note: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("exam_id", "student_id", name="uq_exam_registration_exam_student"),)


class SubsidyMaterials(Editable, Base):
    """Which application materials a graduate has ready for the flexible-employment
    subsidy (补贴材料勾选): a JSON list of material keys, versioned and audited."""

    __tablename__ = "subsidy_materials"
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), primary_key=True, autoincrement=False)
    ticked: Mapped[str] = mapped_column(Text, default="[]")  # JSON list of material keys


class Certificate(Editable, Base):
    __tablename__ = "certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    exam_result_id: Mapped[int | None] = mapped_column(ForeignKey("exam_result.id"))
    kind: Mapped[CertificateKind] = mapped_column(enum_col(CertificateKind))
    occupation: Mapped[Occupation] = mapped_column(enum_col(Occupation))
    work_type: Mapped[str] = mapped_column(String(60), default="")
    level: Mapped[SkillLevel] = mapped_column(enum_col(SkillLevel))
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)
    issuer: Mapped[str] = mapped_column(String(100), default="")


class Placement(Editable, Base):
    """就业去向. `unknown` is never counted as unemployed."""

    __tablename__ = "placement"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    outcome: Mapped[PlacementOutcome] = mapped_column(enum_col(PlacementOutcome))
    employer_client_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise_client.id"), index=True)
    employer_name: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(60), default="")
    start_date: Mapped[date | None] = mapped_column(Date)
    evidence: Mapped[EvidenceLevel] = mapped_column(enum_col(EvidenceLevel),
                                                    default=EvidenceLevel.SELF_REPORTED)
    # Flexible-employment subsidy facts (灵活就业社会保险补贴).
    first_shanghai_job: Mapped[bool] = mapped_column(Boolean, default=True)
    insured_pension_medical: Mapped[bool] = mapped_column(Boolean, default=False)
    subsidy_months_used: Mapped[int] = mapped_column(Integer, default=0)
    subsidy_applied_on: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (Index("ix_placement_outcome", "outcome"),
                      # Each student's latest placement (max id per student) from the index alone.
                      Index("ix_placement_student_latest", "student_id", "deleted_at", "id"))


class PlacementFollowUp(Editable, Base):
    """Follow-up at 30/90/180 days after a placement starts."""

    __tablename__ = "placement_follow_up"
    id: Mapped[int] = mapped_column(primary_key=True)
    placement_id: Mapped[int] = mapped_column(ForeignKey("placement.id", ondelete="CASCADE"), index=True)
    day_mark: Mapped[int] = mapped_column(Integer)
    due_on: Mapped[date] = mapped_column(Date, index=True)
    done_on: Mapped[date | None] = mapped_column(Date)
    still_employed: Mapped[bool | None] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    # Follow-ups still owed (done_on IS NULL) by due date: the dashboard reads only those
    # instead of every follow-up due before the window's end.
    __table_args__ = (Index("ix_follow_up_open", "done_on", "due_on", "deleted_at"),)


class ServiceAgreement(Editable, Base):
    """服务期协议: only allowed when the employer paid special training fees."""

    __tablename__ = "service_agreement"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    employer_client_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise_client.id"))
    employer_name: Mapped[str] = mapped_column(String(100), default="")
    service_months: Mapped[int] = mapped_column(Integer, default=0)
    special_training_fee_paid: Mapped[bool] = mapped_column(Boolean, default=False)
    fee_amount: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class EnterpriseTrainingOrder(Editable, Base):
    """Training the base delivered to an enterprise client."""

    __tablename__ = "enterprise_training_order"
    id: Mapped[int] = mapped_column(primary_key=True)
    client_id: Mapped[int] = mapped_column(ForeignKey("enterprise_client.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    trainees: Mapped[int] = mapped_column(Integer, default=0)
    hours: Mapped[float] = mapped_column(Float, default=0)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")
