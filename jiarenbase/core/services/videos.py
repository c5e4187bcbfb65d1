"""Short videos (短视频): what students publish and how each iteration does."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from ..db.models import ShortVideo
from ..domain.enums import Platform
from ..errors import ValidationError
from .common import EVERYONE, ensure_student_access, insert_row, require_role
from .context import Actor, Database
from .validation import Checker


@dataclass(frozen=True)
class VideoInput:
    student_id: int
    title: str
    platform: Platform = Platform.DOUYIN
    published_on: date | None = None
    views: int = 0
    likes: int = 0
    comments: int = 0
    iteration_of_id: int | None = None


@dataclass(frozen=True)
class VideoDTO:
    id: int
    student_id: int
    title: str
    platform: Platform
    published_on: date | None
    views: int
    likes: int
    comments: int
    iteration_of_id: int | None
    version: int


def _video_dto(r: ShortVideo) -> VideoDTO:
    return VideoDTO(r.id, r.student_id, r.title, r.platform, r.published_on, r.views, r.likes, r.comments,
                    r.iteration_of_id, r.version)


def add_video(db: Database, actor: Actor, data: VideoInput) -> VideoDTO:
    require_role(actor, *EVERYONE)
    c = Checker()
    title = c.text(data.title, "视频标题", "video title", required=True)
    for value, zh, en in ((data.views, "播放量", "views"), (data.likes, "点赞数", "likes"),
                          (data.comments, "评论数", "comments")):
        c.non_negative(value, zh, en)
    if data.likes > data.views > 0:
        c.add("点赞数", "不能多于播放量，请核对。", "cannot exceed views.", "likes")
    c.raise_if_any()
    with db.transaction() as s:
        ensure_student_access(s, actor, data.student_id)
        if data.iteration_of_id is not None:
            base = s.get(ShortVideo, data.iteration_of_id)
            if base is None or base.student_id != data.student_id:
                raise ValidationError.of("迭代自", "所选的原视频不存在或不属于该学员。",
                                         "the original video does not exist or is another student's.", "iteration of")
        row = ShortVideo(student_id=data.student_id, title=title, platform=data.platform,
                         published_on=data.published_on, views=data.views, likes=data.likes,
                         comments=data.comments, iteration_of_id=data.iteration_of_id)
        return _video_dto(insert_row(s, actor, row, "short_video"))


def videos_of(db: Database, actor: Actor, student_id: int) -> list[VideoDTO]:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        return [_video_dto(r) for r in s.scalars(select(ShortVideo).where(
            ShortVideo.student_id == student_id, ShortVideo.deleted_at.is_(None)).order_by(ShortVideo.id))]
