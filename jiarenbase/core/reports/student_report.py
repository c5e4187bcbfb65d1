"""学员结业报告: one student's training on one to three A4 pages."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer

from .document import cn_date, frame_size, styles
from .dto import StudentReport
from .growth_chart import growth_drawing
from .tables import data_table, empty_note, escape, num, pct, profile_grid


def _d(v) -> str:
    return v.isoformat() if v else "—"


def student_story(r: StudentReport) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [
        Paragraph(f"学员结业报告　<font size=12>{escape(r.name)}</font>", st["h1"]),
        profile_grid([
            ("姓名", r.name), ("性别", r.sex), ("身份证号", r.id_number), ("学号", r.student_number),
            ("合作院校", r.school), ("专业 / 班级", " / ".join(x for x in (r.major, r.class_name) if x)),
            ("批次", f"{r.cohort_code} {r.cohort_name}".strip()),
            ("实训时间", f"{_d(r.cohort_start)} 至 {_d(r.cohort_end)}" if r.cohort_start else "—"),
            ("当前阶段", f"{r.stage}（{r.status}）"), ("导师", r.mentor),
        ], width),
        Paragraph("阶段记录", st["h2"]),
    ]
    if r.stages:
        rows = [(line.stage, _d(line.entered_on), _d(line.signed_off_on), line.signed_by or "—",
                 line.result or "进行中", line.override_reason or "") for line in r.stages]
        out += data_table(["阶段", "进入日期", "签核日期", "签核人", "结果", "特批理由"], rows,
                          [22 * mm, 24 * mm, 24 * mm, 24 * mm, 20 * mm, width - 114 * mm])
    else:
        out.append(empty_note("尚未开始阶段记录"))
    a = r.attendance
    out.append(Paragraph("认知课程出勤", st["h2"]))
    if a.lessons:
        out.append(Paragraph(f"共 {a.lessons} 节：出勤 {a.present} 节，迟到 {a.late} 节，缺勤 {a.absent} 节；"
                             f"出勤率 {pct(a.rate, 0)}（迟到计为出勤）。", st["body"]))
    else:
        out.append(empty_note("暂无考勤记录"))
    s = r.stats
    out.append(Paragraph("实训统计", st["h2"]))
    if s.sessions:
        out += data_table(
            ["实训次数", "模拟演练", "实战直播", "平均评分", "评分变化", "最佳转化率", "累计观看", "成交人数",
             "成交额（元）"],
            [(s.sessions, s.mock_drills, s.live_sessions, num(s.average_rubric),
              f"{num(s.first_rubric)}→{num(s.last_rubric)}",
              pct(s.best_conversion), f"{s.viewers:,}", f"{s.buyers:,}", f"{s.gmv:,.0f}")],
            [width / 9] * 9, align_right=range(9))
        out += [Spacer(1, 2 * mm), CondPageBreak(45 * mm), growth_drawing(r.growth, width, 120)]
    else:
        out.append(empty_note("暂无实训记录"))
    out.append(Paragraph("话术打磨", st["h2"]))
    if r.scripts:
        out += data_table(["话术", "商品", "版本数", "最近修改", "导师点评"],
                          [(x.title, x.product, x.versions, _d(x.last_change), x.last_comment) for x in r.scripts],
                          [34 * mm, 26 * mm, 14 * mm, 22 * mm, width - 96 * mm], align_right=[2])
    else:
        out.append(empty_note("暂无话术"))
    out.append(Paragraph("证书", st["h2"]))
    if r.certificates:
        out += data_table(["证书", "职业（工种）", "等级", "证书编号", "发证日期", "发证机构"],
                          [(c.kind, c.occupation, c.level, c.number, _d(c.issued_on), c.issuer)
                           for c in r.certificates],
                          [30 * mm, 34 * mm, 16 * mm, 32 * mm, 20 * mm, width - 132 * mm])
    else:
        out.append(empty_note("暂未取得证书"))
    out.append(Paragraph("就业去向", st["h2"]))
    p = r.placement
    if p:
        out.append(Paragraph(escape(f"{p.outcome}：{p.employer or '—'}　{p.position}　自 {cn_date(p.start_date)}"
                                    f"（{p.evidence}）"), st["body"]))
    else:
        out.append(empty_note("尚未登记就业去向"))
    out.append(Paragraph("导师评语", st["h2"]))
    if r.remarks:
        for m in r.remarks:
            out.append(Paragraph(escape(f"{m.on.isoformat()}　{m.mentor}：{m.text}"), st["body"]))
    else:
        out.append(empty_note("暂无导师评语"))
    return out
