"""话术版本对比: two versions of a sales script side by side.

Each row of the comparison is one line in both panes (sentence by sentence, no
wrapping), so the panes stay aligned; their scroll bars move together. Removed
text is tinted red on the left, added text green on the right, a changed sentence
yellow with its changed characters in the stronger colour; the empty side of an
added or removed row is grey. Previous/Next change jump between the changes.
"""
# zh_CN: English → 中文
#   Compare script versions → 话术版本对比
#   Older version → 旧版本
#   Newer version → 新版本
#   Previous change → 上一处修改
#   Next change → 下一处修改
#   Version %1 · %2 · %3 → 第 %1 版 · %2 · %3
#   The two versions are identical. → 两个版本完全相同。
#   %1 changed · %2 added · %3 removed · %4% alike → 修改 %1 句 · 新增 %2 句 · 删除 %3 句 · 相似度 %4%
#   Removed → 删除
#   Added → 新增
#   Changed → 修改
#   Loading… → 正在载入…
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import QDialog, QPlainTextEdit, QWidget

from ...core.domain.compliance import utf16_offset
from ...core.domain.script_diff import DiffRow, RowKind
from ...core.errors import JiarenError
from ...core.services import scripts
from ...core.services.scripts import ScriptVersionDTO, VersionDiff
from ..context import AppContext
from ..forms.ui_script_diff_dialog import Ui_ScriptDiffDialog
from ..widgets.field_error import style_error_label
from ..widgets.text_marks import (
    ADDED_ROW,
    ADDED_SPAN,
    CHANGED_ROW,
    FILLER_ROW,
    REMOVED_ROW,
    REMOVED_SPAN,
    background_format,
    local_time,
    selection,
)

# (row tint, span tint) per kind and side; None: the side has no text (filler)
_TINTS = {
    (RowKind.REMOVED, "left"): (REMOVED_ROW, REMOVED_SPAN), (RowKind.REMOVED, "right"): (FILLER_ROW, None),
    (RowKind.ADDED, "left"): (FILLER_ROW, None), (RowKind.ADDED, "right"): (ADDED_ROW, ADDED_SPAN),
    (RowKind.CHANGED, "left"): (CHANGED_ROW, REMOVED_SPAN), (RowKind.CHANGED, "right"): (CHANGED_ROW, ADDED_SPAN),
}


class ScriptDiffDialog(QDialog):
    def __init__(self, ctx: AppContext, left_version_id: int, right_version_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ScriptDiffDialog()
        self.ui.setupUi(self)
        self.result: VersionDiff | None = None
        self.change_starts: list[int] = []
        self._current = -1
        style_error_label(self.ui.formError)
        self.ui.formError.hide()
        self.ui.buttons.rejected.connect(self.reject)
        self.ui.previousChange.clicked.connect(lambda: self.go_to_change(-1))
        self.ui.nextChange.clicked.connect(lambda: self.go_to_change(+1))
        QShortcut(QKeySequence("F7"), self, activated=lambda: self.go_to_change(+1))
        QShortcut(QKeySequence("Shift+F7"), self, activated=lambda: self.go_to_change(-1))
        self._link_scrolling(self.ui.leftText, self.ui.rightText)
        removed, added, changed = self.tr("Removed"), self.tr("Added"), self.tr("Changed")
        self.ui.legend.setText(
            f'<span style="background:rgba(229,57,53,0.35)">&nbsp;{removed}&nbsp;</span> '
            f'<span style="background:rgba(67,160,71,0.4)">&nbsp;{added}&nbsp;</span> '
            f'<span style="background:rgba(251,192,45,0.45)">&nbsp;{changed}&nbsp;</span>')
        self.ui.summaryLabel.setText(self.tr("Loading…"))
        self._set_navigation()
        ctx.ops.run(self, scripts.diff_versions, ctx.db, ctx.actor, left_version_id, right_version_id,
                    success=self.show_diff, failure=self._failed)

    @staticmethod
    def _link_scrolling(a: QPlainTextEdit, b: QPlainTextEdit) -> None:
        for get in (lambda e: e.verticalScrollBar(), lambda e: e.horizontalScrollBar()):
            get(a).valueChanged.connect(get(b).setValue)
            get(b).valueChanged.connect(get(a).setValue)

    def _failed(self, exc: JiarenError) -> None:
        self.ui.summaryLabel.setText("")
        self.ui.formError.setText(self.ctx.message(exc))
        self.ui.formError.show()

    def _title(self, v: ScriptVersionDTO) -> str:
        return (self.tr("Version %1 · %2 · %3").replace("%1", str(v.version_no))
                .replace("%2", local_time(v.created_at)).replace("%3", v.author_name or "—"))

    # --- painting -----------------------------------------------------------------
    def show_diff(self, result: VersionDiff) -> None:
        self.result = result
        rows = result.diff.rows
        self.ui.leftTitle.setText(self._title(result.left))
        self.ui.rightTitle.setText(self._title(result.right))
        for side, edit in (("left", self.ui.leftText), ("right", self.ui.rightText)):
            edit.setPlainText("\n".join(getattr(r, side) for r in rows))
            edit.setExtraSelections(self._marks(edit, rows, side))
        d = result.diff
        if d.identical:
            self.ui.summaryLabel.setText(self.tr("The two versions are identical."))
        else:
            self.ui.summaryLabel.setText(
                self.tr("%1 changed · %2 added · %3 removed · %4% alike")
                .replace("%1", str(d.count(RowKind.CHANGED))).replace("%2", str(d.count(RowKind.ADDED)))
                .replace("%3", str(d.count(RowKind.REMOVED))).replace("%4", str(round(d.similarity * 100))))
        self.change_starts = d.change_rows()
        self._current = -1
        self._set_navigation()
        if self.change_starts:
            self.go_to_change(+1)

    @staticmethod
    def _marks(edit: QPlainTextEdit, rows: tuple[DiffRow, ...], side: str) -> list:
        marks = []
        doc = edit.document()
        for i, row in enumerate(rows):
            tints = _TINTS.get((row.kind, side))
            if tints is None:
                continue
            block = doc.findBlockByNumber(i)
            row_tint, span_tint = tints
            marks.append(selection(edit, block.position(), block.position(), background_format(row_tint, True)))
            text = getattr(row, side)
            if span_tint is not None:
                for s, e in getattr(row, side + "_spans"):
                    marks.append(selection(edit, block.position() + utf16_offset(text, s),
                                           block.position() + utf16_offset(text, e), background_format(span_tint)))
        return marks

    # --- navigation -------------------------------------------------------------------
    def _set_navigation(self) -> None:
        self.ui.previousChange.setEnabled(self._current > 0)
        self.ui.nextChange.setEnabled(self._current < len(self.change_starts) - 1)

    def go_to_change(self, step: int) -> None:
        target = self._current + step
        if not 0 <= target < len(self.change_starts):
            return
        self._current = target
        row = self.change_starts[target]
        for edit in (self.ui.leftText, self.ui.rightText):
            cursor = QTextCursor(edit.document().findBlockByNumber(row))
            edit.setTextCursor(cursor)
            edit.centerCursor()
        self._set_navigation()

    def current_row(self) -> int:
        return self.change_starts[self._current] if self._current >= 0 else -1
