"""The training base's own reports (实训基地的报表): mentor workload over a period and
the subsidy application cover sheets (one page per graduate, with
the boxes for the base's seal, its 经办人 and the district centre's 受理, and a page that
names every graduate who gets no sheet and why)."""
from __future__ import annotations

from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import INK, MUTED, RULE, cn_date, frame_size, styles
from .dto import IneligibleGraduate, MentorReport, SubsidyPack, SubsidySheet
from .fonts import FONT_NAME
from .tables import data_table, empty_note, escape, pct, profile_grid


def period_text(first: date, last: date) -> str:
    """2026年11月1日—11月30日; the year once when both days share it."""
    if first == last:
        return cn_date(first)
    tail = f"{last.month}月{last.day}日" if first.year == last.year else cn_date(last)
    return f"{cn_date(first)}—{tail}"


def mentor_title(first: date, last: date) -> str:
    return f"导师工作量报告 {period_text(first, last)}"


def mentor_story(m: MentorReport) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [
        Paragraph(mentor_title(m.first, m.last), st["h1"]),
        Paragraph(f"统计期间共 {m.days} 天（约 {m.days / 7:.1f} 周）。"
                  "学员：期间内由该导师指导的学员，按其当时所在阶段计；"
                  "场次 = 期间内开始的直播间预约 + 未经预约直接登记的实训；上限 = 每周上限 × 天数 ÷ 7；"
                  "实训记录与平均评分：期间内登记的实训（每名学员一条）。", st["small"]),
        Spacer(1, 3 * mm),
    ]
    if not m.rows:
        return out + [empty_note("没有导师")]
    if not any(r.students or r.sessions or r.logged for r in m.rows):
        return out + [Paragraph(f"{period_text(m.first, m.last)}没有带训记录：没有直播间预约、没有实训登记，"
                                "也没有导师在带的学员。", st["body"])]
    rows = [(r.name, r.specialties, r.cognitive, r.project, r.live, r.students, r.sessions, f"{r.capacity:.0f}",
             pct(r.load, 0), r.logged, _score(r.average_rubric)) for r in m.rows]
    sessions, capacity = sum(r.sessions for r in m.rows), sum(r.capacity for r in m.rows)
    scored = sum(r.rubric_count for r in m.rows)
    rows.append(("合计", "", sum(r.cognitive for r in m.rows), sum(r.project for r in m.rows),
                 sum(r.live for r in m.rows), sum(r.students for r in m.rows), sessions, f"{capacity:.0f}",
                 pct(sessions / capacity if capacity else None, 0), sum(r.logged for r in m.rows),
                 _score(sum(r.rubric_sum for r in m.rows) / scored if scored else None)))
    # a two-character heading needs 11 mm with the cell padding; four characters wrap in two lines of two
    widths = [16 * mm, 0, 11 * mm, 11 * mm, 11 * mm, 12 * mm, 11 * mm, 12 * mm, 12 * mm, 12 * mm, 12 * mm]
    widths[1] = width - sum(widths)
    out += data_table(["导师", "擅长", "认知", "项目", "实战", "学员合计", "场次", "场次上限", "负荷",
                       "实训记录", "平均评分"], rows, widths, align_right=range(2, 11))
    over = [f"{r.name}（{pct(r.load, 0)}）" for r in m.rows if r.load is not None and r.load > 1]
    idle = [r.name for r in m.rows if not (r.sessions or r.logged or r.students)]
    out.append(Spacer(1, 2 * mm))
    if over:
        out.append(Paragraph("超出场次上限：" + "、".join(escape(x) for x in over) + "。", st["body"]))
    if idle:
        out.append(Paragraph("期间内没有带训的导师：" + "、".join(escape(x) for x in idle) + "。", st["small"]))
    return out


def _score(value: float | None) -> str:
    return "—" if value is None else f"{value:.1f}"


SHEET_TITLE = "灵活就业社会保险补贴申请材料封面"
BLANK_DATE = "＿＿＿＿年＿＿月＿＿日"
BOX_DATE = "＿＿年＿＿月＿＿日"  # narrower: it sits in a third of the page


class SealBox(Flowable):
    """A grey dashed box where the base stamps its seal (no drawn seal: the real one goes here)."""

    def __init__(self, width: float, height: float, label: str = "盖章处") -> None:
        super().__init__()
        self.width, self.height, self.label = width, height, label

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(MUTED)
        c.setLineWidth(0.6)
        c.setDash(3, 2)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(MUTED)
        c.setFont(FONT_NAME, 9)
        c.drawCentredString(self.width / 2, self.height / 2 - 3, self.label)
        c.restoreState()


def subsidy_story(pack: SubsidyPack) -> list[Flowable]:
    out: list[Flowable] = []
    for i, sheet in enumerate(pack.sheets):
        if i:
            out.append(PageBreak())
        out += _sheet(sheet, pack)
    if pack.ineligible or not pack.sheets:
        if pack.sheets:
            out.append(PageBreak())
        out += _ineligible_page(pack)
    return out


def _sheet(x: SubsidySheet, pack: SubsidyPack) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    base = pack.profile
    reach = "；".join(p for p in (base.address and f"地址：{base.address}", base.phone and f"电话：{base.phone}",
                                   base.contact and f"联系人：{base.contact}") if p)
    centre = (f"{x.centre_name}（{x.centre_address}）" if x.centre_name
              else "未确定（请在学员档案中填写户籍所在区或在沪居住区）")
    out: list[Flowable] = [
        Paragraph(SHEET_TITLE, st["title"]),
        Paragraph(f"致：{escape(centre)}", st["body"]),
        Paragraph(f"报送单位：{escape(base.full_name)}", st["body"]),
        *([Paragraph(escape(reach), st["body"])] if reach else []),
        Spacer(1, 3 * mm),
        profile_grid([("申请人", x.student), ("身份证号", x.id_number), ("联系电话", x.phone), ("户籍", x.hukou),
                      ("毕业院校", x.school), ("离校日期", cn_date(x.left_school_on)), ("实训批次", x.cohort),
                      ("灵活就业单位", x.employer), ("灵活就业开始", cn_date(x.flexible_start)),
                      ("已享受补贴", f"{x.months_used} 个月"), ("剩余可补贴", f"{x.months_left} 个月"),
                      ("每月补贴（估算）", x.monthly_amount)], width),
        Paragraph("申请材料清单（请逐项核对后打勾）", st["h2"]),
    ]
    out += data_table(["", "材料", "份数", "核对"], [("□", m, "1", " ") for m in x.materials] or [(" ", "—", " ", " ")],
                      [8 * mm, width - 48 * mm, 16 * mm, 24 * mm])
    out.append(Paragraph(f"条件核对（{cn_date(pack.checked_on)}）", st["h2"]))
    out += [Paragraph(escape(r), st["small"]) for r in x.reasons]
    if x.applied_on:
        out.append(Paragraph(f"已于 {cn_date(x.applied_on)} 递交申请。", st["body"]))
    out += [Spacer(1, 6 * mm), KeepTogether(_sign_boxes(width, base.phone))]
    return out


def _sign_boxes(width: float, phone: str) -> list[Flowable]:
    st = styles()
    line = ParagraphStyle("box_line", parent=st["cell"], fontSize=9, leading=13, spaceAfter=9)
    gap = 4 * mm
    box_w = (width - 2 * gap) / 3
    box_h = 36 * mm

    def lines(*texts: str) -> list[Flowable]:
        return [Paragraph(t, line) for t in texts]

    handler = lines("经办人（签字）：＿＿＿＿＿＿", f"联系电话：{escape(phone) if phone else '＿＿＿＿＿＿＿＿'}",
                    f"日期：{BOX_DATE}")
    centre = lines("受理人：＿＿＿＿＿＿＿＿", f"受理日期：{BOX_DATE}", "受理编号：＿＿＿＿＿＿＿")
    boxes = Table([["基地盖章", "", "基地经办人", "", "受理（区就业促进中心填写）"],
                   [SealBox(box_w, box_h), "", handler, "", centre]],
                  colWidths=[box_w, gap, box_w, gap, box_w], rowHeights=[7 * mm, box_h])
    boxes.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, 0), 9),
        ("TEXTCOLOR", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, 0), 0),
        ("LEFTPADDING", (0, 1), (0, 1), 0), ("RIGHTPADDING", (0, 1), (0, 1), 0),
        ("TOPPADDING", (0, 1), (0, 1), 0), ("BOTTOMPADDING", (0, 1), (0, 1), 0),
        ("BOX", (2, 1), (2, 1), 0.6, RULE), ("BOX", (4, 1), (4, 1), 0.6, RULE),
        ("TOPPADDING", (2, 1), (-1, 1), 8), ("LEFTPADDING", (2, 1), (-1, 1), 8),
    ]))
    return [Paragraph(f"申请人签字：＿＿＿＿＿＿＿＿＿＿　　日期：{BLANK_DATE}", st["body"]), Spacer(1, 5 * mm), boxes]


def _ineligible_page(pack: SubsidyPack) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    if not pack.sheets:
        out: list[Flowable] = [Paragraph("没有符合条件的灵活就业毕业生", st["h1"])]
        if not pack.ineligible:
            return out + [Paragraph("本次范围内没有登记为灵活就业的毕业生。", st["body"])]
    else:
        out = [Paragraph("不符合条件、未出具封面的灵活就业毕业生", st["h1"])]
    out.append(Paragraph(f"{cn_date(pack.checked_on)}按灵活就业社会保险补贴的条件核对，以下毕业生有条件不符合，本次未出具封面。"
                         "请按说明核对或补充记录后再打印。", st["small"]))
    out.append(Spacer(1, 2 * mm))
    rows = [row for g in pack.ineligible for row in _refusal_rows(g)]
    out += data_table(["学员", "批次 / 院校", "条件", "不符合之处与处理"], rows,
                      [26 * mm, 44 * mm, 22 * mm, width - 92 * mm])
    return out


def _refusal_rows(g: IneligibleGraduate) -> list[tuple]:
    """One row per failed condition; the graduate is named on the first."""
    cell = styles()["cell"]
    who = Paragraph(escape(g.student) + (f"<br/>{escape(g.student_number)}" if g.student_number else ""), cell)
    where = Paragraph("<br/>".join(escape(p) for p in (g.cohort, g.school) if p) or "—", cell)
    failed = g.failed or (("—", "—"),)
    return [(who if i == 0 else "", where if i == 0 else "", label, Paragraph(escape(text), cell))
            for i, (label, text) in enumerate(failed)]
