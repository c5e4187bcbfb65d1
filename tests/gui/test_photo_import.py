"""导入照片 from the desktop: the folder dialog (patched), the import on the pool behind
a progress dialog, then one message with the count and every file not imported; a
wrong folder said in Chinese. Screenshot: tests/output/screens/photo_import_summary.png."""
from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.services import enrolment, organisations
from jiarenbase.core.services.student_photos import photo_of
from jiarenbase.gui import photo_import
from screen_checks import shoot

pytestmark = pytest.mark.gui


@pytest.fixture
def students(ctx):
    school = organisations.create_school(ctx.db, ctx.actor, organisations.SchoolInput(name="金山食品工业学校"))
    ids = []
    for n in (1, 2, 3):
        first17 = f"31011620040506{n:03d}"
        ids.append(enrolment.create_student(ctx.db, ctx.actor, enrolment.StudentInput(
            name=f"学员{n}", id_number=first17 + check_char(first17), school_id=school.id,
            student_number=f"S00{n}")).id)
    return ids


@pytest.fixture
def owner(qtbot):
    """The 学员 list the import is started from."""
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)
    return window


@pytest.fixture
def boxes(monkeypatch):
    """The message boxes shown, as (icon, text, informative text); not run: a modal box would wait for a click."""
    shown: list[tuple] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.icon(), box.text(), box.informativeText()))
                        or 0)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    return shown, warnings


def picture(path) -> None:
    Image.new("RGB", (480, 640), (150, 120, 100)).save(path, "JPEG")


def test_a_folder_is_imported_and_the_problems_listed(qtbot, ctx, drain, owner, students, boxes, monkeypatch,
                                                      tmp_path, out_dir):
    folder = tmp_path / "学员照片 #2025"
    folder.mkdir()
    picture(folder / "S001.jpg")
    picture(folder / "s002.JPEG")
    picture(folder / "S404.jpg")
    (folder / "S003.png").write_text("这不是图片", encoding="utf-8")
    monkeypatch.setattr(photo_import, "choose_photo_folder", lambda parent: str(folder))
    results = []
    assert photo_import.import_photos(owner, ctx, on_done=results.append) is not None
    drain()
    shown, warnings = boxes
    [(icon, text, more)] = shown
    assert warnings == [] and results[0].imported == 2
    assert text == "已导入照片 2 张。" and icon == QMessageBox.Icon.Warning
    assert "S404.jpg" in more and "S003.png" in more
    assert photo_of(ctx.db, ctx.actor, students[0]) is not None and photo_of(ctx.db, ctx.actor, students[2]) is None
    box = photo_import.summary_box(None, results[0], "zh")
    qtbot.addWidget(box)
    shoot(box, out_dir, "photo_import_summary", qtbot)


def test_cancelled_folder_dialog_does_nothing(ctx, owner, boxes, monkeypatch):
    monkeypatch.setattr(photo_import, "choose_photo_folder", lambda parent: "")
    assert photo_import.import_photos(owner, ctx) is None
    assert ctx.ops.pending == 0 and boxes == ([], [])


def test_a_folder_without_photos_is_said_in_chinese(ctx, drain, owner, students, boxes, monkeypatch, tmp_path):
    monkeypatch.setattr(photo_import, "choose_photo_folder", lambda parent: str(tmp_path))
    photo_import.import_photos(owner, ctx)
    drain()
    shown, warnings = boxes
    assert shown == [] and len(warnings) == 1 and "没有 .jpg/.jpeg/.png 照片" in warnings[0]


def test_all_imported_is_an_information(ctx, owner, students):
    from jiarenbase.core.services.student_photos import PhotoImportResult

    box = photo_import.summary_box(owner, PhotoImportResult(imported=3, replaced=0), "zh")
    assert box.icon() == QMessageBox.Icon.Information and box.informativeText() == ""
    box.deleteLater()
