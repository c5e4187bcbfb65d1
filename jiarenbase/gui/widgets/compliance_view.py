"""The live advertising-law check of a script editor: banned terms underlined in
the text as it is typed, listed with line and column ("第3行第5列 “最” 极限词", the
reason in the tooltip), and a click on the list selects the term in the editor.
Pure matching (core.domain.compliance) on the GUI thread: no database, sub-ms."""
# zh_CN: English → 中文
#   Line %1, column %2: “%3” %4 → 第%1行第%2列 “%3” %4
#   Compliance check → 合规检查
#   Compliance check: no banned terms found. → 合规检查：未发现违禁词。
#   Compliance check: %1 banned terms found. Change them before going live. → 合规检查：发现 %1 处违禁词，开播前请修改。
from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QPlainTextEdit

from ...core.domain.compliance import DEFAULT_TERMS, BannedTerm, Finding, find_banned_terms
from .text_marks import finding_selections, select_span

SPAN = Qt.ItemDataRole.UserRole


class ComplianceView(QObject):
    checked = Signal(list)  # the findings, after every change of the text or the terms

    def __init__(self, editor: QPlainTextEdit, findings_list: QListWidget, label: QLabel) -> None:
        super().__init__(editor)
        self.editor, self.list, self.label = editor, findings_list, label
        self.terms: tuple[BannedTerm, ...] = DEFAULT_TERMS
        self.findings: list[Finding] = []
        editor.textChanged.connect(self.check)
        findings_list.itemActivated.connect(self.jump_to)
        findings_list.itemClicked.connect(self.jump_to)

    def set_terms(self, terms) -> None:
        self.terms = tuple(terms)
        self.check()

    def check(self) -> list[Finding]:
        text = self.editor.toPlainText()
        self.findings = find_banned_terms(text, self.terms)
        self.editor.setExtraSelections(finding_selections(self.editor, text, self.findings))
        self.list.clear()
        for f in self.findings:
            item = QListWidgetItem(self.tr("Line %1, column %2: “%3” %4").replace("%1", str(f.line))
                                   .replace("%2", str(f.column)).replace("%3", f.matched).replace("%4", f.category))
            item.setToolTip(f"{f.reason}\n{f.context}")
            item.setData(SPAN, (f.start, f.end))
            self.list.addItem(item)
        if self.findings:
            self.label.setText(self.tr("Compliance check: %1 banned terms found. Change them before going live.")
                               .replace("%1", str(len(self.findings))))
            self.label.setStyleSheet("color: #c62828;")
        elif text.strip():
            self.label.setText(self.tr("Compliance check: no banned terms found."))
            self.label.setStyleSheet("color: #2e7d32;")
        else:
            self.label.setText(self.tr("Compliance check"))
            self.label.setStyleSheet("")
        self.checked.emit(self.findings)
        return self.findings

    def jump_to(self, item: QListWidgetItem) -> None:
        start, end = item.data(SPAN)
        select_span(self.editor, self.editor.toPlainText(), start, end)
        self.editor.setFocus()
