"""Short videos (短视频): what students publish and how each iteration does.

A video may be an iteration (迭代版) of an earlier video of the same student; the
iterations form chains (第1版 → 第2版 → …). The chain rules: a video cannot be an
iteration of itself, of another student's video or of a deleted one, cannot close
a cycle, and is not published before the video it improves on.

Deleting is soft. The iterations of a deleted video keep their stored link (so a
restore — the undo — brings the chain back exactly); what everyone sees as "iteration
of" is the nearest live ancestor, so the chain reads 第1版 → 第3版 meanwhile.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..db.models import ShortVideo
from ..domain.enums import Platform
from ..errors import NotFound, ValidationError
from .common import (
    EVERYONE,
    ensure_student_access,
    insert_row,
    load_versioned,
    require_role,
    restore_row,
    soft_delete_row,
    update_row,
)
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
    iteration_of_id: int | None  # the nearest live video it iterates on
    version: int
    iteration_of_title: str = ""
    lineage: tuple[int, ...] = ()  # live ids from the original to this video

    @property
    def generation(self) -> int:
        """1 for an original, 2 for its first iteration, …"""
        return max(len(self.lineage), 1)

    @property
    def root_id(self) -> int:
        return self.lineage[0] if self.lineage else self.id


def _chain(rows: dict[int, ShortVideo], row: ShortVideo) -> list[ShortVideo]:
    """The live ancestors of `row`, nearest first (deleted ones skipped; stops at a
    cycle, which the rules never let in, so bad data cannot hang a list)."""
    out, seen = [], {row.id}
    parent_id = row.iteration_of_id
    while parent_id is not None and parent_id not in seen:
        seen.add(parent_id)
        parent = rows.get(parent_id)
        if parent is None:
            break
        if parent.deleted_at is None:
            out.append(parent)
        parent_id = parent.iteration_of_id
    return out


def _video_dto(r: ShortVideo, rows: dict[int, ShortVideo] | None = None) -> VideoDTO:
    ancestors = _chain(rows, r) if rows is not None else []
    parent = ancestors[0] if ancestors else None
    lineage = tuple(a.id for a in reversed(ancestors)) + (r.id,)
    return VideoDTO(r.id, r.student_id, r.title, r.platform, r.published_on, r.views, r.likes, r.comments,
                    parent.id if parent else None, r.version, parent.title if parent else "", lineage)


def _student_rows(s: Session, student_id: int) -> dict[int, ShortVideo]:
    """Every video of a student, deleted ones too (the chains run through them)."""
    return {r.id: r for r in s.scalars(select(ShortVideo).where(ShortVideo.student_id == student_id))}


def _check_input(data: VideoInput) -> str:
    c = Checker()
    title = c.prose(data.title, "视频标题", "video title", required=True, max_len=100)
    for value, zh, en in ((data.views, "播放量", "views"), (data.likes, "点赞数", "likes"),
                          (data.comments, "评论数", "comments")):
        c.non_negative(value, zh, en)
    if data.likes > data.views > 0:
        c.add("点赞数", "不能多于播放量，请核对。", "cannot exceed views.", "likes")
    if data.published_on is not None and data.published_on > date.today():
        c.add("发布日期", f"{data.published_on:%Y-%m-%d} 晚于今天，请填写实际发布的日期。",
              f"{data.published_on:%Y-%m-%d} is in the future; enter the day it was published.", "publish date")
    c.raise_if_any()
    return title


def _iteration_error(zh: str, en: str) -> ValidationError:
    return ValidationError.of("迭代自", zh, en, "iteration of")


def _check_iteration(rows: dict[int, ShortVideo], video_id: int | None, data: VideoInput) -> None:
    """The chain rules for `video_id` (None: a new video) becoming an iteration of
    data.iteration_of_id, and the publish dates along the chain."""
    parent_id = data.iteration_of_id
    if parent_id is not None:
        if parent_id == video_id:
            raise _iteration_error("视频不能是它自己的迭代版，请选择另一个原视频。",
                                   "a video cannot be an iteration of itself.")
        parent = rows.get(parent_id)
        if parent is None:
            raise _iteration_error("所选的原视频不存在或不属于该学员。",
                                   "the original video does not exist or is another student's.")
        if parent.deleted_at is not None:
            raise _iteration_error(f"所选的原视频“{parent.title}”已被删除，请选择另一个。",
                                   f"the original video '{parent.title}' was deleted; choose another.")
        if video_id is not None and any(a.id == video_id for a in _chain(rows, parent)):
            raise _iteration_error(f"“{parent.title}”本身就是这个视频的迭代版，"
                                   "不能反过来作为它的原视频（会形成循环）。",
                                   f"'{parent.title}' is itself an iteration of this video; that would make a cycle.")
        if data.published_on and parent.published_on and data.published_on < parent.published_on:
            raise ValidationError.of(
                "发布日期", f"早于原视频“{parent.title}”的发布日期 {parent.published_on:%Y-%m-%d}，请核对。",
                f"is before the original '{parent.title}' was published ({parent.published_on:%Y-%m-%d}).",
                "publish date")
    if video_id is not None and data.published_on:
        for child in rows.values():
            if child.deleted_at is None and child.published_on and child.published_on < data.published_on:
                ancestors = _chain(rows, child)
                if ancestors and ancestors[0].id == video_id:
                    raise ValidationError.of(
                        "发布日期", f"晚于它的迭代版“{child.title}”的发布日期 {child.published_on:%Y-%m-%d}，请核对。",
                        f"is after its iteration '{child.title}' was published ({child.published_on:%Y-%m-%d}).",
                        "publish date")


def add_video(db: Database, actor: Actor, data: VideoInput) -> VideoDTO:
    require_role(actor, *EVERYONE)
    title = _check_input(data)
    with db.transaction() as s:
        ensure_student_access(s, actor, data.student_id)
        rows = _student_rows(s, data.student_id)
        _check_iteration(rows, None, data)
        row = ShortVideo(student_id=data.student_id, title=title, platform=data.platform,
                         published_on=data.published_on, views=data.views, likes=data.likes,
                         comments=data.comments, iteration_of_id=data.iteration_of_id)
        insert_row(s, actor, row)
        rows[row.id] = row
        return _video_dto(row, rows)


def _load(s: Session, actor: Actor, video_id: int, version: int | None) -> ShortVideo:
    row = load_versioned(s, ShortVideo, video_id, version, "短视频", "short video")
    ensure_student_access(s, actor, row.student_id)
    return row


def get_video(db: Database, actor: Actor, video_id: int) -> VideoDTO:
    require_role(actor, *EVERYONE)
    with db.read() as s:
        row = _load(s, actor, video_id, None)
        return _video_dto(row, _student_rows(s, row.student_id))


def update_video(db: Database, actor: Actor, video_id: int, version: int | None, data: VideoInput) -> VideoDTO:
    require_role(actor, *EVERYONE)
    title = _check_input(data)
    with db.transaction() as s:
        row = _load(s, actor, video_id, version)
        if data.student_id != row.student_id:
            raise ValidationError.of("学员", "不能把视频移到另一名学员名下；请在该学员名下新建。",
                                     "a video cannot be moved to another student; add it there instead.", "student")
        rows = _student_rows(s, row.student_id)
        _check_iteration(rows, video_id, data)
        # Keep a link through deleted videos when the user left "iteration of" as shown.
        shown = _chain(rows, row)
        link = row.iteration_of_id if shown and shown[0].id == data.iteration_of_id else data.iteration_of_id
        update_row(s, actor, row, {"title": title, "platform": data.platform, "published_on": data.published_on,
                                   "views": data.views, "likes": data.likes, "comments": data.comments,
                                   "iteration_of_id": link})
        return _video_dto(row, rows)


def delete_video(db: Database, actor: Actor, video_id: int, version: int | None = None) -> None:
    """Soft-delete a video; its iterations now read as iterations of its original."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        row = _load(s, actor, video_id, version)
        soft_delete_row(s, actor, row)


def restore_video(db: Database, actor: Actor, video_id: int) -> VideoDTO:
    """Bring a deleted video back (the undo of a delete)."""
    require_role(actor, *EVERYONE)
    with db.transaction() as s:
        row = s.get(ShortVideo, video_id)
        if row is None:
            raise NotFound(f"找不到该短视频（编号 {video_id}）。", f"The short video {video_id} does not exist.")
        ensure_student_access(s, actor, row.student_id)
        if row.deleted_at is not None:
            restore_row(s, actor, row)
        return _video_dto(row, _student_rows(s, row.student_id))


def videos_of(db: Database, actor: Actor, student_id: int) -> list[VideoDTO]:
    """A student's live videos in the order they were entered, each with its lineage."""
    require_role(actor, *EVERYONE)
    with db.read() as s:
        ensure_student_access(s, actor, student_id)
        rows = _student_rows(s, student_id)
        return [_video_dto(r, rows) for r in sorted(rows.values(), key=lambda r: r.id) if r.deleted_at is None]


def lineage_order(videos: list[VideoDTO]) -> list[tuple[VideoDTO, int]]:
    """(video, depth) in chain order: each original followed by its iterations
    (depth 0 = an original), originals by id. Pure; for lists and trees."""
    children: dict[int | None, list[VideoDTO]] = {}
    for v in videos:
        children.setdefault(v.iteration_of_id, []).append(v)
    ids = {v.id for v in videos}
    out: list[tuple[VideoDTO, int]] = []

    def walk(v: VideoDTO, depth: int) -> None:
        out.append((v, depth))
        for child in sorted(children.get(v.id, ()), key=lambda c: c.id):
            walk(child, depth + 1)

    for v in sorted(videos, key=lambda v: v.id):
        if v.iteration_of_id is None or v.iteration_of_id not in ids:
            walk(v, 0)
    return out
