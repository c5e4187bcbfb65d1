"""A group of students on paper: the partner-school pack (cover, summary, roster,
then one completion report per student) and the cohort report (summary and roster)."""
from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import BASE_NAME, OPERATOR, RULE, cn_date, frame_size, styles
from .dto import GroupSummary, RosterRow, StudentReport
from .fonts import FONT_NAME
from .student_report import student_story
from .tables import data_table, empty_note, escape, num, pct, titled_counts


def summary_story(g: GroupSummary) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    lines = [f"范围：{g.scope}", f"学员 {g.students} 人"]
    if g.cohorts:
        lines.append("批次：" + "、".join(g.cohorts))
    lines.append(f"实训 {g.sessions} 次，平均评分 {num(g.average_rubric)}，"
                 f"认知课程平均出勤率 {pct(g.average_attendance, 0)}")
    out: list[Flowable] = [Paragraph(escape(g.title), st["h1"])]
    out += [Paragraph(escape(line), st["body"]) for line in lines]
    out += titled_counts("各阶段人数", g.by_stage, width)
    out += titled_counts("证书（按等级）", g.certificates, width)
    out += titled_counts("就业去向", g.placements, width)
    return out


def roster_story(rows: tuple[RosterRow, ...], title: str = "学员名单") -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(title, st["h2"])]
    if not rows:
        return out + [empty_note("没有学员")]
    widths = [7 * mm, 14 * mm, 36 * mm, 16 * mm, 22 * mm, 11 * mm, 11 * mm, 8 * mm, 10 * mm, 18 * mm, 0]
    widths[-1] = width - sum(widths)
    header = ["序号", "姓名", "身份证号", "学号", "批次", "阶段", "出勤率", "实训", "平均分", "证书", "就业去向"]
    body = [(i, r.name, r.id_number, r.student_number, r.cohort_code, r.stage, r.attendance, r.sessions,
             r.average_rubric, r.certificates, r.placement) for i, r in enumerate(rows, start=1)]
    return out + data_table(header, body, widths, font_size=7, align_right=[0, 6, 7, 8])


def cover_story(school: str, g: GroupSummary, printed_on) -> list[Flowable]:
    st = styles()
    width, height = frame_size()
    facts = Table([["范围", g.scope], ["学员人数", f"{g.students} 人"], ["联系人", g.contact or "—"],
                   ["出具单位", f"{BASE_NAME}（{OPERATOR}）"], ["出具日期", cn_date(printed_on)]],
                  colWidths=[30 * mm, 100 * mm])
    facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 11),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 6),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return [Spacer(1, height * 0.22), Paragraph(escape(school), st["title"]),
            Paragraph("直播电商实训情况报告", st["title"]), Spacer(1, 16 * mm), facts, PageBreak()]


def school_pack_story(school: str, g: GroupSummary, roster: tuple[RosterRow, ...],
                      students: list[StudentReport], printed_on,
                      mark: Callable[[int], Flowable] | None = None) -> list[Flowable]:
    out = cover_story(school, g, printed_on) + summary_story(g) + roster_story(roster)
    for i, r in enumerate(students):
        out.append(PageBreak())
        out += student_story(r)
        if mark is not None:
            out.append(mark(i))
    return out


def cohort_story(g: GroupSummary, roster: tuple[RosterRow, ...]) -> list[Flowable]:
    return summary_story(g) + roster_story(roster)
