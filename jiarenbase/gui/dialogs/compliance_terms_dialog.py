"""违禁词: staff edit the list of banned advertising terms the script check uses —
term, category, reason and the phrases it is allowed in — or restore the defaults.
Nothing is stored until Save, and then only when every row is right (the service
names the bad rows). The list is shared by every desktop: a save over a list another
desktop saved since this one was loaded opens the conflict dialog."""
# zh_CN: English → 中文
#   Banned advertising terms → 广告违禁词
#   The compliance check flags these terms in sales scripts (Advertising Law art. 9: no “national-level”, “highest”,
#     “best” and the like). A term is not flagged inside a phrase listed under “Allowed in” (separate several with 、),
#     e.g. 最近 for 最.
#     → 合规检查会在话术中标出这些词（《广告法》第九条：不得使用“国家级”“最高级”“最佳”等用语）。词出现在“例外”所列的短语
#     （多个用“、”分隔）中时不标出，例如“最”在“最近”中。
#   Term → 违禁词
#   Category → 类别
#   Reason → 原因
#   Allowed in → 例外
#   Restore defaults → 恢复默认
#   Add term → 添加
#   Remove selected → 删除所选
#   Restore defaults → 恢复默认
#   %1 terms → 共 %1 个词
#   Restore the default list? Your edits in this window are replaced. → 恢复默认列表吗？本窗口中的修改将被替换。
#   Only staff can change the list. → 只有教务和管理员可以修改此列表。
#   Banned terms saved: %1 terms → 已保存违禁词：共 %1 个
from __future__ import annotations

import re

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QTableWidgetItem, QWidget

from ...core.domain.compliance import DEFAULT_TERMS, EXTREME, BannedTerm
from ...core.errors import ConflictError, JiarenError
from ...core.services import scripts
from ..context import AppContext
from ..forms.ui_compliance_terms_dialog import Ui_ComplianceTermsDialog
from ..widgets.field_error import style_error_label
from .conflict_dialog import ConflictDialog

_SEPARATORS = re.compile(r"[、,，;；\s]+")


class ComplianceTermsDialog(QDialog):
    saved = Signal(object)  # the stored tuple of BannedTerm

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.version: int | None = None  # of the stored list, from the load
        self.ui = ui = Ui_ComplianceTermsDialog()
        ui.setupUi(self)
        style_error_label(ui.formError)
        ui.formError.hide()
        header = ui.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 120), (1, 130), (3, 240)):  # room for the theme's upper-case headers
            header.resizeSection(col, width)
        ui.table.verticalHeader().setDefaultSectionSize(26)
        self.save_button = ui.buttons.button(QDialogButtonBox.StandardButton.Save)
        ui.buttons.accepted.connect(self.save)
        ui.buttons.rejected.connect(self.reject)
        ui.addTerm.clicked.connect(self.add_row)
        ui.removeTerms.clicked.connect(self.remove_selected)
        ui.restoreDefaults.clicked.connect(self.restore_defaults)
        ui.table.model().rowsInserted.connect(self._count)
        ui.table.model().rowsRemoved.connect(self._count)
        if ctx.is_mentor:
            for w in (self.save_button, ui.addTerm, ui.removeTerms, ui.restoreDefaults):
                w.setEnabled(False)
            ui.table.setEditTriggers(ui.table.EditTrigger.NoEditTriggers)
            self._error(self.tr("Only staff can change the list."))
        # staff: Save waits for the list (saving the empty table would clear it)
        self.load()

    def load(self, then=None) -> None:
        """Read the stored list and its version; `then(stored)` instead of filling the table."""
        self.ctx.ops.run(self, scripts.compliance_terms_for_edit, self.ctx.db, self.ctx.actor,
                         success=then or self._loaded, failure=lambda exc: self._error(self.ctx.message(exc)),
                         busy=() if self.ctx.is_mentor else [self.save_button])

    def _loaded(self, stored) -> None:
        self.version = stored.version
        self.fill(stored.value)

    def _error(self, text: str) -> None:
        self.ui.formError.setText(text)
        self.ui.formError.setVisible(bool(text))

    def _count(self, *_args) -> None:
        self.ui.countLabel.setText(self.tr("%1 terms").replace("%1", str(self.ui.table.rowCount())))

    # --- rows ---------------------------------------------------------------------
    def fill(self, terms) -> None:
        table = self.ui.table
        table.setRowCount(0)
        for t in terms:
            self._append(t)
        self._count()

    def _append(self, t: BannedTerm) -> int:
        table = self.ui.table
        row = table.rowCount()
        table.insertRow(row)
        for col, text in enumerate((t.term, t.category, t.reason, "、".join(t.exceptions))):
            item = QTableWidgetItem(text)
            if col == 2:
                item.setToolTip(text)
            table.setItem(row, col, item)
        return row

    def add_row(self) -> None:
        row = self._append(BannedTerm("", EXTREME))
        self.ui.table.setCurrentCell(row, 0)
        self.ui.table.editItem(self.ui.table.item(row, 0))

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.ui.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.ui.table.removeRow(row)

    def restore_defaults(self) -> None:
        answer = QMessageBox.question(self, self.tr("Restore defaults"), self.tr(
            "Restore the default list? Your edits in this window are replaced."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer == QMessageBox.StandardButton.Yes:
            self.fill(DEFAULT_TERMS)

    def terms(self) -> list[BannedTerm]:
        """The rows as typed (the service cleans and checks them)."""
        table, out = self.ui.table, []
        for row in range(table.rowCount()):
            cell = [table.item(row, c).text() if table.item(row, c) else "" for c in range(4)]
            exceptions = tuple(x for x in _SEPARATORS.split(cell[3]) if x)
            out.append(BannedTerm(cell[0], cell[1], cell[2], exceptions))
        return out

    # --- saving -------------------------------------------------------------------------
    def save(self, version: int | None = None) -> None:
        if not self.save_button.isEnabled():  # loading, saving, or a mentor
            return
        self._error("")

        def done(stored) -> None:
            self.ctx.notify(self.tr("Banned terms saved: %1 terms").replace("%1", str(len(stored))))
            self.saved.emit(stored)
            self.accept()

        def failed(exc: JiarenError) -> None:
            problems = getattr(exc, "problems", None)
            if problems:
                self._error("\n".join(p.text(self.ctx.lang) for p in problems))
            else:
                self._error(self.ctx.message(exc))
            if isinstance(exc, ConflictError):
                self._conflict()

        self.ctx.ops.run(self, scripts.set_compliance_terms, self.ctx.db, self.ctx.actor, self.terms(),
                         self.version if version is None else version,
                         success=done, failure=failed, busy=[self.save_button])

    def _conflict(self) -> None:
        """Another desktop saved the list meanwhile: reload theirs, overwrite it with
        this one, or keep editing."""
        choice = ConflictDialog.ask(self)
        if choice == ConflictDialog.RELOAD:
            self._error("")
            self.load()
        elif choice == ConflictDialog.OVERWRITE:
            self._error("")
            self.load(then=lambda stored: self.save(stored.version))
