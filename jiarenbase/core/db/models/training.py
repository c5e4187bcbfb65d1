"""Stages, cognitive modules and attendance, rooms and bookings, practice sessions,
rubric, sales scripts, short videos."""
from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    Numeric,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ...domain.enums import AttendanceStatus, Platform, SessionKind, Stage, StageResult
from .base import Base, Editable, Timestamps, enum_col


class StageRecord(Editable, Base):
    """A student's time in one stage and its sign-off, with the evidence as it was."""

    __tablename__ = "stage_record"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    stage: Mapped[Stage] = mapped_column(enum_col(Stage))
    entered_on: Mapped[date] = mapped_column(Date)
    criteria_snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON
    evidence_snapshot: Mapped[str] = mapped_column(Text, default="")  # JSON
    signed_off_by: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    signed_off_at: Mapped[datetime | None] = mapped_column(DateTime)
    result: Mapped[StageResult | None] = mapped_column(enum_col(StageResult))
    override_reason: Mapped[str] = mapped_column(Text, default="")


class TrainingModule(Editable, Base):
    """A cognitive-stage lesson (认知实训课程) of a cohort."""

    __tablename__ = "training_module"
    id: Mapped[int] = mapped_column(primary_key=True)
    cohort_id: Mapped[int] = mapped_column(ForeignKey("cohort.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    scheduled_on: Mapped[date | None] = mapped_column(Date)
    hours: Mapped[float] = mapped_column(Float, default=2.0)


class Attendance(Editable, Base):
    __tablename__ = "attendance"
    id: Mapped[int] = mapped_column(primary_key=True)
    module_id: Mapped[int] = mapped_column(ForeignKey("training_module.id"))
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    status: Mapped[AttendanceStatus] = mapped_column(enum_col(AttendanceStatus))
    reason: Mapped[str] = mapped_column(String(200), default="")
    __table_args__ = (UniqueConstraint("module_id", "student_id", name="uq_attendance_module_student"),)


class LiveRoom(Editable, Base):
    """直播间: the base has 10 that can broadcast at once."""

    __tablename__ = "live_room"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name: Mapped[str] = mapped_column(String(60))
    equipment: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


booking_student = Table(
    "booking_student",
    Base.metadata,
    Column("booking_id", ForeignKey("room_booking.id", ondelete="CASCADE"), primary_key=True),
    Column("student_id", ForeignKey("student.id"), primary_key=True, index=True),
)


class RoomBooking(Editable, Base):
    __tablename__ = "room_booking"
    id: Mapped[int] = mapped_column(primary_key=True)
    room_id: Mapped[int] = mapped_column(ForeignKey("live_room.id"))
    start: Mapped[datetime] = mapped_column(DateTime)
    end: Mapped[datetime] = mapped_column(DateTime)
    purpose: Mapped[str] = mapped_column(String(100), default="")
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("mentor.id"), index=True)
    note: Mapped[str] = mapped_column(Text, default="")

    students: Mapped[list[Student]] = relationship(secondary=booking_student)  # noqa: F821
    __table_args__ = (Index("ix_room_booking_room_start", "room_id", "start"),
                      Index("ix_room_booking_start", "start"))


class RubricCriterion(Editable, Base):
    """评分项: 镜头表现, 语言表达, 话术, 产品讲解, 控场氛围, 临场应变 …"""

    __tablename__ = "rubric_criterion"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(40), unique=True)
    description: Mapped[str] = mapped_column(String(200), default="")
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class PracticeSession(Editable, Base):
    """A mock drill (模拟直播演练) or a live session (实战直播) with its raw counts.

    Ratios (conversion, click rate, GPM, UV value, AOV) are derived from the counts
    by core.domain.metrics, never stored. `rubric_average` is a cache of the
    scores (0–100) kept by the sessions service for lists and gates.
    """

    __tablename__ = "practice_session"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[SessionKind] = mapped_column(enum_col(SessionKind))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("room_booking.id"), index=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"))
    mentor_id: Mapped[int | None] = mapped_column(ForeignKey("mentor.id"))
    started_at: Mapped[datetime] = mapped_column(DateTime)
    ended_at: Mapped[datetime] = mapped_column(DateTime)
    platform: Mapped[Platform] = mapped_column(enum_col(Platform), default=Platform.JIAREN)
    products: Mapped[str] = mapped_column(Text, default="")
    viewers: Mapped[int] = mapped_column(Integer, default=0)
    peak_concurrent: Mapped[int] = mapped_column(Integer, default=0)
    avg_watch_seconds: Mapped[int] = mapped_column(Integer, default=0)
    comments: Mapped[int] = mapped_column(Integer, default=0)
    likes: Mapped[int] = mapped_column(Integer, default=0)
    new_followers: Mapped[int] = mapped_column(Integer, default=0)
    product_clicks: Mapped[int] = mapped_column(Integer, default=0)
    orders: Mapped[int] = mapped_column(Integer, default=0)
    buyers: Mapped[int] = mapped_column(Integer, default=0)
    gmv: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    refunds: Mapped[Decimal] = mapped_column(Numeric(14, 2), default=Decimal("0"))
    rubric_scale: Mapped[int] = mapped_column(Integer, default=100)
    rubric_average: Mapped[float | None] = mapped_column(Float)
    mentor_remarks: Mapped[str] = mapped_column(Text, default="")
    review_notes: Mapped[str] = mapped_column(Text, default="")  # 数据复盘

    scores: Mapped[list[SessionScore]] = relationship(cascade="all, delete-orphan", lazy="selectin")
    __table_args__ = (
        # The student page and the gates read one student's sessions in time order.
        Index("ix_practice_session_student_started", "student_id", "started_at"),
        # The sessions list sorts by date; mentors filter by themselves.
        Index("ix_practice_session_started", "started_at"),
        Index("ix_practice_session_mentor_started", "mentor_id", "started_at"),
        # The dashboard (summary()): sessions by kind and the monthly conversion trend read only
        # this covering index. EXPLAIN QUERY PLAN at city scale (2 M sessions): "SEARCH
        # practice_session USING COVERING INDEX ix_practice_session_kind_started (kind=? AND
        # started_at>? AND started_at<?)" per month instead of "SEARCH … USING INDEX
        # ix_practice_session_started (started_at>?)" + a row lookup each (347 ms → ~2 ms a month),
        # and "SCAN … USING COVERING INDEX" for the counts by kind instead of a table scan (429 → ~90 ms).
        Index("ix_practice_session_kind_started", "kind", "started_at", "deleted_at", "viewers", "buyers"),
        # The sessions list (list_sessions) pages the live sessions by date from this index
        # anywhere in 2 M rows ("SEARCH … USING COVERING INDEX ix_practice_session_live_started
        # (deleted_at=?)", 22 ms at offset 900,000) and counts the deleted ones (a short range).
        Index("ix_practice_session_live_started", "deleted_at", "started_at", "id"),
    )


class SessionScore(Base):
    __tablename__ = "session_score"
    session_id: Mapped[int] = mapped_column(ForeignKey("practice_session.id", ondelete="CASCADE"),
                                            primary_key=True)
    criterion_id: Mapped[int] = mapped_column(ForeignKey("rubric_criterion.id"), primary_key=True)
    score: Mapped[float] = mapped_column(Float)


class SalesScript(Editable, Base):
    """话术: a student's script for a product, iterated version by version."""

    __tablename__ = "sales_script"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    product: Mapped[str] = mapped_column(String(100), default="")
    versions: Mapped[list[ScriptVersion]] = relationship(
        order_by="ScriptVersion.version_no", cascade="all, delete-orphan")


class ScriptVersion(Timestamps, Base):
    __tablename__ = "script_version"
    id: Mapped[int] = mapped_column(primary_key=True)
    script_id: Mapped[int] = mapped_column(ForeignKey("sales_script.id", ondelete="CASCADE"))
    version_no: Mapped[int] = mapped_column(Integer)
    body: Mapped[str] = mapped_column(Text)
    author_user_id: Mapped[int | None] = mapped_column(ForeignKey("app_user.id"))
    mentor_comment: Mapped[str] = mapped_column(Text, default="")
    __table_args__ = (UniqueConstraint("script_id", "version_no", name="uq_script_version_no"),)


class ShortVideo(Editable, Base):
    """短视频."""

    __tablename__ = "short_video"
    id: Mapped[int] = mapped_column(primary_key=True)
    student_id: Mapped[int] = mapped_column(ForeignKey("student.id"), index=True)
    title: Mapped[str] = mapped_column(String(100))
    platform: Mapped[Platform] = mapped_column(enum_col(Platform), default=Platform.DOUYIN)
    published_on: Mapped[date | None] = mapped_column(Date)
    views: Mapped[int] = mapped_column(Integer, default=0)
    likes: Mapped[int] = mapped_column(Integer, default=0)
    comments: Mapped[int] = mapped_column(Integer, default=0)
    iteration_of_id: Mapped[int | None] = mapped_column(ForeignKey("short_video.id"))
