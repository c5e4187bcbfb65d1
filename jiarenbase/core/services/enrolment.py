"""Students (学员): enrolment, editing and lists. Roster import: roster_import.py."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import case, or_, select

from ..db.models import Cohort, PartnerSchool, StageRecord, Student
from ..domain.enums import Sex, Stage, StudentStatus
from ..domain.idcard import mask_id, parse_id_number
from ..domain.text import normalise_name
from ..errors import ValidationError
from .common import (
    EVERYONE,
    STAFF,
    audit,
    ensure_student_access,
    insert_row,
    load_versioned,
    mentor_student_ids,
    require_role,
    restore_row,
    soft_delete_row,
    update_row,
)
from .context import Actor, Database
from .listing import ListQuery, Page, like_pattern, page
from .validation import Checker
from .write_races import retry_conflicts


@dataclass(frozen=True)
class StudentDTO:
    id: int
    name: str
    sex: Sex
    id_number_masked: str
    birth_date: date
    student_number: str
    school_id: int | None
    school_name: str
    cohort_id: int | None
    cohort_code: str
    major: str
    class_name: str
    phone: str
    hukou_district: str
    residence_district: str
    shanghai_hukou: bool
    left_school_on: date | None
    status: StudentStatus
    stage: Stage
    in_talent_pool: bool
    contact_consent: bool
    skills: str
    note: str
    version: int


@dataclass(frozen=True)
class StudentInput:
    name: str
    id_number: str | None  # None on edit = keep the stored number
    sex: Sex | None = None  # None = from the ID number
    student_number: str = ""
    school_id: int | None = None
    cohort_id: int | None = None
    major: str = ""
    class_name: str = ""
    phone: str = ""
    hukou_district: str = ""
    residence_district: str = ""
    shanghai_hukou: bool = False
    left_school_on: date | None = None
    status: StudentStatus = StudentStatus.ENROLLED
    contact_consent: bool = False
    skills: str = ""
    note: str = ""


def _dto(row: Student) -> StudentDTO:
    return StudentDTO(
        row.id, row.name, row.sex, mask_id(row.id_number), row.birth_date, row.student_number,
        row.school_id, row.school.name if row.school else "", row.cohort_id,
        row.cohort.code if row.cohort else "", row.major, row.class_name, row.phone,
        row.hukou_district, row.residence_district, row.shanghai_hukou, row.left_school_on,
        row.status, row.stage, row.in_talent_pool, row.contact_consent, row.skills, row.note,
        row.version)


def _check(data: StudentInput, *, new: bool) -> dict:
    c = Checker()
    values: dict = dict(
        name=normalise_name(c.text(data.name, "姓名", "name", required=True, max_len=60)),
        student_number=c.text(data.student_number, "学号", "student number", max_len=40),
        school_id=data.school_id, cohort_id=data.cohort_id,
        major=c.text(data.major, "专业", "major", max_len=60),
        class_name=c.text(data.class_name, "班级", "class", max_len=60),
        phone=c.phone(data.phone),
        hukou_district=c.text(data.hukou_district, "户籍区", "hukou district", max_len=20),
        residence_district=c.text(data.residence_district, "居住区", "residence district", max_len=20),
        shanghai_hukou=bool(data.shanghai_hukou), left_school_on=data.left_school_on,
        status=data.status, contact_consent=bool(data.contact_consent),
        skills=c.text(data.skills, "技能", "skills", max_len=500),
        note=c.prose(data.note, "备注", "note", max_len=2000),
    )
    if data.id_number is not None or new:
        try:
            info = parse_id_number(data.id_number or "")
        except ValidationError as exc:
            c.problems.extend(exc.problems)
        else:
            values.update(id_number=info.number, birth_date=info.birth_date)
            if data.sex is not None and data.sex is not info.sex:
                c.add("性别", f"填写为“{data.sex.zh}”，但身份证号显示为“{info.sex.zh}”，请核对。",
                      f"says {data.sex.value} but the ID number says {info.sex.value}; check both.", "sex")
            values["sex"] = info.sex
    c.raise_if_any()
    return values


def check_school_and_cohort(s, values: dict) -> None:
    """ValidationError unless `values`' school_id and cohort_id (when set) name live records."""
    for key, model, label, label_en in (("school_id", PartnerSchool, "合作院校", "partner school"),
                                        ("cohort_id", Cohort, "批次", "cohort")):
        ref = values.get(key)
        if ref is not None:
            row = s.get(model, ref)
            if row is None or row.deleted_at is not None:
                raise ValidationError.of(label, "所选记录不存在，请重新选择。",
                                         "the chosen record does not exist; choose again.", label_en)


def _unique_id(s, id_number: str, exclude: int | None) -> None:
    q = select(Student).where(Student.id_number == id_number)
    if exclude:
        q = q.where(Student.id != exclude)
    other = s.scalar(q)
    if other is not None:
        where = "（已删除，可在回收站恢复）" if other.deleted_at else ""
        raise ValidationError.of("身份证号", f"已登记为学员“{other.name}”{where}，同一人不能重复登记。",
                                 f"already belongs to student {other.name}; a person is enrolled once.",
                                 "ID number")


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def create_student(db: Database, actor: Actor, data: StudentInput) -> StudentDTO:
    require_role(actor, *STAFF, action_zh="登记学员", action_en="enrol a student")
    values = _check(data, new=True)
    with db.transaction() as s:
        _unique_id(s, values["id_number"], None)
        check_school_and_cohort(s, values)
        row = insert_row(s, actor, Student(**values))
        s.add(StageRecord(student_id=row.id, stage=Stage.COGNITIVE, entered_on=date.today()))
        return _dto(row)


@retry_conflicts  # lost a race for a unique key: run again, the check then says so (write_races.py)
def update_student(db: Database, actor: Actor, student_id: int, version: int | None,
                   data: StudentInput) -> StudentDTO:
    require_role(actor, *STAFF, action_zh="修改学员信息", action_en="edit a student")
    values = _check(data, new=False)
    with db.transaction() as s:
        row = load_versioned(s, Student, student_id, version, "学员", "student")
        if "id_number" in values:
            _unique_id(s, values["id_number"], student_id)
        check_school_and_cohort(s, values)
        if data.id_number is None and data.sex is not None and data.sex is not row.sex:
            raise ValidationError.of("性别", f"身份证号显示为“{row.sex.zh}”，不能改为“{data.sex.zh}”。",
                                     "contradicts the ID number.", "sex")
        return _dto(update_row(s, actor, row, values))


def delete_student(db: Database, actor: Actor, student_id: int, version: int | None = None) -> None:
    require_role(actor, *STAFF, action_zh="删除学员", action_en="delete a student")
    with db.transaction() as s:
        soft_delete_row(s, actor, load_versioned(s, Student, student_id, version, "学员", "student"))


def restore_student(db: Database, actor: Actor, student_id: int) -> StudentDTO:
    require_role(actor, *STAFF, action_zh="恢复学员", action_en="restore a student")
    with db.transaction() as s:
        row = s.get(Student, student_id)
        if row is None:
            raise ValidationError.of("学员", "记录不存在。", "no such record.", "student")
        restore_row(s, actor, row)
        return _dto(row)


def get_student(db: Database, actor: Actor, student_id: int) -> StudentDTO:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        return _dto(ensure_student_access(s, actor, student_id))


def reveal_id_number(db: Database, actor: Actor, student_id: int) -> str:
    """The full ID number: admin only, and every look is audited."""
    require_role(actor, *STAFF[:1], action_zh="查看完整身份证号", action_en="see a full ID number")
    with db.transaction() as s:
        row = ensure_student_access(s, actor, student_id)
        audit(s, actor, "reveal_id", Student, row.id)
        return row.id_number


def list_students(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[StudentDTO]:
    require_role(actor, *EVERYONE)
    stmt = select(Student)
    if not query.include_deleted:
        stmt = stmt.where(Student.deleted_at.is_(None))
    if actor.is_mentor:
        stmt = stmt.where(Student.id.in_(mentor_student_ids(actor.mentor_id)))
    if query.search:
        p = like_pattern(query.search)
        stmt = stmt.where(or_(Student.name.like(p, escape="\\"), Student.student_number.like(p, escape="\\"),
                              Student.phone.like(p, escape="\\")))
    for key in ("cohort_id", "school_id", "stage", "status", "in_talent_pool"):
        if key in query.filters:
            stmt = stmt.where(getattr(Student, key) == query.filters[key])
    # Stage sorts in training order (认知 → 项目 → 实战 → 结业), not by its stored code.
    stage_order = case(*((Student.stage == st, i) for i, st in enumerate(Stage)), else_=len(Stage))
    sort = {"name": Student.name, "stage": stage_order, "cohort": Student.cohort_id,
            "student_number": Student.student_number, "birth_date": Student.birth_date}
    with db.read() as s:
        rows, total = page(s, stmt, query, sort, Student.id, Student.id)
        return Page(tuple(_dto(r) for (r,) in rows), total, query.offset)
