"""What every JiarenBase report shares: A4, the CJK font, the header (the issuing
body from 基地信息, the title and date), the footer "第 x 页 共 y 页", PDF metadata
in zh-CN, and the atomic write. Certificates are drawn without header and footer
(`DocumentInfo.decorated=False`): each page is a document of its own.

The page total is not known while pages are drawn; rather than lay the document
out twice, each footer draws "第 x 页 共" and references a PDF form ("y 页") that
is defined once, when the document is saved.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from ..output_files import atomic_output
from .dto import BaseProfile
from .fonts import FONT_NAME, register_font

BASE_NAME = BaseProfile().full_name  # defaults; reports print the stored profile (DocumentInfo.profile)
OPERATOR = BaseProfile().operator
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#6b7280")
ACCENT = colors.HexColor("#9b1c1c")  # the seal red, used sparingly
RULE = colors.HexColor("#d1d5db")
MARGIN = 18 * mm
_TOTAL_FORM = "jb_page_total"


@dataclass(frozen=True)
class DocumentInfo:
    title: str  # shown in the header and in the PDF's metadata
    subject: str
    printed_on: date
    keywords: str = ""
    profile: BaseProfile = BaseProfile()
    decorated: bool = True  # header and footer on every page (not on certificates)


def report_info(title: str, subject: str, printed_on: date, profile: BaseProfile | None = None, *,
                decorated: bool = True) -> DocumentInfo:
    return DocumentInfo(title=title, subject=subject, printed_on=printed_on, keywords="JiarenBase",
                        profile=profile or BaseProfile(), decorated=decorated)


class _Canvas(Canvas):
    """Draws the header and footer on every page; the footer's total is a form
    defined in save()."""

    info: DocumentInfo

    def showPage(self) -> None:
        if self.info.decorated:
            self._decorate()
        super().showPage()

    def _decorate(self) -> None:
        w, h = self._pagesize
        self.saveState()
        self.setFont(FONT_NAME, 8)
        self.setFillColor(MUTED)
        self.drawString(MARGIN, h - 11 * mm, self.info.profile.full_name)
        self.drawRightString(w - MARGIN, h - 11 * mm, f"{self.info.title}　{_cn_date(self.info.printed_on)}")
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, h - 12.5 * mm, w - MARGIN, h - 12.5 * mm)
        # "第 x 页 共 y 页": pieces with gaps, so text extraction keeps the spaces
        gap = 4.0  # ≥ half a character: text extraction reads the gap as a space
        pieces = ["第", str(self.getPageNumber()), "页", "共"]
        widths = [self.stringWidth(p, FONT_NAME, 8) for p in pieces]
        x = w / 2 - (sum(widths) + gap * 4 + self.stringWidth("999 页", FONT_NAME, 8)) / 2
        for piece, width in zip(pieces, widths, strict=True):
            self.drawString(x, 9 * mm, piece)
            x += width + gap
        self.restoreState()
        self.saveState()
        self.translate(x, 9 * mm)
        self.doForm(_TOTAL_FORM)
        self.restoreState()

    def save(self) -> None:
        total = max(self.getPageNumber() - 1, 1) if not self._code else self.getPageNumber()
        self.pages_written = total
        if not self.info.decorated:
            super().save()
            return
        self.beginForm(_TOTAL_FORM)
        self.setFont(FONT_NAME, 8)
        self.setFillColor(MUTED)
        number = str(total)
        self.drawString(0, 0, number)
        self.drawString(self.stringWidth(number, FONT_NAME, 8) + 4.0, 0, "页")
        self.endForm()
        self.pages_written = total
        super().save()


def _cn_date(d: date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def cn_date(d: date | None) -> str:
    return _cn_date(d) if d else "—"


def _keep_closing_punctuation_off_line_starts() -> None:
    """ReportLab's CJK wrapping knows "。、）" but not the full-width "，：；！？》" as
    characters a line may not begin with; Chinese typesetting keeps them all at a line's end."""
    from reportlab.platypus import paragraph

    missing = "".join(c for c in "，：；！？）》」』、" if c not in paragraph.ALL_CANNOT_START)
    paragraph.ALL_CANNOT_START += missing


@lru_cache(maxsize=1)
def styles() -> dict[str, ParagraphStyle]:
    """The paragraph styles of every report (CJK wrapping; one font, sizes for hierarchy)."""
    register_font()
    _keep_closing_punctuation_off_line_starts()
    base = ParagraphStyle("body", fontName=FONT_NAME, fontSize=10, leading=15, textColor=INK, wordWrap="CJK")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8.5, leading=12, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8.5, leading=11),
        "title": ParagraphStyle("title", parent=base, fontSize=20, leading=28, alignment=TA_CENTER,
                                spaceAfter=6 * mm),
        "h1": ParagraphStyle("h1", parent=base, fontSize=15, leading=21, spaceBefore=2 * mm, spaceAfter=3 * mm,
                              keepWithNext=1),
        "h2": ParagraphStyle("h2", parent=base, fontSize=11.5, leading=16, spaceBefore=4 * mm, spaceAfter=2 * mm,
                             textColor=ACCENT, keepWithNext=1),
        "right": ParagraphStyle("right", parent=base, alignment=TA_RIGHT),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
    }


class ProgressMark(Flowable):
    """An invisible flowable that reports layout progress when it is drawn (and lets
    a Cancel stop the build there)."""

    def __init__(self, callback: Callable[[], None]) -> None:
        super().__init__()
        self.callback = callback
        self.width = self.height = 0

    def wrap(self, aw, ah):
        return 0, 0

    def draw(self) -> None:
        self.callback()


def write_pdf(path: Path, info: DocumentInfo, story: list[Flowable], *, landscape_pages: bool = False) -> int:
    """Lay out `story` into `path` (temporary file, then rename); returns the page count.
    Any exception (Cancelled included) removes the temporary file and leaves an
    existing file under `path` untouched.

    The list is consumed: ReportLab drops each flowable once it is drawn, so a big
    document is freed as it goes instead of in one long deallocation at the end
    (a 1,000-student pack freed at once held the GIL for ~85 ms)."""
    register_font()
    with atomic_output(path) as tmp:  # no .part left behind; a PDF open in a reader is said plainly
        return _build(tmp, info, story, landscape_pages)


def _build(tmp: Path, info: DocumentInfo, story: list[Flowable], landscape_pages: bool) -> int:
    pagesize = landscape(A4) if landscape_pages else A4
    doc = BaseDocTemplate(
        str(tmp), pagesize=pagesize, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=20 * mm,
        bottomMargin=18 * mm, title=info.title, author=info.profile.issuer, subject=info.subject,
        keywords=info.keywords,
        creator="JiarenBase", lang="zh-CN", initialFontName=FONT_NAME, initialFontSize=10,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    made: list[_Canvas] = []

    def canvasmaker(*args, **kwargs) -> _Canvas:
        canvas = _Canvas(*args, **kwargs)
        canvas.info = info
        made.append(canvas)
        return canvas

    doc.build(story, canvasmaker=canvasmaker)
    return made[-1].pages_written


def frame_size(landscape_pages: bool = False) -> tuple[float, float]:
    """Width and height of the text frame write_pdf uses."""
    w, h = landscape(A4) if landscape_pages else A4
    return w - 2 * MARGIN, h - 20 * mm - 18 * mm
