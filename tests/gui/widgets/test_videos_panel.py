"""The short-videos panel of the student page (videos_panel.py): iterations nested
under their original, add, delete with undo, the empty state and a mentor's scope,
and the panel closed while its list loads or while an undo runs. Results come back
through ctx.ops and are drained."""
from __future__ import annotations

import threading
from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.services import enrolment, mentors, users, videos
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.widgets.videos_panel import VideosPanel
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui


def shoot(widget, out_dir, name, qtbot):
    _shoot(widget, out_dir, name, qtbot, prefix="issue4_")


@pytest.fixture
def demo(qapp, db, ctx):
    from jiarenbase.gui.theme import apply_theme

    build_demo(db, students=40, seed=3)
    apply_theme(qapp)
    return ctx


@pytest.fixture(autouse=True)
def answers(monkeypatch):
    """QMessageBox.question never blocks; tests set the answer."""
    state = {"answer": QMessageBox.StandardButton.No}
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: state["answer"])
    return state


def student_with_videos(ctx) -> int:
    best, most = None, 0
    for s in enrolment.list_students(ctx.db, ctx.actor, ListQuery(limit=1000)).rows:
        n = len(videos.videos_of(ctx.db, ctx.actor, s.id))
        if n > most:
            best, most = s.id, n
    assert best is not None and most >= 2
    return best


def panel(qtbot, drain, ctx, sid) -> VideosPanel:
    p = VideosPanel(ctx, sid)
    qtbot.addWidget(p)
    p.resize(900, 360)
    drain()  # the list
    return p


def test_videos_panel_nests_iterations_and_adds_one(qtbot, drain, demo, out_dir):
    sid = student_with_videos(demo)
    p = panel(qtbot, drain, demo, sid)
    rows = videos.videos_of(demo.db, demo.actor, sid)
    tree = p.ui.tree
    assert tree.topLevelItemCount() == sum(1 for v in rows if v.iteration_of_id is None)
    root = tree.topLevelItem(0)
    assert root.childCount() >= 1 and root.child(0).text(7).endswith("%")
    assert p.ui.summary.text().startswith(f"{len(rows)} videos")
    p.show()
    shoot(p, out_dir, "videos_panel", qtbot)
    # add an iteration of the last video in the chain
    tree.setCurrentItem(root.child(0))
    base = p.selected()
    p.add_iteration()
    dlg = p.dialog
    drain()  # the dialog's choices
    assert dlg.windowTitle() == "New short video"
    from jiarenbase.gui.dialogs.form_values import combo_value
    assert combo_value(dlg.ui.iterationOf) == base.id
    dlg.ui.title.setText("蟠桃开箱第3版（新开头）")
    dlg.ui.publishedOn.setDate(dlg.ui.publishedOn.date())  # today
    dlg.ui.views.setValue(base.views * 2)
    dlg.ui.likes.setValue(10)
    assert "+100%" in dlg.ui.rates.text()
    dlg.resize(520, 480)
    shoot(dlg, out_dir, "video_dialog", qtbot)
    with qtbot.waitSignal(p.changed):
        dlg.save()
    drain()  # the list again, with the new one chosen
    new = p.selected()
    assert new.title == "蟠桃开箱第3版（新开头）" and new.iteration_of_id == base.id
    assert p.ui.tree.currentItem().text(7) == "▲ +100%"


def test_videos_panel_delete_is_undoable(qtbot, drain, demo, answers):
    sid = student_with_videos(demo)
    p = panel(qtbot, drain, demo, sid)
    before = len(p.rows)
    p.ui.tree.setCurrentItem(p.ui.tree.topLevelItem(0))
    answers["answer"] = QMessageBox.StandardButton.Yes
    changed = []
    p.changed.connect(lambda: changed.append(True))
    p.delete_selected()
    drain()
    assert len(p.rows) == before - 1 and demo.undo.canUndo() and changed == [True]
    demo.undo.undo()
    drain()
    assert len(p.rows) == before and changed == [True, True]
    demo.undo.redo()
    drain()
    assert len(p.rows) == before - 1


def test_a_refused_delete_is_said_in_the_panel(qtbot, drain, demo, answers, monkeypatch):
    from jiarenbase.core.errors import ConflictError

    sid = student_with_videos(demo)
    p = panel(qtbot, drain, demo, sid)
    p.ui.tree.setCurrentItem(p.ui.tree.topLevelItem(0))
    answers["answer"] = QMessageBox.StandardButton.Yes

    def someone_else_changed_it(*_a):
        raise ConflictError("该视频已被他人修改，请刷新后再试。", "Changed by someone else.")

    monkeypatch.setattr(videos, "delete_video", someone_else_changed_it)
    p.delete_selected()
    drain()
    assert "已被他人修改" in p.ui.error.text() and p.ui.error.isVisibleTo(p)
    assert not demo.undo.canUndo()


def test_videos_panel_empty_state_and_mentor_scope(qtbot, drain, demo, out_dir):
    students = enrolment.list_students(demo.db, demo.actor, ListQuery(limit=1000)).rows
    sid = next(s.id for s in students if not videos.videos_of(demo.db, demo.actor, s.id))
    p = panel(qtbot, drain, demo, sid)
    assert p.ui.emptyLabel.isVisibleTo(p) and not p.ui.tree.isVisibleTo(p)
    assert not p.ui.editVideo.isEnabled()
    p.show()
    shoot(p, out_dir, "videos_panel_empty", qtbot)
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    theirs = next(s.id for s in students if (mentors.current_mentor(demo.db, demo.actor, s.id) or None) is None
                  or mentors.current_mentor(demo.db, demo.actor, s.id).id != mentor.mentor_id)
    q = panel(qtbot, drain, replace(demo, actor=mentor), theirs)
    assert "不是您指导的学员" in q.ui.error.text()


# --------------------------------------------------------------------------- closed meanwhile

def _spy(monkeypatch, *names):
    ran = []
    for name in names:
        monkeypatch.setattr(VideosPanel, name, lambda self, *a, _n=name: ran.append(_n))
    return ran


def _blocked(monkeypatch, module, name):
    gate, started = threading.Event(), threading.Event()
    real = getattr(module, name)

    def waits(*args, **kwargs):
        started.set()
        gate.wait(10)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, waits)
    return gate, started


def _close(qtbot, widget, ops) -> None:
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: all(op.dropped for op in ops._pending.values()))


def test_closed_while_the_list_loads(qtbot, drain, ops, demo, monkeypatch):
    sid = student_with_videos(demo)
    gate, started = _blocked(monkeypatch, videos, "videos_of")
    ran = _spy(monkeypatch, "_loaded", "_show_error")
    p = VideosPanel(demo, sid)
    p.show()
    qtbot.waitUntil(started.is_set)
    _close(qtbot, p, ops)
    gate.set()
    drain()
    assert ran == []


def test_closed_while_an_undo_runs(qtbot, drain, ops, demo, answers, monkeypatch):
    """The restore still happens (the database work is done); the closed panel is not told."""
    from jiarenbase.gui.widgets import delete_video_command

    sid = student_with_videos(demo)
    p = VideosPanel(demo, sid)  # not the test's to close: it goes while the undo runs
    drain()
    p.ui.tree.setCurrentItem(p.ui.tree.topLevelItem(0))
    gone = p.selected()
    answers["answer"] = QMessageBox.StandardButton.Yes
    p.delete_selected()
    drain()
    assert gone.id not in p.rows
    gate, started = _blocked(monkeypatch, delete_video_command, "restore_videos")
    ran = _spy(monkeypatch, "_after_undo", "_show_error", "refresh")
    demo.undo.undo()
    qtbot.waitUntil(started.is_set)
    _close(qtbot, p, ops)
    gate.set()
    drain()
    assert ran == []
    assert gone.id in {v.id for v in videos.videos_of(demo.db, demo.actor, sid)}  # restored all the same
