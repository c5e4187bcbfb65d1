"""基地信息 dialog: loads the stored profile, saves through the service, shows each
problem under its field, chooses / previews / removes the logo; opened from 设置 by
staff and admins only. Its themed screenshots are tests/gui/test_base_profile_screens.py."""
from __future__ import annotations

import io
from dataclasses import replace

import pytest
from PIL import Image, ImageDraw

from jiarenbase.core.domain.enums import Role
from jiarenbase.core.reports.dto import BaseProfile
from jiarenbase.core.services import base_profile
from jiarenbase.core.services.context import Actor
from jiarenbase.gui.dialogs import base_profile_dialog
from jiarenbase.gui.dialogs.base_profile_dialog import BaseProfileDialog

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


def test_loads_edits_and_saves(qtbot, ctx, drain):
    base_profile.save_profile(ctx.db, ctx.actor, DEMO)
    dialog = opened(qtbot, ctx, drain)
    assert dialog.ui.operatorName.text() == "自家人（上海）文化有限公司" and dialog.save_button.isEnabled()
    dialog.ui.phone.setText("021-57291234")
    dialog.ui.director.setText("陆主任")
    with qtbot.waitSignal(dialog.saved) as saved:
        dialog.save()
        drain()
    assert saved.args[0] == replace(DEMO, phone="021-57291234", director="陆主任")
    assert base_profile.load_profile(ctx.db, ctx.actor).director == "陆主任"
    assert dialog.result() == dialog.DialogCode.Accepted
    assert "自家人直播实训基地" in ctx.notices.last


@pytest.mark.parametrize("choice", ["reload", "overwrite"])
def test_a_stale_save_asks_instead_of_overwriting(qtbot, ctx, drain, monkeypatch, choice):
    """Another desktop saved the profile after this dialog loaded it: the save is refused
    and the conflict dialog offers to reload theirs or overwrite it with what was typed."""
    from jiarenbase.gui.dialogs.conflict_dialog import ConflictDialog

    base_profile.save_profile(ctx.db, ctx.actor, DEMO)
    dialog = opened(qtbot, ctx, drain)
    base_profile.save_profile(ctx.db, ctx.actor, replace(DEMO, contact="另一台电脑"))  # the other desktop
    asked = []
    answer = ConflictDialog.RELOAD if choice == "reload" else ConflictDialog.OVERWRITE
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent=None: asked.append(1) or answer))
    dialog.ui.director.setText("陆主任")
    dialog.save()
    drain()
    drain()
    assert asked == [1]
    stored = base_profile.load_profile(ctx.db, ctx.actor)
    if choice == "reload":
        assert stored.contact == "另一台电脑" and stored.director == "陆基地"
        assert dialog.ui.contact.text() == "另一台电脑" and dialog.ui.director.text() == "陆基地"
    else:
        assert stored.director == "陆主任" and stored.contact == "周老师"
        assert dialog.result() == dialog.DialogCode.Accepted


def test_problems_appear_under_their_fields(qtbot, ctx, drain):
    dialog = opened(qtbot, ctx, drain)
    dialog.ui.fullName.setText("")
    dialog.ui.phone.setText("请拨总机")
    dialog.save()
    drain()
    shown = dialog.errors.shown()
    assert set(shown) == {"全称", "电话"}
    assert shown["全称"] == "不能为空，请填写。" and "不像电话号码" in shown["电话"]
    assert dialog.ui.fullNameError.isVisibleTo(dialog) and dialog.ui.phoneError.text() == shown["电话"]
    assert dialog.isVisible() is False or dialog.result() != dialog.DialogCode.Accepted
    dialog.ui.fullName.setText("新名字")
    dialog.ui.fullName.textEdited.emit("新名字")  # typing clears the field's error
    assert dialog.errors.message("全称") == ""


def test_logo_chosen_previewed_saved_and_removed(qtbot, ctx, drain, tmp_path, monkeypatch):
    path = logo_file(tmp_path / "标志 #1.png")
    monkeypatch.setattr(base_profile_dialog, "choose_logo_file", lambda parent: path)
    dialog = opened(qtbot, ctx, drain)
    assert dialog.ui.logoPreview.text() == "No logo" and not dialog.ui.removeLogo.isEnabled()
    dialog.ui.chooseLogo.click()
    drain()
    assert not dialog.ui.logoPreview.pixmap().isNull() and dialog.ui.removeLogo.isEnabled()
    assert Image.open(io.BytesIO(dialog.logo)).size == (600, 200)
    dialog.save()
    drain()
    stored = base_profile.load_profile(ctx.db, ctx.actor).logo_png
    assert stored == dialog.logo
    again = opened(qtbot, ctx, drain)
    assert again.logo == stored
    again.ui.removeLogo.click()
    assert again.logo is None and again.ui.logoPreview.text() == "No logo"
    again.save()
    drain()
    assert base_profile.load_profile(ctx.db, ctx.actor).logo_png is None


def test_a_file_that_is_not_a_picture_is_said_under_the_logo(qtbot, ctx, drain, tmp_path, monkeypatch):
    bad = tmp_path / "名单.png"
    bad.write_text("姓名,学号", encoding="utf-8")
    monkeypatch.setattr(base_profile_dialog, "choose_logo_file", lambda parent: str(bad))
    dialog = opened(qtbot, ctx, drain)
    dialog.ui.chooseLogo.click()
    drain()
    assert "不是 PNG 或 JPEG 图片" in dialog.errors.message("标志") and dialog.logo is None
    assert dialog.ui.logoError.isVisibleTo(dialog)
    monkeypatch.setattr(base_profile_dialog, "choose_logo_file", lambda parent: "")  # cancelled: nothing happens
    dialog.ui.chooseLogo.click()
    assert ctx.ops.pending == 0


def test_closed_while_the_profile_loads(qtbot, ctx, in_flight, owner):
    in_flight.hold(base_profile, "profile_for_edit")
    dialog = BaseProfileDialog(ctx, owner)
    dialog.open()
    in_flight.close_while_loading(dialog)


def test_a_mentor_sees_it_read_only(qtbot, ctx, drain):
    ctx.actor = Actor(user_id=None, username="wang", role=Role.MENTOR, mentor_id=1)
    dialog = opened(qtbot, ctx, drain)
    assert not dialog.save_button.isVisibleTo(dialog) and not dialog.ui.fullName.isEnabled()
    assert dialog.ui.fullName.text() == BaseProfile().full_name


@pytest.mark.parametrize("role", [Role.ADMIN, Role.STAFF, Role.MENTOR])
def test_settings_offers_it_to_staff_and_admins(qtbot, ctx, drain, monkeypatch, role):
    from jiarenbase.gui.pages.settings_page import SettingsPage

    ctx.actor = Actor(user_id=None, username="someone", role=role, mentor_id=1 if role is Role.MENTOR else None)
    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    assert page.ui.baseProfileButton.isVisibleTo(page) is (role is not Role.MENTOR)
    if role is Role.MENTOR:
        return
    shown = []

    def exec_(dialog):
        shown.append(dialog)
        drain()
        dialog.saved.emit(replace(DEMO, short_name="金山直播基地"))
        return 1

    monkeypatch.setattr(BaseProfileDialog, "exec", exec_)
    page.ui.baseProfileButton.click()
    assert len(shown) == 1 and page.windowTitle() == "JiarenBase — 金山直播基地"
    drain()
