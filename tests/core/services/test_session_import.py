"""Importing practice sessions from platform CSV exports; the session form's data."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, PracticeSession, Setting
from jiarenbase.core.domain.enums import Platform, SessionKind
from jiarenbase.core.errors import NotFound, PermissionDenied, ValidationError
from jiarenbase.core.importing.session_csv import read_session_csv
from jiarenbase.core.services import rooms, session_form, session_import
from jiarenbase.core.services.progress import Cancelled
from jiarenbase.core.services.session_import import ImportDefaults

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _table(name: str):
    return read_session_csv(FIXTURES / f"{name}_sessions.csv")


# --- the column mapping, saved once per platform ------------------------------------

def test_mapping_is_saved_once_and_reused_by_everyone(world, count_rows):
    table = _table("kuaishou")
    assert session_import.get_column_mapping(world.db, world.staff, Platform.KUAISHOU) is None
    guessed, from_saved = session_import.suggest_mapping(world.db, world.staff, Platform.KUAISHOU, table.headers)
    assert not from_saved and guessed["学员姓名"] == "student"
    mine = {**guessed, "学员姓名": "", "学号": "student"}  # the user prefers the number
    session_import.save_column_mapping(world.db, world.staff, Platform.KUAISHOU, mine)
    # another desktop, another user (a mentor): the same mapping comes back
    again, from_saved = session_import.suggest_mapping(world.db, world.mentor, Platform.KUAISHOU, table.headers)
    assert from_saved and again == mine
    assert session_import.get_column_mapping(world.db, world.mentor, Platform.KUAISHOU)["学号"] == "student"
    # other platforms are not affected
    assert session_import.get_column_mapping(world.db, world.staff, Platform.DOUYIN) is None
    assert count_rows(Setting, Setting.key == "session_csv_mapping:kuaishou") == 1
    with world.db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.entity == "setting:session_csv_mapping:kuaishou")).one()
        assert entry.username == "jiaowu"


def test_saved_mapping_keeps_other_headers_and_moves_a_field(world):
    session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"观看人数": "viewers", "开播": "start"})
    merged = session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"累计观看人数": "viewers"})
    assert merged == {"开播": "start", "累计观看人数": "viewers"}


def test_new_headers_are_guessed_next_to_saved_ones(world):
    session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"开始": "start"})
    mapping, used = session_import.suggest_mapping(world.db, world.staff, Platform.DOUYIN,
                                                   ["开始", "直播开始时间", "结束时间"])
    assert used and mapping == {"开始": "start", "直播开始时间": "", "结束时间": "end"}


def test_bad_mapping_is_refused_with_the_field(world):
    with pytest.raises(ValidationError) as info:
        session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"a": "nonsense"})
    assert "未知字段" in info.value.zh
    with pytest.raises(ValidationError) as info:
        session_import.save_column_mapping(world.db, world.staff, Platform.DOUYIN, {"a": "gmv", "b": "gmv"})
    assert info.value.fields == ["成交金额"]


# --- preview -----------------------------------------------------------------------

def _preview(world, actor, name="kuaishou", platform=Platform.KUAISHOU, **defaults):
    table = _table(name)
    mapping, _ = session_import.suggest_mapping(world.db, actor, platform, table.headers)
    return session_import.preview_session_import(world.db, actor, table, platform, mapping, ImportDefaults(**defaults))


def test_preview_for_staff_resolves_students_and_rejects_with_reasons(world):
    preview = _preview(world, world.staff)
    by_line = {r.line: r for r in preview.rows}
    assert [r.line for r in preview.accepted] == [2, 3, 5]
    assert by_line[2].data.student_id == world.mine[0] and by_line[2].data.mentor_id == world.mentor_a.id
    assert by_line[5].data.mentor_id == world.mentor_b.id  # the student's own mentor
    assert by_line[2].data.platform is Platform.KUAISHOU and by_line[2].data.kind is SessionKind.LIVE_SESSION
    assert [p.field for p in by_line[4].problems] == ["结束时间"]
    assert "找不到学员“查无此人”" in by_line[6].problems[0].zh


def test_preview_for_a_mentor_only_accepts_their_students(world):
    preview = _preview(world, world.mentor)
    assert [r.line for r in preview.accepted] == [2, 3]
    (wang,) = [r for r in preview.rows if r.line == 5]
    assert "不是您指导的学员" in wang.problems[0].zh
    assert all(r.data.mentor_id == world.mentor_a.id for r in preview.accepted)


def test_default_student_for_a_one_student_export(world):
    preview = _preview(world, world.mentor, "douyin", Platform.DOUYIN, student_id=world.mine[1],
                       kind=SessionKind.MOCK_DRILL, products="金山蟠桃")
    assert [r.line for r in preview.accepted] == [3, 4]
    assert preview.accepted[0].data.student_id == world.mine[1] and preview.accepted[0].data.products == "金山蟠桃"
    summary = [r for r in preview.rows if r.line == 6][0]
    assert summary.skipped and not summary.accepted
    no_default = _preview(world, world.mentor, "douyin", Platform.DOUYIN)
    assert not no_default.accepted and "默认学员" in no_default.rows[0].problems[0].zh


def test_mentor_cannot_choose_another_mentors_student_as_default(world):
    preview = _preview(world, world.mentor, "douyin", Platform.DOUYIN, student_id=world.theirs[0])
    assert preview.mapping_problems and not preview.accepted


def test_preview_with_an_unusable_mapping(world):
    table = _table("douyin")
    preview = session_import.preview_session_import(world.db, world.staff, table, Platform.DOUYIN, {})
    assert [p.field for p in preview.mapping_problems] == ["开始时间", "结束时间"] and not preview.rows


# --- import --------------------------------------------------------------------------

def test_import_writes_accepted_rows_with_audit(world, count_rows):
    preview = _preview(world, world.mentor)
    reports = []
    result = session_import.import_sessions(world.db, world.mentor, preview,
                                            progress=lambda d, t: reports.append((d, t)))
    assert result.count == 2 and reports[-1] == (2, 2)
    assert count_rows(PracticeSession) == 2
    first = result.sessions[0]
    assert first.student_name == "李小明"
    assert first.counts.viewers == 3200 and first.metrics.conversion_rate == 64 / 3200
    with world.db.read() as s:
        actions = [e.action for e in s.scalars(select(AuditEntry).where(AuditEntry.entity == "practice_session"))]
    assert actions.count("create") == 2 and actions.count("import") == 1


def test_importing_the_same_file_twice_skips_what_is_there(world, count_rows):
    session_import.import_sessions(world.db, world.staff, _preview(world, world.staff))
    again = _preview(world, world.staff)
    assert not again.accepted
    assert all(r.skipped for r in again.rows if r.line in (2, 3, 5))
    with pytest.raises(ValidationError):
        session_import.import_sessions(world.db, world.staff, again)
    assert count_rows(PracticeSession) == 3


def test_import_is_all_or_nothing(world, count_rows):
    preview = _preview(world, world.staff)
    # the last accepted row's student is taken from mentor B meanwhile: the mentor import fails on it
    from jiarenbase.core.services import mentors

    mine = _preview(world, world.mentor)
    mentors.assign_mentor(world.db, world.admin, world.mine[1], world.mentor_b.id)
    with pytest.raises(PermissionDenied):
        session_import.import_sessions(world.db, world.mentor, mine)
    assert count_rows(PracticeSession) == 0
    # a row recorded meanwhile by someone else: nothing of the import is written
    world.log(world.theirs[0], day=10, hour=14)
    with world.db.transaction() as s:
        row = s.scalars(select(PracticeSession)).one()
        row.started_at = datetime(2025, 5, 10, 14, 0)
    with pytest.raises(ValidationError) as info:
        session_import.import_sessions(world.db, world.staff, preview)
    assert "第5行" in info.value.zh
    assert count_rows(PracticeSession) == 1


def test_cancel_rolls_back(world, count_rows):
    preview = _preview(world, world.staff)

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        session_import.import_sessions(world.db, world.staff, preview, progress=cancel)
    assert count_rows(PracticeSession) == 0


# --- the session form's data -----------------------------------------------------------

def test_form_data_scoped_to_the_mentor(world):
    data = session_form.session_form_data(world.db, world.mentor)
    assert sorted(s.id for s in data.students) == sorted(world.mine)
    assert [m.name for m in data.mentors] == ["王导师"] and data.default_mentor_id == world.mentor_a.id
    assert [c.name for c in data.criteria][:2] == ["镜头表现", "语言表达"]
    staff = session_form.session_form_data(world.db, world.staff)
    assert len(staff.students) == 4 and staff.default_mentor_id is None
    assert {s.name: s.mentor_id for s in staff.students}["王浩"] == world.mentor_b.id
    with pytest.raises(PermissionDenied):
        session_form.session_form_data(world.db, world.mentor, student_id=world.theirs[0])


def test_form_data_prefills_from_a_booking(world):
    room = rooms.list_rooms(world.db, world.admin)[2]
    booking = rooms.book_room(world.db, world.staff, rooms.BookingInput(
        room.id, datetime(2025, 5, 6, 14), datetime(2025, 5, 6, 16), "实战直播", world.mentor_a.id,
        (world.mine[0], world.mine[1], world.theirs[0])))
    data = session_form.session_form_data(world.db, world.mentor, booking_id=booking.id)
    b = data.booking
    assert b.room_name == room.name and b.start == datetime(2025, 5, 6, 14) and b.mentor_id == world.mentor_a.id
    assert set(b.student_ids) == set(world.mine) and b.kind is SessionKind.LIVE_SESSION  # not 王浩: not theirs
    assert set(session_form.session_form_data(world.db, world.staff, booking_id=booking.id).booking.student_ids) == \
        {*world.mine, world.theirs[0]}
    rooms.cancel_booking(world.db, world.staff, booking.id)
    with pytest.raises(NotFound):
        session_form.session_form_data(world.db, world.mentor, booking_id=booking.id)


def test_kind_of_purpose():
    assert session_form.kind_of_purpose("模拟演练") is SessionKind.MOCK_DRILL
    assert session_form.kind_of_purpose("实战直播 金山蟠桃专场") is SessionKind.LIVE_SESSION
