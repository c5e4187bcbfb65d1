"""The annual summary (基地年度总结) as printed: its basis stated first, a few sentences,
the key figures beside last year's with the change, charts, then the year's activity
and the cohorts that ended. A year with no records says so on one page."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from .annual_charts import months_chart, outcome_chart, rates_chart
from .document import INK, MUTED, RULE, cn_date, frame_size, styles
from .dto import AnnualSummary
from .fonts import FONT_NAME
from .tables import HEAD_BG, data_table, empty_note, escape, pct

BASIS_BG = colors.HexColor("#f9fafb")
CHART_H = 125  # points: both charts fit under the key figures on the first page


def annual_title(year: int) -> str:
    return f"{year} 年度基地工作总结"


# --------------------------------------------------------------------------- words for changes

def points_change(now: float | None, before: float | None) -> str:
    """"+5.2 个百分点" (a rate against last year's)."""
    if now is None or before is None:
        return "—"
    d = round((now - before) * 100, 1)
    return "持平" if d == 0 else f"{d:+.1f} 个百分点"


def count_change(now: float, before: float) -> str:
    """"+12%" (a count against last year's)."""
    if not before:
        return "—" if not now else "上年为 0"
    d = round((now - before) / before * 100)
    return "持平" if d == 0 else f"{d:+d}%"


def _said(now: float | None, before: float | None) -> str:
    """"（较上年提高 5.2 个百分点）" for a sentence ("" when there is nothing to compare)."""
    if now is None or before is None:
        return ""
    d = round((now - before) * 100, 1)
    if d == 0:
        return "（与上年持平）"
    return f"（较上年{'提高' if d > 0 else '下降'} {abs(d):.1f} 个百分点）"


def _rate(part: int, whole: int) -> str:
    return f"{pct(part / whole)}（{part:,}/{whole:,}）" if whole else "—"


# --------------------------------------------------------------------------- the page's parts

def _basis(a: AnnualSummary) -> list[Flowable]:
    st = styles()
    y = a.year
    text = (f"<font color='#1f2933'>统计口径</font>　学员成果（结业、取证、就业去向、人才库）"
            f"统计<font color='#1f2933'> {y} 年内结业的批次</font>"
            f"（批次结业日期在 {y}年1月1日至12月31日之间）的学员，不论何时取证或就业；"
            f"实训、直播间、企业培训和考试统计 {y} 年内发生的记录。上年数字按同一口径计算。"
            "就业去向取每名结业学员最近一次登记的去向；去向“未知”或未登记的学员不计入落实率的分母，"
            "也不算作未就业。结业率、取证率以学员人数减去中途退出者为分母；企业认证证书单列，不计入取证率。"
            "口径与合作院校报告包、批次报告相同。")
    if a.as_of and a.as_of.year == y:
        text += f"<br/>{y} 年尚未结束：数字截至 {cn_date(a.as_of)}，只计当日前已结业的批次。"
    box = Table([[Paragraph(text, st["small"])]], colWidths=[frame_size()[0]])
    box.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("BACKGROUND", (0, 0), (-1, -1), BASIS_BG),
                             ("BOX", (0, 0), (-1, -1), 0.5, RULE),
                             ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                             ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [box, Spacer(1, 3 * mm)]


def _sentences(a: AnnualSummary) -> list[str]:
    t, p, y = a.this, a.previous, a.year
    out = []
    if t.has_outcomes:
        out.append(f"{y} 年共有 {t.cohorts_ended} 个批次结业，学员 {t.students:,} 人"
                   + (f"（其中中途退出 {t.withdrawn} 人）" if t.withdrawn else "")
                   + f"，结业 {t.completed:,} 人，结业率 {pct(t.completion_rate)}"
                   + _said(t.completion_rate, p.completion_rate) + "。")
        out.append(f"取得职业技能等级证书 {t.certified:,} 人，取证率 {pct(t.certification_rate)}"
                   + _said(t.certification_rate, p.certification_rate)
                   + (f"；另有 {t.enterprise_certified:,} 人持有企业认证证书（单列，不计入取证率）"
                      if t.enterprise_certified else "") + "。")
        unknown = t.completed - t.outcome_known
        if t.completed:
            out.append(f"结业学员中去向已知 {t.outcome_known:,} 人，其中已落实"
                       f"（毕业即就业、签约企业项目、灵活就业或升学）{t.placed:,} 人，落实率 {pct(t.placement_rate)}"
                       + _said(t.placement_rate, p.placement_rate)
                       + (f"；去向未知或未登记 {unknown:,} 人，不计为未就业" if unknown else "") + "。")
    else:
        out.append(f"{y} 年没有批次结业，学员成果（结业、取证、就业去向）暂无可统计的数字。")
    if t.drills or t.live:
        out.append(f"全年实训 {t.drills + t.live:,} 场（模拟演练 {t.drills:,} 场、实战直播 {t.live:,} 场），"
                   f"参训学员 {t.practised:,} 人；实战直播转化率 {pct(t.conversion, 2)}"
                   + _said(t.conversion, p.conversion) + "。")
    else:
        out.append(f"{y} 年没有实训记录。")
    extra = []
    if t.orders:
        extra.append(f"承接企业培训订单 {t.orders} 单（{t.order_clients} 家企业，{t.order_trainees:,} 人次）")
    if t.exams:
        extra.append(f"组织考试 {t.exams} 场，考生 {t.candidates:,} 人次，通过率 {pct(t.pass_rate)}")
    if extra:
        out.append("全年" + "；".join(extra) + "。")
    return out


def _figures_table(a: AnnualSummary, width: float) -> list[Flowable]:
    t, p, y = a.this, a.previous, a.year

    def count(label: str, now: float, before: float, fmt: str = "{:,}") -> list:
        return [label, fmt.format(now), fmt.format(before), count_change(now, before)]

    def rate(label: str, part: str, whole: str, how) -> list:
        return [label, _rate(getattr(t, part), getattr(t, whole)), _rate(getattr(p, part), getattr(p, whole)),
                points_change(how(t), how(p))]

    rows: list[list] = [["指标", f"{y} 年", f"{y - 1} 年", "较上年"],
                        [f"学员成果：{y} 年内结业的批次", "", "", ""]]
    rows += [count("结业批次（个）", t.cohorts_ended, p.cohorts_ended),
             count("学员（人）", t.students, p.students),
             count("其中中途退出（人）", t.withdrawn, p.withdrawn),
             rate("结业率", "completed", "trainees", lambda f: f.completion_rate),
             rate("取证率（职业技能等级证书）", "certified", "trainees", lambda f: f.certification_rate),
             rate("去向落实率（去向已知者中）", "placed", "outcome_known", lambda f: f.placement_rate),
             count("入人才库（人）", t.talent_pool, p.talent_pool),
             [f"全年工作：{y} 年内的记录", "", "", ""],
             count("新开批次（个）", t.cohorts_started, p.cohorts_started),
             count("新入训学员（人）", t.new_students, p.new_students),
             count("模拟演练（场）", t.drills, p.drills),
             count("实战直播（场）", t.live, p.live),
             ["实战直播转化率", pct(t.conversion, 2), pct(p.conversion, 2), points_change(t.conversion, p.conversion)],
             ["直播间使用率", pct(t.room_use), pct(p.room_use), points_change(t.room_use, p.room_use)],
             count("企业培训订单（单）", t.orders, p.orders),
             count("企业培训人次", t.order_trainees, p.order_trainees),
             count("考试（场）", t.exams, p.exams),
             rate("考试通过率", "passed", "candidates", lambda f: f.pass_rate)]
    sections = [1, 9]
    widths = [width * 0.34, width * 0.24, width * 0.24, width * 0.18]
    table = Table(rows, colWidths=widths, repeatRows=1)
    style = [("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 8.5),
             ("LEADING", (0, 0), (-1, -1), 11), ("TEXTCOLOR", (0, 0), (-1, -1), INK),
             ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
             ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE), ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.8),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.8)]
    for r in sections:
        style += [("SPAN", (0, r), (-1, r)), ("TEXTCOLOR", (0, r), (-1, r), MUTED), ("ALIGN", (0, r), (-1, r), "LEFT"),
                  ("TOPPADDING", (0, r), (-1, r), 5)]
    table.setStyle(TableStyle(style))
    return [table]


def _charts(a: AnnualSummary, width: float) -> list[Flowable]:
    t, p = a.this, a.previous
    rates = [("结业率", p.completion_rate, t.completion_rate), ("取证率", p.certification_rate, t.certification_rate),
             ("去向落实率", p.placement_rate, t.placement_rate), ("考试通过率", p.pass_rate, t.pass_rate)]
    half = (width - 6 * mm) / 2
    left = outcome_chart(a.outcomes, half, CHART_H) if t.completed else Paragraph("本年度没有结业学员，没有去向可画。",
                                                                         styles()["small"])
    grid = Table([[left, rates_chart(rates, a.year, half, CHART_H)]], colWidths=[half + 6 * mm, half])
    grid.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    return [Spacer(1, 3 * mm), grid]


def _months(a: AnnualSummary, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("全年实训", st["h2"])]
    if not (a.this.drills or a.this.live):
        return out + [empty_note(f"{a.year} 年没有实训记录。")]
    ms = a.months
    head = ["", *[f"{m.month}月" for m in ms], "全年"]
    rows = [["模拟演练", *[m.drills for m in ms], f"{a.this.drills:,}"],
            ["实战直播", *[m.live for m in ms], f"{a.this.live:,}"],
            ["观看人数", *[_short(m.viewers) for m in ms], _short(a.this.live_viewers)],
            ["成交人数", *[_short(m.buyers) for m in ms], _short(a.this.live_buyers)],
            ["转化率", *[pct(m.conversion) for m in ms], pct(a.this.conversion)]]
    first = 15 * mm
    rest = (width - first) / 13
    out += [KeepTogether([months_chart(ms, width), Spacer(1, 2 * mm),
                          *data_table(head, rows, [first] + [rest] * 13, font_size=7, align_right=range(1, 14))]),
            Paragraph("观看、成交与转化率只计实战直播（模拟演练不面向真实观众）。"
                      f"实战直播成交额合计 {a.this.live_gmv:,.0f} 元。", st["small"])]
    return out


def _part(part: int, whole: int) -> str:
    return pct(part / whole, 0) if whole else "—"


def _day(d) -> str:
    """"4月20日": the year is the report's."""
    return f"{d.month}月{d.day}日" if d else "—"


def _short(n: int) -> str:
    return f"{n / 10000:.1f}万" if n >= 100000 else f"{n:,}"


def _rooms(a: AnnualSummary, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("直播间使用（开放时间内的预约时长）", st["h2"])]
    if not a.rooms:
        return out + [empty_note("没有直播间。")]
    rows = [(r.name, f"{r.booked_hours:,.0f}", pct(r.share) if r.share is not None else "停用") for r in a.rooms]
    half = (len(rows) + 1) // 2
    pairs = [list(rows[i]) + (list(rows[i + half]) if i + half < len(rows) else ["", "", ""]) for i in range(half)]
    w = width / 2
    out += data_table(["直播间", "预约（小时）", "使用率"] * 2, pairs,
                      [w * 0.46, w * 0.3, w * 0.24] * 2, align_right=[1, 2, 4, 5])
    out.append(Paragraph(f"全部在用直播间合计 {a.this.booked_hours:,.0f} 小时，使用率 {pct(a.this.room_use)}。",
                         st["small"]))
    return out


def _orders_and_exams(a: AnnualSummary, width: float) -> list[Flowable]:
    st, t = styles(), a.this
    out: list[Flowable] = [Paragraph("企业培训", st["h2"])]
    if t.orders:
        out.append(Paragraph(f"全年承接企业培训订单 {t.orders} 单，服务企业 {t.order_clients} 家，"
                             f"培训 {t.order_trainees:,} 人次，共 {t.order_hours:,.0f} 学时"
                             f"（上年 {a.previous.orders} 单、{a.previous.order_trainees:,} 人次）。", st["body"]))
    else:
        out.append(empty_note(f"{a.year} 年没有企业培训订单。"))
    out.append(Paragraph("考试", st["h2"]))
    if not a.exams:
        return out + [empty_note(f"{a.year} 年没有组织考试。")]
    rows = [(_day(e.held_on), e.title, "是" if e.dual_certificate else "否", e.candidates, e.passed,
             pct(e.passed / e.candidates) if e.candidates else "—") for e in a.exams]
    rows.append(("全年", f"{t.exams} 场", "", t.candidates, t.passed, pct(t.pass_rate)))
    widths = [22 * mm, 0, 18 * mm, 16 * mm, 16 * mm, 18 * mm]
    widths[1] = width - sum(widths)
    return out + data_table(["考试日期", "职业（工种）等级", "一试双证", "考生", "通过", "通过率"], rows, widths,
                            align_right=[3, 4, 5])


def _cohorts(a: AnnualSummary, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph(f"{a.year} 年内结业的批次", st["h2"])]
    if not a.cohorts:
        return out + [empty_note(f"{a.year} 年没有批次结业。")]
    rows = [(c.code, c.name, c.school, _day(c.end_date), c.students - c.withdrawn, c.withdrawn,
             f"{c.completed}（{_part(c.completed, c.students - c.withdrawn)}）",
             f"{c.certified}（{_part(c.certified, c.students - c.withdrawn)}）",
             f"{c.placed}/{c.outcome_known}") for c in a.cohorts]
    widths = [23 * mm, 0, 30 * mm, 16 * mm, 10 * mm, 10 * mm, 17 * mm, 17 * mm, 17 * mm]
    widths[1] = width - sum(widths)
    out += data_table(["批次", "名称", "合作院校", "结业日期", "学员", "退出", "结业", "取证", "落实/已知"], rows,
                      widths, font_size=7.5, align_right=[4, 5, 6, 7, 8])
    out.append(Paragraph("学员：不含中途退出者，结业、取证的百分比以此为分母。"
                         "落实/已知：已落实去向的人数 / 去向已知的结业人数。", styles()["small"]))
    return out


def _certificates(a: AnnualSummary, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("结业批次学员持有的证书（人）", st["h2"])]
    if not (a.certificates or a.enterprise_certificates):
        return out + [empty_note("这些学员没有登记证书。")]
    rows = [("职业技能等级证书", c.label, c.value) for c in a.certificates]
    rows += [("企业认证证书", c.label, c.value) for c in a.enterprise_certificates]
    return out + data_table(["类别", "职业（工种）等级 / 发证企业", "人数"], rows,
                            [34 * mm, width - 54 * mm, 20 * mm], align_right=[2])


def _nothing(a: AnnualSummary) -> list[Flowable]:
    st = styles()
    future = a.as_of is not None and a.as_of.year < a.year
    text = (f"{a.year} 年尚未开始，还没有可统计的记录。" if future else
            f"{a.year} 年没有任何记录：没有批次在这一年结业，也没有新开批次、实训、直播间预约、企业培训订单或考试。")
    out: list[Flowable] = [Spacer(1, 10 * mm), Paragraph(text, st["body"])]
    p = a.previous
    if p.has_outcomes or p.has_activity:
        out.append(Paragraph(f"上年（{p.year} 年）有记录：结业批次 {p.cohorts_ended} 个，"
                             f"实训 {p.drills + p.live:,} 场，可打印 {p.year} 年的年度总结。", st["small"]))
    return out


def annual_story(a: AnnualSummary) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(escape(annual_title(a.year)), st["h1"]), *_basis(a)]
    if not (a.this.has_outcomes or a.this.has_activity):
        return out + _nothing(a)
    out += [Paragraph("概要", st["h2"]), *[Paragraph(escape(s), st["body"]) for s in _sentences(a)]]
    out += [Paragraph("主要指标", st["h2"]), *_figures_table(a, width), *_charts(a, width), PageBreak()]
    out += _months(a, width) + _rooms(a, width) + _orders_and_exams(a, width)
    out += _certificates(a, width) + _cohorts(a, width)
    return out


__all__ = ["annual_story", "annual_title", "points_change", "count_change"]
