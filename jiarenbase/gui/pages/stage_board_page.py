"""阶段看板: a cohort's students in the columns 认知 / 项目 / 实战 / 结业, each card
showing progress against the cohort's gate criteria; sign-off (and staff override)
from here, the cohort's criteria, and the cognitive lessons' check-in sheets.

The board opens on the cohort the person chose last (this desktop's QSettings, per
database and user, like the main window's page); the first time on the most recent
active cohort (board_cohorts lists it first)."""
# zh_CN: English → 中文
#   Stage board → 阶段看板
#   Cohort → 批次
#   Find a student → 查找学员
#   Ready for sign-off only → 只看可签核
#   Refresh → 刷新
#   Sign off… → 签核…
#   Open student → 打开学员
#   Stage criteria… → 阶段标准…
#   Cognitive lessons and attendance… → 认知课程考勤…
#   %1 (%2 students) → %1（%2 名学员）
#   No cohort to show. Staff create cohorts on the Cohorts page. → 没有可显示的批次。教务可在“批次”页面新建批次。
#   You have no students in any cohort yet. → 您目前没有在任何批次中指导的学员。
#   %1 students · %2 ready for sign-off → 共 %1 名学员 · %2 人可签核
#   Loading… → 正在载入…
#   Select a student's card first. → 请先选择一名学员的卡片。
#   %1 has completed the training; there is no stage left to sign off. → %1 已结业，没有可签核的阶段。
#   %1: %2 → %3 signed off. → %1：%2 → %3 已签核。
#   %1: %2 → %3 passed by override. → %1：%2 → %3 已特批通过。
#   Stage criteria of %1 saved. → %1 的阶段标准已保存。
#   Only staff may change the stage criteria. → 只有教务可以修改阶段标准。
from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QObject, QPoint, QSettings, Signal
from PySide6.QtWidgets import QDialog, QMenu, QWidget

from ...core.domain.enums import Stage, StageResult
from ...core.errors import JiarenError
from ...core.services import stage_board
from ...core.services.stage_board import BoardCohort, StageBoard
from ...core.services.stages import SignOffResult
from ..context import AppContext
from ..dialogs.attendance_dialog import AttendanceDialog
from ..dialogs.criteria_dialog import CriteriaDialog
from ..dialogs.form_values import enum_label
from ..dialogs.sign_off_dialog import SignOffDialog
from ..forms.ui_stage_board_page import Ui_StageBoardPage
from ..lazy import LazyLoad
from ..widgets.field_error import ERROR_COLOUR
from ..widgets.stage_card import StageCardWidget, board_colours
from ..widgets.stage_column import StageColumn


class ReloadWhenShown(LazyLoad):
    """The board loads every time it comes to the front (not only the first time):
    sessions and attendance may have been recorded elsewhere meanwhile."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and not event.spontaneous():  # (not a window restored)
            self.reload()
        return False


class StageBoardPage(QWidget):
    student_requested = Signal(int)  # a card was double-clicked / "Open student"
    changed = Signal()  # something was written (sign-off, criteria, attendance)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_StageBoardPage()
        self.ui.setupUi(self)
        ui = self.ui
        ui.title.setStyleSheet("font-size: 20px; font-weight: 600;")
        self.board: StageBoard | None = None
        self.cohorts: list[BoardCohort] = []
        self.selected: int | None = None
        self.dialog: QDialog | None = None  # the dialog open over the page (tests reach it here)
        self.columns = {stage: StageColumn(stage, ctx.lang, self) for stage in Stage}
        for column in self.columns.values():
            ui.columns.addWidget(column, 1)
        self.card_widgets: dict[int, StageCardWidget] = {}
        self.lazy = ReloadWhenShown(self, self.refresh, refresh_key=False)  # F5 is the main window's
        staff = not ctx.is_mentor
        ui.criteriaButton.setVisible(staff)
        ui.cohort.currentIndexChanged.connect(self._cohort_chosen)
        ui.search.textChanged.connect(self._filter)
        ui.readyOnly.toggled.connect(self._filter)
        ui.refreshButton.clicked.connect(self.refresh)
        ui.signOffButton.clicked.connect(self.sign_off_selected)
        ui.openStudentButton.clicked.connect(self._open_selected)
        ui.criteriaButton.clicked.connect(self.edit_criteria)
        ui.attendanceButton.clicked.connect(self.take_attendance)
        self.show_message("")
        self._update_buttons()

    # -- the remembered cohort ----------------------------------------------------------
    def _settings_key(self) -> str:
        """Per database and person: cohort ids of one database mean nothing in another."""
        where = hashlib.sha1(self.ctx.db.url.encode("utf-8")).hexdigest()[:12]
        who = self.ctx.actor.user_id if self.ctx.actor.user_id is not None else self.ctx.actor.username
        return f"stage_board/cohort/{where}/{who}"

    def remembered_cohort(self) -> int | None:
        value = QSettings().value(self._settings_key())
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def _remember_cohort(self, cohort_id: int | None) -> None:
        if cohort_id is not None:
            QSettings().setValue(self._settings_key(), cohort_id)

    # -- loading -----------------------------------------------------------------------
    @property
    def cohort_id(self) -> int | None:
        data = self.ui.cohort.currentData()
        return int(data) if data is not None else None

    def refresh(self) -> None:
        """Reload the cohorts, then the board of the chosen cohort."""
        self.lazy.started = True  # (also when called before the page was first shown)
        self.ctx.ops.run(self, stage_board.board_cohorts, self.ctx.db, self.ctx.actor,
                         success=self._cohorts_loaded, failure=self._failed, latest="cohorts")

    def _cohorts_loaded(self, cohorts: list[BoardCohort]) -> None:
        keep = self.cohort_id if self.cohort_id is not None else self.remembered_cohort()
        self.cohorts = cohorts
        combo = self.ui.cohort
        combo.blockSignals(True)
        combo.clear()
        for c in cohorts:
            combo.addItem(self.tr("%1 (%2 students)").replace("%1", c.name).replace("%2", str(c.students)), c.id)
        index = combo.findData(keep) if keep is not None else -1
        combo.setCurrentIndex(index if index >= 0 else (0 if cohorts else -1))
        combo.blockSignals(False)
        if not cohorts:
            self.board = None
            self._render()
            self.show_message(self.tr("You have no students in any cohort yet.") if self.ctx.is_mentor
                              else self.tr("No cohort to show. Staff create cohorts on the Cohorts page."))
            return
        self.load_board()

    def _cohort_chosen(self, _index: int) -> None:
        self.selected = None
        self._remember_cohort(self.cohort_id)
        self.load_board()

    def load_board(self) -> None:
        cohort_id = self.cohort_id
        if cohort_id is None:
            return
        self.ui.summary.setText(self.tr("Loading…"))
        self.ctx.ops.run(self, stage_board.stage_board, self.ctx.db, self.ctx.actor, cohort_id,
                         success=self._board_loaded, failure=self._failed, latest="board")

    def _board_loaded(self, board: StageBoard) -> None:
        if board.cohort_id != self.cohort_id:  # the cohorts were read again meanwhile and it is gone
            return
        self.board = board
        self._render()

    def select_cohort(self, cohort_id: int) -> bool:
        index = self.ui.cohort.findData(cohort_id)
        if index >= 0:
            self.ui.cohort.setCurrentIndex(index)
        return index >= 0

    # -- drawing -----------------------------------------------------------------------
    def _render(self) -> None:
        """Build the cards of the board just loaded, then filter them."""
        board = self.board
        self.card_widgets = {}
        for stage, column in self.columns.items():
            for w in column.set_cards(board.column(stage).cards if board else ()):
                w.clicked.connect(self.select)
                w.activated.connect(self.student_requested)
                w.menu_requested.connect(self._card_menu)
                self.card_widgets[w.student_id] = w
        if self.selected not in self.card_widgets:
            self.selected = None
        for sid, w in self.card_widgets.items():
            w.set_selected(sid == self.selected)
        if board is None:
            self.ui.summary.setText("")
        else:
            ready = sum(col.ready for col in board.columns)
            self.ui.summary.setText(self.tr("%1 students · %2 ready for sign-off")
                                    .replace("%1", str(board.students)).replace("%2", str(ready)))
        self._filter()

    def _filter(self) -> None:
        """The search box and “ready only” hide cards; a hidden card is not selected."""
        text = self.ui.search.text().strip().lower()
        ready_only = self.ui.readyOnly.isChecked()

        def keep(c) -> bool:
            return ((not text or text in c.name.lower() or text in c.student_number.lower())
                    and (not ready_only or c.ready))

        for column in self.columns.values():
            column.filter(keep)
        if self.selected is not None and self.card_widgets[self.selected].isHidden():
            self.select(None)
        self._update_buttons()

    def select(self, student_id: int | None) -> None:
        self.selected = student_id
        for sid, w in self.card_widgets.items():
            w.set_selected(sid == student_id)
        self._update_buttons()

    def selected_card(self):
        w = self.card_widgets.get(self.selected) if self.selected is not None else None
        return w.card if w else None

    def _update_buttons(self) -> None:
        card = self.selected_card()
        has_cohort = self.board is not None
        self.ui.signOffButton.setEnabled(card is not None and card.stage is not Stage.COMPLETED)
        self.ui.openStudentButton.setEnabled(card is not None)
        self.ui.criteriaButton.setEnabled(has_cohort)
        self.ui.attendanceButton.setEnabled(has_cohort)

    def show_message(self, text: str, ok: bool = False) -> None:
        self.ui.message.setStyleSheet(f"color: {board_colours(self).met if ok else ERROR_COLOUR};")
        self.ui.message.setText(text)
        self.ui.message.setVisible(bool(text))

    def _failed(self, exc: JiarenError) -> None:
        self.ui.summary.setText("")
        self.show_message(self.ctx.message(exc))

    def _card_menu(self, student_id: int, where: QPoint) -> None:
        self.select(student_id)
        menu = QMenu(self)
        sign = menu.addAction(self.ui.signOffButton.text(), self.sign_off_selected)
        sign.setEnabled(self.ui.signOffButton.isEnabled())
        menu.addAction(self.ui.openStudentButton.text(), self._open_selected)
        menu.popup(where)

    def _open_selected(self) -> None:
        if self.selected is not None:
            self.student_requested.emit(self.selected)

    # -- actions ---------------------------------------------------------------------------
    def _show_dialog(self, dialog: QDialog, on_accepted) -> None:
        self.dialog = dialog

        def finished(code: int) -> None:
            self.dialog = None
            if code == QDialog.DialogCode.Accepted:
                on_accepted(dialog)
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def sign_off_selected(self) -> None:
        card = self.selected_card()
        if card is None:
            self.show_message(self.tr("Select a student's card first."))
            return
        if card.stage is Stage.COMPLETED:
            self.show_message(self.tr("%1 has completed the training; there is no stage left to sign off.")
                              .replace("%1", card.name))
            return
        self.show_message("")
        self._show_dialog(SignOffDialog(self.ctx, card.student_id, self), self._signed_off)

    def _signed_off(self, dialog: SignOffDialog) -> None:
        result: SignOffResult | None = dialog.result_of_sign_off
        if result is not None:
            text = (self.tr("%1: %2 → %3 passed by override.") if result.result is StageResult.OVERRIDDEN
                    else self.tr("%1: %2 → %3 signed off."))
            self.show_message(text.replace("%1", dialog.student_name)
                              .replace("%2", enum_label(result.from_stage, self.ctx.lang))
                              .replace("%3", enum_label(result.to_stage, self.ctx.lang)), ok=True)
        self.changed.emit()
        self.load_board()

    def edit_criteria(self) -> None:
        if self.ctx.is_mentor:
            self.show_message(self.tr("Only staff may change the stage criteria."))
            return
        if self.board is None:
            return
        name = self.board.cohort_name
        self.show_message("")

        def saved(_dialog) -> None:
            self.show_message(self.tr("Stage criteria of %1 saved.").replace("%1", name), ok=True)
            self.changed.emit()
            self.load_board()

        self._show_dialog(CriteriaDialog(self.ctx, self.board.cohort_id, name, self), saved)

    def take_attendance(self) -> None:
        if self.board is None:
            return
        dialog = AttendanceDialog(self.ctx, self.board.cohort_id, self.board.cohort_name, self)
        self.dialog = dialog

        def finished(_code: int) -> None:
            self.dialog = None
            if dialog.wrote:
                self.changed.emit()
                self.load_board()
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()
