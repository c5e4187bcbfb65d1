"""The training base's own reports (实训基地的报表): mentor workload, the annual summary,
and the subsidy application cover sheets."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from .document import cn_date, frame_size, styles
from .dto import AnnualReport, MentorReport, SubsidySheet
from .tables import data_table, empty_note, escape, pct, profile_grid, titled_counts


def mentor_story(m: MentorReport) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [
        Paragraph("导师工作量报告", st["h1"]),
        Paragraph(f"本周：{cn_date(m.week_start)} 至 {cn_date(m.week_end)}。"
                  "本周场次 = 预约中的场次 + 未经预约直接登记的实训；"
                  "近90天为已登记的实训记录。", st["small"]),
        Spacer(1, 3 * mm),
    ]
    if not m.rows:
        return out + [empty_note("没有导师")]
    rows = [(r.name, r.specialties, r.cognitive, r.project, r.live, r.cognitive + r.project + r.live,
             f"{r.sessions_week} / {r.capacity}", f"超出 {r.sessions_week - r.capacity}"
             if r.sessions_week > r.capacity else "", r.sessions_90d, r.average_rubric_90d) for r in m.rows]
    total = [("合计", "", sum(r.cognitive for r in m.rows), sum(r.project for r in m.rows),
              sum(r.live for r in m.rows), sum(r.cognitive + r.project + r.live for r in m.rows),
              f"{sum(r.sessions_week for r in m.rows)} / {sum(r.capacity for r in m.rows)}", "",
              sum(r.sessions_90d for r in m.rows), "")]
    widths = [18 * mm, 0, 12 * mm, 12 * mm, 12 * mm, 12 * mm, 20 * mm, 14 * mm, 16 * mm, 16 * mm]
    widths[1] = width - sum(widths)
    return out + data_table(["导师", "擅长", "认知", "项目", "实战", "学员合计", "本周场次/上限", "超负荷",
                             "近90天实训", "近90天均分"], rows + total, widths, align_right=[2, 3, 4, 5, 6, 8, 9])


def annual_story(a: AnnualReport) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(f"{a.year} 年度基地工作总结", st["h1"])]
    out += titled_counts("主要数字", a.figures, width)
    out += titled_counts("证书（按等级）", a.certificates, width)
    out += titled_counts("就业去向", a.placements, width)
    out.append(Paragraph("逐月实训", st["h2"]))
    if any(m.drills or m.live for m in a.months):
        rows = [(m.month, m.drills, m.live, m.drills + m.live, f"{m.viewers:,}", f"{m.buyers:,}", pct(m.conversion))
                for m in a.months]
        rows.append(("全年", sum(m.drills for m in a.months), sum(m.live for m in a.months),
                     sum(m.drills + m.live for m in a.months), f"{sum(m.viewers for m in a.months):,}",
                     f"{sum(m.buyers for m in a.months):,}", pct(_rate(a))))
        out += data_table(["月份", "模拟演练", "实战直播", "合计", "观看人数", "成交人数", "转化率"], rows,
                          [width / 7] * 7, align_right=range(1, 7))
    else:
        out.append(empty_note("本年度没有实训记录"))
    out.append(Paragraph("直播间使用（全年预约时长 / 开放时长）", st["h2"]))
    if a.rooms:
        out += data_table(["直播间", "预约时长（小时）", "使用率"],
                          [(name, hours, pct(share)) for name, hours, share in a.rooms],
                          [width / 3] * 3, align_right=[1, 2])
    else:
        out.append(empty_note("没有直播间"))
    out.append(Paragraph("本年度开班的批次", st["h2"]))
    if a.cohorts:
        out += data_table(["批次", "合作院校", "学员", "已结业"], list(a.cohorts),
                          [35 * mm, width - 85 * mm, 25 * mm, 25 * mm], align_right=[2, 3])
    else:
        out.append(empty_note("本年度没有开班"))
    return out


def _rate(a: AnnualReport) -> float | None:
    viewers = sum(m.viewers for m in a.months)
    return sum(m.buyers for m in a.months) / viewers if viewers else None


def subsidy_story(sheets: list[SubsidySheet]) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = []
    for i, x in enumerate(sheets):
        if i:
            out.append(PageBreak())
        out += [
            Paragraph("灵活就业社会保险补贴申请材料封面", st["h1"]),
            Paragraph(f"受理机构：{escape(x.centre_name or '—')}", st["body"]),
            Paragraph(f"地址：{escape(x.centre_address or '—')}", st["body"]),
            Spacer(1, 3 * mm),
            profile_grid([("申请人", x.student), ("身份证号", x.id_number), ("联系电话", x.phone),
                          ("户籍 / 居住区", x.hukou), ("毕业院校", x.school), ("实训批次", x.cohort_code),
                          ("灵活就业单位", x.employer), ("灵活就业开始", cn_date(x.flexible_start)),
                          ("剩余可补贴月数", "—" if x.months_left is None else f"{x.months_left} 个月"),
                          ("每月补贴金额", x.monthly_amount)], width),
            Paragraph("申请材料清单（请逐项核对后打勾）", st["h2"]),
        ]
        out += data_table(["", "材料", "份数", "核对"],
                          [("□", m, "1", " ") for m in x.materials] or [(" ", "—", " ", " ")],
                          [8 * mm, width - 48 * mm, 16 * mm, 24 * mm])
        out.append(Paragraph("条件核对", st["h2"]))
        out += [Paragraph(escape(r), st["small"]) for r in x.reasons]
        if x.applied_on:
            out.append(Paragraph(f"已于 {cn_date(x.applied_on)} 递交申请。", st["body"]))
        out += [Spacer(1, 8 * mm),
                Paragraph("申请人签字：＿＿＿＿＿＿＿＿　　日期：＿＿＿＿年＿＿月＿＿日", st["body"])]
    if not sheets:
        out.append(empty_note("没有符合条件的灵活就业毕业生"))
    return out
