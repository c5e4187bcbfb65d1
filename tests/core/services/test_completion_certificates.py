"""The completion-certificate register (结业证书登记): issued once on completion,
numbered per cohort in completion order, never renumbered; revoked by an admin;
verified from the QR text or the number and code."""
from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import CompletionCertificate, StageRecord, Student
from jiarenbase.core.domain.certificate_code import certificate_key, verification_code
from jiarenbase.core.domain.enums import Stage, StudentStatus
from jiarenbase.core.domain.idcard import mask_id
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import audit, completion_certificates as cc, stages
from jiarenbase.core.services.audit_masking import audit_key

REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"


def complete(world, sid: int, on: date) -> None:
    """Sign the three stages off (staff override) on `on`."""
    for _ in range(3):
        stages.sign_off_stage(world.db, world.staff, sid, override_reason=REASON, on=on)


def mark_completed(world, sid: int, on: date | None) -> None:
    """A student who completed without a register row (as an import or old data leaves them)."""
    with world.db.transaction() as s:
        st = s.get(Student, sid)
        st.stage, st.status = Stage.COMPLETED, StudentStatus.COMPLETED
        if on is not None:
            s.add(StageRecord(student_id=sid, stage=Stage.COMPLETED, entered_on=on))


def register(world, ids=None):
    with world.db.read() as s:
        return cc.register_of(s, ids or [st.id for st in world.students])


def test_completion_issues_a_certificate_dated_the_completion_day(world):
    sid = world.students[0].id
    complete(world, sid, date(2024, 10, 29))
    entry = register(world)[sid]
    assert (entry.number, entry.serial, entry.issued_on) == ("JRB-2025-SP-01-001", 1, date(2024, 10, 29))
    assert entry.holder_name == "李小明" and not entry.revoked
    with world.db.read() as s:
        key = certificate_key(audit_key(s, create=False))
    assert entry.code == verification_code(key, entry.number, "李小明", date(2024, 10, 29))
    assert entry.qr == f"JRBCERT:{entry.number}:{entry.code}"
    created = [e for e in audit.list_audit(world.db, world.admin, entity="completion_certificate")
               if e.action == "create"]
    assert len(created) == 1 and created[0].username == "jiaowu"


def test_numbers_and_dates_never_move_when_a_classmate_completes(world):
    a, b, c = (st.id for st in world.students[:3])
    complete(world, b, date(2024, 10, 29))
    first = register(world)
    complete(world, a, date(2024, 11, 5))  # a smaller id completing later takes the next number
    mark_completed(world, c, date(2024, 9, 1))  # completed earlier, registered only now
    with world.db.transaction() as s:
        cc.ensure_register(s, world.admin, [a, b, c])
        cc.ensure_register(s, world.admin, [a, b, c])  # idempotent
    after = register(world)
    assert after[b] == first[b]
    assert (after[a].number, after[a].issued_on) == ("JRB-2025-SP-01-002", date(2024, 11, 5))
    assert (after[c].number, after[c].issued_on) == ("JRB-2025-SP-01-003", date(2024, 9, 1))


def test_ensure_register_numbers_in_completion_order_then_id(world):
    a, b, c, d = (st.id for st in world.students)
    mark_completed(world, d, date(2024, 6, 1))
    mark_completed(world, b, date(2024, 7, 1))
    mark_completed(world, a, date(2024, 7, 1))
    mark_completed(world, c, None)  # no completion record: dated today, so last
    with world.db.transaction() as s:
        cc.ensure_register(s, world.admin, [a, b, c, d])
    got = register(world)
    assert [got[x].serial for x in (d, a, b, c)] == [1, 2, 3, 4]
    assert got[c].issued_on == date.today()
    with world.db.transaction() as s:  # an existing row is returned unchanged
        row = cc.issue_on_completion(s, world.admin, s.get(Student, a), date(2030, 1, 1))
        assert (row.number, row.issued_on) == (got[a].number, date(2024, 7, 1))


def test_students_not_completed_get_nothing(world):
    with world.db.transaction() as s:
        cc.ensure_register(s, world.admin, [st.id for st in world.students])
    assert register(world) == {}


def test_verify_valid_shows_masked_facts_only(world):
    sid = world.students[0].id
    complete(world, sid, date(2024, 10, 29))
    entry = register(world)[sid]
    for text in (entry.qr, f"{entry.number} {entry.code}", f"{entry.number.lower()} {entry.code[:4].lower()}-"
                 f"{entry.code[4:].lower()}", f"JRBCERT：{entry.number}：{entry.code}"):
        v = cc.verify(world.db, text)
        assert v.valid and v.status.zh == "有效", text
    with world.db.read() as s:
        full_id = s.get(Student, sid).id_number
    assert (v.holder, v.id_number) == ("李**", mask_id(full_id))
    assert (v.cohort_name, v.cohort_code, v.issued_on) == ("2025春季主播班", "2025-SP-01", date(2024, 10, 29))
    assert "李小明" not in repr(v) and full_id not in repr(v)


def test_verify_unknown_mismatch_and_unreadable(world):
    sid = world.students[0].id
    complete(world, sid, date(2024, 10, 29))
    entry = register(world)[sid]
    unknown = cc.verify(world.db, "JRB-2025-SP-01-999 " + entry.code)
    assert unknown.status is cc.VerifyStatus.UNKNOWN and not unknown.holder
    wrong = "00000000" if entry.code != "00000000" else "11111111"
    mismatch = cc.verify(world.db, f"{entry.number} {wrong}")
    assert mismatch.status.zh == "核验码不符" and not mismatch.holder and not mismatch.id_number
    for text in ("", "JRB-2025-SP-01-001", "JRBCERT:only-one-part"):
        with pytest.raises(ValidationError) as info:
            cc.verify(world.db, text)
        assert "核验内容" in info.value.fields and "扫码得到的整段文字" in info.value.zh


def test_mask_name():
    assert [cc.mask_name(n) for n in ("陆一", "欧阳明月", "王", "")] == ["陆*", "欧***", "王*", ""]


def test_revoke_needs_an_admin_and_a_reason(world):
    sid = world.students[0].id
    complete(world, sid, date(2024, 10, 29))
    number = register(world)[sid].number
    with pytest.raises(PermissionDenied) as info:
        cc.revoke(world.db, world.staff, number, "材料造假，撤销证书")
    assert "管理员" in info.value.zh
    with pytest.raises(ValidationError) as info:
        cc.revoke(world.db, world.admin, number, " 造假 ")
    assert info.value.fields == ["撤销原因"] and "至少6个字" in info.value.zh
    with pytest.raises(NotFound):
        cc.revoke(world.db, world.admin, "JRB-NONE-001", "材料造假，撤销证书")

    entry = cc.revoke(world.db, world.admin, number.lower(), "学籍材料不实，经基地会议决定撤销")
    assert entry.revoked and entry.revoked_on == date.today() and entry.revoke_reason.startswith("学籍材料不实")
    v = cc.verify(world.db, entry.qr)
    assert v.status is cc.VerifyStatus.REVOKED and not v.valid
    assert (v.revoked_on, v.revoke_reason, v.holder) == (date.today(), "学籍材料不实，经基地会议决定撤销", "李**")
    with pytest.raises(ValidationError) as info:
        cc.revoke(world.db, world.admin, number, "再撤销一次看看")
    assert "已于" in info.value.zh and "无需再次撤销" in info.value.zh
    [entry_log] = [e for e in audit.list_audit(world.db, world.admin, entity="completion_certificate")
                   if e.action == "revoke"]
    assert entry_log.after["revoke_reason"] == "学籍材料不实，经基地会议决定撤销"


def test_two_desktops_issuing_at_once_queue(world, monkeypatch):
    """Both see their student unregistered, then issue at the same moment: one waits
    for the other's lock and takes the next serial; neither fails."""
    ids = [st.id for st in world.students[:2]]
    for sid in ids:
        mark_completed(world, sid, date(2024, 10, 1))
    real, start, errors = cc._unregistered, threading.Barrier(2), []
    seen = threading.local()

    def unregistered(s, student_ids):
        found = real(s, student_ids)
        if not getattr(seen, "waited", False):
            seen.waited = True
            start.wait(timeout=10)  # both have checked before either locks
        return found

    monkeypatch.setattr(cc, "_unregistered", unregistered)

    def issue(sid):
        try:
            with world.db.transaction() as s:
                cc.ensure_register(s, world.admin, [sid])
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=issue, args=(sid,)) for sid in ids]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=20)
    assert errors == []
    with world.db.read() as s:
        serials = sorted(s.scalars(select(CompletionCertificate.serial)))
    assert serials == [1, 2]
