"""Tables every report uses: a ruled data table (header repeated on each page,
long tables split into chunks so ReportLab's layout stays linear) and a
label/value grid for profiles."""
from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from .document import INK, MUTED, RULE, styles
from .fonts import FONT_NAME

HEAD_BG = colors.HexColor("#f3f4f6")
CHUNK_ROWS = 400  # one Table per 400 rows (10k rows as one table took 4× as long)
PAD = 12.0  # a cell's left + right padding (ReportLab's default 6 pt each side)
SLACK = 4.0  # without `fit`, text may run into the padding, not up to the next column's text


def pct(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value * 100:.{digits}f}%"


def num(value: float | None, digits: int = 1) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _cell(value, style, width: float | None = None, room: float = SLACK) -> object:
    if isinstance(value, Flowable):
        return value
    text = "—" if value is None or value == "" else str(value)
    # long text, or text wider than its column, wraps inside the column
    if len(text) > 14 or (width is not None and text_width(text, style.fontSize) > width - room):
        return Paragraph(_escape(text), style)
    return text


def text_width(text: str, font_size: float) -> float:
    """Printed width of one line of `text` in the report font (points)."""
    return stringWidth(text, FONT_NAME, font_size)


def fit_widths(header: Sequence[str], rows: Sequence[Sequence], total: float, *, font_size: float = 8.5,
               keep: Sequence[int] = ()) -> list[float]:
    """Column widths sized to their content, summing to `total`.

    Each column wants its widest cell (header included). When everything fits, the
    spare width is shared in proportion to those wants. When it does not, the widest
    columns are narrowed to a common cap and wrap inside their cells; the columns in
    `keep` (dates, numbers, short codes) and columns of short values keep their width."""
    styles()  # registers the font whose widths are measured
    wants = []
    for c, head in enumerate(header):
        cells = [str(r[c]) for r in rows if c < len(r) and r[c] is not None and not isinstance(r[c], Flowable)]
        widest = max([text_width(x, font_size) for x in cells] + [text_width(head, font_size)])
        wants.append(widest + PAD + 1)
    floor = [w if c in keep else min(w, 4 * font_size + PAD) for c, w in enumerate(wants)]
    if sum(wants) <= total:
        spare = total - sum(wants)
        return [w + spare * w / sum(wants) for w in wants]
    if sum(floor) >= total:  # not even the floors fit: everything narrows alike
        return [f * total / sum(floor) for f in floor]
    low, high = 0.0, max(wants)  # the cap on a wrapping column's width
    for _ in range(40):
        cap = (low + high) / 2
        if sum(max(f, min(w, cap)) for w, f in zip(wants, floor, strict=True)) > total:
            high = cap
        else:
            low = cap
    widths = [max(f, min(w, low)) for w, f in zip(wants, floor, strict=True)]
    widest = widths.index(max(widths))
    widths[widest] += total - sum(widths)  # what the search left over (a fraction of a point)
    return widths


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def data_table(header: Sequence[str], rows: Sequence[Sequence], widths: Sequence[float], *,
               font_size: float = 8.5, align_right: Sequence[int] = (), fit: bool = False) -> list[Flowable]:
    """A ruled table whose header repeats on every page; split into several
    tables of CHUNK_ROWS rows when long (each repeats the header too).

    A value wider than its column wraps inside the cell; with `fit` it wraps as soon
    as it would reach the cell's padding (for widths from fit_widths)."""
    cell = styles()["cell"]
    if font_size != cell.fontSize:
        cell = ParagraphStyle(f"cell{font_size}", parent=cell, fontSize=font_size, leading=font_size + 2.5)
    room = PAD if fit else SLACK
    body = [[_cell(v, cell, w, room) for v, w in zip(row, widths, strict=False)] for row in rows]
    # header labels wrap inside their column instead of running into the next one
    head = [Paragraph(_escape(h), cell) if h and text_width(h, font_size) > w - room else h
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
