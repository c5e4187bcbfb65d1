"""结业证书 read back as the holder, a school and a verifier would: the same number
and date on every reprint, the completion date (never the print date), no running
header or footer, the cohort's name, 学时, the photo, and a QR code that the
command line verifies (zbarimg from zbar-tools decodes it; CI installs it)."""
from __future__ import annotations

import errno
import re
import shutil
import subprocess
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jiarenbase.cli import run
from jiarenbase.core import output_files
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import Cohort, Student, StudentPhoto
from jiarenbase.core.demo import build_demo
from jiarenbase.core.domain.enums import Stage
from jiarenbase.core.domain.training_hours import session_minutes, training_hours
from jiarenbase.core.errors import JiarenError, ValidationError
from jiarenbase.core.reports.document import cn_date
from jiarenbase.core.services import completion_certificates as cc, stages
from jiarenbase.core.services.certificate_builders import certificates
from jiarenbase.core.services.context import Actor
from jiarenbase.core.services.reports import ReportKind, ReportRequest, check_request

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")

OUTPUT = Path(__file__).resolve().parents[2] / "output" / "reports"
ADMIN = Actor.system()
DEMO_TODAY = date(2025, 12, 1)
PRINTED_ON = date(2026, 12, 7)  # the print date: never on a certificate
REASON = "学员已在企业项目中独立完成带货，经教研组评议同意特批。"
NUMBER = re.compile(r"JRB-[A-Z0-9-]+-\d{3}")


def build(db, out: Path, *, cohort: int | None = None, student: int | None = None, each: bool = False):
    request = ReportRequest(ReportKind.CERTIFICATE, cohort_id=cohort, student_id=student, one_file_per_student=each)
    check_request(request, ADMIN)
    return certificates(db, ADMIN, request, out, lambda *_: None, PRINTED_ON)


def pages_of(pdf: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-enc", "UTF-8", "-layout", str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [p for p in text.split("\f") if p.strip()]


def png(pdf: Path, stem: Path, dpi: int) -> Path:
    stem.parent.mkdir(parents=True, exist_ok=True)
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", "-singlefile", "-f", "1", "-l", "1", str(pdf), str(stem)],
                   check=True)
    return stem.with_suffix(".png")


def by_holder(pdf: Path) -> dict[str, tuple[str, str]]:
    """holder → (number, the page's text) for every page."""
    out = {}
    for page in pages_of(pdf):
        holder = re.search(r"学员 (\S+?)（", page).group(1)
        out[holder] = (NUMBER.search(page).group(0), page)
    return out


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A 40-student demo (cohorts 1–4 completed, 5 in the live stage), in its own data directory."""
    folder = tmp_path_factory.mktemp("certificates-db")
    opened = open_database(None, folder)
    build_demo(opened.db, students=40, seed=2025, today=DEMO_TODAY)
    with opened.db.read() as s:
        done = list(s.scalars(select(Cohort.id).join(Student, Student.cohort_id == Cohort.id)
                              .where(Student.stage == Stage.COMPLETED).group_by(Cohort.id).order_by(Cohort.id)))
        live = s.scalar(select(Student.cohort_id).where(Student.stage == Stage.LIVE).order_by(Student.cohort_id))
    yield {"db": opened.db, "folder": folder, "completed_cohorts": done, "live_cohort": live}
    opened.db.dispose()


def _complete(db, sid: int, on: date) -> None:
    for _ in range(3):
        with db.read() as s:
            if s.get(Student, sid).stage is Stage.COMPLETED:
                return
        stages.sign_off_stage(db, ADMIN, sid, override_reason=REASON, on=on)


def _register(db, ids):
    with db.read() as s:
        return cc.register_of(s, ids)


def test_training_hours_are_whole_45_minute_periods_rounded_down():
    assert training_hours([2.0], [45]) == 3  # 120 + 45 minutes
    assert training_hours([], [44.9]) == 0
    assert training_hours([1.5, 1.5], [30, 30]) == 5  # 240 minutes = 5 学时 15 分
    assert training_hours([], []) == 0
    assert session_minutes(datetime(2025, 3, 1, 10), datetime(2025, 3, 1, 9)) == 0  # ended before it started


def test_reprint_after_a_classmate_completes_keeps_every_number_and_date(base, tmp_path):
    db, cohort = base["db"], base["live_cohort"]
    with db.read() as s:
        learners = sorted(s.scalars(select(Student.id).where(Student.cohort_id == cohort,
                                                             Student.stage == Stage.LIVE)))
    early, late = learners[-1], learners[0]  # the larger id completes first: a place by id would move
    _complete(db, early, date(2025, 10, 29))
    first = by_holder(build(db, tmp_path / "first.pdf", cohort=cohort).paths[0])
    _complete(db, late, date(2025, 11, 5))
    again = build(db, tmp_path / "again.pdf", cohort=cohort)
    second = by_holder(again.paths[0])
    assert len(second) == len(first) + 1
    for holder, (number, page) in first.items():
        assert second[holder][0] == number
        assert "2025年10月29日" in page and "2025年10月29日" in second[holder][1]
    entries = _register(db, [early, late])
    assert entries[early].number.endswith("-001") and entries[late].number.endswith("-002")
    assert entries[late].issued_on == date(2025, 11, 5)


def test_the_page_is_the_certificate_alone_with_its_completion_date(base, tmp_path):
    db, cohort = base["db"], base["completed_cohorts"][0]
    result = build(db, tmp_path / "c.pdf", cohort=cohort)
    pages = pages_of(result.paths[0])
    with db.read() as s:
        c = s.get(Cohort, cohort)
        name, code = c.name, c.code
        ids = list(s.scalars(select(Student.id).where(Student.cohort_id == cohort, Student.stage == Stage.COMPLETED)))
    entries = _register(db, ids)
    assert result.pages == len(pages) == len(ids) and result.title == f"结业证书 {name}"
    for page in pages:
        entry = next(e for e in entries.values() if e.number in page)
        assert cn_date(entry.issued_on) in page and cn_date(PRINTED_ON) not in page
        assert "第 1 页" not in page and " 页" not in page  # no running footer
        assert name in page and f"{code}批次" not in page
        assert re.search(r"累计 \d+ 学时", page)
        assert "盖章处" in page and "导师签字" in page and "基地负责人签字" in page and "照片" in page
        assert f"核验码：{entry.code[:4]}-{entry.code[4:]}" in page
        for line in page.splitlines():  # a date or a stage name is never split at a line's end
            assert not re.search(r"\d+年(\d+月?)?$|\d+月$|实战实$|认知实$|项目实$", line.strip()), line
    png(result.paths[0], OUTPUT / "certificate", 100)


def test_the_qr_code_verifies_on_the_command_line_until_revoked(base, tmp_path, capsys):
    assert shutil.which("zbarimg"), "zbarimg (Debian package zbar-tools) is needed to read the certificate's QR code"
    db, cohort = base["db"], base["completed_cohorts"][1]
    with db.read() as s:
        sid, holder = s.execute(select(Student.id, Student.name).where(Student.cohort_id == cohort,
                                                                        Student.stage == Stage.COMPLETED)
                                .order_by(Student.id)).first()
    pdf = build(db, tmp_path / "one.pdf", student=sid).paths[0]
    image = png(pdf, tmp_path / "qr", 200)
    decoded = subprocess.run(["zbarimg", "--quiet", "--raw", str(image)], capture_output=True, text=True)
    assert decoded.returncode == 0, decoded.stderr
    text = decoded.stdout.strip()
    entry = _register(db, [sid])[sid]
    assert text == entry.qr

    def verify() -> tuple[int, str]:
        capsys.readouterr()
        code = run(["--data-dir", str(base["folder"]), "verify", text])
        out, err = capsys.readouterr()
        return code, out + err

    code, out = verify()
    assert code == 0, out
    assert cc.mask_name(holder) in out and holder not in out and "有效" in out

    cc.revoke(db, ADMIN, entry.number, "学员材料不实，经基地研究决定撤销")
    code, out = verify()
    assert code == 1 and "已撤销" in out

    with pytest.raises(ValidationError) as info:
        build(db, tmp_path / "revoked.pdf", student=sid)
    assert "撤销" in info.value.zh and "学员材料不实" in info.value.zh and entry.number in info.value.zh
    assert not (tmp_path / "revoked.pdf").exists()
    batch = build(db, tmp_path / "batch.pdf", cohort=cohort)
    assert "1 份已撤销" in batch.title and entry.number not in "".join(pages_of(batch.paths[0]))


def test_a_stored_photo_is_printed_in_the_photo_box(base, tmp_path):
    from PIL import Image, ImageDraw

    db, cohort = base["db"], base["completed_cohorts"][2]
    with db.read() as s:
        sid = s.scalar(select(Student.id).where(Student.cohort_id == cohort, Student.stage == Stage.COMPLETED))
    plain = build(db, tmp_path / "plain.pdf", student=sid).paths[0]
    photo = tmp_path / "photo.jpg"
    picture = Image.new("RGB", (360, 480), (222, 228, 235))  # an ID photo's shape: head and shoulders
    ImageDraw.Draw(picture).ellipse((115, 90, 245, 250), fill=(150, 115, 90))
    ImageDraw.Draw(picture).rectangle((55, 270, 305, 480), fill=(45, 60, 90))
    picture.save(photo, "JPEG")
    with db.transaction() as s:
        s.merge(StudentPhoto(student_id=sid, image=photo.read_bytes(), source_name="photo.jpg"))
    with_photo = build(db, tmp_path / "photo.pdf", student=sid).paths[0]

    def images(pdf: Path) -> int:
        out = subprocess.run(["pdfimages", "-list", str(pdf)], capture_output=True, text=True, check=True).stdout
        return len(out.splitlines()[2:])

    assert images(plain) == 0 and images(with_photo) == 1
    assert "照片" not in pages_of(with_photo)[0]
    png(with_photo, OUTPUT / "certificate_photo", 100)


def test_one_file_per_student_into_a_folder_and_its_errors_in_chinese(base, tmp_path, monkeypatch):
    db, cohort = base["db"], base["completed_cohorts"][3]
    folder = tmp_path / "证书"
    result = build(db, folder, cohort=cohort, each=True)
    assert len(result.paths) == len(list(folder.glob("*.pdf"))) >= 2
    assert all(len(pages_of(p)) == 1 for p in result.paths)

    a_file = tmp_path / "证书.pdf"
    a_file.write_bytes(b"%PDF-1.4 not a folder")
    with pytest.raises(JiarenError) as info:
        build(db, a_file, cohort=cohort, each=True)
    assert "这是一个文件，不是文件夹" in info.value.zh and a_file.read_bytes() == b"%PDF-1.4 not a folder"

    with pytest.raises(JiarenError) as info:
        build(db, a_file / "子文件夹", cohort=cohort, each=True)
    assert type(info.value) is JiarenError and "无法保存" in info.value.zh and "文件而不是文件夹" in info.value.zh

    def read_only(tmp, target):
        raise OSError(errno.EROFS, "Read-only file system", str(target))

    monkeypatch.setattr(output_files, "replace_file", read_only)
    fresh = tmp_path / "只读盘"
    with pytest.raises(JiarenError) as info:
        build(db, fresh, cohort=cohort, each=True)
    assert "只读" in info.value.zh and not isinstance(info.value.__cause__, type(None))
    assert list(fresh.iterdir()) == []  # no certificate, no .part


def test_certificates_read_the_same_on_every_backend(db, tmp_path):
    """SQLite, and PostgreSQL when CI provides it (the `db` fixture runs on both)."""
    build_demo(db, students=12, seed=7, today=DEMO_TODAY)
    with db.read() as s:
        cohort = s.scalar(select(Student.cohort_id).where(Student.stage == Stage.COMPLETED).order_by(Student.cohort_id))
        ids = list(s.scalars(select(Student.id).where(Student.cohort_id == cohort, Student.stage == Stage.COMPLETED)))
    result = build(db, tmp_path / "c.pdf", cohort=cohort)
    entries = _register(db, ids)
    holders = by_holder(result.paths[0])
    assert result.pages == len(ids) == len(holders)
    assert sorted(n for n, _ in holders.values()) == sorted(e.number for e in entries.values())
    assert all(re.search(r"累计 [1-9]\d* 学时", page) for _, page in holders.values())
