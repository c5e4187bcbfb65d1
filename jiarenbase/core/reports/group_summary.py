"""The summary pages of the school pack and the cohort report: the figures per cohort
and in total (rates with their bases), a few sentences, the chart, the certificates
by occupation and level (enterprise certificates apart), the outcomes, and a note
on how each rate is counted (the same text as the README's 报表口径)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from .document import INK, frame_size, styles
from .dto import GroupFigures, GroupSummary, StagePass
from .summary_chart import rates_chart
from .tables import data_table, empty_note, escape, fit_widths, num, pct

BASES = (
    "结业率 = 已结业学员 ÷ 在册学员（不含中途退出者）；",
    "取证率 = 持职业技能等级证书的学员 ÷ 在册学员（不含退出者；企业认证证书单列，不计入）；",
    "落实率 = 毕业即就业、签约企业项目、灵活就业或升学的结业学员 ÷ 去向已确认的结业学员"
    "（去向未知或未登记的记为“待确认”，不计入基数，也不算作未就业）；",
    "平均评分 = 每名学员全部实训平均分的平均值；直播转化率 = 实战直播的购买人数 ÷ 观看人数（不含模拟演练）。",
)


def _rate(part: int, base: int, value: float | None) -> str:
    return f"{pct(value)}（{part}/{base}）" if value is not None else "—"


def figures_table(g: GroupSummary, width: float) -> list[Flowable]:
    header = ["批次", "状态", "学员", "退出", "结业", "结业率", "取证率", "落实率", "待确认", "平均评分", "直播转化率"]
    rows = list(g.cohorts) + ([g.total] if len(g.cohorts) != 1 else [])

    def line(f: GroupFigures) -> list:
        return [f.code, f.status or "", f.students, f.withdrawn, f.completed,
                _rate(f.completion.part, f.completion.base, f.completion.value),
                _rate(f.certification.part, f.certification.base, f.certification.value),
                _rate(f.placement.part, f.placement.base, f.placement.value), f.unconfirmed,
                num(f.average_rubric), pct(f.conversion.value) if f.live_sessions else "无实战直播"]
    body = [line(f) for f in rows]
    widths = fit_widths(header, body, width, font_size=7.5, keep=range(11))
    tables = data_table(header, body, widths, font_size=7.5, align_right=range(2, 11))
    if len(rows) > 1:
        tables[-1].setStyle([("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#f9fafb")),
                             ("LINEABOVE", (0, len(rows)), (-1, len(rows)), 0.6, INK)])
    return tables


def levels_table(f: GroupFigures, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("职业技能等级证书（按职业与等级）", st["h2"])]
    header, widths = ["职业（工种）", "等级", "人数", "占在册学员"], [70 * mm, 35 * mm, 20 * mm, 0]
    widths[-1] = width - sum(widths)
    if f.levels:
        out += data_table(header, [[lc.occupation, lc.level, lc.students, pct(lc.students / f.trainees)
                                    if f.trainees else "—"] for lc in f.levels], widths, align_right=[2, 3])
    else:
        out.append(empty_note("暂无学员取得职业技能等级证书"))
    out.append(Paragraph("企业认证证书（单列，不计入取证率）", st["h2"]))
    if f.enterprise_levels:
        out += data_table(header, [[lc.occupation, lc.level, lc.students, pct(lc.students / f.trainees)
                                    if f.trainees else "—"] for lc in f.enterprise_levels], widths,
                          align_right=[2, 3])
    else:
        out.append(empty_note("暂无学员持企业认证证书"))
    return out


def outcomes_table(f: GroupFigures, width: float) -> list[Flowable]:
    st = styles()
    out: list[Flowable] = [Paragraph("就业去向（结业学员，按最近一次登记）", st["h2"])]
    if not f.completed:
        return out + [empty_note("暂无结业学员")]
    widths = [85 * mm, 25 * mm, 0]
    widths[-1] = width - sum(widths)
    rows = [[c.label, c.value, pct(c.value / f.confirmed) if f.confirmed else "—"] for c in f.outcomes]
    rows.append(["待确认（去向未知或未登记）", f.unconfirmed, "不计入基数"])
    rows.append(["去向落实（毕业即就业、签约企业项目、灵活就业、升学）", f.placed, pct(f.placement.value)])
    return out + data_table(["去向", "人数", "占去向已确认的结业学员"], rows, widths, align_right=[1, 2])


def stage_table(stages: tuple[StagePass, ...], width: float) -> list[Flowable]:
    st = styles()
    widths = [40 * mm, 30 * mm, 30 * mm, 30 * mm, 0]
    widths[-1] = width - sum(widths)
    rows = [[p.stage, p.reached, p.passed, p.current, pct(p.rate.value)] for p in stages]
    return ([Paragraph("各阶段通过率", st["h2"])]
            + data_table(["阶段", "进入该阶段", "签核通过", "仍在该阶段", "通过率"], rows, widths,
                         align_right=[1, 2, 3, 4])
            + [Paragraph("通过率 = 该阶段签核通过（含特批通过）的学员 ÷ 进入该阶段的学员（含仍在该阶段学习者）。",
                         st["small"])])


def bases_note() -> list[Flowable]:
    st = styles()
    return [KeepTogether([Paragraph("口径说明", st["h2"])] + [Paragraph(escape(b), st["small"]) for b in BASES])]


def summary_story(g: GroupSummary, *, chart: bool = True, heading: bool = True) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(escape(g.title), st["h1"])] if heading else []
    out.append(Paragraph(escape(f"范围：{g.scope}；学员 {g.students} 人"), st["body"]))
    if g.left_out:
        out.append(Paragraph(escape("未列入（尚未开始：没有考勤、实训或阶段签核记录）：" + "、".join(g.left_out)),
                             st["small"]))
    out.append(Spacer(1, 2 * mm))
    out += [Paragraph(escape(s), st["body"]) for s in g.sentences]
    out.append(Paragraph("主要指标" + ("（按批次）" if len(g.cohorts) > 1 else ""), st["h2"]))
    out += figures_table(g, width)
    if chart and g.cohorts:
        out += [Spacer(1, 3 * mm), rates_chart(g.cohorts, width, 52 * mm)]
    if g.stages:
        out += stage_table(g.stages, width)
    out += levels_table(g.total, width)
    out += outcomes_table(g.total, width)
    return out + bases_note()
