"""Read a live platform's data export (直播数据导出, CSV) into practice-session rows.

    table = read_session_csv(path)                  # encoding, delimiter, header row found
    mapping = guess_mapping(table.headers, Platform.DOUYIN)   # CSV header → field
    rows = parse_rows(table, mapping)               # each row checked with the domain rules

Exports differ by platform (抖音 巨量百应, 快手小店, 视频号助手, 淘宝直播中控台) and by
month, so the columns are mapped by the user once per platform (stored by
services.session_import); `HEADER_SYNONYMS` is the data table the first guess
comes from. Pure and Qt-free; which student a row is for is decided by the service.
"""
from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from ..domain.enums import Platform
from ..domain.metrics import LABELS, SessionCounts
from ..errors import ImportFileError, Problem
from .platform_numbers import NumberError, counts_from_text, parse_seconds

MAX_FILE_BYTES = 20 * 1024 * 1024
COUNT_FIELDS = ("viewers", "peak_concurrent", "avg_watch_seconds", "comments", "likes", "new_followers",
                "product_clicks", "orders", "buyers", "gmv", "refunds")
# The fields a column can be mapped to: name -> (Chinese label, English label).
FIELDS: dict[str, tuple[str, str]] = {
    "start": LABELS["start"],
    "end": LABELS["end"],
    "date": ("直播日期", "Date"),
    "duration": ("直播时长", "Duration"),
    "student": ("学员", "Student"),
    "products": ("商品", "Products"),
    **{name: LABELS[name] for name in COUNT_FIELDS},
}
SUMMARY_WORDS = frozenset({"合计", "总计", "汇总", "小计", "total", "sum"})

# Header synonyms per field, for every platform (compared after normalise_header:
# no spaces, no units in brackets, half-width). Exact matches win over "contains".
HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "start": ("开始时间", "开播时间", "直播开始时间", "开播日期时间", "场次开始时间", "start", "starttime"),
    "end": ("结束时间", "下播时间", "直播结束时间", "关播时间", "end", "endtime"),
    "date": ("日期", "直播日期", "开播日期", "date"),
    "duration": ("直播时长", "开播时长", "时长", "duration"),
    "student": ("学员", "学员姓名", "姓名", "主播", "主播姓名", "主播名称", "学号"),
    "products": ("商品", "商品名称", "直播商品", "带货商品", "商品标题"),
    "viewers": ("观看人数", "累计观看人数", "总观看人数", "场观", "uv", "观众人数", "进入直播间人数"),
    "peak_concurrent": ("最高在线", "最高在线人数", "峰值在线", "在线人数峰值", "最高同时在线人数", "pcu"),
    "avg_watch_seconds": ("平均观看时长", "人均观看时长", "平均停留时长", "人均停留时长"),
    "comments": ("评论数", "评论次数", "评论人数", "弹幕数"),
    "likes": ("点赞数", "点赞次数", "喝彩次数", "点赞"),
    "new_followers": ("新增粉丝", "新增粉丝数", "涨粉数", "涨粉人数", "新增关注", "新增关注数", "关注数"),
    "product_clicks": ("商品点击", "商品点击次数", "商品点击数", "商品点击人数", "点击次数"),
    "orders": ("订单数", "成交订单数", "支付订单数", "成交笔数", "引导成交笔数", "成交单量"),
    "buyers": ("成交人数", "支付人数", "购买人数", "下单人数", "引导成交人数", "成交买家数"),
    "gmv": ("成交金额", "支付金额", "直播间成交金额", "引导成交金额", "销售额", "gmv", "成交额"),
    "refunds": ("退款金额", "退款额", "成功退款金额", "售后退款金额"),
}
# What one platform's own export calls a field (tried before the common synonyms).
PLATFORM_SYNONYMS: dict[Platform, dict[str, tuple[str, ...]]] = {
    Platform.DOUYIN: {"start": ("直播开始时间",), "end": ("直播结束时间",), "viewers": ("累计观看人数",),
                      "peak_concurrent": ("最高在线人数",), "gmv": ("直播间成交金额",),
                      "product_clicks": ("商品点击次数",), "orders": ("成交订单数",)},
    Platform.KUAISHOU: {"start": ("开播时间",), "end": ("下播时间",), "new_followers": ("涨粉数",),
                        "buyers": ("支付人数",), "orders": ("支付订单数",), "gmv": ("支付金额",)},
    Platform.WECHAT_CHANNELS: {"viewers": ("总观看人数",), "likes": ("喝彩次数",),
                               "new_followers": ("新增关注",), "gmv": ("成交金额",)},
    Platform.TAOBAO: {"orders": ("引导成交笔数",), "buyers": ("引导成交人数",), "gmv": ("引导成交金额",),
                      "avg_watch_seconds": ("人均停留时长",)},
}


@dataclass(frozen=True)
class CsvTable:
    """A CSV file as text cells: the header row and the rows under it. `lines[i]` is
    the file line rows[i] starts on (1-based, as a text editor numbers it: blank
    lines and the line breaks inside a quoted cell count); `first_line` is lines[0]."""

    file_name: str
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    first_line: int
    encoding: str
    delimiter: str
    lines: tuple[int, ...] = ()  # empty: the rows follow each other from first_line

    def line_of(self, index: int) -> int:
        return self.lines[index] if index < len(self.lines) else self.first_line + index


@dataclass(frozen=True)
class ParsedRow:
    line: int
    cells: dict[str, str]  # header -> text, as in the file
    start: datetime | None = None
    end: datetime | None = None
    counts: SessionCounts | None = None
    student: str = ""
    products: str = ""
    problems: tuple[Problem, ...] = ()
    summary: bool = False  # a 合计 row, not a session

    @property
    def ok(self) -> bool:
        return not self.problems and not self.summary


def _fail(zh: str, en: str) -> ImportFileError:
    return ImportFileError(zh, en)


# ------------------------------------------------------------------ reading

def decode_text(data: bytes, name: str = "") -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 (BOM or NUL pattern), else GBK.
    `name` (the file's) goes into the error messages."""
    who_zh, who_en = (f"“{name}”", f"'{name}'") if name else ("文件", "The file")
    if data.startswith(codecs.BOM_UTF8):
        return data[len(codecs.BOM_UTF8):].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), "utf-16"
        except UnicodeDecodeError as exc:  # cut off mid-character: an interrupted download or copy
            raise _fail(f"{who_zh}不完整或已损坏（UTF-16编码的内容在中途被截断），无法读取：请重新从平台导出，"
                        "或用Excel打开后另存为“CSV UTF-8”再导入。",
                        f"{who_en} is incomplete or damaged (its UTF-16 text is cut off): export it from the "
                        "platform again, or open it in Excel, save as 'CSV UTF-8' and import that.") from exc
    head = data[:4000]
    if head and head.count(0) > len(head) // 4:  # UTF-16 without a BOM: every other byte is 0 for ASCII
        odd_nuls = head[1::2].count(0)
        enc = "utf-16-le" if odd_nuls >= head[0::2].count(0) else "utf-16-be"
        return data.decode(enc, errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("gb18030"), "gbk"
    except UnicodeDecodeError as exc:
        raise _fail(f"无法识别{who_zh}的文字编码（不是UTF-8、GBK或UTF-16）：请在Excel中另存为“CSV UTF-8”后再导入。",
                    f"Cannot tell the text encoding of {name and who_en or 'the file'} (not UTF-8, "
                    "GBK or UTF-16): save it as 'CSV UTF-8' in Excel and import again.") from exc


def sniff_delimiter(text: str) -> str:
    """The delimiter that splits the first lines into the most consistent number of columns."""
    lines = [ln for ln in text.splitlines() if ln.strip()][:15]
    best, best_score = ",", (0, 0)
    for delim in (",", "\t", ";", "|"):
        widths = [len(r) for r in csv.reader(lines, delimiter=delim)]
        width, times = Counter(widths).most_common(1)[0] if widths else (0, 0)
        score = (times if width > 1 else 0, width)
        if score > best_score:
            best, best_score = delim, score
    return best


def normalise_header(text: str) -> str:
    """"观看人数（人）" → "观看人数"; "GMV (元)" → "gmv": for comparing headers."""
    s = unicodedata.normalize("NFKC", text or "").strip().lower()
    s = re.sub(r"[(\[【].*?[)\]】]", "", s)
    return re.sub(r"[\s:_\-/*]", "", s)


def _is_header(row: list[str]) -> bool:
    known = {normalise_header(s) for names in HEADER_SYNONYMS.values() for s in names}
    return sum(1 for c in row if normalise_header(c) in known) >= 2


def _unique(headers: list[str]) -> tuple[str, ...]:
    seen: Counter[str] = Counter()
    out = []
    for i, h in enumerate(headers):
        h = h.strip() or f"第{i + 1}列"
        seen[h] += 1
        out.append(h if seen[h] == 1 else f"{h}({seen[h]})")
    return tuple(out)


def read_session_csv(path: str | Path) -> CsvTable:
    """Read a platform export. Title lines above the header (导出时间…) are skipped."""
    p = Path(path)
    try:
        if p.stat().st_size > MAX_FILE_BYTES:
            raise _fail(f"“{p.name}”超过20MB，不像是直播数据导出文件，请检查。",
                        f"'{p.name}' is larger than 20 MB; that is not a session export.")
        data = p.read_bytes()
    except OSError as exc:
        raise _fail(f"无法打开“{p.name}”：{exc.strerror or exc}。如果文件正在Excel中打开，请先关闭。",
                    f"Cannot open '{p.name}': {exc.strerror or exc}. Close it in Excel first.") from exc
    if p.suffix.lower() not in (".csv", ".txt", ".tsv"):
        raise _fail(f"“{p.name}”不是CSV文件：请在平台后台导出CSV，或在Excel中另存为CSV后再导入。",
                    f"'{p.name}' is not a CSV file: export CSV from the platform or save as CSV in Excel.")
    text, encoding = decode_text(data, p.name)
    text = text.replace("\x00", "")
    delimiter = sniff_delimiter(text[:20000])
    numbered: list[tuple[int, list[str]]] = []  # (the file line the row starts on, its cells); no blank rows
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    ended = 0  # the file line the previous row ended on
    try:
        for row in reader:
            cells = [c.strip() for c in row]
            if any(cells):
                numbered.append((ended + 1, cells))
            ended = reader.line_num
    except csv.Error as exc:
        raise _fail(f"“{p.name}”的CSV格式有误（{exc}），请重新导出。",
                    f"'{p.name}' is not valid CSV ({exc}); export it again.") from exc
    if not numbered:
        raise _fail(f"“{p.name}”里没有数据。", f"'{p.name}' has no data.")
    head = next((k for k, (_n, r) in enumerate(numbered[:10]) if _is_header(r)), None)
    if head is None:  # no known header: the first row as wide as the widest of the first ten
        widest = max(len([c for c in r if c]) for _n, r in numbered[:10])
        head = next(k for k, (_n, r) in enumerate(numbered[:10]) if len([c for c in r if c]) == widest)
    headers = _unique(numbered[head][1])
    body = numbered[head + 1:]
    rows = tuple(tuple((r + [""] * len(headers))[:len(headers)]) for _n, r in body)
    if not rows:
        raise _fail(f"“{p.name}”只有表头，没有数据行。", f"'{p.name}' has a header but no rows.")
    return CsvTable(p.name, headers, rows, body[0][0], encoding, delimiter, tuple(n for n, _r in body))


# ------------------------------------------------------------------ mapping

def guess_mapping(headers: tuple[str, ...] | list[str], platform: Platform | None = None) -> dict[str, str]:
    """CSV header → field for the headers recognised; each field used at most once.
    The platform's own names first, then exact synonyms, then the longest contained one."""
    tables = [PLATFORM_SYNONYMS.get(platform, {})] if platform else []
    tables.append(HEADER_SYNONYMS)
    norm = {h: normalise_header(h) for h in headers}
    out: dict[str, str] = {}
    used: set[str] = set()

    def take(header: str, name: str) -> None:
        out[header] = name
        used.add(name)

    for table in tables:  # exact matches
        for name, synonyms in table.items():
            wanted = {normalise_header(s) for s in synonyms}
            for h in headers:
                if name not in used and h not in out and norm[h] in wanted:
                    take(h, name)
    candidates = []  # (length of the synonym, header, field) for "contains"
    for name, synonyms in HEADER_SYNONYMS.items():
        for syn in synonyms:
            s = normalise_header(syn)
            if len(s) >= 3:
                candidates += [(len(s), h, name) for h in headers if s in norm[h]]
    for _len, h, name in sorted(candidates, key=lambda c: -c[0]):
        if name not in used and h not in out:
            take(h, name)
    return out


def check_mapping(mapping: dict[str, str]) -> list[Problem]:
    """A usable mapping: known fields, each at most once, a start time and an end or duration."""
    problems: list[Problem] = []
    chosen = [f for f in mapping.values() if f]
    for name in sorted(set(chosen), key=chosen.index):
        if name not in FIELDS:
            problems.append(Problem("列对应", f"未知字段“{name}”。", f"unknown field '{name}'.", "mapping"))
        elif chosen.count(name) > 1:
            zh, en = FIELDS[name]
            cols = "、".join(h for h, f in mapping.items() if f == name)
            problems.append(Problem(zh, f"有{chosen.count(name)}列都对应到它（{cols}），请只保留一列。",
                                    f"is mapped from {chosen.count(name)} columns ({cols}); keep one.", en))
    if "start" not in chosen:
        problems.append(Problem("开始时间", "请指定哪一列是开始时间（开播时间）。",
                                "choose the column holding the start time.", "Start time"))
    if "end" not in chosen and "duration" not in chosen:
        problems.append(Problem("结束时间", "请指定结束时间列，或直播时长列。",
                                "choose the end-time column or the duration column.", "End time"))
    return problems


# ------------------------------------------------------------------ rows

_DATETIME_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%Y%m%d %H:%M:%S", "%Y%m%d %H:%M",
                     "%Y%m%d%H%M%S", "%Y%m%d")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M")


def parse_datetime(text: str) -> datetime | None:
    """"2025-05-06 14:00", "2025/5/6 14:00:00", "2025年5月6日 14:00", "2025.05.06" → datetime."""
    s = unicodedata.normalize("NFKC", text or "").strip()
    if not s:
        return None
    s = s.replace("年", "-").replace("月", "-").replace("日", " ").replace("/", "-").replace("T", " ")
    s = re.sub(r"(?<=\d)\.(?=\d)", "-", s) if s.count(".") >= 2 else s
    s = re.sub(r"\s+", " ", s).strip()
    for fmt in _DATETIME_FORMATS:
        try:
            return datetime.strptime(s, fmt)
        except ValueError:
            continue
    raise ValueError(s)


def parse_time(text: str) -> tuple[int, int, int] | None:
    s = unicodedata.normalize("NFKC", text or "").strip()
    for fmt in _TIME_FORMATS:
        try:
            t = datetime.strptime(s, fmt)
            return t.hour, t.minute, t.second
        except ValueError:
            continue
    return None


def _problem(name: str, zh: str, en: str) -> Problem:
    label_zh, label_en = FIELDS[name]
    return Problem(label_zh, zh, en, label_en)


def _when(name: str, text: str, day: datetime | None, problems: list[Problem]) -> datetime | None:
    if not text.strip():
        return None
    clock = parse_time(text)
    if clock is not None:
        if day is None:
            problems.append(_problem(name, f"“{text}”只有时间没有日期：请同时对应“直播日期”列。",
                                     f"'{text}' has no date: map the date column too."))
            return None
        return day.replace(hour=clock[0], minute=clock[1], second=clock[2])
    try:
        return parse_datetime(text)
    except ValueError:
        problems.append(_problem(name, f"“{text}”不是日期时间（如 2025-05-06 14:00）。",
                                 f"'{text}' is not a date and time (e.g. 2025-05-06 14:00)."))
        return None


def parse_row(line: int, cells: dict[str, str], mapping: dict[str, str]) -> ParsedRow:
    """One CSV row → a checked row (problems name the field and the fix)."""
    by_field = {name: cells.get(h, "") for h, name in mapping.items() if name}
    if any(v.strip().lower() in SUMMARY_WORDS for v in cells.values()):
        return ParsedRow(line, cells, summary=True, problems=(Problem(
            "行", "汇总行（合计），不是一场直播，已跳过。", "a totals row, not a session; skipped.", "row"),))
    problems: list[Problem] = []
    day = None
    if by_field.get("date", "").strip():
        try:
            day = parse_datetime(by_field["date"])
        except ValueError:
            problems.append(_problem("date", f"“{by_field['date']}”不是日期（如 2025-05-06）。",
                                     f"'{by_field['date']}' is not a date."))
    start = _when("start", by_field.get("start", ""), day, problems)
    if start is None and not any(p.field == FIELDS["start"][0] for p in problems):
        problems.append(_problem("start", "没有开始时间，请在文件中补上。", "the start time is missing."))
    end = _when("end", by_field.get("end", ""), day or start, problems)
    if end is not None and start is not None and end <= start and parse_time(by_field.get("end", "")):
        end += timedelta(days=1)  # "22:00"–"01:00": past midnight
    if end is None and by_field.get("duration", "").strip() and start is not None:
        try:
            end = start + timedelta(seconds=parse_seconds(by_field["duration"], bare_unit=60))
        except NumberError as exc:
            problems.append(_problem("duration", exc.zh, exc.en))
    if end is None and start is not None and not any(p.field in ("结束时间", "直播时长") for p in problems):
        problems.append(_problem("end", "没有结束时间（也没有直播时长），请在文件中补上。",
                                 "neither the end time nor the duration is given."))
    counts, count_problems = counts_from_text({n: by_field.get(n, "") for n in COUNT_FIELDS}, start, end)
    problems.extend(count_problems)
    return ParsedRow(line, cells, start, end, counts, by_field.get("student", "").strip(),
                     by_field.get("products", "").strip(), tuple(problems))


def parse_rows(table: CsvTable, mapping: dict[str, str]) -> list[ParsedRow]:
    """Every row of `table` checked under `mapping` (header → field)."""
    return [parse_row(table.line_of(i), dict(zip(table.headers, row, strict=False)), mapping)
            for i, row in enumerate(table.rows)]


__all__ = ["COUNT_FIELDS", "FIELDS", "HEADER_SYNONYMS", "PLATFORM_SYNONYMS", "CsvTable", "ParsedRow",
           "check_mapping", "decode_text", "guess_mapping", "normalise_header", "parse_datetime",
           "parse_row", "parse_rows", "read_session_csv", "sniff_delimiter"]
