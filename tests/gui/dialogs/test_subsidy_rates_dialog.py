"""The subsidy-rates dialog (补贴标准) and its background calls: closed while a year's
figures load or are saved, nothing comes back to it; only the year asked for last is
shown. The figures themselves are tested in tests/gui/test_subsidy_page.py."""
from __future__ import annotations

import threading

import pytest

from jiarenbase.core.services import subsidy
from jiarenbase.gui.dialogs import subsidy_rates_dialog
from jiarenbase.gui.dialogs.subsidy_rates_dialog import SubsidyRatesDialog

pytestmark = pytest.mark.gui


def test_closed_while_the_figures_load(qtbot, ctx, in_flight, owner):
    in_flight.hold(subsidy_rates_dialog, "year_rates")
    dialog = SubsidyRatesDialog(ctx, 2025, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_closed_while_saving(qtbot, ctx, in_flight, owner, drain):
    dialog = SubsidyRatesDialog(ctx, 2031, owner)
    dialog.open()
    drain()
    dialog.ui.minimumBase.setValue(7_500)
    dialog.ui.contributionRate.setValue(26)
    dialog.ui.share.setValue(50)
    in_flight.hold(subsidy_rates_dialog, "set_subsidy_rates")
    dialog.save()
    assert not dialog.save_button.isEnabled()
    in_flight.close_while_loading(dialog)
    assert subsidy.year_rates(ctx.db, ctx.actor, 2031).confirmed


def test_only_the_year_asked_for_last_is_shown(qtbot, ctx, monkeypatch, drain):
    real, gate = subsidy_rates_dialog.year_rates, threading.Event()

    def year_rates(db, actor, year):  # the first year answers last
        if year == 2024:
            assert gate.wait(30)
        return real(db, actor, year)

    monkeypatch.setattr(subsidy_rates_dialog, "year_rates", year_rates)
    dialog = SubsidyRatesDialog(ctx, 2024)
    qtbot.addWidget(dialog)
    dialog.ui.year.setValue(2031)
    qtbot.waitUntil(lambda: "2031" in dialog.ui.source.text())
    gate.set()
    drain()
    assert "2031" in dialog.ui.source.text() and dialog.save_button.isEnabled()
