"""A filter drop-down (全部批次 ▼, 全部阶段 ▼ …) that shrinks on a small screen but
never below what its current choice needs: as wide as its longest choice when there
is room, as wide as the shown text (and the arrow) when there is not. A plain
QComboBox that adjusts to its contents will not shrink at all, and one squeezed by a
layout clips to "全部批▼".

    box = FilterCombo(parent)        # in Designer: promote a QComboBox to FilterCombo
    fit_to_text(some_combo)          # or give an existing combo the same minimum once
"""
from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QSizePolicy, QStyle, QStyleOptionComboBox, QWidget

AIR = 6  # px between the text and the arrow, so "全部阶段" does not touch "▼"


def needed_size(box: QComboBox, text: str) -> QSize:
    """The size `box` needs to show `text` whole, as its style (and style sheet) draws it."""
    option = QStyleOptionComboBox()
    box.initStyleOption(option)
    metrics = box.fontMetrics()
    icon = box.itemIcon(box.currentIndex())
    extra = box.iconSize().width() + 4 if not icon.isNull() else 0
    contents = QSize(metrics.horizontalAdvance(text) + extra, metrics.height())
    return box.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, contents, box)


def fit_to_text(box: QComboBox) -> None:
    """A fixed minimum width for a combo whose choices do not change: its longest choice."""
    texts = [box.itemText(i) for i in range(box.count())] or [""]
    box.setMinimumWidth(max(needed_size(box, t).width() for t in texts))


class FilterCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.currentTextChanged.connect(lambda _t: self.updateGeometry())

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(needed_size(self, self.currentText()).width() + AIR, hint.height())
