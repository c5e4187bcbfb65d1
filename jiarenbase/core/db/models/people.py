"""Partner schools, enterprise clients, cohorts, students, mentors."""
from __future__ import annotations

from datetime import date

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import CohortStatus, Sex, Stage, StudentStatus
from .base import Base, Editable, enum_col


class PartnerSchool(Editable, Base):
    """合作院校."""

    __tablename__ = "partner_school"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    short_name: Mapped[str] = mapped_column(String(40), default="")
    contact_person: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    address: Mapped[str] = mapped_column(String(200), default="")
    in_shanghai: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")


class EnterpriseClient(Editable, Base):
    """企业用户 / 企业客户: enterprises the base trains talent for."""

    __tablename__ = "enterprise_client"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    industry: Mapped[str] = mapped_column(String(60), default="")
    contact_person: Mapped[str] = mapped_column(String(40), default="")
    contact_phone: Mapped[str] = mapped_column(String(40), default="")
    since: Mapped[date | None] = mapped_column(Date)
    note: Mapped[str] = mapped_column(Text, default="")


class Cohort(Editable, Base):
    """批次 / 班级."""

    __tablename__ = "cohort"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    school_id: Mapped[int | None] = mapped_column(ForeignKey("partner_school.id"), index=True)
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    status: Mapped[CohortStatus] = mapped_column(enum_col(CohortStatus), default=CohortStatus.ACTIVE)
    # Stage-gate criteria for this cohort (StageCriteria.to_dict() as JSON); empty = defaults.
    criteria_json: Mapped[str] = mapped_column(Text, default="")
    rubric_scale: Mapped[int] = mapped_column(Integer, default=100)  # 100 or 5
    note: Mapped[str] = mapped_column(Text, default="")

    school: Mapped[PartnerSchool | None] = relationship()


class Student(Editable, Base):
    """学员."""

    __tablename__ = "student"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    sex: Mapped[Sex] = mapped_column(enum_col(Sex))
    id_number: Mapped[str] = mapped_column(String(18), unique=True)
    birth_date: Mapped[date] = mapped_column(Date)  # derived from id_number
    student_number: Mapped[str] = mapped_column(String(40), default="")
    school_id: Mapped[int | None] = mapped_column(ForeignKey("partner_school.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    major: Mapped[str] = mapped_column(String(60), default="")
    class_name: Mapped[str] = mapped_column(String(60), default="")
    phone: Mapped[str] = mapped_column(String(20), default="")
    hukou_district: Mapped[str] = mapped_column(String(20), default="")
    residence_district: Mapped[str] = mapped_column(String(20), default="")
    shanghai_hukou: Mapped[bool] = mapped_column(Boolean, default=False)
    left_school_on: Mapped[date | None] = mapped_column(Date)
    status: Mapped[StudentStatus] = mapped_column(enum_col(StudentStatus), default=StudentStatus.ENROLLED)
    stage: Mapped[Stage] = mapped_column(enum_col(Stage), default=Stage.COGNITIVE)
    in_talent_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    contact_consent: Mapped[bool] = mapped_column(Boolean, default=False)
    skills: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")

    school: Mapped[PartnerSchool | None] = relationship()
    cohort: Mapped[Cohort | None] = relationship()

    __table_args__ = (
        Index("ix_student_cohort_stage", "cohort_id", "stage"),
        Index("ix_student_student_number", "student_number"),
        # The dashboard's counts by stage, status and talent pool read this index alone
        # (EXPLAIN: "USING COVERING INDEX ix_student_counts"), not 100,000 student rows.
        Index("ix_student_counts", "deleted_at", "stage", "status", "in_talent_pool"),
    )


class Mentor(Editable, Base):
    """导师: enterprise mentors and senior streamer mentors."""

    __tablename__ = "mentor"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), index=True)
    phone: Mapped[str] = mapped_column(String(20), default="")
    specialties: Mapped[str] = mapped_column(String(200), default="")
    enterprise_id: Mapped[int | None] = mapped_column(ForeignKey("enterprise_client.id"))
    weekly_capacity: Mapped[int] = mapped_column(Integer, default=10)  # sessions per week
    is_senior_streamer: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    note: Mapped[str] = mapped_column(Text, default="")

    enterprise: Mapped[EnterpriseClient | None] = relationship()


class MentorAssignment(Editable, Base):
    """Which mentor guides which student in which stage; old rows are history."""

    __tablename__ = "mentor_assignment"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    mentor_id: Mapped[int] = mapped_column(ForeignKey("mentor.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_col(Stage))
    start_date: Mapped[date] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)  # None = current
    note: Mapped[str] = mapped_column(Text, default="")
