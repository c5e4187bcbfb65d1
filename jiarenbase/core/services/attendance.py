"""Cognitive-stage lessons (认知实训课程) of a cohort and their check-in sheets (考勤).

Staff plan the lessons (title, date, hours); staff, or a mentor for their own
students, take attendance: present (出勤), late (迟到) or absent (缺勤, with a reason).
Present and late count as attended for the cognitive stage's gate.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from ..db.models import Attendance, Cohort, Student, TrainingModule
from ..domain.enums import AttendanceStatus, StudentStatus
from ..errors import ConflictError, PermissionDenied, Problem, ValidationError
from .common import (
    EVERYONE,
    STAFF,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    soft_delete_row,
    update_row,
)
from .context import Actor, Database
from .validation import Checker

ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.LATE)
REASON_FIELD = ("缺勤原因", "Reason for absence")
MAX_REASON = 200
MAX_HOURS = 12.0


@dataclass(frozen=True)
class ModuleInput:
    title: str
    scheduled_on: date | None
    hours: float = 2.0


@dataclass(frozen=True)
class ModuleDTO:
    """A lesson with its check-in counts over the students the actor may see."""

    id: int
    cohort_id: int
    title: str
    scheduled_on: date | None
    hours: float
    version: int
    students: int = 0  # on the sheet
    recorded: int = 0
    attended: int = 0  # present or late
    late: int = 0
    absent: int = 0


@dataclass(frozen=True)
class AttendanceRow:
    """One line of a check-in sheet; `status` None = not yet recorded."""

    student_id: int
    student_name: str
    student_number: str
    status: AttendanceStatus | None
    reason: str
    version: int | None  # of the stored record (None: not recorded)


@dataclass(frozen=True)
class AttendanceSheet:
    module: ModuleDTO
    cohort_name: str
    rows: tuple[AttendanceRow, ...]


@dataclass(frozen=True)
class AttendanceEntry:
    """What the user marked for one student. `version`: the stored record's version
    the user saw (0 = they saw it unrecorded; None = do not check)."""

    student_id: int
    status: AttendanceStatus
    reason: str = ""
    version: int | None = None


# -- pure rules ---------------------------------------------------------------------

def entry_problems(entry: AttendanceEntry, student_name: str) -> list[Problem]:
    """What is wrong with one line of the sheet (the dialog uses it to mark rows)."""
    reason = (entry.reason or "").strip()
    if entry.status is AttendanceStatus.ABSENT and not reason:
        return [Problem(REASON_FIELD[0], f"学员“{student_name}”缺勤，请填写缺勤原因（如病假、事假）。",
                        f"{student_name} is absent; enter the reason (e.g. sick leave).", REASON_FIELD[1])]
    if len(reason) > MAX_REASON:
        return [Problem(REASON_FIELD[0],
                        f"学员“{student_name}”的原因太长（{len(reason)} 个字），最多 {MAX_REASON} 个字。",
                        f"the reason for {student_name} is too long ({len(reason)} characters); "
                        f"at most {MAX_REASON}.", REASON_FIELD[1])]
    return []


def _check_module(data: ModuleInput) -> dict:
    c = Checker()
    title = c.prose(data.title, "课程名称", "lesson title", required=True, max_len=100)
    if data.scheduled_on is None:
        c.add("上课日期", "不能为空，请选择上课日期。", "is required; choose the date of the lesson.", "date")
    hours = data.hours
    if hours is None or not 0 < float(hours) <= MAX_HOURS:
        c.add("课时", f"应大于0且不超过{MAX_HOURS:.0f}小时，请修改。",
              f"must be more than 0 and at most {MAX_HOURS:.0f} hours.", "hours")
    c.raise_if_any()
    return dict(title=title, scheduled_on=data.scheduled_on, hours=float(hours))


# -- lessons --------------------------------------------------------------------------

def _visible_students(s: Session, actor: Actor, cohort_id: int):
    """Students of the cohort on the sheet: not deleted, not withdrawn; a mentor's own only."""
    q = select(Student).where(Student.cohort_id == cohort_id, Student.deleted_at.is_(None),
                              Student.status != StudentStatus.WITHDRAWN)
    if actor.is_mentor:
        q = q.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
    return q


def _counts(s: Session, actor: Actor, cohort_id: int, module_ids: list[int]) -> dict[int, dict]:
    if not module_ids:
        return {}
    visible = _visible_students(s, actor, cohort_id).with_only_columns(Student.id).scalar_subquery()
    rows = s.execute(select(Attendance.module_id, Attendance.status, func.count())
                     .where(Attendance.module_id.in_(module_ids), Attendance.deleted_at.is_(None),
                            Attendance.student_id.in_(visible))
                     .group_by(Attendance.module_id, Attendance.status))
    out: dict[int, dict] = {}
    for module_id, status, n in rows:
        out.setdefault(module_id, {})[status] = n
    return out


def _module_dto(row: TrainingModule, students: int, counts: dict) -> ModuleDTO:
    late = counts.get(AttendanceStatus.LATE, 0)
    absent = counts.get(AttendanceStatus.ABSENT, 0)
    present = counts.get(AttendanceStatus.PRESENT, 0)
    return ModuleDTO(row.id, row.cohort_id, row.title, row.scheduled_on, row.hours, row.version, students,
                     present + late + absent, present + late, late, absent)


def _student_count(s: Session, actor: Actor, cohort_id: int) -> int:
    return s.scalar(select(func.count()).select_from(_visible_students(s, actor, cohort_id).subquery())) or 0


def _load_module(s: Session, module_id: int, version: int | None = None) -> TrainingModule:
    return load_versioned(s, TrainingModule, module_id, version, "认知课程", "lesson")


def create_module(db: Database, actor: Actor, cohort_id: int, data: ModuleInput) -> ModuleDTO:
    """Plan a lesson of the cohort's cognitive stage."""
    require_role(actor, *STAFF, action_zh="安排认知课程", action_en="plan a lesson")
    values = _check_module(data)
    with db.transaction() as s:
        load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        row = insert_row(s, actor, TrainingModule(cohort_id=cohort_id, **values))
        return _module_dto(row, _student_count(s, actor, cohort_id), {})


def update_module(db: Database, actor: Actor, module_id: int, version: int | None,
                  data: ModuleInput) -> ModuleDTO:
    require_role(actor, *STAFF, action_zh="修改认知课程", action_en="edit a lesson")
    values = _check_module(data)
    with db.transaction() as s:
        row = update_row(s, actor, _load_module(s, module_id, version), values)
        return _module_dto(row, _student_count(s, actor, row.cohort_id),
                           _counts(s, actor, row.cohort_id, [row.id]).get(row.id, {}))


def delete_module(db: Database, actor: Actor, module_id: int, version: int | None = None) -> None:
    """Cancel a lesson (soft delete): its check-ins no longer count for the gate."""
    require_role(actor, *STAFF, action_zh="删除认知课程", action_en="delete a lesson")
    with db.transaction() as s:
        soft_delete_row(s, actor, _load_module(s, module_id, version))


def list_modules(db: Database, actor: Actor, cohort_id: int) -> list[ModuleDTO]:
    """The cohort's lessons by date, each with attended/total over the students the
    actor may see (a mentor: their own)."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        load_versioned(s, Cohort, cohort_id, None, "批次", "cohort")
        rows = list(s.scalars(select(TrainingModule).where(
            TrainingModule.cohort_id == cohort_id, TrainingModule.deleted_at.is_(None))
            .order_by(TrainingModule.scheduled_on.is_(None), TrainingModule.scheduled_on, TrainingModule.id)))
        counts = _counts(s, actor, cohort_id, [r.id for r in rows])
        students = _student_count(s, actor, cohort_id)
        return [_module_dto(r, students, counts.get(r.id, {})) for r in rows]


# -- check-in sheets --------------------------------------------------------------------

def _sheet(s: Session, actor: Actor, module: TrainingModule) -> AttendanceSheet:
    visible = _visible_students(s, actor, module.cohort_id).subquery()
    rows = s.execute(
        select(visible.c.id, visible.c.name, visible.c.student_number, Attendance)
        .outerjoin(Attendance, and_(Attendance.student_id == visible.c.id, Attendance.module_id == module.id,
                                    Attendance.deleted_at.is_(None)))
        .order_by(visible.c.student_number, visible.c.name, visible.c.id)).all()
    lines = tuple(AttendanceRow(sid, name, number or "", a.status if a else None, a.reason if a else "",
                                a.version if a else None) for sid, name, number, a in rows)
    counts: dict = {}
    for line in lines:
        if line.status is not None:
            counts[line.status] = counts.get(line.status, 0) + 1
    cohort = s.get(Cohort, module.cohort_id)
    return AttendanceSheet(_module_dto(module, len(lines), counts), cohort.name if cohort else "", lines)


def attendance_sheet(db: Database, actor: Actor, module_id: int) -> AttendanceSheet:
    """Every student of the lesson's cohort (a mentor: their own) with the recorded
    status and reason; students not yet checked in have status None."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return _sheet(s, actor, _load_module(s, module_id))


def _check_date(module: TrainingModule, today: date) -> None:
    if module.scheduled_on is not None and module.scheduled_on > today:
        raise ValidationError.of(
            "上课日期", f"“{module.title}”安排在{module.scheduled_on:%Y-%m-%d}，还没上课，不能先记考勤；"
                        "如日期有误，请先修改课程日期。",
            f"'{module.title}' is on {module.scheduled_on:%Y-%m-%d}, which has not come yet; "
            "correct the lesson's date first if it is wrong.", "date")


def record_attendance(db: Database, actor: Actor, module_id: int, entries: Sequence[AttendanceEntry],
                      today: date | None = None) -> AttendanceSheet:
    """Save the check-in of a lesson, all or nothing: every absent student needs a
    reason; a mentor may mark only their own students. Returns the sheet as saved."""
    require_role(actor, *EVERYONE)
    today = today or date.today()
    with db.transaction() as s:
        module = _load_module(s, module_id)
        _check_date(module, today)
        ids = [e.student_id for e in entries]
        students = {st.id: st for st in s.scalars(select(Student).where(Student.id.in_(ids or [-1])))}
        mine = set(s.scalars(mentor_student_ids(actor.mentor_id))) if actor.is_mentor else None
        problems: list[Problem] = []
        seen: set[int] = set()
        for e in entries:
            st = students.get(e.student_id)
            if st is None or st.deleted_at is not None or st.cohort_id != module.cohort_id \
                    or st.status is StudentStatus.WITHDRAWN:  # withdrawn students leave the sheet
                problems.append(Problem("学员", f"编号为 {e.student_id} 的学员不在本批次，请刷新考勤表。",
                                        f"student {e.student_id} is not in this cohort; reload the sheet.",
                                        "student"))
                continue
            if mine is not None and st.id not in mine:
                raise PermissionDenied(f"学员“{st.name}”不是您指导的学员，导师只能为自己的学员记考勤。",
                                       f"{st.name} is not your student; mentors take attendance only for "
                                       "their own students.")
            if st.id in seen:
                problems.append(Problem("学员", f"学员“{st.name}”在考勤表中出现了两次。",
                                        f"{st.name} appears twice on the sheet.", "student"))
            seen.add(st.id)
            problems += entry_problems(e, st.name)
        if problems:
            raise ValidationError(problems)
        stored = {a.student_id: a for a in s.scalars(select(Attendance).where(
            Attendance.module_id == module.id, Attendance.student_id.in_(ids or [-1])))}
        for e in entries:
            row = stored.get(e.student_id)
            live = row is not None and row.deleted_at is None
            if e.version is not None and e.version != (row.version if live else 0):
                raise ConflictError("attendance", row.id if row else None)
            # A reason belongs to an absence or a late arrival; a student marked present keeps none.
            reason = "" if e.status is AttendanceStatus.PRESENT else (e.reason or "").strip()
            values = dict(status=e.status, reason=reason)
            if row is None:
                insert_row(s, actor, Attendance(module_id=module.id, student_id=e.student_id, **values))
            elif not live:  # a record deleted earlier: the pair is unique, so bring it back
                update_row(s, actor, row, dict(values, deleted_at=None))
            elif (row.status, row.reason) != (values["status"], values["reason"]):
                update_row(s, actor, row, values)
        s.flush()
        return _sheet(s, actor, module)
