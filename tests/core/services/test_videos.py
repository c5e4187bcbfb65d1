"""Short videos: edit, delete/restore, the iteration chain rules, lineage, mentor scope."""
from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from jiarenbase.core.db.models import ShortVideo
from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from jiarenbase.core.services import videos
from jiarenbase.core.services.videos import VideoInput


def add(world, title, parent=None, student=None, actor=None, on=None, **kw):
    return videos.add_video(world.db, actor or world.mentor, VideoInput(
        student_id=student or world.mine[0], title=title, iteration_of_id=parent.id if parent else None,
        published_on=on, **kw))


def as_input(dto, **changes):
    data = VideoInput(dto.student_id, dto.title, dto.platform, dto.published_on, dto.views, dto.likes,
                      dto.comments, dto.iteration_of_id)
    return replace(data, **changes)


def test_a_chain_has_lineage_and_generations(world):
    v1 = add(world, "蟠桃开箱第1版", views=1000)
    v2 = add(world, "蟠桃开箱第2版", v1, views=3000)
    v3 = add(world, "蟠桃开箱第3版", v2)
    other = add(world, "丁蹄试吃")
    listed = {v.id: v for v in videos.videos_of(world.db, world.mentor, world.mine[0])}
    assert listed[v3.id].lineage == (v1.id, v2.id, v3.id) and listed[v3.id].generation == 3
    assert listed[v3.id].iteration_of_title == "蟠桃开箱第2版" and listed[v3.id].root_id == v1.id
    assert listed[v1.id].generation == 1 and listed[v1.id].iteration_of_id is None
    order = videos.lineage_order(list(listed.values()))
    assert [(v.id, depth) for v, depth in order] == [(v1.id, 0), (v2.id, 1), (v3.id, 2), (other.id, 0)]


def test_update_a_video_with_locking(world):
    v1 = add(world, "初版", views=100)
    new = videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(
        v1, title="初版（改）", platform=Platform.KUAISHOU, views=500, likes=40, comments=3))
    assert (new.title, new.platform, new.views, new.likes, new.comments) == (
        "初版（改）", Platform.KUAISHOU, 500, 40, 3)
    with pytest.raises(ConflictError):
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1))
    assert videos.get_video(world.db, world.mentor, v1.id).version == new.version


def test_counts_must_be_non_negative_and_likes_within_views(world):
    v1 = add(world, "初版", views=100)
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1, views=-1, likes=-2, comments=-3))
    assert set(info.value.fields) == {"播放量", "点赞数", "评论数"}
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1, likes=101))
    assert info.value.fields == ["点赞数"]


def test_iteration_of_itself_is_refused(world):
    v1 = add(world, "初版")
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1, iteration_of_id=v1.id))
    assert info.value.fields == ["迭代自"] and "它自己" in info.value.zh


def test_a_cycle_is_refused(world, count_rows):
    v1 = add(world, "第1版")
    v2 = add(world, "第2版", v1)
    v3 = add(world, "第3版", v2)
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1, iteration_of_id=v3.id))
    assert info.value.fields == ["迭代自"] and "循环" in info.value.zh
    with world.db.read() as s:
        assert s.get(ShortVideo, v1.id).iteration_of_id is None
    # re-parenting within the chain without a cycle is fine
    moved = videos.update_video(world.db, world.mentor, v3.id, v3.version, as_input(v3, iteration_of_id=v1.id))
    assert moved.lineage == (v1.id, v3.id)


def test_iteration_of_another_students_video_is_refused_on_update(world):
    mine = add(world, "我的")
    theirs = add(world, "别人的", student=world.theirs[0], actor=world.admin)
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, mine.id, mine.version, as_input(mine, iteration_of_id=theirs.id))
    assert info.value.fields == ["迭代自"]
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.admin, mine.id, mine.version, as_input(mine, student_id=world.mine[1]))
    assert info.value.fields == ["学员"]


def test_publish_dates_follow_the_chain_and_are_not_in_the_future(world):
    v1 = add(world, "第1版", on=date(2025, 5, 10))
    with pytest.raises(ValidationError) as info:
        add(world, "第2版", v1, on=date(2025, 5, 9))
    assert info.value.fields == ["发布日期"] and "早于原视频" in info.value.zh
    v2 = add(world, "第2版", v1, on=date(2025, 5, 12))
    with pytest.raises(ValidationError) as info:
        videos.update_video(world.db, world.mentor, v1.id, v1.version, as_input(v1, published_on=date(2025, 5, 13)))
    assert "晚于它的迭代版“第2版”" in info.value.zh
    with pytest.raises(ValidationError) as info:
        add(world, "明天的", on=date.today() + timedelta(days=1))
    assert info.value.fields == ["发布日期"]
    assert v2.generation == 2


def test_delete_keeps_the_chain_readable_and_restore_brings_it_back(world):
    v1 = add(world, "第1版")
    v2 = add(world, "第2版", v1)
    v3 = add(world, "第3版", v2)
    videos.delete_video(world.db, world.mentor, v2.id, v2.version)
    listed = {v.id: v for v in videos.videos_of(world.db, world.mentor, world.mine[0])}
    assert set(listed) == {v1.id, v3.id}
    assert listed[v3.id].iteration_of_id == v1.id and listed[v3.id].lineage == (v1.id, v3.id)
    with pytest.raises(ValidationError) as info:  # a deleted video cannot be chosen as an original
        add(world, "第4版", v2)
    assert "已被删除" in info.value.zh
    # saving v3 as shown keeps its stored link through the deleted video
    videos.update_video(world.db, world.mentor, v3.id, listed[v3.id].version, as_input(listed[v3.id], views=9))
    with world.db.read() as s:
        assert s.get(ShortVideo, v3.id).iteration_of_id == v2.id
    restored = videos.restore_video(world.db, world.mentor, v2.id)
    assert restored.lineage == (v1.id, v2.id)
    assert videos.get_video(world.db, world.mentor, v3.id).lineage == (v1.id, v2.id, v3.id)
    with pytest.raises(NotFound):
        videos.get_video(world.db, world.mentor, 9999)
    with pytest.raises(NotFound):
        videos.restore_video(world.db, world.mentor, 9999)


def test_mentor_scope_on_every_video_call(world, count_rows):
    theirs = add(world, "别人的", student=world.theirs[0], actor=world.other_mentor)
    for call in (lambda: videos.get_video(world.db, world.mentor, theirs.id),
                 lambda: videos.update_video(world.db, world.mentor, theirs.id, None, as_input(theirs, title="改")),
                 lambda: videos.delete_video(world.db, world.mentor, theirs.id),
                 lambda: videos.restore_video(world.db, world.mentor, theirs.id),
                 lambda: videos.videos_of(world.db, world.mentor, world.theirs[0]),
                 lambda: add(world, "偷偷加", student=world.theirs[0])):
        with pytest.raises(PermissionDenied):
            call()
    assert videos.get_video(world.db, world.other_mentor, theirs.id).title == "别人的"
    assert videos.get_video(world.db, world.staff, theirs.id).title == "别人的"
    assert count_rows(ShortVideo) == 1
