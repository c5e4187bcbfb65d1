"""回收站 with deleted placements and short videos among the other kinds, in the light
and the dark theme, at the page's share of a 1366×768 screen and of 1093×614 (125 %):
tests/output/screens/trash_*.png. Kept directly in tests/gui with the other themed screens."""
from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QItemSelectionModel

from jiarenbase.core.domain.enums import PlacementOutcome
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import cohorts, enrolment, mentors, placement_records, placements, videos
from jiarenbase.gui.pages.trash_page import TrashPage
from screen_checks import shoot

pytestmark = pytest.mark.gui


def _id(seq: int) -> str:
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


def fill_trash(db, admin) -> None:
    """Deleted placements and videos among a deleted student, mentor and cohort; the newest deletion a placement."""
    names = ("刘心怡", "宋梦瑶", "史薇", "杜诗涵", "于家豪")
    ids = [enrolment.create_student(db, admin, enrolment.StudentInput(name=n, id_number=_id(i + 60))).id
           for i, n in enumerate(names)]
    jobs = (("个人直播工作室", "主播"), ("金山农品电商", "数据分析师"), ("枫泾古镇文旅", "视频剪辑师"))
    made = [placements.record_placement(db, admin, placements.PlacementInput(
        student_id=sid, outcome=PlacementOutcome.FLEXIBLE_EMPLOYMENT, employer_name=employer, position=position,
        start_date=date(2026, 7, 1))) for sid, (employer, position) in zip(ids[1:4], jobs, strict=True)]
    for p in made[1:]:
        placement_records.delete_placement(db, admin, p.id)
    for sid in ids[1:3]:
        v = videos.add_video(db, admin, videos.VideoInput(student_id=sid, title="金山蟠桃助农短视频"))
        videos.delete_video(db, admin, v.id)
    enrolment.delete_student(db, admin, ids[4])
    c = cohorts.create_cohort(db, admin, cohorts.CohortInput(code="ZB202606-02", name="六月主播班"))
    cohorts.delete_cohort(db, admin, c.id)
    m = mentors.create_mentor(db, admin, mentors.MentorInput(name="刘导师"))
    mentors.delete_mentor(db, admin, m.id)
    placement_records.delete_placement(db, admin, made[0].id)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_trash_with_placements_and_videos(qtbot, ctx, db, admin, drain, themed, out_dir, dark):
    fill_trash(db, admin)
    themed(dark)
    suffix = "_dark" if dark else ""
    for (w, h), size in (((1146, 640), ""), ((873, 486), "_small")):  # the page's share of the screen
        page = TrashPage(ctx)
        qtbot.addWidget(page)
        page.resize(w, h)
        drain()
        assert {r.entity for r in page.model.rows} >= {"placement", "short_video"}
        assert page.model.rows[0].entity == "placement"
        page.ui.table.selectionModel().select(page.model.index(0, 0),
                                              QItemSelectionModel.SelectionFlag.ClearAndSelect
                                              | QItemSelectionModel.SelectionFlag.Rows)
        shoot(page, out_dir, f"trash_placements{size}{suffix}", qtbot)
        page.close()
