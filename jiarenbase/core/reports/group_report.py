"""A group of students on paper: the partner-school pack (cover with the base's
profile and the signature/seal block, summary, roster by cohort, then one report
per student) and the cohort report (its facts and mentors, summary, stage pass
rates, roster). The summary is group_summary.py, shared by both."""
from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import MUTED, RULE, cn_date, frame_size, styles
from .dto import BaseProfile, GroupSummary, RosterRow, StudentReport
from .fonts import FONT_NAME
from .group_summary import summary_story
from .seal_block import SealBlock
from .student_report import student_story
from .tables import data_table, empty_note, escape, fit_widths, profile_grid

__all__ = ["cohort_story", "cover_story", "roster_story", "school_pack_story", "summary_story"]


def roster_story(rows: Sequence[RosterRow], title: str = "学员名单",
                 cohort_names: dict[str, str] | None = None) -> list[Flowable]:
    """The roster, one table per cohort under its code and name."""
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(title, st["h2"])]
    if not rows:
        return out + [empty_note("没有学员")]
    header = ["序号", "姓名", "身份证号", "学号", "专业 / 班级", "阶段", "出勤", "实训", "评分", "证书", "就业去向"]
    # one set of widths for every cohort; 专业 over 班级, and one certificate per line
    every = [(len(rows), r.name, r.id_number, r.student_number, max(r.major, r.class_name, key=len), r.stage,
              r.attendance, r.sessions, r.average_rubric, max(r.certificates.split("、"), key=len), r.placement)
             for r in rows]
    widths = fit_widths(header, every, width, font_size=7, keep=[0, 2, 3, 6, 7, 8, 9, 10])
    cell = styles()["cell"].clone("roster_cell", fontSize=7, leading=9.5)

    def lines(*parts: str) -> Paragraph:
        return Paragraph("<br/>".join(escape(x) for x in parts if x) or "—", cell)
    groups: dict[str, list[RosterRow]] = {}
    for r in rows:
        groups.setdefault(r.cohort_code, []).append(r)
    names = cohort_names or {}
    for code, members in groups.items():
        if len(groups) > 1 or names:
            label = " ".join(x for x in (code or "未分批次", names.get(code, "")) if x)
            out.append(Paragraph(escape(f"{label}（{len(members)} 人）"), st["body"]))
        body = [(i, r.name, r.id_number, r.student_number, lines(r.major, r.class_name), r.stage, r.attendance,
                 r.sessions, r.average_rubric, lines(*r.certificates.split("、")), r.placement)
                for i, r in enumerate(members, start=1)]
        out += data_table(header, body, widths, font_size=7, align_right=[0, 6, 7, 8])
        out.append(Spacer(1, 3 * mm))
    return out


def cover_story(school: str, g: GroupSummary, printed_on, profile: BaseProfile | None = None) -> list[Flowable]:
    """The cover: the school, the scope, the base as the issuer (address, contact at
    the base), the date, and the signature/seal block."""
    st = styles()
    p = profile or BaseProfile()
    width, height = frame_size()
    cohorts = "、".join(f"{f.code} {f.name}".strip() for f in g.cohorts) or "—"
    pairs = [("报送院校", school), ("范围", g.scope), ("批次", cohorts), ("学员人数", f"{g.students} 人"),
             ("出具单位", p.issuer), ("地址", p.address or "—"), ("联系人", p.contact or "—"),
             ("联系电话", p.phone or "—"),
             ("出具日期", cn_date(printed_on))]
    value = st["body"].clone("cover_value", fontSize=11, leading=16)
    facts = Table([[label, Paragraph(escape(v), value)] for label, v in pairs],
                  colWidths=[28 * mm, width - 48 * mm], hAlign="CENTER")
    facts.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 11),
                               ("TEXTCOLOR", (0, 0), (0, -1), MUTED), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    return [Spacer(1, height * 0.12), Paragraph(escape(school), st["title"]),
            Paragraph("直播电商实训情况报告", st["title"]), Spacer(1, 10 * mm), facts, Spacer(1, 16 * mm),
            KeepTogether([Paragraph("以上情况属实，特此报送。", st["body"]), Spacer(1, 6 * mm),
                          SealBlock("基地负责人", p.director)]), PageBreak()]


def school_pack_story(school: str, g: GroupSummary, roster: Sequence[RosterRow],
                      students: list[StudentReport], printed_on,
                      mark: Callable[[int], Flowable] | None = None, profile: BaseProfile | None = None,
                      cohort_names: dict[str, str] | None = None) -> list[Flowable]:
    names = cohort_names if cohort_names is not None else {f.code: f.name for f in g.cohorts}
    out = cover_story(school, g, printed_on, profile) + summary_story(g) + [PageBreak()]
    out += roster_story(roster, cohort_names=names)
    for i, r in enumerate(students):
        out.append(PageBreak())
        out += student_story(r)
        if mark is not None:
            out.append(mark(i))
    return out


def cohort_story(g: GroupSummary, roster: Sequence[RosterRow], facts: Sequence[tuple[str, str]] = ()) -> list[Flowable]:
    """The cohort report: title, the cohort's facts (code, school, dates, mentors), the
    summary on the pack's basis with the stage pass rates, and the roster."""
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [Paragraph(escape(g.title), st["h1"])]
    if facts:
        out += [profile_grid(list(facts), width), Spacer(1, 3 * mm)]
    return out + summary_story(g, chart=False, heading=False) + [PageBreak()] + roster_story(roster)
