"""Checks every screenshot test makes: render a widget to tests/output/screens and
fail on labels or buttons too narrow for their text (and, on Chinese screens, on
English left in them)."""
from __future__ import annotations

import os
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QGroupBox, QHeaderView, QLabel, QTabBar, QWidget

# Latin words that belong in a Chinese screen: product and format names, units, metrics.
LATIN_OK = {"sqlite", "postgresql", "csv", "excel", "gmv", "uv", "id", "jiarenbase", "ctrl", "alt", "shift",
            "esc", "enter", "del", "tab", "pdf", "qt", "gbk", "utf", "url", "ai", "app", "ui", "f5", "tmp",
            "pytest", "root", "test", "of", "home", "ms", "vs", "english", "valueerror", "xlsx", "xlsm", "gpm",
            "wps", "dpi", "qr", "png", "jpeg", "jpg", "mb"}


def clipped(root: QWidget) -> list[str]:
    """Visible one-line labels and buttons whose text does not fit their width."""
    bad = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if not w.isVisibleTo(root) or not w.text() or (isinstance(w, QLabel) and w.wordWrap()):
            continue
        if w.width() + 2 < w.minimumSizeHint().width():
            bad.append(f"{type(w).__name__} '{w.text()}' {w.width()} < {w.minimumSizeHint().width()}")
    return bad


def english_left(root: QWidget) -> list[str]:
    """Visible texts (labels, buttons, group boxes, tabs, table headers) that still
    carry English words: a string that never reached the translation file."""
    texts = []
    for w in root.findChildren(QLabel) + root.findChildren(QAbstractButton):
        if w.isVisibleTo(root) and w.text():
            texts.append(w.text())
    for box in root.findChildren(QGroupBox):
        if box.isVisibleTo(root):
            texts.append(box.title())
    for bar in root.findChildren(QTabBar):
        if bar.isVisibleTo(root):
            texts += [bar.tabText(i) for i in range(bar.count())]
    for header in root.findChildren(QHeaderView):
        model = header.model()
        if header.isVisibleTo(root) and model is not None and header.orientation() == Qt.Orientation.Horizontal:
            texts += [str(model.headerData(i, Qt.Orientation.Horizontal) or "") for i in range(model.columnCount())]
    bad = []
    for text in texts:
        if "/" in text or "\\" in text or "@" in text:  # paths, URLs, addresses
            continue
        words = [w.lower() for w in re.findall(r"(?<![A-Za-z0-9])[A-Za-z]{2,}(?![A-Za-z0-9])", text)]
        if [w for w in words if w not in LATIN_OK]:
            bad.append(text)
    return bad



def shoot(widget: QWidget, out_dir: str, name: str, qtbot=None, *, prefix: str = "", chinese: bool = False) -> str:
    """Show `widget`, save it as <out_dir>/<prefix><name>.png and check it; returns the path."""
    widget.show()
    if qtbot is not None:
        qtbot.waitExposed(widget)
    QApplication.processEvents()  # let layouts settle after texts changed
    path = os.path.join(out_dir, f"{prefix}{name}.png")
    assert widget.grab().save(path)
    assert clipped(widget) == [], name
    if chinese:
        assert os.path.getsize(path) > 5_000  # not a blank grab
        assert english_left(widget) == [], (name, english_left(widget))
    return path


def has_ink(widget) -> bool:
    """Some dark pixels drawn: e.g. a QPdfView has rendered a page (it renders in the background)."""
    image = widget.grab().toImage()
    return any(image.pixelColor(x, y).lightness() < 128
               for x in range(0, image.width(), 7) for y in range(0, image.height(), 7))
