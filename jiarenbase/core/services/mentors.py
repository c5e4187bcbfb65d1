"""Mentors (导师) and their assignment to students per stage."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, or_, select
from sqlalchemy.orm import joinedload

from ..db.models import EnterpriseClient, Mentor, MentorAssignment, Student
from ..domain.enums import Stage, StudentStatus
from ..errors import Problem, ValidationError
from .common import (
    EVERYONE,
    STAFF,
    ensure_student_access,
    in_chunks,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    soft_delete_row,
    update_row,
)
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker


@dataclass(frozen=True)
class MentorDTO:
    id: int
    name: str
    phone: str
    specialties: str
    enterprise_id: int | None
    enterprise_name: str
    weekly_capacity: int
    is_senior_streamer: bool
    active: bool
    note: str
    version: int
    student_count: int = 0


@dataclass(frozen=True)
class MentorInput:
    name: str
    phone: str = ""
    specialties: str = ""
    enterprise_id: int | None = None
    weekly_capacity: int = 10
    is_senior_streamer: bool = False
    active: bool = True
    note: str = ""


@dataclass(frozen=True)
class AssignmentDTO:
    id: int
    student_id: int
    student_name: str
    mentor_id: int
    mentor_name: str
    stage: Stage
    start_date: date
    end_date: date | None
    note: str = ""


def _dto(row: Mentor, count: int = 0) -> MentorDTO:
    return MentorDTO(row.id, row.name, row.phone, row.specialties, row.enterprise_id,
                     row.enterprise.name if row.enterprise else "", row.weekly_capacity,
                     row.is_senior_streamer, row.active, row.note, row.version, count)


def _check(data: MentorInput) -> dict:
    c = Checker()
    values = dict(
        name=c.text(data.name, "导师姓名", "mentor name", required=True, max_len=60),
        phone=c.phone(data.phone), specialties=c.text(data.specialties, "专长", "specialties", max_len=200),
        enterprise_id=data.enterprise_id, weekly_capacity=data.weekly_capacity,
        is_senior_streamer=bool(data.is_senior_streamer), active=bool(data.active),
        note=c.prose(data.note, "备注", "note", max_len=2000))
    if not 0 <= data.weekly_capacity <= 100:
        c.add("每周带训上限", "应在0到100场之间。", "must be between 0 and 100 sessions.", "weekly capacity")
    c.raise_if_any()
    return values


def _check_enterprise(s, enterprise_id: int | None) -> None:
    if enterprise_id is not None:
        row = s.get(EnterpriseClient, enterprise_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError.of("所属企业", "所选企业不存在，请重新选择。",
                                     "the chosen enterprise does not exist.", "enterprise")


def create_mentor(db: Database, actor: Actor, data: MentorInput) -> MentorDTO:
    require_role(actor, *STAFF, action_zh="新建导师", action_en="create a mentor")
    values = _check(data)
    with db.transaction() as s:
        _check_enterprise(s, values["enterprise_id"])
        return _dto(insert_row(s, actor, Mentor(**values)))


def update_mentor(db: Database, actor: Actor, mentor_id: int, version: int | None,
                  data: MentorInput) -> MentorDTO:
    require_role(actor, *STAFF, action_zh="修改导师", action_en="edit a mentor")
    values = _check(data)
    with db.transaction() as s:
        row = load_versioned(s, Mentor, mentor_id, version, "导师", "mentor")
        _check_enterprise(s, values["enterprise_id"])
        return _dto(update_row(s, actor, row, values))


def delete_mentor(db: Database, actor: Actor, mentor_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除导师", action_en="delete a mentor")
    with db.transaction() as s:
        soft_delete_row(s, actor, load_versioned(s, Mentor, mentor_id, version, "导师", "mentor"))


def _current_counts():
    return (select(MentorAssignment.mentor_id, func.count().label("n"))
            .where(MentorAssignment.end_date.is_(None), MentorAssignment.deleted_at.is_(None))
            .group_by(MentorAssignment.mentor_id).subquery())


def list_mentors(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[MentorDTO]:
    """Live mentors (deleted ones too with query.include_deleted); search by name or
    specialties; filters "active" (True/False) and "assignable" (True: live and active,
    the choices for an assignment or a booking, whatever include_deleted says)."""
    require_role(actor, *EVERYONE)
    counts = _current_counts()
    stmt = select(Mentor, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.mentor_id == Mentor.id)
    if not query.include_deleted:
        stmt = stmt.where(Mentor.deleted_at.is_(None))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Mentor.name.like(p, escape="\\"), Mentor.specialties.like(p, escape="\\")))
    if "active" in query.filters:
        stmt = stmt.where(Mentor.active.is_(bool(query.filters["active"])))
    if query.filters.get("assignable"):
        stmt = stmt.where(Mentor.deleted_at.is_(None), Mentor.active.is_(True))
    with db.read() as s:
        rows, total = page(s, stmt, query, {"name": Mentor.name, "students": func.coalesce(counts.c.n, 0)},
                           Mentor.name, Mentor.id)
        return Page(tuple(_dto(r, n) for r, n in rows), total, query.offset)


def get_mentor(db: Database, actor: Actor, mentor_id: int) -> MentorDTO:
    """One live mentor with the number of students they guide now (for the edit dialog)."""
    require_role(actor, *EVERYONE)
    counts = _current_counts()
    with db.read() as s:
        row = load_versioned(s, Mentor, mentor_id, None, "导师", "mentor")
        count = s.scalar(select(counts.c.n).where(counts.c.mentor_id == mentor_id)) or 0
        return _dto(row, count)


def assign_mentor(db: Database, actor: Actor, student_id: int, mentor_id: int, stage: Stage | None = None,
                  on: date | None = None, note: str = "") -> AssignmentDTO:
    """Make `mentor_id` the student's mentor from `on`; the previous assignment is
    closed (kept as history), not overwritten."""
    require_role(actor, *STAFF, action_zh="分配导师", action_en="assign mentors")
    on = on or date.today()
    if stage is Stage.COMPLETED:
        raise ValidationError(_COMPLETED_STAGE)
    with db.transaction() as s:
        student = ensure_student_access(s, actor, student_id)
        problem = _student_problem(student, stage)
        if problem is not None:
            raise ValidationError(problem)
        mentor = s.get(Mentor, mentor_id)
        if (problem := _mentor_problem(mentor, mentor_id)) is not None:
            raise ValidationError(problem)
        current = _open_assignments(s, [student.id]).get(student.id, [])
        return _assign(s, actor, student, mentor, stage or student.stage, on, note, current)


_COMPLETED_STAGE = Problem("阶段", "结业学员不再分配导师，请选择认知、项目或实战实训。",
                           "completed students get no mentor; choose the cognitive, project or live stage.", "stage")


def _assignable(mentor: Mentor | None) -> bool:
    return mentor is not None and mentor.deleted_at is None and mentor.active


def _mentor_problem(mentor: Mentor | None, mentor_id: int, student_name: str = "") -> Problem | None:
    """Why `mentor` cannot take students (deleted, inactive, missing), or None."""
    if _assignable(mentor):
        return None
    who = f"学员“{student_name}”所选的" if student_name else "所选的"
    who_en = f"for {student_name} " if student_name else ""
    if mentor is None:
        return Problem("导师", f"{who}导师（编号 {mentor_id}）不存在，请重新选择。",
                       f"the mentor chosen {who_en}(number {mentor_id}) does not exist; choose another.", "mentor")
    state, state_en = ("已被删除", "was deleted") if mentor.deleted_at is not None else ("已停用", "is inactive")
    return Problem("导师", f"{who}导师“{mentor.name}”{state}，不能再分配学员；请选择在岗的导师，"
                           "或先在“导师”页启用该导师。",
                   f"the mentor chosen {who_en}({mentor.name}) {state_en} and takes no students; choose an "
                   "active mentor, or activate them on the Mentors page first.", "mentor")


def assignable_mentors(db: Database, actor: Actor) -> list[MentorDTO]:
    """The mentors a student or a booking may be given: live and active (在岗), by
    name. Deleted and inactive mentors stay in history (assignment_history,
    list_mentors with include_deleted) but are never offered as a choice.
    Same rows as list_mentors(ListQuery(filters={"assignable": True}, sort="name"))."""
    require_role(actor, *EVERYONE)
    counts = _current_counts()
    with db.read() as s:
        rows = s.execute(select(Mentor, func.coalesce(counts.c.n, 0)).outerjoin(counts, counts.c.mentor_id == Mentor.id)
                         .where(Mentor.deleted_at.is_(None), Mentor.active.is_(True))
                         .order_by(Mentor.name, Mentor.id)).all()
        return [_dto(r, n) for r, n in rows]


def _student_problem(student: Student, stage: Stage | None) -> Problem | None:
    """A withdrawn or completed student gets no mentor — also not through "each
    student's current stage" (`stage` None) when that stage is 结业."""
    if student.status is StudentStatus.WITHDRAWN:
        return Problem("学员", f"学员“{student.name}”已退学，无需分配导师。",
                       f"{student.name} has withdrawn; no mentor is needed.", "student")
    if student.status is StudentStatus.COMPLETED or (stage is None and student.stage is Stage.COMPLETED):
        return Problem("学员", f"学员“{student.name}”已结业，无需分配导师。",
                       f"{student.name} has completed the training; no mentor is needed.", "student")
    return None


def _open_assignments(s, student_ids: Sequence[int]) -> dict[int, list[MentorAssignment]]:
    """The open assignments of each student (oldest first), in one query per 500 students."""
    out: dict[int, list[MentorAssignment]] = {}
    for chunk in in_chunks(student_ids):
        for row in s.scalars(select(MentorAssignment).where(
                MentorAssignment.student_id.in_(chunk), MentorAssignment.end_date.is_(None),
                MentorAssignment.deleted_at.is_(None)).order_by(MentorAssignment.id)):
            out.setdefault(row.student_id, []).append(row)
    return out


def _start_problem(student: Student, current: list[MentorAssignment], mentor_id: int, stage: Stage,
                   on: date) -> Problem | None:
    """A new assignment cannot start before the open one it ends (nothing to check
    when the same mentor keeps the same stage: that changes nothing)."""
    if any(a.mentor_id == mentor_id and a.stage == stage for a in current):
        return None
    latest = max((a.start_date for a in current), default=None)
    if latest is None or on >= latest:
        return None
    return Problem("开始日期", f"学员“{student.name}”的当前导师从 {latest:%Y-%m-%d} 开始指导，"
                   "新导师的开始日期不能早于这一天。",
                   f"{student.name}'s current mentor started on {latest:%Y-%m-%d}; the new mentor cannot "
                   "start earlier.", "start date")


def _assign(s, actor: Actor, student: Student, mentor: Mentor, stage: Stage, on: date,
            note: str, current: list[MentorAssignment]) -> AssignmentDTO:
    """The one rule of (re)assignment: the same mentor in the same stage changes
    nothing; otherwise the open assignments (`current`) end on `on` (kept as
    history) and a new one starts."""
    problem = _start_problem(student, current, mentor.id, stage, on)
    if problem is not None:
        raise ValidationError(problem)
    for old in current:
        if old.mentor_id == mentor.id and old.stage == stage:
            return _assignment_dto(old, student, mentor)
    for old in current:
        update_row(s, actor, old, {"end_date": on})
    row = insert_row(s, actor, MentorAssignment(student_id=student.id, mentor_id=mentor.id, stage=stage,
                                                start_date=on, note=note))
    return _assignment_dto(row, student, mentor)


def assign_cohort(db: Database, actor: Actor, pairs: Sequence[tuple[int, int]], stage: Stage | None = None,
                  on: date | None = None, note: str = "") -> list[AssignmentDTO]:
    """Assign many students at once — (student_id, mentor_id) pairs, e.g. a cohort's
    round-robin proposal after the user's edits. All pairs are checked first and
    every problem is reported; then all are written in one transaction, each by the
    rule of `assign_mentor` (history kept), or none is. `stage` None: each student's
    current stage (a withdrawn or completed student is refused)."""
    require_role(actor, *STAFF, action_zh="分配导师", action_en="assign mentors")
    on = on or date.today()
    c = Checker()
    note = c.prose(note, "备注", "note", max_len=2000)
    pairs = [(int(sid), int(mid)) for sid, mid in pairs]
    if not pairs:
        c.add("学员", "没有要分配的学员，请至少为一名学员选择导师。",
              "there is nothing to assign; choose a mentor for at least one student.", "student")
    if stage is Stage.COMPLETED:
        c.problems.append(_COMPLETED_STAGE)
    with db.transaction() as s:
        student_ids = list(dict.fromkeys(sid for sid, _ in pairs))
        students = {r.id: r for chunk in in_chunks(student_ids)
                    for r in s.scalars(select(Student).where(Student.id.in_(chunk)))}
        mentors = {r.id: r for chunk in in_chunks(list(dict.fromkeys(mid for _, mid in pairs)))
                   for r in s.scalars(select(Mentor).where(Mentor.id.in_(chunk)))}
        current = _open_assignments(s, [sid for sid in student_ids if sid in students])
        seen: set[int] = set()
        for sid, mid in pairs:
            student = students.get(sid)
            if student is None or student.deleted_at is not None:
                c.add("学员", f"编号为 {sid} 的学员不存在或已删除，请重新载入名单。",
                      f"student {sid} does not exist or was deleted; reload the list.", "student")
                continue
            if sid in seen:
                c.add("学员", f"学员“{student.name}”出现了两次，每名学员只能分配一名导师。",
                      f"{student.name} appears twice; a student gets one mentor.", "student")
            seen.add(sid)
            problem = (_student_problem(student, stage) or _mentor_problem(mentors.get(mid), mid, student.name)
                       or _start_problem(student, current.get(sid, []), mid, stage or student.stage, on))
            if problem is not None:
                c.problems.append(problem)
        c.raise_if_any()
        return [_assign(s, actor, students[sid], mentors[mid], stage or students[sid].stage, on, note,
                        current.get(sid, [])) for sid, mid in pairs]


def _assignment_dto(row: MentorAssignment, student: Student, mentor: Mentor) -> AssignmentDTO:
    return AssignmentDTO(row.id, student.id, student.name, mentor.id, mentor.name, row.stage,
                         row.start_date, row.end_date, row.note)


def _histories(s, students: Sequence[Student]) -> dict[int, tuple[AssignmentDTO, ...]]:
    """Each student's assignment history (oldest first), in one query per 500 students."""
    by_id = {st.id: st for st in students}
    out: dict[int, list[AssignmentDTO]] = {sid: [] for sid in by_id}
    for chunk in in_chunks(list(by_id)):
        rows = s.execute(select(MentorAssignment, Mentor).join(Mentor, Mentor.id == MentorAssignment.mentor_id)
                         .where(MentorAssignment.student_id.in_(chunk), MentorAssignment.deleted_at.is_(None))
                         .order_by(MentorAssignment.start_date, MentorAssignment.id)).all()
        for a, m in rows:
            out[a.student_id].append(_assignment_dto(a, by_id[a.student_id], m))
    return {sid: tuple(rows) for sid, rows in out.items()}


def assignment_history(db: Database, actor: Actor, student_id: int) -> list[AssignmentDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        student = ensure_student_access(s, actor, student_id)
        return list(_histories(s, [student])[student.id])


def _accessible_students(s, actor: Actor, student_ids: list[int]) -> list[Student]:
    """The students (with their cohort) in the order given, loaded together; the
    first one the actor may not see raises exactly as `ensure_student_access` does."""
    found: dict[int, Student] = {}
    mine: set[int] | None = None
    for chunk in in_chunks(student_ids):
        found.update((r.id, r) for r in s.scalars(
            select(Student).options(joinedload(Student.cohort)).where(Student.id.in_(chunk))))
    if actor.is_mentor:
        mine = set(s.scalars(mentor_student_ids(actor.mentor_id)))
    for sid in student_ids:
        student = found.get(sid)
        if student is None or student.deleted_at is not None or (mine is not None and sid not in mine):
            ensure_student_access(s, actor, sid)  # raises NotFound or PermissionDenied
    return [found[sid] for sid in student_ids]


@dataclass(frozen=True)
class StudentAssignments:
    """One student with their assignment history (oldest first) — the assign dialog shows it."""
    student_id: int
    student_name: str
    student_number: str
    stage: Stage
    cohort_name: str
    history: tuple[AssignmentDTO, ...]

    @property
    def current(self) -> AssignmentDTO | None:
        return next((a for a in reversed(self.history) if a.end_date is None), None)


def assignment_histories(db: Database, actor: Actor, student_ids: Sequence[int]) -> list[StudentAssignments]:
    """The students (in the order given) with their assignment histories."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        students = _accessible_students(s, actor, list(dict.fromkeys(student_ids)))
        histories = _histories(s, students)
        return [StudentAssignments(st.id, st.name, st.student_number, st.stage,
                                   st.cohort.name if st.cohort else "", histories[st.id]) for st in students]


def current_mentor(db: Database, actor: Actor, student_id: int) -> AssignmentDTO | None:
    history = assignment_history(db, actor, student_id)
    current = [a for a in history if a.end_date is None]
    return current[-1] if current else None
