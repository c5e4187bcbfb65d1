"""短视频: add or edit one of a student's short videos — title, platform, publish
date, views, likes, comments — and which earlier video it is an iteration of.

The "Iteration of" list holds the student's other videos, leaving out this video
and its own iterations (choosing one of those would make a cycle; the service
refuses it too). The like and comment rates, and the views against the original,
update as the numbers are typed.
"""
# zh_CN: English → 中文
#   Short video → 短视频
#   New short video → 新增短视频
#   Edit short video → 编辑短视频
#   Video title → 视频标题
#   e.g. Peach gift box unboxing, take 2 → 例如：蟠桃礼盒开箱第2版
#   Platform → 平台
#   Publish date → 发布日期
#   Published → 已发布
#   Views → 播放量
#   Likes → 点赞数
#   Comments → 评论数
#   Iteration of → 迭代自
#   The earlier video of this student that this one improves on → 该学员的哪个早先视频的改进版
#   (none: an original video) → （无：原创视频）
#   Version %1 · %2 → 第 %1 版 · %2
#   Like rate %1 · comment rate %2 → 点赞率 %1 · 评论率 %2
#   Views against “%1”: %2 → 播放量对比“%1”：%2
from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ...core.domain.enums import Platform
from ...core.services import videos
from ...core.services.videos import VideoDTO, VideoInput
from ..context import AppContext
from ..forms.ui_video_dialog import Ui_VideoDialog
from .form_values import (
    combo_value,
    enum_value,
    fill_combo,
    fill_enum,
    link_optional_date,
    optional_date,
    select_value,
    set_optional_date,
)
from .record_dialog import RecordDialog


def rate(part: int, whole: int) -> str:
    if not whole:
        return "—"
    share = part / whole * 100
    return f"{share:.2f}%" if 0 < share < 1 else f"{share:.1f}%"


def change(new: int, old: int) -> str:
    return f"{(new - old) / old * 100:+.0f}%" if old else "—"


class VideoDialog(RecordDialog):
    FIELDS = {"视频标题": "title", "平台": "platform", "发布日期": "publishedOn", "播放量": "views",
              "点赞数": "likes", "评论数": "comments", "迭代自": "iterationOf"}
    REQUIRED = ("title",)

    def __init__(self, ctx: AppContext, student_id: int, video_id: int | None = None,
                 parent: QWidget | None = None, iteration_of: int | None = None) -> None:
        super().__init__(ctx, video_id, parent)
        self.student_id = student_id
        self.iteration_of = iteration_of
        self.others: dict[int, VideoDTO] = {}
        self.ui = Ui_VideoDialog()
        self.ui.setupUi(self)
        self.setup_form(self.ui)
        ui = self.ui
        fill_enum(ui.platform, Platform, ctx.lang)
        link_optional_date(ui.published, ui.publishedOn)
        fill_combo(ui.iterationOf, [], none_text=self.tr("(none: an original video)"))
        for spin in (ui.views, ui.likes, ui.comments):
            spin.valueChanged.connect(self.show_rates)
        ui.iterationOf.currentIndexChanged.connect(self.show_rates)
        self.start()

    def titles(self) -> tuple[str, str]:
        return self.tr("New short video"), self.tr("Edit short video")

    def choices(self):
        return [(videos.videos_of, (self.student_id,), self._videos_loaded)]

    def _videos_loaded(self, rows: list[VideoDTO]) -> None:
        me = self.record_id
        # not itself, not one of its own iterations (a cycle)
        allowed = [v for v in rows if me is None or me not in v.lineage]
        self.others = {v.id: v for v in allowed}
        items = []
        for v, _depth in videos.lineage_order(allowed):
            text = self.tr("Version %1 · %2").replace("%1", str(v.generation)).replace("%2", v.title)
            if v.published_on:
                text += f" ({v.published_on:%Y-%m-%d})"
            items.append((text, v.id))
        fill_combo(self.ui.iterationOf, items, none_text=self.tr("(none: an original video)"))

    def load(self, db, actor, record_id: int) -> VideoDTO:
        return videos.get_video(db, actor, record_id)

    def prepare_new(self) -> None:
        from datetime import date

        ui = self.ui
        set_optional_date(ui.published, ui.publishedOn, date.today())
        original = self.others.get(self.iteration_of) if self.iteration_of else None
        select_value(ui.iterationOf, original.id if original else None)
        select_value(ui.platform, original.platform if original else Platform.DOUYIN)
        self.show_rates()

    def fill(self, dto: VideoDTO) -> None:
        ui = self.ui
        ui.title.setText(dto.title)
        select_value(ui.platform, dto.platform)
        set_optional_date(ui.published, ui.publishedOn, dto.published_on)
        ui.views.setValue(dto.views)
        ui.likes.setValue(dto.likes)
        ui.comments.setValue(dto.comments)
        select_value(ui.iterationOf, dto.iteration_of_id)
        self.show_rates()

    def gather(self) -> VideoInput:
        ui = self.ui
        return VideoInput(student_id=self.student_id, title=ui.title.text(),
                          platform=enum_value(ui.platform, Platform) or Platform.DOUYIN,
                          published_on=optional_date(ui.published, ui.publishedOn), views=ui.views.value(),
                          likes=ui.likes.value(), comments=ui.comments.value(),
                          iteration_of_id=combo_value(ui.iterationOf))

    def create(self, db, actor, data: VideoInput) -> VideoDTO:
        return videos.add_video(db, actor, data)

    def update(self, db, actor, record_id: int, version: int | None, data: VideoInput) -> VideoDTO:
        return videos.update_video(db, actor, record_id, version, data)

    def show_rates(self, *_args) -> None:
        ui = self.ui
        views = ui.views.value()
        text = (self.tr("Like rate %1 · comment rate %2").replace("%1", rate(ui.likes.value(), views))
                .replace("%2", rate(ui.comments.value(), views)))
        original = self.others.get(combo_value(ui.iterationOf))
        if original is not None:
            text += "\n" + (self.tr("Views against “%1”: %2").replace("%1", original.title)
                            .replace("%2", change(views, original.views)))
        ui.rates.setText(text)
