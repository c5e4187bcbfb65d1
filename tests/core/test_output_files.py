"""Writing an export, a report or an error workbook (output_files.atomic_output):
the old file stays as it was and no `.part` is left when the target is open in
another program (Windows refuses os.replace with PermissionError), when the disk is
full, or when the work itself fails; each is said in plain words."""
from __future__ import annotations

import errno
import os
from datetime import date

import pytest
from reportlab.platypus import Paragraph

from jiarenbase.core import output_files
from jiarenbase.core.errors import ImportFileError, JiarenError
from jiarenbase.core.exporting import write_table
from jiarenbase.core.output_files import FileInUse, atomic_output
from jiarenbase.core.reports.document import report_info, styles, write_pdf


@pytest.fixture
def open_elsewhere(monkeypatch):
    def refuse(tmp, target):
        raise PermissionError(errno.EACCES, "Access is denied", str(tmp), 32, str(target))

    monkeypatch.setattr(output_files, "replace_file", refuse)


def leftovers(folder) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if ".part" in p.name)


def test_an_export_over_a_workbook_open_in_excel(tmp_path, open_elsewhere):
    out = tmp_path / "学员名单.xlsx"
    out.write_bytes(b"open in Excel")
    with pytest.raises(FileInUse) as info:
        write_table(out, "学员", ("姓名",), [("王芳",)])
    assert info.value.zh == (f"无法保存“{out}”：这个文件正被其他程序打开（例如 Excel 或 PDF 阅读器）。请关闭它后重试。")
    assert "Close it and try again" in info.value.en
    assert out.read_bytes() == b"open in Excel" and leftovers(tmp_path) == []


def test_a_report_over_a_pdf_open_in_a_reader(tmp_path, open_elsewhere):
    out = tmp_path / "结业报告.pdf"
    out.write_bytes(b"%PDF open in a reader")
    story = [Paragraph("结业报告", styles()["title"])]
    with pytest.raises(FileInUse):
        write_pdf(out, report_info("结业报告", "王芳", date(2025, 7, 1)), story)
    assert out.read_bytes() == b"%PDF open in a reader" and leftovers(tmp_path) == []


def test_a_full_disk_while_writing(tmp_path):
    out = tmp_path / "学员名单.xlsx"
    with pytest.raises(JiarenError) as info, atomic_output(out) as tmp:
        tmp.write_bytes(b"half")
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(tmp))
    assert info.value.zh.startswith(f"无法保存“{out}”：磁盘空间已满。")  # the file asked for, not its .part
    assert "Errno" not in info.value.zh and "No space" not in info.value.zh
    assert not out.exists() and leftovers(tmp_path) == []


def test_any_failure_removes_the_part_and_keeps_the_old_file(tmp_path):
    out = tmp_path / "学员名单.xlsx"
    out.write_bytes(b"yesterday's export")

    def rows():
        yield ("王芳",)
        raise KeyboardInterrupt  # as a cancel would, after the workbook was begun

    with pytest.raises(KeyboardInterrupt), atomic_output(out) as tmp:
        tmp.write_bytes(b"part")
        list(rows())
    assert out.read_bytes() == b"yesterday's export" and leftovers(tmp_path) == []


def test_an_error_workbook_open_in_excel_is_an_import_file_error(tmp_path, open_elsewhere):
    from openpyxl import Workbook

    from jiarenbase.core.importing import read_roster, write_error_workbook

    roster = tmp_path / "名单.xlsx"
    wb = Workbook()
    wb.active.append(["姓名", "身份证号"])
    wb.active.append(["王𠮷", "12345"])
    wb.save(roster)
    out = tmp_path / "错误清单.xlsx"
    out.write_bytes(b"open in Excel")
    with pytest.raises(ImportFileError) as info:
        write_error_workbook(read_roster(roster), out)
    assert "正被其他程序打开" in info.value.zh
    assert out.read_bytes() == b"open in Excel" and leftovers(tmp_path) == []
