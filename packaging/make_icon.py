"""Draws JiarenBase's icon (a teal rounded square with 家 and a small live dot) into
resources/icons/jiarenbase.png (256 px) and packaging/jiarenbase.ico (16–256 px).
Run once after changing the drawing: `python packaging/make_icon.py`."""
from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def draw(size: int):
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter

    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#00897b"))
    p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.18, size * 0.18)
    p.setPen(QColor("white"))
    sys.path.insert(0, str(ROOT))
    from jiarenbase.gui.fonts import chinese_font_family

    font = QFont(chinese_font_family() or "sans-serif")
    font.setPixelSize(int(size * 0.62))
    font.setBold(True)
    p.setFont(font)
    p.drawText(QRectF(0, -size * 0.02, size, size), Qt.AlignmentFlag.AlignCenter, "家")
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#ff5252"))  # the "live" dot
    r = size * 0.09
    p.drawEllipse(QRectF(size * 0.78 - r, size * 0.2 - r, 2 * r, 2 * r))
    p.end()
    return image


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    QApplication.instance() or QApplication([])
    png = ROOT / "resources" / "icons" / "jiarenbase.png"
    png.parent.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(png))
    from PIL import Image

    Image.open(png).save(ROOT / "packaging" / "jiarenbase.ico",
                         sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])
    print(png, ROOT / "packaging" / "jiarenbase.ico")


if __name__ == "__main__":
    main()
