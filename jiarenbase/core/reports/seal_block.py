"""The signature and seal block of a document the base issues: 基地负责人（签字）with a
line, 日期 with 年 月 日 to fill in, and a grey dashed 盖章处 box for the real stamp
(no drawn seal: it would clash with the stamp)."""
from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from .document import INK, MUTED
from .fonts import FONT_NAME

BOX_GREY = colors.HexColor("#9ca3af")


class SealBlock(Flowable):
    """Signature line, date line and the 盖章处 box, right-aligned in the frame."""

    def __init__(self, signer: str = "基地负责人", name: str = "", box: float = 38 * mm) -> None:
        super().__init__()
        self.signer, self.name, self.box = signer, name, box
        self.height = box + 4 * mm

    def wrap(self, aw, ah):
        self.width = aw
        return aw, self.height

    def draw(self) -> None:
        c, box = self.canv, self.box
        x_box = self.width - box
        c.saveState()
        c.setStrokeColor(BOX_GREY)
        c.setDash(3, 2)
        c.setLineWidth(0.8)
        c.rect(x_box, 2 * mm, box, box)
        c.setDash()
        c.setFillColor(BOX_GREY)
        c.setFont(FONT_NAME, 11)
        c.drawCentredString(x_box + box / 2, 2 * mm + box / 2 - 4, "盖章处")
        left = x_box - 100 * mm
        line_x = left + 30 * mm
        line_end = x_box - 8 * mm
        c.setFillColor(INK)
        c.setStrokeColor(INK)
        c.setLineWidth(0.6)
        c.setFont(FONT_NAME, 10.5)
        y_sign = 2 * mm + box * 0.62
        c.drawString(left, y_sign, f"{self.signer}（签字）：")
        c.line(line_x, y_sign - 2, line_end, y_sign - 2)
        if self.name:
            c.setFont(FONT_NAME, 8)
            c.setFillColor(MUTED)
            c.drawCentredString((line_x + line_end) / 2, y_sign - 11, f"（{self.name}）")
            c.setFont(FONT_NAME, 10.5)
            c.setFillColor(INK)
        y_date = 2 * mm + box * 0.18
        c.drawString(left, y_date, "日　　期：")
        c.line(line_x, y_date - 2, line_end, y_date - 2)
        step = (line_end - line_x) / 3
        for i, unit in enumerate(("年", "月", "日")):  # 年 月 日 sit on the line, room to write before each
            c.drawRightString(line_x + step * (i + 1) - 2, y_date, unit)
        c.restoreState()
