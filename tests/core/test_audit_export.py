"""The 操作日志 Excel export: every entry the filters keep (not only a page), before and
after masked like the page, text never a formula, local times, the filters noted; a
workbook open in Excel is said plainly; Cancel and a refused role leave no file."""
from __future__ import annotations

import json
import re
from datetime import datetime, timedelta, timezone
from unittest.mock import patch

import pytest
from openpyxl import load_workbook

from jiarenbase.core import audit_export, output_files
from jiarenbase.core.audit_export import HEADERS, export_audit
from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import PermissionDenied
from jiarenbase.core.services import audit, common
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.progress import Cancelled

FULL_ID = "310116200903030290"
FULL_ID_RE = re.compile(r"[1-9][0-9]{16}[0-9Xx]")
CHINA = timezone(timedelta(hours=8))


def write(db, actor, at, action="update", entity="student", entity_id=1, before=None, after=None):
    with patch.object(common, "utcnow", lambda: at), db.transaction() as s:
        common.audit(s, actor, action, entity, entity_id, before, after)


def write_unmasked(db, actor, at, entity_id, before, after):
    """An entry from before snapshots were masked: full values."""
    with db.transaction() as s:
        s.add(AuditEntry(at=at, user_id=actor.user_id, username=actor.username, origin=actor.origin,
                         action="update", entity="student", entity_id=entity_id,
                         before=json.dumps(before, ensure_ascii=False), after=json.dumps(after, ensure_ascii=False)))


def cells(path, sheet="操作日志") -> list[list]:
    ws = load_workbook(path)[sheet]
    return [[c.value for c in row] for row in ws.iter_rows()]


@pytest.fixture
def jiaowu():
    return Actor(user_id=7, username="jiaowu", role=Role.STAFF, origin="desktop jiaowu@DESK-02")


def test_the_filtered_log_is_exported_whole_and_masked(db, admin, jiaowu, tmp_path, monkeypatch):
    monkeypatch.setattr(audit, "EXPORT_CHUNK", 4)  # several chunks
    monkeypatch.setattr(audit, "LOCAL_ZONE", CHINA)
    for n in range(9):
        write(db, admin, datetime(2025, 5, 6, 1, n), "create", "cohort", n, after={"code": f"C{n}"})
    write_unmasked(db, jiaowu, datetime(2025, 5, 6, 2, 30), 42,
                   {"id_number": FULL_ID, "sex": "male", "note": ""},
                   {"id_number": "31011620090303031X", "sex": "female",
                    "note": f"=HYPERLINK(\"http://x\") 家长 13912345678 {FULL_ID}"})
    write(db, jiaowu, datetime(2025, 5, 6, 3, 0), "update", "setting:rooms.opening_hours", None,
          {"open": 8}, {"open": 9})
    write(db, Actor(user_id=None, username="@cli", role=Role.ADMIN, origin="=cmd|' /c calc'!A1"),
          datetime(2025, 5, 6, 4, 0), "backup", "database")
    out = tmp_path / "操作日志_20250506.xlsx"
    seen = []

    n = export_audit(db, admin, out, ListQuery(filters={"action": "create"}, limit=3),
                     progress=lambda *counts: seen.append(counts))
    assert n == 9 and seen[-1] == (9, 9) and len(seen) == 3  # all of them, not the 3 a page shows
    rows = cells(out)
    assert tuple(rows[0]) == HEADERS
    assert [r[6] for r in rows[1:]] == list(range(8, -1, -1))  # newest first
    first = rows[1]
    assert first[1] == datetime(2025, 5, 6, 9, 8)  # local time (UTC+8)
    assert first[2:6] == ["system", None, "新建", "批次"]
    assert first[7] is None and first[8] == "批次编号：C8"
    notes = dict((r[0], r[1]) for r in cells(out, "说明"))
    assert notes["操作"] == "新建" and notes["条数"] == "9" and notes["导出人"] == "system"

    everything = tmp_path / "all.xlsx"
    assert export_audit(db, admin, everything) == 12
    rows = cells(everything)
    cli, setting, student = rows[1], rows[2], rows[3]
    assert cli[2:6] == ["@cli", "=cmd|' /c calc'!A1", "备份", "数据库"]
    assert setting[2:6] == ["jiaowu", "desktop jiaowu@DESK-02", "修改", "设置：直播间开放时间"]
    assert (setting[7], setting[8]) == ("open：8", "open：9")
    assert student[6] == 42
    assert student[7] == "性别：男\n身份证号：310116********0290"
    assert student[8].startswith("性别：女\n身份证号：310116********031X\n备注：=HYPERLINK")
    assert "139****5678" in student[8]
    for row in rows:
        for value in row:
            assert not (isinstance(value, str) and FULL_ID_RE.search(value)), value
    ws = load_workbook(everything)["操作日志"]
    risky = [c for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value[:1] in "=@"]
    assert [c.value for c in risky] == ["@cli", "=cmd|' /c calc'!A1"]
    assert all(c.data_type == "s" and c.quotePrefix for c in risky)  # text, never a formula
    assert all(c.data_type == "s" for row in ws.iter_rows() for c in row if isinstance(c.value, str))


def test_a_workbook_open_in_excel_is_said_plainly(db, admin, tmp_path, monkeypatch):
    write(db, admin, datetime(2025, 5, 6, 8))
    folder = tmp_path / "exports"
    folder.mkdir()
    out = folder / "操作日志.xlsx"
    out.write_bytes(b"the old file")

    def in_use(tmp, target):
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(output_files, "replace_file", in_use)
    with pytest.raises(output_files.FileInUse) as info:
        export_audit(db, admin, out)
    assert "正被其他程序打开" in info.value.zh and str(out) in info.value.zh
    assert out.read_bytes() == b"the old file" and list(folder.iterdir()) == [out]


def test_cancel_and_a_refused_role_leave_no_file(db, admin, tmp_path):
    for n in range(3):
        write(db, admin, datetime(2025, 5, 6, 8, n))
    out = tmp_path / "exports" / "x.xlsx"

    def cancel(_done, _total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        export_audit(db, admin, out, progress=cancel)
    staff = Actor(user_id=3, username="jiaowu", role=Role.STAFF)
    with pytest.raises(PermissionDenied):
        export_audit(db, staff, out)
    assert not out.parent.exists() or list(out.parent.iterdir()) == []


def test_kinds_actions_and_settings_read_in_chinese():
    from jiarenbase.core.audit_text import action_label, entity_label, field_label

    assert [entity_label(e) for e in ("student", "practice_session", "setting:rooms.opening_hours",
                                      "setting:session_csv_mapping:douyin", "setting:new.key", "something")] == \
        ["学员", "实训记录", "设置：直播间开放时间", "设置：直播数据导入列对应 douyin", "设置：new.key", "something"]
    assert entity_label("setting:desktop", "en") == "setting: desktop settings"
    assert [action_label(a) for a in ("create", "update", "delete", "restore", "backup", "print_unmasked", "new")] \
        == ["新建", "修改", "删除", "恢复", "备份", "打印（完整身份证号）", "new"]
    assert (field_label("name", entity="student"), field_label("name", entity="cohort"), field_label("name")) == \
        ("姓名", "批次名称", "名称")
    assert field_label("phone_hmac") == "手机校验值" and field_label("mystery") == "mystery"


def test_filters_are_described_in_words():
    query = ListQuery(filters={"username": "jiaowu", "entity": "setting:", "action": "reveal_id",
                               "entity_id": "12"})
    assert audit_export.describe_filters(query) == [("用户", "jiaowu"), ("对象", "设置"),
                                                    ("操作", "查看完整身份证号"), ("记录编号", "12")]
