"""帮助 → 关于: version, database, data folder, bundled components' licences."""
from __future__ import annotations

import pytest

from jiarenbase import __version__
from screen_checks import shoot

pytestmark = pytest.mark.gui


def test_about_shows_version_database_folder_and_licences(qtbot, qapp, ctx, monkeypatch, out_dir):
    from jiarenbase.gui.dialogs import about_dialog
    from jiarenbase.gui.theme import apply_theme, install_translators

    install_translators(qapp, "zh")
    apply_theme(qapp)
    dialog = about_dialog.AboutDialog(ctx)
    qtbot.addWidget(dialog)
    assert __version__ in dialog.ui.version.text() and "版本" in dialog.ui.version.text()
    assert dialog.ui.database.text() == ctx.db.describe() and dialog.ui.dataDir.text() == str(ctx.data_dir)
    names = [dialog.ui.licences.item(r, 0).text() for r in range(dialog.ui.licences.rowCount())]
    assert any(n.startswith("PySide6 6.") for n in names) and any(n.startswith("reportlab ") for n in names)
    assert not dialog.ui.icon.pixmap().isNull()
    opened = []
    monkeypatch.setattr(about_dialog.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    dialog.ui.openDataDir.click()
    assert [u.toLocalFile() for u in opened] == [str(ctx.data_dir)]
    shoot(dialog, out_dir, "about_dialog", qtbot, chinese=True)


def test_the_application_icon_is_there():
    from jiarenbase.gui.theme import ICON

    assert ICON.is_file() and ICON.stat().st_size > 1000
