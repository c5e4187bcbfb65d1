"""The audit log: who did what, with before/after JSON; append-only; no secrets."""
from __future__ import annotations

import pytest

from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import audit, enrolment, organisations


def test_create_update_delete_restore_are_audited_with_json(world):
    db, staff = world.db, world.staff
    st = world.students[3]
    new = enrolment.update_student(db, staff, st.id, st.version, enrolment.StudentInput(
        name=st.name, id_number=None, school_id=st.school_id, cohort_id=st.cohort_id, phone=st.phone,
        student_number=st.student_number, major="电子商务"))
    enrolment.delete_student(db, staff, st.id, new.version)
    enrolment.restore_student(db, staff, st.id)
    entries = audit.list_audit(db, world.admin, entity="student", entity_id=st.id)
    assert [e.action for e in entries] == ["restore", "delete", "update", "create"]
    restore, delete, update, create = entries

    assert create.username == "system" and create.before == {}
    assert create.after["name"] == "赵婷婷" and create.after["sex"] == "female"
    # masked like the ID number it comes from (audit_masking): the two in full would give the number back
    assert create.after["birth_date"] == "2004-**-**" and create.after["version"] == 1

    assert update.username == "jiaowu"
    assert update.before["major"] == "" and update.after["major"] == "电子商务"
    assert update.before["version"] == 1 and update.after["version"] == 2
    assert "name" not in update.after  # only what changed
    assert set(update.after) == set(update.before)

    # a delete records the row as it was before the delete
    assert delete.after == {} and delete.before["major"] == "电子商务"
    assert delete.before["deleted_at"] is None and delete.before["version"] == 2

    assert restore.after["deleted_at"] is None and restore.after["version"] == 4
    assert all(e.at is not None for e in entries)
    assert entries[0].id > entries[-1].id  # newest first


def test_only_administrators_read_the_audit_log(world):
    """The audit log holds the before/after of every change: only admin may read it
    (staff may not reveal an ID number, so they may not read it here either)."""
    for who in (world.mentor, world.staff):
        with pytest.raises(PermissionDenied):
            audit.list_audit(world.db, who)
    assert audit.list_audit(world.db, world.admin, entity="student")


def test_list_audit_filters_and_limits(world):
    db = world.db
    every = audit.list_audit(db, world.admin, limit=1000)
    assert {"partner_school", "cohort", "student", "mentor", "app_user", "mentor_assignment"} <= \
        {e.entity for e in every}
    assert len(audit.list_audit(db, world.admin, limit=3)) == 3
    schools = audit.list_audit(db, world.admin, entity="partner_school")
    assert [(e.action, e.entity_id) for e in schools] == [("create", world.school.id)]


def test_failed_actions_leave_no_audit_entry(world, count_rows):
    from jiarenbase.core.db.models import AuditEntry
    from jiarenbase.core.errors import ValidationError

    before = count_rows(AuditEntry)
    with pytest.raises(ValidationError):
        organisations.create_school(world.db, world.staff, organisations.SchoolInput(name="金山食品工业学校"))
    with pytest.raises(PermissionDenied):
        organisations.create_school(world.db, world.mentor, organisations.SchoolInput(name="新学校"))
    assert count_rows(AuditEntry) == before


def test_audit_username_follows_the_actor(world):
    from jiarenbase.core.services.context import Actor

    someone = Actor(user_id=None, username="张老师", role=Role.STAFF)
    dto = organisations.create_school(world.db, someone, organisations.SchoolInput(name="上海现代化工职业学院"))
    [entry] = audit.list_audit(world.db, world.admin, entity="partner_school", entity_id=dto.id)
    assert entry.username == "张老师"
