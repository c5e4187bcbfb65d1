"""Status-bar confirmations: posted through ctx.notify, shown by the main window's
status bar with 撤销 when the change is on the undo stack."""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QMainWindow

from jiarenbase.gui.notices import NoticeArea, Notices


class _Counter(QUndoCommand):
    def __init__(self, box: list[int]) -> None:
        super().__init__("count")
        self.box = box

    def redo(self) -> None:
        self.box[0] += 1

    def undo(self) -> None:
        self.box[0] -= 1


def _window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    notices, stack = Notices(), QUndoStack(window)
    area = NoticeArea(notices, window.statusBar(), stack)
    window.show()
    return window, notices, stack, area


def test_a_notice_shows_in_the_status_bar_without_undo(qtbot):
    window, notices, _stack, area = _window(qtbot)
    notices.post("已保存：编辑学员　张三")
    assert window.statusBar().currentMessage() == "已保存：编辑学员　张三"
    assert notices.last == "已保存：编辑学员　张三"
    assert not area.undo_button.isVisible()


def test_an_undoable_notice_offers_undo_which_undoes(qtbot):
    window, notices, stack, area = _window(qtbot)
    box = [0]
    stack.push(_Counter(box))
    assert box == [1]
    notices.post("已删除：张三", undoable=True)
    assert area.undo_button.isVisible()
    area.undo_button.click()
    assert box == [0] and not area.undo_button.isVisible()


def test_undo_is_not_offered_when_nothing_can_be_undone(qtbot):
    _window_, notices, _stack, area = _window(qtbot)
    notices.post("已删除：张三", undoable=True)
    assert not area.undo_button.isVisible()


def test_the_context_posts_through_its_notices(ctx):
    seen = []
    ctx.notices.posted.connect(lambda text, undoable: seen.append((text, undoable)))
    ctx.notify("已导入 3 名学员", undoable=False)
    assert seen == [("已导入 3 名学员", False)] and ctx.notices.last == "已导入 3 名学员"
