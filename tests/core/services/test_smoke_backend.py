from jiarenbase.core.services import rooms, sessions


def test_fresh_database_has_ten_rooms_and_default_rubric(db, admin):
    assert [r.name for r in rooms.list_rooms(db, admin)][:2] == ["1号直播间", "2号直播间"]
    assert len(rooms.list_rooms(db, admin)) == 10
    assert [c.name for c in sessions.list_criteria(db, admin)] == [n for n, _ in sessions.DEFAULT_CRITERIA]
