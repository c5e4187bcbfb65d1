"""Import wizard, page 4: confirm, then save the students (with progress and Cancel).

The import runs through ctx.ops behind a progress dialog. Cancel makes the service's
progress callback raise Cancelled inside its transaction: nothing is written.
This is the wizard's commit page: after it, Back is gone.
"""
# zh_CN: English → 中文
#   "Import" → "导入"
#   "New students to add: %1 — partner school “%2”, cohort “%3”." → "将新增学员 %1 名 —— 合作院校“%2”，批次“%3”。"
#   "The partner school “%1” is new and will be created." → "合作院校“%1”是新的，将一并创建。"
#   "The cohort “%1 %2” (%3 to %4) is new and will be created." → "批次“%1 %2”（%3 至 %4）是新的，将一并创建。"
#   "Imported with a warning: %1 (the warnings say what was left empty or taken from the ID number)."
#     → "带提醒导入：%1 人（提醒中写明了哪些内容已留空或按身份证号填写）。"
#   "Already enrolled or repeated, will be skipped: %1." → "已在册或重复，将跳过：%1 人。"
#   "Rows with problems, not imported: %1. After the import you can save them as a list for the school."
#     → "有问题、不导入的行：%1 行。导入后可将其保存为错误清单发给学校。"
#   "Importing the roster" → "正在导入名单"
#   "Saving the students…" → "正在保存学员…"
#   "The import was cancelled; nothing was saved." → "已取消导入，没有保存任何数据。"
from __future__ import annotations

from functools import partial

from PySide6.QtWidgets import QWizard, QWizardPage

from ....core.errors import JiarenError
from ....core.services import roster_import
from ....core.services.progress import Cancelled
from ...forms.ui_import_wizard_confirm_page import Ui_ImportConfirmPage
from ...widgets.progress import run_with_progress
from .common import NOTE_STYLE, show_message


class ImportConfirmPage(QWizardPage):
    def __init__(self, ctx, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ImportConfirmPage()
        self.ui.setupUi(self)
        self.setCommitPage(True)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("Import"))
        self.running = False
        self.outcome = None
        self.run = None  # the ProgressRun while importing

    def initializePage(self) -> None:
        self.outcome = None
        wizard = self.wizard()
        preview, target = wizard.preview, wizard.target
        self.ui.summary.setText(self.tr("New students to add: %1 — partner school “%2”, cohort “%3”.")
                                .replace("%1", str(len(preview.accepted))).replace("%2", target.school_name)
                                .replace("%3", target.cohort_code))
        self.ui.summary.setStyleSheet("font-weight: 600;")
        details = []
        if target.new_school:
            details.append(self.tr("The partner school “%1” is new and will be created.")
                           .replace("%1", target.school_name))
        if target.new_cohort:
            details.append(self.tr("The cohort “%1 %2” (%3 to %4) is new and will be created.")
                           .replace("%1", target.cohort_code).replace("%2", target.cohort_name)
                           .replace("%3", f"{target.start_date}").replace("%4", f"{target.end_date}"))
        if preview.warned:
            details.append(self.tr("Imported with a warning: %1 (the warnings say what was left empty or "
                                   "taken from the ID number).").replace("%1", str(len(preview.warned))))
        if preview.already_enrolled:
            details.append(self.tr("Already enrolled or repeated, will be skipped: %1.")
                           .replace("%1", str(len(preview.already_enrolled))))
        if preview.rejected:
            details.append(self.tr("Rows with problems, not imported: %1. After the import you can save them "
                                   "as a list for the school.").replace("%1", str(len(preview.rejected))))
        self.ui.details.setText("\n".join(details))
        show_message(self.ui.message, "")

    def validatePage(self) -> bool:
        if self.outcome is not None:
            return True
        if self.running:
            return False
        self._start()
        return False  # the wizard moves on when the import is done (_imported)

    def _start(self) -> None:
        wizard = self.wizard()
        preview, target = wizard.preview, wizard.target
        ctx = self.ctx
        if target.both_exist:
            fn, args = roster_import.import_rows, (ctx.db, ctx.actor, preview, target.school_id, target.cohort_id)
        else:
            fn, args = roster_import.import_roster, (ctx.db, ctx.actor, preview, target.school_name,
                                                     target.cohort_code)
            if target.new_cohort:
                fn = partial(roster_import.import_roster, cohort_name=target.cohort_name,
                             start_date=target.start_date, end_date=target.end_date)
        self._set_running(True)
        show_message(self.ui.message, "")
        self.run = run_with_progress(ctx, wizard, self.tr("Importing the roster"), fn, *args,
                                     label=self.tr("Saving the students…"), token=wizard.new_token(),
                                     on_done=self._imported, on_error=self._failed, on_cancelled=self._cancelled,
                                     after=self._ended)

    def _set_running(self, running: bool) -> None:
        self.running = running
        self.wizard().busy = running
        self.completeChanged.emit()  # the wizard updates its buttons here…
        if running:  # …so Back is switched off after it
            self.wizard().button(QWizard.WizardButton.BackButton).setEnabled(False)

    def _imported(self, outcome) -> None:
        self.outcome = outcome
        self._set_running(False)
        self.wizard().finish_import(outcome)
        self.wizard().next()

    def _ended(self) -> None:
        """However the import ended (a bug too: that one reaches no handler), the wizard
        is not left busy: it can be closed again."""
        if self.running:
            self._set_running(False)

    def _failed(self, exc: JiarenError) -> None:
        self._set_running(False)
        show_message(self.ui.message, self.ctx.message(exc))

    def _cancelled(self, _exc: Cancelled) -> None:
        self._set_running(False)
        show_message(self.ui.message, self.tr("The import was cancelled; nothing was saved."), NOTE_STYLE)

    def isComplete(self) -> bool:
        return not self.running
