"""A student's card on the stage board: name and badge, number · mentor · days in the
stage, then one line and a thin bar per gate criterion (达标 / 未达标 / 无数据 /
已豁免 with the cohort's reason). Every text stays on one line, elided when the
column is narrow (the tooltip has it all). Colours come from the palette the theme
gives the board, so the card reads in the light and the dark theme alike."""
# zh_CN: English → 中文
#   Mentor: %1 → 导师：%1
#   No mentor yet → 尚未分配导师
#   %1 (%2) → %1（%2）
#   Ready for sign-off → 可签核
#   Not ready → 未达标
#   No data → 无数据
#   Completed → 已结业
#   Waived: %1 → 已豁免：%1
#   %1 days in stage → 本阶段 %1 天
#   In this stage since %1 (%2 days) → %1 进入本阶段（%2 天）
#   Completed on %1 → %1 结业
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from ...core.domain.enums import Stage, StudentStatus
from ...core.domain.stages import CheckState
from ...core.services.stage_board import BoardCheck, StageCard
from ..dialogs.form_values import enum_label

# light-theme defaults (the sign-off dialog and the column use them as fallbacks)
MET = "#2e7d32"
UNMET = "#ef6c00"
MUTED = "#57606a"
SELECTED = "#00897b"
BAR_STEPS = 1000


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(round(a.red() + (b.red() - a.red()) * t), round(a.green() + (b.green() - a.green()) * t),
                  round(a.blue() + (b.blue() - a.blue()) * t))


@dataclass(frozen=True)
class BoardColours:
    """The board's colours, derived from the palette the theme gives a widget."""

    dark: bool
    text: str
    muted: str
    card: str
    column: str
    border: str
    track: str
    met: str
    unmet: str
    no_data: str
    waived: str
    selected: str

    def state(self, state: CheckState) -> str:
        return {CheckState.MET: self.met, CheckState.UNMET: self.unmet, CheckState.NO_DATA: self.no_data,
                CheckState.WAIVED: self.waived}[state]

    def badge_back(self, colour: str) -> str:
        return _mix(QColor(self.card), QColor(colour), 0.16).name()


def board_colours(widget: QWidget | None = None) -> BoardColours:
    """Colours for the board from `widget`'s polished palette (what the application's
    style sheet makes of it): text on window, cards a step off the window colour."""
    if widget is not None:
        widget.ensurePolished()
    palette = widget.palette() if widget is not None else QApplication.palette()
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    dark = window.lightness() < 128
    if dark:
        card, column = _mix(window, text, 0.08), _mix(window, QColor(0, 0, 0), 0.22)
    else:
        base = palette.color(QPalette.ColorRole.Base)
        card = base if base.lightness() >= window.lightness() else window
        column = _mix(window, text, 0.07)
    return BoardColours(
        dark=dark, text=text.name(), muted=_mix(text, window, 0.35).name(), card=card.name(),
        column=column.name(), border=_mix(card, text, 0.22).name(), track=_mix(card, text, 0.14).name(),
        met="#81c784" if dark else MET, unmet="#ffb74d" if dark else UNMET,
        no_data=_mix(text, window, 0.35).name(), waived="#ce93d8" if dark else "#7b1fa2",
        selected="#4db6ac" if dark else SELECTED)


def bar_style(met: bool, colours: BoardColours | None = None, state: CheckState | None = None) -> str:
    c = colours or board_colours()
    colour = c.state(state) if state is not None else (c.met if met else c.unmet)
    return (f"QProgressBar {{ border: none; background: {c.track}; border-radius: 2px; }}"
            f"QProgressBar::chunk {{ background: {colour}; border-radius: 2px; }}")


def bar_value(check: BoardCheck) -> int:
    if check.maximum <= 0:
        return 0
    return round(min(max(check.value / check.maximum, 0.0), 1.0) * BAR_STEPS)


class ElidedLabel(QLabel):
    """A one-line label that elides its text to its width instead of wrapping or
    clipping; `text()` keeps the whole text."""

    def __init__(self, text: str = "", parent: QWidget | None = None,
                 elide: Qt.TextElideMode = Qt.TextElideMode.ElideRight) -> None:
        super().__init__(text, parent)
        self.elide = elide

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(min(hint.width(), self.fontMetrics().horizontalAdvance("…") * 4), hint.height())

    def shown_text(self) -> str:
        return self.fontMetrics().elidedText(self.text(), self.elide, self.contentsRect().width())

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         self.shown_text())


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
        self.colours = board_colours(self)
        c = self.colours
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(lambda pos: self.menu_requested.emit(card.student_id,
                                                                                     self.mapToGlobal(pos)))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 7)
        layout.setSpacing(2)

        top = QHBoxLayout()
        top.setSpacing(6)
        self.name = ElidedLabel(card.name)
        self.name.setStyleSheet(f"font-weight: 600; font-size: 14px; color: {c.text}; background: transparent;")
        top.addWidget(self.name, 1)
        self.badge = QLabel(self._badge_text())
        self.badge.setStyleSheet(self._badge_style())
        top.addWidget(self.badge)
        layout.addLayout(top)

        self.since = QLabel(self._since_text(today or date.today()))  # (the long form, for the tooltip)
        self.since.hide()
        self.sub = ElidedLabel(self._sub_text(today or date.today()))
        self.sub.setStyleSheet(f"color: {c.muted}; background: transparent;")
        layout.addWidget(self.sub)

        self.bars: dict[str, QProgressBar] = {}
        self.texts: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}
        for check in card.checks:
            row = QHBoxLayout()
            row.setSpacing(6)
            name = check.label_en if lang == "en" else check.label_zh
            if check.waiver:  # the cohort's reason instead of the requirement
                label = ElidedLabel(self.tr("Waived: %1").replace("%1", check.waiver))
                label.setToolTip(name + "\n" + label.text())
            else:
                label = ElidedLabel(self.tr("%1 (%2)").replace("%1", name).replace("%2", check.required))
            label.setStyleSheet(f"color: {c.text}; background: transparent;")
            row.addWidget(label, 1)
            text = QLabel(self._state_text(check))
            colour = c.state(check.state)
            text.setStyleSheet(f"color: {colour}; font-weight: 600; background: transparent;")
            text.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            text.setVisible(not check.waiver)  # the reason takes the whole line
            row.addWidget(text)
            layout.addLayout(row)
            bar = QProgressBar()
            bar.setRange(0, BAR_STEPS)
            bar.setValue(BAR_STEPS if check.waiver else bar_value(check))
            bar.setTextVisible(False)
            bar.setFixedHeight(4)
            bar.setStyleSheet(bar_style(check.met, c, check.state))
            bar.setProperty("met", check.met)
            layout.addWidget(bar)
            self.bars[check.key] = bar
            self.texts[check.key] = text
            self.labels[check.key] = label

        self.setToolTip(self._tooltip())
        self._restyle()

    # -- texts -----------------------------------------------------------------------
    def _state_text(self, check: BoardCheck) -> str:
        if check.state is CheckState.NO_DATA:
            return self.tr("No data")
        if check.state is CheckState.WAIVED:
            return "✓"
        return check.actual

    def _badge_text(self) -> str:
        c = self.card
        if c.stage is Stage.COMPLETED:
            return self.tr("Completed")
        if c.status is StudentStatus.SUSPENDED:
            return enum_label(c.status, self.lang)
        if c.ready:
            return self.tr("Ready for sign-off")
        if any(ch.state is CheckState.UNMET for ch in c.checks):
            return self.tr("Not ready")
        return self.tr("No data")

    def _badge_style(self) -> str:
        c, colours = self.card, self.colours
        if c.stage is Stage.COMPLETED or c.ready:
            colour = colours.met
        elif c.status is StudentStatus.SUSPENDED:
            colour = colours.unmet
        else:
            colour = colours.muted
        return (f"color: {colour}; background: {colours.badge_back(colour)}; border-radius: 8px;"
                " padding: 0px 7px;")

    def _sub_text(self, today: date) -> str:
        card = self.card
        mentor = (self.tr("Mentor: %1").replace("%1", card.mentor_name) if card.mentor_name
                  else self.tr("No mentor yet"))
        parts = [p for p in (card.student_number, mentor) if p]
        if card.entered_on is not None:
            if card.stage is Stage.COMPLETED:
                parts.append(self.tr("Completed on %1").replace("%1", card.entered_on.isoformat()))
            else:
                days = max((today - card.entered_on).days, 0)
                parts.append(self.tr("%1 days in stage").replace("%1", str(days)))
        return " · ".join(parts)

    def _since_text(self, today: date) -> str:
        on = self.card.entered_on
        if on is None:
            return ""
        if self.card.stage is Stage.COMPLETED:
            return self.tr("Completed on %1").replace("%1", on.isoformat())
        days = max((today - on).days, 0)
        return self.tr("In this stage since %1 (%2 days)").replace("%1", on.isoformat()).replace("%2", str(days))

    def _tooltip(self) -> str:
        card = self.card
        lines = [f"{card.name}  {card.student_number}".strip()]
        lines.append(self.tr("Mentor: %1").replace("%1", card.mentor_name) if card.mentor_name
                     else self.tr("No mentor yet"))
        if self.since.text():
            lines.append(self.since.text())
        marks = {CheckState.MET: "✓", CheckState.UNMET: "✗", CheckState.NO_DATA: "?", CheckState.WAIVED: "✓"}
        for c in card.checks:
            label = c.label_en if self.lang == "en" else c.label_zh
            line = f"{marks[c.state]} {label}: {c.actual} ({c.required})"
            if c.state is CheckState.NO_DATA:
                line += " — " + self.tr("No data") + ": " + (c.missing_en if self.lang == "en" else c.missing_zh)
            if c.waiver:
                line += " — " + self.tr("Waived: %1").replace("%1", c.waiver)
            lines.append(line)
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
        c = self.colours
        colour = c.selected if self._selected else (c.met if self.card.ready else c.border)
        border = f"{2 if self._selected else 1}px solid {colour}"
        self.setStyleSheet(f"QFrame#stageCard {{ border: {border}; border-radius: 8px; background: {c.card}; }}")

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
