"""The desktop's red warning when the audit log's hash chain is broken: shown to an
administrator, naming the first broken entry; nothing for staff or an intact log."""
from __future__ import annotations

import os

import pytest
from PySide6.QtWidgets import QLabel, QMainWindow
from sqlalchemy import text

from jiarenbase.core.domain.enums import Role
from jiarenbase.core.services import organisations
from jiarenbase.core.services.context import Actor
from jiarenbase.gui import audit_warning


@pytest.fixture
def window(qtbot):
    w = QMainWindow()
    w.resize(900, 120)
    w.statusBar().showMessage("就绪")
    qtbot.addWidget(w)
    return w


def _break_chain(db, admin) -> int:
    for name in ("金山食品工业学校", "奉贤中专", "松江职校"):
        organisations.create_school(db, admin, organisations.SchoolInput(name=name))
    with db.engine.begin() as conn:
        victim = conn.execute(text("SELECT id FROM audit_entry ORDER BY id")).scalars().all()[1]
        conn.execute(text("DROP TRIGGER audit_entry_no_update"))
        conn.execute(text("UPDATE audit_entry SET username = 'nobody' WHERE id = :id"), {"id": victim})
    return victim


def _label(window) -> QLabel | None:
    return window.findChild(QLabel, audit_warning.OBJECT_NAME)


def test_a_broken_chain_shows_a_red_warning_to_an_admin(qtbot, window, ctx, drain, out_dir):
    victim = _break_chain(ctx.db, ctx.actor)
    audit_warning.install(window, ctx)
    qtbot.waitUntil(lambda: _label(window) is not None)
    label = _label(window)
    assert label.text() == f"Audit log changed or incomplete (entry {victim})"  # 操作日志被改动或缺失（第 N 条）
    assert label.toolTip().startswith(f"操作日志第 {victim} 条的内容与它的校验值不符")
    assert "b71c1c" in label.styleSheet()
    window.show()
    qtbot.waitExposed(window)
    window.grab().save(os.path.join(out_dir, "audit_chain_warning.png"))
    # a second install (a new sign-in in the same window) replaces it, never piles up
    audit_warning.install(window, ctx)
    drain()
    assert len(window.findChildren(QLabel, audit_warning.OBJECT_NAME)) == 1


def test_staff_see_nothing_and_no_check_runs(qtbot, window, ctx, drain, ops):
    _break_chain(ctx.db, ctx.actor)
    staff = Actor(user_id=None, username="jiaowu", role=Role.STAFF)
    from jiarenbase.gui.context import AppContext

    staff_ctx = AppContext(db=ctx.db, actor=staff, ops=ops, lang="zh", data_dir=ctx.data_dir)
    audit_warning.install(window, staff_ctx)
    assert ops.pending == 0
    drain()
    assert _label(window) is None


def test_an_intact_chain_shows_nothing_and_sign_in_as_staff_removes_an_old_warning(qtbot, window, ctx, drain, ops):
    organisations.create_school(ctx.db, ctx.actor, organisations.SchoolInput(name="青浦职校"))
    audit_warning.install(window, ctx)
    drain()
    assert _label(window) is None
    _break_chain(ctx.db, ctx.actor)
    audit_warning.install(window, ctx)
    qtbot.waitUntil(lambda: _label(window) is not None)
    from jiarenbase.gui.context import AppContext

    staff = AppContext(db=ctx.db, actor=Actor(user_id=None, username="jiaowu", role=Role.STAFF), ops=ops)
    audit_warning.install(window, staff)
    assert _label(window) is None


def test_english_tooltip(qtbot, window, ctx, drain):
    victim = _break_chain(ctx.db, ctx.actor)
    ctx.lang = "en"
    audit_warning.install(window, ctx)
    qtbot.waitUntil(lambda: _label(window) is not None)
    assert _label(window).toolTip().startswith(f"Audit entry {victim} does not match its hash")
