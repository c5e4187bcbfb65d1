"""Writing a checked roster (名单导入) into the base: one transaction, idempotent."""
from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import insert, literal, select
from sqlalchemy.orm import Session

from ..db.models import Cohort, PartnerSchool, StageRecord, Student, utcnow
from ..domain.centres import centre_for_district
from ..domain.enums import Stage
from ..domain.text import normalise_text
from ..errors import ImportFileError, ValidationError
from ..importing import read_roster
from ..importing.roster import roster_title
from ..importing.title import school_named_in
from .cohorts import CohortInput, check_cohort
from .common import STAFF, audit, insert_row, require_role
from .context import Actor, Database
from .enrolment import check_school_and_cohort
from .write_races import insert_new, retry_conflicts

CHUNK = 500  # ID numbers per IN (...) query, well below every database's parameter limit


@dataclass(frozen=True)
class ImportOutcome:
    added: int
    skipped_existing: int
    rejected: int
    school_id: int | None = None
    cohort_id: int | None = None
    school_created: bool = False
    cohort_created: bool = False
    warnings: int = 0  # warnings on the rows added (imported and flagged: 提醒)


def enrolled_people(db: Database, numbers: list[str] | None = None) -> dict[str, str]:
    """ID number → "cohort name" of the enrolled people among `numbers` (the importer's
    duplicate check), or of everyone when `numbers` is None. A roster's preview asks
    for its own numbers only: reading all 100,000 students of a city-scale base
    took longer than checking a 5,000-row roster."""
    query = select(Student.id_number, Student.name, Cohort.code).outerjoin(Cohort, Cohort.id == Student.cohort_id)
    with db.read() as s:
        if numbers is None:
            rows = list(s.execute(query))
        else:
            rows = [r for i in range(0, len(numbers), CHUNK)
                    for r in s.execute(query.where(Student.id_number.in_(numbers[i:i + CHUNK])))]
    return {number: f"{code or '未分班'} {name}" for number, name, code in rows}


def require_importer(actor: Actor) -> None:
    """Raise PermissionDenied unless the actor may import rosters (staff and admin)."""
    require_role(actor, *STAFF, action_zh="导入名单", action_en="import a roster")


def preview_roster(db: Database, actor: Actor, path, progress: Callable[[int], None] | None = None):
    """Read and check a roster file against the people already enrolled."""
    require_role(actor, *STAFF, action_zh="导入名单", action_en="import a roster")
    return read_roster(path, enrolled=lambda numbers: enrolled_people(db, numbers), progress=progress)


def school_in_title(db: Database, actor: Actor, path) -> tuple[int, str] | None:
    """(id, name) of the live partner school the roster's title row names
    ("上海中侨职业技术大学 2025届…", full-width forms allowed), or None — to pre-fill
    the wizard's school. A file that cannot be read names none."""
    require_importer(actor)
    try:
        title = roster_title(path)
    except ImportFileError:
        return None
    if not title:
        return None
    with db.read() as s:
        schools = [(row.id, row.name) for row in s.execute(
            select(PartnerSchool.id, PartnerSchool.name).where(PartnerSchool.deleted_at.is_(None)))]
    key = school_named_in(title, schools)
    return next(((i, n) for i, n in schools if i == key), None) if key is not None else None


def check_new_cohort(db: Database, actor: Actor, data: CohortInput) -> None:
    """The new cohort the wizard will create with the students: code, name and dates
    checked (all problems at once, each naming its field), and the code still free."""
    require_importer(actor)
    values = check_cohort(data)
    with db.read() as s:
        if s.scalar(select(Cohort.id).where(Cohort.code == values["code"])) is not None:
            raise _code_used(values["code"])


def _code_used(code: str) -> ValidationError:
    return ValidationError.of("批次编号", f"“{code}”已被使用，请换一个编号（或在列表中选择这个批次）。",
                              f"'{code}' is already used; choose another code (or pick that cohort from the list).",
                              "cohort code")


def _enrolled(s: Session, numbers: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(numbers), CHUNK):
        found.update(s.scalars(select(Student.id_number).where(Student.id_number.in_(numbers[i:i + CHUNK]))))
    return found


WRITE_BATCH = 500  # students per multi-row INSERT (and per ID look-up, well below parameter limits)


def _student_values(d, school_id: int | None, cohort_id: int | None, now: datetime) -> dict:
    """The student row the ORM would write for a draft (the table's other column
    defaults — version 1, status, stage… — are applied by the INSERT itself)."""
    return dict(
        created_at=now, updated_at=now, name=d.name, sex=d.sex, id_number=d.id_number, birth_date=d.birth_date,
        student_number=d.student_number, school_id=school_id, cohort_id=cohort_id, major=d.major,
        class_name=d.class_name, phone=d.phone, hukou_district=d.hukou_district,
        residence_district=d.residence_district,
        shanghai_hukou=centre_for_district(d.hukou_district) is not None,
        left_school_on=d.left_school_on, note=d.remark)


def _insert_students(s: Session, rows: list[dict], today: date) -> int:
    """One batch of new students (an executemany INSERT) and their first stage
    record, 认知 from today (one INSERT … SELECT over the batch's new ids), in the
    caller's transaction; returns how many were added. Building an ORM object per
    student and flushing it made a 5,000-row import several times slower than
    reading the file; nothing else in the session needs these rows as objects.
    A person another import enrolled meanwhile is skipped, not an IntegrityError."""
    ids = insert_new(s, Student.__table__, rows)
    if not ids:
        return 0
    student, stage = Student.__table__.c, StageRecord.__table__.c
    # the stage record's other columns get their defaults (version 1, timestamps…),
    # computed once for the statement
    s.execute(insert(StageRecord.__table__).from_select(
        ["student_id", "stage", "entered_on"],
        select(student.id, literal(Stage.COGNITIVE, stage.stage.type), literal(today, stage.entered_on.type))
        .where(student.id.in_(ids))))
    return len(ids)


def _write_rows(s: Session, actor: Actor, preview, school_id: int | None, cohort_id: int | None,
                progress: Callable[[int, int], None] | None) -> tuple[int, int, int]:
    accepted = preview.accepted
    skipped = len(preview.already_enrolled)
    known = _enrolled(s, [r.draft.id_number for r in accepted])
    added = queued = warnings = 0
    today = date.today()
    now = utcnow()  # one moment for the whole import
    batch: list[dict] = []
    for i, row in enumerate(accepted):
        d = row.draft
        if d.id_number in known:  # enrolled since the preview was made
            skipped += 1
            continue
        batch.append(_student_values(d, school_id, cohort_id, now))
        known.add(d.id_number)
        queued += 1
        warnings += len(row.warnings)
        if len(batch) == WRITE_BATCH:
            added += _insert_students(s, batch, today)
            batch = []
        if progress and (i % 100 == 0 or i == len(accepted) - 1):
            progress(i + 1, len(accepted))
    if batch:
        added += _insert_students(s, batch, today)
    skipped += queued - added  # enrolled by a concurrent import while this one ran: 已在册跳过
    audit(s, actor, "import", Student, None,
          after={"file": _path_text(preview.path), "added": added, "skipped": skipped,
                 "rejected": len(preview.rejected), "warnings": warnings, "school_id": school_id,
                 "cohort_id": cohort_id})
    return added, skipped, warnings


def _path_text(path) -> str:
    """The file's name as text the database can store: a name the console's locale could
    not decode (LANG=C) reaches Python as escaped bytes, read here as UTF-8."""
    return os.fsencode(str(path)).decode("utf-8", "replace")


@retry_conflicts  # a race for a unique key runs the whole import again (write_races.py)
def import_rows(db: Database, actor: Actor, preview, school_id: int | None, cohort_id: int | None,
                progress: Callable[[int, int], None] | None = None) -> ImportOutcome:
    """Write a preview's accepted rows into an existing school and cohort, all or nothing.
    A person whose ID number is already enrolled is skipped: importing the same
    file twice adds nobody twice."""
    require_role(actor, *STAFF, action_zh="导入名单", action_en="import a roster")
    with db.transaction() as s:
        check_school_and_cohort(s, {"school_id": school_id, "cohort_id": cohort_id})
        added, skipped, warnings = _write_rows(s, actor, preview, school_id, cohort_id, progress)
    return ImportOutcome(added, skipped, len(preview.rejected), school_id, cohort_id, warnings=warnings)


@retry_conflicts  # two imports creating the same school: the second run finds it
def import_roster(db: Database, actor: Actor, preview, school_name: str, cohort_code: str,
                  progress: Callable[[int, int], None] | None = None, *, cohort_name: str | None = None,
                  start_date: date | None = None, end_date: date | None = None) -> ImportOutcome:
    """The school and cohort are found by name and code, created when missing, and
    written together with the students in ONE transaction. A cohort that belongs to
    another school is refused. When another import creates the same school or cohort
    meanwhile, this one runs again and uses it.

    cohort_name (with start_date/end_date): the wizard's 新建批次 — the cohort must be
    new (an existing code is refused) and is created with that name and those dates.
    Without it (the command line) a missing cohort is named after its code."""
    require_role(actor, *STAFF, action_zh="导入名单", action_en="import a roster")
    school_name, cohort_code = normalise_text(school_name), normalise_text(cohort_code)
    if not school_name:
        raise ValidationError.of("合作院校", "不能为空，请填写院校名称。", "is required.", "partner school")
    values = check_cohort(CohortInput(code=cohort_code, name=cohort_code if cohort_name is None else cohort_name,
                                      start_date=start_date, end_date=end_date))
    with db.transaction() as s:
        # The cohort first: when another import commits both between these two reads, this
        # one then sees the school and not the cohort (and its insert races, then re-runs);
        # the other order could see the cohort without its school and refuse it.
        cohort = s.scalar(select(Cohort).where(Cohort.code == cohort_code))
        if cohort is not None and cohort_name is not None:
            raise _code_used(cohort_code)
        school = s.scalar(select(PartnerSchool).where(PartnerSchool.name == school_name))
        if school is not None and school.deleted_at is not None:
            raise ValidationError.of("合作院校", f"院校“{school_name}”已被删除，请先在回收站恢复，或换一个名称。",
                                     f"school '{school_name}' was deleted; restore it from the trash or use "
                                     "another name.", "partner school")
        if cohort is not None and cohort.deleted_at is not None:
            raise ValidationError.of("批次", f"批次“{cohort_code}”已被删除，请先在回收站恢复或换一个编号。",
                                     f"cohort '{cohort_code}' was deleted; restore it or use another code.", "cohort")
        if cohort is not None and cohort.school_id is not None and (school is None or cohort.school_id != school.id):
            owner = s.get(PartnerSchool, cohort.school_id)
            raise ValidationError.of(
                "批次", f"批次“{cohort_code}”属于“{owner.name if owner else '?'}”，不是“{school_name}”。"
                        "请核对院校名称，或换一个批次编号。",
                f"cohort '{cohort_code}' belongs to another school; check --school or use another cohort code.",
                "cohort")
        made_school = made_cohort = False
        if not preview.accepted:  # nothing to add: create nothing either
            return ImportOutcome(0, len(preview.already_enrolled), len(preview.rejected),
                                 school.id if school else None, cohort.id if cohort else None)
        if school is None:
            school = insert_row(s, actor, PartnerSchool(name=school_name))
            made_school = True
        if cohort is None:
            values["school_id"] = school.id
            cohort = insert_row(s, actor, Cohort(**values))
            made_cohort = True
        added, skipped, warnings = _write_rows(s, actor, preview, school.id, cohort.id, progress)
    return ImportOutcome(added, skipped, len(preview.rejected), school.id, cohort.id, made_school, made_cohort,
                         warnings)
