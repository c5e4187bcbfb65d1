"""Deleting short videos, undoable with Ctrl+Z: the shared DeleteCommand, with the
undo going through videos.restore_video (the trash service does not know videos)."""
from __future__ import annotations

from collections.abc import Sequence

from ...core.services import videos
from ..undo import DeleteCommand


def restore_videos(db, actor, video_ids: Sequence[int]) -> list[int]:
    for video_id in video_ids:
        videos.restore_video(db, actor, video_id)
    return list(video_ids)


class DeleteVideoCommand(DeleteCommand):
    def __init__(self, ctx, video_ids: Sequence[int], description: str, on_change=None, on_error=None,
                 owner=None) -> None:
        super().__init__(ctx, "short_video", videos.delete_video, video_ids, description, on_change, on_error,
                         owner=owner)

    def undo(self) -> None:
        self.run(restore_videos, self.record_ids)
