"""A roster with every kind of row the preview shows (built with openpyxl): fine rows, a
sex that disagrees with the ID and a short phone (warnings), an ID under two names
(both rejected), one person twice (one skipped), a broken ID (error). A test helper on
pytest's pythonpath (tests/gui), like screen_checks."""
from __future__ import annotations

from openpyxl import Workbook

from jiarenbase.core.domain.idcard import check_char

TITLE = "金山食品工业学校　２０２６年冬季直播实训班学员名单"  # full-width digits and space


def make_id(seq: int, *, male: bool | None = None) -> str:
    if male is not None and (seq % 2 == 1) != male:
        seq += 1
    first17 = f"31011620040506{seq:03d}"
    return first17 + check_char(first17)


SHARED = make_id(301)
BAD_ID = make_id(13)[:-1] + ("0" if make_id(13)[-1] != "0" else "1")
ROWS = [  # from row 3
    ["林小雨", make_id(12), "女", "13800138000", "电子商务", "电商2301"],
    ["何晓东", make_id(41, male=True), "女", "13800138002", "市场营销", "营销2302"],  # 4: sex → warning
    ["陈思远", make_id(51), "", "1380013", "直播电商", "电商2301"],  # 5: short phone → warning
    ["莫勇", SHARED, "", "13800138008", "电子商务", "电商2301"],  # 6: same ID as row 9 → error
    ["赵子涵", make_id(61), "", "13800138005", "数字媒体", "数媒2301"],
    ["孙悦", make_id(71), "", "13800138011", "数字媒体", "数媒2301"],
    ["陆一", SHARED, "", "13800138025", "电子商务", "电商2301"],  # 9 → error
    ["周一", BAD_ID, "", "13800138001", "电子商务", "电商2301"],  # 10: wrong check digit → error
    ["赵子涵", make_id(61), "", "13800138005", "数字媒体", "数媒2301"],  # 11: row 7 again → skipped
]


def warning_roster(path, title: str = TITLE):
    wb = Workbook()
    ws = wb.active
    ws.title = "学员名单"
    ws.append([title])
    ws.append(["姓名", "身份证号", "性别", "手机号", "专业", "班级"])
    for row in ROWS:
        ws.append(row)
    wb.save(path)
    return path
