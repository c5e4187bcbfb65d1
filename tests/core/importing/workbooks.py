"""Builders for the messy rosters partner schools really send.

Every ID number is generated with `idcard.check_char`, so it is valid unless a test
breaks it on purpose.
"""
from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook

from jiarenbase.core.domain.idcard import check_char

JINSHAN = "310116"


def make_id(seq: int = 1, *, born: date = date(2004, 5, 6), region: str = JINSHAN,
            male: bool | None = None) -> str:
    """A valid 18-character ID. `seq` picks the 3-digit sequence; `male` forces its
    parity (odd = male)."""
    s = seq % 1000
    if male is not None and (s % 2 == 1) != male:
        s = (s + 1) % 1000
    first17 = f"{region}{born:%Y%m%d}{s:03d}"
    return first17 + check_char(first17)


def make_id_ending_x(start: int = 1, *, male: bool | None = None) -> str:
    """A valid ID whose check character is X."""
    for seq in range(start, start + 1000):
        n = make_id(seq, male=male)
        if n.endswith("X"):
            return n
    raise AssertionError("no X check character found")  # pragma: no cover


def full_width(text: str) -> str:
    """ASCII → full-width forms (what Chinese input methods often produce)."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c)
                   for c in text)


# The messy workbook's expected IDs, by role.
ID_ZHANG = make_id(1, male=True)
ID_LI = make_id_ending_x(2, male=False)
ID_WANG = make_id(5, male=True)
ID_ZHAO = make_id(7, male=True)
ID_ZHOU = make_id(9)
ID_WU = make_id(11)
ID_ZHENG = make_id(13, born=date(2003, 11, 20), male=False)
ID_AFTER = make_id(15)

HEADER = ["序号", "* 姓名（必填）", "身份证号码【必填】", "性别", "手机号码", "学号", "专业",
          "班级", "毕业时间", "备注"]


@dataclass(frozen=True)
class Messy:
    path: Path
    header_row: int = 4
    accepted_rows: tuple[int, ...] = (5, 9, 11, 13)
    rejected_rows: tuple[int, ...] = (6, 8, 10, 12)
    footer_row: int = 14


def messy_workbook(path: Path, *, notes_first: bool = False) -> Messy:
    """A roster as a school makes it by hand:

    row 1  merged title; row 2 a merged note; row 3 blank; row 4 the header
    5  张三: stray spaces in the name, full-width ID and phone, Excel date
    6  李四: ID ending in a lower-case x, phone "+86 139-…", date "2025/6/30";
           same ID as row 10 under another name                       → error
    7  blank
    8  王五: ID typed as a number                                    → error
    9  赵六: sex 女 but the ID says male                              → warning
    10 孙七: same ID as row 6                                         → error
    11 周八: phone "12345678"                                        → warning
    12 吴九: phone is a formula =HYPERLINK(…)                         → error
    13 郑十: no sex (taken from the ID), date "2025.6" (notice)
    14 合计 … ; 15 制表人 … ; 16 a row after the footer (never read)
    plus a second sheet of notes (first when `notes_first`).
    """
    wb = Workbook()
    ws = wb.active
    ws.title = "花名册"
    ws.append(["上海中侨职业技术大学 2025届 直播实训学员名单"])
    ws.merge_cells("A1:J1")
    ws.append(["填表说明：带*为必填项；身份证号请设置为文本格式"])
    ws.merge_cells("A2:J2")
    ws.append([])
    ws.append(HEADER)
    ws.append([1, " 张  三 ", full_width(ID_ZHANG), "男", full_width("138 0001 0001"), "2023001",
               "电子商务", "电商2301", datetime(2025, 6, 30), ""])
    ws.append([2, "李四", ID_LI.lower(), "女", "+86 139-0002-0002", "2023002", "电子商务",
               "电商2301", "2025/6/30", "班长"])
    ws.append([])
    ws.append([3, "王五", int(ID_WANG), "男", "13800030003", "2023003", "电子商务", "电商2301",
               "2025-06-30", None])
    ws.append([4, "赵六", ID_ZHAO, "女", "13800040004", "2023004", "电子商务", "电商2301",
               "2025-06-30", None])
    ws.append([5, "孙七", ID_LI, "女", "13800050005", "2023005", "电子商务", "电商2301",
               "2025-06-30", None])
    ws.append([6, "周八", ID_ZHOU, None, "12345678", "2023006", "电子商务", "电商2301",
               "2025-06-30", None])
    ws.append([7, "吴九", ID_WU, None, '=HYPERLINK("http://x","y")', "2023007", "电子商务",
               "电商2301", "2025-06-30", None])
    ws.append([8, "郑十", ID_ZHENG, None, "13800080008", "2023008", "网络营销", "营销2302",
               "2025.6", None])
    ws.append(["合计", "8人"])
    ws.append(["制表人：王老师", None, None, None, None, "审核：李主任"])
    ws.append([9, "after", ID_AFTER, "男", "13800090009"])

    notes = wb.create_sheet("填表说明", 0 if notes_first else 1)
    notes.append(["填表说明"])
    notes.append(["1. 姓名、身份证号必须填写"])
    notes.append(["2. 身份证号请设置为文本格式，否则后几位会变成0"])
    notes.append(["字段", "说明"])
    notes.append(["姓名", "与身份证一致"])
    wb.save(path)
    return Messy(path)


def simple_workbook(path: Path, rows: list[list[object]], *,
                    header: list[str] | None = None) -> Path:
    """One sheet: `header` (default 姓名/身份证号/性别/手机/离校日期) then `rows`."""
    wb = Workbook()
    ws = wb.active
    ws.append(header or ["姓名", "身份证号", "性别", "手机", "离校日期"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def write_csv(path: Path, rows: list[list[object]], *, encoding: str = "gbk",
              delimiter: str = ",") -> Path:
    buf = io.StringIO(newline="")
    csv.writer(buf, delimiter=delimiter).writerows(rows)
    path.write_bytes(buf.getvalue().encode(encoding))
    return path
