"""`jiarenbase import-photos FOLDER`: prints what it did in Chinese, names the files it
could not use, and exits non-zero only when nothing could be imported; a folder with
spaces, "#" and Chinese in its path works. On SQLite and PostgreSQL (`--db`)."""
from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from jiarenbase.cli import run
from jiarenbase.core.services import enrolment, organisations
from jiarenbase.core.services.student_photos import photo_of


@pytest.fixture
def cli(opened, db_url, tmp_path, capsys, admin, id_number):
    school = organisations.create_school(opened.db, admin, organisations.SchoolInput(name="金山食品工业学校"))
    ids = [enrolment.create_student(opened.db, admin, enrolment.StudentInput(
        name=name, id_number=id_number(n), school_id=school.id, student_number=f"2023{n:04d}")).id
        for n, name in ((1, "李小明"), (2, "张晓雨"))]

    def call(*args: str) -> tuple[int, str, str]:
        capsys.readouterr()
        code = run(["--data-dir", str(tmp_path / "data"), "--db", db_url, *args])
        out, err = capsys.readouterr()
        return code, out, err

    call.ids, call.db = ids, opened.db
    return call


@pytest.fixture
def id_number():
    from jiarenbase.core.domain.idcard import check_char

    def make(n: int) -> str:
        first17 = f"31011620040506{n:03d}"
        return first17 + check_char(first17)

    return make


def picture(path: Path) -> None:
    Image.new("RGB", (300, 400), (180, 160, 140)).save(path, "JPEG")


def test_imports_and_names_the_rest(cli, tmp_path, admin):
    folder = tmp_path / "学员照片 #1 春季"
    folder.mkdir()
    picture(folder / "20230001.JPG")
    picture(folder / "20239999.jpg")
    (folder / "20230002.png").write_bytes(b"not a picture")
    code, out, err = cli("import-photos", str(folder))
    assert code == 0 and err == ""
    assert "已导入照片 1 张。" in out
    assert "找不到对应学员（文件名不是在册学员的学号）1 个：20239999.jpg" in out
    assert "不是可读取的 JPEG/PNG 图片 1 个：20230002.png" in out
    assert photo_of(cli.db, admin, cli.ids[0])[:2] == b"\xff\xd8"
    code, out, _err = cli("--lang", "en", "import-photos", str(folder))
    assert code == 0 and "Imported 1 photo (1 replacing earlier photos)." in out


def test_nothing_imported_exits_non_zero(cli, tmp_path):
    folder = tmp_path / "照片"
    folder.mkdir()
    (folder / "20230001.jpg").write_bytes(b"")
    code, out, _err = cli("import-photos", str(folder))
    assert code == 1 and "已导入照片 0 张。" in out and "20230001.jpg" in out
    code, out, err = cli("import-photos", str(tmp_path / "没有 这个"))
    assert code == 1 and out == "" and "错误：照片文件夹：找不到文件夹" in err and "Traceback" not in err
    code, _out, err = cli("import-photos", str(folder / "20230001.jpg"))
    assert code == 1 and "是一个文件，不是文件夹" in err
    (folder / "20230001.jpg").unlink()
    code, _out, err = cli("import-photos", str(folder))
    assert code == 1 and "没有 .jpg/.jpeg/.png 照片" in err and "S001.jpg" in err
