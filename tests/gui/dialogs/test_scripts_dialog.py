"""Sales scripts and short videos in the GUI: live compliance highlighting, saving
versions and comments, the side-by-side comparison, the banned-term list, the video
dialog; screenshots under tests/output/screens/issue4_*.png. (The videos panel:
tests/gui/widgets/test_videos_panel.py.) Results come back through ctx.ops on the
pool: the tests wait for them; a dialog closed while it loads gets nothing back."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.compliance import DEFAULT_TERMS, BannedTerm
from jiarenbase.core.services import enrolment, mentors, scripts, users, videos
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.compliance_terms_dialog import ComplianceTermsDialog
from jiarenbase.gui.dialogs.script_diff_dialog import ScriptDiffDialog
from jiarenbase.gui.dialogs.scripts_dialog import ScriptsDialog
from screen_checks import shoot as _shoot

pytestmark = pytest.mark.gui

FLAGGED = "家人们好！这是全网最低价的金山蟠桃。\n最近很火，第一次来的朋友看过来，🍑绝对新鲜，销量第一。"


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
    state = {"answer": QMessageBox.StandardButton.Discard, "asked": []}

    def question(_parent, _title, text, *_a, **_k):
        state["asked"].append(text)
        return state["answer"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return state


def student_with_scripts(ctx, actor=None) -> int:
    actor = actor or ctx.actor
    for s in enrolment.list_students(ctx.db, actor, ListQuery(limit=1000)).rows:
        if any(len(x.versions) >= 2 for x in scripts.scripts_of(ctx.db, actor, s.id)):
            return s.id
    raise AssertionError("the demo has no student with a versioned script")


def settled(qtbot, ctx) -> None:
    """Wait until every service call is back (they run on the pool, as in the app)."""
    qtbot.waitUntil(lambda: ctx.ops.pending == 0)


def open_dialog(qtbot, ctx, student_id) -> ScriptsDialog:
    d = ScriptsDialog(ctx, student_id)
    qtbot.addWidget(d)
    d.resize(1100, 720)
    settled(qtbot, ctx)
    return d


# --- scripts -----------------------------------------------------------------------

def test_live_highlighting_marks_banned_terms_with_positions(qtbot, demo, out_dir):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    assert d.script is not None and d.shown.id == d.script.versions[-1].id  # the latest version is shown
    d.ui.body.setPlainText(FLAGGED)
    # 最近 and 第一次 are allowed phrases; the emoji does not shift the columns
    assert [(f.term, f.line, f.column) for f in d.findings] == [("全网最低价", 1, 8), ("绝对", 2, 18),
                                                                ("销量第一", 2, 23)]
    assert d.ui.findingList.count() == len(d.findings)
    assert d.ui.findingList.item(0).text() == "Line 1, column 8: “全网最低价” 极限词"
    marks = d.ui.body.extraSelections()
    assert len(marks) == len(d.findings)
    # the emoji before 绝对 takes two UTF-16 units: the mark must still cover exactly 绝对
    absolute = next(m for m in marks if m.cursor.selectedText() == "绝对")
    assert absolute.format.underlineStyle().name == "WaveUnderline"
    assert sorted(m.cursor.selectedText() for m in marks) == sorted(f.matched for f in d.findings)
    # clicking a finding selects it in the editor
    d.ui.findingList.itemClicked.emit(d.ui.findingList.item(2))
    assert d.ui.body.textCursor().selectedText() == d.findings[2].matched
    assert d.save_button.isEnabled() and "Edited" in d.ui.editorLabel.text()
    shoot(d, out_dir, "scripts_dialog", qtbot)


def test_saving_a_new_version_and_a_comment(qtbot, demo):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    before = len(d.script.versions)
    with qtbot.waitActive(d):
        d.show()
        d.activateWindow()
    with qtbot.waitSignal(d.changed):
        d.ui.body.setPlainText(d.ui.body.toPlainText() + "库存不多了，抓紧下单！")
        qtbot.keyClick(d.ui.body, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    settled(qtbot, demo)
    assert len(d.script.versions) == before + 1
    assert d.shown.id == d.script.versions[-1].id and d.shown.body.endswith("抓紧下单！")
    assert not d.save_button.isEnabled()
    d.ui.comment.setPlainText("结尾促单有力，保持。")
    assert d.ui.saveComment.isEnabled()
    with qtbot.waitSignal(d.changed):
        d.ui.saveComment.click()
    settled(qtbot, demo)
    stored = scripts.get_script(demo.db, demo.actor, d.script.id).versions[-1]
    assert stored.mentor_comment == "结尾促单有力，保持。" and d.shown.mentor_comment == stored.mentor_comment
    # the version list says it is commented
    assert "commented" in d.ui.versionList.item(0).text()
    # a comment saved while the text is being edited leaves the draft alone
    d.ui.body.setPlainText("草稿：还没保存")
    d.ui.comment.setPlainText("再改一次点评")
    with qtbot.waitSignal(d.changed):
        d.ui.saveComment.click()
    settled(qtbot, demo)
    assert d.ui.body.toPlainText() == "草稿：还没保存" and d.save_button.isEnabled()
    assert d.shown.mentor_comment == "再改一次点评" and not d.ui.saveComment.isEnabled()


def test_new_script_then_validation_and_rename(qtbot, demo):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    count = len(d.scripts)
    d.ui.newScript.click()
    assert d.script is None and d.save_button.text() == "Create script"
    d.ui.body.setPlainText("只有正文没有标题")
    d.save()
    assert not d.save_button.isEnabled()  # while saving
    settled(qtbot, demo)
    assert "不能为空" in d.errors.message("话术标题")
    d.ui.title.setText("丁蹄开场")
    with qtbot.waitSignal(d.changed):
        d.save()
    settled(qtbot, demo)
    assert len(d.scripts) == count + 1 and d.script.title == "丁蹄开场"
    d.ui.title.setText("丁蹄开场（二）")
    with qtbot.waitSignal(d.changed):
        d.save()
    settled(qtbot, demo)
    assert d.script.title == "丁蹄开场（二）" and len(d.script.versions) == 1


def test_leaving_an_edited_version_asks_first(qtbot, demo, answers):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    first_shown = d.shown.id
    d.ui.body.setPlainText("改了但没保存")
    answers["answer"] = QMessageBox.StandardButton.Cancel
    d.ui.versionList.setCurrentRow(1)
    assert answers["asked"] and d.shown.id == first_shown and d.ui.body.toPlainText() == "改了但没保存"
    assert d.ui.versionList.currentRow() == 0
    answers["answer"] = QMessageBox.StandardButton.Discard
    d.ui.versionList.setCurrentRow(1)
    assert d.shown.id != first_shown


def test_empty_student_shows_the_new_script_state(qtbot, demo, out_dir):
    student = enrolment.list_students(demo.db, demo.actor, ListQuery(limit=1000)).rows
    sid = next(s.id for s in student if not scripts.scripts_of(demo.db, demo.actor, s.id))
    d = open_dialog(qtbot, demo, sid)
    assert d.script is None and "No scripts yet" in d.ui.editorLabel.text()
    assert not d.ui.compareButton.isEnabled() and not d.ui.commentBox.isEnabled()
    shoot(d, out_dir, "scripts_dialog_empty", qtbot)


def test_mentor_sees_only_their_students_and_no_term_editor(qtbot, demo):
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    mctx = replace(demo, actor=mentor)
    sid = student_with_scripts(mctx, mentor)
    d = open_dialog(qtbot, mctx, sid)
    assert not d.ui.termsButton.isVisibleTo(d) and d.script is not None
    others = [s.id for s in enrolment.list_students(demo.db, demo.actor, ListQuery(limit=1000)).rows
              if mentors.current_mentor(demo.db, demo.actor, s.id) is None
              or mentors.current_mentor(demo.db, demo.actor, s.id).id != mentor.mentor_id]
    e = open_dialog(qtbot, mctx, others[0])
    assert "不是您指导的学员" in e.ui.formError.text()


def test_renaming_and_a_refused_text_save_nothing_then_the_retry_saves_both(qtbot, demo):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    stored = scripts.get_script(demo.db, demo.actor, d.script.id)
    d.ui.title.setText("新的标题")
    d.ui.body.setPlainText("   ")  # the text part fails: the title must not be saved alone
    d.save()
    settled(qtbot, demo)
    assert "不能为空" in d.errors.message("话术正文")
    assert scripts.get_script(demo.db, demo.actor, stored.id) == stored
    assert d.save_button.isEnabled() and d.ui.title.text() == "新的标题"
    d.ui.body.setPlainText("家人们好，重新写的一版。")
    with qtbot.waitSignal(d.changed):
        d.save()  # no ConflictError: the first attempt left the script as it was
    settled(qtbot, demo)
    after = scripts.get_script(demo.db, demo.actor, stored.id)
    assert after.title == "新的标题" and len(after.versions) == len(stored.versions) + 1
    assert after.latest.body == "家人们好，重新写的一版。" and d.shown.id == after.latest.id
    assert d.ui.formError.text() == "" and not d.save_button.isEnabled()


def test_a_save_after_someone_else_saved_is_refused_and_keeps_the_draft(qtbot, demo, out_dir):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    script = d.script
    theirs = scripts.add_script_version(demo.db, demo.actor, script.id, "同事刚保存的一版")
    d.ui.title.setText("我的标题")
    d.ui.body.setPlainText("我的草稿")
    d.save()
    settled(qtbot, demo)
    assert "已被他人修改" in d.ui.formError.text() and "your edits are kept" in d.ui.formError.text()
    stored = scripts.get_script(demo.db, demo.actor, script.id)
    assert stored.title == script.title and stored.latest.id == theirs.id  # nothing of mine was written
    assert (d.ui.title.text(), d.ui.body.toPlainText()) == ("我的标题", "我的草稿")
    assert d.script.version == stored.version and theirs.id in [
        d.ui.versionList.item(i).data(Qt.ItemDataRole.UserRole) for i in range(d.ui.versionList.count())]
    shoot(d, out_dir, "scripts_dialog_conflict", qtbot)
    with qtbot.waitSignal(d.changed):
        d.save()  # reloaded: the second save goes through
    settled(qtbot, demo)
    stored = scripts.get_script(demo.db, demo.actor, script.id)
    assert stored.title == "我的标题" and stored.latest.body == "我的草稿"


def test_mentor_renames_and_saves_a_version_in_one_go(qtbot, demo):
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    mctx = replace(demo, actor=mentor)
    d = open_dialog(qtbot, mctx, student_with_scripts(mctx, mentor))
    before = len(d.script.versions)
    d.ui.title.setText("导师改的标题")
    d.ui.product.setText("丁蹄")
    d.ui.body.setPlainText(d.ui.body.toPlainText() + "\n今晚八点开播。")
    with qtbot.waitSignal(d.changed):
        d.save()
    settled(qtbot, demo)
    stored = scripts.get_script(demo.db, mentor, d.script.id)
    assert (stored.title, stored.product, len(stored.versions)) == ("导师改的标题", "丁蹄", before + 1)
    assert stored.latest.author_name and d.shown.id == stored.latest.id


# --- comparison -------------------------------------------------------------------------

def test_compare_versions_side_by_side_with_synced_scrolling(qtbot, demo, out_dir):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    script = d.script
    long_text = "\n".join(f"第{i}行：家人们好，今天带来金山蟠桃。" for i in range(60))
    v_a = scripts.add_script_version(demo.db, demo.actor, script.id, long_text)
    changed = long_text.replace("第5行：家人们好", "第5行：各位家人好").replace("第40行：家人们好，今天带来金山蟠桃。",
                                                                        "第40行：全网最低价！")
    v_b = scripts.add_script_version(demo.db, demo.actor, script.id, changed + "\n新加的一行。")
    d.refresh()
    settled(qtbot, demo)
    d.ui.versionList.clearSelection()
    d.ui.versionList.item(0).setSelected(True)
    d.ui.versionList.item(1).setSelected(True)
    assert d.compare_ids() == (v_a.id, v_b.id)
    d.compare()
    diff = d.diff_dialog
    qtbot.addWidget(diff)
    assert diff.ui.summaryLabel.text() == "Loading…"
    settled(qtbot, demo)
    diff.resize(1100, 640)
    assert diff.result is not None and diff.ui.leftText.document().blockCount() == len(diff.result.diff.rows)
    assert diff.ui.leftText.document().blockCount() == diff.ui.rightText.document().blockCount()
    assert "changed" in diff.ui.summaryLabel.text() and "1 added" in diff.ui.summaryLabel.text()
    diff.show()
    qtbot.waitExposed(diff)
    left, right = diff.ui.leftText.verticalScrollBar(), diff.ui.rightText.verticalScrollBar()
    assert left.maximum() > 0
    left.setValue(left.maximum())
    assert right.value() == left.value()
    right.setValue(3)
    assert left.value() == 3
    # next/previous change move through the changes
    first = diff.current_row()
    diff.ui.nextChange.click()
    assert diff.current_row() > first
    diff.ui.previousChange.click()
    assert diff.current_row() == first
    marks = diff.ui.rightText.extraSelections()
    assert any(m.cursor.selectedText() == "各位" for m in marks)
    diff.go_to_change(-diff._current)  # back to the first change for the picture
    shoot(diff, out_dir, "script_diff_dialog", qtbot)


def test_compare_one_version_with_the_one_before(qtbot, demo):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    versions = d.script.versions
    d.ui.versionList.setCurrentRow(0)
    assert d.compare_ids() == (versions[-2].id, versions[-1].id)
    d.ui.versionList.setCurrentRow(d.ui.versionList.count() - 1)
    assert d.compare_ids() is None and "no earlier version" in d.ui.formError.text()


def test_the_diff_dialog_on_identical_versions(qtbot, demo):
    sid = student_with_scripts(demo)
    v = scripts.scripts_of(demo.db, demo.actor, sid)[0].versions[0]
    diff = ScriptDiffDialog(demo, v.id, v.id)
    qtbot.addWidget(diff)
    settled(qtbot, demo)
    assert diff.ui.summaryLabel.text() == "The two versions are identical."
    assert not diff.ui.nextChange.isEnabled() and not diff.ui.previousChange.isEnabled()


# --- the banned-term list --------------------------------------------------------------

def test_staff_edit_the_banned_terms_and_the_editor_follows(qtbot, demo, out_dir, answers):
    sid = student_with_scripts(demo)
    d = open_dialog(qtbot, demo, sid)
    d.ui.body.setPlainText("这款秒杀价只有今天")
    assert d.findings == []
    t = ComplianceTermsDialog(demo, d)  # a child of d: closed and deleted with it (not given to qtbot twice)
    settled(qtbot, demo)
    t.resize(900, 600)
    assert t.ui.table.rowCount() == len(DEFAULT_TERMS) and "terms" in t.ui.countLabel.text()
    shoot(t, out_dir, "compliance_terms_dialog", qtbot)
    t.add_row()
    row = t.ui.table.rowCount() - 1
    t.ui.table.item(row, 0).setText("最")  # a duplicate: refused, nothing stored
    t.save()
    settled(qtbot, demo)
    assert "重复" in t.ui.formError.text()
    assert scripts.compliance_terms(demo.db, demo.actor) == DEFAULT_TERMS
    t.ui.table.item(row, 0).setText("秒杀")
    t.ui.table.item(row, 1).setText("诱导词")
    t.ui.table.item(row, 3).setText("秒杀价、 ")
    with qtbot.waitSignal(t.saved):
        t.save()
    stored = scripts.compliance_terms(demo.db, demo.actor)
    assert stored[-1] == BannedTerm("秒杀", "诱导词", "", ("秒杀价",))
    d.load_terms()
    settled(qtbot, demo)
    assert d.findings == []  # allowed inside 秒杀价
    d.ui.body.setPlainText("秒杀开始")
    assert [f.term for f in d.findings] == ["秒杀"]
    t2 = ComplianceTermsDialog(demo, d)
    settled(qtbot, demo)
    answers["answer"] = QMessageBox.StandardButton.Yes
    t2.restore_defaults()
    assert t2.ui.table.rowCount() == len(DEFAULT_TERMS)


def test_mentor_cannot_change_the_term_list(qtbot, demo):
    mentor = users.authenticate(demo.db, "mentor", "Jiaren@2025").actor()
    t = ComplianceTermsDialog(replace(demo, actor=mentor))
    qtbot.addWidget(t)
    settled(qtbot, demo)
    assert not t.ui.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert t.ui.table.rowCount() == len(DEFAULT_TERMS)


# --- short videos ------------------------------------------------------------------------

def student_with_videos(ctx) -> int:
    best, most = None, 0
    for s in enrolment.list_students(ctx.db, ctx.actor, ListQuery(limit=1000)).rows:
        n = len(videos.videos_of(ctx.db, ctx.actor, s.id))
        if n > most:
            best, most = s.id, n
    assert best is not None and most >= 2
    return best


def test_video_dialog_shows_refusals_and_offers_no_cycles(qtbot, demo):
    sid = student_with_videos(demo)
    rows = videos.videos_of(demo.db, demo.actor, sid)
    root = next(v for v in rows if v.iteration_of_id is None and any(w.iteration_of_id == v.id for w in rows))
    from jiarenbase.gui.dialogs.video_dialog import VideoDialog

    dlg = VideoDialog(demo, sid, root.id)
    qtbot.addWidget(dlg)
    settled(qtbot, demo)
    offered = {dlg.ui.iterationOf.itemData(i) for i in range(dlg.ui.iterationOf.count())}
    descendants = {v.id for v in rows if root.id in v.lineage}
    assert not offered & descendants and None in offered  # neither itself nor its iterations
    dlg.ui.title.clear()
    dlg.ui.views.setValue(10)
    dlg.ui.likes.setValue(11)
    dlg.save()
    settled(qtbot, demo)
    assert "不能为空" in dlg.errors.message("视频标题") and "不能多于播放量" in dlg.errors.message("点赞数")
    assert dlg.ui.views.minimum() == 0  # negative counts cannot even be typed


# --- closed while loading ----------------------------------------------------------------

def test_closed_while_loading(qtbot, ctx, in_flight, owner):
    in_flight.hold(enrolment, "get_student")
    in_flight.hold(scripts, "scripts_of")
    dialog = ScriptsDialog(ctx, 1, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_a_version_is_saved(qtbot, demo, in_flight, owner):
    sid = student_with_scripts(demo)
    dialog = ScriptsDialog(demo, sid, owner)
    dialog.open()
    settled(qtbot, demo)
    script_id, versions = dialog.script.id, len(dialog.script.versions)
    dialog.ui.body.setPlainText(dialog.ui.body.toPlainText() + "今晚八点开播。")
    in_flight.hold(scripts, "save_script")
    dialog.save()
    in_flight.close_while_loading(dialog)
    assert len(scripts.get_script(demo.db, demo.actor, script_id).versions) == versions + 1
