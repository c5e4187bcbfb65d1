"""The 操作日志 service: filters (user, kind of record, action, local dates, record
number), paging newest first with the total, the before/after of one entry masked
with Chinese field names, the filters' choices, admin only — on SQLite and PostgreSQL."""
from __future__ import annotations

import json
import re
from contextlib import contextmanager
from datetime import date, datetime, timedelta, timezone
from unittest.mock import patch

import pytest

from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import audit, common, organisations
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery

FULL_ID = "310116200903030290"
FULL_ID_RE = re.compile(r"[1-9][0-9]{16}[0-9Xx]")
CHINA = timezone(timedelta(hours=8))


def write(db, actor, at: datetime, action="update", entity="student", entity_id=1, before=None, after=None):
    """One audit entry written the way services write them, stamped `at` (naive UTC)."""
    with patch.object(common, "utcnow", lambda: at), db.transaction() as s:
        common.audit(s, actor, action, entity, entity_id, before, after)


def write_unmasked(db, actor, at: datetime, action, entity, entity_id, before: dict, after: dict) -> None:
    """An entry as written before snapshots were masked (full values, no chain): what
    an older database may still hold."""
    with db.transaction() as s:
        s.add(AuditEntry(at=at, user_id=actor.user_id, username=actor.username, origin=actor.origin, action=action,
                         entity=entity, entity_id=entity_id, before=json.dumps(before, ensure_ascii=False),
                         after=json.dumps(after, ensure_ascii=False)))


def ids(page) -> list[int]:
    return [r.id for r in page.rows]


def query(**filters) -> ListQuery:
    return ListQuery(filters=filters, limit=1000)


@contextmanager
def china_time():
    with patch.object(audit, "LOCAL_ZONE", CHINA):
        yield


@pytest.fixture
def jiaowu():
    return Actor(user_id=7, username="jiaowu", role=Role.STAFF, origin="desktop jiaowu@DESK-02")


def test_filters_by_user_kind_action_and_record(db, admin, jiaowu):
    at = datetime(2025, 5, 6, 2, 0)
    write(db, admin, at, "create", "student", 1, after={"name": "李小明"})
    write(db, jiaowu, at, "update", "student", 1, {"major": ""}, {"major": "电商"})
    write(db, jiaowu, at, "delete", "cohort", 12, before={"code": "2025-SP-01"})
    write(db, admin, at, "update", "setting:rooms.opening_hours", None, {"open": 8}, {"open": 9})
    write(db, admin, at, "create", "setting:compliance.banned_terms", None, after={"value": ["最"]})
    write(db, admin, at, "create", "settingx", None)  # no colon: not a setting

    every = audit.list_entries(db, admin, query())
    assert every.total == 6 and len(every.rows) == 6
    assert ids(every) == sorted(ids(every), reverse=True)  # newest first

    mine = audit.list_entries(db, admin, query(username="jiaowu"))
    assert [(r.action, r.entity) for r in mine.rows] == [("delete", "cohort"), ("update", "student")]
    assert mine.total == 2 and {r.origin for r in mine.rows} == {"desktop jiaowu@DESK-02"}
    assert audit.list_entries(db, admin, query(entity="student")).total == 2
    assert [r.entity for r in audit.list_entries(db, admin, query(entity="setting:")).rows] == \
        ["setting:compliance.banned_terms", "setting:rooms.opening_hours"]
    assert audit.list_entries(db, admin, query(entity="setting:rooms.opening_hours")).total == 1
    assert audit.list_entries(db, admin, query(action="create")).total == 3
    assert audit.list_entries(db, admin, query(action="create", username="system", entity="student")).total == 1
    for typed in ("12", " 12 ", "#12"):
        assert [r.entity for r in audit.list_entries(db, admin, query(entity_id=typed)).rows] == ["cohort"]
    assert audit.list_entries(db, admin, query(entity_id="")).total == 6
    assert audit.list_entries(db, admin, query(username="nobody")) == audit.Page((), 0, 0)


def test_local_days_are_whole_days_in_the_desktop_zone(db, admin):
    """`at` is naive UTC; a local day in Shanghai runs from 16:00 UTC the day before."""
    stamps = [datetime(2025, 5, 5, 15, 59, 59),  # 05-05 23:59:59 local
              datetime(2025, 5, 5, 16, 0, 0),  # 05-06 00:00:00 local
              datetime(2025, 5, 6, 15, 59, 59, 999999),  # 05-06 23:59:59.999999 local
              datetime(2025, 5, 6, 16, 0, 0)]  # 05-07 00:00:00 local
    for n, at in enumerate(stamps):
        write(db, admin, at, entity_id=n)
    with china_time():
        def on(**filters) -> list[int | None]:
            return sorted(r.entity_id for r in audit.list_entries(db, admin, query(**filters)).rows)

        assert on(date_from=date(2025, 5, 6), date_to=date(2025, 5, 6)) == [1, 2]
        assert on(date_from=date(2025, 5, 6)) == [1, 2, 3]
        assert on(date_to=date(2025, 5, 5)) == [0]
        assert on(date_from="2025-05-07", date_to="2025-05-07") == [3]  # ISO text works too
        assert on(date_from=date(2025, 5, 8)) == []
        rows = audit.list_entries(db, admin, query(entity_id="1")).rows
        assert audit.to_local(rows[0].at) == datetime(2025, 5, 6, 0, 0)


def test_utc_bounds_cover_both_days_in_any_zone():
    start, end = audit.utc_bounds(date(2025, 5, 6), date(2025, 5, 7), CHINA)
    assert (start, end) == (datetime(2025, 5, 5, 16), datetime(2025, 5, 7, 16))
    west = timezone(timedelta(hours=-5))
    assert audit.utc_bounds(date(2025, 1, 1), None, west) == (datetime(2025, 1, 1, 5), None)
    assert audit.utc_bounds(None, date(2024, 12, 31), west) == (None, datetime(2025, 1, 1, 5))
    assert audit.utc_bounds(None, None) == (None, None)


def test_pages_newest_first_with_the_total_and_oldest_first_on_request(db, admin):
    for n in range(25):
        write(db, admin, datetime(2025, 5, 6, 8) + timedelta(minutes=n), entity_id=n)
    first = audit.list_entries(db, admin, ListQuery(limit=10))
    second = audit.list_entries(db, admin, ListQuery(offset=10, limit=10))
    last = audit.list_entries(db, admin, ListQuery(offset=20, limit=10))
    assert (first.total, second.total, last.total) == (25, 25, 25)
    assert [r.entity_id for r in first.rows + second.rows + last.rows] == list(range(24, -1, -1))
    assert last.offset == 20 and len(last.rows) == 5
    oldest = audit.list_entries(db, admin, ListQuery(sort="at", limit=3))
    assert [r.entity_id for r in oldest.rows] == [0, 1, 2]
    newest = audit.list_entries(db, admin, ListQuery(sort="at", descending=True, limit=3))
    assert [r.entity_id for r in newest.rows] == [24, 23, 22]
    filtered = audit.list_entries(db, admin, ListQuery(offset=2, limit=2, filters={"entity_id": "7"}))
    assert filtered.total == 1 and filtered.rows == ()


def test_iter_entries_walks_every_match_in_chunks(db, admin, monkeypatch):
    monkeypatch.setattr(audit, "EXPORT_CHUNK", 4)
    for n in range(10):
        write(db, admin, datetime(2025, 5, 6, 8, n), entity="cohort" if n % 2 else "student", entity_id=n,
              after={"n": n})
    seen = []
    walked = list(audit.iter_entries(db, admin, query(entity="student"), lambda *counts: seen.append(counts)))
    assert [row.entity_id for row, _b, _a in walked] == [8, 6, 4, 2, 0]
    assert [after for _r, _b, after in walked] == [{"n": 8}, {"n": 6}, {"n": 4}, {"n": 2}, {"n": 0}]
    assert seen == [(4, 5), (5, 5)]
    oldest = [row.entity_id for row, _b, _a in audit.iter_entries(db, admin, ListQuery(sort="at"))]
    assert oldest == list(range(10))


def test_detail_shows_before_and_after_masked_with_chinese_names(db, admin, jiaowu):
    """An older entry still holding a full ID number, a keyed hash and a mobile in a note
    shows none of them in full."""
    write_unmasked(db, jiaowu, datetime(2025, 5, 6, 8), "update", "student", 3,
                   before={"id_number": FULL_ID, "id_number_hmac": "ab" * 32, "sex": "male", "note": "", "version": 1},
                   after={"id_number": "31011620090303031X", "id_number_hmac": "cd" * 32, "sex": "female",
                          "note": f"家长手机 13912345678，旧证 {FULL_ID}", "version": 2})
    [row] = audit.list_entries(db, admin, query(entity="student")).rows
    detail = audit.audit_detail(db, admin, row.id)
    assert detail.entry == row and detail.entry.origin == "desktop jiaowu@DESK-02"
    by_field = {c.field: c for c in detail.changes}
    assert list(by_field) == ["sex", "id_number", "id_number_hmac", "note", "version"]  # the table's order
    id_number = by_field["id_number"]
    assert (id_number.label, id_number.before) == ("身份证号", "310116********0290")
    assert id_number.after == "310116********031X"
    assert id_number.changed
    assert by_field["id_number_hmac"].label == "身份证号校验值"
    assert by_field["id_number_hmac"].before == "abababab…" and by_field["id_number_hmac"].changed
    assert (by_field["sex"].label, by_field["sex"].before, by_field["sex"].after) == ("性别", "男", "女")
    assert "13912345678" not in by_field["note"].after and "139****5678" in by_field["note"].after
    assert by_field["version"].label == "版本"
    text = repr(detail)
    assert not FULL_ID_RE.search(text) and "ab" * 32 not in text
    english = audit.audit_detail(db, admin, row.id, lang="en")
    assert [c.label for c in english.changes][:3] == ["sex", "ID number", "ID number check value"]
    assert english.changes[0].after == "female"


def test_detail_of_a_one_sided_entry_marks_nothing_changed(db, admin):
    dto = organisations.create_school(db, admin, organisations.SchoolInput(name="上海现代化工职业学院",
                                                                           contact_phone="13800001111"))
    [row] = audit.list_entries(db, admin, query(entity="partner_school")).rows
    detail = audit.audit_detail(db, admin, row.id)
    assert detail.entry.entity_id == dto.id and detail.entry.action == "create"
    by_field = {c.field: c for c in detail.changes}
    assert by_field["name"].label == "名称" and by_field["contact_phone_hmac"].label == "联系电话校验值"
    assert by_field["name"].after == "上海现代化工职业学院" and by_field["name"].before == ""
    assert by_field["contact_phone"].after == "138****1111"
    assert not any(c.changed for c in detail.changes)
    with pytest.raises(NotFound):
        audit.audit_detail(db, admin, row.id + 1000)


def test_choices_list_users_kinds_and_actions_found(db, admin, jiaowu):
    at = datetime(2025, 5, 6, 8)
    write(db, jiaowu, at, "update", "student", 1)
    write(db, admin, at, "update", "setting:rooms.opening_hours", None)
    write(db, admin, at, "create", "setting:compliance.banned_terms", None)
    write(db, admin, at, "backup", "database", None)
    choices = audit.audit_choices(db, admin)
    assert choices.usernames == ("jiaowu", "system")
    assert choices.entities == ("database", "setting:", "student")
    assert choices.actions == ("backup", "create", "update")


def test_bad_filters_name_the_field(db, admin):
    with pytest.raises(ValidationError) as info:
        audit.list_entries(db, admin, query(entity_id="十二"))
    assert info.value.fields == ["记录编号"] and "只填数字" in info.value.zh
    with pytest.raises(ValidationError) as info:
        audit.list_entries(db, admin, query(date_from=date(2025, 5, 7), date_to=date(2025, 5, 6)))
    assert info.value.fields == ["结束日期"]
    with pytest.raises(ValidationError) as info:
        audit.list_entries(db, admin, query(date_from="5月6日"))
    assert info.value.fields == ["开始日期"]


@pytest.mark.parametrize("role", [Role.STAFF, Role.MENTOR])
def test_staff_and_mentors_may_not_read_the_log(db, admin, role):
    write(db, admin, datetime(2025, 5, 6, 8))
    who = Actor(user_id=3, username="someone", role=role, mentor_id=1 if role is Role.MENTOR else None)
    calls = (lambda: audit.list_entries(db, who), lambda: audit.audit_detail(db, who, 1),
             lambda: audit.audit_choices(db, who), lambda: audit.iter_entries(db, who),
             lambda: audit.list_audit(db, who))
    for call in calls:
        with pytest.raises(PermissionDenied) as info:
            call()
        assert "查看操作日志" in info.value.zh and "仅限管理员" in info.value.zh
