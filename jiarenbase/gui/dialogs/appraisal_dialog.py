"""鉴定意见: write the mentor's overall opinion of a student before printing the
student report. Plain text, kept as typed (line breaks, Chinese punctuation); a
character count shows the room left. Loading and saving run through ctx.ops.

    if edit_appraisal(self, ctx, student_id): ...   # saved
"""
# zh_CN: English → 中文
#   Appraisal → 鉴定意见
#   Appraisal: %1 → 鉴定意见：%1
#   The appraisal (鉴定意见) is printed in the closing block of the student's report, as typed. Leave it empty to
#     print blank lines to write on by hand.
#     → 鉴定意见按输入原样打印在学员报告末尾的鉴定栏中。留空则打印空白横线，供手写填写。
#   e.g. attitude, progress in drills and live sessions, strengths and what to work on
#     → 例如：实训态度、模拟演练与实战直播中的进步、优点与需改进之处
#   (the hint and the placeholder come from forms/appraisal_dialog.ui, context AppraisalDialog)
#   %1 / %2 characters → %1 / %2 字
#   Loading… → 正在载入…
#   Appraisal saved: %1 → 已保存鉴定意见：%1; Appraisal cleared: %1 → 已清空鉴定意见：%1
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...core.domain.text import keep_typed
from ...core.errors import JiarenError, ValidationError
from ...core.services import appraisals
from ...core.services.appraisals import MAX_OPINION, AppraisalDTO
from ..context import AppContext
from ..forms.ui_appraisal_dialog import Ui_AppraisalDialog
from ..widgets.field_error import ERROR_COLOUR, FieldErrors

OK_COLOUR = "#6b7280"


class AppraisalDialog(QDialog):
    def __init__(self, ctx: AppContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.student_id = student_id
        self.loaded: AppraisalDTO | None = None
        self.saved: AppraisalDTO | None = None
        self.ui = Ui_AppraisalDialog()
        self.ui.setupUi(self)
        ui = self.ui
        self.setWindowTitle(self.tr("Appraisal"))
        ui.studentName.setStyleSheet("font-size: 16px; font-weight: 600;")
        ui.studentName.setText(self.tr("Loading…"))
        self.errors = FieldErrors(ui.formError, ctx.lang)
        self.errors.bind(appraisals.FIELD[0], ui.opinion, ui.opinionError)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        ui.opinion.setEnabled(False)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.opinion.textChanged.connect(self._count)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        self.resize(620, 460)
        self._count()
        ctx.ops.run(self, appraisals.appraisal_form, ctx.db, ctx.actor, student_id,
                    success=self.show_form, failure=self._load_failed)

    # -- loading -------------------------------------------------------------------
    def show_form(self, form: AppraisalDTO) -> None:
        self.loaded = form
        ui = self.ui
        self.setWindowTitle(self.tr("Appraisal: %1").replace("%1", form.student_name))
        ui.studentName.setText(form.student_name)
        ui.opinion.setPlainText(form.opinion)
        ui.opinion.setEnabled(True)
        self.save_button.setEnabled(True)
        ui.opinion.setFocus(Qt.FocusReason.OtherFocusReason)
        ui.opinion.moveCursor(ui.opinion.textCursor().MoveOperation.End)

    def _load_failed(self, exc: JiarenError) -> None:
        self.ui.studentName.setText("")
        self.errors.set_general(self.ctx.message(exc))

    # -- counting ------------------------------------------------------------------
    def text(self) -> str:
        return self.ui.opinion.toPlainText()

    def _count(self) -> None:
        n = len(keep_typed(self.text()))  # what will be stored (outer blank space trimmed)
        self.ui.count.setText(self.tr("%1 / %2 characters").replace("%1", str(n)).replace("%2", str(MAX_OPINION)))
        self.ui.count.setStyleSheet(f"color: {ERROR_COLOUR if n > MAX_OPINION else OK_COLOUR};")
        if n <= MAX_OPINION:
            self.errors.set_error(appraisals.FIELD[0], "")

    # -- saving --------------------------------------------------------------------
    def save(self) -> None:
        if self.loaded is None or not self.save_button.isEnabled():  # off while loading or saving
            return
        self.errors.clear()
        self.ctx.ops.run(self, appraisals.save_appraisal, self.ctx.db, self.ctx.actor, self.student_id, self.text(),
                         success=self._saved, failure=self._refused, busy=[self.save_button, self.ui.opinion])

    def _saved(self, form: AppraisalDTO) -> None:
        self.saved = form
        self.ctx.notify((self.tr("Appraisal saved: %1") if form.opinion else self.tr("Appraisal cleared: %1"))
                        .replace("%1", form.student_name))
        self.accept()

    def _refused(self, exc: JiarenError) -> None:
        if isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.errors.set_general(self.ctx.message(exc))


def edit_appraisal(parent: QWidget, ctx: AppContext, student_id: int) -> bool:
    """Open the editor for one student (modal); True when the appraisal was saved."""
    dialog = AppraisalDialog(ctx, student_id, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted and dialog.saved is not None
    finally:
        dialog.deleteLater()
