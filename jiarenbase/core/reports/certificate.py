"""结业证书: one landscape A4 page per student, laid out at fixed places like a
printed form (no running header or footer: each page is a document of its own).

Top: the base's logo when there is one, the title, the photo box (or the photo).
Middle: the statement (holder, cohort name, dates, 学时), the stages table. Bottom:
two equal signature lines (导师 / 基地负责人) with date lines, a grey dashed
"盖章处" box above the issuing body and the completion date, and the QR code with
the certificate number and its 核验码.

Dates, names and stage names are never split across lines: the statement is
broken by `_wrap` at the places a Chinese text may break, and each of those
pieces is kept whole.
"""
from __future__ import annotations

import io
from collections.abc import Callable

from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from .document import ACCENT, INK, MARGIN, MUTED, cn_date
from .dto import BaseProfile, Certificate
from .fonts import FONT_NAME

GOLD = colors.HexColor("#a16207")
GREY = colors.HexColor("#9ca3af")
BOTTOM_MARGIN = 18 * mm  # write_pdf's bottom margin: the page flowable starts there
PAGE_W, PAGE_H = 297 * mm, 210 * mm
BODY_LEFT, BODY_RIGHT = 28 * mm, 236 * mm
BODY_SIZES = (13.5, 12.5, 11.5)  # the largest at which the statement takes at most BODY_LINES lines
BODY_LINES = 4
TABLE_FLOOR = 84 * mm  # the stages table ends above the signature and seal block
LINE_SIZE = 10.5  # stages table, signatures, issuer
SIGN_LINE = 42 * mm  # both signature lines: same length, same weight
DATE_LINE = 24 * mm
RULE_WIDTH = 0.6
_NO_LINE_START = set("，。、；：！？）》」』”’・…%")
_NO_LINE_END = set("（《「『“‘")


# --- text that keeps its pieces whole ------------------------------------------------

def _pieces(text: str) -> list[str]:
    """Break points of a Chinese text: between CJK characters, never inside a run of
    Latin letters or digits, never before closing punctuation or after an opening one."""
    out: list[str] = []
    for ch in text:
        if out and (ch in _NO_LINE_START or out[-1][-1] in _NO_LINE_END
                    or (ch.isascii() and ch.isalnum() and out[-1][-1].isascii() and out[-1][-1].isalnum())):
            out[-1] += ch
        else:
            out.append(ch)
    return out


def _tokens(parts: list[tuple[str, bool]], size: float, width: float) -> list[str]:
    """`parts` are (text, keep whole); a kept part too long for a line is broken anyway."""
    out: list[str] = []
    for text, whole in parts:
        pieces = [text] if whole and stringWidth(text, FONT_NAME, size) <= width else _pieces(text)
        for p in pieces:
            if out and (p[0] in _NO_LINE_START or out[-1][-1] in _NO_LINE_END):
                out[-1] += p
            else:
                out.append(p)
    return out


def _wrap(tokens: list[str], size: float, width: float, indent: float = 0) -> list[str]:
    lines: list[str] = []
    line, used, room = "", 0.0, width - indent
    for t in tokens:
        w = stringWidth(t, FONT_NAME, size)
        if line and used + w > room:
            lines.append(line.rstrip())
            t = t.lstrip()
            line, used, room = t, stringWidth(t, FONT_NAME, size), width
        else:
            line, used = line + t, used + w
    if line.strip():
        lines.append(line.rstrip())
    return lines


def _fit(text: str, size: float, width: float, smallest: float = 6) -> float:
    """The font size (at most `size`) at which `text` fits `width`."""
    w = stringWidth(text, FONT_NAME, size)
    return size if w <= width else max(smallest, size * width / w)


def _short(text: str) -> bool:
    """A name short enough to keep on one line without leaving a line half empty."""
    return len(text) <= 14


def statement(c: Certificate, profile: BaseProfile) -> list[tuple[str, bool]]:
    """The certificate's sentence, as (text, keep whole) parts."""
    cohort = c.cohort_name.strip() or c.cohort_code
    parts: list[tuple[str, bool]] = [("学员 ", False), (c.student, True), ("（身份证号 ", False), (c.id_number, True)]
    if c.school:
        parts += [("，", False), (c.school, _short(c.school))]
    parts.append(("）", False))
    if c.cohort_start:
        parts += [("于 ", False), (cn_date(c.cohort_start), True), (" 至 ", False),
                  (cn_date(c.completed_on or c.issued_on), True), (" ", False)]
    parts += [("在", False), (profile.full_name, False), ("参加直播电商实训", False)]
    if cohort:
        parts += [("（", False), (cohort, _short(cohort)), ("）", False)]
    parts.append(("，完成", False))
    for i, stage in enumerate(("认知实训", "项目实训", "实战实训")):
        parts += [("、" if i else "", False), (stage, True)]
    parts.append(("三个阶段的全部内容，", False))
    if c.hours > 0:  # no recorded lessons or sessions (an import of old records): say nothing rather than 0
        parts += [("累计 ", False), (f"{c.hours} 学时", True), ("，", False)]
    parts.append(("考核合格，准予结业。", False))
    return [(t, keep) for t, keep in parts if t]


# --- the page -------------------------------------------------------------------------

class CertificatePage(Flowable):
    """The whole certificate, drawn at fixed places in page coordinates."""

    def __init__(self, cert: Certificate, profile: BaseProfile) -> None:
        super().__init__()
        self.cert, self.profile = cert, profile

    def wrap(self, aw, ah):
        self.width, self.height = aw, ah
        return aw, ah  # the whole frame: one page per certificate

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.translate(-MARGIN, -BOTTOM_MARGIN)  # the frame's corner → the page's corner
        self._border(c)
        self._title(c)
        self._photo(c)
        last = self._statement(c)
        self._stages(c, min(124 * mm, last - 8 * mm))
        self._signatures(c)
        self._seal(c)
        self._verification(c)
        c.restoreState()

    def _border(self, c) -> None:
        c.setStrokeColor(GOLD)
        c.setLineWidth(1.8)
        c.rect(9 * mm, 9 * mm, PAGE_W - 18 * mm, PAGE_H - 18 * mm)
        c.setLineWidth(0.5)
        c.rect(11.5 * mm, 11.5 * mm, PAGE_W - 23 * mm, PAGE_H - 23 * mm)

    def _title(self, c) -> None:
        if self.profile.logo_png:
            _image(c, self.profile.logo_png, 20 * mm, 176 * mm, 16 * mm, 16 * mm, anchor="nw")
        c.setFillColor(ACCENT)
        c.setFont(FONT_NAME, 30)
        c.drawCentredString(PAGE_W / 2, 176 * mm, "结 业 证 书")
        c.setFillColor(MUTED)
        c.setFont(FONT_NAME, 8.5)
        c.drawCentredString(PAGE_W / 2, 169 * mm, "CERTIFICATE OF COMPLETION")

    def _photo(self, c) -> None:
        x, y, w, h = 246 * mm, 140 * mm, 35 * mm, 45 * mm
        if self.cert.photo_jpeg and _image(c, self.cert.photo_jpeg, x, y, w, h):
            c.setStrokeColor(GREY)
            c.setLineWidth(0.5)
            c.rect(x, y, w, h)
            return
        c.setStrokeColor(GREY)
        c.setLineWidth(0.6)
        c.rect(x, y, w, h)
        c.setFillColor(GREY)
        c.setFont(FONT_NAME, 10)
        c.drawCentredString(x + w / 2, y + h / 2 - 3.5, "照片")

    def _statement(self, c) -> float:
        """Draws the sentence; returns the last baseline."""
        width = BODY_RIGHT - BODY_LEFT
        parts = statement(self.cert, self.profile)
        for size in BODY_SIZES:
            indent = 2 * size
            lines = _wrap(_tokens(parts, size, width - indent), size, width, indent)
            if len(lines) <= BODY_LINES:
                break
        c.setFillColor(INK)
        c.setFont(FONT_NAME, size)
        y = 156 * mm
        for i, line in enumerate(lines):
            if i:
                y -= size * 1.75
            c.drawString(BODY_LEFT + (indent if i == 0 else 0), y, line)
        return y

    def _stages(self, c, top: float) -> None:
        cols = (34 * mm, 78 * mm, 30 * mm)
        left = (BODY_LEFT + BODY_RIGHT - sum(cols)) / 2
        rows = [("阶段", "起止日期", "结果")] + [
            (line.stage, f"{cn_date(line.entered_on)} — {cn_date(line.signed_off_on)}", line.result or "进行中")
            for line in self.cert.stages]
        if len(rows) == 1:
            rows.append(("—", "—", "—"))
        row_h = max(5.5 * mm, min(8 * mm, (top - TABLE_FLOOR) / len(rows)))
        c.setStrokeColor(GOLD)
        c.setLineWidth(RULE_WIDTH)
        for i, row in enumerate(rows):
            base = top - (i + 1) * row_h + 2.2 * mm
            x = left
            c.setFillColor(MUTED if i == 0 else INK)
            for text, w in zip(row, cols, strict=True):
                c.setFont(FONT_NAME, _fit(text, LINE_SIZE, w - 2 * mm))
                c.drawCentredString(x + w / 2, base, text)
                x += w
            if i in (0, len(rows) - 1):
                c.line(left, top - (i + 1) * row_h, left + sum(cols), top - (i + 1) * row_h)

    def _signatures(self, c) -> None:
        label_x, line_x = 24 * mm, 53 * mm
        date_label = line_x + SIGN_LINE + 3 * mm
        date_x = date_label + stringWidth("日期", FONT_NAME, LINE_SIZE) + 2 * mm
        director = self.profile.director.strip()
        for label, base, printed in (("导师签字", 64 * mm, ""), ("基地负责人签字", 44 * mm, director)):
            c.setFillColor(INK)
            c.setFont(FONT_NAME, LINE_SIZE)
            c.drawString(label_x, base, label)
            c.drawString(date_label, base, "日期")
            c.setStrokeColor(INK)
            c.setLineWidth(RULE_WIDTH)
            c.line(line_x, base - 1.2 * mm, line_x + SIGN_LINE, base - 1.2 * mm)
            c.line(date_x, base - 1.2 * mm, date_x + DATE_LINE, base - 1.2 * mm)
            if printed:
                c.setFillColor(MUTED)
                c.setFont(FONT_NAME, _fit(printed, 8, SIGN_LINE))
                c.drawCentredString(line_x + SIGN_LINE / 2, base - 5.5 * mm, printed)

    def _seal(self, c) -> None:
        cx, size = 166 * mm, 34 * mm
        c.setStrokeColor(GREY)
        c.setLineWidth(0.7)
        c.setDash(3, 2)
        c.rect(cx - size / 2, 44 * mm, size, size)
        c.setDash()
        c.setFillColor(GREY)
        c.setFont(FONT_NAME, 9)
        c.drawCentredString(cx, 44 * mm + size / 2 - 3, "盖章处")
        c.setFillColor(INK)
        width, y = 64 * mm, 37 * mm
        lines = _wrap(_tokens([(self.profile.full_name, False)], LINE_SIZE, width), LINE_SIZE, width)
        size = LINE_SIZE if len(lines) <= 2 else _fit(self.profile.full_name, LINE_SIZE, width)
        for line in lines if len(lines) <= 2 else [self.profile.full_name]:  # the issuing body: one or two lines
            c.setFont(FONT_NAME, size)
            c.drawCentredString(cx, y, line)
            y -= 5 * mm
        c.setFont(FONT_NAME, LINE_SIZE)
        c.drawCentredString(cx, y - 1.5 * mm, cn_date(self.cert.issued_on))

    def _verification(self, c) -> None:
        size, right, bottom = 27 * mm, 281 * mm, 19 * mm
        if self.cert.qr:
            _qr(c, self.cert.qr, right - size, bottom, size)
        x = right - size - 2 * mm
        c.setFillColor(INK)
        c.setFont(FONT_NAME, 8.5)
        c.drawRightString(x, 40 * mm, f"证书编号：{self.cert.number}")
        if self.cert.code:
            c.drawRightString(x, 34.5 * mm, f"核验码：{_grouped(self.cert.code)}")
        c.setFillColor(MUTED)
        c.setFont(FONT_NAME, 7.5)
        c.drawRightString(x, 28 * mm, "扫码或在 JiarenBase 中核验")
        c.drawRightString(x, 24 * mm, "（证书 → 核验）")


def _grouped(code: str) -> str:
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def _qr(c, text: str, x: float, y: float, size: float) -> None:
    widget = QrCodeWidget(text, barLevel="M")  # the widget keeps a 4-module quiet zone round the code
    x0, y0, x1, y1 = widget.getBounds()
    drawing = Drawing(size, size, transform=[size / (x1 - x0), 0, 0, size / (y1 - y0), 0, 0])
    drawing.add(widget)
    renderPDF.draw(drawing, c, x, y)


def _image(c, data: bytes, x: float, y: float, w: float, h: float, anchor: str = "c") -> bool:
    """Draws a stored picture inside the box, keeping its proportions; False when it cannot be read."""
    try:
        reader = ImageReader(io.BytesIO(data))
        reader.getSize()
    except Exception:  # a damaged picture leaves the box empty rather than the certificate unprinted
        return False
    c.drawImage(reader, x, y, w, h, preserveAspectRatio=True, anchor=anchor, mask="auto")
    return True


def certificate_story(c: Certificate, profile: BaseProfile | None = None) -> list[Flowable]:
    return [CertificatePage(c, profile or BaseProfile())]


def certificates_story(items: list[Certificate], mark: Callable[[int], Flowable] | None = None,
                       profile: BaseProfile | None = None) -> list[Flowable]:
    out: list[Flowable] = []
    for i, c in enumerate(items):
        if i:
            out.append(PageBreak())
        if mark is not None:  # before the page: after a full page it would start a blank one
            out.append(mark(i))
        out += certificate_story(c, profile)
    return out


__all__ = ["CertificatePage", "certificate_story", "certificates_story", "statement"]
