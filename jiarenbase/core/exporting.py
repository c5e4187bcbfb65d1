"""Excel export of lists (openpyxl). Text that looks like a formula is written as
text, never as a formula, so an exported sheet cannot run anything when opened."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .domain.enums import LabelledEnum
from .services import enrolment, placements as placement_svc, sessions as session_svc
from .services.context import Actor, Database
from .services.listing import ListQuery


def _cell_value(value: Any) -> Any:
    if isinstance(value, LabelledEnum):
        return value.zh
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_table(path: Path, title: str, headers: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Write one sheet; returns the number of data rows. Atomic: temp file + rename."""
    wb = Workbook(write_only=False)
    ws = wb.active
    ws.title = title[:31]
    ws.append(list(headers))
    for cell in ws[1]:
        cell.font = Font(bold=True)
    n = 0
    for row in rows:
        n += 1
        for col, raw in enumerate(row, start=1):
            value = _cell_value(raw)
            cell = ws.cell(row=n + 1, column=col)
            cell.value = value
            if isinstance(value, str) and value.startswith("="):
                cell.data_type = "s"  # keep it text: never a formula
            elif isinstance(value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
    for col, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(40, len(header) * 2 + 4))
    ws.freeze_panes = "A2"
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    wb.save(tmp)
    os.replace(tmp, path)
    return n


def _all(fetch: Callable[[ListQuery], Any], query: ListQuery) -> Iterable[Any]:
    offset = 0
    while True:
        page = fetch(ListQuery(**{**query.__dict__, "offset": offset, "limit": 1000}))
        yield from page.rows
        offset += len(page.rows)
        if not page.rows or offset >= page.total:
            return


STUDENT_HEADERS = ("姓名", "性别", "身份证号", "出生日期", "学号", "合作院校", "批次", "专业", "班级", "手机",
                   "户籍区", "居住区", "阶段", "状态", "人才库")


def export_students(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    rows = ((st.name, st.sex, st.id_number_masked, st.birth_date, st.student_number, st.school_name,
             st.cohort_code, st.major, st.class_name, st.phone, st.hukou_district, st.residence_district,
             st.stage, st.status, st.in_talent_pool)
            for st in _all(lambda q: enrolment.list_students(db, actor, q), query))
    return write_table(out, "学员", STUDENT_HEADERS, rows)


SESSION_HEADERS = ("开始时间", "类型", "学员", "导师", "平台", "商品", "观看人数", "最高在线", "商品点击", "订单数",
                   "成交人数", "成交金额", "转化率", "GPM", "客单价", "评分均分", "导师点评")


def export_sessions(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    def row(x):
        m = x.metrics
        return (x.started_at, x.kind, x.student_name, x.mentor_name, x.platform, x.products, x.counts.viewers,
                x.counts.peak_concurrent, x.counts.product_clicks, x.counts.orders, x.counts.buyers, x.counts.gmv,
                None if m.conversion_rate is None else round(m.conversion_rate, 4),
                None if m.gpm is None else round(m.gpm, 2),
                None if m.avg_order_value is None else round(m.avg_order_value, 2),
                None if x.rubric_average is None else round(x.rubric_average, 1), x.mentor_remarks)
    return write_table(out, "实训记录", SESSION_HEADERS,
                       (row(x) for x in _all(lambda q: session_svc.list_sessions(db, actor, q), query)))


PLACEMENT_HEADERS = ("姓名", "批次", "去向", "用人单位", "岗位", "开始日期", "证明材料")


def export_placements(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    def rows():
        for st in _all(lambda q: enrolment.list_students(db, actor, q), query):
            for p in placement_svc.placements_of(db, actor, st.id):
                yield (st.name, st.cohort_code, p.outcome, p.employer_name, p.position, p.start_date, p.evidence)
    return write_table(out, "就业去向", PLACEMENT_HEADERS, rows())
