"""Painting of the room week grid (room_week_grid.RoomWeekGrid): the hour lines,
the booking blocks, the frozen day/hour header and room column with each room's
utilisation bar. Only what is inside the viewport is drawn, so a fully booked
week paints as fast as an empty one."""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPen, QPolygonF

from .week_geometry import WeekGeometry

if TYPE_CHECKING:
    from .room_week_grid import RoomWeekGrid

# (fill, accent) per mentor; bookings without a mentor are grey
PALETTE = [("#e3f2fd", "#1e88e5"), ("#e8f5e9", "#43a047"), ("#fff3e0", "#fb8c00"), ("#f3e5f5", "#8e24aa"),
           ("#e0f2f1", "#00897b"), ("#fce4ec", "#d81b60"), ("#e8eaf6", "#3949ab"), ("#efebe9", "#6d4c41")]
NO_MENTOR = ("#eceff1", "#78909c")
NOT_MINE = ("#f5f5f5", "#bdbdbd")
SOLID_BELOW = 48  # blocks narrower than this (the whole-week view) are drawn solid, without text
TEXT, MUTED, LINE, DAY_LINE = QColor("#212121"), QColor("#616161"), QColor("#e6e6e6"), QColor("#9e9e9e")
HEADER_BG, WEEKEND_BG, TODAY_BG, CLOSED_BG = QColor("#f7f7f7"), QColor("#fafafa"), QColor("#fffde7"), \
    QColor("#f0f0f0")
NOW, SELECTED, SELECTION = QColor("#e53935"), QColor("#0d47a1"), QColor(30, 136, 229, 60)


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


def _colours(grid: RoomWeekGrid, booking) -> tuple[str, str]:
    if not grid.editable(booking.id) and grid.week and grid.week.editable_ids:
        return NOT_MINE  # a mentor's view: other mentors' bookings stay in the background
    if booking.mentor_id is None:
        return NO_MENTOR
    return PALETTE[booking.mentor_id % len(PALETTE)]


def paint(grid: RoomWeekGrid, p: QPainter) -> None:
    vw, vh = grid.viewport().width(), grid.viewport().height()
    p.fillRect(0, 0, vw, vh, grid.palette().base())
    geo = grid.geo
    if geo is None:
        return
    sx, sy = grid.horizontalScrollBar().value(), grid.verticalScrollBar().value()
    x0, x1 = sx, sx + vw - grid.ROOM_WIDTH
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, grid.HEADER_HEIGHT, vw, vh)
    p.translate(grid.ROOM_WIDTH - sx, grid.HEADER_HEIGHT - sy)
    _background(grid, geo, p, x0, x1)
    p.restore()
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, grid.HEADER_HEIGHT, vw, vh)
    _blocks(grid, geo, p, x0, x1)
    _overlays(grid, geo, p)
    p.restore()
    _header(grid, geo, p, sx, vw)
    _rooms(grid, geo, p, sy, vh)
    p.fillRect(0, 0, grid.ROOM_WIDTH, grid.HEADER_HEIGHT, HEADER_BG)
    p.setPen(MUTED)
    p.drawText(QRect(10, 0, grid.ROOM_WIDTH - 12, grid.HEADER_HEIGHT), Qt.AlignmentFlag.AlignVCenter,
               QCoreApplication.translate("RoomWeekGrid", "Room"))
    p.setPen(DAY_LINE)
    p.drawLine(grid.ROOM_WIDTH - 1, 0, grid.ROOM_WIDTH - 1, vh)
    p.drawLine(0, grid.HEADER_HEIGHT - 1, vw, grid.HEADER_HEIGHT - 1)


def _background(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, x0: float, x1: float) -> None:
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
            p.fillRect(QRectF(left, 0, geo.day_width, height), TODAY_BG)
        elif day >= 5:
            p.fillRect(QRectF(left, 0, geo.day_width, height), WEEKEND_BG)
        for a, z in ((geo.first_hour, opening.open_hour), (opening.close_hour, geo.last_hour)):
            if z > a:  # hours shown outside opening time
                p.fillRect(QRectF(left + (a - geo.first_hour) * geo.hour_width, 0, (z - a) * geo.hour_width,
                                  height), CLOSED_BG)
        p.setPen(QPen(LINE, 1))
        for h in range(step, geo.hours, step):
            x = left + h * geo.hour_width
            p.drawLine(QPointF(x, 0), QPointF(x, height))
        p.setPen(QPen(DAY_LINE, 1))
        p.drawLine(QPointF(left, 0), QPointF(left, height))
    p.setPen(QPen(LINE, 1))
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


def _block_text(grid: RoomWeekGrid, p: QPainter, rect: QRect, b, small: QFont) -> None:
    """Time; purpose · mentor; students — as many lines as the block holds."""
    inner = rect.adjusted(7, 2, -3, -2)
    if inner.width() < 24:
        return
    fm = p.fontMetrics()
    lines = [(f"{b.start:%H:%M}–{b.end:%H:%M}", TEXT)]
    second = " · ".join(t for t in (b.purpose, b.mentor_name) if t)
    if second:
        lines.append((second, TEXT))
    names = "、".join(b.student_names)
    if b.other_students:
        others = QCoreApplication.translate("RoomWeekGrid", "%1 other student(s)").replace("%1", str(b.other_students))
        names += ("，" if names else "") + others
    if names:
        lines.append((names, MUTED))
    full = lines[0][0]
    if fm.horizontalAdvance(full) > inner.width():  # narrow: the start time alone, or nothing
        short = f"{b.start:%H:%M}"
        if fm.horizontalAdvance(short) + 4 > inner.width():
            return
        lines = [(short, TEXT)] + lines[1:]
    y = inner.top()
    for i, (text, colour) in enumerate(lines):
        if y + fm.height() > inner.bottom() + 2:
            break
        if i == 1:
            p.setFont(small)
            fm = p.fontMetrics()
            if fm.horizontalAdvance("中中…") > inner.width():
                break
        p.setPen(colour)
        p.drawText(QRect(inner.left(), y, inner.width(), fm.height()), Qt.AlignmentFlag.AlignLeft,
                   fm.elidedText(text, Qt.TextElideMode.ElideRight, inner.width()))
        y += fm.height()


def _blocks(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, x0: float, x1: float) -> None:
    base = grid.font()
    small = smaller(base)
    moving = grid.ghost[0] if grid.ghost else None
    for piece in geo.visible(x0, x1):
        b = piece.booking
        fill, accent = _colours(grid, b)
        rect = piece_rect(grid, piece.row, piece.x1, piece.x2)
        if b.id == moving:  # the original place while it is dragged away
            p.setPen(QPen(QColor(accent), 1, Qt.PenStyle.DashLine))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            continue
        wide = rect.width() >= SOLID_BELOW
        if wide:
            p.fillRect(rect, QColor(fill))
            p.fillRect(QRect(rect.left(), rect.top(), 4, rect.height()), QColor(accent))
        else:  # the whole-week view: a solid, lighter block reads better than a stripe
            p.fillRect(rect, _mix(QColor(accent), QColor(fill), 0.45))
        if b.id == grid.selected_id:
            p.setPen(QPen(SELECTED, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
        if wide:
            p.setFont(base)
            _block_text(grid, p, rect, b, small)


def _overlays(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter) -> None:
    """The ghost of a dragged booking, the range being selected, the now line."""
    if grid.ghost:
        booking_id, row, start, end = grid.ghost
        b = grid.booking(booking_id)
        fill, accent = _colours(grid, b) if b else NO_MENTOR
        for _day, a, z in geo.spans(start, end):
            rect = piece_rect(grid, row, a, z)
            colour = QColor(fill)
            colour.setAlpha(220)
            p.fillRect(rect, colour)
            p.setPen(QPen(QColor(accent), 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(TEXT)
            p.drawText(rect.adjusted(7, 2, -2, -2), Qt.AlignmentFlag.AlignLeft,
                       f"{start:%m-%d %H:%M}–{end:%H:%M}")
    if grid.selection:
        row, start, end = grid.selection
        for _day, a, z in geo.spans(start, end):
            rect = piece_rect(grid, row, a, z)
            p.fillRect(rect, SELECTION)
            p.setPen(QPen(SELECTED, 1))
            p.drawRect(rect.adjusted(0, 0, -1, -1))
            p.drawText(rect.adjusted(4, 2, -2, -2), Qt.AlignmentFlag.AlignLeft, f"{start:%H:%M}–{end:%H:%M}")
    now = grid.now()
    if geo.week.start <= now < geo.week.end and geo.first_hour <= now.hour < geo.last_hour:
        x = grid.ROOM_WIDTH - grid.horizontalScrollBar().value() + geo.x_of(now)
        p.setPen(QPen(NOW, 2))
        p.drawLine(QPointF(x, grid.HEADER_HEIGHT), QPointF(x, grid.viewport().height()))


def _header(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, sx: int, vw: int) -> None:
    half = grid.HEADER_HEIGHT // 2
    p.save()
    p.setClipRect(grid.ROOM_WIDTH, 0, vw, grid.HEADER_HEIGHT)
    p.fillRect(grid.ROOM_WIDTH, 0, vw, grid.HEADER_HEIGHT, HEADER_BG)
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
        p.setPen(NOW if when.date() == today else TEXT)
        p.drawText(QRectF(visible_left + 6, 0, max(0.0, right - visible_left - 8), half),
                   Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        p.setFont(grid.font())
        p.setPen(MUTED)
        for h in range(0, geo.hours, step):
            x = left + h * geo.hour_width
            p.drawText(QRectF(x + 3, half, step * geo.hour_width - 3, half),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, f"{geo.first_hour + h:02d}")
            p.setPen(LINE)
            p.drawLine(QPointF(x, half + 4), QPointF(x, grid.HEADER_HEIGHT))
            p.setPen(MUTED)
        p.setPen(DAY_LINE)
        p.drawLine(QPointF(left, 0), QPointF(left, grid.HEADER_HEIGHT))
    now = grid.now()
    if geo.week.start <= now < geo.week.end and geo.first_hour <= now.hour < geo.last_hour:
        x = left0 + geo.x_of(now)
        p.setBrush(QBrush(NOW))
        p.setPen(Qt.PenStyle.NoPen)
        bottom = float(grid.HEADER_HEIGHT)
        p.drawPolygon(QPolygonF([QPointF(x - 5, bottom - 7), QPointF(x + 5, bottom - 7), QPointF(x, bottom)]))
    p.restore()


def _rooms(grid: RoomWeekGrid, geo: WeekGeometry, p: QPainter, sy: int, vh: int) -> None:
    p.save()
    p.setClipRect(0, grid.HEADER_HEIGHT, grid.ROOM_WIDTH, vh)
    p.fillRect(0, grid.HEADER_HEIGHT, grid.ROOM_WIDTH, vh, HEADER_BG)
    bold = QFont(grid.font())
    bold.setBold(True)
    fm_h = p.fontMetrics().height()
    util = {u.room_id: u for u in geo.week.utilisation}
    for row, room in enumerate(geo.week.rooms):
        top = grid.HEADER_HEIGHT - sy + row * grid.row_height
        if top > vh or top + grid.row_height < grid.HEADER_HEIGHT:
            continue
        p.setFont(bold)
        p.setPen(TEXT)
        p.drawText(QRect(10, top + 6, grid.ROOM_WIDTH - 16, fm_h), Qt.AlignmentFlag.AlignLeft, room.name)
        p.setFont(grid.font())
        u = util.get(room.id)
        if u is not None:
            bar = QRect(10, top + 10 + fm_h, grid.ROOM_WIDTH - 22, 6)
            p.fillRect(bar, QColor("#e0e0e0"))
            ratio = min(1.0, u.ratio)
            colour = QColor("#43a047") if ratio < 0.7 else QColor("#fb8c00") if ratio < 0.9 else QColor("#e53935")
            p.fillRect(QRect(bar.left(), bar.top(), int(bar.width() * ratio), bar.height()), colour)
            p.setPen(MUTED)
            p.drawText(QRect(10, bar.bottom() + 3, grid.ROOM_WIDTH - 16, fm_h), Qt.AlignmentFlag.AlignLeft,
                       percent(ratio) + " · "
                       + QCoreApplication.translate("RoomWeekGrid", "%1 h").replace("%1", hours_text(u.booked_hours)))
        p.setPen(LINE)
        p.drawLine(0, top + grid.row_height, grid.ROOM_WIDTH, top + grid.row_height)
    p.restore()
