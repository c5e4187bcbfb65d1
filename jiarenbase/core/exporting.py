"""Excel export of lists (openpyxl). Text that looks like a formula is written as
text, never as a formula, so an exported sheet cannot run anything when opened:
every string is a text cell (data type "s"), and one starting with = + - @ also
gets Excel's quote prefix, so Excel shows it exactly as stored and keeps it text
when someone edits the cell. Characters a workbook cannot hold (control
characters, lone surrogates) are dropped and text is cut at Excel's 32,767.

Every list of the desktop app has an `export_<list>(db, actor, out, query)` here: it
pages through the same list function with the same search and filters, so the
workbook holds exactly the rows the user was looking at (all pages of them)."""
from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from .domain.enums import LabelledEnum
from .output_files import atomic_output
from .services import (
    certificates as certificate_svc,
    cohorts as cohort_svc,
    enrolment,
    mentors as mentor_svc,
    organisations,
    placements as placement_svc,
    sessions as session_svc,
    users as user_svc,
)
from .services.context import Actor, Database
from .services.listing import ListQuery, Page

_EXCEL_MAX_CHARS = 32767
_RISKY_START = ("=", "+", "-", "@")


def safe_text(value: str) -> str:
    """`value` without what a workbook cannot hold, at most Excel's cell length."""
    s = ILLEGAL_CHARACTERS_RE.sub("", value)
    if any("\ud800" <= ch <= "\udfff" for ch in s):  # lone surrogates cannot be encoded
        s = "".join(ch for ch in s if not "\ud800" <= ch <= "\udfff")
    return s[:_EXCEL_MAX_CHARS]


def put_value(cell, value: Any) -> None:
    """Set a cell; a string is always text, never a formula (or an error code)."""
    if isinstance(value, str):
        text = safe_text(value)
        cell.value = text
        cell.data_type = "s"
        if text.startswith(_RISKY_START):
            cell.quotePrefix = True
        return
    cell.value = value


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
            put_value(cell, value)  # text stays text: never a formula
            if isinstance(value, (date, datetime)):
                cell.number_format = "yyyy-mm-dd hh:mm" if isinstance(value, datetime) else "yyyy-mm-dd"
    for col, header in enumerate(headers, start=1):
        ws.column_dimensions[get_column_letter(col)].width = max(10, min(40, len(header) * 2 + 4))
    ws.freeze_panes = "A2"
    with atomic_output(path) as tmp:  # no .part left behind; a workbook open in Excel is said plainly
        wb.save(tmp)
    return n


# The progress callback of the export running in this thread (see run_export).
_progress: ContextVar[Callable[[int, int], None] | None] = ContextVar("export_progress", default=None)


def run_export(export: Callable[..., int], db: Database, actor: Actor, out: Path, query: ListQuery,
               progress: Callable[[int, int], None] | None = None) -> int:
    """Run one of the export_* functions reporting `progress(rows_done, total)` page
    by page; an exception from `progress` (Cancel) stops it before anything is saved."""
    token = _progress.set(progress)
    try:
        return export(db, actor, out, query)
    finally:
        _progress.reset(token)


def _all(fetch: Callable[[ListQuery], Any], query: ListQuery) -> Iterable[Any]:
    offset = 0
    report = _progress.get()
    while True:
        page = fetch(ListQuery(**{**query.__dict__, "offset": offset, "limit": 1000}))
        yield from page.rows
        offset += len(page.rows)
        if report is not None:
            report(offset, page.total)
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


PLACEMENT_HEADERS = ("姓名", "批次", "去向", "用人单位", "岗位", "开始日期", "证明材料", "下次回访")


def export_placements(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    """Placements; the query's search/filters are those of list_placements (which also
    takes the student filters cohort_id and school_id)."""
    return export_list(out, "就业去向", PLACEMENT_HEADERS,
                       lambda q: placement_svc.list_placements(db, actor, q), query,
                       lambda p: (p.student_name, p.cohort_code, p.outcome, p.employer_name, p.position,
                                  p.start_date, p.evidence, p.next_follow_up))


def export_list(out: Path, title: str, headers: Sequence[str], fetch: Callable[[ListQuery], Page],
                query: ListQuery, row: Callable[[Any], Sequence[Any]]) -> int:
    """Write every row `fetch` gives for `query` (all pages) as one sheet."""
    return write_table(out, title, headers, (row(x) for x in _all(fetch, query)))


COHORT_HEADERS = ("批次编号", "批次名称", "合作院校", "开始日期", "结束日期", "状态", "评分制", "学员数", "备注")


def export_cohorts(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "批次", COHORT_HEADERS, lambda q: cohort_svc.list_cohorts(db, actor, q), query,
                       lambda c: (c.code, c.name, c.school_name, c.start_date, c.end_date, c.status,
                                  c.rubric_scale, c.student_count, c.note))


SCHOOL_HEADERS = ("院校名称", "简称", "联系人", "联系电话", "地址", "上海院校", "学员数", "备注")


def export_schools(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "合作院校", SCHOOL_HEADERS, lambda q: organisations.list_schools(db, actor, q), query,
                       lambda x: (x.name, x.short_name, x.contact_person, x.contact_phone, x.address,
                                  x.in_shanghai, x.student_count, x.note))


CLIENT_HEADERS = ("企业名称", "行业", "联系人", "联系电话", "合作起始", "备注")


def export_clients(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "企业客户", CLIENT_HEADERS, lambda q: organisations.list_clients(db, actor, q), query,
                       lambda x: (x.name, x.industry, x.contact_person, x.contact_phone, x.since, x.note))


MENTOR_HEADERS = ("导师姓名", "手机", "专长", "所属企业", "每周带训上限", "资深主播导师", "在岗", "当前学员数", "备注")


def export_mentors(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "导师", MENTOR_HEADERS, lambda q: mentor_svc.list_mentors(db, actor, q), query,
                       lambda m: (m.name, m.phone, m.specialties, m.enterprise_name, m.weekly_capacity,
                                  m.is_senior_streamer, m.active, m.student_count, m.note))


CERTIFICATE_HEADERS = ("姓名", "批次", "证书类型", "职业", "工种", "等级", "证书编号", "发证日期", "发证单位")


def export_certificates(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "证书", CERTIFICATE_HEADERS,
                       lambda q: certificate_svc.list_certificates(db, actor, q), query,
                       lambda c: (c.student_name, c.cohort_code, c.kind, c.occupation, c.work_type, c.level,
                                  c.number, c.issued_on, c.issuer))


USER_SORT = {"username": lambda u: u.username.lower(), "display_name": lambda u: u.display_name,
             "role": lambda u: u.role.value, "last_login": lambda u: (u.last_login_at is not None, u.last_login_at)}


def users_page(db: Database, actor: Actor, query: ListQuery = ListQuery()) -> Page[user_svc.UserDTO]:
    """The accounts as a Page (admin only): users.list_users searched, filtered (role,
    active) and sorted in memory — an office has a handful of accounts."""
    items = user_svc.list_users(db, actor)
    needle = query.search.strip().lower()
    if needle:
        items = [u for u in items if needle in u.username.lower() or needle in u.display_name.lower()]
    for key in ("role", "active"):
        if key in query.filters:
            items = [u for u in items if getattr(u, key) == query.filters[key]]
    if query.sort in USER_SORT:
        items = sorted(items, key=USER_SORT[query.sort], reverse=query.descending)
    start = max(query.offset, 0)
    return Page(tuple(items[start:start + max(query.limit, 1)]), len(items), query.offset)


USER_HEADERS = ("用户名", "显示名", "角色", "启用", "锁定至", "最近登录")


def export_users(db: Database, actor: Actor, out: Path, query: ListQuery = ListQuery()) -> int:
    return export_list(out, "用户", USER_HEADERS, lambda q: users_page(db, actor, q), query,
                       lambda u: (u.username, u.display_name, u.role, u.active, u.locked_until, u.last_login_at))
