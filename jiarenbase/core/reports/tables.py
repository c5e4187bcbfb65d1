"""Tables every report uses: a ruled data table (header repeated on each page,
long tables split into chunks so ReportLab's layout stays linear) and a
label/value grid for profiles."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .document import INK, MUTED, RULE, styles
from .fonts import FONT_NAME

HEAD_BG = colors.HexColor("#f3f4f6")
CHUNK_ROWS = 400  # one Table per 400 rows (10k rows as one table took 4× as long)


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _cell(value, style) -> object:
    if isinstance(value, Flowable):
        return value
    text = "—" if value is None or value == "" else str(value)
    if len(text) > 14:  # long text wraps inside its column
        return Paragraph(_escape(text), style)
    return text


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def data_table(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *,
               font_size: float = 8.5, align_right: Sequence[int] = ()) -> list[Flowable]:
    """A ruled table whose header repeats on every page; split into several
    tables of CHUNK_ROWS rows when long (each repeats the header too)."""
    cell = styles()["cell"]
    if font_size != cell.fontSize:
        cell = ParagraphStyle(f"cell{font_size}", parent=cell, fontSize=font_size, leading=font_size + 2.5)
    body = [[_cell(v, cell) for v in row] for row in rows]
    # header labels wrap inside their column instead of running into the next one
    head = [Paragraph(_escape(h), cell) if h and len(h) * font_size > w - 4 else h
            for h, w in zip(header, widths, strict=False)]
    out: list[Flowable] = []
    for start in range(0, max(len(body), 1), CHUNK_ROWS):
        part = [head] + body[start:start + CHUNK_ROWS]
        t = Table(part, colWidths=list(widths), repeatRows=1)
        commands = [
            ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
            ("FONTSIZE", (0, 0), (-1, -1), font_size),
            ("LEADING", (0, 0), (-1, -1), font_size + 2.5),
            ("TEXTCOLOR", (0, 0), (-1, -1), INK),
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
            ("LINEBELOW", (0, 1), (-1, -1), 0.3, RULE),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ]
        commands += [("ALIGN", (c, 0), (c, -1), "RIGHT") for c in align_right]
        t.setStyle(TableStyle(commands))
        out.append(t)
    return out


def count_table(counts: Sequence, width: float) -> list[Flowable]:
    """Figures with their labels: one row of columns when they fit, else label/value
    pairs four to a row. `counts` are dto.Count; all zero → the empty note."""
    if not counts or not any(c.value for c in counts):
        return [empty_note()]
    longest = max(len(c.label) for c in counts)
    if len(counts) <= 5 and longest * 9 + 12 <= width / len(counts):
        t = Table([[c.label for c in counts], [f"{c.value:,}" for c in counts]],
                  colWidths=[width / len(counts)] * len(counts))
        head = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
                ("FONTSIZE", (0, 1), (-1, 1), 12)]
    else:
        rows, row = [], []
        for c in counts:
            row += [c.label, f"{c.value:,}"]
            if len(row) == 4:
                rows.append(row)
                row = []
        if row:
            rows.append(row + ["", ""])
        t = Table(rows, colWidths=[width * 0.32, width * 0.18] * 2)
        head = [("TEXTCOLOR", (0, 0), (0, -1), MUTED), ("TEXTCOLOR", (2, 0), (2, -1), MUTED),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"), ("ALIGN", (3, 0), (3, -1), "RIGHT"),
                ("RIGHTPADDING", (1, 0), (1, -1), 12), ("FONTSIZE", (1, 0), (1, -1), 11),
                ("FONTSIZE", (3, 0), (3, -1), 11)]
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME), ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("ALIGN", (0, 0), (-1, -1), "CENTER"), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE), ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4), *head]))
    return [t]


def titled_counts(title: str, counts: Sequence, width: float) -> list[Flowable]:
    """A section heading and its figures (count_table)."""
    return [Paragraph(title, styles()["h2"])] + count_table(counts, width)


def empty_note(text: str = "暂无记录") -> Paragraph:
    return Paragraph(text, styles()["small"])


def profile_grid(pairs: Sequence[tuple[str, str]], width: float, columns: int = 2) -> Table:
    """Label/value pairs in `columns` columns (label muted, value ink)."""
    cell = styles()["cell"]
    rows, row = [], []
    for label, value in pairs:
        row += [label, Paragraph(_escape(value or "—"), cell)]
        if len(row) == columns * 2:
            rows.append(row)
            row = []
    if row:
        rows.append(row + [""] * (columns * 2 - len(row)))
    longest = max((len(label) for label, _ in pairs), default=4)
    label_w = (longest * 9 + 10) * 1.0  # 9 pt characters plus the cell padding
    value_w = (width - label_w * columns) / columns
    t = Table(rows, colWidths=[label_w, value_w] * columns)
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (-1, -1), FONT_NAME),
        ("FONTSIZE", (0, 0), (-1, -1), 9),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        *[("TEXTCOLOR", (c, 0), (c, -1), MUTED) for c in range(0, columns * 2, 2)],
        ("BOX", (0, 0), (-1, -1), 0.5, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.3, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return t


def escape(text: str) -> str:
    return _escape(text)
