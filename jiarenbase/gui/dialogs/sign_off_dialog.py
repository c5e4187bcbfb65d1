"""签核: sign a student's current stage off. Shows the gate's checks (达标 / 未达标 /
无数据 / 已豁免, with what is missing and the cohort's waiver reasons); when one holds
the student back, a mentor is told why they cannot sign, and staff get the override
(特批) box with its reason (at least 10 characters, kept with the record and audited).
A sign-off is confirmed in the status bar."""
# zh_CN: English → 中文
#   Sign off a stage → 阶段签核
#   Criterion → 标准
#   Has → 当前
#   Needs → 要求
#   Met → 达标
#   Yes → 是
#   No → 否
#   Loading… → 正在载入…
#   %1 → %2 → %1 → %2
#   Mentor: %1 → 导师：%1
#   Every criterion is met: the stage can be signed off. → 全部标准已达到，可以签核。
#   Every criterion is met or waived: the stage can be signed off. → 全部标准已达到或已豁免，可以签核。
#   %1 of %2 criteria not met. → %2 项标准中有 %1 项未达到。
#   %1 of %2 criteria not met or without data yet. → %2 项标准中有 %1 项未达到或尚无数据。
#   No data → 无数据
#   Waived → 已豁免
#   Waived: %1 → 已豁免：%1
#   No data: %1 → 无数据：%1
#   %1 signed off: now in %2. → 已签核：%1 进入%2。
#   %1 passed by override: now in %2. → 已特批：%1 进入%2。
#   Mentors cannot pass a student who has not met every criterion. Ask staff (教务) to sign off with an override reason,
#     or sign off once the criteria are met.
#     → 未全部达标时导师不能签核。请待学员达标后再签核，或请教务填写特批理由后签核。
#   Sign off → 签核
#   Override and sign off → 特批签核
#   Override (pass although criteria are unmet) → 特批（未全部达标仍予通过）
#   Only staff may let a student pass without meeting every criterion. Write why; the reason is kept with the stage
#     record and in the audit log.
#     → 只有教务可以让未全部达标的学员通过。请写明理由；理由会随阶段记录保存并写入审计日志。
#   Reason → 理由
#   At least 10 characters, e.g. what the student did instead → 至少10个字，例如学员以其他方式达到的要求
#   %1 / %2 characters → %1 / %2 个字
#   %1 has completed the training. → %1 已结业。
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLayout, QTableWidgetItem, QWidget

from ...core.domain.enums import Stage, StageResult
from ...core.domain.stages import MIN_OVERRIDE_REASON, OVERRIDE_FIELD, CheckState
from ...core.errors import JiarenError, ValidationError
from ...core.services import stage_board, stages
from ...core.services.stage_board import StageCard
from ...core.services.stages import SignOffResult
from ..context import AppContext
from ..forms.ui_sign_off_dialog import Ui_SignOffDialog
from ..widgets.field_error import ERROR_COLOUR, FieldErrors
from ..widgets.stage_card import board_colours
from .form_values import enum_label


class SignOffDialog(QDialog):
    signed_off = Signal(object)  # SignOffResult

    def __init__(self, ctx: AppContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.card: StageCard | None = None
        self.result_of_sign_off: SignOffResult | None = None
        self.ui = Ui_SignOffDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Sign off a stage"))
        ui.studentName.setStyleSheet("font-size: 16px; font-weight: 600;")
        ui.stageMove.setText(self.tr("Loading…"))
        ui.checks.setColumnCount(4)
        ui.checks.setHorizontalHeaderLabels([self.tr("Criterion"), self.tr("Has"), self.tr("Needs"), self.tr("Met")])
        header = ui.checks.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.colours = board_colours(self)
        ui.checkNotes.hide()
        self.errors = FieldErrors(ui.formError, ctx.lang)
        if not ctx.is_mentor:  # a mentor's refusal about 特批 is shown as a general message
            self.errors.bind(OVERRIDE_FIELD[0], ui.overrideReason, ui.overrideReasonError)
        else:
            ui.overrideReasonError.hide()
        ui.mentorNote.setStyleSheet(f"color: {self.colours.unmet};")
        ui.mentorNote.hide()
        ui.overrideBox.hide()
        self.ok_button = ui.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Sign off"))
        self.ok_button.setEnabled(False)
        ui.buttons.accepted.connect(self.sign_off)
        ui.buttons.rejected.connect(self.reject)
        ui.overrideReason.textChanged.connect(self._count_reason)
        self.save_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self)
        self.save_shortcut.activated.connect(self.sign_off)
        self.layout().setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.resize(620, 380)
        self.reload()

    @property
    def student_name(self) -> str:
        return self.card.name if self.card else ""

    @property
    def unmet(self) -> bool:
        return self.card is not None and not self.card.ready

    # -- loading -----------------------------------------------------------------------
    def reload(self, then=None) -> None:
        """Read the student's card and show it (then `then()`)."""
        def loaded(card: StageCard) -> None:
            self.show_card(card)
            if then is not None:
                then()

        self.ctx.ops.run(self, stage_board.stage_card, self.ctx.db, self.ctx.actor, self.student_id,
                         success=loaded, failure=self._load_failed, latest="card")

    def _load_failed(self, exc: JiarenError) -> None:
        self.ui.stageMove.setText("")
        self.errors.set_general(self.ctx.message(exc))
        self.ok_button.setEnabled(False)

    def show_card(self, card: StageCard) -> None:
        self.card = card
        ui, lang = self.ui, self.ctx.lang
        ui.studentName.setText(card.name)
        if card.stage is Stage.COMPLETED or card.stage.next is None:
            ui.stageMove.setText(self.tr("%1 has completed the training.").replace("%1", card.name))
            self.ok_button.setEnabled(False)
            return
        move = self.tr("%1 → %2").replace("%1", enum_label(card.stage, lang)).replace(
            "%2", enum_label(card.stage.next, lang))
        if card.mentor_name:
            move += "    " + self.tr("Mentor: %1").replace("%1", card.mentor_name)
        ui.stageMove.setText(move)
        ui.checks.setRowCount(len(card.checks))
        marks = {CheckState.MET: "✓ " + self.tr("Yes"), CheckState.UNMET: "✗ " + self.tr("No"),
                 CheckState.NO_DATA: "? " + self.tr("No data"), CheckState.WAIVED: "✓ " + self.tr("Waived")}
        notes = []
        for row, check in enumerate(card.checks):
            colour = QBrush(QColor(self.colours.state(check.state)))
            label = check.label_en if lang == "en" else check.label_zh
            values = (label, check.actual, check.required, marks[check.state])
            for col, text in enumerate(values):
                item = QTableWidgetItem(text)
                if col == 3:
                    item.setForeground(colour)
                ui.checks.setItem(row, col, item)
            if check.waiver:
                notes.append(f"{label}：" + self.tr("Waived: %1").replace("%1", check.waiver))
            elif check.state is CheckState.NO_DATA:
                notes.append(f"{label}：" + self.tr("No data: %1").replace(
                    "%1", check.missing_en if lang == "en" else check.missing_zh))
        ui.checkNotes.setText("\n".join(notes))
        ui.checkNotes.setVisible(bool(notes))
        ui.checks.resizeRowsToContents()
        self._fit_table()
        unmet = len(card.unmet)
        if unmet:
            text = (self.tr("%1 of %2 criteria not met or without data yet.") if card.no_data
                    else self.tr("%1 of %2 criteria not met."))
            ui.verdict.setText(text.replace("%1", str(unmet)).replace("%2", str(len(card.checks))))
            ui.verdict.setStyleSheet(f"color: {self.colours.unmet}; font-weight: 600;")
        else:
            waived = any(c.waiver for c in card.checks)
            ui.verdict.setText(self.tr("Every criterion is met or waived: the stage can be signed off.") if waived
                               else self.tr("Every criterion is met: the stage can be signed off."))
            ui.verdict.setStyleSheet(f"color: {self.colours.met}; font-weight: 600;")
        for check in card.checks:  # a criterion named in a refusal marks the table
            self.errors.bind(check.label_zh, ui.checks, None)
        may_override = not self.ctx.is_mentor
        ui.mentorNote.setVisible(bool(unmet) and not may_override)
        ui.mentorNote.setText(self.tr(
            "Mentors cannot pass a student who has not met every criterion. Ask staff (教务) to sign off with "
            "an override reason, or sign off once the criteria are met."))
        ui.overrideBox.setVisible(bool(unmet) and may_override)
        self.ok_button.setText(self.tr("Override and sign off") if unmet and may_override else self.tr("Sign off"))
        self.ok_button.setEnabled(not unmet or may_override)
        self._count_reason()
        self._grow()
        if unmet and may_override:
            ui.overrideReason.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.ok_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _grow(self) -> None:
        """Wrapped texts (hint, errors) need more height than the layout's minimum:
        make the dialog tall enough for them at its width."""
        layout = self.layout()
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(self.width(), needed)

    def _fit_table(self) -> None:
        """The table as tall as its few rows: no empty space, no scroll bar."""
        table = self.ui.checks
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth() + 4
        height += sum(table.rowHeight(r) for r in range(table.rowCount()))
        table.setMinimumHeight(height)
        table.setMaximumHeight(height)

    def _count_reason(self) -> None:
        n = len(self.ui.overrideReason.toPlainText().strip())
        self.ui.reasonCount.setText(self.tr("%1 / %2 characters").replace("%1", str(n))
                                    .replace("%2", str(MIN_OVERRIDE_REASON)))
        self.ui.reasonCount.setStyleSheet(f"color: {self.colours.met if n >= MIN_OVERRIDE_REASON else ERROR_COLOUR};")
        if n >= MIN_OVERRIDE_REASON:
            self.errors.set_error(OVERRIDE_FIELD[0], "")

    # -- signing -----------------------------------------------------------------------------
    def sign_off(self) -> None:
        card = self.card
        if card is None or not self.ok_button.isEnabled():  # off while signing off
            return
        self.errors.clear()
        reason = self.ui.overrideReason.toPlainText() if self.ui.overrideBox.isVisible() else None
        self.ctx.ops.run(self, stages.sign_off_stage, self.ctx.db, self.ctx.actor, card.student_id, reason,
                         expected_stage=card.stage, success=self._done, failure=self._refused, busy=[self.ok_button])

    def _done(self, result: SignOffResult) -> None:
        self.result_of_sign_off = result
        text = (self.tr("%1 passed by override: now in %2.") if result.result is StageResult.OVERRIDDEN
                else self.tr("%1 signed off: now in %2."))
        self.ctx.notify(text.replace("%1", self.student_name).replace("%2", enum_label(result.to_stage, self.ctx.lang)))
        self.signed_off.emit(result)
        self.accept()

    def _refused(self, exc: JiarenError) -> None:
        if isinstance(exc, ValidationError):
            if OVERRIDE_FIELD[0] in exc.fields and not self.ui.overrideBox.isVisible() and not self.ctx.is_mentor:
                # the evidence changed since the card was loaded: show the fresh checks and the box
                self.reload(then=lambda: self._show_refusal(exc))
                return
            self._show_refusal(exc)
        else:
            self.errors.set_general(self.ctx.message(exc))

    def _show_refusal(self, exc: ValidationError) -> None:
        first = self.errors.show_problems(exc.problems)
        self._grow()
        if first is not None and first is self.ui.overrideReason:
            first.setFocus(Qt.FocusReason.OtherFocusReason)
