"""Painting of the room week grid (room_week_grid.RoomWeekGrid): the hour lines,
the booking blocks, the frozen day/hour header and room column with each room's
utilisation bar. Only what is inside the viewport is drawn, so a fully booked
week paints as fast as an empty one."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPalette, QPen, QPolygonF
from PySide6.QtWidgets import QWidget

from .week_geometry import WeekGeometry

if TYPE_CHECKING:
    from .room_week_grid import RoomWeekGrid

# Every colour comes from the grid's palette (the qt-material theme sets it, light or dark):
# surfaces are the base colour tinted toward the text colour, bookings their mentor's accent
# mixed into the base. Only the accents and the now line / load bar keep fixed hues.
ACCENTS = ["#1e88e5", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#d81b60", "#3949ab", "#8d6e63"]
NO_MENTOR_ACCENT = "#78909c"
FILL_SHARE, SOLID_SHARE = 0.2, 0.45  # how much of the accent a block's fill takes (striped / solid)
SOLID_BELOW = 48  # blocks narrower than this (the whole-week view) are drawn solid, without the stripe
NOW = QColor("#e53935")
LOAD = (QColor("#43a047"), QColor("#fb8c00"), QColor("#e53935"))  # the load bar: < 70 %, < 90 %, more


@dataclass(frozen=True)
class WeekColours:
    """The grid's colours, derived from the palette in force when it paints."""
    base: QColor
    text: QColor
    muted: QColor
    line: QColor
    day_line: QColor
    header: QColor
    weekend: QColor
    today: QColor
    closed: QColor
    selected: QColor
    selection: QColor
    track: QColor  # the empty part of a load bar

    def block(self, accent: str | QColor, solid: bool = False) -> QColor:
        """The fill of a booking with this accent."""
        return _mix(QColor(accent), self.base, SOLID_SHARE if solid else FILL_SHARE)


def week_colours(source: QWidget | QPalette) -> WeekColours:
    """From a widget's palette (what it paints with) or a given palette."""
    pal = source if isinstance(source, QPalette) else source.palette()
    base, text = pal.base().color(), pal.text().color()
    text.setAlpha(255)  # qt-material gives Text an alpha; painted text wants it solid

    def tint(share: float) -> QColor:
        return _mix(text, base, share)

    highlight = pal.highlight().color()
    selection = QColor(highlight)
    selection.setAlpha(70)
    return WeekColours(base=base, text=text, muted=tint(0.7), line=tint(0.1), day_line=tint(0.38),
                       header=tint(0.035), weekend=tint(0.02), today=_mix(highlight, base, 0.12),
                       closed=tint(0.06), selected=_mix(highlight, text, 0.7), selection=selection,
                       track=tint(0.14))


def block_colours(grid: RoomWeekGrid, booking, colours: WeekColours) -> tuple[QColor, QColor]:
    """(fill, accent) of a booking: its mentor's accent; grey without a mentor; faded
    in a mentor's view of another mentor's booking."""
    if not grid.editable(booking.id) and grid.week and grid.week.editable_ids:
        return _mix(colours.text, colours.base, 0.07), _mix(colours.text, colours.base, 0.3)
    accent = QColor(NO_MENTOR_ACCENT if booking.mentor_id is None else ACCENTS[booking.mentor_id % len(ACCENTS)])
    return colours.block(accent), accent


def weekdays() -> tuple[str, ...]:
    # literal translate() calls so that pyside6-lupdate finds the strings
    return (QCoreApplication.translate("RoomWeekGrid", "Mon"), QCoreApplication.translate("RoomWeekGrid", "Tue"),
            QCoreApplication.translate("RoomWeekGrid", "Wed"), QCoreApplication.translate("RoomWeekGrid", "Thu"),
            QCoreApplication.translate("RoomWeekGrid", "Fri"), QCoreApplication.translate("RoomWeekGrid", "Sat"),
            QCoreApplication.translate("RoomWeekGrid", "Sun"))


def percent(ratio: float) -> str:
    """0.42 → "42%"; a little above nothing is "<1%", not "0%"."""
    return "<1%" if 0 < ratio < 0.005 else f"{ratio:.0%}"


def hours_text(hours: float) -> str:
    """12.5 → "12.5", 4.0 → "4"."""
    return f"{hours:.1f}".rstrip("0").rstrip(".")


def _mix(a: QColor, b: QColor, share: float) -> QColor:
    """`share` of a, the rest b."""
    return QColor(*(round(x * share + y * (1 - share)) for x, y in ((a.red(), b.red()), (a.green(), b.green()),
                                                                  (a.blue(), b.blue()))))


def hour_step(geo: WeekGeometry) -> int:
    """Every how many hours a tick and label fit."""
    return next((s for s in (1, 2, 3, 6, 12) if s * geo.hour_width >= 22), 24)


def piece_rect(grid: RoomWeekGrid, row: int, x1: float, x2: float) -> QRect:
    """Viewport rectangle of a block in `row` spanning content x1..x2."""
    left = grid.ROOM_WIDTH - grid.horizontalScrollBar().value()
    top = grid.HEADER_HEIGHT - grid.verticalScrollBar().value() + row * grid.row_height
    return QRect(int(left + x1) + 1, top + 3, max(2, int(x2 - x1) - 2), grid.row_height - 6)


def paint(grid: RoomWeekGrid, p: QPainter) -> None:
    c = week_colours(grid)
    vw, vh = grid.viewport().width(), grid.viewport().height()
    p.fillRect(0, 0, vw, vh, c.base)
    geo = grid.geo
    if geo is None:
        return
    sx, sy = grid.horizontalScrollBar().value(), grid.verticalScrollBar().value()
    x0, x1 = sx, sx + vw - grid.ROOM_WIDTH
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, grid.HEADER_HEIGHT, vw, vh)
    p.translate(grid.ROOM_WIDTH - sx, grid.HEADER_HEIGHT - sy)
    _background(grid, geo, p, x0, x1, c)
    p.restore()
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, grid.HEADER_HEIGHT, vw, vh)
    _blocks(grid, geo, p, x0, x1, c)
    _overlays(grid, geo, p, c)
    p.restore()
    _header(grid, geo, p, sx, vw, c)
    _rooms(grid, geo, p, sy, vh, c)
    p.fillRect(0, 0, grid.ROOM_WIDTH, grid.HEADER_HEIGHT, c.header)
    p.setPen(c.muted)
    p.drawText(QRect(10, 0, grid.ROOM_WIDTH - 12, grid.HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
               QCoreApplication.translate("RoomWeekGrid", "Room"))
    p.setPen(c.day_line)
    p.drawLine(grid.ROOM_WIDTH - 1, 0, grid.ROOM_WIDTH - 1, vh)
    p.drawLine(0, grid.HEADER_HEIGHT - 1, vw, grid.HEADER_HEIGHT - 1)


def _background(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, x0: float, x1: float, c: WeekColours) -> None:
    height = geo.height
    today = grid.now().date()
    opening = geo.week.opening
    step = hour_step(geo)
    for day in range(7):
        left = day * geo.day_width
        if left > x1 or left + geo.day_width < x0:
            continue
        when: date = (geo.week.start + timedelta(days=day)).date()
        if when == today:
            p.fillRect(QRectF(left, 0, geo.day_width, height), c.today)
        elif day >= 5:
            p.fillRect(QRectF(left, 0, geo.day_width, height), c.weekend)
        for a, z in ((geo.first_hour, opening.open_hour), (opening.close_hour, geo.last_hour)):
            if z > a:  # hours shown outside opening time
                p.fillRect(QRectF(left + (a - geo.first_hour) * geo.hour_width, 0, (z - a) * geo.hour_width,
                                  height), c.closed)
        p.setPen(QPen(c.line, 1))
        for h in range(step, geo.hours, step):
            x = left + h * geo.hour_width
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        p.setPen(QPen(c.day_line, 1))
        p.drawLine(QPointF(left, 0), QPointF(left, height))
    p.setPen(QPen(c.line, 1))
    for row in range(1, len(geo.week.rooms) + 1):
        p.drawLine(QPointF(max(0.0, x0), row * geo.row_height), QPointF(x1, row * geo.row_height))


def smaller(font: QFont, by: float = 1.0) -> QFont:
    """A copy of `font` a little smaller (fonts from a style sheet carry a pixel size)."""
    out = QFont(font)
    if font.pointSizeF() > 0:
        out.setPointSizeF(max(7.0, font.pointSizeF() - by))
    elif font.pixelSize() > 0:
        out.setPixelSize(max(10, round(font.pixelSize() - by * 4 / 3)))
    return out


def block_lines(b) -> list[tuple[str, bool]]:
    """A block's label, most telling first: who (the students, else the purpose), the
    time, then purpose · mentor. (text, muted) pairs; the grid's rows name the room."""
    names = "、".join(b.student_names)
    if b.other_students:
        others = QCoreApplication.translate("RoomWeekGrid", "%1 other student(s)").replace("%1", str(b.other_students))
        names += ("，" if names else "") + others
    detail = " · ".join(t for t in (b.purpose, b.mentor_name) if t)
    who = names or detail or b.room_name
    lines = [(who, False), (f"{b.start:%H:%M}–{b.end:%H:%M}", False)]
    if names and detail:
        lines.append((detail, True))
    return lines


def _fitted(fm, text: str, width: int, keep: int = 1) -> str:
    """`text` elided to `width`; "" when not even `keep` characters and the ellipsis fit."""
    if fm.horizontalAdvance(text) <= width:
        return text
    elided = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
    return elided if len(elided) > keep else ""


def _time_text(fm, b, width: int) -> str:
    """"09:00–11:00", else "09:00", else "09" — whole, never elided; "" when none fits."""
    return next((t for t in (f"{b.start:%H:%M}–{b.end:%H:%M}", f"{b.start:%H:%M}", f"{b.start:%H}")
                 if fm.horizontalAdvance(t) <= width), "")


def _block_text(p: QPainter, rect: QRect, b, font: QFont, small: QFont, c: WeekColours, left: int) -> None:
    """The label lines as the block holds them (elided); nothing when it is too small."""
    inner = rect.adjusted(left, 2, -3, -2)
    p.setFont(font)
    fm = p.fontMetrics()
    if inner.width() < 12 or inner.height() < fm.height() - 2:
        return
    y = inner.top()
    for i, (text, muted) in enumerate(block_lines(b)):
        if i == 1:
            p.setFont(small)
            fm = p.fontMetrics()
        if y + fm.height() > inner.bottom() + 3:
            break
        # who: a surname and "…" still tells; the time is whole or absent; the rest needs two characters
        shown = _time_text(fm, b, inner.width()) if i == 1 else _fitted(fm, text, inner.width(), 1 if i == 0 else 2)
        if not shown:
            if i == 0:
                return
            continue
        p.setPen(c.muted if muted else c.text)
        p.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft, shown)
        y += fm.height()


def _blocks(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, x0: float, x1: float, c: WeekColours) -> None:
    base = grid.font()
    small = smaller(base)
    moving = grid.ghost[0] if grid.ghost else None
    for piece in geo.visible(x0, x1):
        b = piece.booking
        fill, accent = block_colours(grid, b, c)
        rect = piece_rect(grid, piece.row, piece.x1, piece.x2)
        if b.id == moving:  # the original place while it is dragged away
            p.setPen(QPen(accent, 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            continue
        wide = rect.width() >= SOLID_BELOW
        if wide:
            p.fillRect(rect, fill)
            p.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), accent)
        else:  # the whole-week view: a solid, stronger block reads better than a stripe
            p.fillRect(rect, _mix(accent, c.base, SOLID_SHARE))
        if b.id == grid.selected_id:
            p.setPen(QPen(c.selected, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        _block_text(p, rect, b, base if wide else small, small, c, 7 if wide else 2)


def _overlays(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, c: WeekColours) -> None:
    """The ghost of a dragged booking, the range being selected, the now line."""
    if grid.ghost:
        booking_id, row, start, end = grid.ghost
        b = grid.booking(booking_id)
        fill, accent = block_colours(grid, b, c) if b else (c.block(NO_MENTOR_ACCENT), QColor(NO_MENTOR_ACCENT))
        for _day, a, z in geo.spans(start, end):
            rect = piece_rect(grid, row, a, z)
            colour = QColor(fill)
            colour.setAlpha(220)
            p.fillRect(rect, colour)
            p.setPen(QPen(accent, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(c.text)
            p.drawText(rect.adjusted(7, 2, -2, -2), Qt.AlignmentFlag.AlignLeft,
                       f"{start:%m-%d %H:%M}–{end:%H:%M}")
    if grid.selection:
        row, start, end = grid.selection
        for _day, a, z in geo.spans(start, end):
            rect = piece_rect(grid, row, a, z)
            p.fillRect(rect, c.selection)
            p.setPen(QPen(c.selected, 1))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            p.setPen(c.text)
            p.drawText(rect.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft, f"{start:%H:%M}–{end:%H:%M}")
    now = grid.now()
    if geo.week.start <= now < geo.week.end and geo.first_hour <= now.hour < geo.last_hour:
        x = grid.ROOM_WIDTH - grid.horizontalScrollBar().value() + geo.x_of(now)
        p.setPen(QPen(NOW, 2))
        p.drawLine(QPointF(x, grid.HEADER_HEIGHT), QPointF(x, grid.viewport().height()))


def _header(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, sx: int, vw: int, c: WeekColours) -> None:
    half = grid.HEADER_HEIGHT // 2
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, 0, vw, grid.HEADER_HEIGHT)
    p.fillRect(grid.ROOM_WIDTH, 0, vw, grid.HEADER_HEIGHT, c.header)
    left0 = grid.ROOM_WIDTH - sx
    today = grid.now().date()
    step = hour_step(geo)
    bold = QFont(grid.font())
    bold.setBold(True)
    names = weekdays()
    for day in range(7):
        left = left0 + day * geo.day_width
        right = left + geo.day_width
        if right < grid.ROOM_WIDTH or left > vw:
            continue
        when: datetime = geo.week.start + timedelta(days=day)
        label = f"{names[day]} {when:%m-%d}"
        # the day's name stays readable while its column is scrolled half out of view
        visible_left = max(left, float(grid.ROOM_WIDTH))
        p.setFont(bold if when.date() == today else grid.font())
        p.setPen(NOW if when.date() == today else c.text)
        p.drawText(QRectF(visible_left + 6, 0, max(0.0, right - visible_left - 8), half),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        p.setFont(grid.font())
        p.setPen(c.muted)
        for h in range(0, geo.hours, step):
            x = left + h * geo.hour_width
            p.drawText(QRectF(x + 3, half, step * geo.hour_width - 3, half),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"{geo.first_hour + h:02d}")
            p.setPen(c.line)
            p.drawLine(QPointF(x, half + 4), QPointF(x, grid.HEADER_HEIGHT))
            p.setPen(c.muted)
        p.setPen(c.day_line)
        p.drawLine(QPointF(left, 0), QPointF(left, grid.HEADER_HEIGHT))
    now = grid.now()
    if geo.week.start <= now < geo.week.end and geo.first_hour <= now.hour < geo.last_hour:
        x = left0 + geo.x_of(now)
        p.setBrush(QBrush(NOW))
        p.setPen(Qt.PenStyle.NoPen)
        bottom = float(grid.HEADER_HEIGHT)
        p.drawPolygon(QPolygonF([QPointF(x - 5, bottom - 7), QPointF(x + 5, bottom - 7), QPointF(x, bottom)]))
    p.restore()


def load_colour(ratio: float) -> QColor:
    return LOAD[0] if ratio < 0.7 else LOAD[1] if ratio < 0.9 else LOAD[2]


def _rooms(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, sy: int, vh: int, c: WeekColours) -> None:
    p.save()
    p.setClipRect(0, grid.HEADER_HEIGHT, grid.ROOM_WIDTH, vh)
    p.fillRect(0, grid.HEADER_HEIGHT, grid.ROOM_WIDTH, vh, c.header)
    bold = QFont(grid.font())
    bold.setBold(True)
    fm_h = p.fontMetrics().height()
    util = {u.room_id: u for u in geo.week.utilisation}
    for row, room in enumerate(geo.week.rooms):
        top = grid.HEADER_HEIGHT - sy + row * grid.row_height
        if top > vh or top + grid.row_height < grid.HEADER_HEIGHT:
            continue
        p.setFont(bold)
        p.setPen(c.text if room.active else c.muted)
        p.drawText(QRect(10, top + 6, grid.ROOM_WIDTH - 16, fm_h), Qt.AlignmentFlag.AlignLeft, room.name)
        p.setFont(grid.font())
        u = util.get(room.id)
        if not room.active:
            p.setPen(c.muted)
            p.drawText(QRect(10, top + 10 + fm_h, grid.ROOM_WIDTH - 16, fm_h), Qt.AlignmentFlag.AlignLeft,
                       QCoreApplication.translate("RoomWeekGrid", "Out of service"))
        elif u is not None:
            bar = QRect(10, top + 10 + fm_h, grid.ROOM_WIDTH - 22, 6)
            p.fillRect(bar, c.track)
            ratio = min(1.0, u.ratio)
            p.fillRect(QRect(bar.left(), bar.top(), int(bar.width() * ratio), bar.height()), load_colour(ratio))
            p.setPen(c.muted)
            p.drawText(QRect(10, bar.bottom() + 3, grid.ROOM_WIDTH - 16, fm_h), Qt.AlignmentFlag.AlignLeft,
                       percent(ratio) + " · "
                       + QCoreApplication.translate("RoomWeekGrid", "%1 h").replace("%1", hours_text(u.booked_hours)))
        p.setPen(c.line)
        p.drawLine(0, top + grid.row_height, grid.ROOM_WIDTH, top + grid.row_height)
    p.restore()
