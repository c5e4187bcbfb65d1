"""基地信息 dialog in the light theme, with and without a logo and with errors, at the size
it opens with (it fits a 1366×768 screen): tests/output/screens/base_profile_*.png. Kept
outside tests/gui/dialogs with the other themed screens (no test there applies the theme)."""
from __future__ import annotations

from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from jiarenbase.core.reports.dto import BaseProfile
from jiarenbase.core.services import base_profile
from jiarenbase.gui.dialogs.base_profile_dialog import BaseProfileDialog
from screen_checks import shoot

pytestmark = pytest.mark.gui

DEMO = BaseProfile(full_name="自家人数字产业人才产学研基地", short_name="自家人直播实训基地",
                   operator="自家人（上海）文化有限公司", address="上海市金山区金山卫镇 金山卫科创园",
                   phone="021-57290000", contact="周老师", director="陆基地")


def logo_file(path) -> str:
    image = Image.new("RGBA", (900, 300), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    draw.ellipse((20, 20, 280, 280), fill=(198, 40, 40, 255))
    draw.rectangle((320, 110, 880, 190), fill=(33, 33, 33, 255))
    image.save(path, "PNG")
    return str(path)


def opened(qtbot, ctx, drain, parent=None) -> BaseProfileDialog:
    dialog = BaseProfileDialog(ctx, parent)
    qtbot.addWidget(dialog)
    drain()
    return dialog


def test_screenshots(qtbot, ctx, drain, light, out_dir, tmp_path):
    base_profile.save_profile(ctx.db, ctx.actor, DEMO)
    dialog = opened(qtbot, ctx, drain)
    shoot(dialog, out_dir, "base_profile_no_logo", qtbot)
    assert dialog.width() <= 1300 and dialog.height() <= 700  # fits a 1366×768 screen
    with_logo = replace(DEMO, logo_png=base_profile.logo_from_file(logo_file(tmp_path / "logo.png")))
    base_profile.save_profile(ctx.db, ctx.actor, with_logo)
    dialog = opened(qtbot, ctx, drain)
    shoot(dialog, out_dir, "base_profile_logo", qtbot)
    dialog.ui.phone.setText("请拨总机")
    dialog.ui.fullName.setText("")
    dialog.save()
    drain()
    shoot(dialog, out_dir, "base_profile_errors", qtbot)
    assert dialog.height() <= 700
