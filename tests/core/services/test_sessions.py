"""Practice sessions: mock drills and live sessions, their numbers and scores."""
from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, PracticeSession, SessionScore
from jiarenbase.core.domain.enums import Platform, SessionKind
from jiarenbase.core.domain.metrics import SessionCounts
from jiarenbase.core.errors import ConflictError, NotFound, ValidationError
from jiarenbase.core.services import sessions
from jiarenbase.core.services.listing import ListQuery


def _input(world, sid=None, *, counts=SessionCounts(), scores=None, scale=100, start=None, end=None,
           kind=SessionKind.LIVE_SESSION, **kw) -> sessions.SessionInput:
    start = start or datetime(2025, 5, 6, 14)
    return sessions.SessionInput(kind=kind, student_id=sid or world.mine[0], started_at=start,
                                 ended_at=end or start.replace(hour=start.hour + 2), counts=counts,
                                 scores=scores or {}, rubric_scale=scale, **kw)


def test_default_rubric_is_seeded(world):
    names = [c.name for c in sessions.list_criteria(world.db, world.mentor)]
    assert names == ["镜头表现", "语言表达", "话术", "产品讲解", "控场氛围", "临场应变"]


def test_log_session_stores_counts_scores_and_derived_metrics(world):
    ids = world.criterion_ids
    counts = SessionCounts(viewers=2000, peak_concurrent=150, product_clicks=300, orders=45, buyers=40,
                           gmv=Decimal("3600.00"), refunds=Decimal("120.50"), likes=900)
    dto = sessions.log_session(world.db, world.mentor, _input(
        world, counts=counts, scores={ids[0]: 80, ids[1]: 90, ids[2]: 70}, platform=Platform.DOUYIN,
        products="金山蟠桃", mentor_remarks="开场留人明显进步", review_notes="转化率高于上场"))
    assert dto.student_name == "李小明" and dto.mentor_name == "王导师" and dto.platform is Platform.DOUYIN
    assert dto.counts == counts
    m = dto.metrics
    assert m.conversion_rate == pytest.approx(40 / 2000)
    assert m.product_click_rate == pytest.approx(300 / 2000)
    assert m.gpm == pytest.approx(3600 * 1000 / 2000)
    assert m.uv_value == pytest.approx(3600 / 2000)
    assert m.avg_order_value == pytest.approx(3600 / 45)
    assert dto.rubric_average == pytest.approx(80.0)
    assert dto.scores == {ids[0]: 80.0, ids[1]: 90.0, ids[2]: 70.0}
    with world.db.read() as s:
        row = s.get(PracticeSession, dto.id)
        assert row.rubric_average == pytest.approx(80.0)
        assert row.gmv == Decimal("3600.00") and row.refunds == Decimal("120.50")
        assert len(s.scalars(select(SessionScore).where(SessionScore.session_id == dto.id)).all()) == 3
    again = sessions.get_session(world.db, world.mentor, dto.id)
    assert again.metrics == dto.metrics and again.scores == dto.scores and again.counts == counts


def test_five_point_scale_is_averaged_as_percent(world):
    ids = world.criterion_ids
    dto = sessions.log_session(world.db, world.admin, _input(world, scale=5, scores={ids[0]: 4, ids[1]: 5}))
    assert dto.rubric_scale == 5 and dto.rubric_average == pytest.approx(90.0)


def test_no_viewers_means_no_rates_and_no_scores_means_no_average(world):
    dto = sessions.log_session(world.db, world.admin, _input(world))
    assert dto.metrics.conversion_rate is None and dto.metrics.avg_order_value is None
    assert dto.rubric_average is None


@pytest.mark.parametrize("counts, fields, fragment", [
    (SessionCounts(viewers=10, buyers=11, orders=11), ["成交人数"], "成交人数不能大于观看人数"),
    (SessionCounts(viewers=100, buyers=5, orders=4), ["订单数"], "订单数不能少于成交人数"),
    (SessionCounts(viewers=-1), ["观看人数"], "不能为负数"),
    (SessionCounts(viewers=10, peak_concurrent=20), ["最高在线"], "最高在线不能大于观看人数"),
    (SessionCounts(gmv=Decimal("10"), refunds=Decimal("20")), ["退款金额"], "退款金额不能大于成交金额"),
])
def test_impossible_numbers_are_refused(world, counts, fields, fragment, count_rows):
    before = count_rows(PracticeSession), count_rows(AuditEntry)
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.mentor, _input(world, counts=counts))
    assert info.value.fields == fields
    assert fragment in info.value.zh
    assert (count_rows(PracticeSession), count_rows(AuditEntry)) == before


def test_end_before_start_is_refused(world, count_rows):
    start = datetime(2025, 5, 6, 14)
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.mentor, _input(world, start=start, end=start.replace(hour=13)))
    assert info.value.fields == ["结束时间"] and "必须晚于开始时间" in info.value.zh
    assert count_rows(PracticeSession) == 0


@pytest.mark.parametrize("scale, score", [(100, 101), (100, -1), (5, 0), (5, 6), (100, float("nan"))])
def test_scores_outside_the_scale_are_refused(world, scale, score, count_rows):
    ids = world.criterion_ids
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.mentor, _input(world, scale=scale, scores={ids[0]: score}))
    assert info.value.fields == ["镜头表现"]
    assert count_rows(PracticeSession) == 0 and count_rows(SessionScore) == 0


def test_unknown_criterion_and_bad_scale_are_refused(world):
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.admin, _input(world, scores={9999: 50}))
    assert "评分项" in info.value.fields
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.admin, _input(world, scale=10))
    assert info.value.fields == ["评分制"]


def test_unknown_mentor_or_booking_is_refused(world):
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.admin, _input(world, mentor_id=999))
    assert info.value.fields == ["导师"]
    with pytest.raises(ValidationError) as info:
        sessions.log_session(world.db, world.admin, _input(world, booking_id=999))
    assert info.value.fields == ["直播间预约"]


def test_update_session_replaces_scores_and_locks(world):
    ids = world.criterion_ids
    dto = sessions.log_session(world.db, world.mentor, _input(world, scores={ids[0]: 60, ids[1]: 70}))
    new = sessions.update_session(world.db, world.mentor, dto.id, dto.version, _input(
        world, scores={ids[1]: 90, ids[2]: 100}, counts=SessionCounts(viewers=50, buyers=5, orders=5)))
    assert new.scores == {ids[1]: 90.0, ids[2]: 100.0}
    assert new.rubric_average == pytest.approx(95.0)
    assert new.version > dto.version and new.metrics.conversion_rate == pytest.approx(0.1)
    with world.db.read() as s:
        stored = {sc.criterion_id: sc.score for sc in
                  s.scalars(select(SessionScore).where(SessionScore.session_id == dto.id))}
    assert stored == {ids[1]: 90.0, ids[2]: 100.0}
    with pytest.raises(ConflictError) as info:
        sessions.update_session(world.db, world.mentor, dto.id, dto.version, _input(world))
    assert info.value.zh.startswith("此记录已被他人修改")


def test_delete_session(world):
    dto = world.log(world.mine[0], actor=world.mentor)
    sessions.delete_session(world.db, world.mentor, dto.id, dto.version)
    with pytest.raises(NotFound):
        sessions.get_session(world.db, world.mentor, dto.id)
    assert sessions.list_sessions(world.db, world.admin).total == 0
    assert sessions.list_sessions(world.db, world.admin, ListQuery(include_deleted=True)).total == 1


def test_list_sessions_newest_first_search_filters_and_paging(world):
    a, b, c = world.mine[0], world.mine[1], world.theirs[0]
    s1 = world.log(a, day=1)
    s2 = world.log(b, day=3, kind=SessionKind.LIVE_SESSION)
    s3 = world.log(a, day=2, score=95)
    s4 = world.log(c, day=4, mentor_id=world.mentor_b.id)
    page = sessions.list_sessions(world.db, world.staff)
    assert [r.id for r in page.rows] == [s4.id, s2.id, s3.id, s1.id] and page.total == 4
    found = sessions.list_sessions(world.db, world.staff, ListQuery(search="李小明"))
    assert [r.id for r in found.rows] == [s3.id, s1.id]
    assert sessions.list_sessions(world.db, world.staff, ListQuery(search="晓雨")).rows[0].id == s2.id
    p2 = sessions.list_sessions(world.db, world.staff, ListQuery(offset=1, limit=2))
    assert [r.id for r in p2.rows] == [s2.id, s3.id] and p2.total == 4 and p2.offset == 1
    oldest = sessions.list_sessions(world.db, world.staff, ListQuery(sort="started_at"))
    assert oldest.rows[0].id == s1.id
    best = sessions.list_sessions(world.db, world.staff, ListQuery(sort="rubric", descending=True, limit=1))
    assert best.rows[0].id == s3.id
    live = sessions.list_sessions(world.db, world.staff, ListQuery(filters={"kind": SessionKind.LIVE_SESSION}))
    assert [r.id for r in live.rows] == [s2.id]
    by_b = sessions.list_sessions(world.db, world.staff, ListQuery(filters={"mentor_id": world.mentor_b.id}))
    assert [r.id for r in by_b.rows] == [s4.id]
    assert sessions.list_sessions(world.db, world.staff,
                                  ListQuery(filters={"cohort_id": world.cohort.id})).total == 4
    mine = sessions.list_sessions(world.db, world.mentor, ListQuery(search="王浩"))
    assert mine.total == 0  # 王浩 is another mentor's student


def test_unscored_sessions_sort_last_when_best_first_on_every_backend(world):
    unscored = sessions.log_session(world.db, world.admin, _input(world))
    low = world.log(world.mine[0], score=40, day=2)
    high = world.log(world.mine[0], score=90, day=3)
    best = sessions.list_sessions(world.db, world.staff, ListQuery(sort="rubric", descending=True))
    assert [r.id for r in best.rows] == [high.id, low.id, unscored.id]
    worst = sessions.list_sessions(world.db, world.staff, ListQuery(sort="rubric"))
    assert [r.id for r in worst.rows] == [unscored.id, low.id, high.id]


def test_update_steps_the_version_once_and_audits_changed_scores(world):
    from dataclasses import replace as _replace

    from jiarenbase.core.errors import ConflictError
    from jiarenbase.core.services import audit as audit_service

    db, admin = world.db, world.admin
    criteria = sessions.list_criteria(db, admin)
    dto = sessions.log_session(db, admin, _input(world))
    data = _input(world, scores={c.id: 80.0 for c in criteria})
    saved = sessions.update_session(db, admin, dto.id, dto.version, data)
    assert saved.version == dto.version + 1
    swapped = {c.id: (70.0 if i % 2 else 90.0) for i, c in enumerate(criteria)}  # same average, other scores
    again = sessions.update_session(db, admin, saved.id, saved.version, _replace(data, scores=swapped))
    assert again.version == saved.version + 1 and again.scores == swapped
    with pytest.raises(ConflictError):  # a stale editor of the scores alone is refused
        sessions.update_session(db, admin, saved.id, saved.version, data)
    entries = audit_service.list_audit(db, admin, entity="practice_session", entity_id=dto.id)
    assert [e.action for e in entries].count("update_scores") == 2
    unchanged = sessions.update_session(db, admin, again.id, again.version, _replace(data, scores=swapped))
    assert unchanged.version == again.version  # nothing changed: no new version, no audit entry
    latest = audit_service.list_audit(db, admin, entity="practice_session", entity_id=dto.id)
    assert len(latest) == len(entries), (latest[0].action, latest[0].before, latest[0].after)


@pytest.mark.parametrize("descending", [True, False], ids=["newest first", "oldest first"])
def test_every_page_of_a_long_list_matches_the_plain_order_in_both_halves(world, descending):
    """Pages in the far half are read in reverse order and turned back; same-time sessions
    keep the id order; a short last page and a page past the end behave."""
    logged = [world.log(world.mine[i % 2], day=1 + i // 3) for i in range(23)]  # three at each time
    sessions.delete_session(world.db, world.staff, logged[5].id)  # not counted, not shown
    everything = sessions.list_sessions(world.db, world.staff, ListQuery(sort="started_at", descending=descending,
                                                                          limit=10_000))
    assert everything.total == 22
    plain = [r.id for r in everything.rows]
    for offset in range(0, 24):
        for limit in (1, 4, 7):
            got = sessions.list_sessions(world.db, world.staff, ListQuery(sort="started_at", descending=descending,
                                                                           offset=offset, limit=limit))
            assert [r.id for r in got.rows] == plain[offset:offset + limit], (offset, limit)
            assert got.total == 22
