"""The student file's timeline as a table model (models/timeline_model.py): the Qt
model tester passes while events come and filters change; the date with or
without a time, a coloured dot named in the tooltip, notable events in red, the
English texts on an English desk; filtering by kind and "needs attention"."""
from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QIcon

from jiarenbase.core.services.student_file import EventKind, TimelineEvent
from jiarenbase.gui.models.timeline_model import KIND_COLOURS, NOTABLE, TimelineModel, kind_icon, kind_label

pytestmark = pytest.mark.gui

D = Qt.ItemDataRole.DisplayRole
EVENTS = (  # newest first, as student_file gives them
    TimelineEvent(EventKind.PLACEMENT, datetime(2025, 6, 30), False, "就业回访逾期", "30 天回访 · 杭州某电商",
                  "follow-up overdue", "30-day follow-up · a Hangzhou shop", notable=True, ref_id=7),
    TimelineEvent(EventKind.SESSION, datetime(2025, 6, 12, 19, 30), True, "实战直播", "GMV 3,200 元",
                  "live session", "GMV 3,200 yuan", ref_id=5),
    TimelineEvent(EventKind.ATTENDANCE, datetime(2025, 6, 3), False, "缺勤", "直播话术 · 病假",
                  "absent", "sales scripts · sick", notable=True),
    TimelineEvent(EventKind.STAGE, datetime(2025, 5, 20, 9, 5), True, "进入项目阶段", "",
                  "entered the project stage", ""),
)


@pytest.fixture
def model(qapp):
    m = TimelineModel()
    m.set_events(EVENTS)
    return m


def cell(model: TimelineModel, row: int, col: int, role=D):
    return model.data(model.index(row, col), role)


def test_the_qt_model_tester_passes_through_loads_and_filters(qtmodeltester, qapp):
    model = TimelineModel()
    qtmodeltester.check(model)  # empty
    model.set_events(EVENTS)
    model.set_filter(EventKind.ATTENDANCE)
    model.set_filter(notable_only=True)
    model.set_events((), "en")
    model.set_events(EVENTS, "en")
    qtmodeltester.check(model)


def test_three_columns_when_event_and_detail(model):
    assert (model.rowCount(), model.columnCount(), model.total()) == (4, 3, 4)
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["When", "Event", "Detail"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(3, Qt.Orientation.Horizontal) is None
    assert model.rowCount(model.index(0, 0)) == 0 and model.columnCount(model.index(0, 0)) == 0  # a flat table


def test_the_date_shows_the_time_only_when_it_is_known(model):
    assert [cell(model, r, TimelineModel.WHEN) for r in range(4)] == [
        "2025-06-30", "2025-06-12 19:30", "2025-06-03", "2025-05-20 09:05"]
    assert cell(model, 1, TimelineModel.EVENT) == "实战直播" and cell(model, 1, TimelineModel.DETAIL) == "GMV 3,200 元"


def test_the_kind_is_a_coloured_dot_named_in_the_tooltip(model):
    icon = cell(model, 1, TimelineModel.WHEN, Qt.ItemDataRole.DecorationRole)
    assert isinstance(icon, QIcon) and not icon.isNull()
    image = icon.pixmap(12, 12).toImage()
    assert image.pixelColor(6, 6).name() == KIND_COLOURS[EventKind.SESSION]
    assert image.pixelColor(0, 0).alpha() == 0  # a dot, not a square
    assert cell(model, 1, TimelineModel.WHEN, Qt.ItemDataRole.ToolTipRole) == "Practice session"
    assert cell(model, 1, TimelineModel.EVENT, Qt.ItemDataRole.DecorationRole) is None


def test_every_kind_has_a_label_and_a_colour(qapp):
    for kind in EventKind:
        assert kind_label(kind) and kind in KIND_COLOURS
        assert kind_icon(kind, 16).pixmap(16, 16).toImage().pixelColor(8, 8).name() == KIND_COLOURS[kind]


def test_notable_events_are_red_in_their_texts(model):
    red = cell(model, 0, TimelineModel.EVENT, Qt.ItemDataRole.ForegroundRole)
    assert isinstance(red, QBrush) and red.color() == NOTABLE
    assert cell(model, 0, TimelineModel.DETAIL, Qt.ItemDataRole.ForegroundRole).color() == NOTABLE
    assert cell(model, 0, TimelineModel.WHEN, Qt.ItemDataRole.ForegroundRole) is None
    assert cell(model, 1, TimelineModel.EVENT, Qt.ItemDataRole.ForegroundRole) is None


def test_the_tooltip_of_the_texts_gives_the_whole_event(model):
    assert cell(model, 2, TimelineModel.DETAIL, Qt.ItemDataRole.ToolTipRole) == "缺勤\n直播话术 · 病假"
    assert cell(model, 3, TimelineModel.EVENT, Qt.ItemDataRole.ToolTipRole) == "进入项目阶段"  # no empty line


def test_the_event_itself_is_there_for_the_page(model):
    assert cell(model, 0, 2, TimelineModel.EventRole) is EVENTS[0] and model.event_at(1) is EVENTS[1]


def test_an_english_desk_reads_the_english_texts(qapp):
    model = TimelineModel()
    model.set_events(EVENTS, lang="en")
    assert cell(model, 0, TimelineModel.EVENT) == "follow-up overdue"
    assert cell(model, 0, TimelineModel.DETAIL) == "30-day follow-up · a Hangzhou shop"


def test_filters_pick_rows_by_kind_and_by_needing_attention(qtbot, model):
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_filter(EventKind.SESSION)
    assert [model.event_at(r) for r in range(model.rowCount())] == [EVENTS[1]]
    model.set_filter(notable_only=True)
    assert [model.event_at(r) for r in range(model.rowCount())] == [EVENTS[0], EVENTS[2]]
    model.set_filter(EventKind.ATTENDANCE, notable_only=True)
    assert model.rowCount() == 1 and model.total() == 4
    model.set_filter(EventKind.VIDEO)
    assert model.rowCount() == 0
    model.set_filter()
    assert model.rowCount() == 4


def test_new_events_keep_the_filter(model):
    model.set_filter(notable_only=True)
    model.set_events(EVENTS[1:])
    assert model.rowCount() == 1 and model.event_at(0) is EVENTS[2]


def test_out_of_range_indexes_have_no_data(model):
    assert model.data(QModelIndex()) is None
    model.set_filter(EventKind.VIDEO)
    assert model.data(model.createIndex(2, 0)) is None


def test_the_headers_read_in_chinese_with_the_translators(qapp):
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    model = TimelineModel()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["时间", "事件", "详情"]


def test_the_kinds_read_in_chinese_with_the_translators(qapp):
    # Found while writing this test: kind_label calls QCoreApplication.translate through an
    # alias (t = QCoreApplication.translate), which pyside6-lupdate does not see, so the
    # kinds never reached jiarenbase_zh_CN.ts: the dot's tooltip and the student page's
    # kind filter (student_page.kindCombo) read "Practice session", "Short video"… in English.
    from jiarenbase.gui.theme import install_translators

    install_translators(qapp, "zh")
    assert [kind_label(k) for k in EventKind] == [k.zh for k in EventKind]  # 阶段, 出勤, 实训, 话术, …
