"""基地信息 through the service: staff and admins save it, mentors read it; every field
checked with a Chinese message naming it; the logo normalised to a PNG ≤ 600 px wide and
audited as its hash only; the window title from the short name."""
from __future__ import annotations

import io
import json
from dataclasses import replace

import pytest
from PIL import Image
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry
from jiarenbase.core.domain.enums import Role
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.images import logo_png, sha256
from jiarenbase.core.reports.dto import BaseProfile
from jiarenbase.core.services import base_profile
from jiarenbase.core.services.context import Actor

MENTOR = Actor(user_id=None, username="wang", role=Role.MENTOR, mentor_id=1, display_name="王导师")
PROFILE = BaseProfile(full_name="自家人数字产业人才产学研基地", short_name="自家人直播实训基地",
                      operator="自家人（上海）文化有限公司", address="上海市金山区金山卫镇 金山卫科创园",
                      phone="021-5729 0000", contact="周老师", director="陆基地")


def picture(fmt: str = "PNG", size=(1200, 400), mode: str = "RGBA") -> bytes:
    out = io.BytesIO()
    Image.new(mode, size, (200, 30, 30) if mode == "RGB" else (200, 30, 30, 255)).save(out, fmt)
    return out.getvalue()


def entries(db):
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action, AuditEntry.before, AuditEntry.after)
                              .where(AuditEntry.entity == "setting:base_profile").order_by(AuditEntry.id)))


def test_unset_profile_reads_as_the_defaults_and_the_title_uses_the_short_name(db):
    profile = base_profile.load_profile(db, MENTOR)  # everyone reads it
    assert profile == BaseProfile()
    assert base_profile.window_title(profile) == "JiarenBase — 自家人直播实训基地"
    assert base_profile.window_title(replace(profile, short_name="")) == "JiarenBase — 自家人数字产业人才产学研基地"


def test_staff_save_and_every_desktop_reads_it_back(db, staff):
    saved = base_profile.save_profile(db, staff, replace(PROFILE, full_name="  自家人\u200b数字产业人才产学研基地\n"))
    assert saved == PROFILE  # cleaned: invisible characters and line breaks gone, full-width brackets kept
    assert base_profile.load_profile(db, MENTOR) == PROFILE
    with db.read() as s:
        assert base_profile.read_profile(s).operator == "自家人（上海）文化有限公司"
    [entry] = entries(db)
    assert entry.action == "create" and entry.before == ""
    assert json.loads(entry.after)["director"] == "陆基地"


def test_an_optional_field_emptied_stays_empty(db, staff):
    base_profile.save_profile(db, staff, PROFILE)
    base_profile.save_profile(db, staff, replace(PROFILE, operator="", director=""))
    profile = base_profile.load_profile(db, staff)
    assert (profile.operator, profile.director, profile.issuer) == ("", "", PROFILE.full_name)
    update = entries(db)[-1]
    assert json.loads(update.before) == {"operator": PROFILE.operator, "director": "陆基地"}
    assert json.loads(update.after) == {"operator": "", "director": ""}


def test_mentors_may_not_change_it(db):
    with pytest.raises(PermissionDenied) as info:
        base_profile.save_profile(db, MENTOR, PROFILE)
    assert "修改基地信息" in info.value.zh and "仅限管理员、教务" in info.value.zh
    assert entries(db) == []


def test_every_wrong_field_is_named_in_chinese(db, staff):
    wrong = replace(PROFILE, full_name=" ", short_name="自" * 21, address="路" * 101, phone="请打总机",
                    contact="联" * 31)
    with pytest.raises(ValidationError) as info:
        base_profile.save_profile(db, staff, wrong)
    assert info.value.fields == ["全称", "简称", "地址", "联系人", "电话"]
    text = info.value.zh
    assert "全称：不能为空" in text and "简称：太长（21 个字），最多 20 个字" in text
    assert "“请打总机”不像电话号码" in text and "021-57290000" in text
    assert "full name: is required" in info.value.en
    assert entries(db) == []


@pytest.mark.parametrize("phone", ["021-57290000", "（021）5729 0000", "13800001111", "+86 21 5729 0000",
                                   "400-820-8820转123", ""])
def test_plausible_phone_numbers_pass(phone):
    assert base_profile.check_profile(replace(PROFILE, phone=phone)).phone.startswith(("0", "(", "1", "+", "4", ""))


@pytest.mark.parametrize("phone", ["12345", "021-5729-abcd", "1" * 21])
def test_implausible_phone_numbers_fail(phone):
    with pytest.raises(ValidationError) as info:
        base_profile.check_profile(replace(PROFILE, phone=phone))
    assert info.value.fields == ["电话"]


def test_the_logo_is_a_png_at_most_600_wide_and_audited_as_its_hash(db, staff):
    saved = base_profile.save_profile(db, staff, replace(PROFILE, logo_png=picture("JPEG", (1800, 600), "RGB")))
    logo = Image.open(io.BytesIO(saved.logo_png))
    assert (logo.format, logo.size) == ("PNG", (600, 200))
    assert base_profile.load_profile(db, staff).logo_png == saved.logo_png
    after = json.loads(entries(db)[-1].after)
    assert after["logo_sha256"] == sha256(saved.logo_png)
    assert all(len(str(v)) < 100 for v in after.values())  # no picture in the log
    # saving the profile as loaded changes nothing and writes no entry
    base_profile.save_profile(db, staff, base_profile.load_profile(db, staff))
    assert len(entries(db)) == 1
    removed = base_profile.save_profile(db, staff, replace(saved, logo_png=None))
    assert removed.logo_png is None and base_profile.load_profile(db, staff).logo_png is None
    last = entries(db)[-1]
    assert json.loads(last.before) == {"logo_sha256": sha256(saved.logo_png)}
    assert json.loads(last.after) == {"logo_sha256": ""}


def test_a_transparent_png_keeps_its_transparency():
    logo = Image.open(io.BytesIO(logo_png(picture("PNG", (300, 120), "RGBA"))))
    assert (logo.mode, logo.size) == ("RGBA", (300, 120))


def test_a_file_that_is_not_a_picture_or_too_big_is_refused_plainly(tmp_path):
    text = tmp_path / "标志 #1.png"
    text.write_text("not a picture", encoding="utf-8")
    with pytest.raises(ValidationError) as info:
        base_profile.logo_from_file(text)
    assert info.value.fields == ["标志"] and "不是 PNG 或 JPEG 图片" in info.value.zh
    big = tmp_path / "big.png"
    big.write_bytes(b"\x89PNG" + b"0" * (2 * 1024 * 1024 + 10))
    with pytest.raises(ValidationError) as info:
        base_profile.logo_from_file(big)
    assert "太大（2.0 MB），最大 2 MB" in info.value.zh
    with pytest.raises(ValidationError) as info:
        base_profile.logo_from_file(tmp_path)
    assert "是文件夹" in info.value.zh
    with pytest.raises(ValidationError) as info:
        base_profile.logo_from_file(tmp_path / "gone.png")
    assert "无法读取文件“gone.png”" in info.value.zh
    gif = tmp_path / "logo.gif"
    Image.new("RGB", (10, 10)).save(gif, "GIF")
    with pytest.raises(ValidationError) as info:
        base_profile.logo_from_file(gif)
    assert "请选择 PNG 或 JPEG 格式的图片文件" in info.value.zh


def test_a_logo_from_a_file_with_spaces_and_chinese_in_its_path(tmp_path):
    folder = tmp_path / "基地 资料 #2"
    folder.mkdir()
    path = folder / "标志.JPG"
    path.write_bytes(picture("JPEG", (640, 640), "RGB"))
    png = base_profile.logo_from_file(path)
    assert Image.open(io.BytesIO(png)).size == (600, 600)


def test_bytes_that_are_not_a_picture_are_refused_on_save(db, staff):
    with pytest.raises(ValidationError) as info:
        base_profile.save_profile(db, staff, replace(PROFILE, logo_png=b"%PDF-1.7 ..."))
    assert info.value.fields == ["标志"]
    assert entries(db) == []


def test_the_demo_profile_is_valid_and_stored_in_the_callers_transaction(db, admin):
    with db.transaction() as s:  # as build_demo does, inside its one transaction
        base_profile.store_profile(s, admin, base_profile.check_profile(base_profile.DEMO_PROFILE))
    profile = base_profile.load_profile(db, admin)
    assert profile == base_profile.DEMO_PROFILE and "金山" in profile.address
    assert base_profile.window_title(profile) == "JiarenBase — 自家人直播实训基地"
