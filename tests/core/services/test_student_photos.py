"""学员照片: a folder of files named by student number imported all-or-nothing, each
photo upright, cut to 3:4 and stored as a 360 × 480 JPEG, audited as its hash; every
file that could not be used named in the result; a wrong folder said in Chinese."""
from __future__ import annotations

import io
import json
from pathlib import Path
from types import SimpleNamespace

import pytest
from PIL import Image
from sqlalchemy import select

from jiarenbase.core.db.models import AuditEntry, StudentPhoto
from jiarenbase.core.errors import PermissionDenied, ValidationError
from jiarenbase.core.images import sha256
from jiarenbase.core.services import enrolment, organisations, student_photos
from jiarenbase.core.services.progress import Cancelled, CancelToken
from jiarenbase.core.services.student_photos import import_photo_folder, photo_of

RED, BLUE = (220, 20, 20), (20, 20, 220)


def photo(path: Path, fmt: str = "JPEG", size=(600, 800), colour=RED, exif_orientation: int | None = None) -> Path:
    image = Image.new("RGBA" if fmt == "PNG" else "RGB", size, colour)
    kwargs = {}
    if exif_orientation:
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kwargs["exif"] = exif
    image.save(path, fmt, **kwargs)
    return path


def split_photo(path: Path) -> Path:
    """Landscape 800 × 600, left half red, right half blue, EXIF "rotate 90° clockwise to show"."""
    image = Image.new("RGB", (800, 600), BLUE)
    image.paste(Image.new("RGB", (400, 600), RED), (0, 0))
    exif = Image.Exif()
    exif[0x0112] = 6
    image.save(path, "JPEG", exif=exif)
    return path


def photo_entries(db):
    with db.read() as s:
        return list(s.execute(select(AuditEntry.action, AuditEntry.entity_id, AuditEntry.before, AuditEntry.after)
                              .where(AuditEntry.entity == "student_photo").order_by(AuditEntry.id)))


def near(pixel, colour) -> bool:
    return all(abs(a - b) < 40 for a, b in zip(pixel, colour, strict=True))


@pytest.fixture
def people(db, admin, staff, id_number):
    """Four students S001–S004 of one school (no accounts: quicker than the shared world)."""
    school = organisations.create_school(db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    students = [enrolment.create_student(db, admin, enrolment.StudentInput(
        name=name, id_number=id_number(n), school_id=school.id, student_number=f"S00{n}"))
        for n, name in enumerate(("李小明", "张晓雨", "王浩", "赵婷婷"), 1)]
    return SimpleNamespace(db=db, admin=admin, staff=staff, school=school, students=students)


@pytest.fixture
def folder(tmp_path) -> Path:
    path = tmp_path / "照片 #2025 春季"
    path.mkdir()
    return path


def test_a_folder_is_imported_and_every_unusable_file_named(people, folder):
    s1, s2, s3, s4 = (st.id for st in people.students)
    split_photo(folder / "S001.jpg")
    photo(folder / "s002.PNG", "PNG", (500, 500))
    photo(folder / "S003.jpeg")
    photo(folder / "s003.JPG")  # a second file for S003: neither is used
    (folder / "S004.jpg").write_text("这不是图片", encoding="utf-8")
    photo(folder / "S999.jpg")
    (folder / "名单.xlsx").write_bytes(b"PK")
    (folder / "._S001.jpg").write_bytes(b"\0")  # a Mac's resource file: ignored
    (folder / "子文件夹").mkdir()
    photo(folder / "子文件夹" / "S004.jpg")  # sub-folders are not read

    result = import_photo_folder(people.db, people.staff, str(folder))

    assert (result.imported, result.replaced) == (2, 0)
    assert result.unmatched == ("S999.jpg",)
    assert result.unreadable == ("S004.jpg",)
    assert result.duplicates == (("S003", ("S003.jpeg", "s003.JPG")),)
    assert (result.too_large, result.ambiguous, result.other_files) == ((), (), 2)
    jpeg = Image.open(io.BytesIO(photo_of(people.db, people.staff, s1)))
    assert (jpeg.format, jpeg.size, jpeg.mode) == ("JPEG", (360, 480), "RGB")
    assert near(jpeg.getpixel((180, 20)), RED) and near(jpeg.getpixel((180, 460)), BLUE)  # turned upright
    square = Image.open(io.BytesIO(photo_of(people.db, people.staff, s2)))
    assert square.size == (360, 480)  # the centre cut to 3:4
    assert photo_of(people.db, people.staff, s3) is None and photo_of(people.db, people.staff, s4) is None
    entries = photo_entries(people.db)
    assert [(e.action, e.entity_id) for e in entries] == [("create", s1), ("create", s2)]
    after = json.loads(entries[0].after)
    with people.db.read() as s:
        assert after == {"sha256": sha256(s.get(StudentPhoto, s1).image), "source_name": "S001.jpg"}
    lines = result.summary_lines()
    assert lines[0] == "已导入照片 2 张。"
    assert any("S999.jpg" in line and "找不到对应学员" in line for line in lines)
    assert any("S003：S003.jpeg、s003.JPG" in line for line in lines)
    assert any("不是可读取的 JPEG/PNG 图片 1 个：S004.jpg" in line for line in lines)
    assert result.summary_lines("en")[0] == "Imported 2 photos."


def test_a_second_import_replaces_and_says_so(people, folder):
    photo(folder / "S001.jpg", colour=RED)
    import_photo_folder(people.db, people.staff, folder)
    photo(folder / "S001.jpg", colour=BLUE)
    result = import_photo_folder(people.db, people.admin, folder)
    assert (result.imported, result.replaced) == (1, 1)
    assert "其中替换原有照片 1 张" in result.summary_lines()[0]
    stored = Image.open(io.BytesIO(photo_of(people.db, people.staff, people.students[0].id)))
    assert near(stored.getpixel((10, 10)), BLUE)
    update = photo_entries(people.db)[-1]
    assert update.action == "update" and json.loads(update.before)["sha256"] != json.loads(update.after)["sha256"]


def test_all_or_nothing_and_cancel_writes_nothing(people, folder, monkeypatch):
    for n in (1, 2, 3):
        photo(folder / f"S00{n}.jpg")
    real, calls = student_photos._store, []

    def failing(s, actor, student_id, jpeg, source):
        calls.append(student_id)
        if len(calls) == 3:
            raise OSError("disk full")
        return real(s, actor, student_id, jpeg, source)

    monkeypatch.setattr(student_photos, "_store", failing)
    with pytest.raises(OSError):
        import_photo_folder(people.db, people.staff, folder)
    assert all(photo_of(people.db, people.staff, st.id) is None for st in people.students)
    assert photo_entries(people.db) == []
    token, seen = CancelToken(), []  # cancelled (the desktop's Cancel) while the pictures are read

    def report(done, total):
        seen.append((done, total))
        token.cancel()

    with pytest.raises(Cancelled):
        import_photo_folder(people.db, people.staff, folder, progress=token.callback(report))
    assert seen == [(0, 3)] and photo_entries(people.db) == []


def test_shared_numbers_deleted_students_and_oversized_files(people, folder, id_number):
    enrolment.create_student(people.db, people.admin, enrolment.StudentInput(
        name="另一个学生", id_number=id_number(50), school_id=people.school.id, student_number="S002"))
    enrolment.delete_student(people.db, people.admin, people.students[2].id)
    photo(folder / "S002.jpg")
    photo(folder / "S003.jpg")
    with open(folder / "S001.jpg", "wb") as f:  # 21 MB without writing them
        f.truncate(21 * 1024 * 1024)
    photo(folder / "S004.png", "PNG")
    result = import_photo_folder(people.db, people.staff, folder)
    assert result.imported == 1 and result.ambiguous == ("S002.jpg",) and result.unmatched == ("S003.jpg",)
    assert result.too_large == ("S001.jpg",)
    assert any("超过 20 MB、未导入 1 个：S001.jpg" in line for line in result.summary_lines())


def test_a_wrong_folder_is_said_in_chinese(people, folder, tmp_path):
    cases = [(tmp_path / "不存在 #1", "找不到文件夹"), (photo(tmp_path / "S001.jpg"), "是一个文件，不是文件夹"),
             (folder, "没有 .jpg/.jpeg/.png 照片")]
    for path, words in cases:
        with pytest.raises(ValidationError) as info:
            import_photo_folder(people.db, people.staff, path)
        assert info.value.fields == ["照片文件夹"] and words in info.value.zh, info.value.zh


def test_one_photo_set_cleared_and_seen_by_its_mentor_only(world, folder):
    mine, theirs = world.mine[0], world.theirs[0]
    photo(folder / "p.jpg")
    for call in (lambda: import_photo_folder(world.db, world.mentor, folder),
                 lambda: student_photos.set_photo(world.db, world.mentor, mine, folder / "p.jpg"),
                 lambda: student_photos.clear_photo(world.db, world.mentor, mine)):
        with pytest.raises(PermissionDenied):
            call()
    student_photos.set_photo(world.db, world.staff, mine, folder / "p.jpg")
    student_photos.set_photo(world.db, world.staff, theirs, folder / "p.jpg")
    assert photo_of(world.db, world.mentor, mine)[:2] == b"\xff\xd8"
    with pytest.raises(PermissionDenied):
        photo_of(world.db, world.mentor, theirs)
    sid = world.students[0].id
    stored = student_photos.set_photo(world.db, world.staff, sid, photo(folder / "证件照 #1.png", "PNG", (900, 600)))
    assert Image.open(io.BytesIO(stored)).size == (360, 480) and photo_of(world.db, world.staff, sid) == stored
    assert student_photos.clear_photo(world.db, world.staff, sid) is True
    assert student_photos.clear_photo(world.db, world.staff, sid) is False
    assert photo_of(world.db, world.staff, sid) is None
    assert [e.action for e in photo_entries(world.db) if e.entity_id == sid] == ["create", "update", "delete"]
    bad = folder / "证件照.jpg"
    bad.write_bytes(b"GIF89a....")
    with pytest.raises(ValidationError) as info:
        student_photos.set_photo(world.db, world.staff, sid, bad)
    assert info.value.fields == ["照片"] and "不是 PNG 或 JPEG 图片" in info.value.zh
    with pytest.raises(ValidationError) as info:
        student_photos.set_photo(world.db, world.staff, sid, folder / "没有.jpg")
    assert "无法读取文件“没有.jpg”" in info.value.zh
