"""One column of the stage board: the stage's name, how many students are in it
(and how many are ready), and their cards in a scroll area. Colours follow the
theme's palette (board_colours); the stage colours have a lighter dark-theme twin."""
# zh_CN: English → 中文
#   %1 ready → %1 人可签核
#   No students in this stage → 本阶段暂无学员
#   No students match the filter → 没有符合筛选条件的学员
from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ...core.domain.enums import Stage
from ...core.services.stage_board import StageCard
from ..dialogs.form_values import enum_label
from .stage_card import StageCardWidget, board_colours

HEADER_COLOURS = {Stage.COGNITIVE: "#1565c0", Stage.PROJECT: "#6a1b9a", Stage.LIVE: "#c62828",
                  Stage.COMPLETED: "#2e7d32"}
DARK_HEADER_COLOURS = {Stage.COGNITIVE: "#64b5f6", Stage.PROJECT: "#ce93d8", Stage.LIVE: "#ef9a9a",
                       Stage.COMPLETED: "#81c784"}


class StageColumn(QFrame):
    def __init__(self, stage: Stage, lang: str = "zh", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.lang = lang
        self.setObjectName("stageColumn")
        colours = board_colours(self)
        header = (DARK_HEADER_COLOURS if colours.dark else HEADER_COLOURS)[stage]
        self.setStyleSheet(f"QFrame#stageColumn {{ background: {colours.column}; border-radius: 10px; }}")
        self.setMinimumWidth(200)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)

        head = QHBoxLayout()
        self.title = QLabel(enum_label(stage, lang))
        self.title.setStyleSheet(f"font-weight: 700; font-size: 15px; color: {header}; background: transparent;")
        head.addWidget(self.title)
        self.count = QLabel("0")
        pill_text = "#1b1f23" if colours.dark else "#ffffff"
        self.count.setStyleSheet(f"color: {pill_text}; background: {header}; border-radius: 9px;"
                                 " padding: 0px 8px; font-weight: 600;")
        head.addWidget(self.count)
        head.addStretch(1)
        self.ready = QLabel("")
        self.ready.setStyleSheet(f"color: {colours.met}; background: transparent;")
        head.addWidget(self.ready)
        outer.addLayout(head)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setStyleSheet("QScrollArea { background: transparent; }")
        self.scroll.viewport().setAutoFillBackground(False)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.inner = QWidget()
        self.inner.setObjectName("stageColumnInner")
        self.inner.setStyleSheet("QWidget#stageColumnInner { background: transparent; }")
        self.cards_layout = QVBoxLayout(self.inner)
        self.cards_layout.setContentsMargins(0, 0, 4, 0)
        self.cards_layout.setSpacing(8)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet(f"color: {colours.muted}; padding: 24px 4px; background: transparent;")
        self.cards_layout.addWidget(self.empty)
        self.cards_layout.addStretch(1)
        self.scroll.setWidget(self.inner)
        self.scroll.viewport().installEventFilter(self)
        outer.addWidget(self.scroll, 1)
        self.widgets: list[StageCardWidget] = []

    def set_cards(self, cards: Iterable[StageCard]) -> list[StageCardWidget]:
        """Replace the column's cards (the count and the ready figure are of all of them)."""
        for w in self.widgets:
            self.cards_layout.removeWidget(w)
            w.hide()
            w.setParent(None)
            w.deleteLater()
        self.widgets = []
        for i, card in enumerate(cards):
            w = StageCardWidget(card, self.lang, self.inner)
            self.cards_layout.insertWidget(i, w)
            self.widgets.append(w)
        ready = sum(1 for w in self.widgets if w.card.ready)
        self.count.setText(str(len(self.widgets)))
        self.ready.setText(self.tr("%1 ready").replace("%1", str(ready)) if ready else "")
        self.filter(lambda _card: True)
        return self.widgets

    def filter(self, keep: Callable[[StageCard], bool]) -> int:
        """Show only the cards `keep` accepts (search, ready only): hidden, not rebuilt,
        so typing in the search box stays quick on a large cohort. Returns how many show."""
        shown = 0
        for w in self.widgets:
            visible = keep(w.card)
            w.setVisible(visible)
            shown += visible
        if not self.widgets:
            self.empty.setText(self.tr("No students in this stage"))
        else:
            self.empty.setText(self.tr("No students match the filter"))
        self.empty.setVisible(shown == 0)
        self._fit()
        return shown

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def _fit(self) -> None:
        """A scroll area does not ask wrapped texts (the empty note) how tall they get
        at its width: give the inner widget the height the shown cards need."""
        layout = self.cards_layout
        margins = layout.contentsMargins()
        width = self.scroll.viewport().width() - margins.left() - margins.right()
        shown = [w for w in self.widgets if not w.isHidden()] + ([self.empty] if not self.empty.isHidden() else [])
        heights = [w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height() for w in shown]
        heights = [h if h > 0 else w.sizeHint().height() for h, w in zip(heights, shown, strict=True)]
        total = sum(heights) + layout.spacing() * max(len(shown) - 1, 0) + margins.top() + margins.bottom()
        self.inner.setMinimumHeight(total)
