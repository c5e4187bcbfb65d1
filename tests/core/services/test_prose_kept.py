"""Free text is kept as typed (issue 17): remarks, data reviews, notes, titles and
comments keep their line breaks and full-width punctuation; only control characters
and lone surrogates go. Identifiers (names, codes, student numbers, phones) are still
normalised. Runs on SQLite and, when configured, on PostgreSQL."""
from __future__ import annotations

from datetime import date, datetime

import pytest

from jiarenbase.core.domain.enums import SessionKind
from jiarenbase.core.errors import ValidationError
from jiarenbase.core.services import (
    attendance,
    clients,
    cohorts,
    enrolment,
    mentors,
    organisations,
    scripts,
    sessions,
    talent_pool,
    videos,
)
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.core.services.validation import Checker

REMARK = "第一行：多练习！\n第二行，注意节奏。"
TYPED = "  第一行：多练习！\r\n第二行，注意节奏。\x00\x07 \n"  # as pasted: CRLF, controls, outer blanks


def test_prose_check_keeps_what_was_typed():
    c = Checker()
    assert c.prose(TYPED, "导师点评", "mentor remarks") == REMARK
    assert c.prose("Ａ：\ud800Ｂ\t（注）", "备注", "note") == "Ａ：Ｂ\t（注）"  # lone surrogate gone, full-width kept
    assert c.prose(None, "备注", "note") == "" and not c.problems
    c.prose(" \n ", "话术标题", "script title", required=True)
    c.prose("字" * 11, "备注", "note", max_len=10)
    assert [(p.field, p.zh[:3]) for p in c.problems] == [("话术标题", "不能为"), ("备注", "太长（")]
    assert Checker().text("第二行：多练习！", "姓名", "name") == "第二行:多练习!"  # identifiers stay normalised


def _session(world, **kw) -> sessions.SessionInput:
    start = datetime(2025, 5, 6, 14)
    return sessions.SessionInput(kind=SessionKind.LIVE_SESSION, student_id=world.mine[0], started_at=start,
                                 ended_at=start.replace(hour=16), **kw)


def test_session_remarks_review_and_products_round_trip(world):
    dto = sessions.log_session(world.db, world.mentor, _session(
        world, products="金山蟠桃、枫泾黄酒（礼盒）", mentor_remarks=TYPED, review_notes=TYPED))
    assert (dto.mentor_remarks, dto.review_notes, dto.products) == (REMARK, REMARK, "金山蟠桃、枫泾黄酒（礼盒）")
    listed = sessions.list_sessions(world.db, world.mentor, ListQuery(filters={"student_id": world.mine[0]}))
    assert [(x.mentor_remarks, x.review_notes) for x in listed.rows] == [(REMARK, REMARK)]
    again = sessions.update_session(world.db, world.mentor, dto.id, dto.version,
                                    _session(world, mentor_remarks=REMARK + "\n\n第四行！", review_notes=""))
    got = sessions.get_session(world.db, world.mentor, dto.id)
    assert got.mentor_remarks == again.mentor_remarks == REMARK + "\n\n第四行！" and got.review_notes == ""
    with pytest.raises(ValidationError) as exc:
        sessions.log_session(world.db, world.mentor, _session(world, review_notes="长" * 5001))
    assert exc.value.problems[0].field == "数据复盘"


def test_notes_and_titles_are_kept_identifiers_normalised(world, id_number):
    db, admin = world.db, world.admin
    # identifiers: still normalised
    st = enrolment.create_student(db, admin, enrolment.StudentInput(
        name="张 三", id_number=id_number(50), student_number="Ｓ０９９", phone="139 1234 5678", skills="剪辑，ＰＳ",
        note=TYPED))
    assert (st.name, st.student_number, st.phone, st.skills) == ("张三", "S099", "13912345678", "剪辑,PS")
    assert enrolment.get_student(db, admin, st.id).note == REMARK
    cohort = cohorts.create_cohort(db, admin, cohorts.CohortInput(
        code="ＺＢ２０２６１２-０１", name="主播班", school_id=world.school.id, note=TYPED))
    assert cohort.code == "ZB202612-01" and cohorts.get_cohort(db, admin, cohort.id).note == REMARK
    # prose: kept
    mentor = mentors.create_mentor(db, admin, mentors.MentorInput(name="李导师", note=TYPED))
    assert mentors.get_mentor(db, admin, mentor.id).note == REMARK
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="枫泾学校", note=TYPED))
    assert organisations.get_school(db, admin, school.id).note == REMARK
    client = organisations.create_client(db, admin, organisations.ClientInput(name="蟠桃公司", note=TYPED))
    assert organisations.get_client(db, admin, client.id).note == REMARK
    agreement = clients.add_service_agreement(db, admin, clients.AgreementInput(
        student_id=world.mine[0], service_months=0, special_training_fee_paid=False, employer_client_id=client.id,
        start_date=date(2025, 7, 1), note=TYPED))
    assert clients.get_service_agreement(db, admin, agreement).note == REMARK
    clients.add_training_order(db, admin, client.id, "直播带货（第一期）：入门", 10, 8, note=TYPED)
    order = clients.client_outcomes(db, admin, client.id).orders[0]
    assert (order.title, order.note) == ("直播带货（第一期）：入门", REMARK)
    lesson = attendance.create_module(db, admin, world.cohort.id, attendance.ModuleInput(
        title="认知课：直播是什么？", scheduled_on=date(2025, 3, 3)))
    assert lesson.title == "认知课：直播是什么？"
    video = videos.add_video(db, admin, videos.VideoInput(student_id=world.mine[0], title="第一条！蟠桃，开箱"))
    assert video.title == "第一条！蟠桃，开箱"
    script = scripts.create_script(db, world.mentor, world.mine[0], "开场话术：留人！", "金山蟠桃（礼盒）", TYPED)
    assert (script.title, script.product) == ("开场话术：留人！", "金山蟠桃(礼盒)")  # the product is a label
    assert script.versions[-1].body == REMARK


def test_talent_pool_note_kept_skills_normalised(world):
    world_db, admin, sid = world.db, world.admin, world.students[3].id
    st = enrolment.get_student(world_db, admin, sid)
    talent_pool.update_talent_file(world_db, admin, sid, st.version, "剪辑，ＰＳ", True)
    assert enrolment.get_student(world_db, admin, sid).skills == "剪辑,PS"
