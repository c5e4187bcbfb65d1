"""What the base's official documents rest on: the completion-certificate register
(结业证书登记), students' photos and the mentor's appraisal (鉴定意见) printed in
the student report."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Timestamps


class CompletionCertificate(Timestamps, Base):
    """One 结业证书 per student, written once when the student completes.

    Number, serial and issue date (the completion date) never change: a reprint
    shows them as stored. Revoking sets `revoked_at` and a reason; the row stays."""

    __tablename__ = "completion_certificate"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), unique=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    serial: Mapped[int] = mapped_column(Integer)  # completion order within the cohort, from 1
    number: Mapped[str] = mapped_column(String(60), unique=True)
    issued_on: Mapped[date] = mapped_column(Date)  # the completion date
    holder_name: Mapped[str] = mapped_column(String(60))  # as printed when issued (the code covers it)
    code: Mapped[str] = mapped_column(String(16))  # verification code, see domain/certificate_code.py
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    revoked_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
    revoke_reason: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("cohort_id", "serial", name="uq_completion_certificate_cohort_serial"),)


class StudentPhoto(Timestamps, Base):
    """A student's ID photo (JPEG, at most a few hundred KB), kept apart from the
    student row so lists never read it."""

    __tablename__ = "student_photo"
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), primary_key=True)
    image: Mapped[bytes] = mapped_column(LargeBinary)
    source_name: Mapped[str] = mapped_column(String(200), default="")  # the file it was imported from


class StudentAppraisal(Timestamps, Base):
    """鉴定意见: the mentor's overall opinion, printed in the student report's closing block."""

    __tablename__ = "student_appraisal"
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), primary_key=True)
    opinion: Mapped[str] = mapped_column(Text, default="")
    written_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"), default=None)
