"""Audit snapshots hold no full ID or phone number (操作日志脱敏): the value is masked
beside a keyed hash, so an administrator can still prove which value was set; the
full value lives only in the record. Entries written before revision 0007 are
masked by the migration, which then chains them."""
from __future__ import annotations

import json
import re

import pytest
from sqlalchemy import select, text

from jiarenbase.core.db.audit_chain import verify_chain
from jiarenbase.core.db.engine import create_engine
from jiarenbase.core.db.migrate import upgrade
from jiarenbase.core.db.models import Setting, Student
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.domain.idcard import check_char, mask_id
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import audit_integrity, enrolment, organisations
from jiarenbase.core.services.audit_masking import SECRET_KEY_SETTING
from jiarenbase.core.services.context import Actor, Database

FULL_ID = "310116200903030290"
OTHER_ID = "31011620090303" + "031" + check_char("31011620090303031")
PHONE = "13912345678"
ID_SHAPE = re.compile(r"[1-9][0-9]{16}[0-9Xx]")


def _audit_text(engine) -> str:
    with engine.connect() as conn:
        return "\n".join(f"{b}\n{a}" for b, a in conn.execute(text("SELECT before, after FROM audit_entry")))


def _entry(engine, action: str, entity: str = "student"):
    with engine.connect() as conn:
        return conn.execute(text("SELECT id, before, after FROM audit_entry WHERE action = :a AND entity = :e "
                                 "ORDER BY id DESC"), {"a": action, "e": entity}).first()


def test_a_new_student_is_audited_masked_with_a_keyed_hash(db: Database, admin):
    enrolment.create_student(db, admin, enrolment.StudentInput(
        name="李小明", id_number=FULL_ID, phone=PHONE, note=f"身份证 {FULL_ID}; 电话 {PHONE}"))
    log = _audit_text(db.engine)
    assert FULL_ID not in log and PHONE not in log and not ID_SHAPE.search(log)
    entry = _entry(db.engine, "create")
    after = json.loads(entry.after)
    assert after["id_number"] == mask_id(FULL_ID) == "310116********0290"
    assert re.fullmatch(r"[0-9a-f]{64}", after["id_number_hmac"])
    assert after["phone"] == "139****5678" and re.fullmatch(r"[0-9a-f]{64}", after["phone_hmac"])
    # the masked number hides exactly its birth date: the snapshot must not hold that in full either
    assert after["birth_date"] == "2009-**-**" and "2009-03-03" not in entry.after
    assert after["note"] == "身份证 310116********0290; 电话 139****5678"  # free text: masked, no hash
    assert "note_hmac" not in after
    with db.read() as s:  # the full value lives in the record
        assert s.scalar(select(Student.id_number)) == FULL_ID


def test_an_admin_can_prove_which_value_was_set(db: Database, admin):
    student = enrolment.create_student(db, admin, enrolment.StudentInput(name="李小明", id_number=FULL_ID))
    created = _entry(db.engine, "create").id
    assert audit_integrity.prove_value(db, admin, created, "id_number", FULL_ID)
    assert audit_integrity.prove_value(db, admin, created, "id_number", " 310116 2009 0303 0290 ")  # as typed
    assert not audit_integrity.prove_value(db, admin, created, "id_number", OTHER_ID)
    # an edit of the number: the entry proves both sides' values, the set one by default
    enrolment.update_student(db, admin, student.id, student.version,
                             enrolment.StudentInput(name="李小明", id_number=OTHER_ID))
    changed = _entry(db.engine, "update")
    assert json.loads(changed.before)["id_number"] == mask_id(FULL_ID)
    assert audit_integrity.prove_value(db, admin, changed.id, "id_number", OTHER_ID)
    assert not audit_integrity.prove_value(db, admin, changed.id, "id_number", FULL_ID)
    # each question is itself in the log, with its answer and no value
    proofs = [json.loads(a) for (a,) in _rows(db.engine, "SELECT after FROM audit_entry WHERE action = 'prove_value'")]
    assert proofs[-2:] == [{"field": "id_number", "matched": True}, {"field": "id_number", "matched": False}]
    assert verify_chain(db.engine).ok


def _rows(engine, sql: str) -> list:
    with engine.connect() as conn:
        return conn.execute(text(sql)).fetchall()


def test_prove_value_is_for_admins_and_names_what_is_wrong(db: Database, admin):
    enrolment.create_student(db, admin, enrolment.StudentInput(name="李小明", id_number=FULL_ID))
    created = _entry(db.engine, "create").id
    staff = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
    with pytest.raises(PermissionDenied):
        audit_integrity.prove_value(db, staff, created, "id_number", FULL_ID)
    with pytest.raises(NotFound, match="99999"):
        audit_integrity.prove_value(db, admin, 99999, "id_number", FULL_ID)
    with pytest.raises(ValidationError, match="name"):
        audit_integrity.prove_value(db, admin, created, "name", "李小明")
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="奉贤中专"))
    with pytest.raises(ValidationError, match="没有记录"):
        audit_integrity.prove_value(db, admin, _entry(db.engine, "create", "partner_school").id, "phone", "1")
    assert school.id


def test_the_key_is_made_once_and_kept_out_of_the_log(db: Database, admin):
    enrolment.create_student(db, admin, enrolment.StudentInput(name="甲", id_number=FULL_ID))
    enrolment.create_student(db, admin, enrolment.StudentInput(name="乙", id_number=OTHER_ID))
    with db.read() as s:
        stored = json.loads(s.get(Setting, SECRET_KEY_SETTING).value)
    assert re.fullmatch(r"[0-9a-f]{64}", stored)
    assert stored not in _audit_text(db.engine)
    assert SECRET_KEY_SETTING not in "".join(e for (e,) in _rows(db.engine, "SELECT entity FROM audit_entry"))


def test_migration_0007_masks_and_chains_the_entries_written_before_it(db_url):
    """A log written at 0006 (full ID and phone numbers, as the issue found it) is
    masked, hashed and chained by the upgrade, with its guard back in place."""
    engine = create_engine(db_url)
    try:
        upgrade(engine, "0006")
        student = {"name": "李小明", "id_number": FULL_ID, "birth_date": "2009-03-03", "phone": PHONE}
        old = [("create", json.dumps(student, ensure_ascii=False), ""),
               ("update", json.dumps({"major": "", "note": f"旧号 {FULL_ID}"}, ensure_ascii=False),
                json.dumps({"major": "电商", "note": ""}, ensure_ascii=False)),
               ("reveal_id", "", "")]
        with engine.begin() as conn:
            for action, after, before in old:
                conn.execute(text("INSERT INTO audit_entry (at, user_id, username, action, entity, entity_id, "
                                  "before, after) VALUES (CURRENT_TIMESTAMP, NULL, 'system', :a, 'student', 1, "
                                  ":b, :af)"), {"a": action, "b": before, "af": after})
        upgrade(engine)
        log = _audit_text(engine)
        assert FULL_ID not in log and PHONE not in log and not ID_SHAPE.search(log)
        rows = _rows(engine, "SELECT id, before, after, origin FROM audit_entry ORDER BY id")
        created = json.loads(rows[0].after)
        assert created["id_number"] == mask_id(FULL_ID) and created["phone"] == "139****5678"
        assert created["birth_date"] == "2009-**-**"
        assert json.loads(rows[1].before) == {"major": "电商", "note": ""}  # untouched text stays as it was
        assert rows[1].before == old[1][2] and rows[2].after == "" and rows[0].origin == ""
        check = verify_chain(engine)
        assert check.ok and check.entries == 3
        db = Database(engine)
        admin = Actor.system()
        assert audit_integrity.prove_value(db, admin, rows[0].id, "id_number", FULL_ID)
        assert audit_integrity.prove_value(db, admin, rows[0].id, "phone", PHONE)
        assert verify_chain(engine).ok  # and the app chains on after the migrated entries
        with pytest.raises(Exception, match="审计日志只能追加"), engine.begin() as conn:
            conn.execute(text("DELETE FROM audit_entry"))
    finally:
        engine.dispose()
