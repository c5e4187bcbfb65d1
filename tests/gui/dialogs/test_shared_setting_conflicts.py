"""Shared settings edited on two desktops: the banned-term list and a platform's CSV
column mapping, loaded here, saved meanwhile elsewhere; this desktop's save opens the
conflict dialog — Reload shows the other desktop's, Overwrite saves this one over it —
and every save is confirmed in the status bar."""
from __future__ import annotations

from pathlib import Path

import pytest

from jiarenbase.core.domain.compliance import BannedTerm
from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.services import scripts, session_import
from jiarenbase.gui.dialogs.compliance_terms_dialog import ComplianceTermsDialog
from jiarenbase.gui.dialogs.conflict_dialog import ConflictDialog
from jiarenbase.gui.dialogs.form_values import select_value
from jiarenbase.gui.dialogs.session_import_dialog import SessionImportDialog

pytestmark = pytest.mark.gui
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def answer(monkeypatch, choice: int) -> list[int]:
    asked: list[int] = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent=None: asked.append(choice) or choice))
    return asked


def test_banned_terms_stale_save(qtbot, ctx, drain, monkeypatch):
    dialog = ComplianceTermsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    loaded = dialog.terms()
    elsewhere = scripts.compliance_terms_for_edit(ctx.db, ctx.actor)
    scripts.set_compliance_terms(ctx.db, ctx.actor, list(elsewhere.value) + [BannedTerm("秒杀", "诱导词")],
                                 expected_version=elsewhere.version)
    asked = answer(monkeypatch, ConflictDialog.RELOAD)
    dialog.ui.table.removeRow(0)
    dialog.save()
    drain()
    assert asked and dialog.isVisible() and dialog.ui.table.rowCount() == len(loaded) + 1  # theirs, reloaded
    dialog.ui.table.removeRow(0)  # edited again over the reloaded list: saves
    dialog.save()
    drain()
    assert not dialog.isVisible() and "Banned terms saved" in ctx.notices.last
    assert len(scripts.compliance_terms(ctx.db, ctx.actor)) == len(loaded)


def test_banned_terms_overwrite(qtbot, ctx, drain, monkeypatch):
    dialog = ComplianceTermsDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    drain()
    elsewhere = scripts.compliance_terms_for_edit(ctx.db, ctx.actor)
    scripts.set_compliance_terms(ctx.db, ctx.actor, [BannedTerm("第一", "极限词")], expected_version=elsewhere.version)
    answer(monkeypatch, ConflictDialog.OVERWRITE)
    mine = dialog.terms()
    dialog.save()
    drain()
    assert not dialog.isVisible() and len(scripts.compliance_terms(ctx.db, ctx.actor)) == len(mine)


def test_column_mapping_stale_save(qtbot, ctx, drain, monkeypatch):
    dialog = SessionImportDialog(ctx, platform=Platform.DOUYIN)
    qtbot.addWidget(dialog)
    drain()
    dialog.open_file(str(FIXTURES / "douyin_sessions.csv"))
    drain()
    assert dialog.mapping_version == 0
    session_import.save_column_mapping(ctx.db, ctx.actor, Platform.DOUYIN, {"累计观看人数": ""}, expected_version=0)
    asked = answer(monkeypatch, ConflictDialog.RELOAD)
    dialog.save_mapping()
    drain()
    assert asked and dialog.mapping_version == 1
    assert session_import.get_column_mapping(ctx.db, ctx.actor, Platform.DOUYIN) == {"累计观看人数": ""}
    select_value(dialog.field_combo("累计观看人数"), "viewers")
    drain()
    dialog.save_mapping()  # over the reloaded mapping: saved, and saved again without a conflict with itself
    drain()
    dialog.save_mapping()
    drain()
    assert session_import.get_column_mapping(ctx.db, ctx.actor, Platform.DOUYIN)["累计观看人数"] == "viewers"
    assert "Column mapping saved" in ctx.notices.last
