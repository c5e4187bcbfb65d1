"""A student's short videos (短视频) as a compact panel for the student page: each
original with its iterations nested under it (第1版 → 第2版 → …), the numbers, the
like rate and how the views moved against the version before; add, add an
iteration of the selected video, edit (double-click) and delete (Del, undoable)."""
# zh_CN: English → 中文
#   Add video → 新增视频
#   Add iteration → 新增迭代版
#   Edit → 编辑
#   Delete → 删除
#   Title → 标题
#   Platform → 平台
#   Published → 发布日期
#   Views → 播放量
#   Likes → 点赞数
#   Comments → 评论数
#   Like rate → 点赞率
#   vs previous → 较上一版
#   Views against the version before → 播放量与上一版相比
#   No short videos yet. Click “Add video” to record the first one. → 还没有短视频。点击“新增视频”记录第一条。
#   %1 videos · %2 originals · %3 views in all → 共 %1 条视频 · %2 条原创 · 总播放量 %3
#   Delete video → 删除视频
#   Delete the video “%1”? Its iterations then count as iterations of the version before it.
#     → 删除视频“%1”吗？它的迭代版将改为接在它的上一版之后。
#   You can undo this with Ctrl+Z. → 可按 Ctrl+Z 撤销。
#   video “%1” → 视频“%1”
#   Video deleted: %1 → 已删除视频：%1
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QMessageBox, QTreeWidgetItem, QWidget

from ...core.errors import JiarenError
from ...core.services import videos
from ...core.services.videos import VideoDTO
from ..context import AppContext
from ..dialogs.form_values import enum_label
from ..dialogs.video_dialog import VideoDialog, change, rate
from ..forms.ui_videos_panel import Ui_VideosPanel
from .delete_video_command import DeleteVideoCommand
from .field_error import style_error_label

ID = Qt.ItemDataRole.UserRole
NUMBER_COLUMNS = (3, 4, 5, 6, 7)
UP, DOWN = QColor("#2e7d32"), QColor("#c62828")


class VideosPanel(QWidget):
    changed = Signal()  # a video was added, edited, deleted or restored

    def __init__(self, ctx: AppContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self.ui = ui = Ui_VideosPanel()
        ui.setupUi(self)
        self.rows: dict[int, VideoDTO] = {}
        self.dialog: VideoDialog | None = None
        style_error_label(ui.error)
        ui.error.hide()
        header = ui.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(60)
        header.setStyleSheet("QHeaderView::section { padding-left: 6px; padding-right: 6px; }")
        ui.tree.headerItem().setToolTip(7, self.tr("Views against the version before"))
        ui.addVideo.clicked.connect(lambda: self.open_dialog(None))
        ui.addIteration.clicked.connect(self.add_iteration)
        ui.editVideo.clicked.connect(self.edit_selected)
        ui.deleteVideo.clicked.connect(self.delete_selected)
        ui.tree.itemDoubleClicked.connect(lambda *_: self.edit_selected())
        ui.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), ui.tree, activated=self.delete_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)
        self.refresh()

    # --- loading -------------------------------------------------------------------
    def refresh(self, select_id: int | None = None) -> None:
        if select_id is None and self.selected() is not None:
            select_id = self.selected().id
        self.ctx.ops.run(self, videos.videos_of, self.ctx.db, self.ctx.actor, self.student_id,
                         success=lambda rows: self._loaded(rows, select_id), failure=self._show_error,
                         latest="videos")

    def _show_error(self, exc: JiarenError | str) -> None:
        text = exc if isinstance(exc, str) else self.ctx.message(exc)
        self.ui.error.setText(text)
        self.ui.error.setVisible(bool(text))

    def _loaded(self, rows: list[VideoDTO], select_id: int | None) -> None:
        self._show_error("")
        self.rows = {v.id: v for v in rows}
        tree = self.ui.tree
        tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for v, _depth in videos.lineage_order(rows):
            parent = self.rows.get(v.iteration_of_id) if v.iteration_of_id else None
            item = QTreeWidgetItem([v.title, enum_label(v.platform, self.ctx.lang),
                                    f"{v.published_on:%Y-%m-%d}" if v.published_on else "", f"{v.views:,}",
                                    f"{v.likes:,}", f"{v.comments:,}", rate(v.likes, v.views),
                                    change(v.views, parent.views) if parent else ""])
            item.setData(0, ID, v.id)
            for col in NUMBER_COLUMNS:
                item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if parent is not None and parent.views:
                up = v.views >= parent.views
                item.setText(7, ("▲ " if up else "▼ ") + item.text(7))
                item.setForeground(7, UP if up else DOWN)
            holder = items.get(v.iteration_of_id) if v.iteration_of_id else None
            if holder is not None:
                holder.addChild(item)
            else:
                tree.addTopLevelItem(item)
            items[v.id] = item
        tree.expandAll()
        self._fit_columns()
        if select_id in items:
            tree.setCurrentItem(items[select_id])
        empty = not rows
        tree.setVisible(not empty)
        self.ui.emptyLabel.setVisible(empty)
        originals = sum(1 for v in rows if v.iteration_of_id is None)
        self.ui.summary.setText("" if empty else self.tr("%1 videos · %2 originals · %3 views in all")
                                .replace("%1", str(len(rows))).replace("%2", str(originals))
                                .replace("%3", f"{sum(v.views for v in rows):,}"))
        self._update_buttons()

    def _fit_columns(self) -> None:
        """Widths from the contents and the header as the theme draws it (upper case, padded)."""
        tree, header = self.ui.tree, self.ui.tree.header()
        header.resizeSection(0, max(tree.sizeHintForColumn(0) + 16, 220))
        for col in range(1, tree.columnCount()):
            width = max(tree.sizeHintForColumn(col) + 16, header.sectionSizeFromContents(col).width() + 12)
            header.resizeSection(col, width)

    def selected(self) -> VideoDTO | None:
        item = self.ui.tree.currentItem()
        return self.rows.get(item.data(0, ID)) if item is not None else None

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for button in (self.ui.addIteration, self.ui.editVideo, self.ui.deleteVideo):
            button.setEnabled(chosen)

    # --- actions -----------------------------------------------------------------------
    def open_dialog(self, video_id: int | None, iteration_of: int | None = None) -> VideoDialog:
        self.dialog = VideoDialog(self.ctx, self.student_id, video_id, self, iteration_of=iteration_of)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.dialog.saved.connect(self._saved)
        self.dialog.open()
        return self.dialog

    def _saved(self, video_id: int) -> None:
        self.refresh(video_id)
        self.changed.emit()

    def add_iteration(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(None, iteration_of=chosen.id)

    def edit_selected(self) -> None:
        chosen = self.selected()
        if chosen is not None:
            self.open_dialog(chosen.id)

    def delete_selected(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        question = (self.tr("Delete the video “%1”? Its iterations then count as iterations of the version "
                            "before it.").replace("%1", chosen.title) + "\n"
                    + self.tr("You can undo this with Ctrl+Z."))
        answer = QMessageBox.question(self, self.tr("Delete video"), question,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return

        def done(_result) -> None:
            what = self.tr("video “%1”").replace("%1", chosen.title)
            self.ctx.undo.push(DeleteVideoCommand(self.ctx, [chosen.id], what, on_change=self._after_undo,
                                                  on_error=self._show_error, owner=self))
            self.ctx.notify(self.tr("Video deleted: %1").replace("%1", chosen.title), undoable=True)
            self.refresh()
            self.changed.emit()

        self.ctx.ops.run(self, videos.delete_video, self.ctx.db, self.ctx.actor, chosen.id, chosen.version,
                         success=done, failure=self._show_error)

    def _after_undo(self) -> None:  # an operation of this panel: not called once it is closed
        self.refresh()
        self.changed.emit()
