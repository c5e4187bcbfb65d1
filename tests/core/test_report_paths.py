"""Every path problem of a report's output in plain Chinese (issue 16): an existing
folder given as the file, a path through a file, a read-only folder or disk, a file
open in another program or marked read-only, an existing file given as the folder of
a one-file-per-student print. Each says which path and what to do, never a raw
OSError / IsADirectoryError / FileExistsError, and leaves no `.part` behind.

Permissions: root (CI) may write into a 0o555 folder, so there the refusal is raised
where the operating system would raise it for anyone else — ReportLab's own `open`
of the temporary file, `os.mkdir` — with the same exception the OS gives."""
from __future__ import annotations

import errno
import os
import re
import stat
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfbase import pdfdoc
from reportlab.platypus import Paragraph

from jiarenbase.cli import run
from jiarenbase.core import output_files
from jiarenbase.core.bootstrap import open_database
from jiarenbase.core.db.models import Cohort, CompletionCertificate, StageRecord, Student
from jiarenbase.core.domain.enums import Sex, Stage, StudentStatus
from jiarenbase.core.domain.idcard import check_char
from jiarenbase.core.errors import JiarenError
from jiarenbase.core.output_files import (
    FileGiven,
    FileInUse,
    FolderGiven,
    FolderNotWritable,
    ReadOnlyDisk,
    ReadOnlyFile,
    ThroughFile,
    output_folder,
)
from jiarenbase.core.reports.document import report_info, styles, write_pdf

RAW = re.compile(r"OSError|IsADirectoryError|FileExistsError|NotADirectoryError|PermissionError|Errno|Traceback|"
                 r"Permission denied|Read-only file system|File exists|Is a directory|发生意外错误")


def pdf(out: Path) -> int:
    return write_pdf(out, report_info("年度总结", "2026年", date(2026, 12, 7)), [Paragraph("年度总结", styles()["h1"])])


def parts(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if ".part" in p.name]


def plain(exc: JiarenError, *words: str) -> None:
    assert not RAW.search(exc.zh) and not RAW.search(exc.en), exc.zh
    for w in words:
        assert w in exc.zh, (w, exc.zh)


def refuse_writes_under(monkeypatch, folder: Path, code: int = errno.EACCES) -> None:
    """Writes under `folder` fail with `code`, as the OS refuses them (ReportLab's open, mkdir)."""
    real_open, real_mkdir = open, os.mkdir
    inside = str(folder.resolve())

    def is_inside(name) -> bool:
        return str(Path(os.fspath(name)).resolve()).startswith(inside)

    def error(name) -> OSError:
        cls = PermissionError if code in (errno.EACCES, errno.EPERM) else OSError
        return cls(code, os.strerror(code), os.fspath(name))

    def guarded_open(name, mode="r", *args, **kwargs):
        if any(m in mode for m in "wax+") and is_inside(name):
            raise error(name)
        return real_open(name, mode, *args, **kwargs)

    def guarded_mkdir(name, *args, **kwargs):
        if is_inside(name):
            raise error(name)
        return real_mkdir(name, *args, **kwargs)

    monkeypatch.setattr(pdfdoc, "open", guarded_open, raising=False)
    monkeypatch.setattr(os, "mkdir", guarded_mkdir)


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    """A 0o555 folder holding last year's PDF; refused for root too."""
    folder = tmp_path / "只读"
    folder.mkdir()
    (folder / "旧.pdf").write_bytes(b"%PDF old")
    folder.chmod(0o555)
    try:
        (folder / ".probe").write_bytes(b"")
    except PermissionError:
        pass  # an ordinary user: the real refusal
    else:
        (folder / ".probe").unlink()
        refuse_writes_under(monkeypatch, folder)
    yield folder
    folder.chmod(0o755)


def test_an_existing_folder_given_as_the_file(tmp_path):
    folder = tmp_path / "报表"
    folder.mkdir()
    (folder / "去年.pdf").write_bytes(b"%PDF kept")
    with pytest.raises(FolderGiven) as info:
        pdf(folder)
    plain(info.value, f"无法保存“{folder}”", "已有的文件夹", "加上文件名", str(folder / "报表.pdf"))
    assert "existing folder" in info.value.en
    assert sorted(p.name for p in folder.iterdir()) == ["去年.pdf"] and not parts(tmp_path)


def test_a_path_through_a_file(tmp_path):
    blocker = tmp_path / "名单.xlsx"
    blocker.write_bytes(b"a workbook")
    for out in (blocker / "年度总结.pdf", blocker / "子文件夹" / "年度总结.pdf"):
        with pytest.raises(ThroughFile) as info:
            pdf(out)
        plain(info.value, f"无法保存“{out}”", f"“{blocker}”是一个文件，不是文件夹")
    assert blocker.read_bytes() == b"a workbook" and not parts(tmp_path)


def test_a_read_only_folder(read_only_folder):
    for out in (read_only_folder / "年度总结.pdf", read_only_folder / "旧.pdf", read_only_folder / "新" / "x.pdf"):
        with pytest.raises(FolderNotWritable) as info:
            pdf(out)
        plain(info.value, f"无法保存“{out}”", f"文件夹“{read_only_folder}”中写入的权限", "换一个可写的位置")
    assert (read_only_folder / "旧.pdf").read_bytes() == b"%PDF old"
    assert sorted(p.name for p in read_only_folder.iterdir()) == ["旧.pdf"]


def test_a_read_only_disk(tmp_path, monkeypatch):
    disk = tmp_path / "U盘"
    disk.mkdir()
    refuse_writes_under(monkeypatch, disk, errno.EROFS)
    for out in (disk / "年度总结.pdf", disk / "报表" / "年度总结.pdf"):
        with pytest.raises(ReadOnlyDisk) as info:
            pdf(out)
        plain(info.value, f"无法保存“{out}”", "磁盘是只读的", "换一个可写的位置")
    assert not list(disk.iterdir())


def test_a_file_open_elsewhere_or_read_only(tmp_path, monkeypatch):
    def refuse(tmp, target):  # Windows: os.replace onto a file open in a reader, or marked read-only
        raise PermissionError(errno.EACCES, "Access is denied", str(tmp), 5, str(target))

    monkeypatch.setattr(output_files, "replace_file", refuse)
    out = tmp_path / "年度总结.pdf"
    out.write_bytes(b"%PDF open in a reader")
    with pytest.raises(FileInUse) as info:
        pdf(out)
    plain(info.value, f"无法保存“{out}”", "正被其他程序打开", "请关闭它后重试")
    out.chmod(stat.S_IREAD)
    try:
        with pytest.raises(ReadOnlyFile) as info:
            pdf(out)
    finally:
        out.chmod(0o644)
    plain(info.value, f"无法保存“{out}”", "只读", "取消它的只读属性", "另存为其他文件名")
    assert out.read_bytes() == b"%PDF open in a reader" and not parts(tmp_path)


def test_the_folder_of_one_file_per_student(tmp_path, monkeypatch):
    existing = tmp_path / "证书.pdf"
    existing.write_bytes(b"%PDF")
    with pytest.raises(FileGiven) as info:
        output_folder(existing)
    plain(info.value, f"“{existing}”", "已有的文件，不是文件夹", "另选一个文件夹名")
    with pytest.raises(ThroughFile):
        output_folder(existing / "证书")
    assert output_folder(tmp_path / "证书" / "2026").is_dir()
    locked = tmp_path / "锁定"
    locked.mkdir()
    refuse_writes_under(monkeypatch, locked)
    with pytest.raises(FolderNotWritable) as info:
        output_folder(locked / "证书")
    plain(info.value, f"文件夹“{locked}”中写入的权限")
    assert existing.read_bytes() == b"%PDF" and not parts(tmp_path)


def test_a_raw_file_exists_error_is_said_plainly():
    """A folder made where a file of that name is (what the command line meets when a
    builder makes its folder itself) is no longer 读写时出错."""
    from jiarenbase.core.errors_plain import explain

    here = Path(__file__)
    said = explain(FileExistsError(errno.EEXIST, "File exists", str(here)), output=here)
    plain(said, f"无法保存“{here}”", "已有的文件，不是文件夹")


# --------------------------------------------------------------------------- the command line

@pytest.fixture
def cli(tmp_path, capsys):
    data = tmp_path / "data"
    opened = open_database(None, data)
    first17 = "31011620040506001"
    with opened.db.transaction() as s:
        cohort = Cohort(code="ZB2026-01", name="2026春季直播实训1班", start_date=date(date.today().year, 1, 5))
        s.add(cohort)
        s.flush()
        student = Student(name="王芳", sex=Sex.FEMALE, id_number=first17 + check_char(first17),
                          birth_date=date(2004, 5, 6), cohort_id=cohort.id, stage=Stage.COMPLETED,
                          status=StudentStatus.COMPLETED)
        s.add(student)
        s.flush()
        s.add(StageRecord(student_id=student.id, stage=Stage.COMPLETED, entered_on=cohort.start_date))
        s.add(CompletionCertificate(student_id=student.id, cohort_id=cohort.id, serial=1, number="JRB-ZB2026-01-001",
                                    issued_on=cohort.start_date, holder_name="王芳", code="TEST"))
    opened.db.dispose()

    def call(*args) -> tuple[int, str]:
        capsys.readouterr()
        code = run(["--data-dir", str(data), *[str(a) for a in args]])
        return code, capsys.readouterr().err

    return call


def annual(cli, out: Path, *more: str) -> tuple[int, str]:
    return cli(*more, "report", "annual", "--year", date.today().year, "--out", out)


def test_the_command_line_says_each_path_problem_in_chinese(cli, tmp_path, monkeypatch):
    folder = tmp_path / "报表"
    folder.mkdir()
    code, err = annual(cli, folder)
    assert code != 0 and f"无法保存“{folder}”：这是一个已有的文件夹，不是文件" in err and not RAW.search(err)
    assert list(folder.iterdir()) == []
    code, err = annual(cli, folder, "--lang", "en")
    assert code != 0 and "existing folder, not a file" in err and not RAW.search(err)

    blocker = tmp_path / "说明.txt"
    blocker.write_text("a file")
    code, err = annual(cli, blocker / "年度总结.pdf")
    assert code != 0 and f"“{blocker}”是一个文件，不是文件夹" in err and not RAW.search(err)

    locked = tmp_path / "只读"
    locked.mkdir()
    refuse_writes_under(monkeypatch, locked)
    code, err = annual(cli, locked / "年度总结.pdf")
    assert code != 0 and f"没有在文件夹“{locked}”中写入的权限" in err and not RAW.search(err)
    assert not parts(tmp_path)


def test_the_command_line_with_a_file_as_the_per_student_folder(cli, tmp_path):
    existing = tmp_path / "证书.pdf"
    existing.write_bytes(b"%PDF")
    code, err = cli("report", "certificate", "--cohort", "ZB2026-01", "--per-student", "--out", existing)
    assert code != 0 and f"“{existing}”" in err and "已有的文件，不是文件夹" in err and not RAW.search(err), err
    assert existing.read_bytes() == b"%PDF" and not parts(tmp_path)
