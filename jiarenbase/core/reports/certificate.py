"""结业证书: one landscape A4 page per student, with a border, the stages completed
and a signature and seal block."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table, TableStyle

from .document import ACCENT, BASE_NAME, INK, MUTED, OPERATOR, cn_date, frame_size, styles
from .dto import Certificate
from .fonts import FONT_NAME
from .tables import escape

GOLD = colors.HexColor("#a16207")


class _Border(Flowable):
    """A double frame around the whole text area, drawn behind the certificate."""

    def __init__(self, width: float, height: float) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(GOLD)
        c.setLineWidth(2)
        c.rect(-4 * mm, -self.height - 2 * mm, self.width + 8 * mm, self.height + 4 * mm)
        c.setLineWidth(0.6)
        c.rect(-2 * mm, -self.height, self.width + 4 * mm, self.height)
        c.restoreState()


class _Seal(Flowable):
    """The round seal outline with the operator's name, where the stamp goes."""

    def __init__(self, size: float = 32 * mm) -> None:
        super().__init__()
        self.size = size

    def wrap(self, aw, ah):
        return self.size, self.size

    def draw(self) -> None:
        c = self.canv
        r = self.size / 2
        c.saveState()
        c.setStrokeColor(ACCENT)
        c.setFillColor(ACCENT)
        c.setLineWidth(1.2)
        c.circle(r, r, r - 1)
        c.setFont(FONT_NAME, 7)
        c.drawCentredString(r, r + 2, "（盖章）")
        c.setFont(FONT_NAME, 6)
        c.drawCentredString(r, r - 8, OPERATOR)
        c.restoreState()


def _style(name: str, size: float, color=INK, leading: float | None = None) -> ParagraphStyle:
    return ParagraphStyle(name, parent=styles()["body"], fontSize=size, leading=leading or size * 1.5,
                          alignment=TA_CENTER, textColor=color)


def _seal_block(c: Certificate) -> Table:
    t = Table([[_Seal()], [Paragraph(f"{BASE_NAME}<br/>{cn_date(c.issued_on)}", _style("d", 9, INK))]])
    t.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("ALIGN", (0, 0), (-1, -1), "CENTER")]))
    return t


def certificate_story(c: Certificate) -> list[Flowable]:
    width, height = frame_size(landscape_pages=True)
    stage_rows = [[line.stage, f"{cn_date(line.entered_on)} — {cn_date(line.signed_off_on)}",
                   line.result or "进行中"] for line in c.stages] or [["—", "—", "—"]]
    stages = Table([["阶段", "起止日期", "结果"]] + stage_rows, colWidths=[40 * mm, 80 * mm, 30 * mm])
    stages.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, 0), MUTED), ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ("LINEBELOW", (0, 0), (-1, 0), 0.6, GOLD), ("LINEBELOW", (0, -1), (-1, -1), 0.6, GOLD),
    ]))
    signs = Table([["导师签字", ""], ["", ""], ["基地负责人签字", ""]], colWidths=[30 * mm, 45 * mm],
                  rowHeights=[12 * mm, 6 * mm, 12 * mm])
    signs.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 10),
                               ("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                               ("LINEBELOW", (1, 2), (1, 2), 0.6, INK)]))
    signature = Table([[signs, "", _seal_block(c)]], colWidths=[80 * mm, width - 160 * mm, 80 * mm])
    signature.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("FONTNAME", (0, 0), (-1, -1), FONT_NAME)]))
    period = (f"于 {cn_date(c.cohort_start)} 至 {cn_date(c.completed_on or c.cohort_end)} "
              if c.cohort_start else "")
    body = (f"学员 <b>{escape(c.student)}</b>（身份证号 {escape(c.id_number)}，{escape(c.school or '—')}）"
            f"{period}参加{escape(BASE_NAME)}{escape(c.cohort_code)}批次直播电商实训，"
            f"完成认知实训、项目实训、实战实训三阶段全部内容，考核合格，准予结业。")
    return [
        _Border(width, height),
        Spacer(1, 12 * mm),
        Paragraph("结 业 证 书", _style("t", 30, ACCENT, 40)),
        Paragraph("CERTIFICATE OF COMPLETION", _style("e", 9, MUTED)),
        Spacer(1, 6 * mm),
        Paragraph(body, ParagraphStyle("b", parent=styles()["body"], fontSize=13, leading=22,
                                       leftIndent=18 * mm, rightIndent=18 * mm, firstLineIndent=26)),
        Spacer(1, 6 * mm),
        stages,
        Spacer(1, 12 * mm),
        signature,
        Paragraph(f"证书编号：{escape(c.number)}", _style("n", 8, MUTED)),
    ]


def certificates_story(items: list[Certificate], mark=None) -> list[Flowable]:
    out: list[Flowable] = []
    for i, c in enumerate(items):
        if i:
            out.append(PageBreak())
        out += certificate_story(c)
        if mark is not None:
            out.append(mark(i))
    return out
