"""Reading platform CSV exports into practice-session rows."""
from __future__ import annotations

import codecs
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import pytest

from jiarenbase.core.domain.enums import Platform
from jiarenbase.core.errors import ImportFileError
from jiarenbase.core.importing.platform_numbers import (
    NumberError,
    parse_count,
    parse_money,
    parse_percent,
    parse_seconds,
)
from jiarenbase.core.importing.session_csv import (
    HEADER_SYNONYMS,
    check_mapping,
    decode_text,
    guess_mapping,
    normalise_header,
    parse_datetime,
    parse_rows,
    read_session_csv,
    sniff_delimiter,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


@pytest.mark.parametrize("text, value", [
    ("1,234", 1234), ("1.2万", 12000), ("3.4w", 34000), ("86人", 86), ("--", 0), ("", 0), ("-", 0),
    ("１２３", 123), (" 2 000 ", 2000), ("-5", -5), (42, 42), ("1.5k", 1500),
])
def test_parse_count(text, value):
    assert parse_count(text) == value


@pytest.mark.parametrize("text", ["abc", "12.5", "2.5%", "1.2.3"])
def test_parse_count_refuses_with_a_reason(text):
    with pytest.raises(NumberError) as info:
        parse_count(text)
    assert text in info.value.zh


def test_percent_in_a_count_column_says_so():
    with pytest.raises(NumberError) as info:
        parse_count("2.00%")
    assert "百分比" in info.value.zh


@pytest.mark.parametrize("text, value", [
    ("¥3,600.00", Decimal("3600.00")), ("￥120.5", Decimal("120.50")), ("1.2万", Decimal("12000.00")),
    ("960元", Decimal("960.00")), ("0", Decimal("0.00")), ("--", Decimal("0.00")), (12.3, Decimal("12.30")),
])
def test_parse_money(text, value):
    assert parse_money(text) == value


@pytest.mark.parametrize("text, seconds", [
    ("83", 83), ("1分23秒", 83), ("00:01:23", 83), ("01:23", 83), ("2小时3分钟", 7380), ("1.5分钟", 90),
    ("45秒", 45), ("1:02:03", 3723), ("--", 0),
])
def test_parse_seconds(text, seconds):
    assert parse_seconds(text) == seconds


def test_parse_seconds_bare_minutes_and_refusal():
    assert parse_seconds("120", bare_unit=60) == 7200
    with pytest.raises(NumberError):
        parse_seconds("两小时")


def test_parse_percent():
    assert parse_percent("5.2%") == pytest.approx(0.052)
    assert parse_percent("0.1") == pytest.approx(0.1)


@pytest.mark.parametrize("text", ["2025-05-06 14:00", "2025/5/6 14:00:00", "2025年5月6日 14:00", "2025.05.06 14:00",
                                  "20250506 14:00"])
def test_parse_datetime_formats(text):
    assert parse_datetime(text) == datetime(2025, 5, 6, 14, 0)


def test_decode_detects_encodings():
    text = "开播时间,观看人数\n2025-05-06 14:00,100\n"
    assert decode_text(text.encode("utf-8-sig")) == (text, "utf-8-sig")
    assert decode_text(text.encode("utf-8")) == (text, "utf-8")
    assert decode_text(text.encode("gbk")) == (text, "gbk")
    assert decode_text(codecs.BOM_UTF16_LE + text.encode("utf-16-le")) == (text, "utf-16")
    assert decode_text(("time,viewers\n" * 5).encode("utf-16-le"))[1] == "utf-16"


@pytest.mark.parametrize("delim", [",", "\t", ";", "|"])
def test_sniff_delimiter(delim):
    rows = [["开播时间", "观看人数", "成交金额"], ["2025-05-06 14:00", "1,234", "¥3,600.00"]]
    text = "\n".join(delim.join(f'"{c}"' if delim in c or "," in c else c for c in r) for r in rows)
    assert sniff_delimiter(text) == delim


def test_normalise_header_drops_units_and_spaces():
    assert normalise_header(" 直播间成交金额（元） ") == "直播间成交金额"
    assert normalise_header("GMV (元)") == "gmv"


def test_synonyms_are_a_data_table_of_known_fields():
    from jiarenbase.core.importing.session_csv import FIELDS, PLATFORM_SYNONYMS

    assert set(HEADER_SYNONYMS) <= set(FIELDS)
    for table in PLATFORM_SYNONYMS.values():
        assert set(table) <= set(FIELDS)


def test_douyin_export_title_line_skipped_and_summary_row_flagged():
    table = read_session_csv(FIXTURES / "douyin_sessions.csv")
    assert table.encoding == "utf-8-sig" and table.delimiter == "," and table.first_line == 3
    mapping = guess_mapping(table.headers, Platform.DOUYIN)
    assert mapping["累计观看人数"] == "viewers" and mapping["直播间成交金额(元)"] == "gmv"
    assert "主播昵称" not in mapping and "成交转化率" not in mapping  # a rate is derived, never imported
    assert check_mapping(mapping) == []
    rows = parse_rows(table, mapping)
    first = rows[0]
    assert first.ok and first.start == datetime(2025, 5, 6, 14) and first.end == datetime(2025, 5, 6, 16)
    assert first.counts.viewers == 2000 and first.counts.likes == 12000 and first.counts.avg_watch_seconds == 83
    assert first.counts.gmv == Decimal("3600.00") and first.counts.refunds == Decimal("120.50")
    assert rows[1].counts.viewers == 15000
    bad = rows[2]
    assert not bad.ok and bad.line == 5
    assert any("订单数不能少于成交人数" in p.zh for p in bad.problems)
    assert rows[3].summary and not rows[3].ok


def test_kuaishou_gbk_with_students_and_end_before_start():
    table = read_session_csv(FIXTURES / "kuaishou_sessions.csv")
    assert table.encoding == "gbk"
    mapping = guess_mapping(table.headers, Platform.KUAISHOU)
    assert mapping["学员姓名"] == "student" and mapping["支付人数"] == "buyers" and mapping["涨粉数"] == "new_followers"
    rows = parse_rows(table, mapping)
    assert rows[0].student == "李小明" and rows[0].ok
    assert [p.field for p in rows[2].problems] == ["结束时间"]


def test_channels_utf16_tab_negative_count_refused():
    table = read_session_csv(FIXTURES / "channels_sessions.csv")
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    mapping = guess_mapping(table.headers, Platform.WECHAT_CHANNELS)
    assert mapping["喝彩次数"] == "likes" and mapping["新增关注"] == "new_followers"
    rows = parse_rows(table, mapping)
    assert rows[0].ok and rows[0].start == datetime(2025, 5, 12, 20) and rows[0].counts.gmv == Decimal("10800.00")
    assert any("不能为负数" in p.zh and p.field == "订单数" for p in rows[1].problems)


def test_taobao_date_column_time_only_and_duration_past_midnight():
    table = read_session_csv(FIXTURES / "taobao_sessions.csv")
    mapping = guess_mapping(table.headers, Platform.TAOBAO)
    assert mapping == {**mapping, "日期": "date", "开播时间": "start", "直播时长(分钟)": "duration",
                       "引导成交笔数": "orders", "引导成交人数": "buyers", "引导成交金额": "gmv"}
    rows = parse_rows(table, mapping)
    assert all(r.ok for r in rows)
    assert rows[1].start == datetime(2025, 5, 15, 22, 30) and rows[1].end == datetime(2025, 5, 16, 1, 0)


def test_check_mapping_names_missing_and_doubled_fields():
    problems = check_mapping({"观看人数": "viewers", "场观": "viewers"})
    fields = [p.field for p in problems]
    assert fields == ["观看人数", "开始时间", "结束时间"]
    assert "观看人数、场观" in problems[0].zh


def test_time_without_a_date_column_is_refused(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("开播时间,下播时间,观看人数\n14:00,16:00,100\n", encoding="utf-8")
    table = read_session_csv(f)
    rows = parse_rows(table, guess_mapping(table.headers))
    assert any("没有日期" in p.zh for p in rows[0].problems)


def test_unparsable_cells_are_reported_per_field(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("开播时间,结束时间,观看人数,成交金额\n昨天,2025-05-06 16:00,很多,¥abc\n", encoding="utf-8")
    table = read_session_csv(f)
    rows = parse_rows(table, guess_mapping(table.headers))
    assert {p.field for p in rows[0].problems} == {"开始时间", "观看人数", "成交金额"}


@pytest.mark.parametrize("name, content, message", [
    ("x.xlsx", b"PK", "不是CSV"), ("empty.csv", b"\n\n", "没有数据"),
    ("head.csv", "开播时间,观看人数\n".encode(), "只有表头"),
])
def test_unreadable_files_say_why(tmp_path, name, content, message):
    f = tmp_path / name
    f.write_bytes(content)
    with pytest.raises(ImportFileError) as info:
        read_session_csv(f)
    assert message in info.value.zh


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError) as info:
        read_session_csv(tmp_path / "gone.csv")
    assert "无法打开" in info.value.zh


def test_duplicate_headers_are_made_unique(tmp_path):
    f = tmp_path / "x.csv"
    f.write_text("开播时间,结束时间,备注,备注\n2025-05-06 14:00,2025-05-06 15:00,a,b\n", encoding="utf-8")
    assert read_session_csv(f).headers == ("开播时间", "结束时间", "备注", "备注(2)")


@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_truncated_utf16_file_says_so_and_names_the_file(tmp_path, bom, codec):
    whole = bom + "开播时间\t结束时间\t观看人数\n2025-05-06 14:00\t2025-05-06 16:00\t100\n".encode(codec)
    f = tmp_path / "视频号导出.csv"
    f.write_bytes(whole[:-1])  # a download cut off mid-character
    with pytest.raises(ImportFileError) as info:
        read_session_csv(f)
    assert "“视频号导出.csv”不完整" in info.value.zh and "重新从平台导出" in info.value.zh
    assert "视频号导出.csv" in info.value.en
    f.write_bytes(whole[:-3] + "\ud83d".encode(codec, errors="surrogatepass"))  # half a surrogate pair
    with pytest.raises(ImportFileError):
        read_session_csv(f)
    f.write_bytes(whole)  # the whole file reads
    assert read_session_csv(f).rows[0][2] == "100"


def test_rows_keep_their_file_line_after_blank_lines_and_multi_line_cells(tmp_path):
    f = tmp_path / "x.csv"
    f.write_bytes("\r\n".join([
        "抖音直播数据导出",                                        # 1: a title line
        "",                                                         # 2
        "开播时间,结束时间,观看人数,商品",                          # 3: the header
        "2025-05-06 14:00,2025-05-06 16:00,100,纸巾",               # 4
        "",                                                         # 5
        ",,,",                                                      # 6: empty cells only
        '2025-05-07 14:00,2025-05-07 16:00,很多,"丝巾',             # 7: a cell over three lines
        "真丝",                                                     # 8
        '礼盒"',                                                    # 9
        "2025-05-08 14:00,2025-05-08 16:00,300,茶叶",               # 10
        "   ",                                                      # 11
        "昨天,2025-05-09 16:00,400,茶叶",                           # 12
    ]).encode("utf-8"))
    table = read_session_csv(f)
    assert table.first_line == 4 and table.lines == (4, 7, 10, 12)
    rows = parse_rows(table, guess_mapping(table.headers))
    assert [r.line for r in rows] == [4, 7, 10, 12]
    assert rows[1].products == "丝巾\r\n真丝\r\n礼盒" and [p.field for p in rows[1].problems] == ["观看人数"]
    assert [r.line for r in rows if not r.ok] == [7, 12]
    # a table built by hand without lines numbers its rows one after the other
    from dataclasses import replace
    assert [r.line for r in parse_rows(replace(table, lines=()), guess_mapping(table.headers))] == [4, 5, 6, 7]
