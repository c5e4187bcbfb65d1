"""The whole data model (SQLAlchemy 2 typed ORM)."""
from .base import Base, utcnow
from .documents import CompletionCertificate, StudentAppraisal, StudentPhoto
from .outcomes import (
                       Certificate,
                       EnterpriseTrainingOrder,
                       Exam,
                       ExamRegistration,
                       ExamResult,
                       Placement,
                       PlacementFollowUp,
                       ServiceAgreement,
                       SubsidyMaterials,
)
from .people import Cohort, EnterpriseClient, Mentor, MentorAssignment, PartnerSchool, Student
from .security import AuditEntry, Setting, SubsidyRate, User
from .training import (
                       Attendance,
                       LiveRoom,
                       PracticeSession,
                       RoomBooking,
                       RubricCriterion,
                       SalesScript,
                       ScriptVersion,
                       SessionScore,
                       ShortVideo,
                       StageRecord,
                       TrainingModule,
                       booking_student,
)

__all__ = [
    "Base", "utcnow", "Certificate", "EnterpriseTrainingOrder", "Exam", "ExamResult", "Placement",
    "PlacementFollowUp", "ServiceAgreement", "Cohort", "EnterpriseClient", "Mentor",
    "MentorAssignment", "PartnerSchool", "Student", "AuditEntry", "Setting", "SubsidyRate", "User",
    "Attendance", "LiveRoom", "PracticeSession", "RoomBooking", "RubricCriterion", "SalesScript",
    "ScriptVersion", "SessionScore", "ShortVideo", "StageRecord", "TrainingModule", "booking_student",
    "CompletionCertificate", "StudentAppraisal", "StudentPhoto", "ExamRegistration", "SubsidyMaterials",
]
