"""Sales scripts (话术) with versions, and short videos (短视频)."""
from __future__ import annotations

from datetime import date

import pytest

from jiarenbase.core.db.models import SalesScript, ScriptVersion, ShortVideo
from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.services import scripts, videos


def test_script_versions_are_numbered(world):
    sid = world.mine[0]
    dto = scripts.create_script(world.db, world.mentor, sid, "金山蟠桃开场", "金山蟠桃", "  家人们好，今天给大家带来…  ")
    assert dto.student_id == sid and dto.product == "金山蟠桃"
    assert [(v.version_no, v.body) for v in dto.versions] == [(1, "家人们好，今天给大家带来…")]
    v2 = scripts.add_script_version(world.db, world.mentor, dto.id, "家人们！金山蟠桃现摘现发…", mentor_comment="开头更有力")
    v3 = scripts.add_script_version(world.db, world.staff, dto.id, "第三版")
    assert (v2.version_no, v2.mentor_comment, v3.version_no) == (2, "开头更有力", 3)
    [listed] = scripts.scripts_of(world.db, world.mentor, sid)
    assert [v.version_no for v in listed.versions] == [1, 2, 3]
    with world.db.read() as s:
        assert s.get(SalesScript, dto.id).version == 3  # bumped by each new version
        assert s.get(ScriptVersion, v2.id).author_user_id == world.mentor_user.id


def test_script_validation_writes_nothing(world, count_rows):
    with pytest.raises(ValidationError) as info:
        scripts.create_script(world.db, world.mentor, world.mine[0], "", "", "   ")
    assert set(info.value.fields) == {"话术标题", "话术正文"}
    dto = scripts.create_script(world.db, world.mentor, world.mine[0], "标题", "", "正文")
    with pytest.raises(ValidationError) as info:
        scripts.add_script_version(world.db, world.mentor, dto.id, "")
    assert info.value.fields == ["话术正文"]
    assert count_rows(SalesScript) == 1 and count_rows(ScriptVersion) == 1


def test_mentor_cannot_touch_another_mentors_script(world, count_rows):
    theirs = scripts.create_script(world.db, world.other_mentor, world.theirs[0], "标题", "", "正文")
    with pytest.raises(PermissionDenied):
        scripts.add_script_version(world.db, world.mentor, theirs.id, "改一改")
    with pytest.raises(PermissionDenied):
        scripts.create_script(world.db, world.mentor, world.theirs[0], "标题", "", "正文")
    assert count_rows(ScriptVersion) == 1


def test_videos_and_iterations(world):
    sid = world.mine[0]
    first = videos.add_video(world.db, world.mentor, videos.VideoInput(
        student_id=sid, title="蟠桃开箱", platform=Platform.DOUYIN, published_on=date(2025, 5, 1),
        views=1200, likes=80, comments=12))
    second = videos.add_video(world.db, world.mentor, videos.VideoInput(
        student_id=sid, title="蟠桃开箱（二改）", views=3000, likes=300, iteration_of_id=first.id))
    assert second.iteration_of_id == first.id and second.platform is Platform.DOUYIN
    assert [v.title for v in videos.videos_of(world.db, world.mentor, sid)] == ["蟠桃开箱", "蟠桃开箱(二改)"]


def test_video_validation(world, count_rows):
    sid = world.mine[0]
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="", views=-1, comments=-2))
    assert set(info.value.fields) == {"视频标题", "播放量", "评论数"}
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="x", views=10, likes=11))
    assert info.value.fields == ["点赞数"]
    theirs = videos.add_video(world.db, world.admin, videos.VideoInput(student_id=world.theirs[0], title="别人的"))
    with pytest.raises(ValidationError) as info:
        videos.add_video(world.db, world.mentor, videos.VideoInput(student_id=sid, title="x",
                                                                     iteration_of_id=theirs.id))
    assert info.value.fields == ["迭代自"]
    assert count_rows(ShortVideo) == 1
