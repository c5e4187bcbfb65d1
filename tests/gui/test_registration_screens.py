"""The 报名 list (考试报名) on demo data in the light theme at a 1366×768 and a
1093×614 (125 %) screen: tests/output/screens/exam_registration*.png. Here, not in
tests/gui/dialogs, because it applies the theme."""
from __future__ import annotations

import pytest

from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import RegistrationStatus
from jiarenbase.core.services import certificates, enrolment, exam_registration
from jiarenbase.core.services.listing import ListQuery
from jiarenbase.gui.dialogs.registration_dialog import RegistrationDialog
from screen_checks import shoot

pytestmark = pytest.mark.gui


def test_registration_list_screens(qtbot, ctx, db, drain, light, out_dir):
    build_demo(db, students=24, seed=3)
    exam = certificates.list_exams(db, ctx.actor, ListQuery(limit=1)).rows[0]
    on_list = {r.student_id for r in exam_registration.exam_registrations(db, ctx.actor, exam.id)}
    others = [s.id for s in enrolment.list_students(db, ctx.actor, ListQuery(limit=100)).rows
              if s.id not in on_list and s.status.value != "withdrawn"][:3]
    added = exam_registration.register_candidates(db, ctx.actor, exam.id, others)  # 报名, and one 缴费
    exam_registration.set_registration_status(db, ctx.actor, [(added[0].id, added[0].version)],
                                              RegistrationStatus.PAID)
    dialog = RegistrationDialog(ctx, exam.id)
    qtbot.addWidget(dialog)
    drain()
    assert {r.status for r in dialog.rows} == set(RegistrationStatus)
    dialog.resize(1000, 640)
    shoot(dialog, out_dir, "exam_registration", qtbot)
    dialog.resize(dialog.minimumSizeHint().width(), 560)
    assert dialog.width() <= 1093
    shoot(dialog, out_dir, "exam_registration_125", qtbot)
