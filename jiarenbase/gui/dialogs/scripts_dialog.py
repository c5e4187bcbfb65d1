"""话术: a student's sales scripts, their versions, the mentor's comment on each
version, and the advertising-law check as the script is written.

Left: the scripts and the versions of the selected one (newest first). Right: the
title and product, the text of the selected version — editing it and saving
(Ctrl+S) makes the next version — with banned terms underlined as you type and
listed with their line and column (click one to jump to it), and the mentor
comment on the shown version. "Compare versions…" opens the side-by-side view.
"""
# zh_CN: English → 中文
#   Sales scripts → 话术
#   Sales scripts of %1 → %1 的话术
#   Scripts → 话术列表
#   New script → 新建话术
#   Versions → 版本
#   Select two versions (Ctrl+click) to compare them, or one to compare it with the version before.
#     → 选中两个版本（按住 Ctrl 点击）进行比较；只选一个则与上一版比较。
#   Compare versions… → 比较版本…
#   Title → 标题
#   e.g. Peach gift box opening → 例如：蟠桃礼盒开场
#   Product → 商品
#   Script text → 话术正文
#   Write the script here, word by word. Banned advertising terms are marked as you type.
#     → 在此逐字逐句撰写话术，输入时会标出广告违禁词。
#   Mentor comment → 导师点评
#   What should the student change in this version? → 这一版还需要怎样修改？
#   Save comment → 保存点评
#   Banned terms… → 违禁词…
#   Create script → 创建话术
#   Save as new version → 保存为新版本
#   Version %1 · %2 · %3 → 第 %1 版 · %2 · %3
#   %1 flagged → %1 处违禁词
#   commented → 有点评
#   No scripts yet: write the first one on the right and click “Create script”.
#     → 还没有话术：在右侧写下第一篇，然后点“创建话术”。
#   Write the first version of the new script. → 撰写新话术的第一版。
#   Version %1 (%2, %3). Edit the text and save to make version %4. → 第 %1 版（%2，%3）。修改正文后保存即成为第 %4 版。
#   Edited: saving makes version %1 from these changes. → 已修改：保存后成为第 %1 版。
#   Comment on version %1 → 对第 %1 版的点评
#   Discard changes? → 放弃修改？
#   Discard the changes to this script? → 放弃对这篇话术的修改吗？
#   Discard the unsaved comment? → 放弃未保存的点评吗？
#   Choose a version to compare. → 请选择要比较的版本。
#   Version 1 has no earlier version; select two versions to compare. → 第 1 版没有更早的版本，请选择两个版本进行比较。
#   Script created: %1 → 已创建话术：%1
#   Script saved: %1, version %2 → 已保存话术：%1（第 %2 版）
#   Comment saved: %1, version %2 → 已保存点评：%1（第 %2 版）
#   The list now shows the other changes; your edits are kept. Check them, then save again.
#     → 列表已显示他人的修改，您的修改仍保留。请核对后再次保存。
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox, QWidget

from ...core.domain.compliance import BannedTerm, Finding, find_banned_terms
from ...core.errors import ConflictError, JiarenError, ValidationError
from ...core.services import enrolment, scripts
from ...core.services.scripts import ScriptDTO, ScriptVersionDTO
from ..context import AppContext
from ..dialog_fit import scroll_body
from ..forms.ui_scripts_dialog import Ui_ScriptsDialog
from ..widgets.compliance_view import ComplianceView
from ..widgets.field_error import FieldErrors
from ..widgets.text_marks import local_time
from .compliance_terms_dialog import ComplianceTermsDialog
from .script_diff_dialog import ScriptDiffDialog

ID = Qt.ItemDataRole.UserRole


class ScriptsDialog(QDialog):
    changed = Signal()  # a script, version or comment was saved

    def __init__(self, ctx: AppContext, student_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx, self.student_id = ctx, student_id
        self.ui = ui = Ui_ScriptsDialog()
        ui.setupUi(self)
        scroll_body(self)  # the form scrolls on a short screen; error line and buttons stay
        self.scripts: list[ScriptDTO] = []
        self.script: ScriptDTO | None = None  # None: writing a new script
        self.shown: ScriptVersionDTO | None = None
        self.diff_dialog: ScriptDiffDialog | None = None
        self._script_row = -1
        self.errors = FieldErrors(ui.formError, ctx.lang)
        for field, widget, label in (("话术标题", ui.title, ui.titleError), ("商品", ui.product, ui.productError),
                                     ("话术正文", ui.body, ui.bodyError),
                                     ("导师点评", ui.comment, ui.commentError)):
            self.errors.bind(field, widget, label)
        ui.studentLabel.setStyleSheet("font-size: 16px; font-weight: 600;")
        ui.splitter.setSizes([300, 800])
        ui.editorSplitter.setSizes([300, 170])
        ui.body.setFont(QFont(ui.body.font().family(), 12))
        ui.termsButton.setVisible(not ctx.is_mentor)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Save), self, activated=self.save)
        ui.scriptList.currentRowChanged.connect(self._script_chosen)
        ui.versionList.currentItemChanged.connect(self._version_chosen)
        ui.versionList.itemSelectionChanged.connect(self._update_buttons)
        ui.newScript.clicked.connect(self.new_script)
        ui.compareButton.clicked.connect(self.compare)
        self.compliance = ComplianceView(ui.body, ui.findingList, ui.findingsLabel)
        self.compliance.checked.connect(self._update_buttons)
        for edit in (ui.title, ui.product):
            edit.textChanged.connect(self._update_buttons)
        ui.comment.textChanged.connect(self._update_buttons)
        ui.saveComment.clicked.connect(self.save_comment)
        ui.termsButton.clicked.connect(self.edit_terms)
        self._run(enrolment.get_student, student_id, on_done=self._student_loaded)
        self.load_terms()
        self.refresh()

    @property
    def terms(self) -> tuple[BannedTerm, ...]:
        return self.compliance.terms

    @property
    def findings(self) -> list[Finding]:
        return self.compliance.findings

    # --- service calls -----------------------------------------------------------------
    def _run(self, fn, *args, on_done, on_error=None, **options) -> None:
        """`fn(db, actor, *args)` as an operation of this dialog (`options`: latest, busy)."""
        self.ctx.ops.run(self, fn, self.ctx.db, self.ctx.actor, *args, success=on_done,
                         failure=on_error or self._failed, **options)

    def _failed(self, exc: JiarenError, note: str = "") -> None:
        if isinstance(exc, ValidationError):
            first = self.errors.show_problems(exc.problems)
            if first is not None:
                first.setFocus()
        else:
            self.errors.set_general(self.ctx.message(exc) + ("\n" + note if note else ""))

    def _student_loaded(self, student) -> None:
        self.setWindowTitle(self.tr("Sales scripts of %1").replace("%1", student.name))
        self.ui.studentLabel.setText(self.windowTitle())

    def load_terms(self) -> None:
        def loaded(terms) -> None:
            self.compliance.set_terms(terms)
            self._fill_versions()

        self._run(scripts.compliance_terms, on_done=loaded, latest="terms")

    def refresh(self, script_id: int | None = None, version_id: int | None = None, then=None) -> None:
        """Reload the scripts; select `script_id` (default: the one shown) and `version_id`, then `then()`."""
        keep = script_id if script_id is not None else (self.script.id if self.script else None)

        def loaded(rows) -> None:
            self._scripts_loaded(rows, keep, version_id)
            if then is not None:
                then()
        self._run(scripts.scripts_of, self.student_id, on_done=loaded, latest="scripts")

    def _scripts_loaded(self, rows: list[ScriptDTO], script_id: int | None, version_id: int | None) -> None:
        self.scripts = list(rows)
        lst = self.ui.scriptList
        lst.blockSignals(True)
        lst.clear()
        for s in self.scripts:
            item = QListWidgetItem(f"{s.title}" + (f" · {s.product}" if s.product else ""))
            item.setData(ID, s.id)
            lst.addItem(item)
        lst.blockSignals(False)
        if not self.scripts:
            self.new_script(ask=False)
            self.errors.set_general("")
            self.ui.editorLabel.setText(self.tr(
                "No scripts yet: write the first one on the right and click “Create script”."))
            return
        row = next((i for i, s in enumerate(self.scripts) if s.id == script_id), 0)
        self._select_script_row(row, version_id)

    # --- choosing ---------------------------------------------------------------------
    def _select_script_row(self, row: int, version_id: int | None = None) -> None:
        lst = self.ui.scriptList
        lst.blockSignals(True)
        lst.setCurrentRow(row)
        lst.blockSignals(False)
        self._script_row = row
        self._show_script(self.scripts[row], version_id)

    def _script_chosen(self, row: int) -> None:
        if row < 0 or row == self._script_row:
            return
        if not self._may_leave():
            self.ui.scriptList.blockSignals(True)
            self.ui.scriptList.setCurrentRow(self._script_row)
            self.ui.scriptList.blockSignals(False)
            return
        self._select_script_row(row)

    def _show_script(self, script: ScriptDTO, version_id: int | None = None) -> None:
        keep_draft = self.script is not None and self.script.id == script.id and self.draft_dirty()
        self.script = script
        self.errors.clear()
        if not keep_draft:
            self.ui.title.setText(script.title)
            self.ui.product.setText(script.product)
        self._fill_versions(version_id)

    def _fill_versions(self, version_id: int | None = None) -> None:
        lst = self.ui.versionList
        if version_id is None and self.shown is not None:
            version_id = self.shown.id
        lst.blockSignals(True)
        lst.clear()
        chosen = None
        for v in reversed(self.script.versions if self.script else ()):
            text = (self.tr("Version %1 · %2 · %3").replace("%1", str(v.version_no))
                    .replace("%2", local_time(v.created_at)[:10]).replace("%3", v.author_name or "—"))
            flagged = len(find_banned_terms(v.body, self.terms))
            if flagged:
                text += " · ⚠ " + self.tr("%1 flagged").replace("%1", str(flagged))
            if v.mentor_comment:
                text += " · " + self.tr("commented")
            item = QListWidgetItem(text)
            item.setData(ID, v.id)
            item.setToolTip(v.mentor_comment)
            lst.addItem(item)
            if v.id == version_id or chosen is None:
                chosen = item
        if chosen is not None:
            lst.setCurrentItem(chosen)
        lst.blockSignals(False)
        if chosen is not None and (self.shown is None or self.shown.id != chosen.data(ID)):
            self._show_version(self._version(chosen.data(ID)))  # keeps a draft when only the list changed
        self._update_buttons()

    def _version(self, version_id: int) -> ScriptVersionDTO | None:
        return next((v for v in (self.script.versions if self.script else ()) if v.id == version_id), None)

    def _version_chosen(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        version = self._version(current.data(ID)) if current is not None else None
        if version is None or (self.shown is not None and version.id == self.shown.id):
            return
        if not self._may_leave():
            lst = self.ui.versionList
            lst.blockSignals(True)
            lst.setCurrentItem(previous)
            lst.blockSignals(False)
            return
        self._show_version(version)

    def _show_version(self, version: ScriptVersionDTO | None) -> None:
        self.shown = version
        self.ui.body.setPlainText(version.body if version else "")
        self.ui.comment.setPlainText(version.mentor_comment if version else "")
        self.errors.clear()
        self._update_buttons()

    def new_script(self, ask: bool = True) -> None:
        if ask and not self._may_leave():
            return
        lst = self.ui.scriptList
        lst.blockSignals(True)
        lst.setCurrentRow(-1)
        lst.clearSelection()
        lst.blockSignals(False)
        self._script_row = -1
        self.script, self.shown = None, None
        for widget in (self.ui.versionList, self.ui.title, self.ui.product, self.ui.body, self.ui.comment):
            widget.clear()
        self.errors.clear()
        self.ui.title.setFocus()
        self._update_buttons()

    # --- edited? ---------------------------------------------------------------------
    def draft_dirty(self) -> bool:
        ui = self.ui
        if self.script is None:
            return bool(ui.title.text().strip() or ui.body.toPlainText().strip())
        base = self.shown.body if self.shown else ""
        return (ui.body.toPlainText().strip() != base.strip() or ui.title.text().strip() != self.script.title
                or ui.product.text().strip() != self.script.product)

    def comment_dirty(self) -> bool:
        return self.shown is not None and self.ui.comment.toPlainText().strip() != self.shown.mentor_comment

    def _may_leave(self) -> bool:
        questions = []
        if self.draft_dirty():
            questions.append(self.tr("Discard the changes to this script?"))
        if self.comment_dirty():
            questions.append(self.tr("Discard the unsaved comment?"))
        if not questions:
            return True
        answer = QMessageBox.question(self, self.tr("Discard changes?"), "\n".join(questions),
                                      QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                                      QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def reject(self) -> None:
        if self._may_leave():
            super().reject()

    def _update_buttons(self, *_args) -> None:
        ui = self.ui
        new = self.script is None
        self.save_button.setText(self.tr("Create script") if new else self.tr("Save as new version"))
        self.save_button.setEnabled(self.draft_dirty())
        ui.commentBox.setEnabled(self.shown is not None)
        ui.saveComment.setEnabled(self.comment_dirty())
        ui.compareButton.setEnabled(self.script is not None and len(self.script.versions) > 1)
        if self.shown is not None:
            ui.commentBox.setTitle(self.tr("Comment on version %1").replace("%1", str(self.shown.version_no)))
        else:
            ui.commentBox.setTitle(self.tr("Mentor comment"))
        if new:
            if self.scripts:
                ui.editorLabel.setText(self.tr("Write the first version of the new script."))
        elif self.shown is not None:
            next_no = str(self.script.versions[-1].version_no + 1)
            if self.draft_dirty():
                ui.editorLabel.setText(self.tr("Edited: saving makes version %1 from these changes.")
                                       .replace("%1", next_no))
            else:
                ui.editorLabel.setText(
                    self.tr("Version %1 (%2, %3). Edit the text and save to make version %4.")
                    .replace("%1", str(self.shown.version_no)).replace("%2", local_time(self.shown.created_at))
                    .replace("%3", self.shown.author_name or "—").replace("%4", next_no))

    # --- saving ----------------------------------------------------------------------------
    def save(self) -> None:
        if not self.save_button.isEnabled():
            return
        self.errors.clear()
        self.save_button.setEnabled(False)
        ui = self.ui
        title, product, body = ui.title.text(), ui.product.text(), ui.body.toPlainText()
        if self.script is None:
            self._run(scripts.create_script, self.student_id, title, product, body, on_done=self._created,
                      on_error=self._save_failed)
            return
        script, shown = self.script, self.shown
        # the text as shown: only the title/product are saved; else the next version too — one transaction
        edited = body.strip() != (shown.body if shown else "").strip()
        keep = None if edited or shown is None else shown.id
        self._run(scripts.save_script, script.id, script.version, title, product, body if edited else None,
                  on_done=lambda dto: self._updated(dto, keep), on_error=self._save_failed)

    def _created(self, dto: ScriptDTO) -> None:
        self.ctx.notify(self.tr("Script created: %1").replace("%1", dto.title))
        self._saved(dto.id, dto.versions[-1].id)

    def _updated(self, dto: ScriptDTO, keep: int | None) -> None:
        shown = next((v for v in dto.versions if v.id == keep), dto.latest)
        self.ctx.notify(self.tr("Script saved: %1, version %2").replace("%1", dto.title)
                        .replace("%2", str(shown.version_no)))
        self._saved(dto.id, keep or dto.latest.id)

    def _saved(self, script_id: int, version_id: int | None) -> None:
        self.shown = None  # the form now equals what is stored: show the saved version
        self.changed.emit()
        self.refresh(script_id, version_id)

    def _save_failed(self, exc: JiarenError) -> None:
        if isinstance(exc, ConflictError) and self.script is not None:  # saved meanwhile: reload, keep the draft
            note = self.tr("The list now shows the other changes; your edits are kept. Check them, then save again.")
            self.refresh(then=lambda: self._failed(exc, note))
            return
        self._failed(exc)
        self._update_buttons()

    def save_comment(self) -> None:
        if self.shown is None:
            return
        shown, script_id = self.shown, self.script.id

        def done(version: ScriptVersionDTO) -> None:
            self.ctx.notify(self.tr("Comment saved: %1, version %2").replace("%1", self.script.title)
                            .replace("%2", str(version.version_no)))
            self.shown = version  # same version: a draft in the editor stays as typed
            self.changed.emit()
            self.refresh(script_id, version.id)

        self.errors.clear()
        self._run(scripts.comment_on_version, shown.id, self.ui.comment.toPlainText(), shown.mentor_comment,
                  on_done=done)

    # --- comparing and the term list ------------------------------------------------------------
    def compare_ids(self) -> tuple[int, int] | None:
        """(older, newer) from the selection: two versions, or one and the one before."""
        chosen = sorted((self._version(i.data(ID)) for i in self.ui.versionList.selectedItems()),
                        key=lambda v: v.version_no)
        if len(chosen) >= 2:
            return chosen[0].id, chosen[-1].id
        current = chosen[0] if chosen else self.shown
        if current is None or self.script is None:
            self.errors.set_general(self.tr("Choose a version to compare."))
            return None
        earlier = [v for v in self.script.versions if v.version_no < current.version_no]
        if not earlier:
            self.errors.set_general(self.tr("Version 1 has no earlier version; select two versions to compare."))
            return None
        return earlier[-1].id, current.id

    def compare(self) -> None:
        ids = self.compare_ids()
        if ids is None:
            return
        self.errors.set_general("")
        self.diff_dialog = ScriptDiffDialog(self.ctx, ids[0], ids[1], self)
        self.diff_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.diff_dialog.open()

    def edit_terms(self) -> None:
        dialog = ComplianceTermsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _terms: self.load_terms())
        dialog.open()
