"""The live advertising-law check of a script editor (widgets/compliance_view.py):
terms found while typing, listed with line and column and the reason in the
tooltip, the label red / green / neutral, a click on a finding selects it in the
text (also after emoji), and a list of terms of the base's own."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget, QPlainTextEdit, QVBoxLayout, QWidget

from jiarenbase.core.domain.compliance import BannedTerm
from jiarenbase.gui.widgets.compliance_view import ComplianceView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot):
    box = QWidget()
    layout = QVBoxLayout(box)
    editor, findings, label = QPlainTextEdit(), QListWidget(), QLabel()
    for w in (editor, findings, label):
        layout.addWidget(w)
    qtbot.addWidget(box)
    box.show()
    qtbot.waitExposed(box)
    yield ComplianceView(editor, findings, label)  # the box lives until the test ends


def test_terms_are_found_while_typing_and_listed_by_line_and_column(qtbot, view):
    with qtbot.waitSignal(view.checked) as sig:
        view.editor.setPlainText("🍑 今天全网最低价\n这款是最好的")
    assert [f.matched for f in sig.args[0]] == ["全网最低价", "最好"]
    texts = [view.list.item(i).text() for i in range(view.list.count())]
    assert texts == ["Line 1, column 5: “全网最低价” 极限词", "Line 2, column 4: “最好” 极限词"]
    assert "《广告法》第九条" in view.list.item(0).toolTip()
    assert len(view.editor.extraSelections()) == 2
    assert view.label.text().startswith("Compliance check: 2 banned terms found")
    assert "#c62828" in view.label.styleSheet()


def test_clean_text_is_green_and_empty_text_neutral(view):
    view.editor.setPlainText("欢迎来到直播间，今天给大家介绍新品。")
    assert view.findings == [] and view.list.count() == 0 and view.editor.extraSelections() == []
    assert view.label.text() == "Compliance check: no banned terms found." and "#2e7d32" in view.label.styleSheet()
    view.editor.setPlainText("   ")
    assert view.label.text() == "Compliance check" and view.label.styleSheet() == ""


def test_clicking_a_finding_selects_the_term_in_the_editor(qtbot, view):
    view.editor.setPlainText("🍑🍑 买它！\n史无前例的优惠，销量第一")
    item = view.list.item(1)
    rect = view.list.visualItemRect(item)
    qtbot.mouseClick(view.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.editor.textCursor().selectedText() == "销量第一"
    view.jump_to(view.list.item(0))
    assert view.editor.textCursor().selectedText() == "史无前例"


def test_the_base_s_own_terms_replace_the_default_list(view):
    view.editor.setPlainText("全网最低价，包治百病的秘方")
    assert len(view.findings) >= 2
    view.set_terms([BannedTerm("秘方", "自定义", "基地规定不得使用")])  # checks the text again
    assert [(f.matched, f.category) for f in view.findings] == [("秘方", "自定义")]
    assert view.list.item(0).toolTip().startswith("基地规定不得使用")


def test_the_findings_read_in_chinese_with_the_translators(qtbot, qapp):
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    editor, findings, label = QPlainTextEdit(), QListWidget(), QLabel()
    qtbot.addWidget(editor)
    ComplianceView(editor, findings, label)  # lives as the editor's child
    editor.setPlainText("这是最好的")
    assert findings.item(0).text() == "第1行第3列 “最好” 极限词"
    assert label.text() == "合规检查：发现 1 处违禁词，开播前请修改。"
