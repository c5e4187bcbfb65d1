"""学员结业报告 / 阶段报告: one student's training on two or three A4 pages, closing
with 综合评定, 鉴定意见 and the 导师签字 / 基地盖章 boxes, so a school can file it as
the student's 实习鉴定表.

Titled 结业报告 for a completed student, 阶段报告 otherwise. Sales figures (观看,
成交, 成交额, 转化率) are of live sessions only. Blocks that must not be split (the
remarks and their heading, the closing block) are kept together on one page."""
from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from .document import INK, MUTED, RULE, frame_size, styles
from .dto import SessionStats, StudentReport
from .fonts import FONT_NAME
from .growth_chart import growth_drawing
from .placement_text import placement_text
from .tables import HEAD_BG, data_table, empty_note, escape, fit_widths, num, pct, profile_grid

BLANK_LINES = 4  # ruled lines to write a 鉴定意见 on by hand when none is stored
SIGN_HEIGHT = 40 * mm  # room for a signature, and for a 42 mm seal over the box's edge


def _d(v) -> str:
    return v.isoformat() if v else "—"


def _table(header: list[str], rows: list[tuple], width: float, keep=(), align_right=()) -> list[Flowable]:
    return data_table(header, rows, fit_widths(header, rows, width, keep=keep), align_right=align_right, fit=True)


def _stats_table(s: SessionStats, width: float) -> list[Flowable]:
    """模拟演练 and 实战直播 on two rows; sales only on the live row."""
    def change(k) -> str:
        if k.first_rubric is None:
            return "—"
        return num(k.first_rubric) if k.count == 1 else f"{num(k.first_rubric)}→{num(k.last_rubric)}"

    d, live = s.drill, s.live
    header = ["类别", "次数", "平均评分", "评分变化", "观看人数", "成交人数", "成交额（元）", "转化率"]
    rows = [("模拟演练", d.count, num(d.average_rubric), change(d), "不计", "不计", "不计", "不计")]
    if live.count:
        rows.append(("实战直播", live.count, num(live.average_rubric), change(live), f"{live.viewers:,}",
                     f"{live.buyers:,}", f"{live.gmv:,.0f}", pct(live.conversion)))
    else:
        rows.append(("实战直播", 0, "—", "—", "—", "—", "—", "—"))
    out = _table(header, rows, width, keep=range(8), align_right=range(1, 8))
    note = "观看、成交、成交额与转化率只统计实战直播；模拟演练是校内练习，不计入销售数据。"
    if live.count:
        note += f"单场最佳转化率 {pct(live.best_conversion)}。"
    else:
        note += "该学员尚无实战直播。"
    return out + [Spacer(1, 1.5 * mm), Paragraph(note, styles()["small"])]


def _remarks(r: StudentReport) -> Flowable:
    st = styles()
    lines: list[Flowable] = [Paragraph("导师评语", st["h2"])]
    if r.remarks:
        lines += [Paragraph(escape(f"{m.on.isoformat()}　{m.mentor}：{m.text}").replace("\n", "<br/>"), st["body"])
                  for m in r.remarks]  # a remark's own line breaks print as lines
    else:
        lines.append(empty_note("暂无导师评语"))
    return KeepTogether(lines)  # the heading and its remarks on one page: never a lone remark line


class SignBox(Flowable):
    """A ruled box to sign or stamp in: its label top left, a note under it, and
    the date line (年 月 日) bottom right."""

    def __init__(self, width: float, height: float, label: str, note: str = "") -> None:
        super().__init__()
        self.width, self.height, self.label, self.note = width, height, label, note

    def wrap(self, aw, ah):
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(RULE)
        c.setLineWidth(0.6)
        c.rect(0, 0, self.width, self.height)
        c.setFillColor(INK)
        c.setFont(FONT_NAME, 10.5)
        c.drawString(4 * mm, self.height - 7 * mm, self.label)
        if self.note:
            c.setFillColor(MUTED)
            c.setFont(FONT_NAME, 8.5)
            c.drawString(4 * mm, self.height - 12.5 * mm, self.note)
        c.setFillColor(INK)
        c.setFont(FONT_NAME, 10.5)
        # "年 月 日" drawn piece by piece with room to write the figures in
        x = self.width - 4 * mm
        for piece in ("日", "月", "年"):
            x -= c.stringWidth(piece, FONT_NAME, 10.5)
            c.drawString(x, 5 * mm, piece)
            x -= 11 * mm
        c.restoreState()


def _ruled_lines(width: float, n: int = BLANK_LINES) -> Table:
    t = Table([[""]] * n, colWidths=[width], rowHeights=[8 * mm] * n)
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return t


def _opinion(text: str, width: float) -> list[Flowable] | Flowable:
    if not text.strip():
        return _ruled_lines(width)
    body = styles()["body"]
    return [Paragraph(escape(para) or "&nbsp;", body) for para in text.split("\n")]


def closing_block(r: StudentReport, width: float) -> Flowable:
    """综合评定, 鉴定意见 and the signature/seal boxes, on one page."""
    st = styles()
    label_w = 22 * mm
    grade_label = "综合评定" if r.completed else "阶段评定"
    basis = r.grade_basis + ("" if r.completed else "；在训学员，按截至打印日的记录评定")
    grade = Paragraph(f'<font size="13"><b>{escape(r.grade or "暂不评定")}</b></font>　'
                      f'<font size="8.5" color="#6b7280">{escape(basis)}</font>', st["body"])
    value_w = width - label_w
    t = Table([[grade_label, grade], ["鉴定意见", _opinion(r.opinion, value_w - 12)]],
              colWidths=[label_w, value_w])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (0, -1), INK), ("BACKGROUND", (0, 0), (0, -1), HEAD_BG),
        ("BOX", (0, 0), (-1, -1), 0.6, RULE), ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (0, -1), "MIDDLE"), ("VALIGN", (1, 0), (1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    gap = 6 * mm
    box_w = (width - gap) / 2
    mentor_note = f"指导导师：{r.mentor}" if r.mentor else ""
    boxes = Table([[SignBox(box_w, SIGN_HEIGHT, "导师签字", mentor_note), "",
                    SignBox(box_w, SIGN_HEIGHT, "基地盖章", r.base_name)]],
                  colWidths=[box_w, gap, box_w])
    boxes.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Paragraph(f"{grade_label}与鉴定意见", st["h2"]), t, Spacer(1, 5 * mm), boxes])


def student_story(r: StudentReport) -> list[Flowable]:
    st = styles()
    width, _ = frame_size()
    out: list[Flowable] = [
        Paragraph(f"学员{r.kind}　<font size=12>{escape(r.name)}</font>", st["h1"]),
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
                 line.result or "进行中", line.override_reason or "—") for line in r.stages]
        out += _table(["阶段", "进入日期", "签核日期", "签核人", "结果", "特批理由"], rows, width, keep=(0, 1, 2, 4))
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
        out += _stats_table(s, width)
        out += [Spacer(1, 2 * mm), CondPageBreak(45 * mm), growth_drawing(r.growth, width, 125)]
    else:
        out.append(empty_note("暂无实训记录"))
    out.append(Paragraph("话术打磨", st["h2"]))
    if r.scripts:
        out += _table(["话术", "商品", "版本数", "最近修改", "导师点评"],
                      [(x.title, x.product, x.versions, _d(x.last_change), x.last_comment) for x in r.scripts],
                      width, keep=(2, 3), align_right=[2])
    else:
        out.append(empty_note("暂无话术"))
    out.append(Paragraph("证书", st["h2"]))
    if r.certificates:
        out += _table(["证书", "职业（工种）", "等级", "证书编号", "发证日期", "发证机构"],
                      [(c.kind, c.occupation, c.level, c.number, _d(c.issued_on), c.issuer) for c in r.certificates],
                      width, keep=(2, 3, 4))
    else:
        out.append(empty_note("暂未取得证书"))
    out.append(Paragraph("就业去向", st["h2"]))
    if r.placement:
        out.append(Paragraph(escape(placement_text(r.placement)), st["body"]))
    else:
        out.append(empty_note("尚未登记就业去向"))
    out += [_remarks(r), closing_block(r, width)]
    return out
