"""A student's card on the stage board: name, mentor, one progress bar per gate
criterion (green when met), and whether the stage can be signed off."""
# zh_CN: English → 中文
#   Mentor: %1 → 导师：%1
#   No mentor yet → 尚未分配导师
#   %1 (%2) → %1（%2）
#   Ready for sign-off → 可签核
#   Not ready → 未达标
#   Completed → 已结业
#   In this stage since %1 (%2 days) → %1 进入本阶段（%2 天）
#   Completed on %1 → %1 结业
from __future__ import annotations

from datetime import date

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...core.domain.enums import Stage, StudentStatus
from ...core.services.stage_board import BoardCheck, StageCard
from ..dialogs.form_values import enum_label

MET = "#2e7d32"
UNMET = "#ef6c00"
MUTED = "#57606a"
SELECTED = "#00897b"
BAR_STEPS = 1000


def bar_style(met: bool) -> str:
    colour = MET if met else UNMET
    return (f"QProgressBar {{ border: none; background: #e6e9ed; border-radius: 3px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 3px; }}")


def bar_value(check: BoardCheck) -> int:
    if check.maximum <= 0:
        return 0
    return round(min(max(check.value / check.maximum, 0.0), 1.0) * BAR_STEPS)


class StageCardWidget(QFrame):
    """One card. `clicked` selects it, `activated` (double-click, Enter) opens the
    student, `menu_requested` asks the page for the context menu."""

    clicked = Signal(int)
    activated = Signal(int)
    menu_requested = Signal(int, QPoint)

    def __init__(self, card: StageCard, lang: str = "zh", parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent)
        self.card = card
        self.lang = lang
        self._selected = False
        self.setObjectName("stageCard")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.menu_requested.emit(card.student_id,
                                                                                     self.mapToGlobal(pos)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(3)

        top = QHBoxLayout()
        self.name = QLabel(card.name)
        self.name.setStyleSheet("font-weight: 600; font-size: 14px;")
        top.addWidget(self.name)
        top.addStretch(1)
        self.badge = QLabel(self._badge_text())
        self.badge.setStyleSheet(self._badge_style())
        top.addWidget(self.badge)
        layout.addLayout(top)

        who = card.student_number
        mentor = (self.tr("Mentor: %1").replace("%1", card.mentor_name) if card.mentor_name
                  else self.tr("No mentor yet"))
        self.sub = QLabel(f"{who} · {mentor}" if who else mentor)
        self.sub.setWordWrap(True)
        self.sub.setStyleSheet(f"color: {MUTED};")
        layout.addWidget(self.sub)

        self.bars: dict[str, QProgressBar] = {}
        self.texts: dict[str, QLabel] = {}
        for check in card.checks:
            row = QHBoxLayout()
            name = check.label_en if lang == "en" else check.label_zh
            label = QLabel(self.tr("%1 (%2)").replace("%1", name).replace("%2", check.required))
            label.setWordWrap(True)
            row.addWidget(label, 3)
            text = QLabel(check.actual)
            text.setStyleSheet(f"color: {MET if check.met else UNMET}; font-weight: 600;")
            text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text.setWordWrap(True)
            row.addWidget(text, 2)
            layout.addLayout(row)
            bar = QProgressBar()
            bar.setRange(0, BAR_STEPS)
            bar.setValue(bar_value(check))
            bar.setTextVisible(False)
            bar.setFixedHeight(6)
            bar.setStyleSheet(bar_style(check.met))
            bar.setProperty("met", check.met)
            layout.addWidget(bar)
            self.bars[check.key] = bar
            self.texts[check.key] = text

        self.since = QLabel(self._since_text(today or date.today()))
        self.since.setWordWrap(True)
        self.since.setStyleSheet(f"color: {MUTED}; font-size: 11px;")
        self.since.setVisible(bool(self.since.text()))
        layout.addWidget(self.since)
        self.setToolTip(self._tooltip())
        self._restyle()
        policy = self.sizePolicy()
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.layout().totalHeightForWidth(width)

    # -- texts -----------------------------------------------------------------------
    def _badge_text(self) -> str:
        c = self.card
        if c.stage is Stage.COMPLETED:
            return self.tr("Completed")
        if c.status is StudentStatus.SUSPENDED:
            return enum_label(c.status, self.lang)
        return self.tr("Ready for sign-off") if c.ready else self.tr("Not ready")

    def _badge_style(self) -> str:
        c = self.card
        if c.stage is Stage.COMPLETED or c.ready:
            colour, back = MET, "#e8f5e9"
        elif c.status is StudentStatus.SUSPENDED:
            colour, back = "#6d4c41", "#efebe9"
        else:
            colour, back = MUTED, "#eef1f4"
        return f"color: {colour}; background: {back}; border-radius: 8px; padding: 1px 8px;"

    def _since_text(self, today: date) -> str:
        on = self.card.entered_on
        if on is None:
            return ""
        if self.card.stage is Stage.COMPLETED:
            return self.tr("Completed on %1").replace("%1", on.isoformat())
        days = max((today - on).days, 0)
        return self.tr("In this stage since %1 (%2 days)").replace("%1", on.isoformat()).replace("%2", str(days))

    def _tooltip(self) -> str:
        lines = [self.card.name]
        for c in self.card.checks:
            mark = "✓" if c.met else "✗"
            label = c.label_en if self.lang == "en" else c.label_zh
            lines.append(f"{mark} {label}: {c.actual} ({c.required})")
        return "\n".join(lines)

    # -- selection -----------------------------------------------------------------------
    @property
    def student_id(self) -> int:
        return self.card.student_id

    @property
    def selected(self) -> bool:
        return self._selected

    def set_selected(self, selected: bool) -> None:
        if selected != self._selected:
            self._selected = selected
            self._restyle()

    def _restyle(self) -> None:
        if self._selected:
            border = f"2px solid {SELECTED}"
        else:
            border = f"1px solid {'#a5d6a7' if self.card.ready else '#d0d7de'}"
        self.setStyleSheet(f"QFrame#stageCard {{ border: {border}; border-radius: 8px; background: palette(base); }}")

    # -- input -----------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        self.clicked.emit(self.card.student_id)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.activated.emit(self.card.student_id)
        event.accept()

    def focusInEvent(self, event) -> None:
        self.clicked.emit(self.card.student_id)
        super().focusInEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated.emit(self.card.student_id)
            event.accept()
            return
        super().keyPressEvent(event)
