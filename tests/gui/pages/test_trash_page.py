"""The admin's trash page: lists deleted records, filters them, restores them; a
late answer to an older request is dropped; the page closed while it loads. Results
come back through ctx.ops: tests drain."""
from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.domain.enums import PlacementOutcome, Role
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import enrolment, mentors, placement_records, placements, rooms, videos
from jiarenbase.core.services.context import Actor
from jiarenbase.gui.context import AppContext
from jiarenbase.gui.pages.trash_page import TrashPage

pytestmark = pytest.mark.gui


def make_id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


@pytest.fixture
def deleted_student(db, admin):
    st = enrolment.create_student(db, admin, enrolment.StudentInput(name="钱多多", id_number=make_id(31)))
    enrolment.delete_student(db, admin, st.id)
    return st


def make_page(ctx, qtbot) -> TrashPage:
    page = TrashPage(ctx)
    qtbot.addWidget(page)
    page.resize(900, 560)
    page.show()
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)  # it loads at once, through ctx.ops
    return page


def select(page, row: int) -> None:
    index = page.model.index(row, 0)
    page.ui.table.selectionModel().select(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)


def test_lists_a_deleted_student_and_restores_it(ctx, qtbot, db, admin, deleted_student, drain):
    page = make_page(ctx, qtbot)
    assert page.ui.stack.currentWidget() is page.ui.tablePage
    assert page.model.rowCount() == 1
    row = [page.model.index(0, c).data() for c in range(4)]
    assert row[0] == "学员" and row[1] == "钱多多" and row[3] == "system"
    assert not page.ui.restoreButton.isEnabled()
    select(page, 0)
    assert page.ui.restoreButton.isEnabled()
    seen = []
    page.restored.connect(lambda entity, rid: seen.append((entity, rid)))
    page.ui.restoreButton.click()
    assert not page.ui.restoreButton.isEnabled()  # while it is restored
    drain()
    assert seen == [("student", deleted_student.id)]
    assert enrolment.get_student(db, admin, deleted_student.id).name == "钱多多"
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert "钱多多" in page.ui.status.text()
    assert not page.ui.restoreButton.isEnabled()


def test_empty_state(ctx, qtbot):
    page = make_page(ctx, qtbot)
    assert page.ui.stack.currentWidget() is page.ui.emptyPage
    assert page.ui.emptyLabel.text() and not page.ui.restoreButton.isEnabled()


def test_filter_by_type_and_search(ctx, qtbot, db, admin, deleted_student, drain):
    m = mentors.create_mentor(db, admin, mentors.MentorInput(name="刘导师"))
    mentors.delete_mentor(db, admin, m.id)
    page = make_page(ctx, qtbot)
    assert page.model.rowCount() == 2
    page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("mentor"))
    drain()
    assert [r.name for r in page.model.rows] == ["刘导师"]
    page.ui.entityCombo.setCurrentIndex(0)
    page.ui.searchEdit.setText("钱")
    qtbot.waitUntil(lambda: [r.name for r in page.model.rows] == ["钱多多"])
    page.ui.searchEdit.setText("没有这个人")
    qtbot.waitUntil(lambda: page.ui.stack.currentWidget() is page.ui.emptyPage)
    assert page.ui.emptyLabel.text()


def test_sorting_by_a_column_asks_the_service(ctx, qtbot, db, admin, deleted_student, drain):
    m = mentors.create_mentor(db, admin, mentors.MentorInput(name="刘导师"))
    mentors.delete_mentor(db, admin, m.id)
    page = make_page(ctx, qtbot)
    assert [r.entity for r in page.model.rows] == ["mentor", "student"]  # newest deletion first
    page.ui.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    drain()
    assert [r.entity for r in page.model.rows] == ["student", "mentor"]
    page.ui.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    drain()
    assert [r.entity for r in page.model.rows] == ["mentor", "student"]


def test_a_refused_restore_is_shown_as_a_message(ctx, qtbot, db, admin, monkeypatch, drain):
    room = rooms.list_rooms(db, admin)[0]
    span = dict(room_id=room.id, start=datetime(2025, 5, 6, 14), end=datetime(2025, 5, 6, 16))
    b = rooms.book_room(db, admin, rooms.BookingInput(purpose="农产品专场", **span))
    rooms.cancel_booking(db, admin, b.id)
    rooms.book_room(db, admin, rooms.BookingInput(purpose="新场次", **span))
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda parent, title, text: shown.append(text)))
    page = make_page(ctx, qtbot)
    select(page, 0)
    page.restore_selected()
    drain()
    assert len(shown) == 1 and "新场次" in shown[0]
    assert page.model.rowCount() == 1 and page.ui.restoreButton.isEnabled()


def test_mentors_and_staff_see_the_refusal(qapp, qtbot, db, ops, tmp_path):
    for role in (Role.MENTOR, Role.STAFF):
        actor = Actor(user_id=None, username="someone", role=role)
        ctx = AppContext(db=db, actor=actor, ops=ops, lang="zh", data_dir=tmp_path)
        page = make_page(ctx, qtbot)
        assert page.ui.stack.currentWidget() is page.ui.emptyPage
        assert "无权查看回收站" in page.ui.emptyLabel.text()
        assert not page.ui.restoreButton.isEnabled()


def test_a_deleted_placement_and_video_are_listed_and_restored(ctx, qtbot, db, admin, deleted_student, drain):
    st = enrolment.create_student(db, admin, enrolment.StudentInput(name="孙悦", id_number=make_id(32)))
    p = placements.record_placement(db, admin, placements.PlacementInput(
        student_id=st.id, outcome=PlacementOutcome.EMPLOYED_ON_GRADUATION, employer_name="金山农品电商",
        position="主播", start_date=date(2026, 6, 1)))
    placement_records.delete_placement(db, admin, p.id)
    v = videos.add_video(db, admin, videos.VideoInput(student_id=st.id, title="蟠桃开箱"))
    videos.delete_video(db, admin, v.id)
    page = make_page(ctx, qtbot)
    kinds = [page.ui.entityCombo.itemData(i) for i in range(page.ui.entityCombo.count())]
    assert "placement" in kinds and "short_video" in kinds
    rows = {(r.entity, r.name) for r in page.model.rows}
    assert rows == {("student", "钱多多"), ("placement", "孙悦 毕业即就业 金山农品电商 主播"),
                    ("short_video", "孙悦：蟠桃开箱")}
    page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("placement"))
    drain()
    assert [page.model.index(0, c).data() for c in range(2)] == ["就业去向", "孙悦 毕业即就业 金山农品电商 主播"]
    select(page, 0)
    page.ui.restoreButton.click()
    drain()
    assert placements.placements_of(db, admin, st.id)[0].id == p.id
    assert "孙悦" in ctx.notices.last
    page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("short_video"))
    drain()
    select(page, 0)
    page.ui.restoreButton.click()
    drain()
    assert [x.id for x in videos.videos_of(db, admin, st.id)] == [v.id]
    assert "蟠桃开箱" in ctx.notices.last
    assert page.ui.stack.currentWidget() is page.ui.emptyPage


def test_a_late_answer_to_an_older_request_is_dropped(ctx, qtbot, db, admin, deleted_student, drain, monkeypatch):
    import threading

    from jiarenbase.gui.pages import trash_page

    m = mentors.create_mentor(db, admin, mentors.MentorInput(name="刘导师"))
    mentors.delete_mentor(db, admin, m.id)
    gate, list_deleted = threading.Event(), trash_page.trash.list_deleted

    def every_type_slow(db, actor, entity, query):
        if entity is None:
            assert gate.wait(30)
        return list_deleted(db, actor, entity, query)

    monkeypatch.setattr(trash_page.trash, "list_deleted", every_type_slow)
    page = TrashPage(ctx)  # every type: held
    qtbot.addWidget(page)
    page.ui.entityCombo.setCurrentIndex(page.ui.entityCombo.findData("mentor"))  # answers first
    qtbot.waitUntil(lambda: ctx.ops.pending == 1)
    gate.set()
    drain()
    assert [r.name for r in page.model.rows] == ["刘导师"]


def test_closed_while_it_loads(ctx, qtbot, deleted_student, in_flight):
    from jiarenbase.gui.pages import trash_page

    in_flight.hold(trash_page.trash, "list_deleted")
    page = TrashPage(ctx)  # loads at once
    in_flight.destroy_while_loading(page)


def test_closed_while_a_record_is_restored(ctx, qtbot, deleted_student, in_flight):
    from jiarenbase.gui.pages import trash_page

    page = TrashPage(ctx)
    qtbot.waitUntil(lambda: ctx.ops.pending == 0, timeout=20_000)
    select(page, 0)
    in_flight.hold(trash_page.trash, "restore_record")
    page.ui.restoreButton.click()
    in_flight.destroy_while_loading(page)
